"""Places: toponyms in a parsed article, resolved to the gazetteer, and the place of an event.

The public face of the places stage: :class:`PlaceIndex` (the toponyms of one doc, built once),
:func:`toponyms`, :func:`place_for` and :class:`Toponym`. The work is done in:

- :mod:`dragoman.nlp.places_recognise`: the toponyms of the parse (place entities, NORP adjectives,
  datelines, road numbers, names found again), with :mod:`dragoman.nlp.places_names` for the names the
  entity recogniser missed (runs of proper nouns the gazetteer knows, streets and buildings, places named
  by a settlement noun or their division) and :mod:`dragoman.nlp.places_tokens` for the token attributes
  read once per doc;
- :mod:`dragoman.nlp.places_metonymy`: whether a toponym is a location ("shelled Kharkiv") or stands for
  an actor ("Moscow said");
- :mod:`dragoman.nlp.places_resolve`: each toponym resolved to its best gazetteer candidate;
- :mod:`dragoman.nlp.places_events`: the place of an event, searched in the parse around its trigger.

A toponym's place and literal reading are worked out when it is first read; an event's place is found once
per trigger.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dragoman.model import Place
from dragoman.nlp.gazetteer import Gazetteer, load_gazetteer
from dragoman.nlp.places_events import LOCATIVE_PREPS, NOT_SEARCHED, _Parse, place_for
from dragoman.nlp.places_metonymy import PLACE_LABELS, is_literal
from dragoman.nlp.places_resolve import Toponym, _Resolution, _resolve
from dragoman.nlp.places_tokens import _char_span, _Tokens

__all__ = [
    "LOCATIVE_PREPS",
    "NOT_SEARCHED",
    "PLACE_LABELS",
    "PlaceIndex",
    "Toponym",
    "_Parse",
    "_Tokens",
    "_char_span",
    "is_literal",
    "place_for",
    "toponyms",
]


@dataclass
class PlaceIndex:
    """The toponyms of one parsed article, found once per document; :func:`place_for` reads it. Each
    toponym's place and literal reading are worked out when it is first read (``toponyms``, :meth:`at`)."""

    doc: Doc
    published: datetime.date | None = None
    article_countries: Iterable[str] = ()
    gazetteer: Gazetteer | None = None
    # the doc's text and entities, when the caller has already read them (read from the doc otherwise)
    text: str | None = field(default=None, repr=False)
    ents: Sequence[Span] | None = field(default=None, repr=False)
    _by_token: dict[int, int] = field(init=False, repr=False)  # token -> number of its toponym
    _resolution: _Resolution = field(init=False, repr=False, compare=False)
    _tokens: _Tokens = field(init=False, repr=False, compare=False)
    _tree: _Parse | None = field(init=False, repr=False, compare=False)
    _places: dict[int, Place | None] = field(init=False, repr=False, compare=False)  # by trigger

    def __post_init__(self) -> None:
        gazetteer = self.gazetteer if self.gazetteer is not None else load_gazetteer()
        doc = self.doc
        text = doc.text if self.text is None else self.text
        ents = doc.ents if self.ents is None else self.ents
        self._tokens = _Tokens(doc)
        self._resolution = _resolve(self._tokens, gazetteer, frozenset(self.article_countries), text, ents)
        self._by_token = {}
        for number, mention in enumerate(self._resolution.mentions):
            for i in range(mention.span.start, mention.span.end):
                self._by_token[i] = number
        self._tree = None
        self._places = {}

    @property
    def toponyms(self) -> tuple[Toponym, ...]:
        """The toponyms of the article in text order."""
        resolution = self._resolution
        return tuple(resolution.toponym(number) for number in range(len(resolution)))

    def at(self, token: Token) -> Toponym | None:
        """The toponym a token is part of, if any."""
        return self._at(token.i)

    def _at(self, i: int) -> Toponym | None:
        """The toponym the token at position ``i`` is part of, if any."""
        number = self._by_token.get(i)
        return None if number is None else self._resolution.toponym(number)

    def _parse(self, token: Token) -> _Parse:
        """The doc's parse as plain lists, read when :func:`place_for` first asks (about ``token``)."""
        if self._tree is None:
            self._tree = _Parse(token, self._tokens.lower)
        return self._tree


def toponyms(
    doc: Doc, article_countries: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> list[Toponym]:
    """The toponyms of a parsed article in text order, each flagged literal or metonymic and resolved."""
    return list(PlaceIndex(doc, None, article_countries, gazetteer).toponyms)
