"""Places: toponyms in a parsed article, resolved to the gazetteer, and the place of an event.

A toponym is a GPE, LOC or FAC entity of the parse (a single word the gazetteer does not know only after a
locative preposition, next to a settlement noun or before its division: "Snetterton, Norfolk"; a list the
recogniser took as one name is split: "Thruxton, Hampshire", "Suwon and Incheon"; names of events and
sports clubs are dropped: "Easter Vigil Mass", "Birmingham City"), a NORP entity that names a place
through its adjective ("Russian troops", "European markets"), a dateline's place wherever the dateline
stands ("... Press WASHINGTON (AP) --", "KOLKATA, India --"), or a name the recogniser missed: a run of
proper nouns the gazetteer knows (with guards against names of people and things), one named as a place by
a settlement noun ("the village of Ashmi", "Khanasir town", "Bourbon and Dauphine streets") or by its
division ("Knockhill, Fife"), the name of a street or building ("Royal Street", "Hotel Kyjev", "Caesar's
Palace"), or a road number ("the A120"); a known place the article names is found again where the
recogniser saw nothing ("IMMOKALEE -" then "revitalize Immokalee"); storms named like towns are dropped
("hurricanes ...: Harvey, Irma and Maria").

Each is *literal* (a location: "shelled Kharkiv", "met in Doha", "the Syrian-Turkish border", "Toronto
schools", "left for Washington") or *metonymic* (the place stands for its people or government: "Moscow
said", "Kabul welcomed", "Russia's minister", "US officials", "talks with Iran", "accused Syria", "ordered
Britain to reduce", "Russia is concerned", "the interests of China", "pressure on Georgia", "sold jets to
Saudi Arabia", "blamed on Russia", a legislator's "R-Neb."; an institution's name is never literal:
"Cornell University", "St. Louis Police"); the flag is kept on the record, and only literal toponyms are
an event's place in the first place. Continents, regions and seas, and datelines ("BEIRUT, Syria --") are
literal. Candidates are ranked by feature (country, continent,
region, division, city), population, the countries given by the caller, the countries and first-level
divisions the article names, and capital status; a town found only by another of its names yields to a
country, division or region of the very name. A name the gazetteer does not know gets the point of the
nearest town named.

An event's place is searched first in its own clause: an argument of the trigger or a prepositional phrase
on it, or a toponym inside such a phrase ("a rally outside the embassy in Vilnius"); then the locative
phrases of its subject or agent, the clause it hangs on, conjoined verbs, a fronted locative phrase ("In
Vienna, ... marched"), relative clauses, and last a place possessing or modifying a noun of its clause
("Syria's conflict"). Of several, the most specific place wins. With none found the event has no place.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TypeGuard

from spacy.attrs import (
    DEP,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_TITLE,
    IS_UPPER,
    LOWER,
    ORTH,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

from dragoman.kb import load_kb
from dragoman.model import CharSpan, Place
from dragoman.nlp.gazetteer import (
    FeatureClass,
    Gazetteer,
    GazetteerEntry,
    load_gazetteer,
    name_key,
    without_article,
)
from dragoman.nlp.syntax import child_positions, children

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
PLACE_SUBJECT_VERBS = frozenset(
    {"be", "lie", "sit", "border", "remain", "become", "stretch", "experience", "witness"}
)
# Verbs of phase whose subject is that of the verb they govern ("Britain used to be", "China began to see").
PHASE_VERBS = frozenset({"use", "continue", "begin", "start", "keep", "cease", "stop"})


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
    _tokens: _Tokens = field(init=False, repr=False, compare=False)
    _tree: _Parse | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        gazetteer = self.gazetteer if self.gazetteer is not None else load_gazetteer()
        doc = self.doc
        text = doc.text if self.text is None else self.text
        ents = doc.ents if self.ents is None else self.ents
        self._tokens = _Tokens(doc)
        resolved = _resolve(self._tokens, gazetteer, frozenset(self.article_countries), text, ents)
        self.toponyms = tuple(toponym for toponym, _ in resolved)
        self._by_token = {}
        for toponym, span in resolved:
            for i in range(span.start, span.end):
                self._by_token[i] = toponym
        self._tree = None

    def at(self, token: Token) -> Toponym | None:
        """The toponym a token is part of, if any."""
        return self._by_token.get(token.i)

    def _parse(self, token: Token) -> _Parse:
        """The doc's parse as plain lists, read when :func:`place_for` first asks (about ``token``)."""
        if self._tree is None:
            self._tree = _Parse(token, self._tokens.lower)
        return self._tree


class _Parse:
    """What ``place_for`` reads of the parse, by token position: each token's dependency label and
    lower-case form, and the positions of its children (those of :func:`dragoman.nlp.syntax.children`)."""

    __slots__ = ("dep", "kids", "lower")

    def __init__(self, token: Token, lower: list[str]) -> None:
        doc = token.doc
        self.lower = lower
        self.dep = _strings(doc, doc.to_array(DEP).tolist())
        self.kids = child_positions(token)


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
    parse = index._parse(trigger)
    dep, kids, lower = parse.dep, parse.kids, parse.lower
    t = trigger.i
    own_kids = kids.get(t, [])
    seen = {t}
    weak: list[_Hit] = []
    own = [child for child in own_kids if dep[child] not in NOT_SEARCHED]
    found = _search(own, t, index, seen, weak)
    if not found:
        subjects = [child for child in own_kids if dep[child] in ("nsubj", "nsubjpass")]
        subjects += [kid for child in own_kids if dep[child] == "agent" for kid in kids.get(child, ())]
        phrases = [
            kid for subject in subjects for kid in kids.get(subject, ()) if dep[kid] in SUBJECT_PHRASES
        ]
        found = _search([kid for kid in phrases if lower[kid] not in PARTY_PREPS], t, index, seen, weak)
    if not found and dep[t] in CLAUSE_LINKS and trigger.head.i != t:
        governor = trigger.head.i
        seen.add(governor)
        upper = [kid for kid in kids.get(governor, ()) if dep[kid] not in NOT_SEARCHED]
        found = _search(upper, t, index, seen, [])
    if not found:  # "shot ... and left for dead on the outskirts of Karachi"
        doc = trigger.doc
        joined = [child for child in own_kids if dep[child] == "conj" and doc[child].pos_ == "VERB"]
        seen.update(joined)
        phrases = [kid for verb in joined for kid in kids.get(verb, ()) if dep[kid] == "prep"]
        found = _search([kid for kid in phrases if lower[kid] in LOCATIVE_PREPS], t, index, seen, [])
    if not found:  # "In Vienna, some 200,000 people ... marched": a fronted place frames the sentence
        found = _fronted(trigger, index)
    if not found:  # in a relative clause of its arguments ("shot at a shop they ran in Colombo")
        wide = [child for child in own_kids if dep[child] not in WIDE_SKIPPED]
        found = _search(wide, t, index, {t}, [], WIDE_SKIPPED)
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
    parse = index._parse(trigger)
    lower = parse.lower
    sentence = trigger.sent
    start, end = sentence.start, sentence.end
    first = start if lower[start] not in ("but", "and") or end - start < 2 else start + 1
    if parse.dep[first] != "prep" or lower[first] not in LOCATIVE_PREPS:
        return []
    text = index._tokens.text
    comma = next((i for i in range(start, end) if text[i] == ","), None)
    if comma is None:
        return []
    for i in range(first, comma):
        toponym = index._by_token.get(i)
        if toponym is not None and toponym.literal:
            return [(0, abs(i - trigger.i), toponym)]
    return []


def _search(
    frontier: list[int],
    trigger: int,
    index: PlaceIndex,
    seen: set[int],
    weak: list[_Hit],
    skip: frozenset[str] = NOT_SEARCHED,
) -> list[_Hit]:
    """The literal toponyms reachable from the tokens ``frontier`` through arguments and prepositional
    phrases (not through parties, possessors or toponyms used for their people), each with its depth and
    distance from the token ``trigger``; toponyms modifying or possessing a noun on the way ("Syria's
    conflict") are added to ``weak``."""
    parse = index._tree
    assert parse is not None  # (read by ``place_for`` first)
    dep, kids, lower = parse.dep, parse.kids, parse.lower
    by_token = index._by_token
    found: list[_Hit] = []
    depth = 0
    while frontier:
        following: list[int] = []
        for i in sorted(frontier, key=lambda j: abs(j - trigger)):
            if i in seen:
                continue
            seen.add(i)
            toponym = by_token.get(i)
            if toponym is not None:
                hit = (depth, abs(i - trigger), toponym)
                if toponym.literal and all(other[2] is not toponym for other in found):
                    found.append(hit)
                elif dep[i] in MODIFIER_DEPS and toponym.label != "NORP":
                    weak.append(hit)
                continue
            if dep[i] == "prep" and lower[i] in STOP_PREPS:
                continue
            following.extend(child for child in kids.get(i, ()) if dep[child] not in skip)
        frontier = following
        depth += 1
    return found


# --- recognition and literal/metonymic use


def _mentions(
    toks: _Tokens,
    gazetteer: Gazetteer,
    adjectives: dict[str, str],
    doc_text: str,
    ents: Sequence[Span],
    datelines: list[tuple[int, int]],
) -> list[_Mention]:
    found: list[_Mention] = []
    doc = toks.doc
    lower = toks.lower
    people = _name_words(toks, ents)
    # dateline names first: the recogniser often splits or mislabels them ("ST. LOUIS")
    found.extend(_dateline_mentions(doc, gazetteer, doc_text, datelines))
    in_dateline = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    for ent in ents:
        label = ent.label_
        if label not in PLACE_LABELS and label != "NORP":
            continue
        span = _trimmed(ent, toks)
        if span is None:
            continue
        start, end = span.start, span.end
        if in_dateline and any(i in in_dateline for i in range(start, end)):
            continue
        text = doc_text[span.start_char : span.end_char]
        if label in PLACE_LABELS:
            candidates = gazetteer.lookup(text)
            longer = _hyphen_extended(toks, span)
            if longer is not None:  # "Gilgit-Baltistan", of which the recogniser took "Gilgit"
                longer_text = doc_text[longer.start_char : longer.end_char]
                if found_longer := gazetteer.lookup(longer_text):
                    span, text, candidates = longer, longer_text, found_longer
                    start, end = span.start, span.end
            size = end - start
            if not candidates and (lower[end - 1] in EVENT_HEADS or _team(toks, start, end)):
                continue
            parts = [] if candidates or size < 2 else _listed(toks, span, gazetteer, doc_text)
            if parts:  # "Thruxton, Hampshire", "Suwon and Incheon": a list the recogniser took as one
                found.extend(parts)
                continue
            if not candidates and size > 1 and lower[end - 1] in PLACE_TYPE_WORDS:  # "Homs province"
                candidates = gazetteer.lookup(
                    doc_text[span.start_char : toks.idx[end - 2] + len(toks.text[end - 2])]
                )
            # a single word the gazetteer does not know is more often a person's name ("Buhari", "Yulia")
            # than a place, unless a preposition, a settlement noun or its division says it is one
            unknown = not candidates and size == 1
            if (
                unknown
                and not _after_place_prep(toks, start)
                and not _typed(toks, start, end)
                and not _in_division(toks, gazetteer, doc_text, start, end, {})
            ):
                continue
            # nor a word of a personal name the article gives in full ("Salah" after "Mohamed Salah")
            towns = all(entry.feature_class == FeatureClass.PLACE for entry in candidates)
            if size == 1 and towns and lower[start] in people and not _in_place(toks, start):
                continue
            # nor a name the gazetteer does not know that ends in a word of such a name ("Helen Kunz")
            personal = size > 1 and label != "FAC" and lower[end - 1] in people  # not "Trump Tower"
            if not candidates and personal and not _in_place(toks, start):
                continue
            found.append(_Mention(span, label, candidates, text))
        elif (key := name_key(text)) in adjectives:
            places = [e for e in gazetteer.lookup(adjectives[key]) if e.feature_class != FeatureClass.PLACE]
            found.append(_Mention(span, label, tuple(places), text))
    taken = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    found.extend(_gazetteer_mentions(toks, gazetteer, doc_text, ents, taken, people))
    found.extend(_road_mentions(toks, doc_text, taken))
    found.extend(_repeated(toks, doc_text, found, ents))
    # storms named like towns ("hurricanes striking US soil: Harvey, Irma and Maria")
    found = [mention for mention in found if not _storm(toks, mention.span)]
    found.sort(key=lambda mention: mention.span.start)
    return _joined(found, toks, gazetteer, doc_text)


def _repeated(toks: _Tokens, doc_text: str, found: list[_Mention], ents: Sequence[Span]) -> list[_Mention]:
    """Other occurrences of a place name the article already uses as a known place, where the recogniser
    saw no entity at all ("IMMOKALEE -" in a dateline, then "revitalize Immokalee"): one sense per
    article. An occurrence must be whole capitalised words, not followed by another, outside any entity
    and any mention."""
    known = {mention.text.casefold(): mention for mention in found if mention.candidates}
    if not known:
        return []
    doc = toks.doc
    covered = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    covered.update(i for ent in ents for i in range(ent.start, ent.end))
    names = sorted(known, key=len, reverse=True)
    # (the look-ahead at the names' first letters only spares the engine trying every name at every word)
    firsts = "".join(sorted({re.escape(name[0]) for name in names}))
    pattern = re.compile(
        r"\b(?=[" + firsts + r"])(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE
    )
    out: list[_Mention] = []
    for match in pattern.finditer(doc_text):
        tokens = _char_span(toks, match.start(), match.end())
        if tokens is None:
            continue
        start, end = tokens
        if any(i in covered for i in range(start, end)):
            continue
        if not all(toks.title[i] or toks.upper[i] or not toks.alpha[i] for i in range(start, end)):
            continue
        if end < toks.size and toks.title[end] and not match.group().isupper():
            continue  # the first words of a longer name ("Seoul Central District Court")
        mention = known[match.group().casefold()]
        out.append(_Mention(doc[start:end], mention.label, mention.candidates, match.group()))
        covered.update(range(start, end))
    return out


LIST_LINKS = frozenset({",", "and", "&", "or", "/", "-"})


def _hyphen_extended(toks: _Tokens, span: Span) -> Span | None:
    """The span with the word joined to its end by a hyphen ("Gilgit" in "Gilgit-Baltistan"), if any."""
    end = span.end
    if end + 1 < toks.size and _hyphened(toks, end - 1) and toks.text[end + 1][:1].isupper():
        return toks.doc[span.start : end + 2]
    return None


def _listed(
    toks: _Tokens, span: Span, gazetteer: Gazetteer, doc_text: str, links_only: bool = False
) -> list[_Mention]:
    """The places of a place entity the gazetteer does not know as a whole that is a list of names: parts
    between commas, conjunctions or slashes ("Donington Park, Leicestershire", "Suwon and Incheon"), or
    hyphens between countries, regions or seas ("Asia-Pacific"), or words each a
    country or division ("Greece Italy"); each part kept when the gazetteer knows it or it names a
    facility. With ``links_only`` (a run a settlement noun names as places: "the cities of Palmyra and
    Quaryatayn") only commas and conjunctions cut, and every part is kept. Empty when it is no such list."""
    lower = toks.lower
    cuts = [i for i in range(span.start + 1, span.end - 1) if lower[i] in LIST_LINKS]
    if not cuts and links_only:
        return []
    hyphened = any(toks.text[i] == "-" for i in cuts)
    if cuts:
        bounds = list(zip([span.start, *(i + 1 for i in cuts)], [*cuts, span.end], strict=True))
    else:
        bounds = [(i, i + 1) for i in range(span.start, span.end)]
    doc = toks.doc
    found: list[_Mention] = []
    for start, end in bounds:
        if end <= start:
            continue
        text = doc_text[toks.idx[start] : toks.idx[end - 1] + len(toks.text[end - 1])]
        candidates = gazetteer.lookup(text)
        if not cuts and not any(entry.feature_class == FeatureClass.ADMIN for entry in candidates):
            return []
        if hyphened and all(entry.feature_class == FeatureClass.PLACE for entry in candidates):
            return []  # a hyphen joins one name ("Miami-Dade", "al-Tanf") unless it joins areas
        facility = lower[end - 1] in FACILITY_HEADS
        if candidates or links_only or (end - start > 1 and facility):
            found.append(_Mention(doc[start:end], "FAC" if facility else "GPE", candidates, text))
    return found if len(bounds) > 1 else []


# Nouns of storms, whose names are often those of towns ("Hurricane Harvey", "the storm Irma").
STORM_NOUNS = frozenset({"hurricane", "storm", "typhoon", "cyclone"})


def _storm(toks: _Tokens, span: Span) -> bool:
    """Whether a name is that of a storm: after a storm noun or in apposition to one, as one of a list."""
    if span.start > 0 and toks.lower[span.start - 1] in STORM_NOUNS:
        return True
    role = span.root
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    return role.dep_ == "appos" and role.head.lemma_.lower() in STORM_NOUNS


# Last words of the names of sports clubs named after their town ("Birmingham City", "Aston Villa").
TEAM_WORDS = frozenset({"city", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "villa"})


def _team(toks: _Tokens, start: int, end: int) -> bool:
    """Whether a name the gazetteer does not know is a sports club's: a place name or abbreviation then a
    club word ("Birmingham City", "Man City"); a city's own name ("Kansas City") is in the gazetteer."""
    return end - start > 1 and toks.lower[end - 1] in TEAM_WORDS and toks.title[end - 1]


DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--", ":", "_"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "_"})


NEWLINE = re.compile(r"\n")


def _datelines(toks: _Tokens, doc_text: str) -> list[tuple[int, int]]:
    """The token ranges of the place names of datelines: an all-capital name opening a line before a comma,
    dash or bracket ("BEIRUT, Syria --"), or anywhere before a news agency's bracket or a dash ("... Press
    WASHINGTON (AP) --", "OAKLAND, Calif. (AP) -"), or a capitalised name opening a line before an agency's
    bracket ("Hanoi (VNA) --", "Moscow, SANA -"); with the state or country after its comma
    ("KOLKATA, India --", "ALBUQUERQUE, N.M. (AP)")."""
    found: list[tuple[int, int]] = []
    # only tokens opening a line or all-capital are looked at
    size = toks.size
    is_upper, text = toks.upper, toks.text
    starts = toks.idx
    line_starts = {0} | {bisect.bisect_left(starts, m.end()) for m in NEWLINE.finditer(doc_text)}
    upper = [i for i, capital in enumerate(is_upper) if capital]
    for i in sorted(line_starts.union(upper)):
        if i >= size or (i > 0 and is_upper[i - 1]):
            continue
        line_start = i in line_starts
        end = _name_end(toks, i, upper=True)
        title = end == i and line_start and toks.title[i]
        if title:
            end = _name_end(toks, i, upper=False)
        if end == i or end >= size:
            continue
        tail = _dateline_tail(toks, end)
        if tail is None:
            if title or not line_start or text[end] not in DATELINE_MARKS:
                continue
            tail = end
        elif title and tail == end and text[end] in DATELINE_DASHES:
            continue  # "Mary - ..." is no dateline: a capitalised one needs an agency
        if not title and not line_start and starts[end - 1] + len(text[end - 1]) - starts[i] < 4:
            continue
        found.append((i, end))
        if tail > end + 1:
            found.append((end + 1, tail))
    return found


def _name_end(toks: _Tokens, start: int, upper: bool) -> int:
    """The end of a run of up to four all-capital (or capitalised) words from ``start``."""
    end = start
    size, text, is_upper = toks.size, toks.text, toks.upper
    while end < size and end - start < 4:
        word = text[end]
        if word == "." and end > start and not toks.space[end - 1]:  # "ST. LOUIS"
            end += 1
            continue
        if not word.rstrip(".").isalpha():
            break
        if not (is_upper[end] if upper else toks.title[end] or (end > start and is_upper[end])):
            break
        end += 1
    while end > start and text[end - 1] == ".":
        end -= 1
    return end


def _dateline_tail(toks: _Tokens, end: int) -> int | None:
    """Where the state or country after a dateline's comma ends (``end`` when there is none), when an
    agency's bracket or a dash follows the name or that part; ``None`` otherwise."""
    size, text = toks.size, toks.text
    part_end = end
    if text[end] == ",":
        part_end = end + 1
        while part_end < size and part_end - end <= 3 and _part_word(text[part_end]):
            part_end += 1
        agency = text[end + 1] if end + 1 < size else None
        if agency is not None and part_end == end + 1 and agency.isupper() and agency.endswith("-"):
            return end  # "Moscow, SANA- ..."
        if part_end == end + 1 or part_end >= size:
            return None
    after = text[part_end]
    if after in DATELINE_DASHES or (after.endswith("--") and part_end > end):
        return part_end
    if part_end > end and after == "," and _dated_dash(toks.doc, part_end + 1):
        return part_end  # "NAIROBI, Kenya, Apr 5 --"
    if after == "(" and part_end + 2 < size:
        agency = text[part_end + 1]
        if agency[:1].isupper() and toks.alpha[part_end + 1] and text[part_end + 2] == ")":
            return part_end
    return None


def _dated_dash(doc: Doc, start: int) -> bool:
    """Whether a date of up to three words then a dash follows ``start`` ("Apr 5 --")."""
    for i in range(start, min(start + 4, len(doc))):
        if doc[i].text in DATELINE_DASHES:
            return i > start
        if not (doc[i].like_num or doc[i].is_title):
            return False
    return False


def _part_word(text: str) -> bool:
    """A word of the state or country after a dateline's comma ("Calif.", "N.M.", "Philippines", "SC")."""
    return text[:1].isupper() and text.replace(".", "").isalpha()


def _dateline_mentions(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, datelines: list[tuple[int, int]]
) -> list[_Mention]:
    """The dateline names (:func:`_datelines`) the gazetteer knows."""
    found: list[_Mention] = []
    for start, end in datelines:
        span = doc[start:end]
        text = doc_text[span.start_char : span.end_char]
        candidates = gazetteer.lookup(text)
        if candidates:
            found.append(_Mention(span, "GPE", candidates, text))
    return found


def _joined(mentions: list[_Mention], toks: _Tokens, gazetteer: Gazetteer, doc_text: str) -> list[_Mention]:
    """Two mentions next to each other or a comma apart that the gazetteer knows as one name ("Baja
    California", "Washington, D.C.") made one."""
    out: list[_Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        adjacent = last is not None and mention.span.start == last.span.end  # "Baja" "California"
        if last is not None and (
            adjacent or (mention.span.start == last.span.end + 1 and toks.text[last.span.end] == ",")
        ):
            span = toks.doc[last.span.start : mention.span.end]
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
PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "to",
        "outside",
        "into",
        "across",
        "around",
        "towards",
        "within",
        "throughout",
    }
)
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


def _name_words(toks: _Tokens, ents: Sequence[Span]) -> set[str]:
    """The words of the doc's multi-word personal names ("wang" of "Wang Yi"), lower-cased."""
    lower = toks.lower
    return {
        lower[i] for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)
    }


def _possessed(toks: _Tokens, ent: Span) -> list[Span]:
    """An entity split at a possessive 's inside it ("Derry's Altnagelvin Hospital": "Derry's", "Altnagelvin
    Hospital"), each part with the entity's label; the entity alone when there is none."""
    start, end = ent.start, ent.end
    if end - start < 3:
        return [ent]
    tag = toks.tag
    cut = next((i for i in range(start + 1, end - 1) if tag[i] == "POS"), None)
    if cut is None:
        return [ent]
    doc = toks.doc
    return [Span(doc, start, cut + 1, label=ent.label), Span(doc, cut + 1, end, label=ent.label)]


def _gazetteer_mentions(
    toks: _Tokens,
    gazetteer: Gazetteer,
    doc_text: str,
    ents: Sequence[Span],
    taken: set[int],
    people: set[str],
) -> list[_Mention]:
    """Runs of proper nouns that the gazetteer knows and that no place entity covers: each run is taken
    whole (with a trailing place-type word), and only under guards against names of people and things;
    ``people``: the words of the doc's multi-word personal names (:func:`_name_words`)."""
    # an entity is taken as two at a possessive inside it ("Derry's Altnagelvin Hospital")
    entity_of: dict[int, Span] = {
        i: part for ent in ents for part in _possessed(toks, ent) for i in range(part.start, part.end)
    }
    lower = toks.lower
    # the doc's lower-case words
    words = set(itertools.compress(lower, toks.is_lower))
    doc = toks.doc
    found: list[_Mention] = []
    # a run opens with a proper noun, or "al-"/"el-" (see ``_name_run``): only those tokens are looked at
    openings = [
        i
        for i, (tag, word) in enumerate(zip(toks.tag, lower, strict=True))
        if tag in PROPER_TAGS or word in NAME_ARTICLES
    ]
    i = 0
    for opening in openings:
        if opening < i:
            continue
        i = opening
        end = _name_run(toks, i)
        if end == i:
            i += 1
            continue
        mention = None
        while mention is None and end > i:
            lone = end - i == 1 and ((lower[i] in people and not _in_place(toks, i)) or lower[i] in words)
            if not lone and not any(j in taken for j in range(i, end)):
                mention = _run_mention(toks, gazetteer, doc_text, i, end, entity_of)
                if mention is None and (
                    _typed(toks, i, end)
                    or _facility(toks, i, end, entity_of)
                    or _in_division(toks, gazetteer, doc_text, i, end, entity_of)
                ):
                    span = doc[i:end]
                    text = doc_text[span.start_char : span.end_char]
                    candidates = gazetteer.lookup(text)
                    parts = [] if candidates else _listed(toks, span, gazetteer, doc_text, links_only=True)
                    if parts:  # "the cities of Suwon and Incheon"
                        found.extend(parts[:-1])
                        mention = parts[-1]
                    else:
                        building = lower[end - 1] in FACILITY_HEADS or lower[i] in FACILITY_FIRSTS
                        label = "FAC" if building else "GPE"
                        mention = _Mention(span, label, candidates, text)
            if mention is None:  # "Yala and Pattani", "Karachi on April 18": the part before a link word
                end = next((j for j in range(i + 1, end) if lower[j] in NAME_LINKS), i)
        if mention is not None:
            found.append(mention)
            i = end
        else:
            i += 1
    return found


# British and Irish road numbers ("the A120", "the M4", "A40(M)") and US interstates ("I-95").
ROAD_NUMBER_IN_TEXT = re.compile(r"\b(?:[AMBN]\d{1,4}(?:\(M\))?|I-\d{1,3})(?![\w(-])")
# Words after a road number that make it a road ("the A417 southbound carriageway", "M5 junction 12").
ROAD_WORDS = frozenset(
    {"road", "motorway", "carriageway", "junction", "southbound", "northbound", "eastbound", "westbound"}
)


def _road_mentions(toks: _Tokens, doc_text: str, taken: set[int]) -> list[_Mention]:
    """Road numbers named as roads: after "the" ("on the A120"), before a road word ("A417 southbound"), or
    in a list with such a road ("via the A436, A40 and A429")."""
    found: list[_Mention] = []
    last = -10
    for match in ROAD_NUMBER_IN_TEXT.finditer(doc_text):  # (a scan of the text: cheaper than of the tokens)
        tokens = _char_span(toks, match.start(), match.end())
        if tokens is None or tokens[1] - tokens[0] != 1 or tokens[0] in taken:
            continue
        i = tokens[0]
        before = toks.lower[i - 1] if i > 0 else ""
        after = toks.lower[i + 1] if i + 1 < toks.size else ""
        listed = i - last <= 2 and before in (",", "and", "or")
        if before == "the" or after in ROAD_WORDS or listed:
            found.append(_Mention(toks.doc[i : i + 1], "FAC", (), match.group()))
            last = i
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
        "st.",
        "avenue",
        "ave.",
        "rd.",
        "place",
        "palace",
        "cottage",
        "armory",
        "armoury",
        "complex",
        "campus",
        "graveyard",
        "station",
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


# First words of the names of buildings named head first ("Hotel Kyjev", "Palais des Nations").
FACILITY_FIRSTS = frozenset(
    {"hotel", "museum", "palais", "palazzo", "castle", "cathedral", "basilica", "mall", "stadium", "stade"}
)


def _facility(toks: _Tokens, start: int, end: int, entity_of: dict[int, Span]) -> bool:
    """Whether a proper-noun run of two words or more is the name of a street, building or feature (by its
    last word, or a first word that names a building: "Hotel Kyjev", "Museum of Ice Cream"), and no entity
    crosses its edges (but for a leading "the" or trailing punctuation)."""
    if end - start < 2:
        return False
    if toks.lower[end - 1] not in FACILITY_HEADS and toks.lower[start] not in FACILITY_FIRSTS:
        return False
    inside = {entity_of[j] for j in range(start, end) if j in entity_of}
    return all(_inside_or_minor(toks, entity, start, end) for entity in inside)


def _inside_or_minor(toks: _Tokens, entity: Span, start: int, end: int) -> bool:
    """Whether an entity lies within ``start:end`` but for a leading "the" or trailing punctuation."""
    outside = [*range(entity.start, start), *range(end, entity.end)]
    return all(toks.lower[j] == "the" or toks.punct[j] or toks.tag[j] == "POS" for j in outside)


DIVISION_CODES = frozenset({"ADM1", "ADM2"})


def _in_division(
    toks: _Tokens, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> bool:
    """Whether a proper-noun run is followed by a comma and the name of a first- or second-level division
    ("Snetterton, Norfolk", "New Quay, Ceredigion", "Parkland, Fla."), which names it as a place there; not a
    person's full name unless a locative preposition comes before it ("Sen. Ben Sasse, Neb.")."""
    if end + 1 >= toks.size or toks.text[end] != ",":
        return False
    entity = entity_of.get(start)
    if entity is not None and entity.start < start:  # the end of a longer name ("Kaplan & Rothstein, P.A.")
        return False
    if (
        entity is not None
        and entity.label_ == "PERSON"
        and len(entity) > 1
        and not _after_place_prep(toks, start)
    ):
        return False
    stop = _name_run(toks, end + 1)
    first = toks.idx[end + 1]
    while stop > end + 1:
        name = doc_text[first : toks.idx[stop - 1] + len(toks.text[stop - 1])]
        if any(entry.feature_code in DIVISION_CODES for entry in gazetteer.lookup(name)):
            return True
        stop -= 1
    return False


# Lower-case nouns of streets that name the proper nouns before them as streets ("Bourbon and Dauphine
# streets", "State street").
STREET_NOUNS = frozenset({"street", "avenue", "road", "boulevard", "lane"})


NAMING_NOUNS = SETTLEMENT_NOUNS | STREET_NOUNS
# Lower-case last words an entity keeps ("Homs province", "Third street", "Methodist church").
KEPT_LAST_WORDS = NAMING_NOUNS | PLACE_TYPE_WORDS | FACILITY_HEADS


def _typed(toks: _Tokens, start: int, end: int) -> bool:
    """Whether a proper-noun run is named as a place by a settlement noun: "the town of X", "X village", or
    by a plural one after a list ("Bourbon and Dauphine streets")."""
    doc = toks.doc
    named = NAMING_NOUNS
    if end < toks.size:
        if toks.is_lower[end]:
            after = doc[end]
            if after.lemma_ in named and after.dep_ != "compound":
                return True
        if toks.lower[end] in ("and", ","):  # the first names of such a list
            nxt = _name_run(toks, end + 1)
            if end + 1 < nxt < toks.size and toks.tag[nxt] == "NNS" and doc[nxt].lemma_ in named:
                return True
    if start < 2:
        return False
    noun = start - 2
    return toks.lower[start - 1] == "of" and toks.is_lower[noun] and doc[noun].lemma_ in SETTLEMENT_NOUNS


def _mixed_case(toks: _Tokens, start: int, i: int) -> bool:
    """Whether token ``i`` is a capitalised mixed-case word ("MetroHealth") inside a longer name; alone it
    is mostly a surname ("McGregor")."""
    if not toks.text[i][:1].isupper():
        return False
    return i > start or (i + 1 < toks.size and toks.tag[i + 1] in PROPER_TAGS and toks.title[i + 1])


# Arabic articles that may open a name hyphened to it ("al-Atebaa").
NAME_ARTICLES = frozenset({"al", "el"})


def _name_run(toks: _Tokens, start: int) -> int:
    """The end of the run of proper-noun tokens starting at ``start`` (``start`` when there is none); words
    joined by hyphens count as one ("Mazar-e-Sharif", "al-Atebaa")."""
    end = start
    size = toks.size
    tags, lower, title = toks.tag, toks.lower, toks.title
    while end < size:
        proper = tags[end] in PROPER_TAGS and (
            title[end] or toks.upper[end] or not toks.alpha[end] or _mixed_case(toks, start, end)
        )
        linked = (
            not proper
            and end > start
            and lower[end] in NAME_LINKS
            and end + 1 < size
            and tags[end + 1] in PROPER_TAGS
            and title[end + 1]
        )
        article = end == start and lower[end] in NAME_ARTICLES and _hyphened(toks, end)
        if proper or linked:
            end += 1
        elif (end > start and _hyphened(toks, end - 1)) or (article and title[end + 2]):
            end += 2
        elif end > start and _possessive_facility(toks, end):  # "Caesar's Palace", "St. Peter's Basilica"
            return end + 2
        else:
            break
    return min(end, size)


def _possessive_facility(toks: _Tokens, i: int) -> bool:
    """Whether token ``i`` is a possessive 's followed by the last word of a facility's name and no more
    proper nouns ("Caesar's Palace"; not "Derry's Altnagelvin Hospital")."""
    if i + 1 >= toks.size or toks.tag[i] != "POS":
        return False
    after = i + 2
    return (
        toks.title[i + 1]
        and toks.lower[i + 1] in FACILITY_HEADS
        and (after >= toks.size or toks.tag[after] not in PROPER_TAGS or not toks.text[after][:1].isupper())
    )


def _hyphened(toks: _Tokens, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen, without spaces, to a word after it."""
    return (
        i + 2 < toks.size
        and not toks.space[i]
        and toks.text[i + 1] == "-"
        and not toks.space[i + 1]
        and toks.alpha[i + 2]
    )


def _run_mention(
    toks: _Tokens, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> _Mention | None:
    name_end = end
    if end - start > 1 and toks.lower[end - 1] in PLACE_TYPE_WORDS:
        name_end = end - 1
    first = toks.idx[start]
    name = doc_text[first : toks.idx[name_end - 1] + len(toks.text[name_end - 1])]
    found = gazetteer.lookup(name)
    if not found:
        return None
    key = name_key(name)
    # a place's own name (or, for countries, divisions and regions, any of ours), not the alternate name of
    # a town, nor a city's unless a preposition or verb makes it a place ("around Kut", not "the Cup")
    placed: bool | None = None  # (read when first needed)
    kept: list[GazetteerEntry] = []
    for entry in found:
        if entry.feature_class != FeatureClass.PLACE or _own_name(entry, key):
            kept.append(entry)  # ("Qamishli" for "Al Qamishli")
        elif entry.population >= MIN_POPULATION_ALTERNATE:
            if placed is None:
                placed = _after_place_prep(toks, start)
            if placed:
                kept.append(entry)
    if not kept:
        return None
    candidates = tuple(kept)
    entities = {id(entity_of[j]) for j in range(start, end) if j in entity_of}
    if entities and start not in entity_of:
        return None  # a run that enters an entity midway is no name of its own (was a KeyError)
    entity = entity_of[start] if entities else None
    if entity is not None:
        # the whole entity, but for a possessive 's ("Harare's" of "Harare's Third Street")
        whole = len(entities) == 1 and entity.start == start and _inside_or_minor(toks, entity, start, end)
        # a country after a locative preposition that opens a longer name ("to the Holy See Mikayel
        # Minasyan": the ambassador's name run on)
        country = any(entry.is_country for entry in candidates) and _after_place_prep(toks, start)
        opening = len(entities) == 1 and entity.start <= start and country
        if not (whole or opening) or entity.label_ not in MISLABELLED:
            return None
    if not _plausible(toks, start, end, candidates, entity):
        return None
    text = doc_text[first : toks.idx[end - 1] + len(toks.text[end - 1])]
    return _Mention(toks.doc[start:end], "GPE", candidates, text)


def _is_dateline(toks: _Tokens, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` are an all-capital name opening a line ("WASHINGTON (AP) --",
    "BEIRUT, Syria --")."""
    at_line_start = start == 0 or "\n" in toks.text[start - 1]
    return at_line_start and all(toks.upper[i] or not toks.alpha[i] for i in range(start, end))


# Prepositions that put what follows somewhere even when it is also a person's name ("in Riverdale").
IN_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "within", "throughout"})


def _in_place(toks: _Tokens, start: int) -> bool:
    """Whether a name comes right after a preposition of location ("in Riverdale", not "to Bolton") or
    modifies a noun of place ("the Riverdale gas station")."""
    if start > 0 and toks.lower[start - 1] in IN_PLACE_PREPS:
        return True
    token = toks.doc[start]
    return token.dep_ == "compound" and token.head.lemma_.lower() in LOCATED_NOUNS


def _after_place_prep(toks: _Tokens, start: int) -> bool:
    """Whether a name follows a locative preposition ("in Riverdale") or is the object of a verb whose
    object is a place ("captured Badme")."""
    lower = toks.lower
    before = start - 1 if start > 1 and lower[start - 1] == "the" else start
    if before > 0 and lower[before - 1] in PLACE_PREPS:  # "in Riverdale", "to the UAE"
        return True
    doc = toks.doc
    if start > 1 and lower[start - 1] == "of":  # where a person is from: "Jodi Mahler of Bellmore"
        person = doc[start - 3] if toks.text[start - 2] == "," and start > 2 else doc[start - 2]
        if person.ent_type_ == "PERSON":
            return True
    # the second of a coordination after such a preposition ("stops in Hilversum and Almelo")
    token = doc[start]
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not token and first.i > 0 and first.dep_ == "pobj" and lower[first.i - 1] in PLACE_PREPS:
        return True
    return token.dep_ == "dobj" and token.head.lemma_ in PLACE_OBJECT_VERBS


def _plausible(
    toks: _Tokens, start: int, end: int, candidates: tuple[GazetteerEntry, ...], entity: Span | None
) -> bool:
    """Guards for a name the recogniser did not call a place: all-capital words only in a dateline or when
    long; a single word, or a whole entity of another kind, only for a country, division, region or a town
    of some size (smaller after a locative preposition); a person's name only after such a preposition;
    never just before a person's name."""
    strong = any(entry.feature_class != FeatureClass.PLACE for entry in candidates)
    biggest = max(entry.population for entry in candidates)
    upper = all(toks.upper[i] or not toks.alpha[i] for i in range(start, end))
    after_prep = _after_place_prep(toks, start)
    # an all-capital word is an acronym of something else unless a dateline, a long name of a country,
    # division or region, or a short one after a locative preposition ("in the UAE", "within the EU")
    if upper and not _is_dateline(toks, start, end):
        length = toks.idx[end - 1] + len(toks.text[end - 1]) - toks.idx[start]
        if not (strong and (length > 3 or after_prep)):
            return False
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
    # "the Holy See Mikayel Minasyan": a country after a locative preposition may precede a person's name
    return end >= toks.size or toks.doc[end].ent_type_ != "PERSON" or (strong and after_prep)


class _Tokens:
    """The attributes of every token of one doc as plain lists, read once per doc (``doc[i]`` builds a new
    ``Token`` on every access, and each attribute of it is looked up again): the token's text, lower-case
    form, tag, whether it is title-case, all-capital, alphabetic, lower-case or punctuation, whether
    whitespace follows it, and its character offset."""

    __slots__ = (
        "alpha",
        "doc",
        "idx",
        "is_lower",
        "lower",
        "punct",
        "size",
        "space",
        "tag",
        "text",
        "title",
        "upper",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        array = doc.to_array(_TOKEN_ATTRS)
        orth, lower, tag = array[:, :3].T.tolist()
        self.title, self.upper, self.alpha, self.is_lower, self.punct, self.space = (
            array[:, 3:9].T.astype(bool).tolist()
        )
        self.idx: list[int] = array[:, 9].tolist()
        self.text = _strings(doc, orth)
        self.lower = _strings(doc, lower)
        self.tag = _strings(doc, tag)


def _char_span(toks: _Tokens, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The tokens ``start:end`` of ``doc.char_span(start_char, end_char)`` (``None`` when the characters do
    not start and end at token boundaries), found in the offsets read once."""
    idx = toks.idx
    start = bisect.bisect_left(idx, start_char)
    if start == toks.size or idx[start] != start_char:
        return None
    last = bisect.bisect_right(idx, end_char - 1) - 1
    if last < start or idx[last] + len(toks.text[last]) != end_char:
        return None
    return start, last + 1


_TOKEN_ATTRS = [ORTH, LOWER, TAG, IS_TITLE, IS_UPPER, IS_ALPHA, IS_LOWER, IS_PUNCT, SPACY, IDX]
# The strings of the string ids read so far (the same for every vocab: an id is a hash of its string); a
# dict is read faster than the vocab's string store. Emptied when it grows past ``_STRINGS_KEPT``.
_STRING_OF: dict[int, str] = {}
_STRINGS_KEPT = 500_000


def _strings(doc: Doc, ids: list[int]) -> list[str]:
    """The strings of string ids of the doc's vocab."""
    known = _STRING_OF
    try:
        return list(map(known.__getitem__, ids))
    except KeyError:
        if len(known) > _STRINGS_KEPT:
            known.clear()
        strings = doc.vocab.strings
        for key in ids:
            if key not in known:
                known[key] = strings[key]
        return list(map(known.__getitem__, ids))


def _trimmed(ent: Span, toks: _Tokens) -> Span | None:
    """The entity without leading lower-case words ("the", "north west London") or punctuation and
    without trailing punctuation, a possessive 's or lower-case words other than a place-type or street
    noun ("New York's" tagged as a noun, "the Pacific equatorial region", "Grand and State")."""
    start, end = ent.start, ent.end
    lower, punct, is_lower, tag = toks.lower, toks.punct, toks.is_lower, toks.tag
    while start < end and (lower[start] == "the" or punct[start] or is_lower[start]):
        start += 1
    while end > start and (
        punct[end - 1]
        or tag[end - 1] == "POS"
        or (is_lower[end - 1] and lower[end - 1] not in KEPT_LAST_WORDS)
    ):
        end -= 1
    return toks.doc[start:end] if end > start else None


# Last words of the names of institutions, which stand for the body rather than its site ("Cornell
# University", "St. Louis Police", "London Guildhall School"): such a name is not a literal toponym.
INSTITUTION_HEADS = frozenset(
    {
        "university",
        "college",
        "school",
        "institute",
        "academy",
        "police",
        "society",
        "service",
        "council",
        "ministry",
        "department",
        "commission",
        "committee",
        "association",
        "club",
        "company",
        "bank",
        "agency",
    }
)
# Legislatures, which stand for the body rather than its building ("the Verkhovna Rada", "the Duma").
LEGISLATURES = frozenset(
    {"parliament", "congress", "senate", "duma", "rada", "knesset", "bundestag", "sejm", "majlis", "storting"}
)
# Last words of names of events and laws the recogniser sometimes calls facilities ("Easter Vigil Mass",
# "New York Auto Show", "the Framework Act"): not toponyms unless the gazetteer knows the name.
EVENT_HEADS = frozenset({"mass", "vigil", "day", "show", "act", "week"})
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
        "leg",
        "tour",
        "flight",
        "trip",
        "journey",
        "route",
        "appearance",
        "foreshore",
        "waterfront",
        "resident",
        "pollution",
        "center",
        "centre",
        "office",
        "headquarters",
        "home",
        "sewage",
        "set",
        "carriageway",
        "junction",
        "roundabout",
        "interchange",
        # measures of what happens in a place ("Hawaii's growth rate", "London's murder tally")
        "rate",
        "production",
        "output",
        "activity",
        "total",
        "tally",
        "unemployment",
        "inflation",
        "crime",
        "emission",
        # what happens somewhere without an agent the place could stand for ("the Birmingham festival",
        # "the U.S. midterm elections", "the New York City police shooting")
        "festival",
        "election",
        "season",
        "shooting",
        "outbreak",
        "crash",
        "explosion",
        "flood",
        "earthquake",
        "hotspot",
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
        "service",
        "agency",
        "force",
        "troop",
        "navy",
        # what a polity has or does as an actor ("the interests of China", "the image of Russia")
        "interest",
        "image",
        "reputation",
        "success",
        "failure",
        "future",
        "dignity",
        "security",
        "law",
        "policy",
        "position",
        "stance",
        "role",
        "influence",
        "power",
        "story",
        "plenipotentiary",
        "archduke",
    }
)
# Complements of "be" that describe an actor's stance or part, not a place ("Russia is concerned", "Tunis is
# reliant on", "Europe was an ally").
STANCE_WORDS = frozenset(
    {
        "concerned",
        "responsible",
        "reliant",
        "dependent",
        "alone",
        "willing",
        "unwilling",
        "ready",
        "determined",
        "eager",
        "keen",
        "reluctant",
        "prepared",
        "committed",
        "aware",
        "worried",
        "confident",
        "opposed",
        "interested",
        "guilty",
        "able",
        "unable",
        "involved",
        "engaged",
        "ally",
        "partner",
        "member",
        "enemy",
        "rival",
        "party",
        "signatory",
    }
)
# Nouns of what one party does to or asks of another, whose "from", "to", "on" or "of" phrase names a
# party, not a place ("permission from Georgia", "pressure on Georgia", "questions to Britain").
PARTY_ACT_NOUNS = frozenset(
    {
        "backing",
        "support",
        "permission",
        "approval",
        "pressure",
        "request",
        "aid",
        "assistance",
        "independence",
        "response",
        "reaction",
        "demand",
        "criticism",
        "threat",
        "sanction",
        "offer",
        "invitation",
        "message",
        "letter",
        "question",
        "apology",
        "warning",
        "complaint",
        "commitment",
        "loss",
        "defeat",
        "victory",
        "win",
        "loan",
    }
)
# Nouns of parties, whose examples after "including" are parties too ("countries, including Germany").
PARTY_NOUNS = frozenset({"country", "nation", "state", "party", "member", "ally", "government", "power"})
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
        "comparison",
        "difference",
        "contrast",
        "row",
        "feud",
    }
)
# Verbs of setting off, after which "for" or "toward" names a destination ("left for Washington").
DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "sail", "fly", "set", "bind", "board", "flee"})
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
        "fight",
        "outlast",
        "outplay",
        "outscore",
        "overcome",
        "thrash",
        "rout",
    }
)
# Verbs whose "to" names the party that receives or is addressed ("sold jets to Saudi Arabia", "explained
# to Rome", "wrote to the Centre"), not a destination ("sent to Japan", "moved to Texas").
RECIPIENT_VERBS = frozenset(
    {
        "sell",
        "supply",
        "lend",
        "donate",
        "give",
        "pay",
        "grant",
        "award",
        "provide",
        "explain",
        "write",
        "speak",
        "talk",
        "say",
        "report",
        "appeal",
        "complain",
        "apologize",
        "apologise",
        "reply",
        "respond",
        "propose",
        "recommend",
        "submit",
        "owe",
    }
)
# Verbs that judge their object as something ("sees Russia as a partner", "regards China as a threat").
JUDGING_VERBS = frozenset({"see", "regard", "view", "consider", "treat", "describe", "brand", "label"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _located_head(span: Span, governor: Token) -> bool:
    """Whether the noun a place name modifies or possesses is located by it: a noun of place or of
    something that happens somewhere ("the Syrian-Turkish border", "the Delft police station", "the
    Amsterdam-London leg"; the chain of modifiers is followed to its head), or the name of a place or
    facility ("London's Heathrow", "Brooklyn's Barclays Center")."""
    noun = governor
    for _ in range(4):
        # a capitalised word inside a longer title is not the noun located ("Chinese State Councilor")
        inner = noun.is_title and noun.dep_ == "compound" and noun.head.is_title
        if noun.lemma_.lower() in LOCATED_NOUNS and not inner:
            return True
        if noun.ent_type_ in PLACE_LABELS and noun.i >= span.end and not noun.is_lower:
            return True
        if noun.dep_ not in ("compound", "amod", "nmod") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _in_long_organisation(token: Token) -> bool:
    """Whether a token is part of an organisation's name of two words or more."""
    if token.ent_type_ != "ORG":
        return False
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _after_parties(including: Token) -> bool:
    """Whether "including" follows a noun of parties and a comma ("the parties, including ...")."""
    doc = including.doc
    i = including.i - 1
    if i < 1 or doc[i].text != ",":
        return False
    return doc[i - 1].lemma_.lower() in PARTY_NOUNS


def is_literal(span: Span, label: str) -> bool:
    """Whether a toponym (of entity ``label``) names a location here rather than standing for an actor."""
    head = span.root
    role = head  # the toponym's function in the clause: that of the first conjunct of a coordination
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    doc = span.doc
    if role.dep_ in ("compound", "nmod") and span.end < len(doc) and doc[span.end].lower_ in ("and", "or"):
        role = role.head  # a conjunct parsed as a modifier ("between Coggeshall and Marks Tey")
    governor = role.head
    possessive = head.i + 1 < len(span.doc) and head.nbor().tag_ == "POS"
    if possessive or role.dep_ in MODIFIER_DEPS:
        return role.dep_ != "ROOT" and _located_head(span, governor)
    if label == "NORP":
        return False
    verb = governor
    if role.dep_ == "nsubj" and governor.lemma_ in PHASE_VERBS:
        verb = next((kid for kid in children(governor) if kid.dep_ == "xcomp"), governor)
    if role.dep_ in ("nsubj", "csubj") and verb.lemma_ not in PLACE_SUBJECT_VERBS and label != "FAC":
        return False  # (a building or street does not act: "the museum is opening", "the road closed")
    if role.dep_ in ("nsubj", "nsubjpass") and any(
        kid.dep_ in ("acomp", "attr") and kid.lemma_.lower() in STANCE_WORDS for kid in children(governor)
    ):
        return False  # "Russia is concerned", "Europe was a reliable ally"
    if role.dep_ == "pobj":
        owner = governor.head.lemma_.lower()
        if governor.lower_ in ("for", "toward", "towards") and owner in DEPARTURE_VERBS:
            return True  # "left for Washington", "heading toward Syria"
        if governor.lower_ in PARTY_PREPS:
            return owner in LOCATED_NOUNS
        if governor.lower_ in ("of", "from") and owner in POLITY_NOUNS:
            return False  # "the government of Iraq", "the delegation from Ukraine"
        if governor.lower_ == "including" and (owner in PARTY_NOUNS or _after_parties(governor)):
            return False  # "other countries, including Germany", "efforts by the parties, including Iran"
        if governor.lower_ in ("from", "to", "on", "of") and owner in PARTY_ACT_NOUNS:
            return False  # "backing from the United States", "pressure on Georgia", "questions to Britain"
        if governor.lower_ in ("between", "among") and owner in RELATION_NOUNS:
            return False
        if governor.lower_ == "to" and owner in RECIPIENT_VERBS:
            return False  # "sold artillery to Saudi Arabia", "explained to Rome"
        if governor.lower_ in ("on", "upon") and owner in AGENT_OBJECT_VERBS:
            return False  # "blamed on Russia"
    if role.dep_ == "dative":  # "sold Germany the jets"
        return False
    if role.dep_ == "appos" and (governor.lower_ in INSTITUTION_HEADS or _in_long_organisation(governor)):
        return False  # the seat that completes an institution's name ("the Federal University, Owerri")
    if role.dep_ == "dobj" and any(
        kid.dep_ in ("xcomp", "oprd") and kid.i > role.i for kid in children(governor)
    ):  # the object of a control verb acts ("ordered Britain to reduce", "called China a pillar")
        return False
    if role.dep_ == "dobj" and governor.lemma_ in JUDGING_VERBS:
        return not any(
            kid.dep_ == "prep" and kid.lower_ == "as" and kid.i > role.i for kid in children(governor)
        )
    return not (role.dep_ in ("dobj", "nsubjpass") and governor.lemma_ in AGENT_OBJECT_VERBS)


# --- resolution


def _resolve(
    toks: _Tokens, gazetteer: Gazetteer, given: frozenset[str], text: str, ents: Sequence[Span]
) -> list[tuple[Toponym, Span]]:
    """The toponyms of the doc in text order, each with the tokens it spans."""
    adjectives = _adjectives()
    datelines = _datelines(toks, text)
    in_dateline = {i for start, end in datelines for i in range(start, end)}
    mentions = _mentions(toks, gazetteer, adjectives, text, ents, datelines)
    context = _Context(given, Counter(), Counter())
    for mention in mentions:
        countries = {entry.country for entry in mention.candidates}
        if len(countries) == 1:
            context.countries[countries.pop()] += 1
            divisions = {(entry.country, entry.admin1) for entry in mention.candidates if entry.admin1}
            if len(divisions) == 1:
                context.divisions[divisions.pop()] += 1
    bests = _bests(mentions, context)
    # the divisions the article names ("Parkland, Fla."), once resolved, favour their own towns
    named = Counter((best.country, best.admin1) for best in bests if best and best.feature_code == "ADM1")
    if any(key not in context.divisions for key in named):
        context.divisions.update(named)
        bests = _bests(mentions, context)
    towns = [
        (mention.span.start_char, best)
        for mention, best in zip(mentions, bests, strict=True)
        if _is_town(best)
    ]
    lower = toks.lower
    resolved: list[tuple[Toponym, Span]] = []
    for mention, best in zip(mentions, bests, strict=True):
        start, end = mention.span.start, mention.span.end
        span = CharSpan(toks.idx[start], toks.idx[end - 1] + len(toks.text[end - 1]), mention.text)
        place = _place(mention.text, best, span)
        if (
            best is None and towns
        ):  # a street or village unknown to the gazetteer: near the nearest town named
            _, town = min(towns, key=lambda known: abs(known[0] - span.start))
            place = Place(name=mention.text, latitude=town.latitude, longitude=town.longitude, span=span)
        # a continent, region or sea seldom stands for an actor ("Europe's economy", "Asia accounts for")
        area = best is not None and best.feature_class in (FeatureClass.AREA, FeatureClass.WATER)
        institution = lower[end - 1] in LEGISLATURES or (
            end - start > 1 and (lower[end - 1] in INSTITUTION_HEADS or _college(toks, start, end, best))
        )
        literal = (
            not institution
            and not _party_tag(toks, start)
            and (
                _is_dateline(toks, start, end)
                or start in in_dateline
                or (area and mention.label != "NORP")
                or is_literal(mention.span, mention.label)
            )
        )
        toponym = Toponym(span, literal, place, mention.label, _specificity(best))
        resolved.append((toponym, mention.span))
    return resolved


def _bests(mentions: list[_Mention], context: _Context) -> list[GazetteerEntry | None]:
    """The best candidate (:func:`_best`) of each mention; a name met again with the same candidates is
    not scored again."""
    done: dict[tuple[int, str], GazetteerEntry | None] = {}
    out: list[GazetteerEntry | None] = []
    for mention in mentions:
        key = (id(mention.candidates), mention.text)
        if key not in done:
            done[key] = _best(mention.candidates, context, mention.text)
        out.append(done[key])
    return out


# Prepositions before "<US state> State" that make it the state ("moved to Washington State").
STATE_PREPS = frozenset({"in", "to", "from", "into", "across", "throughout", "of"})


def _college(toks: _Tokens, start: int, end: int, best: GazetteerEntry | None) -> bool:
    """Whether "<US state> State" names a university or its team ("Mississippi State won"), not the state."""
    return (
        toks.text[end - 1] == "State"
        and best is not None
        and best.country == "USA"
        and best.feature_code == "ADM1"
        and not (start > 0 and toks.lower[start - 1] in STATE_PREPS)
    )


# Initials of US parties in a legislator's tag ("Sen. Ben Sasse, R-Neb.", "(D-Calif.)").
PARTY_INITIALS = frozenset({"R", "D", "I"})


def _party_tag(toks: _Tokens, start: int) -> bool:
    """Whether a state names a legislator's seat in a party tag ("R-Neb."): the seat, not a location."""
    return start >= 2 and toks.text[start - 1] == "-" and toks.text[start - 2] in PARTY_INITIALS


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
    "UNION": 6.0,
    "CONT": 6.0,
    "RGN": 5.0,
    "OCN": 5.0,
    "SEA": 5.0,
    "ADM1": 3.5,
    "ADM2": 2.5,
    "PPLC": 1.0,
}


def _best(candidates: Sequence[GazetteerEntry], context: _Context, name: str = "") -> GazetteerEntry | None:
    """The best scored candidate; a town known by ``name`` only as another name of it counts less than a
    country, division or region of that very name ("Florida" is the state, not Floridablanca), unless it is
    a city of a million (a town's other names are often mere spellings: "Jenin" for "Janin");
    and a town that only the caller's countries favour (those of the article's actors) does not beat a
    namesake city five times its size (Geneva in a story about a US-Russian summit is the Swiss one)."""
    towns = [entry for entry in candidates if entry.feature_class == FeatureClass.PLACE]
    own = False
    aliases: set[int] = set()
    if towns and len(towns) < len(candidates):  # towns and areas of one name: only then is it looked at
        key = name_key(name)
        own = any(_own_name(entry, key) for entry in candidates if entry.feature_class != FeatureClass.PLACE)
        aliases = {
            id(entry) for entry in towns if entry.population < _METROPOLIS and not _own_name(entry, key)
        }

    def score(entry: GazetteerEntry) -> float:
        return _score(entry, context) - (ALIAS_PENALTY if own and id(entry) in aliases else 0.0)

    best = max(candidates, key=score, default=None)
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


ALIAS_PENALTY = 1.5  # what a town found by another of its names loses against a place of the very name
_METROPOLIS = 1_000_000  # a city this large keeps its other names ("New York" for New York City)


def _own_name(entry: GazetteerEntry, key: str) -> bool:
    """Whether a place's own name (or that name without its Arabic article) has the lookup key ``key``."""
    if name_key(entry.name) == key:
        return True
    bare = without_article(entry.name)
    return bare is not None and name_key(bare) == key


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
