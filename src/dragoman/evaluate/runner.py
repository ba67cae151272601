"""Run a coder over a gold set and score it: the library side of ``dragoman eval``.

The coder is passed in as a function that codes one text (with its publication date, when the gold gives
one) into events; the runner reads the gold in the chosen format, calls it once per document in the
gold's order, reduces the events for scoring and returns the report.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from dragoman.errors import GoldFormatError
from dragoman.evaluate.gold import GoldDocument, read_dragoman_gold, read_petrarch_gold
from dragoman.evaluate.plover import PloverReport, read_plover_gold, score_plover
from dragoman.evaluate.scoring import EvalReport, PredictedEvent, from_event, in_text_order, score
from dragoman.model import Event

logger = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("dragoman", "plover", "petrarch")

CodeText = Callable[[str, datetime.date | None], Sequence[Event]]
Progress = Callable[[int, int], None]


def run_eval(
    gold_path: Path,
    fmt: str,
    code_text: CodeText,
    progress: Progress | None = None,
) -> EvalReport | PloverReport:
    """Code every text of the gold file at ``gold_path`` with ``code_text`` and score the events.

    ``fmt`` is ``dragoman`` (eval/FORMAT.md JSONL), ``petrarch`` (PETR2 validation XML) or ``plover``
    (PLOVER_GSR_CAMEO.txt). ``progress(done, total)`` is called after each text. Raises GoldFormatError
    for an unknown format or a malformed gold file.
    """
    if fmt == "plover":
        records = read_plover_gold(gold_path)
        texts: list[tuple[str, datetime.date | None]] = [(record.text, None) for record in records]
        predictions = _code_all(texts, code_text, progress)
        return score_plover(records, predictions, gold_name=gold_path.name)
    documents = read_gold(gold_path, fmt)
    predictions = _code_all([(doc.text, doc.published) for doc in documents], code_text, progress)
    return score(documents, predictions, gold_name=gold_path.name)


def read_gold(gold_path: Path, fmt: str) -> tuple[GoldDocument, ...]:
    """The gold documents of a file in the ``dragoman`` or ``petrarch`` format."""
    if fmt == "dragoman":
        return read_dragoman_gold(gold_path)
    if fmt == "petrarch":
        return read_petrarch_gold(gold_path)
    raise GoldFormatError(f"{gold_path}: unknown gold format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _code_all(
    texts: Sequence[tuple[str, datetime.date | None]], code_text: CodeText, progress: Progress | None
) -> list[tuple[PredictedEvent, ...]]:
    predictions: list[tuple[PredictedEvent, ...]] = []
    for done, (text, published) in enumerate(texts, start=1):
        events = in_text_order(code_text(text, published))
        predictions.append(tuple(from_event(event) for event in events))
        if progress is not None:
            progress(done, len(texts))
    logger.info("coded %d gold texts", len(texts))
    return predictions


def write_json(report: EvalReport | PloverReport, path: Path) -> None:
    """Write the report's figures (``report.to_json()``) as indented UTF-8 JSON."""
    path.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
