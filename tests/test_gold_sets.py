"""End to end on the gold sets in ../shared (skipped where absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dragoman import Dragoman
from dragoman.evaluate import EvalReport, run_eval

pytestmark = pytest.mark.slow

SHARED = Path(os.environ.get("DRAGOMAN_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
SEED = SHARED / "seed" / "gold.jsonl"
DEV = SHARED / "eval" / "dev.jsonl"


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def evaluate(dm: Dragoman, path: Path, fmt: str = "dragoman") -> EvalReport:
    report = run_eval(path, fmt, lambda text, published: dm.code(text, published=published))
    assert isinstance(report, EvalReport)
    return report


def test_seed_article_codes_every_required_event_and_nothing_else(dm: Dragoman) -> None:
    report = evaluate(dm, needs(SEED))
    assert report.event.fn == 0, "a required seed event was missed"
    assert report.event.fp == 0, "an event was predicted that the seed gold does not have"
    assert report.event.tp == 5
    assert report.date_accuracy == 1.0


def test_dev_set_runs_and_reports_every_figure(dm: Dragoman) -> None:
    report = evaluate(dm, needs(DEV))
    figures = report.to_json()
    # the key list FORMAT.md gives, read from the document itself
    format_md = (SHARED / "eval" / "FORMAT.md").read_text(encoding="utf-8")
    listed = format_md.split("with exactly these keys at the top level:", 1)[1].split("(", 1)[0]
    assert set(figures) == {key.strip(" `\n") for key in listed.split(",")}
    assert figures["documents"] == 45
    assert report.event.tp > 0
