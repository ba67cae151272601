"""Judgements and obligations: a speaker calling an actor or its act unjustified, illegal, a violation,
culpable; or saying another actor must (should) do something.

"Qatar's foreign ministry said the Saudi-led move was unjustified", "calling the raid a flagrant violation of
international law", "described the strike as a crime", "told parliament the Russian state was culpable for the
attempted murder": no verb of the pattern lexicon carries these acts; the judging word does
(``data/judgements.v1.tsv``: 111 criticise, 112 accuse). Its speaker is the source, what it judges the target.
"Russia said on Tuesday that Sudan must return the helicopter", "Chirac reiterated that Iraq must cooperate":
an obligation a speaker lays on another actor is a demand (10x), advice with "should" an appeal (02x).
This module reads the constructions off the parse; the coder resolves the actors and emits the events.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from dragoman.errors import LexiconError
from dragoman.nlp.assertion import DEMANDING_NOUNS, grounded
from dragoman.nlp.lexicon import tsv_rows
from dragoman.nlp.syntax import NAMING_VERBS, children

JUDGEMENTS_FILE = "judgements.v1.tsv"
JUDGEMENT_COLUMNS = ("word", "code", "prep")
# Verbs that take "as": "described the strike as a crime".
NAMING_AS = frozenset({"describe", "characterise", "characterize", "portray", "denounce", "brand", "label"})
COPULAS = frozenset({"be", "remain", "seem", "appear"})
# verbs of an inquiry's finding: "concluded that there were grounds to believe ..."
FINDING = frozenset({"conclude", "find", "determine", "establish", "rule"})


@dataclass(frozen=True, slots=True)
class Word:
    code: str
    prep: str  # a preposition the word must govern; "" if none


@dataclass(frozen=True, slots=True)
class Judgement:
    """One judgement in a sentence, as tokens: the coder resolves them."""

    word: Token  # the judging adjective, noun or adverb
    code: str
    speaker: Token  # the verb whose subject judges ("said", "called")
    judged: Token  # the head of the phrase judged ("move", "raid", "state"), or the verb an adverb judges


def find_judgements(doc: Doc, words: dict[str, Word], reporting: frozenset[str]) -> Iterator[Judgement]:
    """Every judgement of the doc, in text order. ``reporting``: lemmas of verbs of saying."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in words}  # the string ids of the words (hashes: nothing is added)
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        if lemma not in wanted and lower not in wanted:
            continue
        token = doc[i]
        entry = words.get(token.lemma_.lower()) or words.get(token.lower_)
        if entry is None or token.pos_ not in ("ADJ", "NOUN", "ADV"):
            continue
        if token.pos_ == "ADV":
            found = _qualified(token, reporting)
            if found is not None:
                yield Judgement(token, entry.code, *found)
            continue
        if entry.prep and not any(c.dep_ == "prep" and c.lower_ == entry.prep for c in children(token)):
            continue
        if any(c.dep_ == "neg" for c in children(token)):
            continue
        found = (
            _predicated(token, reporting)
            or _named(token)
            or _committed(token, reporting)
            or _found_grounds(token, reporting)
        )
        if found is not None:
            speaker, judged = found
            yield Judgement(token, entry.code, speaker, judged)


def _predicated(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'X said Y was W': W the predicate of a copula whose clause a verb of saying reports."""
    if word.dep_ not in ("acomp", "attr"):
        return None
    copula = word.head
    if copula.lemma_.lower() not in COPULAS or any(c.dep_ == "neg" for c in children(copula)):
        return None
    clause = _reported(copula, reporting)
    if clause is None:
        return None
    judged = [c for c in children(copula) if c.dep_ == "nsubj"]
    if not judged and copula is not clause:
        judged = [c for c in children(clause) if c.dep_ == "nsubj"]
    return (clause.head, judged[0]) if judged else None


def _qualified(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Biden said Gershkovich was being held unjustly', 'said Russia had illegally annexed Crimea': a
    judging adverb on the verb of a reported clause judges whoever does that act (the verb is returned as
    the thing judged)."""
    verb = word.head
    if word.dep_ != "advmod" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(verb)):
        return None
    clause = _reported(verb, reporting)
    return (clause.head, verb) if clause is not None else None


def _found_grounds(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'investigators concluded that there were reasonable grounds to believe the air force dropped ...':
    who finds grounds to believe an actor did something accuses that actor."""
    beliefs = [c for c in children(word) if c.dep_ in ("acl", "relcl") and grounded(c) is not None]
    copula = word.head
    if not beliefs or word.dep_ != "attr" or copula.lemma_.lower() != "be":
        return None
    finder = copula.head
    if copula.dep_ != "ccomp" or finder.lemma_.lower() not in reporting | FINDING:
        return None
    judged = [s for c in children(beliefs[0]) if c.dep_ == "ccomp" for s in children(c) if s.dep_ == "nsubj"]
    return (finder, judged[0]) if judged else None


def _reported(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The clause (its first conjunct) a verb of saying reports that ``verb`` belongs to, else None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in reporting:
        return None
    return clause


def _committed(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Netanyahu said Iran had made a big mistake', 'said Russia committed a crime': a judging noun as the
    object of 'make' or 'commit' in a clause a verb of saying reports."""
    verb = word.head
    if word.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in ("make", "commit"):
        return None
    if any(c.dep_ == "neg" for c in children(verb)):
        return None
    clause = _reported(verb, reporting)
    if clause is None:
        return None
    judged = [c for c in children(verb) if c.dep_ == "nsubj"] or [
        c for c in children(clause) if c.dep_ == "nsubj"
    ]
    return (clause.head, judged[0]) if judged else None


def _named(word: Token) -> tuple[Token, Token] | None:
    """'called Y W' (W the object predicate), 'described Y as W'."""
    verb: Token | None = None
    if word.dep_ in ("oprd", "xcomp", "ccomp") and word.head.lemma_.lower() in NAMING_VERBS:
        verb = word.head
    elif word.dep_ in ("pobj", "amod", "acomp") and word.head.lower_ == "as":
        governor = word.head.head
        if governor.dep_ in ("dobj", "obj"):
            governor = (
                governor.head
            )  # ("described the attack as barbaric": the parser hangs "as" on the object)
        if governor.lemma_.lower() in NAMING_AS:
            verb = governor
    if verb is None or any(c.dep_ == "neg" for c in children(verb)):
        return None
    judged = [c for c in children(verb) if c.dep_ in ("dobj", "obj") and c.i != word.i]
    if not judged and verb.dep_ == "relcl":
        judged = [verb.head]  # "a remark the Kremlin called dangerous": the noun the clause describes
    return (verb, judged[0]) if judged else None


def parse_judgements(rows: Iterable[tuple[int, list[str]]], name: str) -> dict[str, Word]:
    words: dict[str, Word] = {}
    for line_no, row in rows:
        where = f"{name}:{line_no}"
        if len(row) != len(JUDGEMENT_COLUMNS):
            raise LexiconError(f"{where}: expected {len(JUDGEMENT_COLUMNS)} columns, found {len(row)}")
        word, code, prep = (c.strip() for c in row)
        if not word or " " in word:
            raise LexiconError(f"{where}: {word!r} is not a single word")
        if not (code.isdigit() and 3 <= len(code) <= 4):
            raise LexiconError(f"{where}: {code!r} is not a CAMEO code")
        if word.lower() in words:
            raise LexiconError(f"{where}: duplicate word {word!r}")
        words[word.lower()] = Word(code, prep.lower())
    return words


@functools.cache
def load_judgements() -> dict[str, Word]:
    """The bundled judgement lexicon."""
    text = resources.files("dragoman.nlp.data").joinpath(JUDGEMENTS_FILE).read_text(encoding="utf-8")
    return parse_judgements(tsv_rows(text, JUDGEMENT_COLUMNS), JUDGEMENTS_FILE)


@dataclass(frozen=True, slots=True)
class Obligation:
    """'X said Y must Z': the speaker's verb, the obliged clause's verb and the root of the act (10 or 02)."""

    verb: Token  # the verb of the obliged act ("return")
    speaker: Token  # the verb whose subject speaks ("said"), or the demand noun ("its demand that ...")
    root: str  # "10" (must, has to) or "02" (should)


OBLIGING = {"must": "10", "should": "02"}


def find_obligations(doc: Doc, reporting: frozenset[str]) -> Iterator[Obligation]:
    """Every 'X said Y must Z' and 'X's demand that Y Z' of the doc, in text order."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in OBLIGING.keys() | DEMANDING_NOUNS}
    for i, lower in enumerate(doc.to_array([LOWER]).tolist()):
        if lower not in wanted:
            continue
        if doc[i].lower_ in DEMANDING_NOUNS:
            yield from _demanded(doc[i])
            continue
        modal = doc[i]
        verb = modal.head
        if modal.dep_ != "aux" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting:
            continue
        if any(c.dep_ == "neg" for c in children(verb)):
            continue  # "must not": a warning against, left to the lexicon of demands
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            continue
        yield Obligation(verb, verb.head, OBLIGING[modal.lower_])


def _demanded(noun: Token) -> Iterator[Obligation]:
    """'reiterated its demand that Israel ease restrictions': the clause the noun governs, with its own
    subject, is demanded of that subject by whoever makes the demand (the subject of the noun's verb)."""
    if noun.pos_ != "NOUN":
        return
    clauses = list(children(noun))
    if noun.dep_ in ("dobj", "obj"):
        # ("reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb)
        clauses += [c for c in children(noun.head) if c.dep_ == "ccomp" and c.i > noun.i]
    for verb in clauses:
        if verb.dep_ not in ("acl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = children(verb)
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            continue
        yield Obligation(verb, noun, "02" if any(c.lower_ == "should" for c in kids) else "10")
