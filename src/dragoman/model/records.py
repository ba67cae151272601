"""Typed records passed between the stages of the pipeline.

Every stage takes and returns these frozen dataclasses; nothing travels as a loose dict.
Character offsets are always into ``Article.text`` (Python string indices, end exclusive).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Precision(StrEnum):
    """How much of a date the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateSource(StrEnum):
    """Where an event's date came from."""

    TEXT = "text"  # an expression in the event's clause or sentence
    PUBLISHED = "published"  # the article's publication date (the default)
    UNKNOWN = "unknown"  # no expression and no publication date


@dataclass(frozen=True, slots=True)
class CharSpan:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date at the precision the text supports.

    ``value`` is ISO at that precision: ``2025-07-04``, ``2025-04`` or ``2021``; empty when unknown.
    """

    value: str
    precision: Precision | None
    source: DateSource
    span: CharSpan | None = None

    @classmethod
    def unknown(cls) -> EventDate:
        return cls(value="", precision=None, source=DateSource.UNKNOWN)

    @classmethod
    def from_day(cls, day: date, source: DateSource, span: CharSpan | None = None) -> EventDate:
        return cls(value=day.isoformat(), precision=Precision.DAY, source=source, span=span)

    @classmethod
    def at_precision(
        cls, day: date, precision: Precision, source: DateSource, span: CharSpan | None = None
    ) -> EventDate:
        if precision is Precision.DAY:
            value = day.isoformat()
        elif precision is Precision.MONTH:
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value = f"{day.year:04d}"
        return cls(value=value, precision=precision, source=source, span=span)


_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """The article key: SHA-256 of the text with whitespace runs collapsed, first 32 hex digits."""
    normal = _WS.sub(" ", text).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source."""

    id: str  # content hash of the text (see content_hash)
    text: str
    title: str = ""
    published: date | None = None
    url: str = ""
    source: str = ""  # outlet or feed name
    origin: str = ""  # where it was read from: a path, "path:line", a URL
    external_id: str = ""  # the id field of a JSONL record, if any

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str = "",
        published: date | None = None,
        url: str = "",
        source: str = "",
        origin: str = "",
        external_id: str = "",
    ) -> Article:
        return cls(
            id=content_hash(text),
            text=text,
            title=title,
            published=published,
            url=url,
            source=source,
            origin=origin,
            external_id=external_id,
        )

    @property
    def label(self) -> str:
        """A human name for messages: origin, else external id, else the hash."""
        return self.origin or self.external_id or self.id


class ActorKind(StrEnum):
    STATE = "state"
    IGO = "igo"
    GROUP = "group"  # armed group, movement, party
    PERSON = "person"
    ROLE = "role"  # an office or institution with a nationality cue ("the Russian Supreme Court")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """One mention of an actor, resolved to the knowledge base.

    ``code`` is the country-level id of eval/FORMAT.md: ISO 3166-1 alpha-3 for a state and everything
    belonging to it, or an IGO id (``UN``, ``NATO``, ``EU`` ...). ``sector`` is the CAMEO role code
    (``GOV``, ``MIL``, ``JUD``, ``INS`` ...), empty for the state or organisation as a whole.
    """

    text: str
    span: CharSpan
    code: str
    sector: str = ""
    entity: str = ""  # canonical name: "Zamir Kabulov", "Russia", "Taliban"
    kind: ActorKind = ActorKind.STATE
    entity_id: str = ""  # knowledge-base id of the entity, when there is one

    @property
    def cameo(self) -> str:
        """The CAMEO actor code: country id plus sector, e.g. ``RUSGOV``."""
        return self.code + self.sector


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention located in a sentence of an article (stored for provenance and search)."""

    article_id: str
    sentence_index: int
    actor: ActorRef


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened (filled by the geography stage; empty for now)."""

    name: str
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""
    admin1: str = ""
    feature_class: str = ""
    span: CharSpan | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text that proves one event: the sentence and the spans of its parts."""

    sentence_index: int
    sentence: CharSpan
    predicate: CharSpan
    source: CharSpan | None
    target: CharSpan | None
    date: CharSpan | None = None
    pattern_id: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, with the evidence."""

    id: str
    article_id: str
    code: str  # CAMEO code, 2-4 digits
    root: str  # first two digits
    name: str  # CAMEO name of the code
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    source: ActorRef
    target: ActorRef | None
    date: EventDate
    evidence: tuple[Evidence, ...]
    place: Place | None = None

    @property
    def sentence_index(self) -> int:
        return self.evidence[0].sentence_index

    @property
    def sentence(self) -> str:
        return self.evidence[0].sentence.text

    @property
    def dyad(self) -> tuple[str, str | None]:
        return (self.source.code, self.target.code if self.target else None)


def event_id(article_id: str, source: str, target: str | None, code: str, date_value: str) -> str:
    """Stable id of an event: the same act in the same article always gets the same id."""
    key = "|".join((article_id, source, target or "", code, date_value))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or coded; recorded in the store, never raised past the run."""

    origin: str  # the article's label: path, path:line, URL or id
    stage: str  # "read", "decode", "parse", "code", "store"
    code: str  # error code from dragoman.errors, e.g. "E101"
    reason: str
    article_id: str = ""


@dataclass(frozen=True, slots=True)
class CodingResult:
    """What coding one article yields."""

    article: Article
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...] = field(default=())
