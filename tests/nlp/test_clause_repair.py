"""The pipeline's mend of a clause said after a phrase of time (``clause_repair``)."""

from __future__ import annotations

import pytest

from dragoman.nlp import load_nlp


@pytest.mark.parametrize(
    ("text", "speech", "clause"),
    [
        ("Trump wrote the same day that Iran had made a very big mistake.", "wrote", "made"),
        ("She said the same day that she did not share his drastic view.", "said", "share"),
    ],
)
def test_a_clause_said_after_a_phrase_of_time_is_the_verb_of_sayings(
    text: str, speech: str, clause: str
) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["dragoman_clause_repair"]):
        plain = {t.text: t for t in nlp(text)}
    assert plain[clause].dep_ == "relcl"  # (the small model's reading this mends)
    words = {t.text: t for t in nlp(text)}
    assert words[clause].dep_ == "ccomp" and words[clause].head.i == words[speech].i
    assert words["that"].dep_ == "mark"


@pytest.mark.parametrize(
    "text",
    [
        "He recalled the day that he died.",  # the noun of time is an object: a true relative clause
        "Moscow said on Tuesday that it would respond.",  # parsed right
    ],
)
def test_other_clauses_are_left_alone(text: str) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["dragoman_clause_repair"]):
        plain = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == plain


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        (
            "Kenyan police officers of a security mission landed in Port-au-Prince on Tuesday.",
            "officers",
            "landed",
        ),
    ],
)
def test_a_sentence_headed_by_its_subject_gets_its_verb_back(text: str, subject: str, verb: str) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["dragoman_clause_repair"]):
        plain = {t.text: t for t in nlp(text)}
    assert plain[subject].dep_ == "ROOT" and plain[verb].dep_ == "acl"  # (the small model's reading)
    words = {t.text: t for t in nlp(text)}
    assert words[verb].dep_ == "ROOT"
    assert words[subject].dep_ == "nsubj" and words[subject].head.i == words[verb].i
    assert words["."].head.i == words[verb].i


def test_a_participle_on_a_noun_is_left_alone() -> None:
    # (a past participle describing a noun is no finite verb: "the sanctions imposed on Iran")
    text = "The sanctions of the European Union imposed on Iran in 2012."
    nlp = load_nlp()
    with nlp.select_pipes(disable=["dragoman_clause_repair"]):
        plain = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == plain
