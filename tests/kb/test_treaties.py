"""The treaty table: named agreements and their sides."""

from __future__ import annotations

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb import load_kb
from dragoman.kb.treaties import find_treaty, load_treaties, parse_treaties

HEADER = "names\tsides\tnote"


def test_every_side_is_a_state_or_body_of_the_package_kb() -> None:
    kb = load_kb()
    for name, treaty in load_treaties().items():
        for side in treaty.sides:
            assert side <= kb.states.keys() | kb.igos.keys(), (name, sorted(side))


@pytest.mark.parametrize(
    ("text", "name", "acting", "other"),
    [
        ("Russia pulled out of the Black Sea grain deal on Monday", "black sea grain deal", "RUS", {"UKR"}),
        (
            "withdrew from the Intermediate-Range Nuclear Forces Treaty",
            "intermediate-range nuclear forces treaty",
            "USA",
            {"RUS"},
        ),
        ("suspended the Indus Waters Treaty", "indus waters treaty", "IND", {"PAK"}),
        ("out of the 2015 nuclear deal with Iran", "iran nuclear deal", "USA", {"IRN"}),
        ("its participation in New START", "new start", "RUS", {"USA"}),
        ("the AUKUS pact", "aukus", "AUS", {"GBR", "USA"}),
    ],
)
def test_a_named_agreement_is_found_with_its_other_side(
    text: str, name: str, acting: str, other: set[str]
) -> None:
    found = find_treaty(text)
    assert found is not None
    treaty, start, end = found
    assert treaty.name == name
    assert text[start:end].lower() in load_treaties()
    assert treaty.others({acting}) == other


def test_a_party_on_no_side_or_on_two_sides_has_no_other_side() -> None:
    treaty = load_treaties()["iran nuclear deal"]
    assert treaty.others({"JPN"}) == frozenset()
    assert treaty.others({"IRN", "USA"}) == frozenset()
    assert treaty.others({"GBR", "FRA"}) == {"IRN"}


def test_words_inside_other_words_are_no_name() -> None:
    assert find_treaty("the inflation treaty talks") is None
    assert find_treaty("a new startup deal") is None
    assert find_treaty("no agreement was named") is None


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Grain Deal\tRUS;UKR\t", "lower-case"),
        ("grain deal\tRUS\t", "two or more groups"),
        ("grain deal\tRUS;ukr\t", "two or more groups"),
        ("grain deal\tRUS;RUS|UKR\t", "two sides"),
        ("grain deal|grain deal\tRUS;UKR\t", "listed twice"),
        ("grain deal\tRUS;UKR", "expected 3 columns"),
    ],
)
def test_a_bad_row_is_refused_with_its_line(row: str, reason: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=reason) as caught:
        parse_treaties(f"{HEADER}\n{row}\n", "t.tsv")
    assert "t.tsv line 2" in str(caught.value)
