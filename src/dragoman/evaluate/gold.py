"""Gold event sets: the project's JSONL format (eval/FORMAT.md) and PETRARCH-2's validation XML.

Both readers return the same records, :class:`GoldDocument` holding :class:`GoldEvent`, with actors at the
country level of FORMAT.md. :func:`country_level` is the one reduction applied to gold codes and to the
codes of the events a system predicts, so that both sides are compared in the same terms.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.errors import GoldFormatError

logger = logging.getLogger(__name__)

# The ids FORMAT.md gives international bodies (everything else is an ISO 3166-1 alpha-3 state code).
IGO_IDS: frozenset[str] = frozenset(
    {"UN", "NATO", "EU", "AU", "ASEAN", "IMF", "WB", "ICC", "ICJ", "IAEA", "OPCW", "WHO", "OPEC", "OSCE"}
    | {"ICRC", "G7", "BRICS"}
)

# CAMEO actor codes are 3-letter blocks: a country or a non-state prefix, then roles and named
# organisations (``USAGOV``, ``IGOUNOJUDICJ``). These are the CAMEO blocks (CAMEO actor codebook,
# Phoenix/PETRARCH dictionaries) naming the international bodies FORMAT.md has an id for. When a
# code carries several, the last one is the most specific: ``IGOUNOJUDICJ`` is the ICJ, ``IGOUNOMIL``
# the UN, ``IGOEUREEC`` the EU (``EUR`` is the European region, ``EEC`` the Union).
CAMEO_ORGANISATIONS: Mapping[str, str] = {
    "UNO": "UN",
    "NAT": "NATO",
    "EEC": "EU",
    "AFU": "AU",
    "ASN": "ASEAN",
    "IMF": "IMF",
    "WBK": "WB",
    "ICC": "ICC",
    "ICJ": "ICJ",
    "IAE": "IAEA",
    "WHO": "WHO",
    "OPC": "OPEC",
    "SCE": "OSCE",
    "IRC": "ICRC",
    "GOS": "G7",
}

# First blocks that mark a CAMEO code as not belonging to a state: intergovernmental, non-governmental,
# international militarised group, multinational corporation, unidentified state actor.
CAMEO_NON_STATE_PREFIXES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "NGM"})

UNKNOWN_COUNTRY = "---"  # PETRARCH's placeholder for an actor whose country is not known

_CODE_PATTERN = re.compile(r"^\d{2,4}$")
_DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def country_level(code: str) -> str | None:
    """The FORMAT.md id of an actor code, or None when the code names no state or listed body.

    FORMAT ids (``RUS``, ``UN``, ``OPCW``) are returned as they are. A longer CAMEO code keeps its
    country block (``USAGOV`` -> ``USA``, ``PSEREBHMSGOV`` -> ``PSE``); an IGO code maps through
    :data:`CAMEO_ORGANISATIONS` (``IGOUNO`` -> ``UN``). Codes of unknown country (``---LEG``) and of
    bodies without a FORMAT id (``IGOCOPITP`` Interpol, ``IMGMUSISI`` ISIS) give None. A code that is
    not made of 3-letter blocks (``HAMAS``) is returned unchanged: it is somebody's own id.
    """
    code = code.strip().upper()
    if not code:
        return None
    if code in IGO_IDS:
        return code
    if code.startswith(UNKNOWN_COUNTRY):
        return None
    if not (code.isalpha() and len(code) % 3 == 0):
        return code
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if blocks[0] in CAMEO_NON_STATE_PREFIXES:
        for block in reversed(blocks[1:]):
            if block in CAMEO_ORGANISATIONS:
                return CAMEO_ORGANISATIONS[block]
        return None
    if len(blocks) == 1 and blocks[0] in CAMEO_ORGANISATIONS:
        return CAMEO_ORGANISATIONS[blocks[0]]
    return blocks[0]


def is_state_code(code: str) -> bool:
    """True for a 3-letter state code, False for an international body or any other id."""
    return len(code) == 3 and code.isalpha() and code.isupper() and code not in IGO_IDS


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. ``date`` is ISO at the text's precision, empty when the gold gives none."""

    source: str
    target: str | None
    code: str
    alt: tuple[str, ...] = ()
    date: str = ""
    optional: bool = False
    note: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        """The code and its defensible alternatives."""
        return (self.code, *self.alt)

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def roots(self) -> frozenset[str]:
        """The CAMEO roots a prediction may carry to match this event."""
        return frozenset(code[:2] for code in self.codes)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One gold text and what it should yield; an empty ``events`` means nothing should be extracted."""

    id: str
    published: datetime.date | None
    text: str
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[GoldEvent, ...]:
        return tuple(event for event in self.events if not event.optional)


# --- the project's JSONL format ------------------------------------------------------------------------


def read_dragoman_gold(path: Path) -> tuple[GoldDocument, ...]:
    """Read a gold file in the JSONL format of eval/FORMAT.md (one document per line).

    Blank lines are skipped and keys FORMAT.md does not define are ignored. Raises GoldFormatError
    naming ``file:line`` for a line that is not a valid document, and for a repeated document id.
    """
    documents: list[GoldDocument] = []
    seen: set[str] = set()
    for number, line in _numbered_lines(path):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not a JSON object ({exc.msg})") from exc
        document = _document_from_json(record, where)
        if document.id in seen:
            raise GoldFormatError(f"{where}: document id {document.id!r} appears twice")
        seen.add(document.id)
        documents.append(document)
    return tuple(documents)


def _numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc})") from exc
    return enumerate(text.splitlines(), start=1)


def _document_from_json(record: object, where: str) -> GoldDocument:
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: a document must be a JSON object")
    doc_id = _required_str(record, "id", where)
    text = _required_str(record, "text", where)
    published = _optional_date(record.get("published"), where)
    events_value = record.get("events")
    if not isinstance(events_value, list):
        raise GoldFormatError(f"{where}: 'events' must be a list")
    events = tuple(_event_from_json(item, f"{where} event {i + 1}") for i, item in enumerate(events_value))
    tags = _str_list(record.get("tags", []), "tags", where)
    return GoldDocument(id=doc_id, published=published, text=text, events=events, tags=tags)


def _event_from_json(item: object, where: str) -> GoldEvent:
    if not isinstance(item, dict):
        raise GoldFormatError(f"{where}: an event must be a JSON object")
    source = _required_str(item, "source", where)
    target = item.get("target")
    if target is not None and (not isinstance(target, str) or not target.strip()):
        raise GoldFormatError(f"{where}: 'target' must be an actor id or null")
    code = _required_str(item, "code", where)
    alt = _str_list(item.get("alt", []), "alt", where)
    for value in (code, *alt):
        if not _CODE_PATTERN.match(value):
            raise GoldFormatError(f"{where}: {value!r} is not a CAMEO code of 2 to 4 digits")
    date = item.get("date") or ""
    if not isinstance(date, str) or (date and not _DATE_PATTERN.match(date)):
        raise GoldFormatError(f"{where}: 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got {date!r}")
    optional = item.get("optional", False)
    if not isinstance(optional, bool):
        raise GoldFormatError(f"{where}: 'optional' must be true or false")
    note = item.get("note") or ""
    if not isinstance(note, str):
        raise GoldFormatError(f"{where}: 'note' must be a string")
    return GoldEvent(
        source=source.strip(),
        target=target.strip() if target is not None else None,
        code=code,
        alt=alt,
        date=date,
        optional=optional,
        note=note,
    )


def _required_str(record: Mapping[str, object], key: str, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GoldFormatError(f"{where}: {key!r} must be a non-empty string")
    return value


def _str_list(value: object, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise GoldFormatError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _optional_date(value: object, where: str) -> datetime.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise GoldFormatError(f"{where}: 'published' must be an ISO date")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise GoldFormatError(f"{where}: 'published' {value!r} is not an ISO date") from exc


# --- PETRARCH-2 validation XML -------------------------------------------------------------------------

_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_XML_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}
_ENTITY = re.compile("|".join(_XML_ENTITIES))


@dataclass
class _OpenSentence:
    """A ``<Sentence>`` being read: its attributes, codings and text lines (private to the reader)."""

    line: int
    attributes: dict[str, str]
    events: list[GoldEvent]
    text: list[str]
    parse: list[str] = field(default_factory=list)
    no_events: bool = False


def read_petrarch_gold(path: Path) -> tuple[GoldDocument, ...]:
    """Read PETRARCH-2's ``PETR2_GSR_validation.xml`` (or a file in its shape) as gold documents.

    The file is not well-formed XML (``#`` comment lines, ``<Sentence .../>`` self-closed and followed
    by its parts as siblings, stray ``</Sentence>``), so it is read line by line: a ``<Sentence>`` opens
    a record, the ``<EventCoding>`` and ``<Text>`` after it belong to it, ``<Parse>`` is skipped.

    Rules, each a decision about the upstream format:

    - A sentence with ``evaluate="false"`` is left out, as PETRARCH's own validation does.
    - A sentence whose ``<Text>`` is empty (the file has one) takes its text from the ``<Parse>`` tokens.
    - A sentence without a coding, or with ``<EventCoding noevents="True"/>``, expects no event.
    - Actor codes are reduced with :func:`country_level`. A target that is missing, ``---`` or of
      unknown country (``---CVL``) becomes None: the event has no country-level target.
    - A coding whose source has no country-level id (``---LEG``, ``IGOCOPITP``, ``IMGMUSISI``) or whose
      target names a body without one is kept as an optional event with the raw code, so it neither
      counts against recall nor matches anything.
    - Codings identical after the reduction are kept once (``USAGOV`` and ``USA`` doing the same act).
    - The sentence date (``YYYYMMDD``) becomes the document's ``published`` date; a date in another shape
      (the file has one ``121108``) is logged and left out. Events carry no date of their own.
    - The sentence ``category`` (``AFP``, ``TEST``, ``OTHER`` ...) is the document's one tag.
    - Each event's ``note`` keeps the raw coding, ``source eventcode target``.
    """
    documents: list[GoldDocument] = []
    current: _OpenSentence | None = None
    in_text = False
    in_parse = False

    def close(sentence: _OpenSentence | None) -> None:
        if sentence is not None:
            document = _sentence_document(path, sentence)
            if document is not None:
                documents.append(document)

    for number, raw in _numbered_lines(path):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if in_parse:
            if current is not None and not line.startswith("</Parse>"):
                current.parse.append(raw)
            if "</Parse>" in line:
                in_parse = False
                if "</Sentence>" in line:
                    close(current)
                    current = None
            continue
        if in_text:
            if "</Text>" in line:
                current_text = line.split("</Text>", 1)[0]
                if current is not None and current_text:
                    current.text.append(current_text)
                in_text = False
            elif current is not None:
                current.text.append(line)
            continue
        if line.startswith("<Sentence ") or line == "<Sentence>":
            close(current)
            current = _OpenSentence(line=number, attributes=_attributes(line), events=[], text=[])
        elif line.startswith("<EventCoding"):
            if current is None:
                raise GoldFormatError(f"{path}:{number}: <EventCoding> outside a <Sentence>")
            attributes = _attributes(line)
            if attributes.get("noevents", "").lower() == "true":
                current.no_events = True
            else:
                current.events.append(_coding_event(attributes, f"{path}:{number}"))
        elif line.startswith("<Text>"):
            if current is None:
                raise GoldFormatError(f"{path}:{number}: <Text> outside a <Sentence>")
            rest = line[len("<Text>") :]
            if "</Text>" in rest:
                current.text.append(rest.split("</Text>", 1)[0])
            else:
                in_text = True
                if rest:
                    current.text.append(rest)
        elif line.startswith("<Parse>"):
            in_parse = "</Parse>" not in line
        elif line.startswith("</Sentence>") or line.startswith("</Sentences>"):
            close(current)
            current = None
    if in_text or in_parse:
        raise GoldFormatError(f"{path}: the file ends inside a <Text> or <Parse> element")
    close(current)
    return tuple(documents)


def _attributes(line: str) -> dict[str, str]:
    return {match[1]: _unescape(match[2] or match[3] or "") for match in _ATTRIBUTE.finditer(line)}


def _unescape(text: str) -> str:
    return _ENTITY.sub(lambda match: _XML_ENTITIES[match[0]], text)


def _sentence_document(path: Path, sentence: _OpenSentence) -> GoldDocument | None:
    where = f"{path}:{sentence.line}"
    attributes = sentence.attributes
    sentence_id = attributes.get("id", "").strip()
    if not sentence_id:
        raise GoldFormatError(f"{where}: <Sentence> without an id")
    if attributes.get("evaluate", "true").strip().lower() == "false":
        logger.debug("%s: sentence %s has evaluate=false, left out", where, sentence_id)
        return None
    text = _unescape(" ".join(" ".join(sentence.text).split()))
    if not text:
        text = _text_from_parse(sentence.parse)
        logger.debug("%s: sentence %s has an empty <Text>, read from its <Parse>", where, sentence_id)
    if not text:
        raise GoldFormatError(f"{where}: sentence {sentence_id} has no <Text>")
    if sentence.no_events and sentence.events:
        raise GoldFormatError(f"{where}: sentence {sentence_id} has both noevents and event codings")
    published = _petrarch_date(attributes.get("date", ""), where)
    events: list[GoldEvent] = []
    for event in sentence.events:
        if not any(_same_act(event, kept) for kept in events):
            events.append(event)
    category = attributes.get("category", "").strip()
    return GoldDocument(
        id=sentence_id,
        published=published,
        text=text,
        events=tuple(events),
        tags=(category,) if category else (),
    )


def _text_from_parse(rows: Sequence[str]) -> str:
    """The sentence of a CoNLL-U parse: token forms, spaced unless a token has ``SpaceAfter=No``."""
    pieces: list[str] = []
    for row in rows:
        cells = row.split("\t")
        if len(cells) < 10 or not cells[0].isdigit():
            continue
        pieces.append(cells[1])
        if "SpaceAfter=No" not in cells[9]:
            pieces.append(" ")
    return _unescape("".join(pieces).strip())


def _same_act(one: GoldEvent, other: GoldEvent) -> bool:
    return (one.source, one.target, one.code) == (other.source, other.target, other.code)


def _petrarch_date(value: str, where: str) -> datetime.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        logger.info("%s: sentence date %r is not YYYYMMDD; the sentence is read without a date", where, value)
        return None


def _coding_event(coding: Mapping[str, str], where: str) -> GoldEvent:
    code = coding.get("eventcode", "").strip()
    if not _CODE_PATTERN.match(code):
        raise GoldFormatError(f"{where}: eventcode {code!r} is not a CAMEO code of 2 to 4 digits")
    raw_source = coding.get("sourcecode", "").strip()
    if not raw_source:
        raise GoldFormatError(f"{where}: <EventCoding> without a sourcecode")
    raw_target = coding.get("targetcode", "").strip()
    optional = False
    source = country_level(raw_source)
    if source is None:
        source, optional = raw_source, True
    target: str | None = None
    if raw_target and not raw_target.startswith(UNKNOWN_COUNTRY):
        target = country_level(raw_target)
        if target is None:
            target, optional = raw_target, True
    note = f"{raw_source} {code} {raw_target or '(no target)'}"
    return GoldEvent(source=source, target=target, code=code, alt=(), date="", optional=optional, note=note)
