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
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TypeGuard

from spacy.attrs import IDX, IS_LOWER, IS_PUNCT, IS_UPPER, LOWER, TAG
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
    doc: Doc,
    gazetteer: Gazetteer,
    adjectives: dict[str, str],
    doc_text: str,
    ents: Sequence[Span],
    datelines: list[tuple[int, int]],
) -> list[_Mention]:
    found: list[_Mention] = []
    strings = doc.vocab.strings
    tokens = _TokenFlags(
        doc.to_array([LOWER, IS_PUNCT, TAG, IS_LOWER]).tolist(), strings["the"], strings["POS"]
    )
    people = _name_words(doc, ents)
    # dateline names first: the recogniser often splits or mislabels them ("ST. LOUIS")
    found.extend(_dateline_mentions(doc, gazetteer, doc_text, datelines))
    in_dateline = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    for ent in ents:
        span = _trimmed(ent, tokens)
        if span is None or any(i in in_dateline for i in range(span.start, span.end)):
            continue
        label = ent.label_
        text = doc_text[span.start_char : span.end_char]
        if label in PLACE_LABELS:
            candidates = gazetteer.lookup(text)
            longer = _hyphen_extended(doc, span)
            if longer is not None:  # "Gilgit-Baltistan", of which the recogniser took "Gilgit"
                longer_text = doc_text[longer.start_char : longer.end_char]
                if found_longer := gazetteer.lookup(longer_text):
                    span, text, candidates = longer, longer_text, found_longer
            if not candidates and (span[-1].lower_ in EVENT_HEADS or _team(span)):
                continue
            parts = [] if candidates or len(span) < 2 else _listed(doc, span, gazetteer, doc_text)
            if parts:  # "Thruxton, Hampshire", "Suwon and Incheon": a list the recogniser took as one
                found.extend(parts)
                continue
            if not candidates and len(span) > 1 and span[-1].lower_ in PLACE_TYPE_WORDS:  # "Homs province"
                candidates = gazetteer.lookup(doc_text[span.start_char : span[-2].idx + len(span[-2])])
            # a single word the gazetteer does not know is more often a person's name ("Buhari", "Yulia")
            # than a place, unless a preposition, a settlement noun or its division says it is one
            unknown = not candidates and len(span) == 1
            if (
                unknown
                and not _after_place_prep(doc, span.start)
                and not _typed(doc, span.start, span.end)
                and not _in_division(doc, gazetteer, doc_text, span.start, span.end, {})
            ):
                continue
            # nor a word of a personal name the article gives in full ("Salah" after "Mohamed Salah")
            towns = all(entry.feature_class == FeatureClass.PLACE for entry in candidates)
            if len(span) == 1 and towns and span[0].lower_ in people and not _in_place(doc, span.start):
                continue
            # nor a name the gazetteer does not know that ends in a word of such a name ("Helen Kunz")
            personal = len(span) > 1 and label != "FAC" and span[-1].lower_ in people  # not "Trump Tower"
            if not candidates and personal and not _in_place(doc, span.start):
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
    found.extend(_gazetteer_mentions(doc, gazetteer, doc_text, ents, taken))
    found.extend(_road_mentions(doc, doc_text, taken))
    found.extend(_repeated(doc, doc_text, found, ents))
    # storms named like towns ("hurricanes striking US soil: Harvey, Irma and Maria")
    found = [mention for mention in found if not _storm(mention.span)]
    found.sort(key=lambda mention: mention.span.start)
    return _joined(found, doc, gazetteer, doc_text)


def _repeated(doc: Doc, doc_text: str, found: list[_Mention], ents: Sequence[Span]) -> list[_Mention]:
    """Other occurrences of a place name the article already uses as a known place, where the recogniser
    saw no entity at all ("IMMOKALEE -" in a dateline, then "revitalize Immokalee"): one sense per
    article. An occurrence must be whole capitalised words, not followed by another, outside any entity
    and any mention."""
    known = {mention.text.casefold(): mention for mention in found if mention.candidates}
    if not known:
        return []
    covered = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    covered.update(i for ent in ents for i in range(ent.start, ent.end))
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(name) for name in sorted(known, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    out: list[_Mention] = []
    for match in pattern.finditer(doc_text):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue
        if not all(token.is_title or token.is_upper or not token.is_alpha for token in span):
            continue
        if span.end < len(doc) and doc[span.end].is_title and not match.group().isupper():
            continue  # the first words of a longer name ("Seoul Central District Court")
        mention = known[match.group().casefold()]
        out.append(_Mention(span, mention.label, mention.candidates, match.group()))
        covered.update(range(span.start, span.end))
    return out


LIST_LINKS = frozenset({",", "and", "&", "or", "/", "-"})


def _hyphen_extended(doc: Doc, span: Span) -> Span | None:
    """The span with the word joined to its end by a hyphen ("Gilgit" in "Gilgit-Baltistan"), if any."""
    end = span.end
    if end + 1 < len(doc) and _hyphened(doc, end - 1) and doc[end + 1].text[:1].isupper():
        return doc[span.start : end + 2]
    return None


def _listed(
    doc: Doc, span: Span, gazetteer: Gazetteer, doc_text: str, links_only: bool = False
) -> list[_Mention]:
    """The places of a place entity the gazetteer does not know as a whole that is a list of names: parts
    between commas, conjunctions or slashes ("Donington Park, Leicestershire", "Suwon and Incheon"), or
    hyphens between countries, regions or seas ("Asia-Pacific"), or words each a
    country or division ("Greece Italy"); each part kept when the gazetteer knows it or it names a
    facility. With ``links_only`` (a run a settlement noun names as places: "the cities of Palmyra and
    Quaryatayn") only commas and conjunctions cut, and every part is kept. Empty when it is no such list."""
    cuts = [i for i in range(span.start + 1, span.end - 1) if doc[i].lower_ in LIST_LINKS]
    if not cuts and links_only:
        return []
    hyphened = any(doc[i].text == "-" for i in cuts)
    if cuts:
        bounds = list(zip([span.start, *(i + 1 for i in cuts)], [*cuts, span.end], strict=True))
    else:
        bounds = [(i, i + 1) for i in range(span.start, span.end)]
    found: list[_Mention] = []
    for start, end in bounds:
        if end <= start:
            continue
        part = doc[start:end]
        text = doc_text[part.start_char : part.end_char]
        candidates = gazetteer.lookup(text)
        if not cuts and not any(entry.feature_class == FeatureClass.ADMIN for entry in candidates):
            return []
        if hyphened and all(entry.feature_class == FeatureClass.PLACE for entry in candidates):
            return []  # a hyphen joins one name ("Miami-Dade", "al-Tanf") unless it joins areas
        if candidates or links_only or (len(part) > 1 and part[-1].lower_ in FACILITY_HEADS):
            label = "FAC" if part[-1].lower_ in FACILITY_HEADS else "GPE"
            found.append(_Mention(part, label, candidates, text))
    return found if len(bounds) > 1 else []


# Nouns of storms, whose names are often those of towns ("Hurricane Harvey", "the storm Irma").
STORM_NOUNS = frozenset({"hurricane", "storm", "typhoon", "cyclone"})


def _storm(span: Span) -> bool:
    """Whether a name is that of a storm: after a storm noun or in apposition to one, as one of a list."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in STORM_NOUNS:
        return True
    role = span.root
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    return role.dep_ == "appos" and role.head.lemma_.lower() in STORM_NOUNS


# Last words of the names of sports clubs named after their town ("Birmingham City", "Aston Villa").
TEAM_WORDS = frozenset({"city", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "villa"})


def _team(span: Span) -> bool:
    """Whether a name the gazetteer does not know is a sports club's: a place name or abbreviation then a
    club word ("Birmingham City", "Man City"); a city's own name ("Kansas City") is in the gazetteer."""
    return len(span) > 1 and span[-1].lower_ in TEAM_WORDS and span[-1].is_title


DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--", ":", "_"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "_"})


NEWLINE = re.compile(r"\n")


def _datelines(doc: Doc, doc_text: str) -> list[tuple[int, int]]:
    """The token ranges of the place names of datelines: an all-capital name opening a line before a comma,
    dash or bracket ("BEIRUT, Syria --"), or anywhere before a news agency's bracket or a dash ("... Press
    WASHINGTON (AP) --", "OAKLAND, Calif. (AP) -"), or a capitalised name opening a line before an agency's
    bracket ("Hanoi (VNA) --", "Moscow, SANA -"); with the state or country after its comma
    ("KOLKATA, India --", "ALBUQUERQUE, N.M. (AP)")."""
    found: list[tuple[int, int]] = []
    # only tokens opening a line or all-capital are looked at (read from arrays: cheaper than the tokens)
    rows = doc.to_array([IS_UPPER, IDX]).tolist()
    starts = [row[1] for row in rows]
    line_starts = {0} | {bisect.bisect_left(starts, m.end()) for m in NEWLINE.finditer(doc_text)}
    upper = [i for i, row in enumerate(rows) if row[0]]
    for i in sorted(line_starts.union(upper)):
        if i >= len(rows) or (i > 0 and rows[i - 1][0]):
            continue
        token = doc[i]
        line_start = i in line_starts
        end = _name_end(doc, token.i, upper=True)
        title = end == token.i and line_start and token.is_title
        if title:
            end = _name_end(doc, token.i, upper=False)
        if end == token.i or end >= len(doc):
            continue
        tail = _dateline_tail(doc, end)
        if tail is None:
            if title or not line_start or doc[end].text not in DATELINE_MARKS:
                continue
            tail = end
        elif title and tail == end and doc[end].text in DATELINE_DASHES:
            continue  # "Mary - ..." is no dateline: a capitalised one needs an agency
        if not title and not line_start and len(doc[token.i : end].text) < 4:
            continue
        found.append((token.i, end))
        if tail > end + 1:
            found.append((end + 1, tail))
    return found


def _name_end(doc: Doc, start: int, upper: bool) -> int:
    """The end of a run of up to four all-capital (or capitalised) words from ``start``."""
    end = start
    while end < len(doc) and end - start < 4:
        word = doc[end]
        if word.text == "." and end > start and not doc[end - 1].whitespace_:  # "ST. LOUIS"
            end += 1
            continue
        if not word.text.rstrip(".").isalpha():
            break
        if not (word.is_upper if upper else word.is_title or (end > start and word.is_upper)):
            break
        end += 1
    while end > start and doc[end - 1].text == ".":
        end -= 1
    return end


def _dateline_tail(doc: Doc, end: int) -> int | None:
    """Where the state or country after a dateline's comma ends (``end`` when there is none), when an
    agency's bracket or a dash follows the name or that part; ``None`` otherwise."""
    part_end = end
    if doc[end].text == ",":
        part_end = end + 1
        while part_end < len(doc) and part_end - end <= 3 and _part_word(doc[part_end]):
            part_end += 1
        agency = doc[end + 1] if end + 1 < len(doc) else None
        if agency is not None and part_end == end + 1 and agency.text.isupper() and agency.text.endswith("-"):
            return end  # "Moscow, SANA- ..."
        if part_end == end + 1 or part_end >= len(doc):
            return None
    after = doc[part_end]
    if after.text in DATELINE_DASHES or (after.text.endswith("--") and part_end > end):
        return part_end
    if part_end > end and after.text == "," and _dated_dash(doc, part_end + 1):
        return part_end  # "NAIROBI, Kenya, Apr 5 --"
    if after.text == "(" and part_end + 2 < len(doc):
        agency = doc[part_end + 1]
        if agency.text[:1].isupper() and agency.is_alpha and doc[part_end + 2].text == ")":
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


def _part_word(token: Token) -> bool:
    """A word of the state or country after a dateline's comma ("Calif.", "N.M.", "Philippines", "SC")."""
    return token.text[:1].isupper() and token.text.replace(".", "").isalpha()


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


def _joined(mentions: list[_Mention], doc: Doc, gazetteer: Gazetteer, doc_text: str) -> list[_Mention]:
    """Two mentions next to each other or a comma apart that the gazetteer knows as one name ("Baja
    California", "Washington, D.C.") made one."""
    out: list[_Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        adjacent = last is not None and mention.span.start == last.span.end  # "Baja" "California"
        if last is not None and (
            adjacent or (mention.span.start == last.span.end + 1 and doc[last.span.end].text == ",")
        ):
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


def _name_words(doc: Doc, ents: Sequence[Span]) -> set[str]:
    """The words of the doc's multi-word personal names ("wang" of "Wang Yi"), lower-cased."""
    return {
        doc[i].lower_
        for ent in ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for i in range(ent.start, ent.end)
    }


def _possessed(ent: Span) -> list[Span]:
    """An entity split at a possessive 's inside it ("Derry's Altnagelvin Hospital": "Derry's", "Altnagelvin
    Hospital"), each part with the entity's label; the entity alone when there is none."""
    if len(ent) < 3:
        return [ent]
    doc = ent.doc
    cut = next((i for i in range(ent.start + 1, ent.end - 1) if doc[i].tag_ == "POS"), None)
    if cut is None:
        return [ent]
    return [Span(doc, ent.start, cut + 1, label=ent.label), Span(doc, cut + 1, ent.end, label=ent.label)]


def _gazetteer_mentions(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, ents: Sequence[Span], taken: set[int]
) -> list[_Mention]:
    """Runs of proper nouns that the gazetteer knows and that no place entity covers: each run is taken
    whole (with a trailing place-type word), and only under guards against names of people and things."""
    # an entity is taken as two at a possessive inside it ("Derry's Altnagelvin Hospital")
    entity_of: dict[int, Span] = {
        i: part for ent in ents for part in _possessed(ent) for i in range(part.start, part.end)
    }
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
            lone = end - i == 1 and (
                (doc[i].lower_ in people and not _in_place(doc, i)) or doc[i].lower_ in words
            )
            if not lone and not any(j in taken for j in range(i, end)):
                mention = _run_mention(doc, gazetteer, doc_text, i, end, entity_of)
                if mention is None and (
                    _typed(doc, i, end)
                    or _facility(doc, i, end, entity_of)
                    or _in_division(doc, gazetteer, doc_text, i, end, entity_of)
                ):
                    span = doc[i:end]
                    text = doc_text[span.start_char : span.end_char]
                    candidates = gazetteer.lookup(text)
                    parts = [] if candidates else _listed(doc, span, gazetteer, doc_text, links_only=True)
                    if parts:  # "the cities of Suwon and Incheon"
                        found.extend(parts[:-1])
                        mention = parts[-1]
                    else:
                        building = doc[end - 1].lower_ in FACILITY_HEADS or doc[i].lower_ in FACILITY_FIRSTS
                        label = "FAC" if building else "GPE"
                        mention = _Mention(span, label, candidates, text)
            if mention is None:  # "Yala and Pattani", "Karachi on April 18": the part before a link word
                end = next((j for j in range(i + 1, end) if doc[j].lower_ in NAME_LINKS), i)
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


def _road_mentions(doc: Doc, doc_text: str, taken: set[int]) -> list[_Mention]:
    """Road numbers named as roads: after "the" ("on the A120"), before a road word ("A417 southbound"), or
    in a list with such a road ("via the A436, A40 and A429")."""
    found: list[_Mention] = []
    last = -10
    for match in ROAD_NUMBER_IN_TEXT.finditer(doc_text):  # (a scan of the text: cheaper than of the tokens)
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span.start in taken:
            continue
        token = span[0]
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        listed = token.i - last <= 2 and before in (",", "and", "or")
        if before == "the" or after in ROAD_WORDS or listed:
            found.append(_Mention(span, "FAC", (), doc_text[span.start_char : span.end_char]))
            last = token.i
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


def _facility(doc: Doc, start: int, end: int, entity_of: dict[int, Span]) -> bool:
    """Whether a proper-noun run of two words or more is the name of a street, building or feature (by its
    last word, or a first word that names a building: "Hotel Kyjev", "Museum of Ice Cream"), and no entity
    crosses its edges (but for a leading "the" or trailing punctuation)."""
    if end - start < 2:
        return False
    if doc[end - 1].lower_ not in FACILITY_HEADS and doc[start].lower_ not in FACILITY_FIRSTS:
        return False
    inside = {entity_of[j] for j in range(start, end) if j in entity_of}
    return all(_inside_or_minor(doc, entity, start, end) for entity in inside)


def _inside_or_minor(doc: Doc, entity: Span, start: int, end: int) -> bool:
    """Whether an entity lies within ``start:end`` but for a leading "the" or trailing punctuation."""
    outside = [*range(entity.start, start), *range(end, entity.end)]
    return all(doc[j].lower_ == "the" or doc[j].is_punct or doc[j].tag_ == "POS" for j in outside)


DIVISION_CODES = frozenset({"ADM1", "ADM2"})


def _in_division(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> bool:
    """Whether a proper-noun run is followed by a comma and the name of a first- or second-level division
    ("Snetterton, Norfolk", "New Quay, Ceredigion", "Parkland, Fla."), which names it as a place there; not a
    person's full name unless a locative preposition comes before it ("Sen. Ben Sasse, Neb.")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    entity = entity_of.get(start)
    if entity is not None and entity.start < start:  # the end of a longer name ("Kaplan & Rothstein, P.A.")
        return False
    if (
        entity is not None
        and entity.label_ == "PERSON"
        and len(entity) > 1
        and not _after_place_prep(doc, start)
    ):
        return False
    stop = _name_run(doc, end + 1)
    while stop > end + 1:
        division = doc[end + 1 : stop]
        name = doc_text[division.start_char : division.end_char]
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


def _typed(doc: Doc, start: int, end: int) -> bool:
    """Whether a proper-noun run is named as a place by a settlement noun: "the town of X", "X village", or
    by a plural one after a list ("Bourbon and Dauphine streets")."""
    after = doc[end] if end < len(doc) else None
    named = NAMING_NOUNS
    if after is not None and after.is_lower and after.lemma_ in named and after.dep_ != "compound":
        return True
    if after is not None and after.lower_ in ("and", ","):  # the first names of such a list
        nxt = _name_run(doc, end + 1)
        noun = doc[nxt] if end + 1 < nxt < len(doc) else None
        if noun is not None and noun.tag_ == "NNS" and noun.lemma_ in named:
            return True
    if start < 2:
        return False
    before, noun = doc[start - 1], doc[start - 2]
    return before.lower_ == "of" and noun.is_lower and noun.lemma_ in SETTLEMENT_NOUNS


def _mixed_case(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` is a capitalised mixed-case word ("MetroHealth") inside a longer name; alone it
    is mostly a surname ("McGregor")."""
    if not doc[i].text[:1].isupper():
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    return i > start or (following is not None and following.tag_ in PROPER_TAGS and following.is_title)


def _name_run(doc: Doc, start: int) -> int:
    """The end of the run of proper-noun tokens starting at ``start`` (``start`` when there is none); words
    joined by hyphens count as one ("Mazar-e-Sharif", "al-Atebaa")."""
    end = start
    size = len(doc)
    while end < size:
        token = doc[end]
        tag = token.tag_
        proper = tag in PROPER_TAGS and (
            token.is_title or token.is_upper or not token.is_alpha or _mixed_case(doc, start, end)
        )
        linked = (
            not proper
            and end > start
            and token.lower_ in NAME_LINKS
            and end + 1 < size
            and doc[end + 1].tag_ in PROPER_TAGS
            and doc[end + 1].is_title
        )
        article = end == start and token.lower_ in ("al", "el") and _hyphened(doc, end)
        if proper or linked:
            end += 1
        elif (end > start and _hyphened(doc, end - 1)) or (article and doc[end + 2].is_title):
            end += 2
        elif end > start and _possessive_facility(doc, end):  # "Caesar's Palace", "St. Peter's Basilica"
            return end + 2
        else:
            break
    return min(end, len(doc))


def _possessive_facility(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a possessive 's followed by the last word of a facility's name and no more
    proper nouns ("Caesar's Palace"; not "Derry's Altnagelvin Hospital")."""
    if i + 1 >= len(doc) or doc[i].tag_ != "POS":
        return False
    head = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    return (
        head.is_title
        and head.lower_ in FACILITY_HEADS
        and (after is None or after.tag_ not in PROPER_TAGS or not after.text[:1].isupper())
    )


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
        or _own_name(entry, key)  # ("Qamishli" for "Al Qamishli")
        or (entry.population >= MIN_POPULATION_ALTERNATE and placed)
    )
    if not candidates:
        return None
    entities = {id(entity_of[j]) for j in range(start, end) if j in entity_of}
    if entities and start not in entity_of:
        return None  # a run that enters an entity midway is no name of its own (was a KeyError)
    entity = entity_of[start] if entities else None
    if entity is not None:
        # the whole entity, but for a possessive 's ("Harare's" of "Harare's Third Street")
        whole = len(entities) == 1 and entity.start == start and _inside_or_minor(doc, entity, start, end)
        # a country after a locative preposition that opens a longer name ("to the Holy See Mikayel
        # Minasyan": the ambassador's name run on)
        country = any(entry.is_country for entry in candidates) and _after_place_prep(doc, start)
        opening = len(entities) == 1 and entity.start <= start and country
        if not (whole or opening) or entity.label_ not in MISLABELLED:
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


# Prepositions that put what follows somewhere even when it is also a person's name ("in Riverdale").
IN_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "within", "throughout"})


def _in_place(doc: Doc, start: int) -> bool:
    """Whether a name comes right after a preposition of location ("in Riverdale", not "to Bolton") or
    modifies a noun of place ("the Riverdale gas station")."""
    token = doc[start]
    located = token.dep_ == "compound" and token.head.lemma_.lower() in LOCATED_NOUNS
    return located or (start > 0 and doc[start - 1].lower_ in IN_PLACE_PREPS)


def _after_place_prep(doc: Doc, start: int) -> bool:
    """Whether a name follows a locative preposition ("in Riverdale") or is the object of a verb whose
    object is a place ("captured Badme")."""
    token = doc[start]
    before = start - 1 if start > 1 and doc[start - 1].lower_ == "the" else start
    if before > 0 and doc[before - 1].lower_ in PLACE_PREPS:  # "in Riverdale", "to the UAE"
        return True
    if start > 1 and doc[start - 1].lower_ == "of":  # where a person is from: "Jodi Mahler of Bellmore"
        person = doc[start - 3] if doc[start - 2].text == "," and start > 2 else doc[start - 2]
        if person.ent_type_ == "PERSON":
            return True
    # the second of a coordination after such a preposition ("stops in Hilversum and Almelo")
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not token and first.i > 0 and first.dep_ == "pobj" and doc[first.i - 1].lower_ in PLACE_PREPS:
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
    after_prep = _after_place_prep(doc, start)
    # an all-capital word is an acronym of something else unless a dateline, a long name of a country,
    # division or region, or a short one after a locative preposition ("in the UAE", "within the EU")
    if upper and not _is_dateline(span) and not (strong and (len(span.text) > 3 or after_prep)):
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
    following = doc[end] if end < len(doc) else None
    # "the Holy See Mikayel Minasyan": a country after a locative preposition may precede a person's name
    return following is None or following.ent_type_ != "PERSON" or (strong and after_prep)


@dataclass(frozen=True, slots=True)
class _TokenFlags:
    """(lower-case form, is punctuation, tag, is lower-case) of every token of a doc, and the ids ``_trimmed``
    needs."""

    rows: list[list[int]]
    the: int
    possessive: int


def _trimmed(ent: Span, tokens: _TokenFlags) -> Span | None:
    """The entity without leading lower-case words ("the", "north west London") or punctuation and
    without trailing punctuation, a possessive 's or lower-case words other than a place-type or street
    noun ("New York's" tagged as a noun, "the Pacific equatorial region", "Grand and State")."""
    start, end = ent.start, ent.end
    rows = tokens.rows
    while start < end and (rows[start][0] == tokens.the or rows[start][1] or rows[start][3]):
        start += 1
    while end > start and (
        rows[end - 1][1]
        or rows[end - 1][2] == tokens.possessive
        or (rows[end - 1][3] and ent.doc[end - 1].lower_ not in KEPT_LAST_WORDS)
    ):
        end -= 1
    return ent.doc[start:end] if end > start else None


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
    doc: Doc, gazetteer: Gazetteer, given: frozenset[str], text: str, ents: Sequence[Span]
) -> list[tuple[Toponym, Span]]:
    """The toponyms of the doc in text order, each with the tokens it spans."""
    adjectives = _adjectives()
    datelines = _datelines(doc, text)
    in_dateline = {i for start, end in datelines for i in range(start, end)}
    mentions = _mentions(doc, gazetteer, adjectives, text, ents, datelines)
    context = _Context(given, Counter(), Counter())
    for mention in mentions:
        countries = {entry.country for entry in mention.candidates}
        if len(countries) == 1:
            context.countries.update(countries)
        divisions = {(entry.country, entry.admin1) for entry in mention.candidates if entry.admin1}
        if len(divisions) == 1 and len(countries) == 1:
            context.divisions.update(divisions)
    bests = [_best(mention.candidates, context, mention.text) for mention in mentions]
    # the divisions the article names ("Parkland, Fla."), once resolved, favour their own towns
    named = Counter((best.country, best.admin1) for best in bests if best and best.feature_code == "ADM1")
    if any(key not in context.divisions for key in named):
        context.divisions.update(named)
        bests = [_best(mention.candidates, context, mention.text) for mention in mentions]
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
        institution = mention.span[-1].lower_ in LEGISLATURES or (
            len(mention.span) > 1
            and (mention.span[-1].lower_ in INSTITUTION_HEADS or _college(mention.span, best))
        )
        literal = (
            not institution
            and not _party_tag(mention.span)
            and (
                _is_dateline(mention.span)
                or mention.span.start in in_dateline
                or (area and mention.label != "NORP")
                or is_literal(mention.span, mention.label)
            )
        )
        toponym = Toponym(span, literal, place, mention.label, _specificity(best))
        resolved.append((toponym, mention.span))
    return resolved


# Prepositions before "<US state> State" that make it the state ("moved to Washington State").
STATE_PREPS = frozenset({"in", "to", "from", "into", "across", "throughout", "of"})


def _college(span: Span, best: GazetteerEntry | None) -> bool:
    """Whether "<US state> State" names a university or its team ("Mississippi State won"), not the state."""
    doc = span.doc
    return (
        span[-1].text == "State"
        and best is not None
        and best.country == "USA"
        and best.feature_code == "ADM1"
        and not (span.start > 0 and doc[span.start - 1].lower_ in STATE_PREPS)
    )


# Initials of US parties in a legislator's tag ("Sen. Ben Sasse, R-Neb.", "(D-Calif.)").
PARTY_INITIALS = frozenset({"R", "D", "I"})


def _party_tag(span: Span) -> bool:
    """Whether a state names a legislator's seat in a party tag ("R-Neb."): the seat, not a location."""
    doc = span.doc
    start = span.start
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in PARTY_INITIALS


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
