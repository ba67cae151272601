"""The actor knowledge base: states, international bodies, groups, role words and people, with dates.

``load_kb()`` gives the package tables (cached); ``load_kb([path, ...])`` adds the user's own TSV files, each
recognised by its header row and overriding the package by id (see :mod:`dragoman.kb.loader`).
"""

from dragoman.kb.base import KnowledgeBase
from dragoman.kb.loader import build_kb, load_kb, package_table_name, package_tables, read_table_file
from dragoman.kb.records import (
    FormKind,
    GroupStatus,
    Igo,
    PersonRole,
    RoleKind,
    RoleWord,
    State,
    StateStatus,
    SurfaceForm,
)
from dragoman.kb.tables import COLUMNS, Table, TableKind, parse_table

__all__ = [
    "COLUMNS",
    "FormKind",
    "GroupStatus",
    "Igo",
    "KnowledgeBase",
    "PersonRole",
    "RoleKind",
    "RoleWord",
    "State",
    "StateStatus",
    "SurfaceForm",
    "Table",
    "TableKind",
    "build_kb",
    "load_kb",
    "package_table_name",
    "package_tables",
    "parse_table",
    "read_table_file",
]
