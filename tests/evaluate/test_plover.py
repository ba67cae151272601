"""The PLOVER gold reader and its scoring (top event category, actor codes), with a stub category map."""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from dragoman.errors import GoldFormatError
from dragoman.evaluate.plover import (
    PloverRecord,
    PloverReport,
    actor_fits,
    read_plover_gold,
    score_plover,
)
from dragoman.evaluate.report import render_errors, render_summary
from dragoman.evaluate.runner import run_eval, write_json
from dragoman.evaluate.scoring import JSON_KEYS, PRF, PredictedEvent
from dragoman.model import Event

# A stand-in for dragoman.model.cameo.plover05_category, by CAMEO root.
STUB_CATEGORIES = {"01": "", "03": "AGREE", "04": "CONSULT", "11": "DISAPPROVE", "19": "FIGHT"}


def stub_category(code: str) -> str:
    return STUB_CATEGORIES[code[:2]]


def shared_dir() -> Path:
    configured = os.environ.get("DRAGOMAN_SHARED")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "../shared"


HEADER = {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation"}


def record(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "R-1",
        "event": "DISAPPROVE",
        "text": "Japan criticised Italy.",
        "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
        "target": [{"actorText": "Italy", "code": "ITL"}],
        "textInfo": {"markup": "(SRC: Japan) (EVT: criticised) (TAR: Italy)."},
    }
    base.update(fields)
    return base


def write_gold(path: Path, *records: object) -> Path:
    path.write_text(json.dumps([HEADER, *records]), encoding="utf-8")
    return path


def plover(
    sources: tuple[str, ...] = ("HUN",),
    targets: tuple[str, ...] = ("ROU",),
    category: str = "AGREE",
    markup: str = "",
) -> PloverRecord:
    return PloverRecord(
        id="P", text="...", category=category, sources=sources, targets=targets, markup=markup
    )


def pred(source: str = "HUN", target: str | None = "ROU", code: str = "030") -> PredictedEvent:
    return PredictedEvent(source=source, target=target, code=code)


# --- reader ------------------------------------------------------------------------------------------------


def test_reads_records_and_skips_the_header(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "gsr.txt", record())
    (only,) = read_plover_gold(path)
    assert only == PloverRecord(
        id="R-1",
        text="Japan criticised Italy.",
        category="DISAPPROVE",
        sources=("JPN",),  # JAP and ITL are the gold's spellings of JPN and ITA
        targets=("ITA",),
        markup="(SRC: Japan) (EVT: criticised) (TAR: Italy).",
    )


@pytest.mark.parametrize(
    ("fields", "sources", "targets"),
    [
        # reciprocal actors without a target: the sources are the targets too
        (
            {
                "source": [{"code": "HUN"}, {"code": "ROU"}],
                "target": None,
                "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed"},
            },
            ("HUN", "ROU"),
            ("HUN", "ROU"),
        ),
        ({"target": "diplomatic"}, ("JPN",), ()),  # a stray word where the target list should be
        ({"target": ""}, ("JPN",), ()),
        ({"source": None}, (), ("ITA",)),
        ({"source": [{"code": "igo"}, {"code": "IGO"}]}, ("IGO",), ("ITA",)),  # de-duplicated
        (
            {"source": [{"code": "VTN", "sector": "MIL"}], "textInfo": "(SRC: Vietnamese-led forces)"},
            ("VNM",),
            ("ITA",),
        ),
    ],
)
def test_reader_rules(
    tmp_path: Path, fields: dict[str, object], sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    (only,) = read_plover_gold(write_gold(tmp_path / "gsr.txt", record(**fields)))
    assert (only.sources, only.targets) == (sources, targets)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[{", "not JSON"),
        ('{"id": "x"}', "JSON array"),
        (json.dumps([HEADER, "text"]), "record 1: not a JSON object"),
        (json.dumps([HEADER, record(text="")]), r"record 1 \(R-1\): no 'text'"),
        (json.dumps([HEADER, record(event=None)]), "no 'event' category"),
        (json.dumps([HEADER, record(id=None)]), "no 'id'"),
        (json.dumps([HEADER, record(source=[{"actorText": "x"}])]), "an actor without a code"),
    ],
)
def test_malformed_gold(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        read_plover_gold(path)


# --- actors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "fits"),
    [
        (("USA",), "USA", True),
        (("USA", "ISR"), "ISR", True),
        (("USA",), "RUS", False),
        (("USA",), None, False),
        (("IGO",), "UN", True),
        (("IGO",), "NATO", True),
        (("IGO",), "ICC", True),  # three letters but a FORMAT IGO id
        (("IGO",), "USA", False),
        (("NGO",), "HRW", False),  # looks like a state code
        (("NGO",), "AMNESTY", True),
        (("IMG",), "ALQAEDA", True),
        (("IGO", "USA"), "USA", True),
    ],
)
def test_actor_fits(gold: tuple[str, ...], predicted: str | None, fits: bool) -> None:
    assert actor_fits(gold, predicted) is fits


# --- scoring -----------------------------------------------------------------------------------------------


def test_top_event_is_the_first_prediction() -> None:
    report = score_plover([plover()], [[pred(code="030"), pred(code="190")]], stub_category)
    (result,) = report.sentences
    assert result.top == pred(code="030")
    assert result.predicted_category == "AGREE"
    assert report.category_accuracy == 1.0
    assert report.actor_accuracy == 1.0


@pytest.mark.parametrize(
    ("gold_record", "predictions", "category", "actors"),
    [
        (plover(), [pred()], 1.0, 1.0),
        (plover(), [pred(code="190")], 0.0, 1.0),
        (plover(), [pred(target="USA")], 1.0, 0.5),
        (plover(), [pred(target=None)], 1.0, 0.5),
        (plover(), [], 0.0, 0.0),  # no prediction: category and actors wrong
        (plover(targets=()), [pred(target="USA")], 1.0, 1.0),  # no gold target: one item only
        (plover(category="FIGHT"), [pred(code="010")], 0.0, 1.0),  # a 01 statement has no category
        (plover(sources=("IGO",), targets=("SRB",)), [pred("NATO", "SRB")], 1.0, 1.0),
    ],
)
def test_category_and_actor_accuracy(
    gold_record: PloverRecord, predictions: list[PredictedEvent], category: float, actors: float
) -> None:
    report = score_plover([gold_record], [predictions], stub_category)
    assert report.category_accuracy == category
    assert report.actor_accuracy == actors


def test_event_figures_over_actor_pairs() -> None:
    # reciprocal HUN/ROU: gold events HUN->ROU and ROU->HUN (no self pairs)
    reciprocal = plover(("HUN", "ROU"), ("HUN", "ROU"), markup="(SRC/TAR: Hungarian) and (SRC/TAR: Romanian)")
    report = score_plover(
        [reciprocal], [[pred(), pred(code="031"), pred("ROU", "HUN", "190")]], stub_category
    )
    assert report.gold_events == 2
    assert report.predicted_events == 2  # HUN->ROU 030 and 031 are one (source, target, category)
    assert report.event == PRF(tp=1, fp=1, fn=1)
    assert report.dyad == PRF(tp=2, fp=0, fn=0)
    assert report.per_category["AGREE"].prf == PRF(tp=1, fn=1)
    assert report.per_category["FIGHT"].prf == PRF(fp=1)


def test_plover_json_keys(tmp_path: Path) -> None:
    report = score_plover([plover()], [[pred()]], stub_category)
    data = report.to_json()
    assert tuple(data) == (*JSON_KEYS, "category_accuracy", "actor_accuracy")
    assert data["date_accuracy"] is None
    assert data["category_accuracy"] == 1.0
    out = tmp_path / "plover.json"
    write_json(report, out)
    assert json.loads(out.read_text(encoding="utf-8"))["actor_accuracy"] == 1.0


def test_plover_views() -> None:
    report = score_plover([plover(), plover(category="FIGHT")], [[pred()], [pred(code="040")]], stub_category)
    console = Console(record=True, width=120)
    console.print(render_summary(report))
    out = console.export_text()
    assert "category accuracy" in out
    assert "1/2" in out
    errors = render_errors(report)
    assert "gold   HUN -> ROU FIGHT" in errors
    assert "top    HUN -> ROU 040 (CONSULT)" in errors


def test_run_eval_plover_format(
    tmp_path: Path, make_event: Callable[..., Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dragoman.model.cameo.plover05_category", stub_category)
    text = "Japan criticised Italy. Japan met Italy."
    path = write_gold(tmp_path / "gsr.txt", record(text=text))
    published: list[datetime.date | None] = []

    def code_text(body: str, day: datetime.date | None) -> list[Event]:
        published.append(day)
        met = make_event(
            body,
            source=("Japan", "JPN", ""),
            target=("Italy", "ITA", ""),
            predicate="met",
            code="040",
            sentence_index=1,
            date_text=None,
        )
        criticised = make_event(
            body,
            source=("Japan", "JPN", ""),
            target=("Italy", "ITA", ""),
            predicate="criticised",
            code="111",
            date_text=None,
        )
        return [met, criticised]  # out of text order on purpose

    report = run_eval(path, "plover", code_text)
    assert isinstance(report, PloverReport)
    assert published == [None]
    assert report.sentences[0].predicted_category == "DISAPPROVE"
    assert report.category_accuracy == 1.0
    assert report.actor_accuracy == 1.0


def test_real_plover_gold_parses() -> None:
    path = shared_dir() / "eval" / "plover-gold" / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    records = read_plover_gold(path)
    assert len(records) == 322
    assert len({r.category for r in records}) == 18
    assert sum(1 for r in records if r.category == "AGREE") == 40
    assert not any(code in {"JAP", "ITL", "VTN"} for r in records for code in r.sources + r.targets)
    assert sum(1 for r in records if r.reciprocal) == 18
    assert sum(1 for r in records if r.sources) == 321
