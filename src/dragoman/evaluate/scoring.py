"""Score predicted events against gold documents, as eval/FORMAT.md defines it.

Per document the predictions are reduced to country-level ids and de-duplicated on
(source, target, code, date), then matched one-to-one with the gold events, once per figure:

- ``event``: equal source, equal target, predicted root equal to the root of ``code`` or of an ``alt``;
- ``event_code``: the same with the full code equal to ``code`` or an ``alt``;
- ``dyad``: equal source and target only.

The matching is a maximum matching (augmenting paths), built over the required gold events first and
then over the optional ones, so an optional event never takes a prediction a required one needs. A
required gold event matched is a true positive, one left unmatched a false negative. A prediction
matched to an optional event, or left unmatched but fitting an optional event, is neither true nor false
positive (predicting an optional event is never penalised); any other unmatched prediction is a false
positive. When several predictions could serve one gold event, the one whose full code and date agree
with it is tried first, so date accuracy is measured on the best candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from dragoman.evaluate.gold import GoldDocument, GoldEvent, country_level
from dragoman.model import Event

ROOTS: tuple[str, ...] = tuple(f"{root:02d}" for root in range(1, 21))

JSON_KEYS: tuple[str, ...] = (
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
)


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """A system's event reduced to what the scoring compares."""

    source: str
    target: str | None
    code: str
    date: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]

    def label(self) -> str:
        """``RUS -> AFG 054 @2025-07-04``, for error listings."""
        return _event_label(self.source, self.target, self.code, self.date)


def from_event(event: Event) -> PredictedEvent:
    """Reduce one coded event to country-level ids (see ``gold.country_level``), its code and date."""
    source = country_level(event.source.code) or event.source.code
    target = None
    if event.target is not None:
        target = country_level(event.target.code) or event.target.code
    return PredictedEvent(source=source, target=target, code=event.code, date=event.date.value)


def in_text_order(events: Iterable[Event]) -> list[Event]:
    """Events sorted by where their evidence starts (sentence, then predicate); events without evidence last.

    The sort is stable, so events at the same place keep the order the coder gave them.
    """

    def position(event: Event) -> tuple[int, int, int]:
        if not event.evidence:
            return (1, 0, 0)
        evidence = event.evidence[0]
        return (0, evidence.sentence_index, evidence.predicate.start)

    return sorted(events, key=position)


def date_agrees(gold: str, predicted: str) -> bool:
    """True when ``predicted`` gives the gold date at the gold's precision (day, month or year).

    Both are ISO at their own precision; a prediction less precise than the gold is wrong.
    """
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives, with the figures made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class RootScore:
    """The event figures for one class (a CAMEO root, or a PLOVER category); support = required gold."""

    prf: PRF
    support: int

    def to_dict(self) -> dict[str, float | int]:
        return {**self.prf.to_dict(), "support": self.support}


@dataclass(frozen=True, slots=True)
class Match:
    """A required gold event and the prediction matched to it under the ``event`` criterion."""

    gold: GoldEvent
    predicted: PredictedEvent

    @property
    def code_correct(self) -> bool:
        return self.predicted.code in self.gold.codes

    @property
    def date_correct(self) -> bool | None:
        """None when the gold event has no date."""
        return date_agrees(self.gold.date, self.predicted.date) if self.gold.date else None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """How one document scored under the ``event`` criterion, kept for the error listing."""

    document: GoldDocument
    predictions: tuple[PredictedEvent, ...]  # de-duplicated
    matched: tuple[Match, ...]  # required gold events found
    missed: tuple[GoldEvent, ...]  # required gold events not found
    extra: tuple[PredictedEvent, ...]  # false positives
    optional_found: tuple[PredictedEvent, ...]  # neither true nor false positives
    event: PRF
    event_code: PRF
    dyad: PRF


@dataclass(frozen=True)
class EvalReport:
    """The scores of a run over a gold set; :meth:`to_json` gives the figures of eval/FORMAT.md."""

    documents: tuple[DocumentResult, ...]
    event: PRF
    event_code: PRF
    dyad: PRF
    per_root: Mapping[str, RootScore]
    per_tag: Mapping[str, PRF]
    empty_doc_false_positives: int
    dates_correct: int
    dates_total: int
    gold_name: str = ""

    @property
    def gold_events(self) -> int:
        """Required gold events (what recall counts against)."""
        return sum(len(result.document.required) for result in self.documents)

    @property
    def optional_gold_events(self) -> int:
        return sum(len(result.document.events) for result in self.documents) - self.gold_events

    @property
    def predicted_events(self) -> int:
        """Predictions after the reduction and de-duplication."""
        return sum(len(result.predictions) for result in self.documents)

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_correct / self.dates_total if self.dates_total else None

    def to_json(self) -> dict[str, object]:
        return {
            "documents": len(self.documents),
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "event": self.event.to_dict(),
            "event_code": self.event_code.to_dict(),
            "dyad": self.dyad.to_dict(),
            "date_accuracy": self.date_accuracy,
            "per_root": {root: score.to_dict() for root, score in self.per_root.items()},
            "per_tag": {tag: prf.to_dict() for tag, prf in sorted(self.per_tag.items())},
            "empty_doc_false_positives": self.empty_doc_false_positives,
        }


def score(
    docs: Sequence[GoldDocument],
    predictions: Sequence[Sequence[PredictedEvent]],
    gold_name: str = "",
) -> EvalReport:
    """Score one list of predicted events per gold document (same order) as eval/FORMAT.md defines."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} gold documents but {len(predictions)} prediction lists")
    results = tuple(score_document(doc, preds) for doc, preds in zip(docs, predictions, strict=True))

    root_counts = {root: [0, 0, 0, 0] for root in ROOTS}  # tp, fp, fn, support
    per_tag: dict[str, PRF] = {}
    dates_correct = dates_total = empty_fp = 0
    for result in results:
        for match in result.matched:
            _bump(root_counts, match.gold.root, 0)
            if match.date_correct is not None:
                dates_total += 1
                dates_correct += match.date_correct
        for predicted in result.extra:
            _bump(root_counts, predicted.root, 1)
        for gold in result.missed:
            _bump(root_counts, gold.root, 2)
        for gold in result.document.required:
            _bump(root_counts, gold.root, 3)
        for tag in dict.fromkeys(result.document.tags):
            per_tag[tag] = per_tag.get(tag, PRF()) + result.event
        if not result.document.events:
            empty_fp += len(result.predictions)

    return EvalReport(
        documents=results,
        event=_total(result.event for result in results),
        event_code=_total(result.event_code for result in results),
        dyad=_total(result.dyad for result in results),
        per_root={
            root: RootScore(PRF(tp, fp, fn), support) for root, (tp, fp, fn, support) in root_counts.items()
        },
        per_tag=per_tag,
        empty_doc_false_positives=empty_fp,
        dates_correct=dates_correct,
        dates_total=dates_total,
        gold_name=gold_name,
    )


def score_document(doc: GoldDocument, predictions: Sequence[PredictedEvent]) -> DocumentResult:
    """Match one document's predictions to its gold events under each criterion."""
    preds = dedup(predictions)
    gold = doc.events

    def same_dyad(g: GoldEvent, p: PredictedEvent) -> bool:
        return g.source == p.source and g.target == p.target

    def event_fits(g: GoldEvent, p: PredictedEvent) -> bool:
        return same_dyad(g, p) and p.root in g.roots

    def code_fits(g: GoldEvent, p: PredictedEvent) -> bool:
        return same_dyad(g, p) and p.code in g.codes

    def preference(g: GoldEvent, p: PredictedEvent) -> int:
        return int(p.code in g.codes) * 2 + int(bool(g.date) and date_agrees(g.date, p.date))

    event_pairs = match_one_to_one(gold, preds, event_fits, preference)
    event_prf, extra, optional_found = _classify(gold, preds, event_pairs, event_fits)
    code_prf = _classify(gold, preds, match_one_to_one(gold, preds, code_fits, preference), code_fits)[0]
    dyad_prf = _classify(gold, preds, match_one_to_one(gold, preds, same_dyad, preference), same_dyad)[0]
    matched = tuple(Match(gold[g], preds[p]) for g, p in sorted(event_pairs.items()) if not gold[g].optional)
    missed = tuple(g for i, g in enumerate(gold) if not g.optional and i not in event_pairs)
    return DocumentResult(
        document=doc,
        predictions=preds,
        matched=matched,
        missed=missed,
        extra=extra,
        optional_found=optional_found,
        event=event_prf,
        event_code=code_prf,
        dyad=dyad_prf,
    )


def dedup(predictions: Iterable[PredictedEvent]) -> tuple[PredictedEvent, ...]:
    """Keep the first of each (source, target, code, date), in the given order."""
    return tuple(dict.fromkeys(predictions))


class Expected(Protocol):
    """Anything matched as a gold item: only whether it is optional matters to the matching."""

    @property
    def optional(self) -> bool: ...


G = TypeVar("G", bound=Expected)
P = TypeVar("P")


def match_one_to_one(
    gold: Sequence[G],
    predictions: Sequence[P],
    fits: Callable[[G, P], bool],
    preference: Callable[[G, P], int] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one matching of gold events to predictions: {gold index: prediction index}.

    Gold events are taken required first, then optional; each is placed by an augmenting path (Kuhn's
    algorithm), which never unmatches a gold event already placed. So the required events matched are
    as many as any matching allows, and the optional ones only use predictions left over. Candidates
    with a higher ``preference`` are tried first.
    """
    candidates: list[list[int]] = []
    for item in gold:
        fitting = [i for i, p in enumerate(predictions) if fits(item, p)]
        if preference is not None:
            ranks = {i: preference(item, predictions[i]) for i in fitting}
            fitting = sorted(fitting, key=ranks.__getitem__, reverse=True)  # stable: ties keep their order
        candidates.append(fitting)

    owner: dict[int, int] = {}  # prediction index -> gold index

    def place(g: int, visited: set[int]) -> bool:
        for p in candidates[g]:
            if p in visited:
                continue
            visited.add(p)
            if p not in owner or place(owner[p], visited):
                owner[p] = g
                return True
        return False

    required_first = sorted(range(len(gold)), key=lambda index: gold[index].optional)
    for index in required_first:
        place(index, set())
    return {g: p for p, g in owner.items()}


def _classify(
    gold: Sequence[GoldEvent],
    preds: Sequence[PredictedEvent],
    pairs: Mapping[int, int],
    fits: Callable[[GoldEvent, PredictedEvent], bool],
) -> tuple[PRF, tuple[PredictedEvent, ...], tuple[PredictedEvent, ...]]:
    """The figures of one matching, the false-positive predictions and the optional-only ones."""
    tp = sum(1 for g in pairs if not gold[g].optional)
    fn = sum(1 for g in gold if not g.optional) - tp
    matched_to = {p: g for g, p in pairs.items()}
    extra: list[PredictedEvent] = []
    optional: list[PredictedEvent] = []
    for i, p in enumerate(preds):
        if i in matched_to:
            if gold[matched_to[i]].optional:
                optional.append(p)
        elif any(g.optional and fits(g, p) for g in gold):
            optional.append(p)
        else:
            extra.append(p)
    return PRF(tp=tp, fp=len(extra), fn=fn), tuple(extra), tuple(optional)


def _bump(counts: dict[str, list[int]], root: str, slot: int) -> None:
    if root in counts:
        counts[root][slot] += 1


def _total(figures: Iterable[PRF]) -> PRF:
    return sum(figures, PRF())


def _event_label(source: str, target: str | None, code: str, date: str) -> str:
    label = f"{source} -> {target or '-'} {code}"
    return f"{label} @{date}" if date else label


def gold_label(event: GoldEvent) -> str:
    """``RUS -> AFG 054|057 @2025-07 (optional)``, for error listings."""
    label = _event_label(event.source, event.target, "|".join(event.codes), event.date)
    if event.optional:
        label += " (optional)"
    return f"{label}  # {event.note}" if event.note else label
