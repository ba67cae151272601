"""The region table: regional words of descriptions and the states they allow."""

from __future__ import annotations

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb import load_kb
from dragoman.kb.regions import land_neighbours, load_regions, parse_regions, region_states

HEADER = "region\tstates\tnote"


def test_every_code_is_a_state_of_the_package_kb() -> None:
    states = load_kb().states
    for region, codes in load_regions().items():
        assert codes <= states.keys(), (region, sorted(codes - states.keys()))


@pytest.mark.parametrize(
    ("words", "member", "outsider"),
    [
        ("Caribbean", "HTI", "KEN"),
        ("oil-rich Gulf", "QAT", "IRN"),
        ("Pacific island", "SLB", "NZL"),
        ("former Soviet", "KAZ", "RUS"),
        ("West African", "SEN", "CMR"),
        ("North American", "CAN", "GBR"),
        ("Central America", "HND", "COL"),
    ],
)
def test_a_region_names_its_states(words: str, member: str, outsider: str) -> None:
    states = region_states(words)
    assert states is not None and member in states and outsider not in states


def test_the_longest_region_wins_and_other_words_name_none() -> None:
    assert region_states("South Caucasus") == region_states("Caucasus")
    west = region_states("West African")
    assert west is not None and "NGA" in west and "KEN" not in west
    assert region_states("impoverished") is None
    assert region_states("") is None


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("Baltic\tEST\t", "not lower-case words"),
        ("baltic\tEST|lva\t", "iso3 codes"),
        ("baltic\t\t", "iso3 codes"),
        ("baltic\tEST\t\nbaltic\tLVA\t", "listed twice"),
    ],
)
def test_faults_are_coded_errors_naming_the_line(rows: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message) as err:
        parse_regions(f"# note\n{HEADER}\n{rows}\n", "mine.tsv")
    assert err.value.code == "E202" and "mine.tsv line " in str(err.value)


def test_a_region_with_a_demonym_inside_is_listed_whole() -> None:
    # "Latin American", "Central American", "North American" name regions; the resolver drops the demonym
    # inside them ("American" is not the United States there), but "South African" stays a state's adjective
    regions = load_regions()
    for words in ("latin american", "central american", "south american", "north american"):
        assert words in regions
    assert "south african" not in regions


def test_land_neighbours_are_symmetric_states_of_the_kb() -> None:
    assert {"IND", "AFG", "IRN", "CHN"} <= land_neighbours("PAK")
    assert "PAK" in land_neighbours("IND") and "BGD" in land_neighbours("IND")
    assert (
        land_neighbours("AUS") == frozenset() and land_neighbours("XXX") == frozenset()
    )  # an island, no state
    states = load_kb().states
    for code in ("RUS", "FRA", "DEU", "ETH", "KHM"):
        assert land_neighbours(code) and land_neighbours(code) <= set(states)
        assert all(code in land_neighbours(other) for other in land_neighbours(code))
