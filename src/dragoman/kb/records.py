"""Typed rows of the actor knowledge base: one frozen dataclass per row of a table.

Dates are ``datetime.date`` or ``None`` (open), multiple values are tuples of strings, empty cells are ``""``
or ``()``. Nothing here reads files; see :mod:`dragoman.kb.tables` for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dragoman.model import ActorKind


class StateStatus(StrEnum):
    """A state's standing at the United Nations."""

    MEMBER = "member"
    OBSERVER = "observer"  # the Holy See and Palestine
    OTHER = "other"  # Taiwan, Kosovo


class RoleKind(StrEnum):
    """What a role phrase names."""

    OFFICE = "office"  # "foreign minister", "envoy"
    INSTITUTION = "institution"  # "supreme court", "parliament"
    COLLECTIVE = "collective"  # "troops", "protesters"


class FormKind(StrEnum):
    """Which column of its entity a surface form comes from."""

    NAME = "name"
    ALIAS = "alias"  # aliases, and a state's official name
    CAPITAL = "capital"
    SEAT = "seat"
    ADJECTIVE = "adjective"


def covers(start: date | None, end: date | None, day: date) -> bool:
    """Whether the closed interval ``[start, end]`` (``None`` = open on that side) contains ``day``."""
    return (start is None or start <= day) and (end is None or day <= end)


@dataclass(frozen=True, slots=True)
class State:
    """A sovereign state (a row of ``states.v1.tsv``)."""

    iso3: str
    iso2: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]  # seats of power standing for the government: "Kremlin", "White House"
    adjectives: tuple[str, ...]  # adjectives and demonyms: "Russian", "Russians"
    status: StateStatus


@dataclass(frozen=True, slots=True)
class Igo:
    """An international body (a row of ``igos.v1.tsv``).

    ``parent`` is the id whose country-level code this body takes (``UNSC`` -> ``UN``), empty for a body
    coded as itself. ``sector`` is the CAMEO type of the body: ``IGO``, or ``NGO`` for the ICRC.
    """

    id: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    parent: str
    sector: str


@dataclass(frozen=True, slots=True)
class GroupStatus:
    """One dated status of a group (a row of ``groups.v1.tsv``); a group has one row per status spell."""

    id: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    country: str  # country-level code: a state's iso3 or an IGO id
    sector: str  # CAMEO sector during this spell: "INS", "GOV", "REB" ...
    valid_from: date | None
    valid_to: date | None
    note: str
    # every state the group is at home in, its usual code first ("IRQ|SYR" in the table); a text that places
    # the group in one of them codes it there ("Islamic State fighters in Syria"); empty: ``country`` only
    homes: tuple[str, ...] = ()

    def valid_on(self, day: date) -> bool:
        return covers(self.valid_from, self.valid_to, day)


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A word or phrase for an office, institution or collective (a row of ``roles.v1.tsv``)."""

    phrase: str  # lower case: "foreign minister", "supreme court", "troops"
    sector: str
    kind: RoleKind
    note: str


@dataclass(frozen=True, slots=True)
class PersonRole:
    """One role spell of a person (a row of ``people.v1.tsv``); a person has one row per spell."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: date | None
    end: date | None
    note: str

    def valid_on(self, day: date) -> bool:
        return covers(self.start, self.end, day)


@dataclass(frozen=True, slots=True)
class SurfaceForm:
    """A piece of text that names an entity of the knowledge base.

    ``entity_id`` is the iso3, IGO id, group id, person id, or (for roles) the role phrase itself.
    """

    text: str
    kind: ActorKind
    entity_id: str
    form: FormKind
