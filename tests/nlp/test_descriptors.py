"""The descriptor table (nouns that point back to an actor): format checks and agreement with the KB."""

from __future__ import annotations

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb import load_kb
from dragoman.model import ActorKind
from dragoman.nlp.descriptors import DESCRIPTOR_COLUMNS, load_descriptors, parse_descriptors

HEADER = "\t".join(DESCRIPTOR_COLUMNS)


def test_package_table_loads_with_entity_and_act_nouns() -> None:
    table = load_descriptors()
    assert table["alliance"].refers == {ActorKind.IGO, ActorKind.GROUP}
    assert table["kingdom"].name_word == "Kingdom"
    assert table["move"].act == "act" and not table["move"].refers
    assert table["allegations"].act == "speech"
    # "the North", "the South" name one Korea each; "the order" stands for who issued it
    assert (table["north"].ids, table["south"].ids) == ({"PRK"}, {"KOR"})
    assert table["order"].act == "act"
    # plurals of acts stand for their author too: "called the warrants outrageous"
    assert all(table[noun].act == "act" for noun in ("warrants", "rulings", "curbs", "restrictions"))


def test_every_id_names_a_state_or_body_of_the_package_kb() -> None:
    kb = load_kb()
    for desc in load_descriptors().values():
        for entity_id in desc.ids:
            assert entity_id in kb.states or entity_id in kb.igos, (desc.noun, entity_id)


def test_name_words_occur_in_some_official_name() -> None:
    names = [s.official_name.split() for s in load_kb().states.values()]
    for desc in load_descriptors().values():
        if desc.name_word:
            assert any(desc.name_word in words for words in names), desc.noun


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("noun\trefers\n", "header must be"),
        (f"{HEADER}\ncountry\tstate\t\t\n", "expected 5 columns"),
        (f"{HEADER}\nCountry\tstate\t\t\t\n", "not lower case"),
        (f"{HEADER}\ncountry\tstate\t\t\t\ncountry\tstate\t\t\t\n", "listed twice"),
        (f"{HEADER}\ncountry\tplanet\t\t\t\n", "refers must be"),
        (f"{HEADER}\nmove\tact|state\t\t\t\n", "refers must be"),
        ("# only a comment\n", "no header row"),
    ],
)
def test_faults_are_coded_errors_naming_the_line(rows: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message) as err:
        parse_descriptors(rows, "mine.tsv")
    assert err.value.code == "E202"
    assert "mine.tsv" in str(err.value)


def test_comments_and_blank_lines_are_skipped() -> None:
    table = parse_descriptors(f"# note\n\n{HEADER}\n# more\nnation\tstate\t\t\tnote\n", "mine.tsv")
    assert list(table) == ["nation"]
