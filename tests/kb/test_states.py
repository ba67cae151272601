"""The package tables of states and international bodies: completeness, codes, and the names news uses."""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from dragoman.kb import FormKind, KnowledgeBase, StateStatus, load_kb
from dragoman.model import ActorKind

FORMAT_IGO_IDS = ["UN", "NATO", "EU", "AU", "ASEAN", "IMF", "WB", "ICC", "ICJ", "IAEA", "OPCW", "WHO"]
FORMAT_IGO_IDS += ["OPEC", "OSCE", "ICRC", "G7", "BRICS"]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _shared_dir() -> Path:
    env = os.environ.get("DRAGOMAN_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "../shared"


def _plain(text: str) -> str:
    """Case- and accent-free form of a name, for comparing with pycountry."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


def _pycountry_names(country: object) -> set[str]:
    """pycountry's names of a country, with inversions undone: "Korea, Republic of" -> "Republic of Korea"."""
    names: set[str] = set()
    for attribute in ("name", "common_name", "official_name"):
        value = getattr(country, attribute, None)
        if not value:
            continue
        value = re.sub(r"\s*\(.*\)", "", value)
        if ", " in value:
            head, tail = value.split(", ", 1)
            value = f"{tail} {head}"
        names.add(re.sub(r"^the ", "", _plain(value)))
    return names


def test_there_are_197_states_by_status(kb: KnowledgeBase) -> None:
    statuses = Counter(state.status for state in kb.states.values())
    assert len(kb.states) == 197
    assert statuses == {StateStatus.MEMBER: 193, StateStatus.OBSERVER: 2, StateStatus.OTHER: 2}
    assert {iso3 for iso3, state in kb.states.items() if state.status is not StateStatus.MEMBER} == {
        "VAT",
        "PSE",
        "TWN",
        "XKX",
    }


def test_codes_and_names_agree_with_pycountry(kb: KnowledgeBase) -> None:
    checked = 0
    for iso3, state in kb.states.items():
        if iso3 == "XKX":  # Kosovo has no ISO 3166-1 code; XKX/XK are the codes in common use
            assert state.iso2 == "XK"
            continue
        country = pycountry.countries.get(alpha_3=iso3)
        assert country is not None, iso3
        assert country.alpha_2 == state.iso2, iso3
        ours = {_plain(name) for name in (state.name, state.official_name, *state.aliases)}
        assert ours & _pycountry_names(country), (iso3, _pycountry_names(country))
        checked += 1
    assert checked == 196


def test_every_state_but_three_has_an_adjective(kb: KnowledgeBase) -> None:
    # COG shares "Congolese" with COD, DMA shares "Dominican" with DOM, the Vatican's adjective is its name
    without = {iso3 for iso3, state in kb.states.items() if not state.adjectives}
    assert without == {"COG", "DMA", "VAT"}


def test_no_text_names_two_states_or_a_state_and_a_body(kb: KnowledgeBase) -> None:
    owners: dict[str, set[str]] = {}
    for form in kb.surface_forms():
        if form.kind in (ActorKind.STATE, ActorKind.IGO):
            owners.setdefault(form.text, set()).add(form.entity_id)
    shared = {text: ids for text, ids in owners.items() if len(ids) > 1}
    # the one exception: a capital that is also the seat of a body (the resolver chooses by the story)
    assert shared == {"Brussels": {"BEL", "EU"}}


@pytest.mark.parametrize(
    ("text", "iso3", "form"),
    [
        ("Russia", "RUS", FormKind.NAME),
        ("Russian Federation", "RUS", FormKind.ALIAS),
        ("Kremlin", "RUS", FormKind.SEAT),
        ("the Kremlin", "RUS", FormKind.SEAT),
        ("Moscow", "RUS", FormKind.CAPITAL),
        ("Russians", "RUS", FormKind.ADJECTIVE),
        ("U.S.", "USA", FormKind.ALIAS),
        ("America", "USA", FormKind.ALIAS),
        ("White House", "USA", FormKind.SEAT),
        ("Foggy Bottom", "USA", FormKind.SEAT),
        ("Britain", "GBR", FormKind.ALIAS),
        ("Downing Street", "GBR", FormKind.SEAT),
        ("Britons", "GBR", FormKind.ADJECTIVE),
        ("Ivory Coast", "CIV", FormKind.NAME),
        ("Côte d'Ivoire", "CIV", FormKind.ALIAS),
        ("Cote d'Ivoire", "CIV", FormKind.ALIAS),
        ("Kyiv", "UKR", FormKind.CAPITAL),
        ("Kiev", "UKR", FormKind.CAPITAL),
        ("Burma", "MMR", FormKind.ALIAS),
        ("Swaziland", "SWZ", FormKind.ALIAS),
        ("Ceylon", "LKA", FormKind.ALIAS),
        ("East Timor", "TLS", FormKind.ALIAS),
        ("Czechia", "CZE", FormKind.ALIAS),
        ("Türkiye", "TUR", FormKind.ALIAS),
        ("Holland", "NLD", FormKind.ALIAS),
        ("Zaire", "COD", FormKind.ALIAS),
        ("Kampuchea", "KHM", FormKind.ALIAS),
        ("Kampuchean", "KHM", FormKind.ADJECTIVE),
        ("West Germany", "DEU", FormKind.ALIAS),
        ("Bonn", "DEU", FormKind.CAPITAL),
        ("DRC", "COD", FormKind.ALIAS),
        ("Élysée", "FRA", FormKind.SEAT),
        ("Elysee", "FRA", FormKind.SEAT),
        ("Quai d'Orsay", "FRA", FormKind.SEAT),
        ("Zhongnanhai", "CHN", FormKind.SEAT),
        ("Peking", "CHN", FormKind.CAPITAL),
        ("Chinese", "CHN", FormKind.ADJECTIVE),
        ("Blue House", "KOR", FormKind.SEAT),
        ("Afghans", "AFG", FormKind.ADJECTIVE),
        ("Emirati", "ARE", FormKind.ADJECTIVE),
        ("Saudi", "SAU", FormKind.ADJECTIVE),
        ("Israeli", "ISR", FormKind.ADJECTIVE),
        ("Palestinian", "PSE", FormKind.ADJECTIVE),
        ("Taiwanese", "TWN", FormKind.ADJECTIVE),
        ("Kosovar", "XKX", FormKind.ADJECTIVE),
        ("Kosovan", "XKX", FormKind.ADJECTIVE),
        ("Holy See", "VAT", FormKind.ALIAS),
        ("Georgia", "GEO", FormKind.NAME),
        ("Gaza", "PSE", FormKind.ALIAS),
        ("Gaza Strip", "PSE", FormKind.ALIAS),
        ("West Bank", "PSE", FormKind.ALIAS),
        ("Gazans", "PSE", FormKind.ADJECTIVE),
        ("Crimea", "UKR", FormKind.ALIAS),
        ("Donbas", "UKR", FormKind.ALIAS),
        ("Hong Kong", "CHN", FormKind.ALIAS),
        ("Greenland", "DNK", FormKind.ALIAS),
        ("Tigray", "ETH", FormKind.ALIAS),
        ("Transnistria", "MDA", FormKind.ALIAS),
        ("Western Sahara", "MAR", FormKind.ALIAS),
        ("Chechens", "RUS", FormKind.ADJECTIVE),
        ("Filipinos", "PHL", FormKind.ADJECTIVE),
        ("Ukrainians", "UKR", FormKind.ADJECTIVE),
        ("Bankova", "UKR", FormKind.SEAT),
        ("Oval Office", "USA", FormKind.SEAT),
        ("No. 10", "GBR", FormKind.SEAT),
        ("Tel Aviv", "ISR", FormKind.CAPITAL),
        ("Kishinev", "MDA", FormKind.CAPITAL),
    ],
)
def test_news_names_find_their_state(kb: KnowledgeBase, text: str, iso3: str, form: FormKind) -> None:
    found = [(f.entity_id, f.form) for f in kb.lookup(text) if f.kind is ActorKind.STATE]
    assert found == [(iso3, form)]


@pytest.mark.parametrize(
    "text",
    [
        *("Afghani", "Korea", "Male", "Victoria", "the alliance", "Commonwealth"),
        # blocs of states that are not one actor, and disputed regions claimed by two states
        *("the West", "West", "Western", "Europe", "European", "Arab", "Arabs", "Gulf"),
        *("Kashmir", "Kurdistan"),
    ],
)
def test_ambiguous_words_are_not_listed(kb: KnowledgeBase, text: str) -> None:
    assert kb.lookup(text) == ()


def test_format_igo_ids_all_exist(kb: KnowledgeBase) -> None:
    assert set(FORMAT_IGO_IDS) <= set(kb.igos)
    for igo_id in FORMAT_IGO_IDS:
        assert kb.igos[igo_id].parent == ""
        assert kb.country_level(igo_id) == igo_id


def test_format_md_igo_list_matches_when_present(kb: KnowledgeBase) -> None:
    format_md = _shared_dir() / "eval" / "FORMAT.md"
    if not format_md.is_file():
        pytest.skip(f"{format_md} not present")
    text = " ".join(format_md.read_text(encoding="utf-8").split())
    match = re.search(r"ids for international bodies: `([A-Z0-9 ]+)`", text)
    assert match is not None, "FORMAT.md no longer lists the IGO ids in the expected sentence"
    assert match.group(1).split() == FORMAT_IGO_IDS
    assert set(FORMAT_IGO_IDS) <= set(kb.igos)


@pytest.mark.parametrize(
    ("igo_id", "country_level"),
    [
        ("UNSC", "UN"),
        ("UNGA", "UN"),
        ("UNHCR", "UN"),
        ("UNICEF", "UN"),
        ("WFP", "UN"),
        ("UNRWA", "UN"),
        ("EC", "EU"),
        ("EP", "EU"),
        ("EUCO", "EU"),
        ("ECB", "EU"),
        ("ECHR", "COE"),
        ("AUC", "AU"),
        ("ARL", "ARL"),
        ("COMMONWEALTH", "COMMONWEALTH"),
        ("RUS", "RUS"),
        ("KFOR", "NATO"),
        ("EUROGROUP", "EU"),
        ("AMISOM", "AU"),
        ("IFC", "WB"),
        ("ICTY", "UN"),
        ("PENINSULA_SHIELD", "GCC"),
        ("AES", "AES"),
    ],
)
def test_organs_take_their_parents_code(kb: KnowledgeBase, igo_id: str, country_level: str) -> None:
    assert kb.country_level(igo_id) == country_level


@pytest.mark.parametrize(
    ("text", "igo_id"),
    [
        ("United Nations", "UN"),
        ("U.N.", "UN"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("Nato", "NATO"),
        ("European Commission", "EC"),
        ("Arab League", "ARL"),
        ("International Committee of the Red Cross", "ICRC"),
        ("Group of Seven", "G7"),
        ("UN Security Council", "UNSC"),
        ("Organisation for the Prohibition of Chemical Weapons", "OPCW"),
        ("Brussels", "EU"),
        ("UN Women", "UNWOMEN"),
        ("Eurogroup", "EUROGROUP"),
        ("Alliance of Sahel States", "AES"),
        ("Shanghai Cooperation Organisation", "SCO"),
        ("Gulf Cooperation Council", "GCC"),
    ],
)
def test_body_names_find_their_id(kb: KnowledgeBase, text: str, igo_id: str) -> None:
    found = [form.entity_id for form in kb.lookup(text)]
    if text == "Brussels":  # also Belgium's capital (see test_no_text_names_two_states_or_a_state_and_a_body)
        assert sorted(found) == ["BEL", igo_id]
    else:
        assert found == [igo_id]


INTERNATIONAL_NGOS = frozenset(
    {"ICRC", "IFRC", "AMNESTY", "HRW", "MSF", "RWB", "CPJ", "OXFAM", "TI", "GREENPEACE"}
    | {"SAVECHILDREN", "CRISISGROUP", "WORLDVISION", "CARITAS"}
)


def test_sectors_are_igo_except_the_international_ngos(kb: KnowledgeBase) -> None:
    assert {igo_id for igo_id, igo in kb.igos.items() if igo.sector != "IGO"} == INTERNATIONAL_NGOS
    assert all(
        kb.igos[igo_id].sector == "NGO" and not kb.igos[igo_id].parent for igo_id in INTERNATIONAL_NGOS
    )


@pytest.mark.parametrize(
    ("text", "igo_id"),
    [
        ("Amnesty International", "AMNESTY"),
        ("Doctors Without Borders", "MSF"),
        ("European Economic Community", "EEC"),
        ("Organization of African Unity", "OAU"),
        ("International Labor Office", "ILO"),
    ],
)
def test_historical_bodies_and_ngos_find_their_id(kb: KnowledgeBase, text: str, igo_id: str) -> None:
    assert [form.entity_id for form in kb.lookup(text)] == [igo_id]


def test_no_name_of_a_state_or_body_names_a_person_or_group(kb: KnowledgeBase) -> None:
    """A text that names a state or body never also names a person or group, in any case."""
    owners: dict[str, set[tuple[ActorKind, str]]] = {}
    for form in kb.surface_forms():
        if form.kind is not ActorKind.ROLE:
            owners.setdefault(form.text.casefold(), set()).add((form.kind, form.entity_id))
    mixed = {
        text: ids
        for text, ids in owners.items()
        if {kind for kind, _ in ids} & {ActorKind.STATE, ActorKind.IGO}
        and {kind for kind, _ in ids} & {ActorKind.PERSON, ActorKind.GROUP}
    }
    assert mixed == {}


@pytest.mark.parametrize(
    ("text", "group_id", "iso3"),
    [
        ("IDF", "idf", "ISR"),
        ("IRGC", "irgc", "IRN"),
        ("Pentagon", "pentagon", "USA"),
        ("State Department", "state-department", "USA"),
        ("Kremlin", "", "RUS"),
        ("Knesset", "knesset", "ISR"),
        ("KCNA", "kcna", "PRK"),
    ],
)
def test_institutions_without_a_state_word_reach_their_state(
    kb: KnowledgeBase, text: str, group_id: str, iso3: str
) -> None:
    forms = kb.lookup(text)
    assert len(forms) == 1
    if group_id:
        assert forms[0].entity_id == group_id
        assert kb.group_status(group_id).country == iso3
    else:
        assert forms[0].entity_id == iso3
