"""Targets a story leaves to its context: answers, denials and claims of responsibility.

Wire copy tells an exchange in turns: "Canada expelled a senior Indian diplomat. New Delhi rejected the
allegations." The rejection names no target, yet it plainly answers Canada. The response lexicon
(``data/responses.v1.tsv``) lists the acts that answer the context and where their target is found: the
target of the actor's own act just told (``own``: "the Houthis claimed responsibility" for their strike) or
the actor of an act just told against this actor (``counter``). A cue noun ("in response", "in
retaliation") makes any act an answer.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol, TypeVar

from spacy.tokens import Token

from dragoman.errors import LexiconError
from dragoman.model import ActorRef
from dragoman.nlp.lexicon import tsv_rows
from dragoman.nlp.syntax import children, clause_verb, is_verbal

RESPONSES_FILE = "responses.v1.tsv"
RESPONSE_COLUMNS = ("kind", "value", "anchor")
ANCHORS = ("own", "counter", "accused", "other", "none")
WINDOW = 2  # sentences before the act's own that the context reaches back


class Told(Protocol):
    """An act already told in the story: who did it to whom, in which sentence, coded how."""

    @property
    def source(self) -> ActorRef: ...
    @property
    def target(self) -> ActorRef | None: ...
    @property
    def sentence_index(self) -> int: ...
    @property
    def code(self) -> str: ...


T = TypeVar("T", bound=Told)


@dataclass(frozen=True, slots=True)
class Responses:
    """Which acts answer the context, and where each looks for its target."""

    codes: dict[str, tuple[str, ...]]  # code or prefix -> anchors in order
    cues: dict[str, tuple[str, ...]]  # cue noun -> anchors
    verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answering verb lemma -> anchors
    particles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "hit back" -> anchors

    def anchors(self, code: str, trigger: Token) -> tuple[tuple[str, ...], bool]:
        """The anchors of an act of that code at that trigger (empty if it does not answer the context), and
        whether a cue ("in response") marks it as an answer."""
        cued = self._cued(trigger)
        for n in range(len(code), 1, -1):
            found = self.codes.get(code[:n])
            if found:
                # ("none": a nearer row answers no one; "mobilised troops in response": a deed, not a word, is
                # dated by the act it answers)
                return (() if found == ("none",) else found), bool(cued) and code[:2] in _DEEDS
        return cued or (), bool(cued)

    def _cued(self, trigger: Token) -> tuple[str, ...] | None:
        """The anchors a word marking the act as an answer gives it ("retaliated", "in response")."""
        by_verb = self.verbs.get(trigger.lemma_.lower())
        if by_verb:
            return by_verb  # "retaliated": an answer by its very word
        for purpose in children(trigger):
            # "sent naval, air and ground forces to respond": an act done to answer
            by_purpose = (
                self.verbs.get(purpose.lemma_.lower()) if purpose.dep_ in ("xcomp", "advcl") else None
            )
            if by_purpose and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(purpose)):
                return by_purpose
        for child in children(trigger):
            by_particle = self.particles.get(child.lower_) if child.dep_ in ("prt", "advmod") else None
            if by_particle:
                return by_particle  # "struck back"
        verb = trigger if is_verbal(trigger) else clause_verb(trigger)
        for prep in children(verb):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in children(prep):
                    cue = self.cues.get(pobj.lemma_.lower())
                    if pobj.dep_ == "pobj" and cue:
                        return cue
        return None


# roots of the answers a cue dates by the act answered ("mobilised troops in response"): force and shows of
# force, not what is said ("vowed to retaliate" is dated by its own telling)
_DEEDS = frozenset({"15", "19"})


def answered(
    anchors: Sequence[str], sources: Sequence[ActorRef], sentence_index: int, told: Sequence[T]
) -> tuple[list[ActorRef], T] | None:
    """The targets the context gives an act of these sources told in that sentence, with the act it
    answers; None if the story gives none. ``told`` is in the order told."""
    codes = {s.code for s in sources}
    if len(codes) != 1:
        return None
    (code,) = codes
    recent = [t for t in told if sentence_index - WINDOW <= t.sentence_index <= sentence_index]
    for anchor in anchors:
        for act in reversed(recent):
            target = act.target
            if target is None:
                continue
            if anchor == "own" and act.source.code == code and target.code != code:
                return [target], act
            if anchor == "counter" and target.code == code and act.source.code != code:
                return [act.source], act
            if (
                anchor == "accused"
                and act.source.code == code
                and target.code != code
                and act.sentence_index == sentence_index
                and act.code[:2] == "11"
            ):
                # "Rouhani blamed Israel, vowing that the Islamic Republic would respond": whom the actor
                # has just blamed in the same sentence is whom its answer is aimed at
                return [target], act
        if anchor == "other":
            # "EU leaders agreed on the package after Orban dropped his objections": a concession is made
            # to the other actor of its sentence
            others = [a for a in recent if a.sentence_index == sentence_index and a.source.code != code]
            if others:
                found: dict[str, ActorRef] = {}
                for act in others:  # "Egypt and Israel signed a deal, but Jordan rejected it": both
                    found.setdefault(act.source.code, act.source)
                return list(found.values()), others[-1]
    return None


def parse_responses(rows: Iterable[tuple[int, list[str]]], name: str) -> Responses:
    codes: dict[str, tuple[str, ...]] = {}
    cues: dict[str, tuple[str, ...]] = {}
    verbs: dict[str, tuple[str, ...]] = {}
    particles: dict[str, tuple[str, ...]] = {}
    for line_no, row in rows:
        where = f"{name}:{line_no}"
        if len(row) != len(RESPONSE_COLUMNS):
            raise LexiconError(f"{where}: expected {len(RESPONSE_COLUMNS)} columns, found {len(row)}")
        kind, value, anchor_cell = (c.strip() for c in row)
        anchors = tuple(a.strip() for a in anchor_cell.split("|"))
        if not anchors or any(a not in ANCHORS for a in anchors):
            raise LexiconError(f"{where}: anchors must be among {ANCHORS}, got {anchor_cell!r}")
        if kind == "code":
            if not (value.isdigit() and 2 <= len(value) <= 4):
                raise LexiconError(f"{where}: {value!r} is not a 2-4 digit CAMEO code or prefix")
            codes[value] = anchors
        elif kind in ("cue", "verb", "particle"):
            if not value or " " in value:
                raise LexiconError(f"{where}: {value!r} is not a single lemma")
            {"cue": cues, "verb": verbs, "particle": particles}[kind][value.lower()] = anchors
        else:
            raise LexiconError(f"{where}: unknown kind {kind!r} (expected code, cue, verb or particle)")
    return Responses(codes=codes, cues=cues, verbs=verbs, particles=particles)


@functools.cache
def load_responses() -> Responses:
    """The bundled response lexicon."""
    text = resources.files("dragoman.nlp.data").joinpath(RESPONSES_FILE).read_text(encoding="utf-8")
    return parse_responses(tsv_rows(text, RESPONSE_COLUMNS), RESPONSES_FILE)
