"""Places: toponyms in a parsed article, resolved to the gazetteer, and the place of an event.

A toponym is a GPE, LOC or FAC entity of the parse (a single word the gazetteer does not know only after a
locative preposition or next to a settlement noun), a NORP entity that names a place through its adjective
("Russian troops", "European markets"), or a name the recogniser missed: a run of proper nouns the
gazetteer knows (with guards against names of people and things), one named as a place by a settlement
noun ("the village of Ashmi", "Khanasir town"), or the name of a street or building ("Royal Street").

Each is *literal* (a location: "shelled Kharkiv", "met in Doha", "the Syrian border", "Toronto schools")
or *metonymic* (the place stands for its people or government: "Moscow said", "Kabul welcomed", "Russia's
minister", "US officials", "talks with Iran", "accused Syria"); the flag is kept on the record, and only
literal toponyms are an event's place in the first place. Continents, regions and seas, and datelines
("BEIRUT, Syria --") are literal. Candidates are ranked by feature (country, continent, region, division,
city), population, the countries given by the caller, the countries and first-level divisions the article
names, and capital status. A name the gazetteer does not know gets the point of the nearest town named.

An event's place is searched first in its own clause: an argument of the trigger or a prepositional phrase
on it, or a toponym inside such a phrase ("a rally outside the embassy in Vilnius"); then the locative
phrases of its subject or agent, the clause it hangs on, conjoined verbs, a fronted locative phrase ("In
Vienna, ... marched"), relative clauses, and last a place possessing or modifying a noun of its clause
("Syria's conflict"). Of several, the most specific place wins. With none found the event has no place.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TypeGuard

from spacy.attrs import IS_LOWER, IS_PUNCT, LOWER, TAG
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
# Prepositions after which a toponym is a party or a topic, not a place ("talks with Iran", "a deal for
# Ukraine", "worried about Russia").
PARTY_PREPS = frozenset({"with", "against", "for", "by", "toward", "towards", "than", "like", "about"})
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
PLACE_SUBJECT_VERBS = frozenset({"be", "lie", "sit", "border", "remain", "become", "stretch"})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in an article: its span, whether it is used literally, and the place it resolves to."""

    span: CharSpan
    literal: bool
    place: Place
    label: str  # the entity label it came from: GPE, LOC, FAC, NORP
    # how small a place it is: 0 unknown to the gazetteer, 1 town or city, 2 second-level division,
    # 3 first-level division, 4 country, 5 region, sea or continent
    specificity: int = 0


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
    """The place of the event whose trigger (verb or event noun) is ``trigger``.

    The literal toponyms of its own clause, searched through its arguments and prepositional phrases; with
    none, those of the locative phrases of its subject ("a policeman in Amara was killed"), then those of the
    clause it depends on ("marched ... and demonstrated"), then a place named as the possessor or modifier of
    a noun of its clause ("Syria's conflict", "the Baghdad headquarters"). Of several, the most specific
    place (a town before its province, a province before its country), then the one nearest the trigger."""
    seen = {trigger.i}
    weak: list[_Hit] = []
    own = [child for child in children(trigger) if child.dep_ not in NOT_SEARCHED]
    found = _search(own, trigger, index, seen, weak)
    if not found:
        subjects = [child for child in children(trigger) if child.dep_ in ("nsubj", "nsubjpass")]
        subjects += [kid for child in children(trigger) if child.dep_ == "agent" for kid in children(child)]
        phrases = [kid for subject in subjects for kid in children(subject) if kid.dep_ in SUBJECT_PHRASES]
        found = _search([kid for kid in phrases if kid.lower_ not in PARTY_PREPS], trigger, index, seen, weak)
    if not found and trigger.dep_ in CLAUSE_LINKS and trigger.head.i != trigger.i:
        governor = trigger.head
        seen.add(governor.i)
        upper = [kid for kid in children(governor) if kid.dep_ not in NOT_SEARCHED]
        found = _search(upper, trigger, index, seen, [])
    if not found:  # "shot ... and left for dead on the outskirts of Karachi"
        joined = [child for child in children(trigger) if child.dep_ == "conj" and child.pos_ == "VERB"]
        seen.update(verb.i for verb in joined)
        phrases = [kid for verb in joined for kid in children(verb) if kid.dep_ == "prep"]
        found = _search([kid for kid in phrases if kid.lower_ in LOCATIVE_PREPS], trigger, index, seen, [])
    if not found:  # "In Vienna, some 200,000 people ... marched": a fronted place frames the sentence
        found = _fronted(trigger, index)
    if not found:  # in a relative clause of its arguments ("shot at a shop they ran in Colombo")
        wide = [child for child in children(trigger) if child.dep_ not in WIDE_SKIPPED]
        found = _search(wide, trigger, index, {trigger.i}, [], WIDE_SKIPPED)
    found = found or weak
    if not found:
        return None
    return min(found, key=lambda hit: (hit[2].specificity, hit[0], hit[1]))[2].place


# Dependents of a subject that may say where its event happened ("a policeman in Amara", "a taxi parked in").
SUBJECT_PHRASES = frozenset({"prep", "acl", "poss"})
# Prepositions whose phrase is not searched for an event's place: parties and topics ("a deal for Ukraine"),
# sources ("according to"). A party after "with" or "by" is searched, as the parser often hangs the event's
# place on it ("killed in clashes with the YPG in Makhmur", "shot by gunmen in Yala").
STOP_PREPS = (PARTY_PREPS - {"with", "by"}) | {"according"}
# Dependents not searched even in the last search for an event's place, which enters relative clauses.
WIDE_SKIPPED = NOT_SEARCHED - {"relcl"}
# Dependencies by which an event's clause hangs on another clause that may hold its place.
CLAUSE_LINKS = frozenset({"conj", "xcomp", "advcl"})
_Hit = tuple[int, int, "Toponym"]  # depth in the tree, distance in tokens, toponym


def _fronted(trigger: Token, index: PlaceIndex) -> list[_Hit]:
    """The literal toponym of a locative phrase opening the trigger's sentence and closed by a comma."""
    sentence = trigger.sent
    first = sentence[0] if sentence[0].lower_ not in ("but", "and") or len(sentence) < 2 else sentence[1]
    if first.dep_ != "prep" or first.lower_ not in LOCATIVE_PREPS:
        return []
    comma = next((token for token in sentence if token.text == ","), None)
    if comma is None:
        return []
    for token in sentence[first.i - sentence.start : comma.i - sentence.start]:
        toponym = index.at(token)
        if toponym is not None and toponym.literal:
            return [(0, abs(token.i - trigger.i), toponym)]
    return []


def _search(
    frontier: list[Token],
    trigger: Token,
    index: PlaceIndex,
    seen: set[int],
    weak: list[_Hit],
    skip: frozenset[str] = NOT_SEARCHED,
) -> list[_Hit]:
    """The literal toponyms reachable from ``frontier`` through arguments and prepositional phrases (not
    through parties, possessors or toponyms used for their people), each with its depth and distance;
    toponyms modifying or possessing a noun on the way ("Syria's conflict") are added to ``weak``."""
    found: list[_Hit] = []
    depth = 0
    while frontier:
        following: list[Token] = []
        for token in sorted(frontier, key=lambda tok: abs(tok.i - trigger.i)):
            if token.i in seen:
                continue
            seen.add(token.i)
            toponym = index.at(token)
            if toponym is not None:
                hit = (depth, abs(token.i - trigger.i), toponym)
                if toponym.literal and all(other[2] is not toponym for other in found):
                    found.append(hit)
                elif token.dep_ in MODIFIER_DEPS and toponym.label != "NORP":
                    weak.append(hit)
                continue
            if token.dep_ == "prep" and token.lower_ in STOP_PREPS:
                continue
            following.extend(child for child in children(token) if child.dep_ not in skip)
        frontier = following
        depth += 1
    return found


# --- recognition and literal/metonymic use


def _mentions(
    doc: Doc, gazetteer: Gazetteer, adjectives: dict[str, str], doc_text: str, ents: Sequence[Span]
) -> list[_Mention]:
    found: list[_Mention] = []
    strings = doc.vocab.strings
    tokens = _TokenFlags(
        doc.to_array([LOWER, IS_PUNCT, TAG, IS_LOWER]).tolist(), strings["the"], strings["POS"]
    )
    people = _name_words(doc, ents)
    for ent in ents:
        span = _trimmed(ent, tokens)
        if span is None:
            continue
        label = ent.label_
        text = doc_text[span.start_char : span.end_char]
        if label in PLACE_LABELS:
            candidates = gazetteer.lookup(text)
            # a single word the gazetteer does not know is more often a person's name ("Buhari", "Yulia")
            # than a place, unless a preposition or a settlement noun says it is one
            unknown = not candidates and len(span) == 1
            if unknown and not _after_place_prep(doc, span.start) and not _typed(doc, span.start, span.end):
                continue
            # nor a word of a personal name the article gives in full ("Salah" after "Mohamed Salah")
            towns = all(entry.feature_class == FeatureClass.PLACE for entry in candidates)
            if len(span) == 1 and towns and span[0].lower_ in people:
                continue
            found.append(_Mention(span, label, candidates, text))
        elif label == "NORP" and name_key(text) in adjectives:
            places = [
                e
                for e in gazetteer.lookup(adjectives[name_key(text)])
                if e.feature_class != FeatureClass.PLACE
            ]
            found.append(_Mention(span, label, tuple(places), text))
    taken = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    for mention in _dateline_mentions(doc, gazetteer, doc_text, taken):
        found.append(mention)
        taken.update(range(mention.span.start, mention.span.end))
    found.extend(_gazetteer_mentions(doc, gazetteer, doc_text, ents, taken))
    found.sort(key=lambda mention: mention.span.start)
    return _joined(found, doc, gazetteer, doc_text)


DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--", ":", "_"})


def _dateline_mentions(doc: Doc, gazetteer: Gazetteer, doc_text: str, taken: set[int]) -> list[_Mention]:
    """The all-capital place names opening a line before a comma, dash or bracket ("BEIRUT, Syria --",
    "SAN DIEGO (AP) --"), which the tagger and the recogniser often get wrong."""
    found: list[_Mention] = []
    for token in doc:
        if not (token.i == 0 or "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_):
            continue
        end = token.i
        while (
            end < len(doc) and end - token.i < 4 and doc[end].is_upper and doc[end].text.rstrip(".").isalpha()
        ):
            end += 1
        if end == token.i or end >= len(doc) or doc[end].text not in DATELINE_MARKS:
            continue
        if any(j in taken for j in range(token.i, end)):
            continue
        span = doc[token.i : end]
        text = doc_text[span.start_char : span.end_char]
        candidates = gazetteer.lookup(text)
        if candidates:
            found.append(_Mention(span, "GPE", candidates, text))
    return found


def _joined(mentions: list[_Mention], doc: Doc, gazetteer: Gazetteer, doc_text: str) -> list[_Mention]:
    """Two mentions a comma apart that the gazetteer knows as one name ("Washington, D.C.") made one."""
    out: list[_Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and mention.span.start == last.span.end + 1 and doc[last.span.end].text == ",":
            span = doc[last.span.start : mention.span.end]
            text = doc_text[span.start_char : span.end_char]
            candidates = gazetteer.lookup(text)
            if candidates:
                out[-1] = _Mention(span, last.label, candidates, text)
                continue
        out.append(mention)
    return out


# --- names the entity recogniser missed, found in the gazetteer

PROPER_TAGS = frozenset({"NNP", "NNPS"})
# Lower-case words inside a place name ("Bosnia and Herzegovina", "Dar es Salaam", "Stratford-upon-Avon").
NAME_LINKS = frozenset({"of", "and", "de", "del", "la", "le", "el", "al", "es", "upon", "on", "-", "du"})
MIN_POPULATION_PERSON = 100_000  # the least population of a town for a lone "person" entity to be its name
# Words after a name that make it a place's full name ("Oaxaca State", "Homs Governorate").
PLACE_TYPE_WORDS = frozenset(
    {
        "province",
        "governorate",
        "district",
        "region",
        "state",
        "county",
        "oblast",
        "prefecture",
        "valley",
        "city",
        "town",
        "village",
    }
)
# Entity labels whose whole span may still be a place the recogniser mislabelled ("Cyprus" as ORG).
MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"})
# Prepositions before a name that make it a place rather than a person ("in Riverdale", "near Douma").
PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "into", "across", "around", "towards"})
# The least population of a town for a lone capitalised word the recogniser did not call a place to be taken
# as its name, without and with a locative preposition before it.
MIN_POPULATION_ALONE = 50_000
MIN_POPULATION_ALTERNATE = 100_000  # the least population of a city to be found by an alternate name
# Verbs whose object is a place ("captured Badme", "shelled Douma").
PLACE_OBJECT_VERBS = frozenset(
    {
        "capture",
        "recapture",
        "seize",
        "liberate",
        "shell",
        "bomb",
        "storm",
        "occupy",
        "besiege",
        "overrun",
        "raid",
        "evacuate",
        "enter",
        "visit",
        "leave",
        "flee",
        "reach",
    }
)
MIN_POPULATION_AFTER_PREP = 1000


def _name_words(doc: Doc, ents: Sequence[Span]) -> set[str]:
    """The words of the doc's multi-word personal names ("wang" of "Wang Yi"), lower-cased."""
    return {
        doc[i].lower_
        for ent in ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for i in range(ent.start, ent.end)
    }


def _gazetteer_mentions(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, ents: Sequence[Span], taken: set[int]
) -> list[_Mention]:
    """Runs of proper nouns that the gazetteer knows and that no place entity covers: each run is taken
    whole (with a trailing place-type word), and only under guards against names of people and things."""
    entity_of: dict[int, Span] = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    # words of the doc's multi-word personal names and its lower-case words
    people = _name_words(doc, ents)
    words = {token.lower_ for token in doc if token.is_lower}
    found: list[_Mention] = []
    i = 0
    while i < len(doc):
        end = _name_run(doc, i)
        if end == i:
            i += 1
            continue
        mention = None
        while mention is None and end > i:
            lone = end - i == 1 and (doc[i].lower_ in people or doc[i].lower_ in words)
            if not lone and not any(j in taken for j in range(i, end)):
                mention = _run_mention(doc, gazetteer, doc_text, i, end, entity_of)
                if mention is None and (_typed(doc, i, end) or _facility(doc, i, end, entity_of)):
                    span = doc[i:end]
                    text = doc_text[span.start_char : span.end_char]
                    label = "FAC" if doc[end - 1].lower_ in FACILITY_HEADS else "GPE"
                    mention = _Mention(span, label, gazetteer.lookup(text), text)
            if mention is None:  # "Yala and Pattani", "Karachi on April 18": the part before a link word
                end = next((j for j in range(i + 1, end) if doc[j].lower_ in NAME_LINKS), i)
        if mention is not None:
            found.append(mention)
            i = end
        else:
            i += 1
    return found


# Nouns for a kind of settlement or area that name a place next to them ("the village of Ashmi", "Khanasir
# town", "the al-Atebaa neighborhood").
SETTLEMENT_NOUNS = frozenset(
    {
        "village",
        "town",
        "city",
        "district",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "area",
        "province",
        "governorate",
        "region",
        "county",
        "municipality",
        "settlement",
        "camp",
        "port",
        "island",
        "valley",
    }
)


# Last words of the names of streets, buildings and natural features ("Royal Street", "Manila Cathedral").
FACILITY_HEADS = frozenset(
    {
        "street",
        "avenue",
        "road",
        "drive",
        "boulevard",
        "lane",
        "square",
        "plaza",
        "bridge",
        "church",
        "cathedral",
        "basilica",
        "mosque",
        "temple",
        "synagogue",
        "stadium",
        "arena",
        "airport",
        "hospital",
        "library",
        "university",
        "college",
        "school",
        "park",
        "estate",
        "lagoon",
        "lake",
        "river",
        "canal",
        "bay",
        "beach",
        "island",
        "islands",
        "mountains",
        "racecourse",
        "plantation",
        "cemetery",
        "prison",
        "palace",
        "castle",
        "center",
        "centre",
        "hall",
        "hotel",
        "inn",
        "mall",
        "museum",
        "theatre",
        "theater",
        "zoo",
        "pier",
        "harbour",
        "harbor",
        "terminal",
        "highway",
        "motorway",
        "crossing",
        "heights",
        "hills",
        "falls",
        "creek",
        "forest",
        "gardens",
        "point",
        "valley",
    }
)


def _facility(doc: Doc, start: int, end: int, entity_of: dict[int, Span]) -> bool:
    """Whether a proper-noun run of two words or more is the name of a street, building or feature (by its
    last word), and no entity crosses its edges (but for a leading "the" or trailing punctuation)."""
    if end - start < 2 or doc[end - 1].lower_ not in FACILITY_HEADS:
        return False
    inside = {entity_of[j] for j in range(start, end) if j in entity_of}
    return all(_inside_or_minor(doc, entity, start, end) for entity in inside)


def _inside_or_minor(doc: Doc, entity: Span, start: int, end: int) -> bool:
    """Whether an entity lies within ``start:end`` but for a leading "the" or trailing punctuation."""
    outside = [*range(entity.start, start), *range(end, entity.end)]
    return all(doc[j].lower_ == "the" or doc[j].is_punct or doc[j].tag_ == "POS" for j in outside)


def _typed(doc: Doc, start: int, end: int) -> bool:
    """Whether a proper-noun run is named as a place by a settlement noun: "the town of X", "X village"."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and after.lemma_ in SETTLEMENT_NOUNS and after.dep_ != "compound":
        return True
    if start < 2:
        return False
    before, noun = doc[start - 1], doc[start - 2]
    return before.lower_ == "of" and noun.is_lower and noun.lemma_ in SETTLEMENT_NOUNS


def _name_run(doc: Doc, start: int) -> int:
    """The end of the run of proper-noun tokens starting at ``start`` (``start`` when there is none); words
    joined by hyphens count as one ("Mazar-e-Sharif", "al-Atebaa")."""
    end = start
    while end < len(doc):
        token = doc[end]
        proper = token.tag_ in PROPER_TAGS and (token.is_title or token.is_upper or not token.is_alpha)
        linked = (
            end > start
            and token.lower_ in NAME_LINKS
            and end + 1 < len(doc)
            and doc[end + 1].tag_ in PROPER_TAGS
            and doc[end + 1].is_title
        )
        article = end == start and token.lower_ in ("al", "el") and _hyphened(doc, end)
        if proper or linked:
            end += 1
        elif (end > start and _hyphened(doc, end - 1)) or (article and doc[end + 2].is_title):
            end += 2
        else:
            break
    return min(end, len(doc))


def _hyphened(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen, without spaces, to a word after it."""
    return (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    )


def _run_mention(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> _Mention | None:
    span = doc[start:end]
    name_end = end
    if end - start > 1 and doc[end - 1].lower_ in PLACE_TYPE_WORDS:
        name_end = end - 1
    name = doc_text[span.start_char : doc[name_end - 1].idx + len(doc[name_end - 1])]
    key = name_key(name)
    # a place's own name (or, for countries, divisions and regions, any of ours), not the alternate name of
    # a town, nor a city's unless a preposition or verb makes it a place ("around Kut", not "the Cup")
    placed = _after_place_prep(doc, start)
    candidates = tuple(
        entry
        for entry in gazetteer.lookup(name)
        if entry.feature_class != FeatureClass.PLACE
        or name_key(entry.name) == key
        or (entry.population >= MIN_POPULATION_ALTERNATE and placed)
    )
    if not candidates:
        return None
    entities = {id(entity_of[j]) for j in range(start, end) if j in entity_of}
    entity = entity_of[start] if entities else None
    if entity is not None:
        whole = len(entities) == 1 and entity.start == start and entity.end == end
        if not whole or entity.label_ not in MISLABELLED:
            return None
    if not _plausible(doc, start, end, candidates, entity):
        return None
    text = doc_text[span.start_char : span.end_char]
    return _Mention(span, "GPE", candidates, text)


def _is_dateline(span: Span) -> bool:
    """Whether a span is an all-capital name opening a line ("WASHINGTON (AP) --", "BEIRUT, Syria --")."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_
    return at_line_start and all(token.is_upper or not token.is_alpha for token in span)


def _after_place_prep(doc: Doc, start: int) -> bool:
    """Whether a name follows a locative preposition ("in Riverdale") or is the object of a verb whose
    object is a place ("captured Badme")."""
    token = doc[start]
    if start > 0 and doc[start - 1].lower_ in PLACE_PREPS:
        return True
    return token.dep_ == "dobj" and token.head.lemma_ in PLACE_OBJECT_VERBS


def _plausible(
    doc: Doc, start: int, end: int, candidates: tuple[GazetteerEntry, ...], entity: Span | None
) -> bool:
    """Guards for a name the recogniser did not call a place: all-capital words only in a dateline or when
    long; a single word, or a whole entity of another kind, only for a country, division, region or a town
    of some size (smaller after a locative preposition); a person's name only after such a preposition;
    never just before a person's name."""
    span = doc[start:end]
    strong = any(entry.feature_class != FeatureClass.PLACE for entry in candidates)
    biggest = max(entry.population for entry in candidates)
    upper = all(token.is_upper or not token.is_alpha for token in span)
    if upper and not _is_dateline(span) and (len(span.text) <= 3 or not strong):
        return False
    after_prep = _after_place_prep(doc, start)
    if (
        entity is not None
        and entity.label_ == "PERSON"
        and not after_prep
        and biggest < MIN_POPULATION_PERSON
    ):
        return False
    least = MIN_POPULATION_AFTER_PREP if after_prep else MIN_POPULATION_ALONE
    if (end - start == 1 or entity is not None) and not strong and biggest < least:
        return False
    following = doc[end] if end < len(doc) else None
    return following is None or following.ent_type_ != "PERSON"


@dataclass(frozen=True, slots=True)
class _TokenFlags:
    """(lower-case form, is punctuation, tag, is lower-case) of every token of a doc, and the ids ``_trimmed``
    needs."""

    rows: list[list[int]]
    the: int
    possessive: int


def _trimmed(ent: Span, tokens: _TokenFlags) -> Span | None:
    """The entity without leading lower-case words ("the", "north west London") or punctuation and a
    trailing punctuation or possessive 's."""
    start, end = ent.start, ent.end
    rows = tokens.rows
    while start < end and (rows[start][0] == tokens.the or rows[start][1] or rows[start][3]):
        start += 1
    while end > start and (rows[end - 1][1] or rows[end - 1][2] == tokens.possessive):
        end -= 1
    return ent.doc[start:end] if end > start else None


# Nouns that a place name modifies as their location ("the Syrian border", "Toronto schools", "Russia's
# economy"): with these a modifier or possessor is literal; with any other noun ("US officials", "Russia's
# decision", "Canadian troops") it stands for the people or the government.
LOCATED_NOUNS = frozenset(
    {
        "area",
        "border",
        "frontier",
        "boundary",
        "city",
        "town",
        "village",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "district",
        "county",
        "province",
        "state",
        "region",
        "governorate",
        "municipality",
        "capital",
        "downtown",
        "outskirts",
        "countryside",
        "mainland",
        "territory",
        "soil",
        "waters",
        "airspace",
        "coast",
        "coastline",
        "shore",
        "beach",
        "island",
        "valley",
        "desert",
        "forest",
        "mountain",
        "foothill",
        "river",
        "lake",
        "landscape",
        "skyline",
        "street",
        "road",
        "highway",
        "bridge",
        "station",
        "airport",
        "port",
        "harbor",
        "harbour",
        "base",
        "airbase",
        "camp",
        "enclave",
        "site",
        "section",
        "community",
        "metro",
        "school",
        "college",
        "campus",
        "court",
        "courthouse",
        "jail",
        "prison",
        "hospital",
        "clinic",
        "hotel",
        "restaurant",
        "resort",
        "stadium",
        "venue",
        "cinema",
        "facility",
        "plant",
        "factory",
        "farm",
        "market",
        "industry",
        "economy",
        "job",
        "population",
        "history",
        "heritage",
        "sector",
        "growth",
        "tourism",
        "housing",
        "infrastructure",
        "weather",
        "climate",
        "airline",
        "country",
    }
)
# Nouns whose "of" phrase names a polity rather than a place ("the government of Iraq", "the people of X").
POLITY_NOUNS = frozenset(
    {
        "government",
        "people",
        "president",
        "minister",
        "leader",
        "king",
        "queen",
        "prince",
        "citizen",
        "authority",
        "army",
        "military",
        "ambassador",
        "embassy",
        "ministry",
        "governor",
        "parliament",
        "delegation",
        "envoy",
        "consul",
        "consulate",
        "independence",
        "sovereignty",
        "recognition",
    }
)
# Nouns of relations between parties ("relations between Russia and NATO"): the parties are not places.
RELATION_NOUNS = frozenset(
    {
        "relation",
        "relationship",
        "tie",
        "talk",
        "agreement",
        "deal",
        "treaty",
        "cooperation",
        "partnership",
        "friendship",
        "alliance",
        "dialogue",
        "rivalry",
        "tension",
        "summit",
        "negotiation",
        "trade",
        "dispute",
    }
)
# Verbs whose object is someone acting or judged, not a place ("accused Russia", "urged Iran").
AGENT_OBJECT_VERBS = frozenset(
    {
        "accuse",
        "charge",
        "blame",
        "urge",
        "support",
        "punish",
        "defend",
        "woo",
        "recruit",
        "beat",
        "defeat",
        "face",
        "ask",
        "warn",
        "criticize",
        "criticise",
        "condemn",
        "sanction",
        "praise",
        "thank",
        "persuade",
        "invite",
        "help",
        "back",
        "pressure",
        "sue",
        "threaten",
        "convince",
        "tell",
        "inform",
        "lobby",
        "congratulate",
        "trust",
        "recognize",
        "recognise",
        "oppose",
        "expel",
        "deter",
        "provoke",
        "isolate",
        "betray",
        "reward",
    }
)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def is_literal(span: Span, label: str) -> bool:
    """Whether a toponym (of entity ``label``) names a location here rather than standing for an actor."""
    head = span.root
    role = head  # the toponym's function in the clause: that of the first conjunct of a coordination
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    governor = role.head
    possessive = head.i + 1 < len(span.doc) and head.nbor().tag_ == "POS"
    if possessive or role.dep_ in MODIFIER_DEPS:
        return role.dep_ != "ROOT" and governor.lemma_.lower() in LOCATED_NOUNS
    if label == "NORP":
        return False
    if role.dep_ in ("nsubj", "csubj") and governor.lemma_ not in PLACE_SUBJECT_VERBS:
        return False
    if role.dep_ == "pobj":
        owner = governor.head.lemma_.lower()
        if governor.lower_ in PARTY_PREPS:
            return owner in LOCATED_NOUNS
        if governor.lower_ == "of" and owner in POLITY_NOUNS:
            return False
        if governor.lower_ in ("between", "among") and owner in RELATION_NOUNS:
            return False
    if role.dep_ == "dative":  # "sold Germany the jets"
        return False
    return not (role.dep_ in ("dobj", "nsubjpass") and governor.lemma_ in AGENT_OBJECT_VERBS)


# --- resolution


def _resolve(
    doc: Doc, gazetteer: Gazetteer, given: frozenset[str], text: str, ents: Sequence[Span]
) -> list[tuple[Toponym, Span]]:
    """The toponyms of the doc in text order, each with the tokens it spans."""
    adjectives = _adjectives()
    mentions = _mentions(doc, gazetteer, adjectives, text, ents)
    context = _Context(given, Counter(), Counter())
    for mention in mentions:
        countries = {entry.country for entry in mention.candidates}
        if len(countries) == 1:
            context.countries.update(countries)
        divisions = {(entry.country, entry.admin1) for entry in mention.candidates if entry.admin1}
        if len(divisions) == 1 and len(countries) == 1:
            context.divisions.update(divisions)
    bests = [_best(mention.candidates, context) for mention in mentions]
    # the divisions the article names ("Parkland, Fla."), once resolved, favour their own towns
    named = Counter((best.country, best.admin1) for best in bests if best and best.feature_code == "ADM1")
    if any(key not in context.divisions for key in named):
        context.divisions.update(named)
        bests = [_best(mention.candidates, context) for mention in mentions]
    towns = [
        (mention.span.start_char, best)
        for mention, best in zip(mentions, bests, strict=True)
        if _is_town(best)
    ]
    resolved: list[tuple[Toponym, Span]] = []
    for mention, best in zip(mentions, bests, strict=True):
        span = CharSpan(mention.span.start_char, mention.span.end_char, mention.text)
        place = _place(mention.text, best, span)
        if (
            best is None and towns
        ):  # a street or village unknown to the gazetteer: near the nearest town named
            _, town = min(towns, key=lambda known: abs(known[0] - span.start))
            place = Place(name=mention.text, latitude=town.latitude, longitude=town.longitude, span=span)
        # a continent, region or sea seldom stands for an actor ("Europe's economy", "Asia accounts for")
        area = best is not None and best.feature_class in (FeatureClass.AREA, FeatureClass.WATER)
        literal = (
            _is_dateline(mention.span)
            or (area and mention.label != "NORP")
            or is_literal(mention.span, mention.label)
        )
        toponym = Toponym(span, literal, place, mention.label, _specificity(best))
        resolved.append((toponym, mention.span))
    return resolved


@dataclass(frozen=True, slots=True)
class _Context:
    """The countries (ISO alpha-3) the caller gives for an article, and the countries and first-level
    divisions the article names unambiguously."""

    given: frozenset[str]
    countries: Counter[str]
    divisions: Counter[tuple[str, str]]


# Score of a kind of place before its population and the article's context count.
FEATURE_PRIOR = {
    "PCLI": 6.0,
    "CONT": 6.0,
    "RGN": 5.0,
    "OCN": 5.0,
    "SEA": 5.0,
    "ADM1": 3.5,
    "ADM2": 2.5,
    "PPLC": 1.0,
}


def _best(candidates: Sequence[GazetteerEntry], context: _Context) -> GazetteerEntry | None:
    """The best scored candidate; but a town that only the caller's countries favour (those of the article's
    actors) does not beat a namesake city five times its size (Geneva in a story about a US-Russian summit is
    the Swiss one)."""
    best = max(candidates, key=lambda entry: _score(entry, context), default=None)
    if best is None or best.feature_class != FeatureClass.PLACE or context.countries[best.country]:
        return best  # (a country the text itself names as a place keeps its towns)
    biggest = max(
        (e for e in candidates if e.feature_class == FeatureClass.PLACE), key=lambda e: e.population
    )
    if biggest.population >= _CITY and biggest.population >= 5 * best.population:
        return biggest
    return best


def _score(entry: GazetteerEntry, context: _Context) -> float:
    score = math.log10(entry.population + 10) + FEATURE_PRIOR.get(entry.feature_code, 0.0)
    if entry.country in context.given:  # the caller's word outweighs a town's size
        score += 2.0
    if entry.country and (context.countries[entry.country] or entry.country in context.given):
        score += 1.5 + min(context.countries[entry.country], 3) * 0.5
    if entry.admin1 and context.divisions[(entry.country, entry.admin1)]:
        score += 2.0
    return score


_CITY = 100_000  # a namesake this large and five times the size wins over the article's bias


def _specificity(entry: GazetteerEntry | None) -> int:
    if entry is None:
        return 0
    if entry.feature_class == FeatureClass.PLACE:
        return 1
    return {"ADM2": 2, "ADM1": 3, "PCLI": 4}.get(entry.feature_code, 5)


def _is_town(entry: GazetteerEntry | None) -> TypeGuard[GazetteerEntry]:
    return entry is not None and entry.feature_class == FeatureClass.PLACE


def _place(name: str, entry: GazetteerEntry | None, span: CharSpan) -> Place:
    if entry is None:
        return Place(name=name, span=span)
    return Place(
        name=entry.name,
        geonames_id=entry.geonames_id or None,
        latitude=entry.latitude,
        longitude=entry.longitude,
        country=entry.country,
        admin1=entry.admin1,
        feature_class=FeatureClass(entry.feature_class).value,
        span=span,
    )


@functools.cache
def _adjectives() -> dict[str, str]:
    """Place adjectives and demonyms to the place's name ("Russian" -> Russia, "European" -> Europe): the
    knowledge base's for countries, ``data/geo_adjectives.tsv`` for continents, regions and divisions."""
    found = {name_key(adj): state.name for state in load_kb().states.values() for adj in state.adjectives}
    text = resources.files("dragoman.nlp").joinpath("data", "geo_adjectives.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            adjective, name = line.split("\t")
            found.setdefault(name_key(adjective), name)
    return found
