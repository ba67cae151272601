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
from dragoman.evaluate.geo import (
    EventLocationReport,
    GwnReport,
    PredictedToponym,
    read_event_locations,
    read_gwn,
    score_event_locations,
    score_gwn,
)
from dragoman.evaluate.gold import GoldDocument, read_dragoman_gold, read_petrarch_gold
from dragoman.evaluate.plover import PloverReport, read_plover_gold, score_plover
from dragoman.evaluate.scoring import EvalReport, PredictedEvent, from_event, in_text_order, score
from dragoman.evaluate.timeml import Timex, TimexReport, read_timeml, score_timeml
from dragoman.model import Event

logger = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("dragoman", "plover", "petrarch", "timeml", "gwn", "eventloc")

CodeText = Callable[[str, datetime.date | None], Sequence[Event]]
Progress = Callable[[int, int], None]


def run_eval(
    gold_path: Path,
    fmt: str,
    code_text: CodeText,
    progress: Progress | None = None,
) -> EvalReport | PloverReport | TimexReport | GwnReport | EventLocationReport:
    """Code every text of the gold file at ``gold_path`` with ``code_text`` and score the events.

    ``fmt`` is ``dragoman`` (eval/FORMAT.md JSONL), ``petrarch`` (PETR2 validation XML) or ``plover``
    (PLOVER_GSR_CAMEO.txt) or ``timeml`` (a directory of TempEval-3 ``.tml`` files, or one: ``code_text``
    is not used, the DATE expressions of each text are found and normalised against its creation time).
    ``progress(done, total)`` is called after each text. Raises GoldFormatError for an unknown format or a
    malformed gold file.
    """
    if fmt == "timeml":
        return _run_timeml(gold_path, progress)
    if fmt == "gwn":
        return _run_gwn(gold_path, progress)
    if fmt == "eventloc":
        return _run_eventloc(gold_path, progress)
    if fmt == "plover":
        records = read_plover_gold(gold_path)
        texts: list[tuple[str, datetime.date | None]] = [(record.text, None) for record in records]
        predictions = _code_all(texts, code_text, progress)
        return score_plover(records, predictions, gold_name=gold_path.name)
    documents = read_gold(gold_path, fmt)
    predictions = _code_all([(doc.text, doc.published) for doc in documents], code_text, progress)
    return score(documents, predictions, gold_name=gold_path.name)


def _run_timeml(gold_path: Path, progress: Progress | None) -> TimexReport:
    from dragoman.nlp import load_nlp
    from dragoman.nlp.timexes import date_mentions

    documents = read_timeml(gold_path)
    nlp = load_nlp()
    predictions: list[tuple[Timex, ...]] = []
    for done, document in enumerate(documents, start=1):
        mentions = date_mentions(nlp(document.text), document.dct)
        predictions.append(tuple(Timex(m.start, m.end, m.text, "DATE", m.value) for m in mentions))
        if progress is not None:
            progress(done, len(documents))
    return score_timeml(documents, predictions, gold_name=gold_path.name)


def _run_gwn(gold_path: Path, progress: Progress | None) -> GwnReport:
    """GeoWebNews: the toponyms of each article (``gwn``); ``code_text`` is not used."""
    from dragoman.nlp import load_nlp
    from dragoman.nlp.gazetteer import distance_km
    from dragoman.nlp.places import toponyms

    articles = read_gwn(gold_path)
    nlp = load_nlp()
    predictions: list[tuple[PredictedToponym, ...]] = []
    for done, article in enumerate(articles, start=1):
        found = toponyms(nlp(article.text))
        predictions.append(
            tuple(
                PredictedToponym(t.span.start, t.span.end, t.literal, t.place.latitude, t.place.longitude)
                for t in found
            )
        )
        if progress is not None:
            progress(done, len(articles))
    return score_gwn(articles, predictions, distance_km, gold_name=gold_path.name)


def _run_eventloc(gold_path: Path, progress: Progress | None) -> EventLocationReport:
    """Event locations (``eventloc``): the place of each record's VERB; ``code_text`` is not used."""
    from dragoman.nlp import load_nlp
    from dragoman.nlp.places import PlaceIndex, place_for

    records, skipped = read_event_locations(gold_path)
    nlp = load_nlp()
    predictions: list[tuple[int, int] | None] = []
    for done, record in enumerate(records, start=1):
        doc = nlp(record.text)
        verb = doc.char_span(record.verb[0], record.verb[1], alignment_mode="expand")
        place = place_for(verb.root, PlaceIndex(doc)) if verb is not None and len(verb) else None
        predictions.append((place.span.start, place.span.end) if place and place.span else None)
        if progress is not None:
            progress(done, len(records))
    return score_event_locations(records, predictions, skipped, gold_name=gold_path.name)


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


def write_json(
    report: EvalReport | PloverReport | TimexReport | GwnReport | EventLocationReport, path: Path
) -> None:
    """Write the report's figures (``report.to_json()``) as indented UTF-8 JSON."""
    path.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
