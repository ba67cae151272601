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
    # (or by a preposition that makes them one: "gave Russia until Tuesday to explain")
    assert all((p.objects and p.objects != frozenset({"*"})) or p.prep is not None for p in patterns)


def _pattern(pattern_id: str) -> Pattern:
    (pattern,) = [p for p in load_lexicon().patterns if p.id == pattern_id]
    return pattern


@pytest.mark.parametrize("pattern_id", ["summon.v", "recall.v", "ambassador.withdraw.v", "expel.v"])
def test_envoy_words_include_charges_d_affaires_and_high_commissioners(pattern_id: str) -> None:
    # "summoned Iran's chargé d'affaires" (the head is "d'affaires"), "recalled its high commissioner"
    objects = _pattern(pattern_id).objects
    assert {"d'affaires", "d’affaires"} <= objects and "commissioner" in objects


def test_leaving_an_organisation_reduces_relations_and_is_no_retreat() -> None:
    # "withdraw the United States from the WHO" is 160, "withdrew its troops from Syria" stays 0874
    withdraw = load_lexicon().candidates("V", "withdraw")
    leaving = [p for p in withdraw if p.prep is not None and "who" in p.prep.objects]
    assert leaving and all(p.code == "160" for p in leaving)
    retreat = _pattern("withdraw.v")
    assert retreat.code == "0874"
    assert all(p.specificity > retreat.specificity for p in leaving if p.objects)


@pytest.mark.parametrize(
    "pattern_id", ["appeal.aid.for.v", "appeal.milaid.for.v", "appeal.econaid.for.v", "appeal.intel.for.v"]
)
def test_who_is_asked_for_help_is_the_target(pattern_id: str) -> None:
    # "Armenia asked Russia for help": the one asked is the object of "ask"
    assert "obj" in _pattern(pattern_id).target


def test_appointing_someone_as_envoy_outranks_appointing_an_envoy() -> None:
    # "appointed a veteran diplomat as its ambassador to Brazil": the "as" phrase names the post and its host
    assert _pattern("ambassador.appoint.as.v").specificity > _pattern("ambassador.appoint.v").specificity
    assert "prep:as/prep:to" in _pattern("ambassador.appoint.as.v").target


def test_landing_somewhere_is_no_strike() -> None:
    # "the Chinese president landed in Moscow" is a visit; the lexicon cannot tell a traveller from a missile
    assert not [p.id for p in load_lexicon().candidates("V", "land") if p.code.startswith("19")]


def test_a_missile_fired_into_the_sea_is_a_show_of_force() -> None:
    # "fired a missile into the sea off Japan" (150) outranks "fired a missile at Japan" (195)
    fire = load_lexicon().candidates("V", "fire")
    sea = [p for p in fire if p.prep is not None and "sea" in p.prep.objects]
    attack = [p for p in fire if p.code == "195" and p.objects and "missile" in p.objects]
    assert sea and attack and all(p.code == "150" for p in sea)
    assert min(p.specificity for p in sea) > max(p.specificity for p in attack)
