"""The CAMEO table, its PLOVER columns and the PLOVER v0.5 category mapping."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from dragoman.errors import CameoTableError
from dragoman.model.cameo import (
    PLOVER05_CATEGORIES,
    CameoCode,
    CameoTable,
    load_cameo,
    plover05_category,
)


def _shared_dir() -> Path:
    configured = os.environ.get("DRAGOMAN_SHARED")
    if configured:
        return Path(configured)
    return (Path(__file__).resolve().parents[2] / "../shared").resolve()


ONTOLOGY = _shared_dir() / "ontology"
PLOVER_GOLD = _shared_dir() / "eval" / "plover-gold" / "PLOVER_GSR_CAMEO.txt"


def _reference(name: str) -> Path:
    path = ONTOLOGY / name
    if not path.is_file():
        pytest.skip(f"reference table {path} is absent")
    return path


def _entry(code: str, **changes: object) -> CameoCode:
    fields: dict[str, object] = {
        "code": code,
        "name": f"code {code}",
        "goldstein": 0.0,
        "quad_class": 1,
        "plover_type": "",
        "plover_mode": "",
    }
    fields.update(changes)
    return CameoCode(**fields)  # type: ignore[arg-type]


# --- the packaged table


def test_table_has_all_codes_and_roots() -> None:
    table = load_cameo()
    assert len(table) == 312
    assert table.roots() == tuple(f"{n:02d}" for n in range(1, 21))
    assert len(table.codes()) == 312
    assert len(list(table)) == 312


def test_load_is_cached() -> None:
    assert load_cameo() is load_cameo()


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode"),
    [
        ("01", "MAKE PUBLIC STATEMENT", 0.0, 1, "", ""),
        ("0211", "Appeal for economic cooperation", 3.4, 1, "", ""),
        ("042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
        ("057", "Sign formal agreement", 8.0, 1, "SUPPORT", ""),
        ("0841", "Return, release person(s)", 7.0, 2, "RETREAT", "release"),
        ("105", "Demand that target yields", -5.0, 3, "REQUEST", "yield"),
        ("106", "Demand meeting, negotiation", -5.0, 3, "REQUEST", "meet"),
        ("108", "Demand mediation", -5.0, 3, "REQUEST", "meet"),
        ("145", "Protest violently, riot", -7.5, 3, "PROTEST", "riot"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE", "restrict"),
        ("2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT", "unconventional"),
    ],
)
def test_sample_rows(
    code: str, name: str, goldstein: float, quad_class: int, plover_type: str, plover_mode: str
) -> None:
    assert load_cameo().get(code) == CameoCode(code, name, goldstein, quad_class, plover_type, plover_mode)


@pytest.mark.parametrize(("code", "root"), [("01", "01"), ("193", "19"), ("0211", "02"), ("2042", "20")])
def test_root_of_code(code: str, root: str) -> None:
    entry = load_cameo().get(code)
    assert entry.root == root
    assert entry.is_root == (len(code) == 2)


def test_quad_class_follows_root() -> None:
    expected = {f"{n:02d}": 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4 for n in range(1, 21)}
    wrong = [entry.code for entry in load_cameo() if entry.quad_class != expected[entry.root]]
    assert wrong == []


@pytest.mark.parametrize("code", ["193", "01", "0211"])
def test_contains_known(code: str) -> None:
    assert code in load_cameo()


@pytest.mark.parametrize("code", ["21", "0215", "1214", "999", "", "19x", 193])
def test_contains_unknown(code: object) -> None:
    assert code not in load_cameo()


@pytest.mark.parametrize("code", ["21", "0215", "1214", "abc", ""])
def test_get_unknown_raises_naming_code(code: str) -> None:
    with pytest.raises(CameoTableError, match=re.escape(repr(code))) as info:
        load_cameo().get(code)
    assert info.value.code == "E201"


# --- validation on build


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_entry("01"), _entry("01")], "listed twice"),
        ([_entry("1")], "2 to 4 digits"),
        ([_entry("01"), _entry("01234")], "2 to 4 digits"),
        ([_entry("0a")], "2 to 4 digits"),
        ([_entry("01"), _entry("0111")], "no parent"),
        ([_entry("010")], "no parent"),
        ([_entry("01", quad_class=5)], "quad_class"),
        ([_entry("01", goldstein=10.5)], "goldstein"),
        ([_entry("01", goldstein=float("nan"))], "goldstein"),
        ([_entry("01", plover_type="FIGHT")], "PLOVER type"),
        ([_entry("01", plover_mode="visit")], "no PLOVER type"),
        ([_entry("01", name="")], "no name"),
    ],
)
def test_invalid_table_raises(entries: list[CameoCode], message: str) -> None:
    with pytest.raises(CameoTableError, match=message):
        CameoTable(entries)


def test_small_valid_table() -> None:
    table = CameoTable([_entry("01"), _entry("010"), _entry("0101"), _entry("02")])
    assert table.codes() == ("01", "010", "0101", "02")
    assert table.roots() == ("01", "02")


# --- agreement with the reference tables in ../shared/ontology (skipped when absent)


def test_agrees_with_reference_codes() -> None:
    path = _reference("cameo_codes.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["code", "name", "goldstein", "quadclass"]
    table = load_cameo()
    reference_codes = []
    for line in lines[1:]:
        code, name, goldstein, quad_class = line.split("\t")
        reference_codes.append(code)
        entry = table.get(code)
        # Case-insensitive: the reference keeps the codebook's lower-case "find"/"fight" slips.
        assert entry.name.casefold() == name.casefold(), code
        assert entry.goldstein == pytest.approx(float(goldstein)), code
        assert entry.quad_class == int(quad_class), code
    assert sorted(reference_codes) == sorted(table.codes())


def _cameo2plover_types(path: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Code -> PLOVER type, and root -> the type(s) of the root's section headings."""
    types: dict[str, str] = {}
    headings: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.fullmatch(r"(\d{2,4}):\s*(.*)", line)
        if not match:
            continue
        code, rest = match.groups()
        cells = [cell.strip() for cell in rest.split(",")]
        if len(code) == 2 and len(cells) == 1:
            headings.setdefault(code, set()).add(cells[0])
        else:
            types[code] = cells[0]
    return types, headings


def test_plover_type_agrees_with_cameo2plover() -> None:
    types, headings = _cameo2plover_types(_reference("CAMEO2PLOVER-2021.txt"))
    table = load_cameo()
    for entry in table:
        if entry.is_root:
            section = headings.get(entry.code, set())
            expected = next(iter(section)) if len(section) == 1 else ""  # 08 has two sections: no type
        else:
            expected = types.get(entry.code, "")  # 01x and 02x are not in the table: no type
        assert entry.plover_type == expected, entry.code
    assert set(types) - set(table.codes()) == {"1214"}  # not a CAMEO 1.1b3 code (see PROVENANCE.md)


def test_plover_modes_are_manual_modes() -> None:
    rows = _reference("plover_types.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    kind, event_type, mode = header.index("row_kind"), header.index("event_type"), header.index("mode")
    valid = set()
    for row in rows[1:]:
        cells = row.split("\t")
        valid.add((cells[event_type], cells[mode] if cells[kind] == "mode" else ""))
    unknown = [e.code for e in load_cameo() if e.plover_type and (e.plover_type, e.plover_mode) not in valid]
    assert unknown == []


# --- PLOVER v0.5 categories


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("01", ""),
        ("016", ""),
        ("02", "DEMAND"),
        ("0256", "DEMAND"),
        ("036", "AGREE"),
        ("043", "CONSULT"),
        ("055", "SUPPORT"),
        ("064", "COOPERATE"),
        ("075", "AID"),
        ("08", "CONCEDE"),
        ("080", "CONCEDE"),
        ("0813", "CONCEDE"),
        ("0814", "CONCEDE"),
        ("082", "CONCEDE"),
        ("083", "CONCEDE"),
        ("0831", "RETREAT"),
        ("0834", "CONCEDE"),
        ("084", "RETREAT"),
        ("0842", "RETREAT"),
        ("085", "RETREAT"),
        ("0863", "RETREAT"),
        ("0874", "RETREAT"),
        ("094", "INVESTIGATE"),
        ("10", "DEMAND"),
        ("1056", "DEMAND"),
        ("108", "DEMAND"),
        ("1125", "DISAPPROVE"),
        ("116", "DISAPPROVE"),
        ("129", "REJECT"),
        ("1385", "THREATEN"),
        ("1454", "PROTEST"),
        ("154", "MOBILIZE"),
        ("163", "SANCTION"),
        ("1663", "SANCTION"),
        ("1712", "COERCE"),
        ("175", "COERCE"),
        ("18", "ASSAULT"),
        ("181", "COERCE"),
        ("1822", "ASSAULT"),
        ("1833", "ASSAULT"),
        ("184", "COERCE"),
        ("185", "ASSAULT"),
        ("186", "ASSAULT"),
        ("19", "FIGHT"),
        ("191", "COERCE"),
        ("192", "FIGHT"),
        ("195", "FIGHT"),
        ("196", "FIGHT"),
        ("203", "FIGHT"),
        ("2041", "FIGHT"),
    ],
)
def test_plover05_category(code: str, category: str) -> None:
    assert plover05_category(code) == category


@pytest.mark.parametrize("code", ["21", "0215", "1214", "x", ""])
def test_plover05_category_unknown_code_raises(code: str) -> None:
    with pytest.raises(CameoTableError, match=re.escape(repr(code))):
        plover05_category(code)


def test_plover05_covers_every_code() -> None:
    categories = {code: plover05_category(code) for code in load_cameo().codes()}
    assert {code for code, category in categories.items() if not category} == {
        code for code in categories if code.startswith("01")
    }
    assert set(categories.values()) - {""} == PLOVER05_CATEGORIES


def test_plover05_categories_match_gold() -> None:
    if not PLOVER_GOLD.is_file():
        pytest.skip(f"PLOVER gold records {PLOVER_GOLD} are absent")
    records = json.loads(PLOVER_GOLD.read_text(encoding="utf-8"))
    gold = {record["event"] for record in records if record["event"] != "DOCUMENT"}
    assert gold == PLOVER05_CATEGORIES
