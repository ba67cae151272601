"""Places: toponyms resolved to the gazetteer, each flagged literal or metonymic.

Candidates are ranked by feature (country, continent, region, division, city), population, the countries
given by the caller, the countries and first-level divisions the article names, and capital status; a town
found only by another of its names yields to a country, division or region of the very name. A name the
gazetteer does not know gets the point of the nearest town named. Continents, regions and seas, and
datelines ("BEIRUT, Syria --") are literal; other toponyms as :func:`is_literal` reads them.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TypeGuard

from spacy.tokens import Span

from dragoman.kb import load_kb
from dragoman.model import CharSpan, Place
from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry, name_key
from dragoman.nlp.places_metonymy import INSTITUTION_HEADS, LEGISLATURES, _college, _party_tag, is_literal
from dragoman.nlp.places_names import _is_dateline, _Mention, _own_name
from dragoman.nlp.places_recognise import _datelines, _mentions
from dragoman.nlp.places_tokens import _Tokens


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


def _resolve(
    toks: _Tokens, gazetteer: Gazetteer, given: frozenset[str], text: str, ents: Sequence[Span]
) -> _Resolution:
    """The toponyms of the doc in text order, found and resolved (each made a :class:`Toponym` when first
    asked for)."""
    adjectives = _adjectives()
    datelines = _datelines(toks, text)
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
    added = {key for key in named if key not in context.divisions}
    if added:
        context.divisions.update(named)
        bests = _bests(mentions, context, bests, added)
    _within_qualifiers(toks, mentions, bests)
    return _Resolution(toks, mentions, bests, datelines)


# nouns for a country's chief town, after its name: "the Solomon Islands capital's Chinatown"
_SEATS = frozenset({"capital"})


def _within_qualifiers(toks: _Tokens, mentions: list[_Mention], bests: list[GazetteerEntry | None]) -> None:
    """'Honiara's Chinatown', 'Chinatown in Honiara': a town named as lying in a place of another country than
    all its candidates' is a part of that place the gazetteer does not know (not San Francisco's Chinatown):
    it gets the qualifying place."""
    starts = {m.span.start: n for n, m in enumerate(mentions)}
    ends = {m.span.end: n for n, m in enumerate(mentions)}
    lower = toks.lower
    for n, (mention, best) in enumerate(zip(mentions, bests, strict=True)):
        if best is None or best.feature_class != FeatureClass.PLACE:
            continue
        start, end = mention.span.start, mention.span.end
        qualifier = None
        if start > 0 and lower[start - 1] in ("'s", "’s") and start - 1 in ends:
            qualifier = ends[start - 1]  # "Honiara's Chinatown"
        elif (
            start > 1
            and lower[start - 1] in ("'s", "’s")
            and lower[start - 2] in _SEATS
            and start - 2 in ends
        ):
            qualifier = ends[start - 2]  # "the Solomon Islands capital's Chinatown"
        elif end + 1 < toks.size and lower[end] == "in" and end + 1 in starts:
            qualifier = starts[end + 1]  # "Chinatown in Honiara"
        where = bests[qualifier] if qualifier is not None else None
        if (
            where is not None
            and where.country
            and where.country != best.country
            and all(entry.country != where.country for entry in mention.candidates)
        ):
            bests[n] = where


class _Resolution:
    """The resolved mentions of a doc, each made a :class:`Toponym` (its place and whether it is used
    literally worked out) when first asked for: an event's place reads only a few of them."""

    __slots__ = ("_datelines", "_made", "_toks", "_towns", "bests", "mentions")

    def __init__(
        self,
        toks: _Tokens,
        mentions: list[_Mention],
        bests: list[GazetteerEntry | None],
        datelines: list[tuple[int, int]],
    ) -> None:
        self._toks = toks
        self.mentions = mentions
        self.bests = bests
        self._datelines = datelines
        self._made: list[Toponym | None] = [None] * len(mentions)
        self._towns: list[tuple[int, GazetteerEntry]] | None = None

    def __len__(self) -> int:
        return len(self.mentions)

    def toponym(self, number: int) -> Toponym:
        """The toponym of mention ``number``."""
        made = self._made[number]
        if made is None:
            made = self._made[number] = self._toponym(number)
        return made

    def _toponym(self, number: int) -> Toponym:
        toks = self._toks
        mention, best = self.mentions[number], self.bests[number]
        start, end = mention.span.start, mention.span.end
        span = CharSpan(toks.idx[start], toks.idx[end - 1] + len(toks.text[end - 1]), mention.text)
        place = _place(mention.text, best, span)
        if best is None and (towns := self._named_towns()):
            # a street or village unknown to the gazetteer: near the nearest town named
            _, town = min(towns, key=lambda known: abs(known[0] - span.start))
            place = Place(name=mention.text, latitude=town.latitude, longitude=town.longitude, span=span)
        # a continent, region or sea seldom stands for an actor ("Europe's economy", "Asia accounts for")
        area = best is not None and best.feature_class in (FeatureClass.AREA, FeatureClass.WATER)
        lower = toks.lower
        institution = lower[end - 1] in LEGISLATURES or (
            end - start > 1 and (lower[end - 1] in INSTITUTION_HEADS or _college(toks, start, end, best))
        )
        literal = (
            not institution
            and not _party_tag(toks, start)
            and (
                _is_dateline(toks, start, end)
                or any(first <= start < last for first, last in self._datelines)
                or (area and mention.label != "NORP")
                or is_literal(mention.span, mention.label)
            )
        )
        return Toponym(span, literal, place, mention.label, _specificity(best))

    def _named_towns(self) -> list[tuple[int, GazetteerEntry]]:
        """The towns the article names, each with where it starts in the text."""
        if self._towns is None:
            self._towns = [
                (mention.span.start_char, best)
                for mention, best in zip(self.mentions, self.bests, strict=True)
                if _is_town(best)
            ]
        return self._towns


def _bests(
    mentions: list[_Mention],
    context: _Context,
    before: list[GazetteerEntry | None] | None = None,
    added: Collection[tuple[str, str]] = (),
) -> list[GazetteerEntry | None]:
    """The best candidate (:func:`_best`) of each mention; a name met again with the same candidates is
    not scored again. With ``before`` (the bests before the divisions ``added`` were named), a mention no
    candidate of which lies in those divisions keeps its best: no score of its candidates changed."""
    done: dict[tuple[int, str], GazetteerEntry | None] = {}
    out: list[GazetteerEntry | None] = []
    for number, mention in enumerate(mentions):
        if before is not None and not any(
            entry.admin1 and (entry.country, entry.admin1) in added for entry in mention.candidates
        ):
            out.append(before[number])
            continue
        key = (id(mention.candidates), mention.text)
        if key not in done:
            done[key] = _best(mention.candidates, context, mention.text)
        out.append(done[key])
    return out


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

    # (one candidate needs no score)
    best = candidates[0] if len(candidates) == 1 else max(candidates, key=score, default=None)
    if best is None or best.feature_class != FeatureClass.PLACE or context.countries.get(best.country):
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
    # (``get``: a Counter's missing key goes through a Python method)
    named = context.countries.get(entry.country, 0)
    if entry.country and (named or entry.country in context.given):
        score += 1.5 + min(named, 3) * 0.5
    if entry.admin1 and context.divisions.get((entry.country, entry.admin1)):
        score += 2.0
    return score


ALIAS_PENALTY = 1.5  # what a town found by another of its names loses against a place of the very name
_METROPOLIS = 1_000_000  # a city this large keeps its other names ("New York" for New York City)


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
