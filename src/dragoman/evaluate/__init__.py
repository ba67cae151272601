"""Evaluation: gold readers, scoring as eval/FORMAT.md defines it, and the reports of ``dragoman eval``."""

from dragoman.evaluate.gold import (
    GoldDocument,
    GoldEvent,
    country_level,
    read_dragoman_gold,
    read_petrarch_gold,
)
from dragoman.evaluate.plover import PloverRecord, PloverReport, read_plover_gold, score_plover
from dragoman.evaluate.report import render_errors, render_summary
from dragoman.evaluate.runner import FORMATS, read_gold, run_eval, write_json
from dragoman.evaluate.scoring import PRF, EvalReport, PredictedEvent, from_event, score

__all__ = [
    "FORMATS",
    "PRF",
    "EvalReport",
    "GoldDocument",
    "GoldEvent",
    "PloverRecord",
    "PloverReport",
    "PredictedEvent",
    "country_level",
    "from_event",
    "read_dragoman_gold",
    "read_gold",
    "read_petrarch_gold",
    "read_plover_gold",
    "render_errors",
    "render_summary",
    "run_eval",
    "score",
    "score_plover",
    "write_json",
]
