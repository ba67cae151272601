"""Scoring as eval/FORMAT.md defines it, on small hand-made gold and predictions."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from rich.console import Console

from dragoman.evaluate.gold import GoldDocument, GoldEvent
from dragoman.evaluate.report import render_errors, render_summary
from dragoman.evaluate.runner import run_eval, write_json
from dragoman.evaluate.scoring import (
    JSON_KEYS,
    PRF,
    EvalReport,
    PredictedEvent,
    date_agrees,
    dedup,
    from_event,
    in_text_order,
    match_one_to_one,
    score,
)
from dragoman.model import Event


def gold(
    source: str = "RUS",
    target: str | None = "AFG",
    code: str = "054",
    *,
    alt: tuple[str, ...] = (),
    date: str = "",
    optional: bool = False,
) -> GoldEvent:
    return GoldEvent(source=source, target=target, code=code, alt=alt, date=date, optional=optional)


def pred(
    source: str = "RUS", target: str | None = "AFG", code: str = "054", date: str = ""
) -> PredictedEvent:
    return PredictedEvent(source=source, target=target, code=code, date=date)


def doc(*events: GoldEvent, tags: tuple[str, ...] = (), doc_id: str = "d") -> GoldDocument:
    return GoldDocument(id=doc_id, published=None, text="...", events=events, tags=tags)


def score_one(document: GoldDocument, predictions: Sequence[PredictedEvent]) -> EvalReport:
    return score([document], [predictions])


# --- figures ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "precision", "recall", "f1"),
    [
        (PRF(tp=2, fp=2, fn=0), 0.5, 1.0, 2 / 3),
        (PRF(tp=0, fp=0, fn=3), 0.0, 0.0, 0.0),
        (PRF(tp=0, fp=0, fn=0), 0.0, 0.0, 0.0),
        (PRF(tp=3, fp=1, fn=1), 0.75, 0.75, 0.75),
    ],
)
def test_prf_figures(figure: PRF, precision: float, recall: float, f1: float) -> None:
    assert figure.precision == pytest.approx(precision)
    assert figure.recall == pytest.approx(recall)
    assert figure.f1 == pytest.approx(f1)
    assert set(figure.to_dict()) == {"precision", "recall", "f1", "tp", "fp", "fn"}


def test_prf_adds_counts() -> None:
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)


@pytest.mark.parametrize(
    ("gold_date", "predicted", "agrees"),
    [
        ("2025-07-03", "2025-07-03", True),
        ("2025-07-03", "2025-07-04", False),
        ("2025-07", "2025-07-21", True),  # month precision: any day of the month
        ("2025-07", "2025-08-01", False),
        ("2021", "2021-03-05", True),
        ("2021", "2021-03", True),
        ("2025-07-03", "2025-07", False),  # less precise than the gold: wrong
        ("2025-07", "2025", False),
        ("2025-07-03", "", False),
    ],
)
def test_date_agrees_at_gold_precision(gold_date: str, predicted: str, agrees: bool) -> None:
    assert date_agrees(gold_date, predicted) is agrees


# --- the event, event_code and dyad criteria ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_event", "prediction", "event_tp", "code_tp", "dyad_tp"),
    [
        (gold(code="054"), pred(code="054"), 1, 1, 1),
        (gold(code="054"), pred(code="057"), 1, 0, 1),  # same root 05, other code
        (gold(code="054", alt=("161",)), pred(code="161"), 1, 1, 1),  # alt code
        (gold(code="054", alt=("161",)), pred(code="163"), 1, 0, 1),  # root of an alt
        (gold(code="054"), pred(code="161"), 0, 0, 1),  # other root: only the dyad matches
        (gold(target="AFG"), pred(target="PAK"), 0, 0, 0),
        (gold(target=None, code="0841"), pred(target=None, code="084"), 1, 0, 1),
        (gold(target=None), pred(target="AFG"), 0, 0, 0),  # null target is a value
        (gold(source="RUS", target="AFG"), pred(source="AFG", target="RUS"), 0, 0, 0),  # direction counts
    ],
)
def test_match_criteria(
    gold_event: GoldEvent, prediction: PredictedEvent, event_tp: int, code_tp: int, dyad_tp: int
) -> None:
    report = score_one(doc(gold_event), [prediction])
    assert (report.event.tp, report.event_code.tp, report.dyad.tp) == (event_tp, code_tp, dyad_tp)
    assert report.event.fp == 1 - event_tp
    assert report.event.fn == 1 - event_tp


def test_duplicates_are_counted_once() -> None:
    report = score_one(doc(gold()), [pred(), pred(), pred()])
    assert report.event == PRF(tp=1, fp=0, fn=0)
    assert report.predicted_events == 1


def test_same_act_on_two_dates_stays_two_predictions() -> None:
    preds = [pred(date="2025-07-04"), pred(date="2025-04")]
    assert len(dedup(preds)) == 2
    report = score_one(doc(gold(date="2025-07-04"), gold(date="2025-04")), preds)
    assert report.event == PRF(tp=2, fp=0, fn=0)
    assert report.date_accuracy == 1.0


def test_matching_is_one_to_one() -> None:
    # two predictions, one gold: one true positive, one false positive
    report = score_one(doc(gold(code="054")), [pred(code="054"), pred(code="057")])
    assert report.event == PRF(tp=1, fp=1, fn=0)
    # one prediction, two gold events it fits: one true positive, one missed
    report = score_one(doc(gold(code="054"), gold(code="057")), [pred(code="054")])
    assert report.event == PRF(tp=1, fp=0, fn=1)


def test_matching_is_maximum_not_greedy() -> None:
    # p0 fits both gold events, p1 only the first: greedy by order would pair g0-p0 and leave g1 and p1
    g0 = gold(code="054", alt=("161",))
    g1 = gold(code="057")
    p0, p1 = pred(code="057"), pred(code="161")
    report = score_one(doc(g0, g1), [p0, p1])
    assert report.event == PRF(tp=2, fp=0, fn=0)


def test_optional_never_steals_a_required_match() -> None:
    optional = gold(code="043", optional=True)
    required = gold(code="042")
    # the optional event comes first and would take the only prediction if matched in order
    report = score_one(doc(optional, required), [pred(code="040")])
    assert report.event == PRF(tp=1, fp=0, fn=0)


@pytest.mark.parametrize(
    ("predictions", "expected"),
    [
        ([], PRF(tp=0, fp=0, fn=1)),  # an optional event missed is not a false negative
        ([pred(code="042")], PRF(tp=1, fp=0, fn=0)),
        ([pred(code="042"), pred(source="AFG", target="RUS", code="043")], PRF(tp=1, fp=0, fn=0)),
        # two predictions fitting the one optional event: neither is a false positive
        (
            [pred(source="AFG", target="RUS", code="043"), pred(source="AFG", target="RUS", code="040")],
            PRF(fn=1),
        ),
        ([pred(code="190")], PRF(tp=0, fp=1, fn=1)),
    ],
)
def test_optional_events_are_neither_required_nor_penalised(
    predictions: list[PredictedEvent], expected: PRF
) -> None:
    document = doc(gold(code="042"), gold(source="AFG", target="RUS", code="043", optional=True))
    report = score_one(document, predictions)
    assert report.event == expected
    assert report.gold_events == 1
    assert report.optional_gold_events == 1


def test_match_one_to_one_places_required_first() -> None:
    items = [gold(optional=True), gold()]
    pairs = match_one_to_one(items, ["p"], lambda g, p: True)
    assert pairs == {1: 0}


def test_preference_picks_the_prediction_with_the_right_date() -> None:
    report = score_one(doc(gold(date="2025-07-04")), [pred(date="2025-04"), pred(date="2025-07-04")])
    assert report.event == PRF(tp=1, fp=1, fn=0)
    assert report.date_accuracy == 1.0


@pytest.mark.parametrize(
    ("gold_date", "predicted_date", "accuracy"),
    [
        ("2025-07-04", "2025-07-04", 1.0),
        ("2025-07", "2025-07-04", 1.0),
        ("2025-07-04", "2025-07", 0.0),
        ("2025", "2024-12-31", 0.0),
        ("", "2025-07-04", None),  # no gold date: not counted
    ],
)
def test_date_accuracy(gold_date: str, predicted_date: str, accuracy: float | None) -> None:
    report = score_one(doc(gold(date=gold_date)), [pred(date=predicted_date)])
    assert report.event.tp == 1  # the date never decides a match
    assert report.date_accuracy == accuracy


def test_date_accuracy_counts_required_matches_only() -> None:
    document = doc(gold(date="2025-07-04"), gold(code="190", date="2025-07-04", optional=True))
    report = score_one(document, [pred(date="2025-07-04"), pred(code="190", date="2020")])
    assert (report.dates_correct, report.dates_total) == (1, 1)


# --- documents, roots, tags --------------------------------------------------------------------------------


def test_empty_document_false_positives() -> None:
    empty = doc(doc_id="empty")
    full = doc(gold(), doc_id="full")
    report = score([empty, full], [[pred(), pred(code="190")], [pred(), pred(code="190")]])
    assert report.empty_doc_false_positives == 2
    assert report.event == PRF(tp=1, fp=3, fn=0)


def test_document_with_only_optional_events_is_not_empty() -> None:
    report = score_one(doc(gold(optional=True)), [pred(code="190")])
    assert report.empty_doc_false_positives == 0
    assert report.event == PRF(tp=0, fp=1, fn=0)


def test_per_root() -> None:
    document = doc(gold(code="054"), gold(code="190", alt=("180",)), gold(source="USA", code="042"))
    preds = [pred(code="057"), pred(code="180"), pred(code="111")]
    report = score_one(document, preds)
    roots = report.per_root
    assert list(roots) == [f"{i:02d}" for i in range(1, 21)]
    assert (roots["05"].prf, roots["05"].support) == (PRF(tp=1), 1)
    assert (roots["19"].prf, roots["19"].support) == (PRF(tp=1), 1)  # counted at the gold code's root
    assert (roots["04"].prf, roots["04"].support) == (PRF(fn=1), 1)
    assert (roots["11"].prf, roots["11"].support) == (PRF(fp=1), 0)
    assert roots["18"].prf == PRF()
    per_root = report.to_json()["per_root"]
    assert isinstance(per_root, dict)
    assert set(per_root["05"]) == {"precision", "recall", "f1", "tp", "fp", "fn", "support"}


def test_per_tag_sums_documents_with_the_tag() -> None:
    one = doc(gold(), tags=("passive", "igo"), doc_id="1")
    two = doc(gold(code="190"), tags=("passive",), doc_id="2")
    report = score([one, two], [[pred()], [pred(code="042")]])
    assert report.per_tag["passive"] == PRF(tp=1, fp=1, fn=1)
    assert report.per_tag["igo"] == PRF(tp=1, fp=0, fn=0)


def test_json_has_exactly_the_format_keys(tmp_path: Path) -> None:
    report = score([doc(gold(date="2025-07-04"), tags=("x",))], [[pred(date="2025-07-04")]])
    data = report.to_json()
    assert tuple(data) == JSON_KEYS
    assert set(data) == {
        "documents",
        "gold_events",
        "predicted_events",
        "event",
        "event_code",
        "dyad",
        "date_accuracy",
        "per_root",
        "per_tag",
        "empty_doc_false_positives",
    }
    for key in ("event", "event_code", "dyad"):
        figure = data[key]
        assert isinstance(figure, dict)
        assert set(figure) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    out = tmp_path / "eval.json"
    write_json(report, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(data))


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError, match="prediction lists"):
        score([doc(gold())], [])


# --- from coded events -------------------------------------------------------------------------------------


def test_from_event_reduces_to_country_level(make_event: Callable[..., Event]) -> None:
    event = make_event(source=("Russia", "RUS", "GOV"), target=("Afghanistan", "AFG", ""), code="057")
    assert from_event(event) == PredictedEvent(source="RUS", target="AFG", code="057", date="2025-07-04")
    no_target = make_event(target=None)
    assert from_event(no_target).target is None


def test_in_text_order(make_event: Callable[..., Event]) -> None:
    text = "Russia signed a deal with Afghanistan. Russia met Afghanistan."
    later = make_event(text, predicate="met", code="040", sentence_index=1, date_text=None)
    earlier = make_event(text, predicate="signed", code="057", date_text=None)
    assert in_text_order([later, earlier]) == [earlier, later]


def test_run_eval_dragoman_format(tmp_path: Path, make_event: Callable[..., Event]) -> None:
    text = "Russia signed a trade agreement with Afghanistan on Friday."
    line = {
        "id": "t-1",
        "published": "2025-07-05",
        "text": text,
        "events": [{"source": "RUS", "target": "AFG", "code": "057", "alt": [], "date": "2025-07-04"}],
        "tags": ["person-role"],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    calls: list[tuple[str, datetime.date | None]] = []
    seen: list[tuple[int, int]] = []

    def code_text(body: str, published: datetime.date | None) -> list[Event]:
        calls.append((body, published))
        return [make_event(body, source=("Russia", "RUS", "GOV"))]

    report = run_eval(path, "dragoman", code_text, progress=lambda done, total: seen.append((done, total)))
    assert calls == [(text, datetime.date(2025, 7, 5))]
    assert seen == [(1, 1)]
    assert isinstance(report, EvalReport)
    assert report.event == PRF(tp=1)
    assert report.date_accuracy == 1.0


# --- the readable views ------------------------------------------------------------------------------------


def test_render_errors_lists_missed_and_extra() -> None:
    document = doc(gold(code="054", date="2025-07"), gold(source="USA", code="042"), doc_id="d-7")
    report = score_one(document, [pred(code="057", date="2025"), pred(code="190")])
    text = render_errors(report)
    assert "== d-7" in text
    assert "missed   USA -> AFG 042" in text
    assert "extra    RUS -> AFG 190" in text
    assert "date     RUS -> AFG 054 @2025-07  predicted 2025" in text


def test_render_errors_shows_date_only_errors_and_optional_predictions() -> None:
    document = doc(gold(date="2025-07-04"), gold(code="190", optional=True), doc_id="d-8")
    text = render_errors(score_one(document, [pred(date="2025-07-05"), pred(code="193")]))
    assert "== d-8  (event: tp 1, fp 0, fn 0)" in text
    assert "date     RUS -> AFG 054 @2025-07-04  predicted 2025-07-05" in text
    assert "optional RUS -> AFG 193" in text


def test_render_errors_without_errors() -> None:
    assert render_errors(score_one(doc(gold()), [pred()])) == "no errors"


def test_render_summary_shows_the_figures() -> None:
    report = score([doc(gold(), tags=("passive",))], [[pred(), pred(code="190")]])
    console = Console(record=True, width=120)
    console.print(render_summary(report))
    out = console.export_text()
    for word in ("event_code", "dyad", "date accuracy", "per CAMEO root", "passive", "0.500"):
        assert word in out
