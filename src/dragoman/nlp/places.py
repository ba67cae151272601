"""Places: toponyms in a parsed article, resolved to the gazetteer, and the place of an event.

A toponym is a GPE, LOC or FAC entity of the parse, or a NORP entity that names a country through its
adjective ("Russian troops"). Each is *literal* (a location: "shelled Kharkiv", "met in Doha") or
*metonymic* (the place stands for its people or government: "Moscow said", "Kabul welcomed", "Russia's
minister", "talks with Iran"); the flag is kept on the record, and only literal toponyms can be an event's
place. Candidates are ranked by feature (country, first-level division, city), population, the article's
countries (given by the caller and those of the article's unambiguous toponyms) and capital status.

An event's place is the literal toponym its own clause names: an argument of the trigger or a prepositional
phrase on it, or a toponym inside such a phrase ("a rally outside the embassy in Vilnius"). Subjects,
conjoined and reported clauses are not searched; with none found the event has no place.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.attrs import IS_PUNCT, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from dragoman.kb import load_kb
from dragoman.model import CharSpan, Place
from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry, load_gazetteer, name_key
from dragoman.nlp.syntax import children

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put an event somewhere ("in Doha", "outside the embassy", "near Mosul").
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "throughout",
        "within",
        "on",
        "into",
        "through",
        "over",
        "along",
        "off",
        "from",
        "to",
        "towards",
        "toward",
        "between",
        "of",
        "by",
        "beyond",
        "behind",
        "outskirts",
    }
)
# Prepositions after which a toponym is a party, not a place ("talks with Iran", "a deal for Ukraine").
PARTY_PREPS = frozenset({"with", "against", "for", "by", "toward", "towards", "than", "like"})
# Dependents of a trigger whose subtrees are other clauses or its agent: never searched for its place.
NOT_SEARCHED = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "conj",
        "ccomp",
        "parataxis",
        "relcl",
        "agent",
        "cc",
        "punct",
    }
)
# Verbs whose active subject is a place, not an agent ("Kharkiv lies", "the city is").
PLACE_SUBJECT_VERBS = frozenset({"be", "lie", "sit", "border", "have", "remain", "become", "stretch"})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in an article: its span, whether it is used literally, and the place it resolves to."""

    span: CharSpan
    literal: bool
    place: Place
    label: str  # the entity label it came from: GPE, LOC, FAC, NORP


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    label: str
    candidates: tuple[GazetteerEntry, ...]
    text: str  # the span's text (``Span.text`` rebuilds it from the tokens on every access)


@dataclass
class PlaceIndex:
    """The toponyms of one parsed article, built once per document; :func:`place_for` reads it."""

    doc: Doc
    published: datetime.date | None = None
    article_countries: Iterable[str] = ()
    gazetteer: Gazetteer | None = None
    # the doc's text and entities, when the caller has already read them (read from the doc otherwise)
    text: str | None = field(default=None, repr=False)
    ents: Sequence[Span] | None = field(default=None, repr=False)
    toponyms: tuple[Toponym, ...] = field(init=False)
    _by_token: dict[int, Toponym] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        gazetteer = self.gazetteer if self.gazetteer is not None else load_gazetteer()
        doc = self.doc
        text = doc.text if self.text is None else self.text
        ents = doc.ents if self.ents is None else self.ents
        resolved = _resolve(doc, gazetteer, frozenset(self.article_countries), text, ents)
        self.toponyms = tuple(toponym for toponym, _ in resolved)
        self._by_token = {}
        for toponym, span in resolved:
            for i in range(span.start, span.end):
                self._by_token[i] = toponym

    def at(self, token: Token) -> Toponym | None:
        """The toponym a token is part of, if any."""
        return self._by_token.get(token.i)


def toponyms(
    doc: Doc, article_countries: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> list[Toponym]:
    """The toponyms of a parsed article in text order, each flagged literal or metonymic and resolved."""
    return list(PlaceIndex(doc, None, article_countries, gazetteer).toponyms)


def place_for(trigger: Token, index: PlaceIndex) -> Place | None:
    """The place of the event whose trigger (verb or event noun) is ``trigger``: the nearest literal
    toponym in its own clause, searched breadth first through its arguments and prepositional phrases."""
    frontier = [child for child in children(trigger) if child.dep_ not in NOT_SEARCHED]
    seen = {trigger.i}
    while frontier:
        following: list[Token] = []
        for token in sorted(frontier, key=lambda tok: abs(tok.i - trigger.i)):
            if token.i in seen:
                continue
            seen.add(token.i)
            toponym = index.at(token)
            if toponym is not None and toponym.literal:
                return toponym.place
            if token.dep_ == "prep" and token.lower_ in PARTY_PREPS:
                continue
            if token.dep_ == "poss" or (toponym is not None and not toponym.literal):
                continue
            following.extend(child for child in children(token) if child.dep_ not in NOT_SEARCHED)
        frontier = following
    return None


# --- recognition and literal/metonymic use


def _mentions(
    doc: Doc, gazetteer: Gazetteer, adjectives: dict[str, str], doc_text: str, ents: Sequence[Span]
) -> list[_Mention]:
    found: list[_Mention] = []
    if not ents:
        return found
    strings = doc.vocab.strings
    tokens = _TokenFlags(doc.to_array([LOWER, IS_PUNCT, TAG]).tolist(), strings["the"], strings["POS"])
    for ent in ents:
        span = _trimmed(ent, tokens)
        if span is None:
            continue
        label = ent.label_
        text = doc_text[span.start_char : span.end_char]
        if label in PLACE_LABELS:
            found.append(_Mention(span, label, gazetteer.lookup(text), text))
        elif label == "NORP" and name_key(text) in adjectives:
            countries = [e for e in gazetteer.lookup(adjectives[name_key(text)]) if e.is_country]
            found.append(_Mention(span, label, tuple(countries), text))
    return found


@dataclass(frozen=True, slots=True)
class _TokenFlags:
    """(lower-case form, is punctuation, tag) ids of every token of a doc, and the ids ``_trimmed`` needs."""

    rows: list[list[int]]
    the: int
    possessive: int


def _trimmed(ent: Span, tokens: _TokenFlags) -> Span | None:
    """The entity without a leading "the" or punctuation and a trailing punctuation or possessive 's."""
    start, end = ent.start, ent.end
    rows = tokens.rows
    while start < end and (rows[start][0] == tokens.the or rows[start][1]):
        start += 1
    while end > start and (rows[end - 1][1] or rows[end - 1][2] == tokens.possessive):
        end -= 1
    return ent.doc[start:end] if end > start else None


def is_literal(span: Span, label: str) -> bool:
    """Whether a toponym (of entity ``label``) names a location here rather than standing for an actor."""
    head = span.root
    if label == "NORP" or head.dep_ == "poss" or (head.i + 1 < len(span.doc) and head.nbor().tag_ == "POS"):
        return False
    if head.dep_ in ("nsubj", "csubj") and head.head.lemma_ not in PLACE_SUBJECT_VERBS:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPS:
        return False
    if head.dep_ == "conj":
        first = head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.dep_ in ("nsubj", "poss") or (first.dep_ == "pobj" and first.head.lower_ in PARTY_PREPS):
            return False
    return not (
        head.dep_ in ("compound", "amod", "nmod") and head.head.ent_type_ in ("ORG", "NORP", "PERSON")
    )


# --- resolution


def _resolve(
    doc: Doc, gazetteer: Gazetteer, given: frozenset[str], text: str, ents: Sequence[Span]
) -> list[tuple[Toponym, Span]]:
    """The toponyms of the doc in text order, each with the tokens it spans."""
    adjectives = _adjectives()
    mentions = _mentions(doc, gazetteer, adjectives, text, ents)
    context: Counter[str] = Counter(given)
    for mention in mentions:
        countries = {entry.country for entry in mention.candidates}
        if len(countries) == 1:
            context.update(countries)
    resolved: list[tuple[Toponym, Span]] = []
    for mention in mentions:
        best = max(mention.candidates, key=lambda entry: _score(entry, context), default=None)
        span = CharSpan(mention.span.start_char, mention.span.end_char, mention.text)
        place = _place(mention.text, best, span)
        literal = is_literal(mention.span, mention.label)
        resolved.append((Toponym(span=span, literal=literal, place=place, label=mention.label), mention.span))
    return resolved


def _score(entry: GazetteerEntry, context: Counter[str]) -> float:
    score = math.log10(entry.population + 10)
    if entry.feature_code in ("PCLI", "CONT"):
        score += 6
    elif entry.feature_code == "ADM1":
        score += 3.5
    elif entry.feature_code == "PPLC":
        score += 1
    if entry.country and context[entry.country]:
        score += 3 + min(context[entry.country], 3) * 0.5
    return score


def _place(name: str, entry: GazetteerEntry | None, span: CharSpan) -> Place:
    if entry is None:
        return Place(name=name, span=span)
    return Place(
        name=entry.name,
        geonames_id=entry.geonames_id,
        latitude=entry.latitude,
        longitude=entry.longitude,
        country=entry.country,
        admin1=entry.admin1,
        feature_class=FeatureClass(entry.feature_class).value,
        span=span,
    )


@functools.cache
def _adjectives() -> dict[str, str]:
    """Country adjectives and demonyms of the knowledge base to the country's name ("Russian" -> Russia)."""
    return {name_key(adj): state.name for state in load_kb().states.values() for adj in state.adjectives}
