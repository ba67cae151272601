"""Judgements read off the parse: who is judged, by whom, with which code."""

from __future__ import annotations

import pytest

from dragoman import Dragoman
from dragoman.errors import LexiconError
from dragoman.nlp.judgements import (
    carriers,
    find_judgements,
    find_obligations,
    load_judgements,
    names_its_object,
    parse_judgements,
)
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


def test_a_stance_needs_its_head_and_known_flags() -> None:
    with pytest.raises(LexiconError, match="hangs from"):
        parse_judgements([(3, ["unanswered", "138", "", "", "negated"])], "judgements.tsv")
    with pytest.raises(LexiconError, match="needs the objects"):
        parse_judgements([(3, ["undermine", "111", "", "", "object"])], "judgements.tsv")
    with pytest.raises(LexiconError, match="unknown flags"):
        parse_judgements([(3, ["unanswered", "138", "", "go", "negatd"])], "judgements.tsv")
    words = parse_judgements([(3, ["unanswered", "138", "", "go|remain", "negated|patient"])], "j.tsv")
    assert words["unanswered"].via == {"go", "remain"} and words["unanswered"].flags == {"negated", "patient"}


def test_the_bundled_lexicon_has_carriers_and_stances() -> None:
    words = load_judgements()
    assert {"act", "incident"} <= carriers(words)
    assert not {"right", "peace"} & carriers(words)  # (a stance's head, a harmed object judge nothing)
    assert words["war"].via and words["historic"].code == "051" and words["unanswered"].code[:2] == "13"


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
        # a judging word through a neutral noun it qualifies; "grave" and "war" judge only so
        ("Tehran called the raid an act of war.", [("war", "called", "raid")]),
        ("Manila called the collision a serious incident.", [("serious", "called", "collision")]),
        ("Manila said the incident was serious.", []),
        ("Lima called the war a tragedy.", []),
        ("Kyiv called the shelling an illegal act.", [("illegal", "called", "shelling")]),
        # claims judged absurd, likening, what an actor called W, the author named by "by"
        ("Minsk called the Polish allegations baseless.", [("baseless", "called", "allegations")]),
        ("The minister likened the smugglers to pirates.", [("pirates", "likened", "smugglers")]),
        ("Jordan condemned what it called a massacre.", [("massacre", "called", "massacre")]),
        (
            "Rome condemned the bombing by Serbian jets as a crime.",
            [("crime", "condemned", "jets")],
        ),
        # "calling Y W" after a main clause, the adjective hung on the noun
        (
            "Mexico responded on Friday, calling the expulsion unjustified.",
            [("unjustified", "calling", "expulsion")],
        ),
        # an act said to harm what is valued
        (
            "Riyadh said the decision would sabotage the peace talks.",
            [("sabotage", "said", "decision")],
        ),
        ("Egypt said the Israeli raid undermined the truce.", [("undermined", "said", "raid")]),
        ("Egypt said the sanctions would harm the Russian economy.", []),
        ("Egypt said the raid did not undermine the truce.", []),
        # praise
        (
            "Ghana hailed the agreement as a historic victory.",
            [("victory", "hailed", "agreement")],
        ),
        ("Seoul described the talks as constructive.", [("constructive", "described", "talks")]),
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a right to respond, carried by the noun: no adversary named (the coder looks for the act answered)
        ("Ankara said it had every right to respond.", [("respond", "138", "said", "respond")]),
        ("Ankara said it had every right to respond to Damascus.", [("respond", "138", "said", "Damascus")]),
        # negated idioms: the negation belongs to them
        ("Kabul said the strikes would not go unanswered.", [("unanswered", "138", "said", "strikes")]),
        ("Kabul said the strikes would go unanswered.", []),
        (
            "Seoul warned that it would not sit idly by if Pyongyang tested a missile.",
            [("idly", "138", "warned", "Pyongyang")],
        ),
        # the subject of a patient idiom is whom it is aimed at; only a future one threatens
        ("Tehran said Israel would receive its just punishment.", [("punishment", "138", "said", "Israel")]),
        ("Tehran said Israel had received its just punishment.", []),
        # a pronoun of a patient idiom is whom the speaker has just named, not the speaker
        (
            "Tehran blamed Israel and said it would receive its just punishment.",
            [("punishment", "138", "said", "Israel")],
        ),
        (
            "London warned of serious consequences if the crew was harmed.",
            [("consequences", "130", "warned", "crew")],
        ),
        ("Hanoi vowed to punish Beijing.", [("punish", "138", "vowed", "Beijing")]),
        ("The militia said it would fight to the end.", [("end", "1246", "said", "end")]),
        (
            "Kyiv said the city had not fallen and its defenders would fight to the end.",
            [("end", "1246", "said", "end")],
        ),
        ("The militia said it would fight to end the occupation.", []),
        (
            "Moscow said it would be forced to take countermeasures.",
            [("countermeasures", "131", "said", "countermeasures")],
        ),
        # a threat aimed at the subject of its condition; a refusal a speaker states; a pledge not to do it
        (
            "Paris warned that it would not stand idly by if Rome seized the ship.",
            [("idly", "138", "warned", "Rome")],
        ),
        ("Chile will not join the alliance, its president said.", [("join", "120", "said", "alliance")]),
        ("Chile will join the alliance, its president said.", []),
        (
            "The rebels pledged not to attack Malian troops or the United Nations.",
            [("pledged", "030", "pledged", "troops")],
        ),
        ("The rebels pledged to attack the United Nations.", []),
        ("Biden promised not to send troops to Ukraine.", []),  # no act against Ukraine forsworn
    ],
)
def test_stances(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = load_nlp()(text)
    found = [
        (j.word.text, j.code, j.speaker.text, j.judged.text)
        for j in find_judgements(doc, load_judgements(), load_modality().reporting)
    ]
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judged act's author is found through the act told before
        (
            "Canada expelled an Indian diplomat on Monday. India called the expulsion absurd.",
            ("IND", "111", "CAN"),
        ),
        (
            "Armenian forces attacked Azerbaijani towns. Baku called the attack an act of war.",
            ("AZE", "111", "ARM"),
        ),
        ("Xi Jinping visited Hanoi on Tuesday. Vietnam called the visit historic.", ("VNM", "051", "CHN")),
        ("The Kremlin said it would take countermeasures against Finland.", ("RUS", "131", "FIN")),
        ("China warned that it would not sit idly by if Japan sent troops.", ("CHN", "138", "JPN")),
        ("Kenya pledged not to let its territory be used against Somalia.", ("KEN", "030", "SOM")),
    ],
)
def test_coded(dm: Dragoman, text: str, expected: tuple[str, str, str]) -> None:
    found = {(e.source.code, e.code, e.target.code if e.target else "") for e in dm.code(text, "2024-03-01")}
    assert expected in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "naming"),
    [
        ("Mexico responded on Friday, calling the expulsion unjustified.", True),
        ("Peru called the vote a fraud.", True),
        ("Macron called the Russian president on Tuesday.", False),
        ("Biden called Netanyahu to discuss the hostages.", False),
    ],
)
def test_a_verb_of_naming_is_no_telephone_call(text: str, naming: bool) -> None:
    doc = load_nlp()(text)
    assert any(names_its_object(t) for t in doc if t.lemma_ == "call") is naming
