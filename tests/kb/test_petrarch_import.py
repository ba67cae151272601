"""Importing PETRARCH actor and agent dictionaries, and loading them as user files beside our TSV tables."""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import KnowledgeBaseError
from dragoman.kb import (
    COLUMNS,
    GroupStatus,
    Igo,
    KnowledgeBase,
    RoleKind,
    State,
    StateStatus,
    TableKind,
    load_kb,
)
from dragoman.kb.loader import is_table_text
from dragoman.kb.petrarch import (
    ActorCode,
    DictionaryKind,
    actor_tables,
    dictionary_kind,
    display_phrase,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_date,
    plural,
    split_code,
)
from dragoman.model import ActorKind

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dictionaries"

# Hand-made dictionaries in the PETRARCH format; Freedonia, Sylvania and their people are fictional.
ACTORS = """\
<!-- a hand-made actor dictionary
     over two lines -->
# a comment line
FREEDONIA_  [FRD]   # trailing comment
+FREEDONIAN
+FRIDONIA ; TABARI comment

SYLVANIAN_ARMY [SYLMIL]
FRANCE [FRA]
+REPUBLIQUE_FRANCAISE
+PARIS
RUFUS_T._FIREFLY
+FIREFLY
\t[FRDGOV 150301-190630]
\t[FRDGOV >20190701]
\t[FRDELI <150228]
TRENTINO
\t[SYLGOV 20100101-20141231]
\t[---]
CHICOLINI [---]
LOST_TRIBE [ABC/DEF]
---STOP---
IGNORED [XYZ]
"""

AGENTS = """\
<!-- a hand-made agent dictionary -->
!PERSON! = MAN, MEN, WOMAN
HARBOUR_MASTER [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
LIFEBOAT_CREW {} [~CVL]
RELIEF_BODY [NGO~]
PATROL!PERSON! [~COP]
PORT_AUTHORITY [~GOV]
<Combine rule = "GOVJUD => JUD">
NO_CODE_HERE
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def shared_dir() -> Path:
    configured = os.environ.get("DRAGOMAN_SHARED")
    return Path(configured) if configured else ROOT / "../shared"


# -- the pieces ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("FRD", "FRD", ""),
        ("USAGOV", "USA", "GOV"),
        ("PSEREBHMS", "PSE", "REBHMS"),
        ("pse", "PSE", ""),
        ("IGOEEU", "IGOEEU", ""),
        ("IMGMOSALQ", "IMGMOSALQ", ""),
        ("NGO", "NGO", ""),
        ("G77", "G77", ""),
        ("YEMNO", "YEMNO", ""),
        ("---", "", ""),
        ("---GOV", "", "GOV"),
    ],
)
def test_codes_split_into_country_level_id_and_sector(code: str, country: str, sector: str) -> None:
    assert split_code(code) == ActorCode(code.upper(), country, sector)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("950601", date(1995, 6, 1)),
        ("300101", date(2030, 1, 1)),
        ("310101", date(1931, 1, 1)),
        ("19950601", date(1995, 6, 1)),
        ("20130119", date(2013, 1, 19)),
    ],
)
def test_dates_read_as_petrarch_reads_them(text: str, day: date) -> None:
    assert parse_date(text, "f:1") == day


@pytest.mark.parametrize("text", ["9506", "1995061", "950231", "20101301"])
def test_bad_dates_are_errors(text: str) -> None:
    with pytest.raises(KnowledgeBaseError, match="f:1"):
        parse_date(text, "f:1")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("FREEDONIA", "Freedonia"),
        ("PRESIDENT_GEORGE_W._BUSH", "President George W. Bush"),
        ("GROUP_OF_77", "Group of 77"),
        ("RADAGAST THE_BROWN", "Radagast the Brown"),
        ("AL-QAEDA", "Al-Qaeda"),
        ("O'NEILL", "O'Neill"),
        ("IMF", "IMF"),
        ("U.S.S.R", "U.S.S.R"),
        ("McDonald_Island", "McDonald Island"),
    ],
)
def test_phrases_written_as_news_writes_them(raw: str, shown: str) -> None:
    assert display_phrase(raw) == shown


@pytest.mark.parametrize(
    ("phrase", "plural_form"),
    [
        ("minister", "ministers"),
        ("authority", "authorities"),
        ("attorney", "attorneys"),
        ("congress", "congresses"),
        ("chairman", "chairmen"),
        ("security officials", ""),
    ],
)
def test_regular_plurals(phrase: str, plural_form: str) -> None:
    assert plural(phrase) == plural_form


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ACTORS, DictionaryKind.ACTORS),
        (AGENTS, DictionaryKind.AGENTS),
        ("OFFICIAL [~GOV]\n", DictionaryKind.AGENTS),
        ("!X! = A, B\n", DictionaryKind.AGENTS),
        ("# NOT AN AGENT [~GOV]\nFREEDONIA [FRD]\n", DictionaryKind.ACTORS),
    ],
)
def test_agents_are_told_from_actors_by_their_codes(text: str, kind: DictionaryKind) -> None:
    assert dictionary_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "is_tsv"),
    [
        ("# comment\nid\tname\taliases\n", True),
        ("iso3\tiso_2\n", True),  # a broken TSV header still goes to the TSV reader, which names the problem
        ("<!-- x -->\nFREEDONIA [FRD]\n", False),
        ("FREEDONIA\t[FRD]\n", False),
        ("phrase sector kind note\n", False),
        ("# only comments\n\n", True),  # the TSV reader says it has no header row
    ],
)
def test_user_files_are_recognised_by_their_header(text: str, is_tsv: bool) -> None:
    assert is_table_text(text) is is_tsv


# -- actor dictionaries -------------------------------------------------------------------------------------


def test_actor_entries_phrases_codes_and_restrictions(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="dragoman"):
        entries = {entry.phrases[0]: entry for entry in parse_actor_dictionary(ACTORS, "f")}
    assert list(entries) == [
        "Freedonia",
        "Sylvanian Army",
        "France",
        "Rufus T. Firefly",
        "Trentino",
        "Chicolini",
    ]
    assert entries["Freedonia"].phrases == ("Freedonia", "Freedonian", "Fridonia")
    assert entries["Freedonia"].origin == "f:4"
    firefly = entries["Rufus T. Firefly"]
    assert firefly.default is None
    assert [(s.code.text, s.start, s.end) for s in firefly.restrictions] == [
        ("FRDGOV", date(2015, 3, 1), date(2019, 6, 30)),
        ("FRDGOV", date(2019, 7, 1), None),
        ("FRDELI", None, date(2015, 2, 28)),
    ]
    trentino = entries["Trentino"]
    assert trentino.default is not None and trentino.default.code == ActorCode("---", "", "")
    assert "several codes for one phrase" in caplog.text and "f:21" in caplog.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+FREEDONIAN\nFREEDONIA [FRD]\n", "before any actor phrase"),
        ("\t[FRD]\n", "before any actor phrase"),
        ("FREEDONIA\n\t[FRD <9999]\n", "neither YYMMDD nor YYYYMMDD"),
        ("FREEDONIA\n\t[FRD 20200101-20190101]\n", "ends before it starts"),
        ("FREEDONIA\n\t[FRD ~20200101]\n", "cannot read the date restriction"),
        ("FREEDONIA [FRD\n", "without ']'"),
    ],
)
def test_broken_actor_lines_are_errors_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_actor_dictionary(text, "f")


def test_actor_mapping_onto_our_records() -> None:
    france = State(
        "FRA", "FR", "France", "French Republic", (), ("Paris",), (), ("French",), StateStatus.MEMBER
    )
    tables = actor_tables(parse_actor_dictionary(ACTORS, "f"), "f", {"FRA": france})
    by_kind = {table.kind: table for table in tables}
    assert set(by_kind) == {TableKind.STATES, TableKind.IGOS, TableKind.GROUPS, TableKind.PEOPLE}
    # a known state gains the phrases it lacks, and keeps everything else
    (restated,) = [row.record for row in by_kind[TableKind.STATES].states]
    assert restated.aliases == ("Republique Francaise",) and restated.capitals == ("Paris",)
    # unknown ids: an Igo row named by the entry that names the id, or after the code
    igos = {row.record.id: row.record for row in by_kind[TableKind.IGOS].igos}
    assert igos["FRD"] == Igo("FRD", "Freedonia", ("Freedonian", "Fridonia"), (), "", "")
    assert igos["SYL"] == Igo("SYL", "SYL", (), (), "", "")
    groups = {row.record.id: row.record for row in by_kind[TableKind.GROUPS].groups}
    assert groups["petrarch:sylvanian-army"] == GroupStatus(
        "petrarch:sylvanian-army", "Sylvanian Army", (), (), "SYL", "MIL", None, None, "PETRARCH SYLMIL"
    )
    assert groups["petrarch:chicolini"].country == ""  # the null code: known, never coded
    people = [row.record for row in by_kind[TableKind.PEOPLE].people]
    firefly = [role for role in people if role.person_id == "petrarch:rufus-t-firefly"]
    assert [(r.country, r.sector, r.start, r.end) for r in firefly] == [
        ("FRD", "GOV", date(2015, 3, 1), date(2019, 6, 30)),
        ("FRD", "GOV", date(2019, 7, 1), None),
        ("FRD", "ELI", None, date(2015, 2, 28)),
    ]
    assert firefly[0].aliases == ("Firefly",)
    trentino = [role for role in people if role.person_id == "petrarch:trentino"]
    assert [(r.country, r.sector, r.start, r.end) for r in trentino] == [
        ("", "", None, None),
        ("SYL", "GOV", date(2010, 1, 1), date(2014, 12, 31)),
    ]


def test_a_repeated_primary_phrase_gets_its_own_id() -> None:
    text = "PORTO [FRDGOV]\nPORTO [SYLGOV]\n"
    (igos, groups) = actor_tables(parse_actor_dictionary(text, "f"), "f", {})
    assert [row.record.id for row in groups.groups] == ["petrarch:porto", "petrarch:porto-2"]
    assert [row.record.id for row in igos.igos] == ["FRD", "SYL"]


# -- agent dictionaries -------------------------------------------------------------------------------------


def test_agent_role_words(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="dragoman"):
        roles = {row.record.phrase: row.record for row in parse_agent_dictionary(AGENTS, "a")}
    assert list(roles) == [
        "harbour master",
        "harbour masters",
        "attorney general",
        "attorneys general",
        "lifeboat crew",
        "relief body",
        "relief bodies",
        "patrolman",
        "patrolmen",
        "patrolwoman",
        "port authority",
        "port authorities",
    ]
    assert {roles[p].sector for p in ("harbour master", "harbour masters")} == {"GOV"}
    assert roles["relief body"].sector == "NGO"
    assert roles["attorney general"].sector == "JUD"
    assert roles["harbour master"].kind is RoleKind.OFFICE
    assert roles["harbour masters"].kind is RoleKind.COLLECTIVE
    assert roles["lifeboat crew"].kind is RoleKind.COLLECTIVE
    assert roles["port authority"].kind is RoleKind.INSTITUTION
    assert "a:9" in caplog.text and "Combine" in caplog.text  # combination rules have no counterpart
    assert "a:10" in caplog.text  # a line without a code


def test_an_undefined_marker_skips_the_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="dragoman"):
        roles = parse_agent_dictionary("CONGRESS!NOBODY! [~LEG]\nSENATOR [~LEG]\n", "a")
    assert [row.record.phrase for row in roles] == ["senator", "senators"]
    assert "!NOBODY!" in caplog.text


# -- loading with load_kb -----------------------------------------------------------------------------------


def test_load_kb_reads_petrarch_and_tsv_files_side_by_side(tmp_path: Path) -> None:
    tsv = tmp_path / "groups.tsv"
    tsv.write_text(
        "\t".join(COLUMNS[TableKind.GROUPS]) + "\nmarx-club\tMarx Club\t\t\tFRA\tNGO\t\t\t\n",
        encoding="utf-8",
    )
    kb = load_kb([tsv, write(tmp_path, "my.actors.txt", ACTORS), write(tmp_path, "my.agents", AGENTS)])
    assert [(f.kind, f.entity_id) for f in kb.lookup("Freedonia")] == [(ActorKind.IGO, "FRD")]
    assert [(f.kind, f.entity_id) for f in kb.lookup("Republique Francaise")] == [(ActorKind.STATE, "FRA")]
    assert kb.lookup("Marx Club")[0].entity_id == "marx-club"
    assert kb.group_status("petrarch:sylvanian-army").sector == "MIL"
    found = kb.person_role("petrarch:rufus-t-firefly", date(2020, 5, 1))
    assert found is not None and (found[0].country, found[0].sector, found[1]) == ("FRD", "GOV", True)
    assert {r.phrase: r.sector for r in kb.roles}["harbour masters"] == "GOV"


def test_each_skipped_line_is_reported_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="dragoman"):
        load_kb([write(tmp_path, "agents.txt", AGENTS)])
    assert caplog.text.count("Combine") == 1
    assert caplog.text.count("NO_CODE_HERE") == 1


def test_a_later_dictionary_extends_the_ids_an_earlier_one_made(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", "FREEDONIA [FRD]\n")
    second = write(tmp_path, "second.txt", "GRAND_FENWICK [FRD]\n")
    kb = load_kb([first, second])
    assert kb.igos["FRD"] == Igo("FRD", "Freedonia", ("Grand Fenwick",), (), "", "")


def test_agents_override_package_role_words(tmp_path: Path) -> None:
    assert {r.phrase: r.sector for r in load_kb().roles}["foreign minister"] == "GOV"
    kb = load_kb([write(tmp_path, "agents.txt", "FOREIGN_MINISTER [~GOVFRM]\n")])
    assert {r.phrase: r.sector for r in kb.roles}["foreign minister"] == "GOVFRM"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("just some words\nand more\n", "neither a knowledge-base TSV file"),
        ("ONLY_BAD [+++]\n", "neither a knowledge-base TSV file"),
        ("SENATOR\nJUDGE [~]\n", "no PETRARCH agent entry"),
    ],
)
def test_files_with_nothing_to_import_are_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        load_kb([write(tmp_path, "x.txt", text)])


# -- the shipped examples and the PETRARCH validation dictionaries ------------------------------------------


def test_the_example_dictionaries_load() -> None:
    kb = load_kb(sorted(EXAMPLES.glob("my-*")))
    assert kb.group_status("coastal-front", date(2018, 1, 1)).sector == "REB"
    assert kb.group_status("coastal-front", date(2020, 1, 1)).sector == "OPP"
    assert kb.lookup("Freedonian Cabinet")[0].entity_id == "petrarch:freedonian-cabinet"
    found = kb.person_role("petrarch:rufus-firefly", date(2025, 1, 1))
    assert found is not None and found[0].sector == "ELI"
    assert {"harbour masters", "patrolwomen", "lifeboat crew"} <= {r.phrase for r in kb.roles}


@pytest.fixture(scope="module")
def validation_kb() -> KnowledgeBase:
    folder = shared_dir() / "eval" / "petrarch" / "validation-dictionaries"
    files = [folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"]
    if not all(path.is_file() for path in files):
        pytest.skip("PETRARCH validation dictionaries not present")
    return load_kb(files)


@pytest.mark.parametrize(
    ("name", "kind", "entity_id"),
    [
        ("Arnor", ActorKind.IGO, "ARN"),
        ("Gondor", ActorKind.IGO, "GON"),
        ("Minas Tirith", ActorKind.IGO, "GON"),
        ("Gollum", ActorKind.PERSON, "petrarch:gollum"),
        ("Smeagol", ActorKind.PERSON, "petrarch:gollum"),
        ("Ithilen Military", ActorKind.GROUP, "petrarch:ithilen-military"),
        ("Pyongyang", ActorKind.STATE, "PRK"),
        ("Interpol", ActorKind.IGO, "IGOCOPITP"),
        ("foreign minister", ActorKind.ROLE, "foreign minister"),
        ("ministers of silly walks", ActorKind.ROLE, "ministers of silly walks"),
    ],
)
def test_validation_dictionaries_resolve(
    validation_kb: KnowledgeBase, name: str, kind: ActorKind, entity_id: str
) -> None:
    assert (kind, entity_id) in {(form.kind, form.entity_id) for form in validation_kb.lookup(name)}


def test_validation_date_restrictions(validation_kb: KnowledgeBase) -> None:
    def code_on(person: str, day: date) -> str:
        found = validation_kb.person_role(person, day)
        assert found is not None
        return found[0].country + found[0].sector

    assert code_on("petrarch:gollum", date(1994, 1, 1)) == "HOB"
    assert code_on("petrarch:gollum", date(1997, 1, 1)) == "HOBGOV"
    assert code_on("petrarch:gollum", date(2001, 1, 1)) == "HOBREB"
    assert code_on("petrarch:sam-gamgee", date(2010, 1, 10)) == "ORCHOB"
    assert code_on("petrarch:sam-gamgee", date(2011, 1, 10)) == "HOBMIL"


@pytest.mark.slow
def test_coding_with_a_petrarch_dictionary(tmp_path: Path) -> None:
    from dragoman import Dragoman

    dictionary = write(tmp_path, "a.txt", "FREEDONIA [FRD]\nSYLVANIA [SYL]\n")
    dm = Dragoman(dictionaries=[dictionary])
    events = dm.code("Freedonia accused Sylvania of spying on Monday.", published="2024-05-02")
    assert [(e.source.cameo, e.target.cameo if e.target else None) for e in events] == [("FRD", "SYL")]


# -- docs/dictionaries.md tells the truth -------------------------------------------------------------------

DOCS = ROOT / "docs" / "dictionaries.md"


def doc_block(after: str) -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text.split(after, 1)[1].split("```\n", 2)[1]


@pytest.mark.parametrize("kind", list(TableKind))
def test_docs_give_every_table_header(kind: TableKind) -> None:
    assert "\t".join(COLUMNS[kind]) in DOCS.read_text(encoding="utf-8")


def test_docs_actor_example_imports_as_described() -> None:
    (entry_frd, entry_rufus, entry_null) = parse_actor_dictionary(
        doc_block("An **actor dictionary**:"), "doc"
    )
    assert entry_frd.phrases == ("Freedonia", "Freedonian")
    assert entry_rufus.phrases == ("Rufus Firefly", "President Firefly")
    assert entry_rufus.default is not None and entry_rufus.default.code.text == "FRD"
    assert [(s.start, s.end) for s in entry_rufus.restrictions] == [
        (date(2015, 3, 1), date(2019, 6, 30)),
        (date(2019, 7, 1), None),
        (None, date(2015, 2, 28)),
    ]
    assert entry_null.default is not None and entry_null.default.code.country == ""


def test_docs_agent_example_imports_as_described() -> None:
    roles = {
        row.record.phrase: row.record.sector
        for row in parse_agent_dictionary(doc_block("An **agent dictionary**:"), "doc")
    }
    assert roles == {
        "harbour master": "GOV",
        "harbour masters": "GOV",
        "attorney general": "JUD",
        "attorneys general": "JUD",
        "lifeboat crew": "CVL",
        "relief agency": "NGO",
        "relief agencies": "NGO",
        "patrolman": "COP",
        "patrolmen": "COP",
        "patrolwoman": "COP",
        "patrolwomen": "COP",
    }
