"""The CAMEO event-code table and its mappings to PLOVER.

``load_cameo()`` reads ``data/cameo_codes.v1.tsv``: all 312 CAMEO 1.1b3 event codes (20 two-digit roots
and every 3- and 4-digit code) with their codebook name, Goldstein weight (the GDELT scale), QuadClass as
GDELT 2.0 uses it (roots 01-05 = 1, 06-09 = 2, 10-14 = 3, 15-20 = 4) and the PLOVER 2021 event type and
mode from the Open Event Data Alliance's CAMEO-to-PLOVER table. Sources, licences: ``data/PROVENANCE.md``.

``plover05_category()`` maps a CAMEO code to the older PLOVER v0.5 category set (2016), the one used by the
PLOVER gold standard records derived from the CAMEO manual examples: AGREE, CONSULT, SUPPORT, CONCEDE,
COOPERATE, AID, RETREAT, INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION,
COERCE, ASSAULT, FIGHT. It exists so that CAMEO predictions on those sentences are scored against the gold's
own categories rather than PLOVER 2021 types (which merged INVESTIGATE and DISAPPROVE into ACCUSE, renamed
DEMAND to REQUEST and folded FIGHT into ASSAULT). The mapping is data, ``data/plover05.v1.tsv`` (the
longest matching CAMEO prefix wins). The reasons, root by root and where a root splits:

- Roots follow the v0.5 translation table of the PLOVER manual (03 AGREE, 04 CONSULT, 05 SUPPORT,
  06 COOPERATE, 07 AID, 08 CONCEDE/RETREAT, 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT,
  13 THREATEN, 14 PROTEST, 15 MOBILIZE, 16 SANCTION, 17 COERCE, 18 ASSAULT, 19 and 20 FIGHT). Whole roots
  agree with the gold: all of 11, including 115 lawsuits and 116 guilty verdicts, is DISAPPROVE; all of 16,
  including 163 sanctions and embargoes, is SANCTION (PLOVER 2021 moves 163 to COERCE; the gold codes
  "imposed sanctions" SANCTION).
- 01 (public statements) is dropped by PLOVER: the empty category, which never matches a gold category.
- 02 (appeals) is dropped by v0.5 too, but the gold has no appeal-only sentences and 02 mirrors 10 code for
  code (021/101 ... 028/108); a coder that reads "urged" or "called for" as an appeal is closest to DEMAND,
  the category PLOVER later widened into REQUEST, "all requests, demands and orders". So 02 -> DEMAND.
- 08 splits as the manual says: 080-083 CONCEDE (verbal concessions; includes 0813 ease curfew and 0814
  ease state of emergency, which the gold codes CONCEDE although PLOVER 2021 moves them to RETREAT),
  084-087 RETREAT (material: releases, access, ceasefires, demobilisation, withdrawals).
- 0831 (accede to demands for change in leadership) -> RETREAT: its CAMEO examples are resignations, which
  v0.5 places in RETREAT ("RETREAT also covers resignations of government officials"), as the gold does.
- 18 splits: 181 (abduct, hijack, take hostage) and 184 (use as human shield) -> COERCE, as the gold codes
  "kidnapped" and "holding as human shields"; the rest of 18 (beatings, torture, sexual assault, bombings,
  185/186 assassinations) stays ASSAULT.
- 175 (violent repression) stays in its root, COERCE (v0.5 COERCE: "repression, violence against
  civilians").
- 1712 (destroy property) stays COERCE: the gold codes "blew up power lines", "set fire", "demolished"
  COERCE.
- 19 is FIGHT (conventional military force: small arms, artillery, tanks, aerial weapons, ceasefire
  violations, occupations, all FIGHT in the gold) except 191 (impose blockade) -> COERCE, as the gold codes
  "reimposed blockades". 192 (occupy territory) stays FIGHT: v0.5 contrasts a threatened occupation with
  FIGHT, "military occupations that have been or are being carried out".
- 20 (unconventional mass violence) is FIGHT, per the v0.5 table and its note ("the mode in the FIGHT
  record would be set to unconventional"); the gold codes ethnic cleansing (203) FIGHT.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from dragoman.errors import CameoTableError

logger = logging.getLogger(__name__)

DATA_PACKAGE = "dragoman.model.data"
CAMEO_FILE = "cameo_codes.v1.tsv"
PLOVER05_FILE = "plover05.v1.tsv"

CAMEO_COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode")
PLOVER05_COLUMNS = ("cameo_prefix", "category")

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
"""The 16 event types of the PLOVER manual (2021)."""

PLOVER05_CATEGORIES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "INVESTIGATE",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "FIGHT",
    }
)
"""The 18 categories of PLOVER v0.5 (2016), as used by the PLOVER gold standard records."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code. ``plover_type`` and ``plover_mode`` are empty where PLOVER 2021 has none."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str

    @property
    def root(self) -> str:
        """The two-digit cue category: ``"19"`` for ``"193"``."""
        return self.code[:2]

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


class CameoTable:
    """The CAMEO codes in codebook order, validated when built (raises ``CameoTableError``)."""

    def __init__(self, entries: Iterable[CameoCode]) -> None:
        by_code: dict[str, CameoCode] = {}
        for entry in entries:
            _check_entry(entry)
            if entry.code in by_code:
                raise CameoTableError(f"CAMEO code {entry.code!r} is listed twice")
            by_code[entry.code] = entry
        for code in by_code:
            parent = code[:-1]
            if len(code) > 2 and parent not in by_code:
                raise CameoTableError(f"CAMEO code {code!r} has no parent code {parent!r} in the table")
        self._by_code = by_code

    def get(self, code: str) -> CameoCode:
        """The entry for ``code``; raises ``CameoTableError`` naming the code when it is not a CAMEO code."""
        try:
            return self._by_code[code]
        except KeyError:
            raise CameoTableError(f"unknown CAMEO event code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._by_code.values())

    def codes(self) -> tuple[str, ...]:
        """All codes, in codebook order."""
        return tuple(self._by_code)

    def roots(self) -> tuple[str, ...]:
        """The two-digit cue categories, ``"01"`` to ``"20"``."""
        return tuple(code for code in self._by_code if len(code) == 2)


def _check_entry(entry: CameoCode) -> None:
    code = entry.code
    if not (code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        raise CameoTableError(f"CAMEO code {code!r} is not 2 to 4 digits")
    if not entry.name:
        raise CameoTableError(f"CAMEO code {code!r} has no name")
    if entry.quad_class not in (1, 2, 3, 4):
        raise CameoTableError(f"CAMEO code {code!r} has quad_class {entry.quad_class}, expected 1-4")
    if not (math.isfinite(entry.goldstein) and -10.0 <= entry.goldstein <= 10.0):
        raise CameoTableError(f"CAMEO code {code!r} has goldstein {entry.goldstein}, expected -10 to 10")
    if entry.plover_type and entry.plover_type not in PLOVER_TYPES:
        raise CameoTableError(f"CAMEO code {code!r} has unknown PLOVER type {entry.plover_type!r}")
    if entry.plover_mode and not entry.plover_type:
        raise CameoTableError(f"CAMEO code {code!r} has a PLOVER mode but no PLOVER type")


def _read_rows(filename: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """The data rows of a package TSV as (line number, cells), after checking the header."""
    text = resources.files(DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise CameoTableError(f"{filename}:{number}: header {cells!r}, expected {list(columns)!r}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise CameoTableError(f"{filename}:{number}: {len(cells)} cells, expected {len(columns)}")
        yield number, [cell.strip() for cell in cells]
    if not header_seen:
        raise CameoTableError(f"{filename}: no header row")


def _parse_cameo_row(number: int, cells: list[str]) -> CameoCode:
    code, name, goldstein, quad_class, plover_type, plover_mode = cells
    try:
        return CameoCode(
            code=code,
            name=name,
            goldstein=float(goldstein),
            quad_class=int(quad_class),
            plover_type=plover_type,
            plover_mode=plover_mode,
        )
    except ValueError as exc:
        raise CameoTableError(f"{CAMEO_FILE}:{number}: code {code!r}: {exc}") from exc


@functools.cache
def load_cameo() -> CameoTable:
    """The packaged CAMEO table, read and validated once per process."""
    table = CameoTable(
        _parse_cameo_row(number, cells) for number, cells in _read_rows(CAMEO_FILE, CAMEO_COLUMNS)
    )
    logger.debug("loaded %d CAMEO codes from %s", len(table), CAMEO_FILE)
    return table


@functools.cache
def _plover05_prefixes() -> dict[str, str]:
    """CAMEO prefix -> PLOVER v0.5 category, validated against the CAMEO table."""
    cameo = load_cameo()
    prefixes: dict[str, str] = {}
    for number, (prefix, category) in _read_rows(PLOVER05_FILE, PLOVER05_COLUMNS):
        where = f"{PLOVER05_FILE}:{number}"
        if prefix not in cameo:
            raise CameoTableError(f"{where}: prefix {prefix!r} is not a CAMEO code")
        if prefix in prefixes:
            raise CameoTableError(f"{where}: prefix {prefix!r} is listed twice")
        if category and category not in PLOVER05_CATEGORIES:
            raise CameoTableError(f"{where}: {category!r} is not a PLOVER v0.5 category")
        prefixes[prefix] = category
    missing = [root for root in cameo.roots() if root not in prefixes]
    if missing:
        raise CameoTableError(f"{PLOVER05_FILE}: no category for CAMEO roots {missing}")
    return prefixes


def plover05_category(code: str) -> str:
    """The PLOVER v0.5 category of a CAMEO code ("" for codes PLOVER drops, the 01 statements).

    Raises ``CameoTableError`` for a string that is not a CAMEO code.
    """
    load_cameo().get(code)
    prefixes = _plover05_prefixes()
    for length in range(len(code), 1, -1):
        category = prefixes.get(code[:length])
        if category is not None:
            return category
    raise CameoTableError(f"no PLOVER v0.5 category for CAMEO code {code!r}")  # unreachable: roots covered
