"""Places: resolution of the mentions found, and toponyms made when first read."""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
from spacy.tokens import Doc

from dragoman.nlp.gazetteer import FeatureClass, GazetteerEntry
from dragoman.nlp.places_names import _Mention
from dragoman.nlp.places_resolve import _bests, _Context


def _town(gid: int, name: str, country: str, admin1: str, population: int) -> GazetteerEntry:
    return GazetteerEntry(gid, name, 0.0, 0.0, country, admin1, FeatureClass.PLACE, "PPL", population)


def _division(gid: int, name: str, country: str, admin1: str) -> GazetteerEntry:
    return GazetteerEntry(gid, name, 0.0, 0.0, country, admin1, FeatureClass.ADMIN, "ADM1", 0)


SPRINGFIELD_IL = _town(1, "Springfield", "USA", "IL", 110_000)
SPRINGFIELD_MO = _town(2, "Springfield", "USA", "MO", 160_000)
SPRINGFIELD_MA = _town(3, "Springfield", "USA", "MA", 150_000)
PARIS_FR = _town(4, "Paris", "FRA", "11", 2_100_000)
PARIS_TX = _town(5, "Paris", "USA", "TX", 25_000)
ILLINOIS = _division(6, "Illinois", "USA", "IL")
LONDON = _town(7, "London", "GBR", "ENG", 8_900_000)


def _mentions(*named: tuple[str, tuple[GazetteerEntry, ...]]) -> list[_Mention]:
    doc = Doc(spacy.blank("en").vocab, words=[name for name, _ in named])
    return [_Mention(doc[i : i + 1], "GPE", candidates, name) for i, (name, candidates) in enumerate(named)]


@pytest.mark.parametrize(
    "added",
    [{("USA", "IL")}, {("USA", "TX")}, {("USA", "IL"), ("USA", "MO")}, {("GBR", "SCT")}],
)
def test_rescoring_only_the_mentions_in_divisions_newly_named_changes_nothing(
    added: set[tuple[str, str]],
) -> None:
    mentions = _mentions(
        ("Springfield", (SPRINGFIELD_IL, SPRINGFIELD_MO, SPRINGFIELD_MA)),
        ("Paris", (PARIS_FR, PARIS_TX)),
        ("Illinois", (ILLINOIS,)),
        ("London", (LONDON,)),
        ("Atlantis", ()),
        ("Springfield", (SPRINGFIELD_IL, SPRINGFIELD_MO, SPRINGFIELD_MA)),
    )
    context = _Context(frozenset({"USA"}), Counter({"USA": 2}), Counter())
    before = _bests(mentions, context)
    context.divisions.update(added)
    assert _bests(mentions, context, before, added) == _bests(mentions, context)


def test_a_town_in_a_division_newly_named_is_scored_again() -> None:
    mentions = _mentions(("Springfield", (SPRINGFIELD_IL, SPRINGFIELD_MO, SPRINGFIELD_MA)))
    context = _Context(frozenset(), Counter(), Counter())
    assert _bests(mentions, context) == [SPRINGFIELD_MO]  # the biggest
    context.divisions[("USA", "IL")] += 1
    assert _bests(mentions, context, [SPRINGFIELD_MO], {("USA", "IL")}) == [SPRINGFIELD_IL]


@pytest.mark.slow
def test_toponyms_are_made_once_when_first_read() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import PlaceIndex

    doc = load_nlp()("Moscow said troops had shelled Kharkiv, and talks would open in Doha.")
    index = PlaceIndex(doc)
    kharkiv = next(token for token in doc if token.text == "Kharkiv")
    first = index.at(kharkiv)
    assert first is not None and first.literal and first.place.country == "UKR"
    assert index.at(kharkiv) is first
    assert [toponym.span.text for toponym in index.toponyms] == ["Moscow", "Kharkiv", "Doha"]
    assert index.toponyms[1] is first
    assert index.toponyms == PlaceIndex(doc).toponyms  # (read in another order: the same toponyms)
    assert index.at(doc[1]) is None
