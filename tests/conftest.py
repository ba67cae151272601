"""Fixtures shared by the suite: small hand-made records. Only `dm` loads the model (once, on request)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest

from dragoman.model import (
    ActorKind,
    ActorRef,
    CharSpan,
    DateSource,
    Event,
    EventDate,
    Evidence,
    Place,
    Precision,
    content_hash,
    event_id,
)

if TYPE_CHECKING:
    from dragoman import Dragoman

SAMPLE_TEXT = "Russia signed a trade agreement with Afghanistan on Friday. Officials met again in Kabul."

Actor = tuple[str, str, str]  # (text as written, country-level code, sector)


def _span_in(text: str, part: str, start: int, end: int) -> CharSpan:
    at = text.index(part, start, end)
    return CharSpan(start=at, end=at + len(part), text=part)


def _sentence_around(text: str, at: int) -> CharSpan:
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(".", at)
    end = len(text) if end < 0 else end + 1
    return CharSpan(start=start, end=end, text=text[start:end])


def build_event(
    text: str = SAMPLE_TEXT,
    *,
    source: Actor = ("Russia", "RUS", ""),
    target: Actor | None = ("Afghanistan", "AFG", ""),
    predicate: str = "signed",
    code: str = "057",
    name: str = "Sign formal agreement",
    quad_class: int = 1,
    goldstein: float = 8.0,
    plover_type: str = "AGREE",
    plover_mode: str = "",
    date_text: str | None = "Friday",
    day: date = date(2025, 7, 4),
    sentence_index: int = 0,
    place: Place | None = None,
    pattern_id: str = "test-pattern",
) -> Event:
    """An event of ``text`` with real spans: actors, predicate and date words are found in the sentence
    that holds ``predicate`` (sentences end at ". "). The article id is ``content_hash(text)``."""
    article_id = content_hash(text)
    sentence = _sentence_around(text, text.index(predicate))

    def actor(spec: Actor) -> ActorRef:
        span = _span_in(text, spec[0], sentence.start, sentence.end)
        kind = ActorKind.STATE if not spec[2] else ActorKind.ROLE
        return ActorRef(text=spec[0], span=span, code=spec[1], sector=spec[2], entity=spec[0], kind=kind)

    source_ref = actor(source)
    target_ref = None if target is None else actor(target)
    date_span = None if date_text is None else _span_in(text, date_text, sentence.start, sentence.end)
    when = EventDate.at_precision(
        day, Precision.DAY, DateSource.TEXT if date_span else DateSource.PUBLISHED, span=date_span
    )
    evidence = Evidence(
        sentence_index=sentence_index,
        sentence=sentence,
        predicate=_span_in(text, predicate, sentence.start, sentence.end),
        source=source_ref.span,
        target=None if target_ref is None else target_ref.span,
        date=date_span,
        pattern_id=pattern_id,
    )
    target_cameo = None if target_ref is None else target_ref.cameo
    return Event(
        id=event_id(article_id, source_ref.cameo, target_cameo, code, when.value),
        article_id=article_id,
        code=code,
        root=code[:2],
        name=name,
        quad_class=quad_class,
        goldstein=goldstein,
        plover_type=plover_type,
        plover_mode=plover_mode,
        source=source_ref,
        target=target_ref,
        date=when,
        evidence=(evidence,),
        place=place,
    )


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """``make_event(text=..., source=(text, code, sector), target=..., predicate=..., ...)`` -> Event."""
    return build_event


@pytest.fixture(scope="session")
def dm() -> Dragoman:
    """One facade for the whole session: the spaCy model and knowledge base load once."""
    from dragoman import Dragoman

    return Dragoman()


@pytest.fixture(scope="session")
def dm_one_sided() -> Dragoman:
    """A facade that also keeps events naming no target (``one_sided``)."""
    from dragoman import Dragoman

    return Dragoman(one_sided=True)
