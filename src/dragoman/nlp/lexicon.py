"""The event pattern lexicon: predicates (verb or noun lemma, particle, preposition, object) -> CAMEO code.

The patterns are data (``nlp/data/patterns.v1.tsv``); this module loads, validates and indexes them.

Columns of the file (TSV, ``#`` comments, ``|`` separates alternatives):

``id``        unique pattern id
``code``      CAMEO code the pattern yields
``pos``       ``V`` for a verb trigger, ``N`` for a noun (nominal event)
``lemma``     trigger lemma(s)
``particle``  required verb particle ("off" in "break off"), empty if none
``object``    required head lemma(s) of the object (verb: direct object or passive subject; noun: the
              ``of`` complement), ``*`` for any object, empty if not required
``prep``      required preposition(s) on the trigger or its object, optionally with the lemma(s) of the
              preposition's object: ``from``, ``on|against``, ``from:list|register``
``source``    where the source actor is found: slot alternatives tried in order (see below)
``target``    where the target actor is found
``flags``     ``symmetric`` (both directions), ``internal`` (source and target may share a country),
              ``notarget`` (the event stands without a target), ``domestic`` (a target person with no
              nationality cue belongs to the source's state: arrests, trials), ``xcomp`` (only with an
              infinitive complement: "told Iran to end its support", not "told Iran that ..."), ``clause``
              (only with a complement clause or gerund: "denied targeting civilians", "denied that ..."),
              ``negated`` (only when a complement clause is negated: "responded that it was not for sale"),
              ``governed`` (only as the infinitive of another verb: "vowed to respond", not "responded
              angrily"), ``intransitive`` (only without a direct object: "flew to Kyiv", not "flying him to
              New York"), ``carrier`` (only when the subject is a vehicle carrying aid: "trucks carrying food
              from Armenia crossed into Turkey", "Jordanian aid convoys entered Gaza"), ``forces`` (only when
              the subject is a body of troops, police or tanks: "Senegalese troops entered Gambia"),
              ``resolved`` (only with a complement clause of what shall be done: "agreed that humans should
              keep control", not "agreed that Russia posed a threat"), ``told`` (only told by the text, not in
              a clause a speaker reports: "Russian jets violated Estonian airspace", not "Tallinn said the
              jets had violated its airspace", an accusation), ``owned`` (the target is only whom its own
              slots name, never one the story supplies: "closed the French bases", not "decided to close its
              base"), ``passive`` (only in the passive voice: "had been granted asylum by Mexico", not "the
              trade status it had granted Pakistan"), ``place`` (only with an object that is a named place:
              "captured Aleppo", not "captured the Galaxy Leader"), ``chained`` (the code is the chain of its
              root with the coded act its infinitive names, as an appeal's is: "invited Argentina to join
              BRICS" is an intent to cooperate, 030; "invited Putin to visit Beijing" one to meet, 036)
``example``   a sentence the pattern codes (the test suite codes every example)

Slots: ``subj`` (the logical subject: active subject, passive agent, or the subject a non-finite or
coordinated verb inherits; for a noun, the subject of the verb it is the object of), ``obj`` (direct object
or passive subject; for a noun its ``of`` complement), ``prep:X`` (object of preposition X on the trigger or
on its object), ``poss`` (possessor), ``mod`` (a nationality or name modifier: "Russian recognition"),
``dative``, ``comp`` (the subject of a complement clause), ``xcomp`` (the infinitive the trigger governs:
"offered to hand them to Britain" reaches Britain by ``xcomp/prep:to``), ``acl`` (a participle or relative
clause describing a noun: "revoked an agreement allowing U.S. troops" reaches the troops by ``obj/acl/obj``),
``purpose`` (whom an infinitive of purpose helps: "pledged $1 billion to help Pakistan rebuild"),
and paths such as
``obj/poss`` ("welcomed Moscow's move") or ``obj/prep:in``.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dragoman.errors import LexiconError

LEXICON_FILE = "patterns.v1.tsv"
CHAINS_FILE = "chains.v1.tsv"
CHAIN_COLUMNS = ("governor", "complement", "code", "note")
MODALITY_FILE = "modality.v1.tsv"
MODALITY_COLUMNS = ("word", "class")
MODALITY_CLASSES = ("governor", "intent", "non-factive", "reporting", "allegation", "ellipsis")
COLUMNS = ("id", "code", "pos", "lemma", "particle", "object", "prep", "source", "target", "flags", "example")
KNOWN_FLAGS = frozenset(
    {
        "symmetric",
        "internal",
        "domestic",
        "notarget",
        "xcomp",
        "clause",
        "negated",
        "governed",
        "intransitive",
        "carrier",
        "forces",
        "resolved",
        "told",
        "owned",
        "passive",
        "place",
        "chained",
    }
)
SLOT_HEADS = frozenset({"subj", "obj", "poss", "mod", "dative", "comp", "xcomp", "acl", "purpose"})


@dataclass(frozen=True, slots=True)
class PrepConstraint:
    preps: frozenset[str]  # any of these prepositions
    objects: frozenset[str]  # empty: any object


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    code: str
    pos: str  # "V" or "N"
    lemmas: frozenset[str]
    particle: str
    objects: frozenset[str]  # empty: no object needed; {"*"}: any object
    prep: PrepConstraint | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    flags: frozenset[str]
    example: str

    @property
    def symmetric(self) -> bool:
        return "symmetric" in self.flags

    @property
    def specificity(self) -> int:
        """More constraints = more specific; the most specific matching pattern wins."""
        score = 0
        if self.particle:
            score += 2
        if self.objects and self.objects != frozenset({"*"}):
            score += 2
        elif self.objects:
            score += 1
        if self.prep is not None:
            score += 2 if self.prep.objects else 1
        if "carrier" in self.flags:
            # ("aid planes landed in Tonga": the aid the craft carries, before a visitor's arrival)
            score += 2
        return score


@dataclass(frozen=True, slots=True)
class Lexicon:
    patterns: tuple[Pattern, ...]
    by_trigger: Mapping[tuple[str, str], tuple[Pattern, ...]]
    chains: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((pos, lemma), ())

    def chain_code(self, governor_root: str, complement: str) -> str | None:
        """The code of an act governed by another ("urged X to withdraw"): longest complement prefix wins."""
        for size in range(len(complement), 1, -1):
            code = self.chains.get((governor_root, complement[:size]))
            if code is not None:
                return code
        return None

    def __len__(self) -> int:
        return len(self.patterns)


def _alts(cell: str) -> frozenset[str]:
    return frozenset(p.strip().lower() for p in cell.split("|") if p.strip())


def _slots(cell: str, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    if not cell.strip():
        return default
    slots = tuple(s.strip() for s in cell.split("|") if s.strip())
    for slot in slots:
        for step in slot.split("/"):
            if step not in SLOT_HEADS and not step.startswith("prep:"):
                raise LexiconError(f"{where}: unknown slot step {step!r} in {cell!r}")
    return slots


def parse_patterns(rows: Iterable[tuple[int, list[str]]], name: str) -> tuple[Pattern, ...]:
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for line_no, row in rows:
        where = f"{name}:{line_no}"
        if len(row) != len(COLUMNS):
            raise LexiconError(f"{where}: expected {len(COLUMNS)} columns, found {len(row)}")
        rec = dict(zip(COLUMNS, (c.strip() for c in row), strict=True))
        pid, code, pos = rec["id"], rec["code"], rec["pos"].upper()
        if not pid or pid in seen:
            raise LexiconError(f"{where}: missing or duplicate pattern id {pid!r}")
        seen.add(pid)
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise LexiconError(f"{where}: CAMEO code {code!r} is not 2-4 digits")
        if pos not in ("V", "N"):
            raise LexiconError(f"{where}: pos must be V or N, not {pos!r}")
        lemmas = _alts(rec["lemma"])
        if not lemmas:
            raise LexiconError(f"{where}: no trigger lemma")
        prep: PrepConstraint | None = None
        if rec["prep"]:
            head, _, objs = rec["prep"].partition(":")
            prep = PrepConstraint(_alts(head), _alts(objs))
        flags = _alts(rec["flags"])
        unknown = flags - KNOWN_FLAGS
        if unknown:
            raise LexiconError(f"{where}: unknown flags {sorted(unknown)}")
        default_source = ("subj",) if pos == "V" else ("poss", "prep:by", "mod", "subj")
        default_target = ("obj",) if pos == "V" else ("prep:of", "prep:to", "prep:with")
        patterns.append(
            Pattern(
                id=pid,
                code=code,
                pos=pos,
                lemmas=lemmas,
                particle=rec["particle"].lower(),
                objects=_alts(rec["object"]),
                prep=prep,
                source=_slots(rec["source"], where, default_source),
                target=_slots(rec["target"], where, default_target),
                flags=flags,
                example=rec["example"],
            )
        )
    return tuple(patterns)


def tsv_rows(text: str, columns: tuple[str, ...] = COLUMNS) -> Iterable[tuple[int, list[str]]]:
    lines = text.splitlines()
    header_seen = False
    for line_no, row in enumerate(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        line = lines[line_no - 1] if line_no <= len(lines) else ""
        if not row or line.startswith("#") or not any(c.strip() for c in row):
            continue
        if not header_seen:
            if tuple(c.strip() for c in row) != columns:
                raise LexiconError(f"line {line_no}: header must be the columns {', '.join(columns)}")
            header_seen = True
            continue
        yield line_no, row


@dataclass(frozen=True, slots=True)
class Modality:
    """Verbs (lemmas) that change whether an act is asserted; see ``data/modality.v1.tsv``."""

    governors: frozenset[str]
    intents: frozenset[str]
    non_factive: frozenset[str]
    reporting: frozenset[str]
    allegations: frozenset[str]
    ellipsis: frozenset[str]


def parse_modality(rows: Iterable[tuple[int, list[str]]], name: str) -> Modality:
    words: dict[str, set[str]] = {c: set() for c in MODALITY_CLASSES}
    for line_no, row in rows:
        if len(row) != len(MODALITY_COLUMNS):
            raise LexiconError(
                f"{name}:{line_no}: expected {len(MODALITY_COLUMNS)} columns, found {len(row)}"
            )
        word, kind = row[0].strip().lower(), row[1].strip()
        if kind not in words:
            raise LexiconError(
                f"{name}:{line_no}: unknown class {kind!r} (expected one of {MODALITY_CLASSES})"
            )
        if not word or " " in word:
            raise LexiconError(f"{name}:{line_no}: {word!r} is not a single lemma")
        words[kind].add(word)
    return Modality(
        governors=frozenset(words["governor"]),
        intents=frozenset(words["intent"]),
        non_factive=frozenset(words["non-factive"]),
        reporting=frozenset(words["reporting"]),
        allegations=frozenset(words["allegation"]),
        ellipsis=frozenset(words["ellipsis"]),
    )


@functools.cache
def load_modality() -> Modality:
    """The bundled modality lexicon."""
    text = resources.files("dragoman.nlp.data").joinpath(MODALITY_FILE).read_text(encoding="utf-8")
    return parse_modality(tsv_rows(text, MODALITY_COLUMNS), MODALITY_FILE)


def parse_chains(rows: Iterable[tuple[int, list[str]]], name: str) -> dict[tuple[str, str], str]:
    chains: dict[tuple[str, str], str] = {}
    for line_no, row in rows:
        where = f"{name}:{line_no}"
        if len(row) != len(CHAIN_COLUMNS):
            raise LexiconError(f"{where}: expected {len(CHAIN_COLUMNS)} columns, found {len(row)}")
        governor, complement, code = (c.strip() for c in row[:3])
        for value in (governor, complement, code):
            if not (value.isdigit() and 2 <= len(value) <= 4):
                raise LexiconError(f"{where}: {value!r} is not a 2-4 digit CAMEO code or prefix")
        if (governor, complement) in chains:
            raise LexiconError(f"{where}: duplicate chain {governor} -> {complement}")
        chains[(governor, complement)] = code
    return chains


def build_lexicon(
    patterns: Iterable[Pattern], chains: Mapping[tuple[str, str], str] | None = None
) -> Lexicon:
    index: dict[tuple[str, str], list[Pattern]] = {}
    all_patterns = tuple(patterns)
    for pattern in all_patterns:
        for lemma in pattern.lemmas:
            index.setdefault((pattern.pos, lemma), []).append(pattern)
    return Lexicon(
        patterns=all_patterns,
        by_trigger={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()},
        chains=dict(chains or {}),
    )


def read_patterns(path: Path) -> tuple[Pattern, ...]:
    return parse_patterns(tsv_rows(path.read_text(encoding="utf-8")), str(path))


@functools.cache
def load_lexicon() -> Lexicon:
    """The bundled pattern lexicon, validated and indexed by (pos, lemma)."""
    data = resources.files("dragoman.nlp.data")
    text = data.joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    chains = data.joinpath(CHAINS_FILE).read_text(encoding="utf-8")
    return build_lexicon(
        parse_patterns(tsv_rows(text), LEXICON_FILE),
        parse_chains(tsv_rows(chains, CHAIN_COLUMNS), CHAINS_FILE),
    )
