"""Whether a text asserts an act: acts only sought, hoped for or refused are no acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dragoman.nlp.assertion import Assertion, read_assertion
from dragoman.nlp.lexicon import Pattern, load_lexicon, load_modality

if TYPE_CHECKING:
    from spacy.language import Language

    from dragoman import Dragoman


@pytest.fixture(scope="module")
def nlp() -> Language:
    from dragoman.nlp import load_nlp

    return load_nlp()


def _pattern(pattern_id: str) -> Pattern:
    (pattern,) = [p for p in load_lexicon().patterns if p.id == pattern_id]
    return pattern


def _assertion(nlp: Language, text: str, trigger: str, pattern_id: str) -> Assertion:
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == trigger]
    assertion, _ = read_assertion(token, _pattern(pattern_id), False, load_modality())
    return assertion


@pytest.mark.parametrize(
    ("text", "trigger", "pattern_id", "expected"),
    [
        ("Finland joined NATO on Tuesday.", "joined", "join.igo.v", Assertion.ASSERTED),
        # the infinitive of a noun of intent, attempt or invitation is not performed
        ("Turkey blocked Sweden's bid to join NATO.", "join", "join.igo.v", Assertion.NOT),
        ("Ukraine renewed its application to join the European Union.", "join", "join.igo.v", Assertion.NOT),
        ("Georgia abandoned its effort to join the EU.", "join", "join.igo.v", Assertion.NOT),
        ("Argentina accepted an invitation to join BRICS.", "join", "join.igo.v", Assertion.NOT),
        ("Israel's refusal to release the prisoners angered Hamas.", "release", "release.v", Assertion.NOT),
        # ... but an order signed carries its act out
        (
            "The US president signed an order to withdraw the United States from the WHO.",
            "withdraw",
            "withdraw.igo.v",
            Assertion.ASSERTED,
        ),
        # hoping (which the small model lemmatises as "hop") is no joining; applying is the applicant's act
        # of intent, which the coder codes by its chain (030), as it does "agreed to join"
        ("Finland applied to join NATO in May.", "join", "join.igo.v", Assertion.ASSERTED),
        ("Argentina agreed to join BRICS.", "join", "join.igo.v", Assertion.ASSERTED),
        ("Sweden hopes to join NATO this year.", "join", "join.igo.v", Assertion.NOT),
        # an infinitive with its own subject, parsed as a clause, still depends on its governor
        ("Russia refused to allow UN inspectors to visit the plant.", "visit", "visit.v", Assertion.NOT),
        ("Israel did not allow foreign journalists to enter Gaza.", "enter", "visit.v", Assertion.NOT),
        ("Turkey allowed Swedish officials to visit Ankara.", "visit", "visit.v", Assertion.ASSERTED),
        # a nominal act that is withdrawn or revoked is not asserted
        ("Ghana withdrew its recognition of Kosovo.", "recognition", "recognition.n", Assertion.NOT),
        ("Serbia revoked its recognition of Kosovo.", "recognition", "recognition.n", Assertion.NOT),
        ("Chile announced its recognition of Palestine.", "recognition", "recognition.n", Assertion.ASSERTED),
    ],
)
def test_sought_refused_and_withdrawn_acts_are_not_asserted(
    nlp: Language, text: str, trigger: str, pattern_id: str, expected: Assertion
) -> None:
    assert _assertion(nlp, text, trigger, pattern_id) is expected


def test_a_withdrawn_recognition_is_a_cut_in_relations_only(dm: Dragoman) -> None:
    events = dm.code("Ghana withdrew its recognition of Kosovo in 2019.", "2019-11-05")
    assert {(e.source.code, e.code, e.target.code if e.target else None) for e in events} == {
        ("GHA", "161", "XKX")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Turkey blocked Sweden's bid to join NATO.",
        "Finland applied to join NATO in May.",
        "Sweden hoped to join NATO.",
        "Argentina accepted an invitation to join BRICS.",
    ],
)
def test_a_join_only_sought_codes_no_accession(dm: Dragoman, text: str) -> None:
    assert all(e.code != "057" for e in dm.code(text, "2024-03-05"))
