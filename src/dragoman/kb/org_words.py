"""The organisation-word table: words that close the name of a body and tell its sector ("the Umma party").

The table is package data (``data/org_words.v1.tsv``), written by us, validated on load; see its header. The
resolver uses it only for names the knowledge base lacks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.tables import checked_rows, package_table

ORG_WORD_COLUMNS = ("word", "sector", "note")
_SECTOR = re.compile(r"(?:[A-Z]{3})*")


@dataclass(frozen=True, slots=True)
class OrgWord:
    """A row of ``org_words.v1.tsv``: the last word of an organisation's name, and the sector it gives."""

    word: str
    sector: str  # a CAMEO actor type, or "" when the word names a body without telling its sector
    note: str


def parse_org_words(text: str, origin: str) -> dict[str, OrgWord]:
    """Read the organisation-word table; raises ``KnowledgeBaseError`` (E202) naming the line of any fault."""
    table: dict[str, OrgWord] = {}
    for where, cells in checked_rows(text, origin, ORG_WORD_COLUMNS):
        word, sector, note = (c.strip() for c in cells)
        if not word or word != word.lower() or " " in word or word in table:
            raise KnowledgeBaseError(
                f"{where}: word {word!r} is empty, not one lower-case word or listed twice"
            )
        if not _SECTOR.fullmatch(sector):
            raise KnowledgeBaseError(f"{where}: sector {sector!r} is not a CAMEO sector code such as OPP")
        table[word] = OrgWord(word=word, sector=sector, note=note)
    return table


@functools.cache
def load_org_words() -> Mapping[str, OrgWord]:
    """The package's organisation-word table (cached)."""
    name = "org_words.v1.tsv"
    return MappingProxyType(parse_org_words(package_table(name), name))
