"""Coverage and consistency of the bundled pattern lexicon (no spaCy model needed)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from dragoman.model.cameo import load_cameo
from dragoman.nlp.lexicon import Pattern, load_lexicon

MIN_DISTINCT_CODES = 250


def constraints(pattern: Pattern) -> tuple[object, ...]:
    """What decides whether a pattern fires on a trigger; two patterns must never share all of it."""
    prep = (pattern.prep.preps, pattern.prep.objects) if pattern.prep is not None else None
    return (pattern.pos, pattern.lemmas, pattern.particle, pattern.objects, prep)


@pytest.mark.parametrize("root", load_cameo().roots())
def test_every_cameo_root_has_patterns(root: str) -> None:
    assert any(p.code.startswith(root) for p in load_lexicon().patterns), f"no pattern yields root {root}"


def test_the_lexicon_reaches_most_cameo_codes() -> None:
    codes = {p.code for p in load_lexicon().patterns}
    assert len(codes) >= MIN_DISTINCT_CODES, sorted(set(load_cameo().codes()) - codes)


def test_every_pattern_code_is_a_cameo_code() -> None:
    cameo = load_cameo()
    unknown = [(p.id, p.code) for p in load_lexicon().patterns if p.code not in cameo]
    assert unknown == []


def test_no_two_patterns_share_all_their_constraints() -> None:
    by_constraints: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for pattern in load_lexicon().patterns:
        by_constraints[constraints(pattern)].append(pattern.id)
    clashes = [ids for ids in by_constraints.values() if len(ids) > 1]
    assert clashes == []


def test_every_pattern_has_a_sentence_as_example() -> None:
    bad = [p.id for p in load_lexicon().patterns if not (p.example[:1].isupper() and p.example.endswith("."))]
    assert bad == []


@pytest.mark.parametrize(
    ("pos", "lemma", "code"),
    [
        # generic light verbs only fire with the object that makes them an event
        ("V", "hold", "046"),  # hold talks
        ("V", "impose", "163"),  # impose sanctions
        ("V", "issue", "130"),  # issue a warning
        ("V", "launch", "190"),  # launch an offensive
        ("V", "give", "139"),  # give an ultimatum
    ],
)
def test_light_verbs_are_constrained_by_their_object(pos: str, lemma: str, code: str) -> None:
    patterns = [p for p in load_lexicon().candidates(pos, lemma) if p.code == code]
    assert patterns, f"no {code} pattern for {lemma}"
    assert all(p.objects and p.objects != frozenset({"*"}) for p in patterns)
