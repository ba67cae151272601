"""Judgements read off the parse: who is judged, by whom, with which code."""

from __future__ import annotations

import pytest

from dragoman.errors import LexiconError
from dragoman.nlp.judgements import find_judgements, find_obligations, load_judgements, parse_judgements
from dragoman.nlp.lexicon import load_modality
from dragoman.nlp.pipeline import load_nlp


def test_bundled_lexicon_loads_with_prepositions() -> None:
    words = load_judgements()
    assert words["illegal"].code == "111" and words["illegal"].prep == ""
    assert words["responsible"].code == "112" and words["responsible"].prep == "for"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["war crime", "111", ""], "single word"),
        (["illegal", "11", ""], "CAMEO code"),
        (["illegal", "111"], "columns"),
    ],
)
def test_bad_rows_are_named(row: list[str], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_judgements([(3, row)], "judgements.tsv")


def test_a_word_listed_twice_is_an_error() -> None:
    with pytest.raises(LexiconError, match="duplicate"):
        parse_judgements([(3, ["illegal", "111", ""]), (4, ["Illegal", "112", ""])], "judgements.tsv")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar said the blockade was unjustified.", [("unjustified", "said", "blockade")]),
        ("Peru called the vote illegal.", [("illegal", "called", "vote")]),
        ("Iran described the strike as a crime.", [("crime", "described", "strike")]),
        ("Britain said Russia was responsible for the attack.", [("responsible", "said", "Russia")]),
        ("Britain said Russia was responsible.", []),  # 'responsible' judges only 'for' something
        ("Ghana said the vote was not illegal.", []),
        ("The blockade was unjustified.", []),  # nobody says so
        ("Netanyahu said Iran had made a big mistake.", [("mistake", "said", "Iran")]),
        ("Iran made a big mistake.", []),
    ],
)
def test_the_construction(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = load_nlp()(text)
    found = [
        (j.word.text, j.speaker.text, j.judged.text)
        for j in find_judgements(doc, load_judgements(), load_modality().reporting)
    ]
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said that Sudan must return the helicopter.", [("return", "said", "10")]),
        ("Egypt said Israel should withdraw.", [("withdraw", "said", "02")]),
        ("Russia said that Sudan must not return the helicopter.", []),
        ("Sudan must return the helicopter.", []),  # nobody lays the obligation
    ],
)
def test_obligations(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = load_nlp()(text)
    found = [(o.verb.text, o.speaker.text, o.root) for o in find_obligations(doc, load_modality().reporting)]
    assert found == expected
