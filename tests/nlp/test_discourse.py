"""The response lexicon and the targets a story leaves to its context."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dragoman import Dragoman
from dragoman.errors import LexiconError
from dragoman.model import ActorKind, ActorRef, CharSpan
from dragoman.nlp.discourse import WINDOW, answered, load_responses, parse_responses


def actor(code: str, start: int = 0) -> ActorRef:
    return ActorRef(text=code, span=CharSpan(start, start + 3, code), code=code, kind=ActorKind.STATE)


@dataclass(frozen=True)
class Act:
    source: ActorRef
    target: ActorRef | None
    sentence_index: int


def test_bundled_lexicon_loads() -> None:
    responses = load_responses()
    assert responses.codes["015"] == ("own",)
    assert responses.codes["12"] == ("counter", "other")
    assert "response" in responses.cues
    assert responses.verbs["retaliate"] == ("counter", "accused")
    assert responses.particles["back"] == ("counter",)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["code", "1x", "own"], "CAMEO code"),
        (["code", "12", "theirs"], "anchors"),
        (["noun", "reject", "counter"], "unknown kind"),
        (["verb", "hit back", "counter"], "single lemma"),
        (["cue", "in response", "counter"], "single lemma"),
        (["code", "12"], "columns"),
    ],
)
def test_bad_rows_are_named(row: list[str], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_responses([(7, row)], "responses.tsv")


def test_counter_is_the_last_actor_that_acted_on_the_source() -> None:
    told = [
        Act(actor("USA"), actor("IND"), 0),
        Act(actor("CAN"), actor("IND"), 1),
        Act(actor("CAN"), None, 1),
    ]
    found = answered(("counter",), [actor("IND", 40)], 2, told)
    assert found is not None and [t.code for t in found[0]] == ["CAN"] and found[1] is told[1]


def test_own_is_the_target_of_the_sources_last_act() -> None:
    told = [Act(actor("YEM"), actor("ISR"), 0), Act(actor("ISR"), actor("YEM"), 0)]
    found = answered(("own", "counter"), [actor("YEM", 50)], 1, told)
    assert found is not None and [t.code for t in found[0]] == ["ISR"] and found[1] is told[0]


def test_no_answer_out_of_the_window_or_for_several_sources() -> None:
    told = [Act(actor("CAN"), actor("IND"), 0)]
    assert answered(("counter",), [actor("IND", 40)], WINDOW + 1, told) is None
    assert answered(("counter",), [actor("IND", 40), actor("PAK", 50)], 1, told) is None
    assert answered(("own",), [actor("IND", 40)], 1, told) is None  # India did nothing to anyone


@pytest.mark.slow
def test_an_answer_in_response_is_dated_by_the_act_it_answers(dm: Dragoman) -> None:
    text = "Azerbaijani troops shelled Armenian positions on Sunday. Yerevan mobilised troops in response."
    events = {e.source.code: e for e in dm.code(text, "2024-05-10")}
    assert events["AZE"].date.value == "2024-05-05"
    assert events["ARM"].target is not None and events["ARM"].target.code == "AZE"
    assert events["ARM"].date.value == "2024-05-05"


def test_other_is_another_actor_of_the_same_sentence() -> None:
    told = [Act(actor("USA"), actor("IND"), 0), Act(actor("EU"), actor("UKR"), 1)]
    found = answered(("counter", "other"), [actor("HUN", 40)], 1, told)
    assert found is not None and [t.code for t in found[0]] == ["EU"] and found[1] is told[1]
    assert answered(("other",), [actor("HUN", 40)], 2, told) is None  # not of its sentence
