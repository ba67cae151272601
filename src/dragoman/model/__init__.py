"""Typed records and the CAMEO/PLOVER tables. Imports nothing else of ours."""

from dragoman.model.records import (
    ActorKind,
    ActorRef,
    Article,
    CharSpan,
    CodingResult,
    DateSource,
    Event,
    EventDate,
    Evidence,
    Failure,
    Mention,
    Place,
    Precision,
    content_hash,
    event_id,
)

__all__ = [
    "ActorKind",
    "ActorRef",
    "Article",
    "CharSpan",
    "CodingResult",
    "DateSource",
    "Event",
    "EventDate",
    "Evidence",
    "Failure",
    "Mention",
    "Place",
    "Precision",
    "content_hash",
    "event_id",
]
