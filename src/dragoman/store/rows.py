"""Records to table rows and back, for the store. Pure functions: no database access here.

The ``*_COLUMNS`` tuples name the columns in the order the value tuples hold them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from dragoman.errors import StoreError
from dragoman.model import (
    ActorKind,
    ActorRef,
    CharSpan,
    CodingResult,
    DateSource,
    Event,
    EventDate,
    Evidence,
    Mention,
    Place,
    Precision,
)

ARTICLE_COLUMNS = ("article_id", "text", "title", "published", "url", "source", "origin", "external_id")
EVENT_COLUMNS = (
    "article_id", "ordinal", "event_id", "code", "root", "name", "quad_class", "goldstein",
    "plover_type", "plover_mode",
    "source_code", "source_sector", "source_text", "source_entity", "source_kind", "source_entity_id",
    "source_start", "source_end", "source_span_text",
    "target_code", "target_sector", "target_text", "target_entity", "target_kind", "target_entity_id",
    "target_start", "target_end", "target_span_text",
    "date", "date_precision", "date_source", "date_start", "date_end", "date_span_text",
    "sentence_index", "sentence", "evidence",
    "place_name", "place_geonames_id", "place_latitude", "place_longitude", "place_country",
    "place_admin1", "place_feature_class", "place_start", "place_end", "place_span_text",
)  # fmt: skip
MENTION_COLUMNS = (
    "article_id", "ordinal", "sentence_index", "text", "code", "sector", "entity", "kind", "entity_id",
    "span_start", "span_end", "span_text",
)  # fmt: skip
FAILURE_COLUMNS = ("origin", "stage", "code", "reason", "article_id")
_ACTOR_FIELDS = ("code", "sector", "text", "entity", "kind", "entity_id", "start", "end", "span_text")


# --- records to rows ------------------------------------------------------------------------------


def _span_values(span: CharSpan | None) -> tuple[int | None, int | None, str | None]:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _actor_values(actor: ActorRef | None) -> tuple[object, ...]:
    if actor is None:
        return (None,) * len(_ACTOR_FIELDS)
    fields = (actor.code, actor.sector, actor.text, actor.entity, str(actor.kind), actor.entity_id)
    return fields + _span_values(actor.span)


def _span_json(span: CharSpan | None) -> dict[str, object] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def evidence_json(evidence: Sequence[Evidence]) -> str:
    """The ``events.evidence`` column: a JSON list with every span of every piece of evidence."""
    items = [
        {
            "sentence_index": item.sentence_index,
            "sentence": _span_json(item.sentence),
            "predicate": _span_json(item.predicate),
            "source": _span_json(item.source),
            "target": _span_json(item.target),
            "date": _span_json(item.date),
            "pattern_id": item.pattern_id,
        }
        for item in evidence
    ]
    return json.dumps(items, ensure_ascii=False)


def event_values(ordinal: int, event: Event) -> tuple[object, ...]:
    first = event.evidence[0]
    place = event.place
    place_values: tuple[object, ...] = (None,) * 10
    if place is not None:
        place_values = (
            place.name,
            place.geonames_id,
            place.latitude,
            place.longitude,
            place.country,
            place.admin1,
            place.feature_class,
            *_span_values(place.span),
        )
    return (
        event.article_id,
        ordinal,
        event.id,
        event.code,
        event.root,
        event.name,
        event.quad_class,
        event.goldstein,
        event.plover_type,
        event.plover_mode,
        *_actor_values(event.source),
        *_actor_values(event.target),
        event.date.value,
        None if event.date.precision is None else str(event.date.precision),
        str(event.date.source),
        *_span_values(event.date.span),
        first.sentence_index,
        first.sentence.text,
        evidence_json(event.evidence),
        *place_values,
    )


def mention_values(ordinal: int, mention: Mention) -> tuple[object, ...]:
    actor = mention.actor
    return (
        mention.article_id,
        ordinal,
        mention.sentence_index,
        actor.text,
        actor.code,
        actor.sector,
        actor.entity,
        str(actor.kind),
        actor.entity_id,
        *_span_values(actor.span),
    )


# --- rows to records ------------------------------------------------------------------------------


def _span_from(start: Any, end: Any, text: Any) -> CharSpan | None:
    return None if start is None else CharSpan(start=int(start), end=int(end), text=str(text))


def _span_from_json(value: Any) -> CharSpan | None:
    return None if value is None else _span_from(value["start"], value["end"], value["text"])


def _required_span(value: Any) -> CharSpan:
    span = _span_from_json(value)
    if span is None:
        raise StoreError("stored evidence lacks a required span; the events table was edited by hand?")
    return span


def evidence_from_json(text: str) -> tuple[Evidence, ...]:
    """The inverse of ``evidence_json``."""
    return tuple(
        Evidence(
            sentence_index=int(item["sentence_index"]),
            sentence=_required_span(item["sentence"]),
            predicate=_required_span(item["predicate"]),
            source=_span_from_json(item["source"]),
            target=_span_from_json(item["target"]),
            date=_span_from_json(item["date"]),
            pattern_id=str(item["pattern_id"]),
        )
        for item in json.loads(text)
    )


def _actor_from(row: dict[str, Any], prefix: str) -> ActorRef | None:
    if row[f"{prefix}_code"] is None:
        return None
    span = _span_from(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_span_text"])
    if span is None:
        raise StoreError(f"stored {prefix} actor has no span; the events table was edited by hand?")
    return ActorRef(
        text=row[f"{prefix}_text"],
        span=span,
        code=row[f"{prefix}_code"],
        sector=row[f"{prefix}_sector"],
        entity=row[f"{prefix}_entity"],
        kind=ActorKind(row[f"{prefix}_kind"]),
        entity_id=row[f"{prefix}_entity_id"],
    )


def event_from_values(values: tuple[Any, ...]) -> Event:
    row = dict(zip(EVENT_COLUMNS, values, strict=True))
    source = _actor_from(row, "source")
    if source is None:
        raise StoreError(f"stored event {row['event_id']} has no source actor")
    place = None
    if row["place_name"] is not None:
        place = Place(
            name=row["place_name"],
            geonames_id=row["place_geonames_id"],
            latitude=row["place_latitude"],
            longitude=row["place_longitude"],
            country=row["place_country"],
            admin1=row["place_admin1"],
            feature_class=row["place_feature_class"],
            span=_span_from(row["place_start"], row["place_end"], row["place_span_text"]),
        )
    precision = row["date_precision"]
    return Event(
        id=row["event_id"],
        article_id=row["article_id"],
        code=row["code"],
        root=row["root"],
        name=row["name"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        source=source,
        target=_actor_from(row, "target"),
        date=EventDate(
            value=row["date"],
            precision=None if precision is None else Precision(precision),
            source=DateSource(row["date_source"]),
            span=_span_from(row["date_start"], row["date_end"], row["date_span_text"]),
        ),
        evidence=evidence_from_json(row["evidence"]),
        place=place,
    )


def mention_from_values(values: tuple[Any, ...]) -> Mention:
    row = dict(zip(MENTION_COLUMNS, values, strict=True))
    actor = ActorRef(
        text=row["text"],
        span=CharSpan(start=row["span_start"], end=row["span_end"], text=row["span_text"]),
        code=row["code"],
        sector=row["sector"],
        entity=row["entity"],
        kind=ActorKind(row["kind"]),
        entity_id=row["entity_id"],
    )
    return Mention(article_id=row["article_id"], sentence_index=row["sentence_index"], actor=actor)


def check_result(result: CodingResult) -> None:
    """Refuse a coding result whose parts do not belong together (a bug upstream, not bad input)."""
    article_id = result.article.id
    for event in result.events:
        if event.article_id != article_id:
            raise StoreError(f"event {event.id} belongs to article {event.article_id}, not {article_id}")
        if not event.evidence:
            raise StoreError(f"event {event.id} of article {article_id} has no evidence")
    for mention in result.mentions:
        if mention.article_id != article_id:
            raise StoreError(f"a mention belongs to article {mention.article_id}, not {article_id}")
