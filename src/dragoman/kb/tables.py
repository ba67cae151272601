"""Reading one knowledge-base TSV file into typed rows, with the checks that need only that file.

A file is UTF-8 TSV. Blank lines and lines starting with ``#`` are skipped; the first other line is the
header, which names the table (``COLUMNS`` lists the columns of each of the five tables; any order). Multiple
values in one cell are separated by ``|``; an empty cell means none; dates are ISO (``2021-08-15``). A row may
omit trailing empty cells but may not have more cells than the header. Every problem raises
:class:`~dragoman.errors.KnowledgeBaseError` naming ``file:line`` and the reason.

Checks made here: required cells are present; codes have their shape (iso3 = three capital letters, iso2 =
two, IGO ids = capitals and digits, sectors = one or more three-letter CAMEO codes); dates parse and a spell
does not end before it starts; enumerated cells hold a known value; ids (iso3, iso2, IGO id, role phrase) are
unique in the file. Checks across files (parents, countries, overlapping spells) are made by the loader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from typing import Generic, TypeVar

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.records import GroupStatus, Igo, PersonRole, RoleKind, RoleWord, State, StateStatus


class TableKind(StrEnum):
    """The five tables; the value is the stem of the package file (``states`` -> ``states.v1.tsv``)."""

    STATES = "states"
    IGOS = "igos"
    GROUPS = "groups"
    ROLES = "roles"
    PEOPLE = "people"


COLUMNS: Mapping[TableKind, tuple[str, ...]] = {
    TableKind.STATES: (
        "iso3",
        "iso2",
        "name",
        "official_name",
        "aliases",
        "capitals",
        "seats",
        "adjectives",
        "status",
    ),
    TableKind.IGOS: ("id", "name", "aliases", "adjectives", "parent", "sector"),
    TableKind.GROUPS: (
        "id",
        "name",
        "aliases",
        "adjectives",
        "country",
        "sector",
        "valid_from",
        "valid_to",
        "note",
    ),
    TableKind.ROLES: ("phrase", "sector", "kind", "note"),
    TableKind.PEOPLE: ("person_id", "name", "aliases", "country", "sector", "role", "start", "end", "note"),
}

_MULTI = frozenset({"aliases", "capitals", "seats", "adjectives"})
_ISO3 = re.compile(r"[A-Z]{3}")
_ISO2 = re.compile(r"[A-Z]{2}")
_IGO_ID = re.compile(r"[A-Z][A-Z0-9_]*")
_COUNTRY = re.compile(r"[A-Z][A-Z0-9_]*")
_SECTOR = re.compile(r"(?:[A-Z]{3})+")
_ENTITY_ID = re.compile(r"\S+")

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Located(Generic[R]):
    """A record and where it was read: ``file:line``."""

    record: R
    origin: str


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one file; only the field of its ``kind`` is filled."""

    kind: TableKind
    label: str
    states: tuple[Located[State], ...] = ()
    igos: tuple[Located[Igo], ...] = ()
    groups: tuple[Located[GroupStatus], ...] = ()
    roles: tuple[Located[RoleWord], ...] = ()
    people: tuple[Located[PersonRole], ...] = ()

    def __len__(self) -> int:
        return len(self.states) + len(self.igos) + len(self.groups) + len(self.roles) + len(self.people)


class _Cells:
    """The cells of one data line, by column name, with typed and checked accessors."""

    __slots__ = ("_cells", "origin")

    def __init__(self, origin: str, cells: Mapping[str, str]) -> None:
        self.origin = origin
        self._cells = cells

    def error(self, reason: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.origin}: {reason}")

    def text(self, column: str, *, required: bool = False) -> str:
        value = self._cells[column]
        if required and not value:
            raise self.error(f"'{column}' is empty")
        if "|" in value and column not in _MULTI:
            raise self.error(f"'{column}' takes one value, got {value!r}")
        return value

    def code(self, column: str, pattern: re.Pattern[str], shape: str, *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if value and not pattern.fullmatch(value):
            raise self.error(f"'{column}' must be {shape}, got {value!r}")
        return value

    def values(self, column: str) -> tuple[str, ...]:
        cell = self._cells[column]
        if not cell:
            return ()
        parts = [part.strip() for part in cell.split("|")]
        if "" in parts:
            raise self.error(f"empty value in '{column}': {cell!r}")
        return tuple(dict.fromkeys(parts))

    def day(self, column: str) -> date | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(f"'{column}' is not an ISO date (YYYY-MM-DD): {value!r}") from None

    def spell(self, start_column: str, end_column: str) -> tuple[date | None, date | None]:
        start, end = self.day(start_column), self.day(end_column)
        if start is not None and end is not None and end < start:
            raise self.error(f"'{end_column}' {end} is before '{start_column}' {start}")
        return start, end

    def choice(self, column: str, allowed: type[StrEnum]) -> str:
        value = self.text(column, required=True)
        if value not in {member.value for member in allowed}:
            options = " | ".join(member.value for member in allowed)
            raise self.error(f"'{column}' must be one of {options}, got {value!r}")
        return value


def _state(row: _Cells) -> State:
    return State(
        iso3=row.code("iso3", _ISO3, "three capital letters"),
        iso2=row.code("iso2", _ISO2, "two capital letters"),
        name=row.text("name", required=True),
        official_name=row.text("official_name"),
        aliases=row.values("aliases"),
        capitals=row.values("capitals"),
        seats=row.values("seats"),
        adjectives=row.values("adjectives"),
        status=StateStatus(row.choice("status", StateStatus)),
    )


def _igo(row: _Cells) -> Igo:
    return Igo(
        id=row.code("id", _IGO_ID, "capital letters and digits"),
        name=row.text("name", required=True),
        aliases=row.values("aliases"),
        adjectives=row.values("adjectives"),
        parent=row.code("parent", _IGO_ID, "an IGO id", required=False),
        sector=row.code("sector", _SECTOR, "a CAMEO sector code such as IGO"),
    )


def _group(row: _Cells) -> GroupStatus:
    valid_from, valid_to = row.spell("valid_from", "valid_to")
    # "IRQ|SYR": a group at home in several states, its usual code first
    homes = row.values("country")
    for home in homes:
        if not _COUNTRY.fullmatch(home):
            raise row.error(f"'country' must be iso3 codes or IGO ids, got {home!r}")
    return GroupStatus(
        id=row.code("id", _ENTITY_ID, "an id without spaces"),
        name=row.text("name", required=True),
        aliases=row.values("aliases"),
        adjectives=row.values("adjectives"),
        country=homes[0] if homes else "",
        sector=row.code("sector", _SECTOR, "a CAMEO sector code such as GOV"),
        valid_from=valid_from,
        valid_to=valid_to,
        note=row.text("note"),
        homes=homes if len(homes) > 1 else (),
    )


def _role(row: _Cells) -> RoleWord:
    phrase = " ".join(row.text("phrase", required=True).split())
    if phrase != phrase.lower():
        raise row.error(f"'phrase' must be lower case, got {phrase!r}")
    return RoleWord(
        phrase=phrase,
        sector=row.code("sector", _SECTOR, "a CAMEO sector code such as GOV"),
        kind=RoleKind(row.choice("kind", RoleKind)),
        note=row.text("note"),
    )


def _person(row: _Cells) -> PersonRole:
    start, end = row.spell("start", "end")
    return PersonRole(
        person_id=row.code("person_id", _ENTITY_ID, "an id without spaces"),
        name=row.text("name", required=True),
        aliases=row.values("aliases"),
        country=row.code("country", _COUNTRY, "an iso3 code or IGO id", required=False),
        sector=row.code("sector", _SECTOR, "a CAMEO sector code such as GOV"),
        role=row.text("role"),
        start=start,
        end=end,
        note=row.text("note"),
    )


def _kind_of(header: tuple[str, ...], origin: str) -> TableKind:
    for kind, columns in COLUMNS.items():
        if len(header) == len(columns) and set(header) == set(columns):
            return kind
    known = "; ".join(f"{kind.value}: {' '.join(columns)}" for kind, columns in COLUMNS.items())
    raise KnowledgeBaseError(f"{origin}: header {' '.join(header)!r} matches no table ({known})")


def _located_rows(
    lines: list[tuple[int, list[str]]], header: tuple[str, ...], label: str, parse: Callable[[_Cells], R]
) -> tuple[Located[R], ...]:
    rows: list[Located[R]] = []
    for number, cells in lines:
        origin = f"{label}:{number}"
        if len(cells) > len(header):
            raise KnowledgeBaseError(f"{origin}: {len(cells)} cells, the header has {len(header)}")
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(Located(parse(_Cells(origin, dict(zip(header, padded, strict=True)))), origin))
    return tuple(rows)


def _check_unique(rows: tuple[Located[R], ...], key: Callable[[R], str], what: str) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        value = key(row.record)
        if value in seen:
            raise KnowledgeBaseError(f"{row.origin}: duplicate {what} {value!r} (first at {seen[value]})")
        seen[value] = row.origin


def parse_table(text: str, label: str, expected: TableKind | None = None) -> Table:
    """Parse the text of one knowledge-base file; ``label`` names it in errors.

    The table is recognised by its header; with ``expected`` set, any other header is an error.
    """
    header: tuple[str, ...] | None = None
    header_origin = f"{label}:1"
    lines: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header, header_origin = tuple(cells), f"{label}:{number}"
        else:
            lines.append((number, cells))
    if header is None:
        raise KnowledgeBaseError(f"{label}: no header row")
    kind = _kind_of(header, header_origin)
    if expected is not None and kind is not expected:
        raise KnowledgeBaseError(f"{header_origin}: expected the {expected.value} header, found {kind.value}")
    if kind is TableKind.STATES:
        states = _located_rows(lines, header, label, _state)
        _check_unique(states, lambda state: state.iso3, "iso3")
        _check_unique(states, lambda state: state.iso2, "iso2")
        return Table(kind, label, states=states)
    if kind is TableKind.IGOS:
        igos = _located_rows(lines, header, label, _igo)
        _check_unique(igos, lambda igo: igo.id, "IGO id")
        return Table(kind, label, igos=igos)
    if kind is TableKind.GROUPS:
        return Table(kind, label, groups=_located_rows(lines, header, label, _group))
    if kind is TableKind.ROLES:
        roles = _located_rows(lines, header, label, _role)
        _check_unique(roles, lambda role: role.phrase, "role phrase")
        return Table(kind, label, roles=roles)
    return Table(kind, label, people=_located_rows(lines, header, label, _person))


def package_table(name: str) -> str:
    """The text of one of the package's small tables (``dragoman/kb/data/<name>``), for its loader."""
    return resources.files("dragoman.kb.data").joinpath(name).read_text(encoding="utf-8")


def checked_rows(text: str, origin: str, columns: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """The data rows of a small TSV table as (where, cells), after its header row: comments and blank lines
    skipped, the header and every row's column count checked; raises ``KnowledgeBaseError`` (E202) naming
    the line of any fault, or the file if it has no header."""
    header_seen = False
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{origin} line {line_no}"
        if not header_seen:
            if tuple(cells) != columns:
                raise KnowledgeBaseError(f"{where}: header must be {', '.join(columns)}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise KnowledgeBaseError(f"{where}: expected {len(columns)} columns, found {len(cells)}")
        yield where, cells
    if not header_seen:
        raise KnowledgeBaseError(f"{origin}: no header row")
