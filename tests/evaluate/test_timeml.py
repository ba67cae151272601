"""The TimeML reader, the DATE scorer and the ``timeml`` format of ``run_eval``, on hand-made documents."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from dragoman.errors import GoldFormatError
from dragoman.evaluate.report import render_errors, render_summary
from dragoman.evaluate.runner import run_eval, write_json
from dragoman.evaluate.timeml import Timex, TimexReport, read_timeml, score_timeml
from dragoman.model import Event

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-07-04" functionInDocument="CREATION_TIME">July 4, 2025\
</TIMEX3></DCT>
<TITLE>Ministers meet</TITLE>
<TEXT>
The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2025-07-03">Thursday</TIMEX3> for \
<TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>. They will meet again \
<TIMEX3 tid="t3" type="DATE" value="2025-W28">next week</TIMEX3>, as they did <TIMEX3 tid="t4" type="DATE" \
value="2024-SU">last summer</TIMEX3>.
</TEXT>
</TimeML>
"""


def no_code(text: str, published: datetime.date | None) -> list[Event]:
    raise AssertionError("the timeml format does not code events")


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_reader_keeps_offsets_types_values_and_the_creation_time(tml: Path) -> None:
    (doc,) = read_timeml(tml)
    assert (doc.id, doc.dct) == ("test_1", datetime.date(2025, 7, 4))
    assert [t.text for t in doc.timexes] == ["Thursday", "three hours", "next week", "last summer"]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert [t.value for t in doc.gold_dates] == ["2025-07-03", "2025-W28", "2024-SU"]
    assert "July 4, 2025" not in doc.text  # the DCT is input, not text


def test_reader_reads_a_directory(tml: Path) -> None:
    assert len(read_timeml(tml.parent)) == 1


@pytest.mark.parametrize(
    "content",
    ["<TimeML><TEXT>x</TEXT></TimeML>", "not xml", "<TimeML><DCT><TIMEX3 value='x'/></DCT><TEXT/></TimeML>"],
)
def test_reader_rejects_malformed_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_timeml(path)


def _at(text: str, doc_text: str, value: str, *, shift: int = 0, kind: str = "DATE") -> Timex:
    start = doc_text.index(text) + shift
    return Timex(start, start + len(text) - shift, text[shift:], kind, value)


def test_scoring_strict_and_overlapping_spans_and_values(tml: Path) -> None:
    (doc,) = read_timeml(tml)
    predicted = [
        _at("Thursday", doc.text, "2025-07-03"),  # exact span, right value
        _at("again next week", doc.text, "2025-W28"),  # overlapping span, right value
        _at("last summer", doc.text, "2025-SU"),  # exact span, wrong value
        _at("three hours", doc.text, "P3H", kind="DURATION"),  # not a DATE: ignored
        _at("ministers", doc.text, "2025"),  # a date that is none
    ]
    report = score_timeml([doc], [predicted], gold_name="doc.tml")
    assert (report.timex.tp, report.timex.fp, report.timex.fn) == (2, 2, 1)
    relaxed = report.timex_relaxed
    assert (relaxed.tp, relaxed.fp, relaxed.fn) == (3, 1, 0)
    assert report.date_value_accuracy == pytest.approx(2 / 3)
    assert report.value_accuracy_found == pytest.approx(2 / 3)
    figures = report.to_json()
    assert figures["gold_dates"] == 3
    assert set(figures) >= {"date_value_accuracy", "timex", "timex_relaxed"}
    errors = render_errors(report)
    assert "predicted 2025-SU" in errors and "extra    'ministers'" in errors


def test_a_gold_date_not_found_counts_as_wrong(tml: Path) -> None:
    (doc,) = read_timeml(tml)
    report = score_timeml([doc], [[_at("Thursday", doc.text, "2025-07-03")]])
    assert report.date_value_accuracy == pytest.approx(1 / 3)
    assert report.value_accuracy_found == 1.0


@pytest.mark.slow
def test_run_eval_finds_and_normalises_dates(tml: Path, tmp_path: Path) -> None:
    report = run_eval(tml, "timeml", no_code)
    assert report.to_json()["date_value_accuracy"] == 1.0
    assert isinstance(report, TimexReport)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        Console(file=sink).print(render_summary(report))
    out = tmp_path / "figures.json"
    write_json(report, out)
    assert json.loads(out.read_text(encoding="utf-8"))["timex"]["f1"] == 1.0


SHARED = Path(os.environ.get("DRAGOMAN_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
PLATINUM = SHARED / "eval/time/te3-platinum"


@pytest.mark.slow
def test_tempeval3_platinum_date_values() -> None:
    if not PLATINUM.is_dir():
        pytest.skip("TempEval-3 platinum not present")
    report = run_eval(PLATINUM, "timeml", no_code)
    assert isinstance(report, TimexReport)
    assert (report.date_value_accuracy or 0.0) >= 0.85
