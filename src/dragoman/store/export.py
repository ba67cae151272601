"""Events as JSON-ready records (JSONL), flat rows (CSV, Parquet) and PLOVER records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from dragoman.model import ActorRef, CharSpan, Event, Evidence, Place

CSV_COLUMNS = (
    "event_id",
    "article_id",
    "date",
    "source",
    "source_sector",
    "code",
    "name",
    "target",
    "target_sector",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "sentence",
)

Cell = str | int | float | None


def _span(span: CharSpan) -> list[int]:
    return [span.start, span.end]


def _quoted(span: CharSpan | None) -> dict[str, object] | None:
    return None if span is None else {"text": span.text, "span": _span(span)}


def _actor_record(actor: ActorRef | None) -> dict[str, object] | None:
    if actor is None:
        return None
    return {
        "code": actor.code,
        "sector": actor.sector,
        "text": actor.text,
        "entity": actor.entity,
        "kind": str(actor.kind),
        "entity_id": actor.entity_id,
        "span": _span(actor.span),
    }


def _evidence_record(evidence: Evidence) -> dict[str, object]:
    return {
        "sentence_index": evidence.sentence_index,
        "sentence": _quoted(evidence.sentence),
        "predicate": _quoted(evidence.predicate),
        "source": _quoted(evidence.source),
        "target": _quoted(evidence.target),
        "date": _quoted(evidence.date),
        "pattern_id": evidence.pattern_id,
    }


def _place_record(place: Place | None) -> dict[str, object] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "geonames_id": place.geonames_id,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "admin1": place.admin1,
        "feature_class": place.feature_class,
        "span": None if place.span is None else _span(place.span),
    }


def event_to_record(event: Event) -> dict[str, object]:
    """The event as nested, JSON-ready data: actors with spans ``[start, end]``, the date, the evidence."""
    return {
        "event_id": event.id,
        "article_id": event.article_id,
        "code": event.code,
        "root": event.root,
        "name": event.name,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "source": _actor_record(event.source),
        "target": _actor_record(event.target),
        "date": {
            "value": event.date.value,
            "precision": None if event.date.precision is None else str(event.date.precision),
            "source": str(event.date.source),
        },
        "sentence_index": event.sentence_index if event.evidence else None,
        "sentence": event.sentence if event.evidence else "",
        "evidence": [_evidence_record(item) for item in event.evidence],
        "place": _place_record(event.place),
    }


def event_to_row(event: Event) -> dict[str, Cell]:
    """The event as one flat CSV row with the columns of ``CSV_COLUMNS``; no target gives empty cells."""
    target = event.target
    return {
        "event_id": event.id,
        "article_id": event.article_id,
        "date": event.date.value,
        "source": event.source.code,
        "source_sector": event.source.sector,
        "code": event.code,
        "name": event.name,
        "target": None if target is None else target.code,
        "target_sector": None if target is None else target.sector,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "sentence": event.sentence if event.evidence else "",
    }


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """Write one JSON object per event and line (UTF-8 text, not ASCII-escaped); return how many."""
    count = 0
    for event in events:
        stream.write(json.dumps(event_to_record(event), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], stream: TextIO) -> int:
    """Write a header and one CSV row per event; return how many events.

    Rows end with ``\\n``; open files with ``newline=""`` so that line breaks inside sentences survive.
    """
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(event_to_row(event))
        count += 1
    return count


def _plover_actor(actor: ActorRef | None) -> list[dict[str, str]]:
    if actor is None:
        return []
    return [{"actorText": actor.text, "code": actor.code, "sector": actor.sector}]


def event_to_plover(event: Event) -> dict[str, object]:
    """The event as a PLOVER record, in the shape of the PLOVER gold standard records (with our CAMEO code
    kept under ``cameo``); events whose CAMEO code has no PLOVER type (root 01) have an empty ``event``."""
    record: dict[str, object] = {
        "id": event.id,
        "date": event.date.value,
        "source": _plover_actor(event.source),
        "target": _plover_actor(event.target),
        "event": event.plover_type,
        "mode": event.plover_mode,
        "cameo": event.code,
        "text": event.sentence if event.evidence else "",
        "eventText": event.evidence[0].predicate.text if event.evidence else "",
        "language": "en",
        "publication": event.article_id,
    }
    if event.place is not None:
        record["eventLoc"] = {
            "name": event.place.name,
            "country": event.place.country,
            "latitude": event.place.latitude,
            "longitude": event.place.longitude,
        }
    return record


def write_plover(events: Iterable[Event], stream: TextIO) -> int:
    """Write one PLOVER JSON record per event and line; return how many."""
    count = 0
    for event in events:
        stream.write(json.dumps(event_to_plover(event), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    """Write the flat rows of ``CSV_COLUMNS`` plus the event place to a Parquet file; return how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for event in events:
        row: dict[str, Cell] = dict(event_to_row(event))
        place = event.place
        row["place"] = None if place is None else place.name
        row["latitude"] = None if place is None else place.latitude
        row["longitude"] = None if place is None else place.longitude
        rows.append(row)
    columns = [*CSV_COLUMNS, "place", "latitude", "longitude"]
    schema = pa.schema(
        [
            (name, pa.int64() if name == "quad_class" else pa.float64() if name in _FLOATS else pa.string())
            for name in columns
        ]
    )
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(path))
    return len(rows)


_FLOATS = frozenset({"goldstein", "latitude", "longitude"})


GDELT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]


def _gdelt_actor(actor: ActorRef | None) -> list[str]:
    if actor is None:
        return [""] * 10
    state = len(actor.code) == 3 and actor.code.isalpha() and actor.code.isupper()
    return [
        actor.cameo,
        (actor.entity or actor.text).upper(),
        actor.code if state else "",
        "" if state else actor.code,
        "",
        "",
        "",
        actor.sector,
        "",
        "",
    ]


def _gdelt_place(place: Place | None) -> list[str]:
    if place is None:
        return [""] * 8
    kind = "4" if place.feature_class == "P" else "1" if not place.admin1 else "5"
    return [
        kind,
        place.name,
        place.country,
        place.admin1,
        "",
        "" if place.latitude is None else f"{place.latitude:.4f}",
        "" if place.longitude is None else f"{place.longitude:.4f}",
        "" if place.geonames_id is None else str(place.geonames_id),
    ]


def event_to_gdelt(event: Event, url: str = "") -> list[str]:
    """The event as a row of GDELT 2.0's 61-column event table.

    Differences from GDELT, by design: GLOBALEVENTID is derived from our stable event id; a month- or
    year-precision date is written as its first day; geographic country codes are ISO 3166 alpha-3 (GDELT
    writes FIPS 10-4); AvgTone and the actors' geography are left empty; DATEADDED is the event date at
    00:00:00.
    """
    value = event.date.value or "0000"
    year, month, day = [*value.split("-"), "01", "01"][:3]
    sqldate = f"{year}{month}{day}"
    fraction = f"{int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365:.4f}" if value != "0000" else ""
    row = [
        str(int(event.id[:15], 16)),
        sqldate,
        f"{year}{month}",
        year,
        fraction,
        *_gdelt_actor(event.source),
        *_gdelt_actor(event.target),
        "1" if event.evidence and event.evidence[0].sentence_index == 0 else "0",
        event.code,
        event.code[:3],
        event.root,
        str(event.quad_class),
        f"{event.goldstein:.1f}",
        str(len(event.evidence)),
        "1",
        "1",
        "",
        *_gdelt_place(None),
        *_gdelt_place(None),
        *_gdelt_place(event.place),
        f"{sqldate}000000",
        url,
    ]
    return row


def write_gdelt(events: Iterable[Event], stream: TextIO, urls: dict[str, str] | None = None) -> int:
    """Write GDELT 2.0 event rows (tab-separated, no header, as GDELT ships them); return how many."""
    count = 0
    for event in events:
        stream.write("\t".join(event_to_gdelt(event, (urls or {}).get(event.article_id, ""))))
        stream.write("\n")
        count += 1
    return count
