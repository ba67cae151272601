"""The descriptor table: nouns that point back to an actor named before ("the alliance", "the kingdom").

The table is package data (``data/descriptors.v1.tsv``), written by us, validated on load; see its header.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.tables import checked_rows
from dragoman.model import ActorKind

DESCRIPTOR_COLUMNS = ("noun", "refers", "ids", "name_word", "note")
_REFERS = {k.value: k for k in (ActorKind.STATE, ActorKind.IGO, ActorKind.GROUP, ActorKind.PERSON)}
# An act or a statement stands for whoever did or made it: "Z condemned the move", "Y rejected the claim".
ACTS = ("act", "speech")


@dataclass(frozen=True, slots=True)
class Descriptor:
    """A row of ``descriptors.v1.tsv``: a common noun that points back to an entity named before, or (``act``
    set) to an act or statement reported before, standing for its author."""

    noun: str
    refers: frozenset[ActorKind]
    act: str  # "act", "speech" or "" (the noun names an entity)
    ids: frozenset[str]
    name_word: str
    note: str


def parse_descriptors(text: str, origin: str) -> dict[str, Descriptor]:
    """Read the descriptor table; raises ``KnowledgeBaseError`` (E202) naming the line of any fault."""
    table: dict[str, Descriptor] = {}
    for where, cells in checked_rows(text, origin, DESCRIPTOR_COLUMNS):
        noun, refers, ids, name_word, note = (c.strip() for c in cells)
        if not noun or noun != noun.lower() or noun in table:
            raise KnowledgeBaseError(f"{where}: noun {noun!r} is empty, not lower case or listed twice")
        kinds = [r for r in refers.split("|") if r]
        acts = [r for r in kinds if r in ACTS]
        unknown = [r for r in kinds if r not in _REFERS and r not in ACTS]
        if not kinds or unknown or (acts and len(kinds) > 1):
            allowed = "|".join(_REFERS)
            raise KnowledgeBaseError(
                f"{where}: refers must be some of {allowed}, or one of {'|'.join(ACTS)}, not {refers!r}"
            )
        table[noun] = Descriptor(
            noun=noun,
            refers=frozenset(_REFERS[r] for r in kinds if r in _REFERS),
            act=acts[0] if acts else "",
            ids=frozenset(i for i in ids.split("|") if i),
            name_word=name_word,
            note=note,
        )
    return table


@functools.cache
def load_descriptors() -> Mapping[str, Descriptor]:
    """The package's descriptor table (cached)."""
    name = "descriptors.v1.tsv"
    text = resources.files("dragoman.nlp.data").joinpath(name).read_text(encoding="utf-8")
    return MappingProxyType(parse_descriptors(text, name))
