"""Loading the knowledge base: the package tables, then the user's own files.

The package ships five tables in ``dragoman/kb/data``: ``states.v1.tsv``, ``igos.v1.tsv``, ``groups.v1.tsv``,
``roles.v1.tsv`` and ``people.v1.tsv`` (their formats are in :mod:`dragoman.kb.tables` and PROVENANCE.md).

User files
----------
``load_kb(extra=[path, ...])`` reads any number of UTF-8 user files after the package tables, whatever they
are called. What a file is, is told by its content: when its header row (the first line that is neither blank
nor a ``#`` comment) is tab-separated and names a column of one of the five tables, it is a TSV table of that
format; otherwise it is read as a PETRARCH actor or agent dictionary and imported as tables (see
:mod:`dragoman.kb.petrarch`; an actor dictionary is mapped against the states and IGOs loaded before it).
Files are applied in the order given, each one overriding or adding by id:

- states by ``iso3`` and IGOs by ``id``: a row replaces the earlier row with that id, or adds a new entity;
- groups by ``id`` and people by ``person_id``: the rows a file has for an id replace *all* earlier rows for
  that id (so a user file restates every spell of a group or person it touches);
- roles by ``phrase``: a row replaces the earlier row for that phrase.

After merging, the references are checked: an IGO's parent must be an IGO and the chain must end, IGO ids
must not be state codes, iso2 codes stay unique, a group's or person's country must be a known state or IGO,
and the spells of one group must not overlap. Any problem raises :class:`~dragoman.errors.KnowledgeBaseError`
with the ``file:line`` of the offending row. The package-only knowledge base is built once per process.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from itertools import pairwise
from pathlib import Path

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.base import KnowledgeBase
from dragoman.kb.petrarch import read_petrarch
from dragoman.kb.records import GroupStatus, Igo, PersonRole, RoleWord, State
from dragoman.kb.tables import COLUMNS, Located, Table, TableKind, parse_table

logger = logging.getLogger(__name__)

PACKAGE_VERSION = "v1"
_REQUIRED = frozenset({TableKind.STATES, TableKind.IGOS})


def package_table_name(kind: TableKind) -> str:
    """The file name of a package table: ``states.v1.tsv``."""
    return f"{kind.value}.{PACKAGE_VERSION}.tsv"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: no such knowledge-base file") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot be read ({exc.strerror})") from None


def read_table_file(path: Path) -> Table:
    """Read and parse one TSV user file (any of the five formats, recognised by its header)."""
    return parse_table(_read_text(path), str(path))


def is_table_text(text: str) -> bool:
    """Whether a user file is for the TSV reader: its header row is tab-separated and names a known column,
    or it has no header row at all (which the TSV reader reports)."""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = {cell.strip() for cell in line.split("\t")}
        return "\t" in line and any(cells & set(columns) for columns in COLUMNS.values())
    return True


def read_user_file(path: Path, known: Mapping[str, State | Igo]) -> tuple[Table, ...]:
    """The tables of one user file: a TSV table, or a PETRARCH dictionary imported against ``known``
    (the states and IGOs loaded before it, by id)."""
    text = _read_text(path)
    if is_table_text(text):
        return (parse_table(text, str(path)),)
    return read_petrarch(text, str(path), known)


def _countries(tables: Iterable[Table]) -> dict[str, State | Igo]:
    """The states and IGOs of ``tables`` by id, later rows replacing earlier ones."""
    known: dict[str, State | Igo] = {}
    for table in tables:
        known.update((row.record.iso3, row.record) for row in table.states)
        known.update((row.record.id, row.record) for row in table.igos)
    return known


@functools.cache
def package_tables() -> tuple[Table, ...]:
    """The package tables, parsed once. States and IGOs must be present; a missing other table is logged."""
    data = resources.files("dragoman.kb").joinpath("data")
    tables: list[Table] = []
    for kind in TableKind:
        name = package_table_name(kind)
        resource = data.joinpath(name)
        label = f"dragoman/kb/data/{name}"
        if not resource.is_file():
            if kind in _REQUIRED:
                raise KnowledgeBaseError(f"{label}: package table missing (broken installation)")
            logger.warning("knowledge base: package table %s is missing; no %s loaded", label, kind.value)
            continue
        tables.append(parse_table(resource.read_text(encoding="utf-8"), label, expected=kind))
    return tuple(tables)


@dataclass
class _Merged:
    """The tables while files are applied one after another (local to ``build_kb``)."""

    states: dict[str, Located[State]] = field(default_factory=dict)
    igos: dict[str, Located[Igo]] = field(default_factory=dict)
    groups: dict[str, list[Located[GroupStatus]]] = field(default_factory=dict)
    roles: dict[str, Located[RoleWord]] = field(default_factory=dict)
    people: dict[str, list[Located[PersonRole]]] = field(default_factory=dict)

    def apply(self, table: Table) -> None:
        self.states.update((row.record.iso3, row) for row in table.states)
        self.igos.update((row.record.id, row) for row in table.igos)
        self.roles.update((row.record.phrase, row) for row in table.roles)
        groups: dict[str, list[Located[GroupStatus]]] = {}
        for group in table.groups:
            groups.setdefault(group.record.id, []).append(group)
        self.groups.update(groups)
        people: dict[str, list[Located[PersonRole]]] = {}
        for person in table.people:
            people.setdefault(person.record.person_id, []).append(person)
        self.people.update(people)


def _check_states(states: Mapping[str, Located[State]]) -> None:
    iso2: dict[str, str] = {}
    for row in states.values():
        code = row.record.iso2
        if code in iso2:
            raise KnowledgeBaseError(f"{row.origin}: iso2 {code!r} already used by {iso2[code]}")
        iso2[code] = row.record.iso3


def _check_igos(igos: Mapping[str, Located[Igo]], states: Mapping[str, Located[State]]) -> None:
    for igo_id, row in igos.items():
        if igo_id in states:
            raise KnowledgeBaseError(f"{row.origin}: IGO id {igo_id!r} is also a state code")
        chain = [igo_id]
        parent = row.record.parent
        while parent:
            if parent not in igos:
                raise KnowledgeBaseError(f"{row.origin}: parent {parent!r} of {chain[-1]!r} is not an IGO id")
            if parent in chain:
                raise KnowledgeBaseError(f"{row.origin}: parent cycle {' -> '.join([*chain, parent])}")
            chain.append(parent)
            parent = igos[parent].record.parent


def _check_country(row: Located[GroupStatus] | Located[PersonRole], known: Mapping[str, object]) -> None:
    homes = row.record.homes if isinstance(row.record, GroupStatus) else ()
    for country in (row.record.country, *homes):
        if country and country not in known:
            raise KnowledgeBaseError(f"{row.origin}: country {country!r} is neither a state nor an IGO id")


def _check_spells(spells: Sequence[Located[GroupStatus]]) -> None:
    ordered = sorted(spells, key=lambda row: row.record.valid_from or date.min)
    for earlier, later in pairwise(ordered):
        end = earlier.record.valid_to
        start = later.record.valid_from or date.min
        if end is None or end >= start:
            raise KnowledgeBaseError(
                f"{later.origin}: status of {later.record.id!r} overlaps the one at {earlier.origin}"
            )


def build_kb(tables: Iterable[Table]) -> KnowledgeBase:
    """Merge tables in order (later ones override by id), check references, and build the knowledge base."""
    merged = _Merged()
    for table in tables:
        merged.apply(table)
    _check_states(merged.states)
    _check_igos(merged.igos, merged.states)
    countries: dict[str, object] = {**merged.states, **merged.igos}
    for spells in merged.groups.values():
        for spell in spells:
            _check_country(spell, countries)
        _check_spells(spells)
    for roles in merged.people.values():
        for role in roles:
            _check_country(role, countries)
    return KnowledgeBase(
        states={iso3: row.record for iso3, row in merged.states.items()},
        igos={igo_id: row.record for igo_id, row in merged.igos.items()},
        groups={gid: [row.record for row in rows] for gid, rows in merged.groups.items()},
        roles=[row.record for row in merged.roles.values()],
        people={pid: [row.record for row in rows] for pid, rows in merged.people.items()},
    )


@functools.cache
def _package_kb() -> KnowledgeBase:
    kb = build_kb(package_tables())
    logger.info("knowledge base loaded: %r", kb)
    return kb


def load_kb(extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """The knowledge base of the package tables, extended and overridden by the user files ``extra``.

    With no user files the result is built once and shared. See the module docstring for the file formats
    and the override rules.
    """
    if not extra:
        return _package_kb()
    tables = list(package_tables())
    for path in extra:
        tables.extend(read_user_file(Path(path), _countries(tables)))
    kb = build_kb(tables)
    logger.info("knowledge base loaded with %d user file(s): %r", len(extra), kb)
    return kb
