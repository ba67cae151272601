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
    with pytest.raises(LexiconError, match="needs the lemmas of via"):
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
        # a later conjunct stands where the first does
        (
            "Hanoi called the blockade excessive and illegal.",
            [("excessive", "called", "blockade"), ("illegal", "called", "blockade")],
        ),
        ("Quito said the raid was unnecessary and disproportionate.", [("disproportionate", "said", "raid")]),
        # "politically motivated": the word judges only with its qualifier
        ("Ankara called the verdict politically motivated.", [("motivated", "called", "verdict")]),
        ("Ankara said the verdict was motivated.", []),
        # "condemned Y as W": the parser may hang W on Y
        (
            "Tehran condemned the listing as politically motivated and imprudent.",
            [("motivated", "condemned", "listing"), ("imprudent", "condemned", "listing")],
        ),
        # the author of a hostile act: "behind", "to blame for", "the work of"
        (
            "Warsaw said Russian saboteurs were behind the fire at the depot.",
            [("behind", "said", "saboteurs")],
        ),
        (
            "Prague said Russian spies were behind a series of explosions.",
            [("behind", "said", "spies")],
        ),
        ("Warsaw said Russian investors were behind the deal.", []),  # no hostile act
        ("Warsaw said Russian saboteurs were not behind the fire.", []),
        ("Kyiv said Moscow was to blame for the attack.", [("blame", "said", "Moscow")]),
        ("Israel said the bombing was the work of Hezbollah.", [("work", "said", "Hezbollah")]),
        ("Israel said the statue was the work of a Lebanese artist.", []),
        # an act done without permission, or in contravention of a rule
        (
            "Manila said Chinese ships had entered its waters without permission.",
            [("permission", "said", "entered")],
        ),
        ("Manila said Chinese ships had entered its waters with permission.", []),
        (
            "Beijing said it had expelled the Philippine boats, which it said had entered its waters without"
            " permission.",
            [("permission", "said", "boats")],
        ),
        (
            "London said Iran had seized the tanker in contravention of international law.",
            [("contravention", "said", "seized")],
        ),
        # a judging noun naming its author after "by" in a reported clause
        (
            "Baku said it had responded to provocations by Armenian troops.",
            [("provocations", "said", "troops")],
        ),
        (
            "Zagreb said it was investigating alleged crimes by Croatian extremists.",
            [],
        ),  # hedged: the speaker does not judge
        # a noun of taking part qualified as suspected accuses whom it names
        (
            "Britain expelled two diplomats over the alleged involvement of Russian agents in the poisoning.",
            [("involvement", "expelled", "agents")],
        ),
        ("Britain praised the involvement of Russian agents in the talks.", []),
        # who fired first is blamed
        ("Pyongyang said Seoul had fired first.", [("first", "said", "fired")]),
        ("Pyongyang said Seoul had spoken first.", []),
        # falsehoods spread judge whoever spreads them
        ("Kirby said Lula was parroting Russian propaganda.", [("parroting", "said", "Lula")]),
        ("Kirby said Lula was repeating his proposal.", []),
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
        # a vote said to be unfair judges whoever holds it
        ("Observers said Russia's election had been rigged.", [("rigged", "111", "said", "Russia")]),
        ("The EU said the vote in Belarus was fraudulent.", [("fraudulent", "111", "said", "Belarus")]),
        (
            "The EU said the Venezuelan election was neither free nor fair.",
            [("free", "111", "said", "Venezuelan"), ("fair", "111", "said", "Venezuelan")],
        ),
        (
            "The EU said the Venezuelan election was not credible.",
            [("credible", "111", "said", "Venezuelan")],
        ),
        ("The EU said the Venezuelan election was free and fair.", []),
        ("The EU said the Venezuelan election had not been rigged.", []),
        ("The EU said the Venezuelan prisoners had been freed.", []),
        ("Kyiv said Russian children had been stolen.", []),  # no vote
        # a vote not recognised: its holder
        (
            "EU leaders said they did not recognise the results of Belarus's election.",
            [("recognise", "111", "said", "Belarus")],
        ),
        ("Washington refused to recognise Maduro's victory.", [("recognise", "111", "refused", "Maduro")]),
        ("EU leaders said they recognised the results of Belarus's election.", []),
        ("EU leaders said they did not recognise Kosovo.", []),  # no vote: a static stance
        # a denial of a reported act is aimed at whom the act was done to
        (
            "A drone fell. Moscow denied that its jets had made contact with the American drone.",
            [("denied", "016", "denied", "drone")],
        ),
        (
            "Kyiv accused Russia. Moscow denied that its troops had shelled Kharkiv.",
            [("denied", "016", "denied", "Kharkiv")],
        ),
        ("Kyiv accused Russia. Moscow denied that it had received a letter from Washington.", []),
        ("Kyiv accused Russia. Moscow did not deny that its troops had shelled Kharkiv.", []),
        ("Moscow denied that its troops had shelled Kharkiv.", []),  # nothing told before to deny
    ],
)
def test_votes_and_denials(text: str, expected: list[tuple[str, str, str, str]]) -> None:
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
            [("pledged", "0356", "pledged", "troops")],
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
        # what is said of a hostile act, a vote, a denial
        ("Poland said Russian spies were behind the fire.", ("POL", "112", "RUS")),
        ("Israel said the blast was the work of Hamas.", ("ISR", "112", "PSE")),
        ("Manila said China had entered its waters without permission.", ("PHL", "112", "CHN")),
        ("The EU said Russia's election had been rigged.", ("EU", "111", "RUS")),
        ("Britain said it did not recognise the results of Venezuela's election.", ("GBR", "111", "VEN")),
        (
            "A drone crashed. Moscow denied that its jets had struck the American drone.",
            ("RUS", "016", "USA"),
        ),
        (
            "Chinese ships blocked Philippine boats on Saturday. Manila called the action excessive.",
            ("PHL", "111", "CHN"),
        ),
        # a court's act judged through its noun; a vote judged is its holder's
        (
            "The International Criminal Court issued an arrest warrant for Israel's prime minister."
            " Biden called the warrant outrageous.",
            ("USA", "111", "ICC"),
        ),
        ("The EU said Belarus's presidential election was fraudulent.", ("EU", "111", "BLR")),
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


def test_a_lexicon_that_grows_is_read_again() -> None:
    doc = load_nlp()("Kirby said Lula was parroting Russian propaganda.")
    reporting = load_modality().reporting
    words = {word: entry for word, entry in load_judgements().items() if word != "parrot"}
    assert [j.word.text for j in find_judgements(doc, words, reporting)] == []
    words["parrot"] = load_judgements()["parrot"]
    assert [j.word.text for j in find_judgements(doc, words, reporting)] == ["parroting"]
