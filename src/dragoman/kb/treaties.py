"""The treaty table: named agreements and their sides, so that an act on an agreement whose parties the text
leaves out is aimed at the other side ("Russia pulled out of the Black Sea grain deal": Ukraine).

The table is package data (``data/treaties.v1.tsv``), written by us, validated on load; see its header.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.tables import checked_rows, package_table

TREATY_COLUMNS = ("names", "sides", "note")
_CODE = re.compile(r"[A-Z]{2,5}")
_NAME = re.compile(r"[a-z0-9][a-z0-9' -]*[a-z0-9]")


@dataclass(frozen=True, slots=True)
class Treaty:
    """One agreement: the name news uses first, and its sides (each a set of actor codes)."""

    name: str
    sides: tuple[frozenset[str], ...]

    def others(self, codes: set[str] | frozenset[str]) -> frozenset[str]:
        """The codes of the sides other than the one holding ``codes`` (none when ``codes`` are on no side,
        or on more than one)."""
        own = [side for side in self.sides if side & codes]
        if len(own) != 1 or not codes <= own[0]:
            return frozenset()
        return frozenset().union(*(side for side in self.sides if side is not own[0]))


def parse_treaties(text: str, origin: str) -> dict[str, Treaty]:
    """Read the treaty table (each name -> its treaty); raises ``KnowledgeBaseError`` (E202) naming the line
    of any fault."""
    table: dict[str, Treaty] = {}
    for where, cells in checked_rows(text, origin, TREATY_COLUMNS):
        names, sides, _note = (c.strip() for c in cells)
        words = [n for n in names.split("|") if n]
        if not words or not all(_NAME.fullmatch(n) for n in words):
            raise KnowledgeBaseError(f"{where}: names must be lower-case words joined with |, not {names!r}")
        groups = tuple(frozenset(c for c in group.split("|") if c) for group in sides.split(";"))
        if len(groups) < 2 or not all(group and all(_CODE.fullmatch(c) for c in group) for group in groups):
            raise KnowledgeBaseError(f"{where}: sides must be two or more groups of codes, not {sides!r}")
        if len(frozenset().union(*groups)) != sum(len(g) for g in groups):
            raise KnowledgeBaseError(f"{where}: a code is on two sides in {sides!r}")
        treaty = Treaty(words[0], groups)
        for name in words:
            if name in table:
                raise KnowledgeBaseError(f"{where}: name {name!r} is listed twice")
            table[name] = treaty
    return table


@functools.cache
def load_treaties() -> Mapping[str, Treaty]:
    """The package's treaty table (cached)."""
    name = "treaties.v1.tsv"
    return MappingProxyType(parse_treaties(package_table(name), name))


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted(load_treaties(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def find_treaty(text: str) -> tuple[Treaty, int, int] | None:
    """The first agreement of the table named in ``text`` (the longest name at the earliest place, in any
    case; not inside a longer word), with where its name starts and ends in ``text``; ``None`` when none
    is."""
    lowered = text.lower()
    found = _pattern().search(lowered)
    if found is None:
        return None
    return load_treaties()[found.group(1)], found.start(1), found.end(1)
