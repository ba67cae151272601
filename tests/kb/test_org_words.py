"""The organisation-word table (org_words.v1.tsv) and its loader."""

from __future__ import annotations

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.org_words import ORG_WORD_COLUMNS, load_org_words, parse_org_words

HEADER = "\t".join(ORG_WORD_COLUMNS)


def test_the_package_table_gives_parties_a_sector_and_committees_none() -> None:
    words = load_org_words()
    assert words["party"].sector == "OPP"
    assert words["movement"].sector == "OPP"
    assert words["committee"].sector == ""


def test_every_word_is_one_lower_case_word() -> None:
    for word in load_org_words():
        assert word == word.lower() and " " not in word


@pytest.mark.parametrize(
    ("rows", "fault"),
    [
        ("party\tOPP\t\nparty\tGOV\t", "listed twice"),
        ("Party\tOPP\t", "not one lower-case word"),
        ("ruling party\tGOV\t", "not one lower-case word"),
        ("party\topp\t", "not a CAMEO sector code"),
        ("party\tOPP", "expected 3 columns"),
    ],
)
def test_faulty_rows_are_named_with_their_line(rows: str, fault: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=fault) as err:
        parse_org_words(f"# comment\n{HEADER}\n{rows}\n", "words.tsv")
    assert "words.tsv line" in str(err.value)


def test_a_table_without_its_header_is_refused() -> None:
    with pytest.raises(KnowledgeBaseError, match="header"):
        parse_org_words("party\tOPP\t\n", "words.tsv")
