"""The PLOVER gold standard records (CAMEO manual examples, PLOVER v0.5 categories) and their scoring.

Each gold record is one sentence with one event: a PLOVER category, source actors and target actors.
A system's events for the sentence are scored through its *top event*: the first event in text order
(earliest sentence, then earliest predicate; see ``scoring.in_text_order``), whose CAMEO code is mapped
to a PLOVER v0.5 category by ``dragoman.model.cameo.plover05_category``.

- ``category_accuracy``: share of sentences whose top category equals the gold; no event is wrong.
- ``actor_accuracy``: each sentence's source set and target set (when the gold gives one) is one item,
  correct when the top event's source (resp. target) fits the set (see :func:`actor_fits`).
- ``event`` / ``dyad``: FORMAT-style figures where the gold events of a sentence are every
  (source, target, category) of its sets, matched one-to-one with all predicted events
  (de-duplicated on source, target, category); ``per_root`` holds these figures per PLOVER category.
  ``event_code``, ``date_accuracy`` (the gold has no dates) are None and ``per_tag`` is empty.

Gold conventions read from the file: every international body is ``IGO``, NGOs ``NGO``, transnational
armed groups ``IMG`` (al-Qaeda) and ``ISM`` (a religion-based group); these match any id of ours that
is not a 3-letter state code. The odd codes ``JAP``, ``ITL`` and ``VTN`` mean ``JPN``, ``ITA`` and ``VNM``
and are read as such. A record whose actors are marked ``(SRC/TAR: ...)`` (reciprocal, e.g. "Hungary and
Romania agreed") and which gives no target has its sources as targets too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dragoman.errors import GoldFormatError
from dragoman.evaluate.gold import is_state_code
from dragoman.evaluate.scoring import PRF, PredictedEvent, RootScore, match_one_to_one

GOLD_ODD_CODES: Mapping[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GOLD_NON_STATE_CODES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "ISM"})
RECIPROCAL_MARK = "(SRC/TAR:"
UNMAPPED = "UNMAPPED"  # the category of a predicted code with no PLOVER category

Categorise = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One coded sentence of the PLOVER gold standard."""

    id: str
    text: str
    category: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    markup: str = ""

    @property
    def reciprocal(self) -> bool:
        return RECIPROCAL_MARK in self.markup


def read_plover_gold(path: Path) -> tuple[PloverRecord, ...]:
    """Read ``PLOVER_GSR_CAMEO.txt``: a JSON array whose ``DOCUMENT`` header elements are skipped.

    Raises GoldFormatError naming the file and the record (its index and id) when a record is malformed.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}:{exc.lineno}: not JSON ({exc.msg})") from exc
    if not isinstance(data, list):
        raise GoldFormatError(f"{path}: the PLOVER gold must be a JSON array of records")
    records: list[PloverRecord] = []
    for index, item in enumerate(data):
        where = f"{path}: record {index}"
        if not isinstance(item, dict):
            raise GoldFormatError(f"{where}: not a JSON object")
        if item.get("event") == "DOCUMENT":
            continue
        records.append(_record(item, where))
    return tuple(records)


def _record(item: Mapping[str, object], where: str) -> PloverRecord:
    record_id, text, category = item.get("id"), item.get("text"), item.get("event")
    if not isinstance(record_id, str) or not record_id:
        raise GoldFormatError(f"{where}: no 'id'")
    where = f"{where} ({record_id})"
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: no 'text'")
    if not isinstance(category, str) or not category:
        raise GoldFormatError(f"{where}: no 'event' category")
    text_info = item.get("textInfo")
    markup = text_info.get("markup", "") if isinstance(text_info, dict) else text_info
    if not isinstance(markup, str):
        markup = ""
    sources = _actor_codes(item.get("source"), f"{where} source")
    targets = _actor_codes(item.get("target"), f"{where} target")
    if not targets and RECIPROCAL_MARK in markup:
        targets = sources
    return PloverRecord(
        id=record_id, text=text, category=category, sources=sources, targets=targets, markup=markup
    )


def _actor_codes(value: object, where: str) -> tuple[str, ...]:
    """The distinct codes of an actor list; anything but a list (null, "", a stray word) is no actor."""
    if not isinstance(value, list):
        return ()
    codes: list[str] = []
    for actor in value:
        code = actor.get("code") if isinstance(actor, dict) else None
        if not isinstance(code, str) or not code.strip():
            raise GoldFormatError(f"{where}: an actor without a code")
        code = code.strip().upper()
        codes.append(GOLD_ODD_CODES.get(code, code))
    return tuple(dict.fromkeys(codes))


def actor_fits(gold_codes: Sequence[str], predicted: str | None) -> bool:
    """True when a predicted country-level id is one of the gold codes.

    A gold ``IGO``/``NGO``/``IMG``/``ISM`` accepts any predicted id that is not a 3-letter state code.
    """
    if predicted is None:
        return False
    if predicted in gold_codes:
        return True
    return not is_state_code(predicted) and any(code in GOLD_NON_STATE_CODES for code in gold_codes)


@dataclass(frozen=True, slots=True)
class PloverGoldEvent:
    """One (source, target, category) of a record, matched in the FORMAT-style figures."""

    source: str
    target: str | None
    category: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class PloverResult:
    """How one sentence scored: its top prediction and the category and actor verdicts."""

    record: PloverRecord
    predictions: tuple[PredictedEvent, ...]  # in text order
    top: PredictedEvent | None
    predicted_category: str | None
    source_correct: bool | None  # None when the gold gives no source
    target_correct: bool | None  # None when the gold gives no target

    @property
    def category_correct(self) -> bool:
        return self.predicted_category == self.record.category

    @property
    def actor_items(self) -> tuple[bool, ...]:
        return tuple(v for v in (self.source_correct, self.target_correct) if v is not None)


@dataclass(frozen=True)
class PloverReport:
    """The scores of a run over the PLOVER gold; :meth:`to_json` gives the FORMAT keys plus two."""

    sentences: tuple[PloverResult, ...]
    event: PRF
    dyad: PRF
    per_category: Mapping[str, RootScore]
    gold_events: int
    predicted_events: int
    gold_name: str = ""

    @property
    def category_accuracy(self) -> float | None:
        if not self.sentences:
            return None
        return sum(result.category_correct for result in self.sentences) / len(self.sentences)

    @property
    def actor_accuracy(self) -> float | None:
        items = [item for result in self.sentences for item in result.actor_items]
        return sum(items) / len(items) if items else None

    def to_json(self) -> dict[str, object]:
        return {
            "documents": len(self.sentences),
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "event": self.event.to_dict(),
            "event_code": None,
            "dyad": self.dyad.to_dict(),
            "date_accuracy": None,
            "per_root": {name: score.to_dict() for name, score in sorted(self.per_category.items())},
            "per_tag": {},
            "empty_doc_false_positives": 0,
            "category_accuracy": self.category_accuracy,
            "actor_accuracy": self.actor_accuracy,
        }


def score_plover(
    records: Sequence[PloverRecord],
    predictions: Sequence[Sequence[PredictedEvent]],
    categorise: Categorise | None = None,
    gold_name: str = "",
) -> PloverReport:
    """Score one list of predicted events per record, each list in text order (first = top event).

    ``categorise`` maps a CAMEO code to its PLOVER v0.5 category (empty or None for a code without
    one, which then counts as no category); by default ``dragoman.model.cameo.plover05_category``.
    """
    if len(records) != len(predictions):
        raise ValueError(f"{len(records)} gold records but {len(predictions)} prediction lists")
    if categorise is None:
        from dragoman.model.cameo import plover05_category

        categorise = plover05_category
    results: list[PloverResult] = []
    counts: dict[str, list[int]] = {}  # category -> tp, fp, fn, support
    event_total = dyad_total = PRF()
    gold_total = predicted_total = 0
    for record, preds in zip(records, predictions, strict=True):
        result = _sentence_result(record, tuple(preds), categorise)
        results.append(result)
        gold = _gold_events(record)
        predicted = tuple(
            dict.fromkeys(PloverGoldEvent(p.source, p.target, categorise(p.code) or UNMAPPED) for p in preds)
        )
        gold_total += len(gold)
        predicted_total += len(predicted)
        event_pairs = match_one_to_one(gold, predicted, _event_fits)
        event_total += _prf(gold, predicted, event_pairs)
        dyad_total += _prf(gold, predicted, match_one_to_one(gold, predicted, _dyad_fits))
        _count_categories(counts, gold, predicted, event_pairs)
    return PloverReport(
        sentences=tuple(results),
        event=event_total,
        dyad=dyad_total,
        per_category={
            name: RootScore(PRF(tp, fp, fn), support) for name, (tp, fp, fn, support) in counts.items()
        },
        gold_events=gold_total,
        predicted_events=predicted_total,
        gold_name=gold_name,
    )


def _sentence_result(
    record: PloverRecord, preds: tuple[PredictedEvent, ...], categorise: Categorise
) -> PloverResult:
    top = preds[0] if preds else None
    return PloverResult(
        record=record,
        predictions=preds,
        top=top,
        predicted_category=(categorise(top.code) or None) if top is not None else None,
        source_correct=actor_fits(record.sources, top.source if top else None) if record.sources else None,
        target_correct=actor_fits(record.targets, top.target if top else None) if record.targets else None,
    )


def _gold_events(record: PloverRecord) -> tuple[PloverGoldEvent, ...]:
    targets: tuple[str | None, ...] = record.targets or (None,)
    events = [
        PloverGoldEvent(source, target, record.category)
        for source in record.sources
        for target in targets
        if not (record.reciprocal and source == target)
    ]
    return tuple(events)


def _dyad_fits(gold: PloverGoldEvent, predicted: PloverGoldEvent) -> bool:
    if not actor_fits((gold.source,), predicted.source):
        return False
    if gold.target is None:
        return predicted.target is None
    return actor_fits((gold.target,), predicted.target)


def _event_fits(gold: PloverGoldEvent, predicted: PloverGoldEvent) -> bool:
    return gold.category == predicted.category and _dyad_fits(gold, predicted)


def _prf(
    gold: Sequence[PloverGoldEvent], predicted: Sequence[PloverGoldEvent], pairs: Mapping[int, int]
) -> PRF:
    return PRF(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))


def _count_categories(
    counts: dict[str, list[int]],
    gold: Sequence[PloverGoldEvent],
    predicted: Sequence[PloverGoldEvent],
    pairs: Mapping[int, int],
) -> None:
    matched_predictions = set(pairs.values())
    for i, event in enumerate(gold):
        slots = counts.setdefault(event.category, [0, 0, 0, 0])
        slots[0 if i in pairs else 2] += 1
        slots[3] += 1
    for i, event in enumerate(predicted):
        if i not in matched_predictions:
            counts.setdefault(event.category, [0, 0, 0, 0])[1] += 1
