"""Geography gold sets: GeoWebNews toponyms (``--format gwn``) and event locations (``--format eventloc``).

GeoWebNews (Gritta et al. 2019, ``GWN.xml``): articles with typed toponym spans, many with GeoNames
coordinates. Scored here:

- ``toponym``: precision, recall and F1 of *literal* toponym spans (exact character offsets). Gold literal
  types: Literal, Literal_Modifier, Mixed, Coercion, Embedded_Literal. A predicted literal toponym that
  matches no gold literal span is a false positive, even when it matches a gold metonymic toponym.
- ``acc_161km``: of the gold toponyms with coordinates that we recognised (same span, any type), the share
  whose predicted point is within 161 km of the gold point (a toponym we did not geocode counts as a miss).
- ``metonymy_accuracy``: of the recognised gold toponyms of a literal or associative type, the share whose
  literal/metonymic flag agrees with the gold type.

Event locations (Halterman 2019, ``gold_RELABEL.jsonl``): one sentence and one VERB span per record, with
zero or more LOCATION spans. ``accuracy``: a record is right when we give no place and the gold has none, or
our place's span overlaps a gold LOCATION span. Records without spans are skipped and counted.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from dragoman.errors import GoldFormatError
from dragoman.evaluate.scoring import PRF

LITERAL_TYPES = frozenset({"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"})
ASSOCIATIVE_TYPES = frozenset(
    {"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language"}
)
ACCURACY_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    type: str
    latitude: float | None
    longitude: float | None

    @property
    def literal(self) -> bool:
        return self.type in LITERAL_TYPES


@dataclass(frozen=True, slots=True)
class GwnArticle:
    name: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True, slots=True)
class PredictedToponym:
    """What the system says about one toponym (the runner converts the NLP records to these)."""

    start: int
    end: int
    literal: bool
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class GwnReport:
    toponym: PRF
    geocoded_within: int
    geocoding_total: int
    metonymy_correct: int
    metonymy_total: int
    documents: int
    gold_name: str = ""

    @property
    def acc_161km(self) -> float | None:
        return self.geocoded_within / self.geocoding_total if self.geocoding_total else None

    @property
    def metonymy_accuracy(self) -> float | None:
        return self.metonymy_correct / self.metonymy_total if self.metonymy_total else None

    def to_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "toponym": self.toponym.to_dict(),
            "acc_161km": self.acc_161km,
            "acc_161km_count": f"{self.geocoded_within}/{self.geocoding_total}",
            "metonymy_accuracy": self.metonymy_accuracy,
            "metonymy_accuracy_count": f"{self.metonymy_correct}/{self.metonymy_total}",
        }


@dataclass(frozen=True, slots=True)
class EventLocationRecord:
    text: str
    verb: tuple[int, int]
    locations: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class EventLocationReport:
    correct: int
    total: int
    with_location_correct: int
    with_location_total: int
    skipped: int
    gold_name: str = ""

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict[str, object]:
        without = self.total - self.with_location_total
        return {
            "documents": self.total,
            "accuracy": self.accuracy,
            "accuracy_count": f"{self.correct}/{self.total}",
            "with_location": f"{self.with_location_correct}/{self.with_location_total}",
            "without_location": f"{self.correct - self.with_location_correct}/{without}",
            "skipped": self.skipped,
        }


def _number(value: str | None) -> float | None:
    return float(value) if value else None


def read_gwn(path: Path) -> tuple[GwnArticle, ...]:
    """The articles of GeoWebNews ``GWN.xml``; raises GoldFormatError when the file is not that."""
    try:
        root = ET.parse(path).getroot()
        articles: list[GwnArticle] = []
        for article in root.iter("article"):
            text = article.findtext("text") or ""
            toponyms = tuple(
                GoldToponym(
                    start=int(node.findtext("start") or ""),
                    end=int(node.findtext("end") or ""),
                    text=node.findtext("extractedName") or "",
                    type=node.findtext("type") or "",
                    latitude=_number(node.findtext("latitude")),
                    longitude=_number(node.findtext("longitude")),
                )
                for node in article.iter("toponym")
            )
            articles.append(GwnArticle(article.get("file", str(len(articles))), text, toponyms))
    except (ET.ParseError, ValueError) as err:
        raise GoldFormatError(f"{path}: not a GeoWebNews XML file ({err})") from err
    if not articles:
        raise GoldFormatError(f"{path}: no <article> elements")
    return tuple(articles)


def score_gwn(
    articles: Sequence[GwnArticle],
    predictions: Sequence[Sequence[PredictedToponym]],
    distance_km: Callable[[float, float, float, float], float],
    gold_name: str = "",
) -> GwnReport:
    """Score predicted toponyms (one list per article, same order) against the gold (module docstring)."""
    tp = fp = fn = within = geo_total = meto_ok = meto_total = 0
    for article, predicted in zip(articles, predictions, strict=True):
        # a gold span whose offsets disagree with its text is unreliable: kept as gold, never matched
        gold = {(t.start, t.end): t for t in article.toponyms if article.text[t.start : t.end] == t.text}
        unmatched = sum(1 for t in article.toponyms if t.literal and (t.start, t.end) not in gold)
        literal_gold = {key for key, t in gold.items() if t.literal}
        literal_pred = {(p.start, p.end) for p in predicted if p.literal}
        tp += len(literal_gold & literal_pred)
        fp += len(literal_pred - literal_gold)
        fn += len(literal_gold - literal_pred) + unmatched
        for guess in predicted:
            truth = gold.get((guess.start, guess.end))
            if truth is None:
                continue
            if truth.latitude is not None and truth.longitude is not None:
                geo_total += 1
                if guess.latitude is not None and guess.longitude is not None:
                    km = distance_km(truth.latitude, truth.longitude, guess.latitude, guess.longitude)
                    within += km <= ACCURACY_KM
            if truth.type in LITERAL_TYPES or truth.type in ASSOCIATIVE_TYPES:
                meto_total += 1
                meto_ok += guess.literal == truth.literal
    return GwnReport(PRF(tp, fp, fn), within, geo_total, meto_ok, meto_total, len(articles), gold_name)


def read_event_locations(path: Path) -> tuple[tuple[EventLocationRecord, ...], int]:
    """The scorable records of an event-location JSONL file and the number skipped (no single VERB span)."""
    records: list[EventLocationRecord] = []
    skipped = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            record = _event_location(line, f"{path}: line {number}")
            if record is None:
                skipped += 1
            else:
                records.append(record)
    return tuple(records), skipped


def _event_location(line: str, where: str) -> EventLocationRecord | None:
    try:
        record = json.loads(line)
        tokens = record["tokens"]
        spans = record.get("spans") or []
        verbs = [_chars(tokens, s) for s in spans if s["label"] == "VERB"]
        locations = tuple(_chars(tokens, s) for s in spans if s["label"] == "LOCATION")
        text = record["text"]
    except (json.JSONDecodeError, KeyError, IndexError, TypeError) as err:
        raise GoldFormatError(f"{where}: not an event-location record ({err!r})") from err
    return EventLocationRecord(text, verbs[0], locations) if len(verbs) == 1 else None


def _chars(tokens: Sequence[dict[str, int]], span: dict[str, int]) -> tuple[int, int]:
    """Character offsets of a span from its token range (the spans' own offsets are not reliable)."""
    return tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]


def score_event_locations(
    records: Sequence[EventLocationRecord],
    predictions: Sequence[tuple[int, int] | None],
    skipped: int = 0,
    gold_name: str = "",
) -> EventLocationReport:
    """Score predicted place spans (one per record, ``None`` for no place) against the gold."""
    correct = with_correct = with_total = 0
    for record, guess in zip(records, predictions, strict=True):
        if record.locations:
            with_total += 1
            right = guess is not None and any(
                guess[0] < end and start < guess[1] for start, end in record.locations
            )
            with_correct += right
        else:
            right = guess is None
        correct += right
    return EventLocationReport(correct, len(records), with_correct, with_total, skipped, gold_name)


def render_geo_summary(report: GwnReport | EventLocationReport) -> Table:
    """The figures of a geography report as a rich table."""
    name = f" — {report.gold_name}" if report.gold_name else ""
    table = Table(title=f"Geography evaluation{name}", header_style="bold")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    for key, value in report.to_json().items():
        if isinstance(value, dict):
            cells = ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in value.items()
            )
            table.add_row(key, cells, "")
        elif isinstance(value, float):
            table.add_row(key, f"{value:.3f}", str(report.to_json().get(f"{key}_count", "")))
        elif not key.endswith("_count"):
            table.add_row(key, "n/a" if value is None else str(value), "")
    return table
