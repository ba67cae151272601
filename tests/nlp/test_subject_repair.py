"""The pipeline's mend of a name read as no subject at the start of a sentence (``subject_repair``)."""

from __future__ import annotations

import pytest

from dragoman.nlp import load_nlp


@pytest.mark.parametrize(
    ("text", "name", "verb", "obj"),
    [
        # the name read as the sentence's head noun, the verb as a participle on the object
        ("Trump imposed tariffs on Canada.", "Trump", "imposed", "tariffs"),
        ("Trump reimposed sanctions on Iran.", "Trump", "reimposed", "sanctions"),
        # the object read as the sentence's head noun, the verb as a participle on it
        ("Keir Starmer extended sanctions on Russia on Tuesday.", "Starmer", "extended", "sanctions"),
        # the name read as a noun phrase of time
        ("Starmer extended tariffs on Canada on Tuesday.", "Starmer", "extended", "tariffs"),
    ],
)
def test_a_name_opening_a_sentence_is_the_subject_of_its_verb(
    text: str, name: str, verb: str, obj: str
) -> None:
    doc = load_nlp()(text)
    words = {t.text: t for t in doc}
    assert words[verb].dep_ == "ROOT" and words[verb].pos_ == "VERB"
    assert words[name].dep_ == "nsubj" and words[name].head.i == words[verb].i
    assert words[obj].head.i == words[verb].i and words[obj].dep_ == "dobj"
    assert all(t.head.sent.start == t.sent.start for t in doc)  # (the sentence stays one tree)


@pytest.mark.parametrize(
    "text",
    [
        "President Biden imposed tariffs on Canada.",  # parsed right: left as it is
        "Monday marked the start of the talks.",  # a day's name
        "Russian-occupied territories were shelled.",  # no name directly before the verb
    ],
)
def test_a_sentence_the_parser_reads_right_is_left_alone(text: str) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["dragoman_subject_repair"]):
        plain = [(t.dep_, t.head.i, t.pos_, t.tag_) for t in nlp(text)]
    assert [(t.dep_, t.head.i, t.pos_, t.tag_) for t in nlp(text)] == plain


def test_the_mended_trump_sentence_is_coded() -> None:
    from datetime import date

    from dragoman import Dragoman

    events = Dragoman().code("Trump imposed tariffs on Canada.", published=date(2025, 3, 4))
    assert [(e.source.code, e.code, e.target.code if e.target else None) for e in events] == [
        ("USA", "163", "CAN")
    ]
