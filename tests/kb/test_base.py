"""The knowledge base's surface forms: spellings derived from the table rows."""

from __future__ import annotations

import pytest

from dragoman.kb import load_kb
from dragoman.kb.base import article_spellings


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Omar al-Bashir", "Omar El Bashir"),
        ("Omar al-Bashir", "Omar el-Bashir"),
        ("Omar al-Bashir", "Omar Al Bashir"),
        ("Tamim bin Hamad Al Thani", "Tamim bin Hamad al-Thani"),
    ],
)
def test_a_name_with_the_arabic_article_has_its_other_spellings(name: str, spelling: str) -> None:
    spellings = article_spellings(name)
    assert spellings[0] == name
    assert spelling in spellings
    assert len(spellings) == len(set(spellings))


@pytest.mark.parametrize("name", ["Ali Khamenei", "Hezbollah", "Alexander Stubb", "Elbasan"])
def test_a_name_without_the_article_is_left_alone(name: str) -> None:
    assert article_spellings(name) == (name,)


def test_derived_spellings_resolve_to_the_same_person() -> None:
    kb = load_kb()
    found = {form.entity_id for form in kb.lookup("Omar El Bashir")}
    assert found == {"omar-al-bashir"}
