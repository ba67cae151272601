"""TimeML gold (TempEval-3 ``.tml`` files) and the scoring of our DATE expressions against it.

A document is its ``TEXT`` element as plain text, its document creation time (the ``DCT`` TIMEX3's value)
and the TIMEX3 spans inside ``TEXT`` with their character offsets in that text. Only ``type="DATE"``
timexes are scored: durations, times and sets are left out of both sides. The creation time itself is the
input of the normalisation, not something found in the text, and is never scored.

Figures (``TimexReport``):

- ``timex``: span precision, recall and F1 of our DATE mentions against the gold DATE timexes, with
  *strict* (same start and end) matching; ``timex_relaxed`` is the same with *overlapping* spans, one to
  one in text order (TempEval-3 reports both).
- ``date_value_accuracy``: the share of gold DATE timexes that a mention of ours overlaps with exactly the
  gold ``value`` (``2013-03-22``, ``2013-03``, ``2013-W12``, ``199``, ``PRESENT_REF``...); a gold date we
  did not find counts as wrong. ``value_accuracy_found`` is the same share over the gold dates we found.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dragoman.errors import GoldFormatError
from dragoman.evaluate.scoring import PRF

DATE_TYPE = "DATE"


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: character offsets into the document text, its TimeML type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str

    def overlaps(self, other: Timex) -> bool:
        return self.start < other.end and other.start < self.end

    def label(self) -> str:
        return f"{self.text!r} [{self.start}:{self.end}] {self.value}"


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    id: str
    dct: datetime.date
    text: str
    timexes: tuple[Timex, ...]

    @property
    def gold_dates(self) -> tuple[Timex, ...]:
        return tuple(timex for timex in self.timexes if timex.type == DATE_TYPE)


def read_timeml(path: Path) -> tuple[TimemlDocument, ...]:
    """The documents of one ``.tml`` file, or of every ``.tml`` file under a directory (sorted by path).

    Raises GoldFormatError for a file that is not TimeML XML or lacks a DCT value or a TEXT element.
    """
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    if not files:
        raise GoldFormatError(f"{path}: no .tml files")
    return tuple(_read_document(file) for file in files)


def _read_document(path: Path) -> TimemlDocument:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise GoldFormatError(f"{path}: not TimeML XML ({err})") from err
    dct_timex = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct_timex is None or body is None:
        raise GoldFormatError(f"{path}: no DCT TIMEX3 or no TEXT element")
    try:
        dct = datetime.date.fromisoformat(dct_timex.get("value", "")[:10])
    except ValueError as err:
        raise GoldFormatError(f"{path}: DCT value {dct_timex.get('value')!r} is not a date") from err
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(body, parts, timexes, path)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return TimemlDocument(doc_id, dct, "".join(parts), tuple(timexes))


def _flatten(element: ET.Element, parts: list[str], timexes: list[Timex], path: Path) -> None:
    """Append the element's text to ``parts`` in document order, recording each TIMEX3's offsets."""
    start = sum(len(part) for part in parts)
    if element.text:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts, timexes, path)
        if child.tail:
            parts.append(child.tail)
    if element.tag == "TIMEX3":
        end = sum(len(part) for part in parts)
        kind, value = element.get("type"), element.get("value")
        if kind is None or value is None:
            raise GoldFormatError(f"{path}: TIMEX3 {element.get('tid')!r} without type or value")
        text = "".join(parts)[start:end]
        timexes.append(Timex(start, end, text, kind, value))


@dataclass(frozen=True, slots=True)
class TimexDocumentResult:
    document: TimemlDocument
    predicted: tuple[Timex, ...]
    strict: PRF
    relaxed: PRF
    values_correct: int
    missed: tuple[Timex, ...]  # gold dates no mention of ours overlaps
    extra: tuple[Timex, ...]  # our mentions that overlap no gold date
    wrong_values: tuple[tuple[Timex, Timex], ...]  # (gold, ours) overlapping with another value


@dataclass(frozen=True, slots=True)
class TimexReport:
    gold_name: str
    documents: tuple[TimexDocumentResult, ...]

    @property
    def timex(self) -> PRF:
        return sum((result.strict for result in self.documents), PRF())

    @property
    def timex_relaxed(self) -> PRF:
        return sum((result.relaxed for result in self.documents), PRF())

    @property
    def gold_dates(self) -> int:
        return sum(len(result.document.gold_dates) for result in self.documents)

    @property
    def predicted_dates(self) -> int:
        return sum(len(result.predicted) for result in self.documents)

    @property
    def values_correct(self) -> int:
        return sum(result.values_correct for result in self.documents)

    @property
    def date_value_accuracy(self) -> float | None:
        return self.values_correct / self.gold_dates if self.gold_dates else None

    @property
    def value_accuracy_found(self) -> float | None:
        found = self.timex_relaxed.tp
        return self.values_correct / found if found else None

    def to_json(self) -> dict[str, object]:
        return {
            "gold": self.gold_name,
            "documents": len(self.documents),
            "gold_dates": self.gold_dates,
            "predicted_dates": self.predicted_dates,
            "date_value_accuracy": self.date_value_accuracy,
            "value_accuracy_found": self.value_accuracy_found,
            "timex": self.timex.to_dict(),
            "timex_relaxed": self.timex_relaxed.to_dict(),
        }


def score_timeml(
    documents: Sequence[TimemlDocument], predictions: Sequence[Sequence[Timex]], gold_name: str = ""
) -> TimexReport:
    """Score each document's predicted timexes (only their DATE ones count) against its gold DATEs."""
    if len(documents) != len(predictions):
        raise ValueError(f"{len(documents)} documents but {len(predictions)} predictions")
    results = tuple(
        _score_document(document, tuple(t for t in predicted if t.type == DATE_TYPE))
        for document, predicted in zip(documents, predictions, strict=True)
    )
    return TimexReport(gold_name, results)


def _score_document(document: TimemlDocument, predicted: tuple[Timex, ...]) -> TimexDocumentResult:
    gold = document.gold_dates
    exact = {(t.start, t.end) for t in gold} & {(t.start, t.end) for t in predicted}
    strict = PRF(len(exact), len(predicted) - len(exact), len(gold) - len(exact))
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    for timex in gold:
        # prefer the mention with the same span, else the first overlapping one in text order
        candidates = [i for i, p in enumerate(predicted) if i not in used and p.overlaps(timex)]
        candidates.sort(key=lambda i: (predicted[i].start, predicted[i].end) != (timex.start, timex.end))
        if candidates:
            used.add(candidates[0])
            pairs.append((timex, predicted[candidates[0]]))
    found = {id(g) for g, _ in pairs}
    relaxed = PRF(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    wrong = tuple((g, p) for g, p in pairs if g.value != p.value)
    return TimexDocumentResult(
        document=document,
        predicted=predicted,
        strict=strict,
        relaxed=relaxed,
        values_correct=len(pairs) - len(wrong),
        missed=tuple(t for t in gold if id(t) not in found),
        extra=tuple(p for i, p in enumerate(predicted) if i not in used),
        wrong_values=wrong,
    )


def render_timex_errors(report: TimexReport) -> str:
    """Per document with an error: gold dates missed, extra mentions, wrong values."""
    blocks: list[str] = []
    for result in report.documents:
        if not (result.missed or result.extra or result.wrong_values):
            continue
        lines = [f"== {result.document.id}  (DCT {result.document.dct.isoformat()})"]
        lines += [f"  missed   {gold.label()}" for gold in result.missed]
        lines += [f"  extra    {ours.label()}" for ours in result.extra]
        lines += [
            f"  value    {gold.label()}  predicted {ours.value} ({ours.text!r})"
            for gold, ours in result.wrong_values
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "no errors"
