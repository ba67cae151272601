"""Loading knowledge-base files: parsing, user overrides, validation, dated lookups and surface forms."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb import (
    COLUMNS,
    FormKind,
    GroupStatus,
    Igo,
    KnowledgeBase,
    PersonRole,
    RoleKind,
    RoleWord,
    State,
    StateStatus,
    SurfaceForm,
    TableKind,
    build_kb,
    load_kb,
    package_table_name,
    read_table_file,
)
from dragoman.model import ActorKind

Row = tuple[str, ...]


def write_table(directory: Path, kind: TableKind, rows: list[Row], name: str = "") -> Path:
    """A TSV file of ``kind``: a comment on line 1, the header on line 2, data rows from line 3."""
    path = directory / (name or f"{kind.value}.tsv")
    lines = ["# hand-made test table", "\t".join(COLUMNS[kind]), *("\t".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows_of(text: str) -> list[Row]:
    """Rows written compactly: cells separated by ``;``, rows by `` / ``."""
    return [tuple(row.split(";")) for row in text.split(" / ")]


STATES = rows_of(
    "XAA;XA;Avalonia;Republic of Avalonia;Avalon|ROA;Camelot;Round Table;Avalonian;member"
    " / XBB;XB;Borduria;;;Szohôd;;Bordurian|Bordurians;other"
)
IGOS = rows_of("TU;Test Union;TU|T.U.;;;IGO / TUC;Test Union Council;;;TU;IGO / TUCC;TUC Committee;;;TUC;IGO")
GROUPS = rows_of(
    "brigade;Red Brigade;Reds;;XAA;INS;1994-09-01;2021-08-14;insurgency"
    " / brigade;Red Brigade;Red Government;;XAA;GOV;2021-08-15;;in power"
)
ROLES = rows_of("foreign minister;GOV;office; / troops;MIL;collective;soldiers")
PEOPLE = rows_of(
    "p1;Ann Example;Example;XAA;GOV;ambassador;2000-01-01;2005-12-31;"
    " / p1;Ann Example;Example;XAA;GOV;foreign minister;2010-01-01;2015-06-30;"
    " / p1;Ann Example;Example;TU;IGO;envoy;2018-01-01;;"
)


@pytest.fixture
def small_kb(tmp_path: Path) -> KnowledgeBase:
    tables = [
        read_table_file(write_table(tmp_path, kind, rows))
        for kind, rows in [
            (TableKind.STATES, STATES),
            (TableKind.IGOS, IGOS),
            (TableKind.GROUPS, GROUPS),
            (TableKind.ROLES, ROLES),
            (TableKind.PEOPLE, PEOPLE),
        ]
    ]
    return build_kb(tables)


def test_rows_come_back_typed(small_kb: KnowledgeBase) -> None:
    assert small_kb.states["XAA"] == State(
        iso3="XAA",
        iso2="XA",
        name="Avalonia",
        official_name="Republic of Avalonia",
        aliases=("Avalon", "ROA"),
        capitals=("Camelot",),
        seats=("Round Table",),
        adjectives=("Avalonian",),
        status=StateStatus.MEMBER,
    )
    assert small_kb.igos["TUC"] == Igo("TUC", "Test Union Council", (), (), "TU", "IGO")
    assert small_kb.groups["brigade"][0] == GroupStatus(
        id="brigade",
        name="Red Brigade",
        aliases=("Reds",),
        adjectives=(),
        country="XAA",
        sector="INS",
        valid_from=date(1994, 9, 1),
        valid_to=date(2021, 8, 14),
        note="insurgency",
    )
    assert small_kb.roles == (
        RoleWord("foreign minister", "GOV", RoleKind.OFFICE, ""),
        RoleWord("troops", "MIL", RoleKind.COLLECTIVE, "soldiers"),
    )
    assert small_kb.people["p1"][2] == PersonRole(
        person_id="p1",
        name="Ann Example",
        aliases=("Example",),
        country="TU",
        sector="IGO",
        role="envoy",
        start=date(2018, 1, 1),
        end=None,
        note="",
    )


def test_header_columns_may_come_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "roles.tsv"
    path.write_text("kind\tnote\tphrase\tsector\ncollective\t\tprotesters\tOPP\n", encoding="utf-8")
    table = read_table_file(path)
    assert table.kind is TableKind.ROLES
    assert table.roles[0].record == RoleWord("protesters", "OPP", RoleKind.COLLECTIVE, "")
    assert table.roles[0].origin == f"{path}:2"


def test_trailing_empty_cells_may_be_omitted(tmp_path: Path) -> None:
    path = tmp_path / "igos.tsv"
    path.write_text("id\tname\taliases\tadjectives\tparent\tsector\nQQ\tQ Body\t\t\t\tIGO", encoding="utf-8")
    path_short = tmp_path / "roles.tsv"
    path_short.write_text("phrase\tsector\tkind\tnote\nenvoy\tGOV\toffice\n", encoding="utf-8")
    assert read_table_file(path).igos[0].record.parent == ""
    assert read_table_file(path_short).roles[0].record.note == ""


def test_user_files_override_and_add_by_id(tmp_path: Path) -> None:
    package = load_kb()
    russia = package.states["RUS"]
    states = write_table(
        tmp_path,
        TableKind.STATES,
        [("RUS", "RU", "Russia", "Russian Federation", "Rossiya", "Moscow", "Kremlin", "Russian", "member")],
    )
    igos = write_table(tmp_path, TableKind.IGOS, [("UNTEST", "UN Test Mission", "Untest", "", "UN", "IGO")])
    people = write_table(tmp_path, TableKind.PEOPLE, rows_of("p1;Ann Example;;RUS;GOV;envoy;;;"))
    kb = load_kb([states, igos, people])
    assert kb.states["RUS"].aliases == ("Rossiya",)
    assert [form.entity_id for form in kb.lookup("Rossiya")] == ["RUS"]
    assert kb.lookup("Russians") == ()  # the user row replaced the whole package row
    assert kb.country_level("UNTEST") == "UN"
    assert kb.person_role("p1", date(2001, 1, 1)) == (kb.people["p1"][0], True)
    assert kb.people["p1"][0].country == "RUS"
    assert len(kb.states) == len(package.states)
    assert len(kb.igos) == len(package.igos) + 1
    assert load_kb() is package
    assert package.states["RUS"] == russia


def test_a_later_file_replaces_every_spell_of_a_group(tmp_path: Path) -> None:
    first = write_table(tmp_path, TableKind.GROUPS, GROUPS, name="first.tsv")
    replacement = rows_of("brigade;Red Brigade;;;RUS;REB;;;")
    second = write_table(tmp_path, TableKind.GROUPS, replacement, name="second.tsv")
    kb = load_kb([first, second])
    assert len(kb.groups["brigade"]) == 1
    assert kb.group_status("brigade", date(2022, 1, 1)).sector == "REB"


A = ";".join(STATES[0])  # a valid state row to vary
BAD_TABLES: list[tuple[str, TableKind, str, int, str]] = [
    ("lower iso3", TableKind.STATES, "rus" + A[3:], 3, "'iso3' must be three capital letters"),
    ("bad iso2", TableKind.STATES, A.replace(";XA;", ";X;"), 3, "'iso2' must be two capital letters"),
    ("duplicate iso3", TableKind.STATES, f"{A} / {A}", 4, "duplicate iso3 'XAA'"),
    ("iso2 taken", TableKind.STATES, "XCC;RU;Cland;;;;;;other", 3, "iso2 'RU' already used by RUS"),
    ("bad status", TableKind.STATES, A.replace(";member", ";colony"), 3, "'status' must be one of"),
    ("no name", TableKind.STATES, "XCC;XC;;;;;;;other", 3, "'name' is empty"),
    ("empty alias", TableKind.STATES, "XCC;XC;C;;A||B;;;;other", 3, "empty value in 'aliases'"),
    ("two names", TableKind.STATES, "XCC;XC;C|D;;;;;;other", 3, "'name' takes one value"),
    ("too many cells", TableKind.STATES, A + ";extra", 3, "10 cells, the header has 9"),
    ("unknown parent", TableKind.IGOS, "QQ;Q;;;NOPE;IGO", 3, "parent 'NOPE' of 'QQ' is not an IGO id"),
    ("parent cycle", TableKind.IGOS, "QA;A;;;QB;IGO / QB;B;;;QA;IGO", 3, "parent cycle QA -> QB -> QA"),
    ("id of a state", TableKind.IGOS, "RUS;Not Russia;;;;IGO", 3, "IGO id 'RUS' is also a state code"),
    ("duplicate IGO", TableKind.IGOS, "QQ;Q;;;;IGO / QQ;Q;;;;IGO", 4, "duplicate IGO id 'QQ'"),
    ("empty IGO sector", TableKind.IGOS, "QQ;Q;;;;", 3, "'sector' is empty"),
    ("bad IGO id", TableKind.IGOS, "Q Q;Q;;;;IGO", 3, "'id' must be capital letters and digits"),
    ("bad date", TableKind.GROUPS, "g;G;;;RUS;INS;2021-13-01;;", 3, "'valid_from' is not an ISO date"),
    (
        "reversed",
        TableKind.GROUPS,
        "g;G;;;RUS;INS;2021-08-15;2021-08-14;",
        3,
        "'valid_to' 2021-08-14 is before",
    ),
    ("group sector", TableKind.GROUPS, "g;G;;;RUS;;;;", 3, "'sector' is empty"),
    (
        "unknown country",
        TableKind.GROUPS,
        "g;G;;;ZZZ;INS;;;",
        3,
        "country 'ZZZ' is neither a state nor an IGO",
    ),
    (
        "group second home unknown",
        TableKind.GROUPS,
        "g;G;;;RUS|ZZZ;INS;;;",
        3,
        "country 'ZZZ' is neither a state nor an IGO",
    ),
    ("group home malformed", TableKind.GROUPS, "g;G;;;RUS|syr;INS;;;", 3, "'country' must be iso3 codes"),
    (
        "overlapping spells",
        TableKind.GROUPS,
        "g;G;;;RUS;INS;2001-01-01;2010-12-31; / g;G;;;RUS;GOV;2010-12-31;;",
        4,
        "status of 'g' overlaps the one at",
    ),
    ("upper-case phrase", TableKind.ROLES, "Foreign Minister;GOV;office;", 3, "'phrase' must be lower case"),
    ("bad kind", TableKind.ROLES, "envoy;GOV;person;", 3, "'kind' must be one of office | institution"),
    ("bad sector", TableKind.ROLES, "envoy;gov;office;", 3, "'sector' must be a CAMEO sector code"),
    (
        "duplicate phrase",
        TableKind.ROLES,
        "envoy;GOV;office; / envoy;GOV;office;",
        4,
        "duplicate role phrase",
    ),
    (
        "person reversed",
        TableKind.PEOPLE,
        "p;P;;RUS;GOV;x;2010-01-01;2009-01-01;",
        3,
        "'end' 2009-01-01 is before",
    ),
    ("person sector", TableKind.PEOPLE, "p;P;;RUS;;minister;;;", 3, "'sector' is empty"),
    ("person country", TableKind.PEOPLE, "p;P;;ZZZ;GOV;minister;;;", 3, "country 'ZZZ' is neither"),
]


@pytest.mark.parametrize(
    ("kind", "rows", "line", "reason"),
    [case[1:] for case in BAD_TABLES],
    ids=[case[0] for case in BAD_TABLES],
)
def test_bad_rows_name_file_line_and_reason(
    tmp_path: Path, kind: TableKind, rows: str, line: int, reason: str
) -> None:
    path = write_table(tmp_path, kind, rows_of(rows))
    with pytest.raises(KnowledgeBaseError) as raised:
        load_kb([path])
    assert raised.value.code == "E202"
    assert f"{path}:{line}: " in str(raised.value)
    assert reason in str(raised.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("# only a comment\n\n", "no header row"),
        ("iso3\tname\nRUS\tRussia\n", "matches no table"),
    ],
)
def test_unrecognised_files_are_refused(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "user.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=reason):
        load_kb([path])


def test_missing_and_undecodable_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such knowledge-base file"):
        load_kb([tmp_path / "absent.tsv"])
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("phrase\tsector\tkind\tnote\ndélégué\tGOV\toffice\t\n".encode("latin-1"))
    with pytest.raises(KnowledgeBaseError, match="not UTF-8"):
        load_kb([latin1])


@pytest.mark.parametrize(
    ("on", "sector"),
    [
        (date(2021, 8, 14), "INS"),
        (date(2021, 8, 15), "GOV"),
        (date(1995, 1, 1), "INS"),
        (date(1990, 1, 1), "INS"),  # before every spell: the earliest
        (None, "GOV"),
    ],
)
def test_group_status_on_a_date(small_kb: KnowledgeBase, on: date | None, sector: str) -> None:
    assert small_kb.group_status("brigade", on).sector == sector


def test_group_status_in_a_gap_is_the_spell_that_ended_last() -> None:
    def spell(sector: str, start: date, end: date | None) -> GroupStatus:
        return GroupStatus("g", "G", (), (), "RUS", sector, start, end, "")

    kb = KnowledgeBase(
        states={},
        igos={},
        groups={
            "g": [spell("GOV", date(2015, 1, 1), None), spell("INS", date(2000, 1, 1), date(2009, 12, 31))]
        },
        roles=(),
        people={},
    )
    assert kb.group_status("g", date(2012, 6, 1)).sector == "INS"
    with pytest.raises(KeyError):
        kb.group_status("nobody", None)


@pytest.mark.parametrize(
    ("on", "role", "current"),
    [
        (date(1999, 6, 1), "ambassador", False),  # before every spell: the earliest, not current
        (date(2000, 1, 1), "ambassador", True),
        (date(2005, 12, 31), "ambassador", True),
        (date(2007, 6, 1), "ambassador", False),  # between spells: the one that ended, as former
        (date(2010, 1, 1), "foreign minister", True),
        (date(2016, 1, 1), "foreign minister", False),
        (date(2025, 7, 4), "envoy", True),
        (None, "envoy", True),
    ],
)
def test_person_role_before_during_between_and_after_spells(
    small_kb: KnowledgeBase, on: date | None, role: str, current: bool
) -> None:
    found = small_kb.person_role("p1", on)
    assert found is not None
    assert (found[0].role, found[1]) == (role, current)


def test_person_role_edge_cases() -> None:
    def spell(role: str, start: date | None, end: date | None) -> PersonRole:
        return PersonRole("p", "P", (), "RUS", "GOV", role, start, end, "")

    kb = KnowledgeBase(
        states={},
        igos={},
        groups={},
        roles=(),
        people={
            "both": [
                spell("party leader", date(2001, 1, 1), None),
                spell("president", date(2012, 5, 7), None),
            ],
            "retired": [
                spell("minister", None, date(2004, 1, 1)),
                spell("envoy", date(2005, 1, 1), date(2008, 1, 1)),
            ],
        },
    )
    assert kb.person_role("nobody", date(2020, 1, 1)) is None
    both = kb.person_role("both", date(2020, 1, 1))
    assert both is not None and both[0].role == "president"  # of two valid roles, the one begun last
    retired = kb.person_role("retired", None)
    assert retired is not None and (retired[0].role, retired[1]) == ("envoy", False)
    early = kb.person_role("retired", date(1950, 1, 1))
    assert early is not None and (early[0].role, early[1]) == ("minister", True)  # open start


def test_surface_forms_cover_every_kind_and_are_cached(small_kb: KnowledgeBase) -> None:
    forms = small_kb.surface_forms()
    assert forms is small_kb.surface_forms()
    assert {(form.kind, form.form) for form in forms} == {
        (ActorKind.STATE, FormKind.NAME),
        (ActorKind.STATE, FormKind.ALIAS),
        (ActorKind.STATE, FormKind.CAPITAL),
        (ActorKind.STATE, FormKind.SEAT),
        (ActorKind.STATE, FormKind.ADJECTIVE),
        (ActorKind.IGO, FormKind.NAME),
        (ActorKind.IGO, FormKind.ALIAS),
        (ActorKind.GROUP, FormKind.NAME),
        (ActorKind.GROUP, FormKind.ALIAS),
        (ActorKind.PERSON, FormKind.NAME),
        (ActorKind.PERSON, FormKind.ALIAS),
        (ActorKind.ROLE, FormKind.NAME),
    }
    texts = [(form.text, form.entity_id) for form in forms]
    assert len(texts) == len(set(texts))  # a text is listed once per entity
    assert SurfaceForm("Republic of Avalonia", ActorKind.STATE, "XAA", FormKind.ALIAS) in forms
    assert SurfaceForm("Red Government", ActorKind.GROUP, "brigade", FormKind.ALIAS) in forms
    assert SurfaceForm("troops", ActorKind.ROLE, "troops", FormKind.NAME) in forms
    assert SurfaceForm("TU", ActorKind.IGO, "TU", FormKind.ALIAS) in forms


@pytest.mark.parametrize(
    ("text", "entity_ids"),
    [
        ("Avalonia", ["XAA"]),
        ("AVALONIA", ["XAA"]),  # headline capitals
        ("avalonia", []),  # lower case never matches a capitalised form
        ("Foreign Minister", ["foreign minister"]),
        ("FOREIGN  MINISTER", ["foreign minister"]),
        ("TU", ["TU"]),
        ("Tu", []),  # all-caps abbreviations match only as written
        ("ROA", ["XAA"]),
        ("roa", []),
        ("Szohôd", ["XBB"]),
        ("Round Table", ["XAA"]),
        ("round table", []),
        ("Example", ["p1"]),
    ],
)
def test_lookup_case_rules(small_kb: KnowledgeBase, text: str, entity_ids: list[str]) -> None:
    assert [form.entity_id for form in small_kb.lookup(text)] == entity_ids


def test_lookup_straightens_apostrophes() -> None:
    kb = load_kb()
    assert [form.entity_id for form in kb.lookup("Côte d\u2019Ivoire")] == ["CIV"]


def test_package_kb_is_cached_and_country_level_rejects_unknown_ids() -> None:
    kb = load_kb()
    assert load_kb() is kb
    with pytest.raises(KeyError):
        kb.country_level("NOPE")


def _package_has(kind: TableKind) -> bool:
    return resources.files("dragoman.kb").joinpath("data", package_table_name(kind)).is_file()


def test_taliban_status_changes_on_15_august_2021() -> None:
    if not _package_has(TableKind.GROUPS):
        pytest.skip("groups.v1.tsv not written yet")
    kb = load_kb()
    ids = {form.entity_id for form in kb.lookup("Taliban") if form.kind is ActorKind.GROUP}
    assert len(ids) == 1
    (taliban,) = ids
    before = kb.group_status(taliban, date(2021, 8, 14))
    after = kb.group_status(taliban, date(2021, 8, 15))
    assert (before.country, before.sector) == ("AFG", "INS")
    assert (after.country, after.sector) == ("AFG", "GOV")
    assert kb.group_status(taliban, None) == after


@pytest.mark.parametrize("kind", [TableKind.GROUPS, TableKind.ROLES, TableKind.PEOPLE])
def test_other_package_tables_load_when_present(kind: TableKind) -> None:
    if not _package_has(kind):
        pytest.skip(f"{package_table_name(kind)} not written yet")
    kb = load_kb()
    sizes = {TableKind.GROUPS: kb.groups, TableKind.ROLES: kb.roles, TableKind.PEOPLE: kb.people}
    assert len(sizes[kind]) > 0


def test_a_group_may_be_at_home_in_several_states(tmp_path: Path) -> None:
    path = write_table(tmp_path, TableKind.GROUPS, rows_of("g;G;;;IRQ|SYR;IMG;;; / h;H;;;IRQ;INS;;;"))
    kb = load_kb([path])
    several, one = kb.group_status("g"), kb.group_status("h")
    assert (several.country, several.homes) == ("IRQ", ("IRQ", "SYR"))
    assert (one.country, one.homes) == ("IRQ", ())


@pytest.mark.parametrize(
    ("text", "igo_id"),
    [
        ("UN health agency", "WHO"),
        ("U.N. atomic watchdog", "IAEA"),
        ("UN nuclear watchdog", "IAEA"),
        ("UN refugee agency", "UNHCR"),
        ("UN migration agency", "IOM"),
        ("UN children's agency", "UNICEF"),
        ("UN food agency", "WFP"),
        ("Peace and Security Council", "AUPSC"),
        ("chemical weapons watchdog", "OPCW"),
    ],
)
def test_igo_descriptive_names(text: str, igo_id: str) -> None:
    """News names UN agencies by their field ("the UN health agency"): each such name is one body's."""
    forms = load_kb().lookup(text)
    assert {(f.kind, f.entity_id) for f in forms} == {(ActorKind.IGO, igo_id)}
