"""Importing PETRARCH (TABARI, Phoenix) actor and agent dictionaries as knowledge-base tables.

The format (docs/dictionaries.md has it in full): one entry a line; ``#`` and ``;`` start comments,
``<!-- ... -->`` too (over several lines if need be); other ``<...>`` lines (agent combination rules) are
skipped with a warning; ``---STOP---`` ends the file. ``_`` and blanks separate the words of a phrase
(PETRARCH lets other words come between blank-separated ones; Dragoman matches the words next to each other).

- actors: ``FREEDONIA_ [FRD]``, a phrase and its code; ``+FREEDONIAN``, a synonym of the phrase above;
  indented ``[FRDGOV 150301-190630]``, ``[FRDGOV <190630]`` (on or before), ``[FRDELI >20240101]`` (on or
  after): date restrictions (YYMMDD, 00-30 = 20YY, or YYYYMMDD); an indented ``[FRD]`` is the default code;
  ``---`` is the null code (a known name, coded as nothing).
- agents: ``MINISTER [~GOV]`` (``NGO~`` puts the code before the actor's: Dragoman appends every sector);
  ``{PLURAL}`` gives the plural, ``{}`` none, otherwise a regular one is made; ``!MARKER! = A, B`` defines
  a substitution used as ``CONGRESS!MARKER!`` (one phrase per value, no plural).

What each entry becomes
-----------------------
A code is split into a country-level id and a sector: a code of 3-letter blocks whose first block is not a
transnational type (``IGO NGO NGM IMG MNC UIS``) gives its first block as the id and the rest as the sector
(``FRD`` -> ``FRD``; ``USAGOV`` -> ``USA`` + ``GOV``; ``PSEREBHMS`` -> ``PSE`` + ``REBHMS``); a code of any
other shape is kept whole as the id (``IGOEEU``, ``IMGMOSALQ``, ``G77``); codes are read in upper case.

- An undated entry whose code is an id alone names that id's entity: its phrases are added as aliases to
  the state or international body with that id when the knowledge base has one (the record is restated,
  without the phrases it already has); otherwise a new :class:`~dragoman.kb.records.Igo` row is made for the
  id (name: the first such phrase; no sector), since a foreign code says nothing of what the entity is.
- An undated entry whose code has a sector becomes a :class:`~dragoman.kb.records.GroupStatus` row: id
  ``petrarch:<phrase>``, name the first phrase, aliases the synonyms, the country-level id and sector, no
  dates.
- An entry with date restrictions becomes a :class:`~dragoman.kb.records.PersonRole`: one spell per
  restriction, plus an open spell for the default code. On a date several spells cover, the one begun last
  wins (PETRARCH takes the first listed); on a date none covers with no default, Dragoman treats the
  person as a former holder of the nearest spell (PETRARCH codes nothing).
- A null code (``---``) gives a group or spell with an empty country: the name is known and never coded.
- Every id referred to that the knowledge base lacks gets an ``Igo`` row named after its code.
- Agents become :class:`~dragoman.kb.records.RoleWord` rows: the phrase in lower case (and its plural), the
  sector from the code without ``~``; the kind is ``institution`` for heads such as ministry or court,
  ``collective`` for plurals, else ``office``. A later row for the same phrase wins.

Phrases in capitals are written capitalised (``FREEDONIA`` -> ``Freedonia``, ``AL-QAEDA`` -> ``Al-Qaeda``,
``GROUP_OF_77`` -> ``Group of 77``); words with a full stop (``U.S.``) and one-word phrases of three
letters or fewer (``IMF``) stay in capitals. Entries that cannot be represented are skipped with a logged
warning naming ``file:line``: several codes for one phrase (``[ABC/DEF]``), codes that are not letters and
digits (``[+++]``), phrases with no code, agent lines without a code. A date that does not parse, an
interval that ends before it starts, and a synonym or restriction before any phrase raise
:class:`~dragoman.errors.KnowledgeBaseError` (PETRARCH skips such lines with a warning).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.records import GroupStatus, Igo, PersonRole, RoleKind, RoleWord, State
from dragoman.kb.tables import Located, Table, TableKind

logger = logging.getLogger(__name__)

NULL_CODE = "---"
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UIS"})
ID_PREFIX = "petrarch:"

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE_AND_WHEN = re.compile(r"(?P<code>[^\s<>]+)\s*(?P<when>.*)")
_WHEN = re.compile(r"(?P<side>[<>])\s*(?P<day>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+)")
_BLOCKS = re.compile(r"(?:[A-Z]{3})+")
_PLAIN_CODE = re.compile(r"[A-Z0-9]+")
_MARKER_DEFINITION = re.compile(r"!(?P<name>[^!\s]+)!\s*=(?P<values>.*)")
_MARKER_USE = re.compile(r"!(?P<name>[^!\s]+)!")
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})
_INSTITUTION_HEADS = frozenset(
    {
        *("administration", "agency", "army", "assembly", "authority", "bank", "body", "broadcaster"),
        *("cabinet", "congress", "corporation", "council", "court", "courts", "department", "embassy"),
        *("force", "forces", "government", "governments", "guard", "intelligence", "judiciary", "junta"),
        *("legislature", "media", "military", "ministries", "ministry", "navy", "newspaper", "office"),
        *("opposition", "organisation", "organization", "parliament", "party", "police", "presidency"),
        *("press", "radio", "regime", "senate", "service", "services", "television", "tribunal"),
        *("union", "unions", "university"),
    }
)
_COLLECTIVE_HEADS = frozenset({"crew", "people", "personnel", "staff"})


class DictionaryKind(StrEnum):
    """The two PETRARCH dictionaries Dragoman imports."""

    ACTORS = "actors"
    AGENTS = "agents"


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A PETRARCH actor code split into Dragoman's parts; ``country`` is empty for the null code."""

    text: str
    country: str
    sector: str


@dataclass(frozen=True, slots=True)
class CodeSpell:
    """A code and the closed interval of dates it applies to (``None`` = open on that side)."""

    code: ActorCode
    start: date | None
    end: date | None
    origin: str

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One entry of an actor dictionary: its phrases (the first is the primary one) and its codes."""

    phrases: tuple[str, ...]
    codes: tuple[CodeSpell, ...]
    origin: str

    @property
    def default(self) -> CodeSpell | None:
        """The undated code (the last one given, as a later undated line replaces the default)."""
        undated = [spell for spell in self.codes if not spell.dated]
        return undated[-1] if undated else None

    @property
    def restrictions(self) -> tuple[CodeSpell, ...]:
        return tuple(spell for spell in self.codes if spell.dated)


@dataclass
class _Entry:
    """An actor entry while its lines are read (local to ``parse_actor_dictionary``)."""

    origin: str
    phrases: list[str]
    codes: list[CodeSpell] = field(default_factory=list)
    skip: str = ""  # why the entry cannot be imported, if it cannot


def split_code(text: str) -> ActorCode:
    """Split a code: ``USAGOV`` -> ``USA`` + ``GOV``; ``IGOEEU`` and other shapes are kept whole as the id."""
    code = text.strip().upper()
    if code.startswith(NULL_CODE):
        return ActorCode(code, "", code[len(NULL_CODE) :])
    if _BLOCKS.fullmatch(code) and code[:3] not in NON_STATE_PREFIXES:
        return ActorCode(code, code[:3], code[3:])
    return ActorCode(code, code, "")


def parse_date(text: str, origin: str) -> date:
    """A PETRARCH date: ``YYYYMMDD``, or ``YYMMDD`` with ``00``-``30`` read as 20YY and the rest as 19YY."""
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        short = int(text[:2])
        year, month, day = (2000 if short <= 30 else 1900) + short, int(text[2:4]), int(text[4:])
    else:
        raise KnowledgeBaseError(f"{origin}: date {text!r} is neither YYMMDD nor YYYYMMDD")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise KnowledgeBaseError(f"{origin}: date {text!r} is not a calendar date ({exc})") from None


def display_phrase(raw: str) -> str:
    """A dictionary phrase as news writes it: ``PRESIDENT_GEORGE_W._BUSH`` -> ``President George W. Bush``.

    Phrases already in mixed case are kept as they are; see the module docstring for the rules.
    """
    words = raw.replace("_", " ").split()
    if not words or any(char.islower() for char in raw):
        return " ".join(words)
    if len(words) == 1 and sum(char.isalpha() for char in words[0]) <= 3:
        return words[0]
    return " ".join(_capitalised(word, first=index == 0) for index, word in enumerate(words))


def _capitalised(word: str, *, first: bool) -> str:
    if "." in word or not any(char.isalpha() for char in word):
        return word
    lower = word.lower()
    if not first and lower in _SMALL_WORDS:
        return lower
    parts = re.split(r"([-'])", lower)
    return "".join(
        part if part in "-'" or (len(part) < 2 and i > 0) else part.capitalize()
        for i, part in enumerate(parts)
    )


def _content_lines(text: str, label: str, *, warn: bool = True) -> Iterator[tuple[int, str]]:
    """The lines of a dictionary with comments and markup removed (leading blanks kept), numbered from 1."""
    skip_until = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if skip_until:
            if skip_until in line:
                skip_until = ""
            continue
        if "---STOP---" in line:
            return
        while "<!--" in line and "-->" in line.split("<!--", 1)[1]:
            before, after = line.split("<!--", 1)
            rest = after.split("-->", 1)[1]
            line = before + rest if before.strip() else rest.lstrip()
        head = line.lstrip()
        if head.startswith("<!"):
            skip_until = "" if "-->" in head else "-->"
            continue
        if head.startswith("<"):
            if head.lower().startswith("<combineblock"):
                skip_until = "</CombineBlock>"
            if warn:
                logger.warning(
                    "%s:%d: %r is not imported (no Dragoman counterpart)", label, number, head[:40]
                )
            continue
        line = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if line.strip():
            yield number, line


def dictionary_kind(text: str) -> DictionaryKind:
    """Agents when a code carries ``~`` or a substitution marker is defined; actors otherwise."""
    for _, line in _content_lines(text, "", warn=False):
        stripped = line.strip()
        if _MARKER_DEFINITION.match(stripped) or any("~" in code for code in _BRACKET.findall(stripped)):
            return DictionaryKind.AGENTS
    return DictionaryKind.ACTORS


def _unsupported(code: str) -> str:
    """Why a code cannot be imported, or ``""``."""
    upper = code.strip().upper()
    if "/" in upper:
        return f"several codes for one phrase ({code!r})"
    if upper.startswith(NULL_CODE) or _PLAIN_CODE.fullmatch(upper):
        return ""
    return f"code {code!r} is not made of letters and digits"


def _code_spell(content: str, origin: str) -> CodeSpell | str:
    """The code spell of the text between brackets, or why its code cannot be imported."""
    found = _CODE_AND_WHEN.fullmatch(content.strip())
    if found is None:
        return "empty code"
    code, when = found["code"], found["when"].strip()
    reason = _unsupported(code)
    if reason:
        return reason
    if not when:
        return CodeSpell(split_code(code), None, None, origin)
    found = _WHEN.fullmatch(when)
    if found is None:
        raise KnowledgeBaseError(f"{origin}: cannot read the date restriction {content.strip()!r}")
    if found["side"]:
        day = parse_date(found["day"], origin)
        start, end = (None, day) if found["side"] == "<" else (day, None)
    else:
        start, end = parse_date(found["start"], origin), parse_date(found["end"], origin)
        if end < start:
            raise KnowledgeBaseError(f"{origin}: restriction {content.strip()!r} ends before it starts")
    return CodeSpell(split_code(code), start, end, origin)


def _phrase_and_code(line: str, origin: str) -> tuple[str, str | None]:
    """The phrase before ``[`` and the text between the brackets (None when there is no code)."""
    if "[" not in line:
        return line, None
    found = _BRACKET.search(line)
    if found is None:
        raise KnowledgeBaseError(f"{origin}: '[' without ']' in {line.strip()!r}")
    return line[: found.start()], found[1]


def parse_actor_dictionary(text: str, label: str) -> tuple[ActorEntry, ...]:
    """The entries of an actor dictionary; entries that cannot be imported are logged and left out."""
    entries: list[ActorEntry] = []
    current: _Entry | None = None

    def close(entry: _Entry | None) -> None:
        if entry is None:
            return
        if not entry.skip and not entry.codes:
            entry.skip = "no code"
        if entry.skip:
            logger.warning("%s: PETRARCH entry %r skipped: %s", entry.origin, entry.phrases[0], entry.skip)
            return
        entries.append(ActorEntry(tuple(dict.fromkeys(entry.phrases)), tuple(entry.codes), entry.origin))

    for number, line in _content_lines(text, label):
        origin = f"{label}:{number}"
        stripped = line.strip()
        if stripped.startswith("[") or stripped.startswith("+"):
            if current is None:
                raise KnowledgeBaseError(f"{origin}: {stripped!r} comes before any actor phrase")
            if stripped.startswith("+"):
                phrase, code = _phrase_and_code(stripped[1:], origin)
                if code is not None:
                    logger.warning("%s: code on a synonym line ignored: %r", origin, stripped)
                current.phrases.append(_phrase(phrase, origin))
                continue
            spell = _code_spell(_phrase_and_code(stripped, origin)[1] or "", origin)
            if isinstance(spell, str):
                current.skip = current.skip or spell
            else:
                current.codes.append(spell)
            continue
        if line[0].isspace():
            logger.warning("%s: indented line without a code skipped: %r", origin, stripped)
            continue
        close(current)
        phrase, code = _phrase_and_code(stripped, origin)
        current = _Entry(origin, [_phrase(phrase, origin)])
        if code is not None:
            spell = _code_spell(code, origin)
            if isinstance(spell, str):
                current.skip = spell
            else:
                current.codes.append(spell)
    close(current)
    return tuple(entries)


def _phrase(raw: str, origin: str) -> str:
    phrase = display_phrase(raw.strip().rstrip("_"))
    if not phrase:
        raise KnowledgeBaseError(f"{origin}: empty phrase")
    return phrase


def _known_forms(record: State | Igo) -> set[str]:
    if isinstance(record, State):
        texts = (record.name, record.official_name, *record.aliases, *record.capitals, *record.seats)
        return {text.casefold() for text in (*texts, *record.adjectives)}
    return {text.casefold() for text in (record.name, *record.aliases, *record.adjectives)}


def _entity_id(phrase: str, used: set[str]) -> str:
    """``petrarch:<phrase>``, made unique within one file by a counter (and added to ``used``)."""
    base = ID_PREFIX + ("-".join(re.findall(r"[^\W_]+", phrase.casefold())) or "entry")
    found, count = base, 1
    while found in used:
        count, found = count + 1, f"{base}-{count + 1}"
    used.add(found)
    return found


def actor_tables(
    entries: tuple[ActorEntry, ...], label: str, known: Mapping[str, State | Igo]
) -> tuple[Table, ...]:
    """The knowledge-base tables an actor dictionary gives (see the module docstring for the mapping).

    ``known`` holds the states and international bodies loaded before this file, by id.
    """
    names: dict[str, list[str]] = {}
    first_seen: dict[str, str] = {}
    named_at: dict[str, str] = {}
    groups: list[Located[GroupStatus]] = []
    people: list[Located[PersonRole]] = []
    used: set[str] = set()
    for entry in entries:
        name, aliases = entry.phrases[0], entry.phrases[1:]
        default, restrictions = entry.default, entry.restrictions
        for spell in entry.codes:
            if spell.code.country:
                first_seen.setdefault(spell.code.country, entry.origin)
        if not restrictions and default is not None:
            code = default.code
            if code.country and not code.sector:
                names.setdefault(code.country, []).extend(entry.phrases)
                named_at.setdefault(code.country, entry.origin)
                continue
            group_id, note = _entity_id(name, used), f"PETRARCH {code.text}"
            status = GroupStatus(group_id, name, aliases, (), code.country, code.sector, None, None, note)
            groups.append(Located(status, entry.origin))
            continue
        person_id = _entity_id(name, used)
        for spell in (default, *restrictions) if default is not None else restrictions:
            c, note = spell.code, f"PETRARCH {spell.code.text}"
            role = PersonRole(person_id, name, aliases, c.country, c.sector, "", spell.start, spell.end, note)
            people.append(Located(role, spell.origin))
    states: list[Located[State]] = []
    igos: list[Located[Igo]] = []
    for country, seen_at in first_seen.items():
        phrases, origin = list(dict.fromkeys(names.get(country, []))), named_at.get(country, seen_at)
        record = known.get(country)
        if record is None:
            name = phrases[0] if phrases else country
            igos.append(Located(Igo(country, name, tuple(phrases[1:]), (), "", ""), origin))
            continue
        have = _known_forms(record)
        new = tuple(phrase for phrase in phrases if phrase.casefold() not in have)
        if not new:
            continue
        if isinstance(record, State):
            states.append(Located(replace(record, aliases=record.aliases + new), origin))
        else:
            igos.append(Located(replace(record, aliases=record.aliases + new), origin))
    tables = (
        Table(TableKind.STATES, label, states=tuple(states)),
        Table(TableKind.IGOS, label, igos=tuple(igos)),
        Table(TableKind.GROUPS, label, groups=tuple(groups)),
        Table(TableKind.PEOPLE, label, people=tuple(people)),
    )
    return tuple(table for table in tables if len(table))


def plural(phrase: str) -> str:
    """The regular English plural of a lower-case phrase (its last word); ``""`` if it already ends in -s."""
    if phrase.endswith(("ss", "sh", "ch", "x", "z")):
        return phrase + "es"
    if phrase.endswith("s"):
        return ""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "ies"
    return phrase + "s"


def _role_kind(phrase: str) -> RoleKind:
    last = phrase.rsplit(" ", 1)[-1]
    if last in _INSTITUTION_HEADS:
        return RoleKind.INSTITUTION
    if (
        last in _COLLECTIVE_HEADS
        or last.endswith("men")
        or (last.endswith("s") and not last.endswith(("ss", "us")))
    ):
        return RoleKind.COLLECTIVE
    return RoleKind.OFFICE


def _agent_phrase(raw: str) -> str:
    return " ".join(raw.strip().rstrip("_").replace("_", " ").lower().split())


def parse_agent_dictionary(text: str, label: str) -> tuple[Located[RoleWord], ...]:
    """The role words of an agent dictionary; lines that cannot be imported are logged and left out."""
    markers: dict[str, tuple[str, ...]] = {}
    roles: dict[str, Located[RoleWord]] = {}
    for number, line in _content_lines(text, label):
        origin = f"{label}:{number}"
        stripped = line.strip()
        if definition := _MARKER_DEFINITION.match(stripped):
            values = (value.strip() for value in definition["values"].split(","))
            markers[definition["name"]] = tuple(value for value in values if value)
            continue
        phrase_part, code = _phrase_and_code(stripped, origin)
        sector = (code or "").replace("~", "").strip().upper()
        if code is None or not _BLOCKS.fullmatch(sector):
            logger.warning("%s: agent line skipped (needs a code of 3-letter blocks): %r", origin, stripped)
            continue
        forms = _agent_forms(phrase_part, markers, origin)
        for form in forms:
            word = RoleWord(form, sector, _role_kind(form), f"PETRARCH agent [{code.strip()}]")
            roles[form] = Located(word, origin)
    if not roles:
        raise KnowledgeBaseError(f"{label}: no PETRARCH agent entry (PHRASE [~CODE]) could be read")
    return tuple(roles.values())


def _agent_forms(phrase_part: str, markers: Mapping[str, tuple[str, ...]], origin: str) -> list[str]:
    """The phrases one agent line gives: the phrase and its plural, or one phrase per marker value."""
    if use := _MARKER_USE.search(phrase_part):
        if use["name"] not in markers:
            logger.warning("%s: substitution marker !%s! is not defined; line skipped", origin, use["name"])
            return []
        before, after = phrase_part[: use.start()], phrase_part[use.end() :]
        return [_agent_phrase(before + value + after) for value in markers[use["name"]]]
    if "{" in phrase_part:
        singular, _, rest = phrase_part.partition("{")
        if "}" not in rest:
            raise KnowledgeBaseError(f"{origin}: '{{' without '}}' in {phrase_part.strip()!r}")
        forms = [_agent_phrase(singular), _agent_phrase(rest.partition("}")[0])]
    else:
        phrase = _agent_phrase(phrase_part)
        forms = [phrase, plural(phrase)]
    return [form for form in dict.fromkeys(forms) if form]


def read_petrarch(text: str, label: str, known: Mapping[str, State | Igo]) -> tuple[Table, ...]:
    """The tables of one PETRARCH dictionary (actors or agents, told apart by :func:`dictionary_kind`)."""
    if dictionary_kind(text) is DictionaryKind.AGENTS:
        roles = parse_agent_dictionary(text, label)
        logger.info("%s: %d role words imported from a PETRARCH agent dictionary", label, len(roles))
        return (Table(TableKind.ROLES, label, roles=roles),)
    entries = parse_actor_dictionary(text, label)
    if not entries:
        raise KnowledgeBaseError(
            f"{label}: neither a knowledge-base TSV file (its header row names no known column) nor a "
            "PETRARCH dictionary (no 'PHRASE [CODE]' entry could be read)"
        )
    tables = actor_tables(entries, label, known)
    counts = ", ".join(f"{len(table)} {table.kind.value}" for table in tables)
    logger.info("%s: %d PETRARCH actor entries imported as %s", label, len(entries), counts)
    return tables
