"""Coverage of small and middle states in people.v1.tsv: news names a leader, then uses the surname alone.

Each case resolves a name as news writes it through the package knowledge base (``lookup`` then
``person_role``), as the coder does, and checks the state, the role valid on the date and whether it is still
held then. Dates on either side of a change of office are included.
"""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.kb import KnowledgeBase, load_kb
from dragoman.model import ActorKind


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _person(kb: KnowledgeBase, text: str) -> str:
    ids = {form.entity_id for form in kb.lookup(text) if form.kind is ActorKind.PERSON}
    assert len(ids) == 1, f"{text!r} names {sorted(ids)}"
    (person_id,) = ids
    return person_id


CASES = [
    # Pacific
    ("Marape", date(2025, 10, 6), "PNG", "Prime Minister", True),
    ("Somare", date(2005, 1, 1), "PNG", "Prime Minister", True),
    ("Peter O'Neill", date(2019, 6, 1), "PNG", "Prime Minister", False),
    ("Bainimarama", date(2006, 12, 20), "FJI", "Acting President", True),
    ("Bainimarama", date(2010, 1, 1), "FJI", "Prime Minister", True),
    ("Rabuka", date(2023, 6, 1), "FJI", "Prime Minister", True),
    ("Sogavare", date(2020, 1, 1), "SLB", "Prime Minister", True),
    ("Manele", date(2023, 1, 1), "SLB", "Foreign Minister", True),
    ("Manele", date(2024, 6, 1), "SLB", "Prime Minister", True),
    ("Kilman", date(2023, 9, 20), "VUT", "Prime Minister", True),
    ("Tuilaepa", date(2021, 8, 1), "WSM", "Prime Minister", False),
    ("Fiame", date(2022, 1, 1), "WSM", "Prime Minister", True),
    ("Maamau", date(2024, 1, 1), "KIR", "President", True),
    ("Natano", date(2024, 3, 1), "TUV", "Prime Minister", False),
    ("Adeang", date(2024, 5, 1), "NRU", "President", True),
    ("Whipps", date(2022, 1, 1), "PLW", "President", True),
    ("Hilda Heine", date(2022, 1, 1), "MHL", "President", False),
    ("Hilda Heine", date(2025, 1, 1), "MHL", "President", True),
    ("Panuelo", date(2021, 1, 1), "FSM", "President", True),
    # Central Asia, Azerbaijan and Mongolia
    ("Tokayev", date(2005, 1, 1), "KAZ", "Foreign Minister", True),
    ("Tokayev", date(2025, 10, 6), "KAZ", "President", True),
    ("Massimov", date(2018, 1, 1), "KAZ", "Chairman of the National Security Committee", True),
    ("Mirziyoyev", date(2010, 1, 1), "UZB", "Prime Minister", True),
    ("Aripov", date(2024, 1, 1), "UZB", "Prime Minister", True),
    ("Bakiyev", date(2008, 1, 1), "KGZ", "President", True),
    ("Atambayev", date(2019, 1, 1), "KGZ", "President", False),
    ("Rasulzoda", date(2020, 1, 1), "TJK", "Prime Minister", True),
    ("Asadov", date(2023, 1, 1), "AZE", "Prime Minister", True),
    ("Khurelsukh", date(2019, 1, 1), "MNG", "Prime Minister", True),
    ("Khurelsukh", date(2022, 1, 1), "MNG", "President", True),
    # Africa
    ("Ngirente", date(2020, 1, 1), "RWA", "Prime Minister", True),
    ("Mushikiwabo", date(2015, 1, 1), "RWA", "Foreign Minister", True),
    ("Mushikiwabo", date(2020, 1, 1), "OIF", "Secretary General of the Francophonie", True),
    ("Nabbanja", date(2022, 1, 1), "UGA", "Prime Minister", True),
    ("Majaliwa", date(2020, 1, 1), "TZA", "Prime Minister", True),
    ("Gachagua", date(2025, 1, 1), "KEN", "Deputy President", False),
    ("Tedros", date(2014, 1, 1), "ETH", "Foreign Minister", True),
    ("Guelleh", date(2020, 1, 1), "DJI", "President", True),
    ("Lungu", date(2018, 1, 1), "ZMB", "President", True),
    ("Hichilema", date(2022, 1, 1), "ZMB", "President", True),
    ("Chakwera", date(2025, 11, 1), "MWI", "President", False),
    ("Geingob", date(2013, 1, 1), "NAM", "Prime Minister", True),
    ("Rajoelina", date(2010, 1, 1), "MDG", "President of the High Transitional Authority", True),
    ("Sirleaf", date(2010, 1, 1), "LBR", "President", True),
    ("Weah", date(2025, 1, 1), "LBR", "President", False),
    ("Touadera", date(2020, 1, 1), "CAF", "President", True),
    ("Nkurunziza", date(2010, 1, 1), "BDI", "President", True),
    ("Chahed", date(2018, 1, 1), "TUN", "Prime Minister", True),
    ("Ghazouani", date(2020, 1, 1), "MRT", "President", True),
    ("Jammeh", date(2010, 1, 1), "GMB", "President", True),
    # Latin America and the Caribbean
    ("Lugo", date(2010, 1, 1), "PRY", "President", True),
    ("Zelaya", date(2009, 7, 1), "HND", "President", False),
    ("Martinelli", date(2012, 1, 1), "PAN", "President", True),
    ("Holness", date(2020, 1, 1), "JAM", "Prime Minister", True),
    ("Rowley", date(2025, 4, 1), "TTO", "Prime Minister", False),
    ("Persad-Bissessar", date(2025, 10, 6), "TTO", "Prime Minister", True),
    ("Bouterse", date(2015, 1, 1), "SUR", "President", True),
    ("Jagdeo", date(2022, 1, 1), "GUY", "Vice President", True),
    # Balkans and Europe's smaller states
    ("Milanovic", date(2014, 1, 1), "HRV", "Prime Minister", True),
    ("Milanovic", date(2021, 1, 1), "HRV", "President", True),
    ("Plenkovic", date(2022, 1, 1), "HRV", "Prime Minister", True),
    ("Djukanovic", date(2020, 1, 1), "MNE", "President", True),
    ("Dodik", date(2020, 1, 1), "BIH", "Member of the Presidency", True),
    ("Gruevski", date(2010, 1, 1), "MKD", "Prime Minister", True),
    ("Jansa", date(2021, 1, 1), "SVN", "Prime Minister", True),
    ("Sandu", date(2019, 9, 1), "MDA", "Prime Minister", True),
    ("Kurti", date(2020, 4, 1), "XKX", "Prime Minister", True),
    ("Skvernelis", date(2018, 1, 1), "LTU", "Prime Minister", True),
    ("Kubilius", date(2025, 1, 1), "EU", "European Commissioner for Defence and Space", True),
    ("Dombrovskis", date(2010, 1, 1), "LVA", "Prime Minister", True),
    ("Ilves", date(2010, 1, 1), "EST", "President", True),
    ("Anastasiades", date(2015, 1, 1), "CYP", "President", True),
    ("Bettel", date(2024, 1, 1), "LUX", "Foreign Minister", True),
    ("Jakobsdottir", date(2020, 1, 1), "ISL", "Prime Minister", True),
    # South Asia, South-East Asia and the Gulf
    ("Nasheed", date(2010, 1, 1), "MDV", "President", True),
    ("Muizzu", date(2024, 1, 1), "MDV", "President", True),
    ("Tharman", date(2024, 1, 1), "SGP", "President", True),
    ("Xanana", date(2024, 1, 1), "TLS", "Prime Minister", True),
    ("Ramos-Horta", date(2010, 1, 1), "TLS", "President", True),
    ("Thongloun", date(2018, 1, 1), "LAO", "Prime Minister", True),
    ("King Gyanendra", date(2005, 6, 1), "NPL", "King", True),
    ("Hun Sen", date(2024, 6, 1), "KHM", "President of the Senate", True),
]


@pytest.mark.parametrize(("text", "on", "country", "role", "current"), CASES)
def test_a_leader_named_in_the_news_resolves_to_the_role_of_the_date(
    kb: KnowledgeBase, text: str, on: date, country: str, role: str, current: bool
) -> None:
    found = kb.person_role(_person(kb, text), on)
    assert found is not None
    spell, is_current = found
    assert (spell.country, spell.role, is_current) == (country, role, current)


# surnames shared by several people in the news (father and son, brothers, namesakes) or that are common
# words and names: they are left out as aliases, so the full name is needed
AMBIGUOUS_SURNAMES = ["Tong", "Heine", "Kabua", "Jugnauth", "Mutharika", "Rama", "Koroma", "Barrow", "Boko"]


@pytest.mark.parametrize("surname", AMBIGUOUS_SURNAMES)
def test_ambiguous_surnames_name_no_person(kb: KnowledgeBase, surname: str) -> None:
    assert not [form for form in kb.lookup(surname) if form.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("countries", "on"),
    [
        (("PNG", "FJI", "SLB", "VUT", "WSM", "KIR", "TUV", "NRU", "PLW", "MHL", "FSM"), date(2025, 10, 6)),
        (("KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "MNG"), date(2012, 6, 1)),
        (
            ("RWA", "UGA", "KEN", "ZMB", "MWI", "NAM", "BWA", "LSO", "MDG", "LBR", "CAF", "BDI"),
            date(2019, 6, 1),
        ),
        (("PRY", "CRI", "PAN", "GTM", "HND", "SLV", "DOM", "JAM", "GUY", "SUR", "TTO"), date(2016, 1, 1)),
        (
            ("ALB", "MKD", "MNE", "HRV", "SVN", "LTU", "LVA", "EST", "CYP", "MLT", "LUX", "ISL"),
            date(2015, 1, 1),
        ),
        (("MDV", "SGP", "LAO", "TLS", "BTN"), date(2020, 1, 1)),
    ],
)
def test_each_state_has_a_head_of_state_or_government_on_the_date(
    kb: KnowledgeBase, countries: tuple[str, ...], on: date
) -> None:
    heads = {"President", "Prime Minister", "King", "Sultan", "Emir", "Head of State"}
    covered: set[str] = set()
    for person_id in kb.people:
        found = kb.person_role(person_id, on)
        if found is not None and found[1] and found[0].role in heads:
            covered.add(found[0].country)
    assert set(countries) - covered == set()


# Tenth pass: spokespeople, trade and finance ministers, UN ambassadors, deputy foreign ministers and interior
# ministers, named as news names them, on dates on both sides of a change of office.
TENTH_CASES = [
    ("Wang Wenbin", date(2022, 3, 1), "CHN", "Foreign Ministry spokesman", True),
    ("Wang Wenbin", date(2024, 9, 1), "CHN", "Foreign Ministry spokesman", False),
    ("Hua Chunying", date(2021, 3, 1), "CHN", "Foreign Ministry spokeswoman", True),
    ("Hua Chunying", date(2024, 9, 1), "CHN", "Vice Foreign Minister", True),
    ("Zhao Lijian", date(2020, 4, 28), "CHN", "Foreign Ministry spokesman", True),
    ("Mao Ning", date(2023, 5, 10), "CHN", "Foreign Ministry spokeswoman", True),
    ("Lin Jian", date(2024, 6, 20), "CHN", "Foreign Ministry spokesman", True),
    ("Guo Jiakun", date(2025, 4, 8), "CHN", "Foreign Ministry spokesman", True),
    ("Qin Gang", date(2009, 6, 25), "CHN", "Foreign Ministry spokesman", True),
    ("Qin Gang", date(2023, 3, 1), "CHN", "Foreign Minister", True),
    ("Nuland", date(2012, 1, 10), "USA", "State Department spokeswoman", True),
    ("Ned Price", date(2022, 3, 1), "USA", "State Department spokesman", True),
    ("Jen Psaki", date(2014, 3, 1), "USA", "State Department spokeswoman", True),
    ("Jen Psaki", date(2021, 6, 1), "USA", "White House Press Secretary", True),
    (
        "John Kirby",
        date(2023, 11, 1),
        "USA",
        "National Security Council Coordinator for Strategic Communications",
        True,
    ),
    ("Dana Perino", date(2008, 5, 1), "USA", "White House Press Secretary", True),
    ("Wendy Sherman", date(2022, 1, 10), "USA", "Deputy Secretary of State", True),
    ("Dujarric", date(2023, 10, 8), "UN", "Spokesperson for the Secretary-General", True),
    ("Steffen Seibert", date(2015, 9, 1), "DEU", "Government spokesman", True),
    ("Arindam Bagchi", date(2022, 6, 1), "IND", "External Affairs Ministry spokesman", True),
    ("Edano", date(2011, 3, 15), "JPN", "Chief Cabinet Secretary", True),
    ("Akazawa", date(2025, 7, 22), "JPN", "Minister for Economic Revitalization", True),
    ("Piyush Goyal", date(2025, 5, 6), "IND", "Commerce Minister", True),
    ("Wang Wentao", date(2023, 5, 25), "CHN", "Commerce Minister", True),
    ("Raimondo", date(2023, 8, 28), "USA", "Secretary of Commerce", True),
    ("Mary Ng", date(2023, 1, 1), "CAN", "Trade Minister", True),
    ("Don Farrell", date(2024, 5, 20), "AUS", "Trade Minister", True),
    ("Todd McClay", date(2016, 6, 1), "NZL", "Trade Minister", True),
    ("Mandelson", date(2006, 6, 1), "EU", "European Commissioner for Trade", True),
    ("Kemi Badenoch", date(2023, 6, 1), "GBR", "Business and Trade Secretary", True),
    ("Siluanov", date(2022, 3, 1), "RUS", "Finance Minister", True),
    ("Varoufakis", date(2015, 2, 11), "GRC", "Finance Minister", True),
    ("Kicillof", date(2014, 7, 30), "ARG", "Economy Minister", True),
    ("Mantega", date(2010, 9, 27), "BRA", "Finance Minister", True),
    ("Sri Mulyani", date(2020, 3, 20), "IDN", "Finance Minister", True),
    ("Gordhan", date(2016, 6, 1), "ZAF", "Finance Minister", True),
    ("Frydenberg", date(2020, 10, 6), "AUS", "Treasurer", True),
    ("Taro Aso", date(2019, 6, 8), "JPN", "Finance Minister", True),
    ("Mehmet Simsek", date(2023, 9, 1), "TUR", "Finance Minister", True),
    ("Jaresko", date(2015, 3, 11), "UKR", "Finance Minister", True),
    ("Kyslytsya", date(2022, 2, 24), "UKR", "Ambassador to the United Nations", True),
    ("Kyslytsya", date(2025, 5, 16), "UKR", "First Deputy Foreign Minister", True),
    ("Fu Cong", date(2024, 10, 1), "CHN", "Ambassador to the United Nations", True),
    ("Zhang Jun", date(2022, 3, 1), "CHN", "Ambassador to the United Nations", True),
    ("Munir Akram", date(2021, 8, 16), "PAK", "Ambassador to the United Nations", True),
    ("Danon", date(2016, 1, 1), "ISR", "Ambassador to the United Nations", True),
    ("Erdan", date(2023, 10, 8), "ISR", "Ambassador to the United Nations", True),
    ("Ryabkov", date(2024, 7, 11), "RUS", "Deputy Foreign Minister", True),
    ("Grushko", date(2023, 3, 1), "RUS", "Deputy Foreign Minister", True),
    ("Faeser", date(2024, 9, 10), "DEU", "Interior Minister", True),
    ("Darmanin", date(2023, 6, 1), "FRA", "Interior Minister", True),
    ("Braverman", date(2023, 3, 1), "GBR", "Home Secretary", True),
    ("Kolokoltsev", date(2024, 3, 23), "RUS", "Interior Minister", True),
    ("Mohsin Naqvi", date(2025, 5, 1), "PAK", "Interior Minister", True),
    ("Chertoff", date(2007, 1, 1), "USA", "Secretary of Homeland Security", True),
]


@pytest.mark.parametrize(("text", "on", "country", "role", "current"), TENTH_CASES)
def test_an_official_named_in_the_news_resolves_to_the_role_of_the_date(
    kb: KnowledgeBase, text: str, on: date, country: str, role: str, current: bool
) -> None:
    found = kb.person_role(_person(kb, text), on)
    assert found is not None
    spell, is_current = found
    assert (spell.country, spell.role, is_current) == (country, role, current)


# surnames of the tenth pass left out as aliases: common words and names, namesakes, relatives in office
TENTH_AMBIGUOUS_SURNAMES = [
    "Kirby",
    "Price",
    "Miller",
    "Massa",
    "Chalmers",
    "Guedes",
    "Haddad",
    "Nakagawa",
    "Hatzidakis",
    "Samaraweera",
    "Rudenko",
    "Marchenko",
    "Shinde",
    "Goyal",
    "Caputo",
    "Lombard",
    "Soylu",
    "Simsek",
]


@pytest.mark.parametrize("surname", TENTH_AMBIGUOUS_SURNAMES)
def test_tenth_pass_ambiguous_surnames_name_no_person(kb: KnowledgeBase, surname: str) -> None:
    assert not [form for form in kb.lookup(surname) if form.kind is ActorKind.PERSON]


# Eleventh pass: private people at the centre of international incidents (journalists, detainees, hostages,
# whistleblowers, defectors, business people), coded by the nationality the incident turned on. Most roles
# have no dated start (2000-01-01 marks that) and stay current after a release or a death; dated spells change
# with office.
ELEVENTH_CASES = [
    ("Gershkovich", date(2023, 3, 30), "USA", "Wall Street Journal reporter", True),
    ("Paul Whelan", date(2024, 8, 1), "USA", "Former US Marine", True),
    ("Griner", date(2022, 12, 8), "USA", "Basketball player", True),
    ("Alsu Kurmasheva", date(2024, 8, 1), "USA", "Radio Free Europe/Radio Liberty editor", True),
    ("Snowden", date(2013, 8, 1), "USA", "Former NSA contractor and whistleblower", True),
    ("Assange", date(2019, 4, 11), "AUS", "Founder of WikiLeaks", True),
    ("Meng Wanzhou", date(2018, 12, 1), "CHN", "Huawei chief financial officer", True),
    ("Kovrig", date(2021, 9, 24), "CAN", "International Crisis Group adviser", True),
    ("Rezaian", date(2016, 1, 16), "USA", "Washington Post Tehran bureau chief", True),
    ("Nazanin Zaghari-Ratcliffe", date(2022, 3, 16), "GBR", "Charity project manager", True),
    ("Moore-Gilbert", date(2020, 11, 25), "AUS", "Lecturer in Middle East studies", True),
    ("Cheng Lei", date(2023, 10, 11), "AUS", "CGTN business anchor", True),
    ("Peter Greste", date(2015, 2, 1), "AUS", "Al Jazeera correspondent", True),
    ("Mohamed Fahmy", date(2015, 9, 23), "CAN", "Al Jazeera English Cairo bureau chief", True),
    ("Khashoggi", date(2018, 10, 20), "SAU", "Journalist, Washington Post columnist", True),
    ("Krasikov", date(2024, 8, 1), "RUS", "FSB officer convicted of murder", True),
    ("Viktor Bout", date(2022, 12, 8), "RUS", "Arms dealer", True),
    ("Sergei Skripal", date(2018, 3, 4), "RUS", "Former GRU officer and British double agent", True),
    ("Litvinenko", date(2006, 11, 23), "RUS", "Former FSB officer", True),
    ("Kara-Murza", date(2023, 4, 17), "RUS", "Opposition politician", True),
    ("Protasevich", date(2021, 5, 23), "BLR", "Journalist, former Nexta editor", True),
    ("Olivier Grondeau", date(2025, 3, 20), "FRA", "Traveller", True),
    (
        "Kulbhushan Jadhav",
        date(2017, 4, 10),
        "IND",
        "Former Indian Navy officer convicted of espionage in Pakistan",
        True,
    ),
    ("Raymond Davis", date(2011, 1, 27), "USA", "CIA contractor", True),
    ("Brunson", date(2018, 10, 12), "USA", "Pastor", True),
    ("Warmbier", date(2017, 6, 13), "USA", "University student", True),
    ("Djokovic", date(2022, 1, 16), "SRB", "Tennis player", True),
    ("Ghosn", date(2018, 11, 19), "FRA", "Head of Nissan and Renault", True),
    ("Ghosn", date(2020, 1, 8), "FRA", "Former head of Nissan and Renault", True),
    ("Khodorkovsky", date(2003, 10, 25), "RUS", "Chief executive of Yukos", True),
    ("Khodorkovsky", date(2015, 1, 1), "RUS", "Exiled opposition figure", True),
    (
        "Maria Butina",
        date(2018, 7, 20),
        "RUS",
        "Gun-rights activist convicted in the US as an unregistered Russian agent",
        True,
    ),
    ("Butina", date(2022, 3, 1), "RUS", "Member of the State Duma", True),
    ("Thae Yong Ho", date(2016, 1, 1), "PRK", "Diplomat", True),
    ("Thae Yong Ho", date(2021, 1, 1), "KOR", "Member of the National Assembly", True),
    ("Thae Yong Ho", date(2025, 1, 1), "KOR", "Member of the National Assembly", False),
    ("Yulia Navalnaya", date(2024, 6, 1), "RUS", "Opposition leader", True),
    (
        "Elon Musk",
        date(2025, 3, 1),
        "USA",
        "Senior adviser to the President (Department of Government Efficiency)",
        True,
    ),
    ("Musk", date(2025, 7, 1), "USA", "Head of SpaceX and Tesla", True),
    ("El Chapo", date(2017, 1, 19), "MEX", "Leader of the Sinaloa Cartel", True),
]


@pytest.mark.parametrize(("text", "on", "country", "role", "current"), ELEVENTH_CASES)
def test_a_private_person_named_in_the_news_resolves_to_a_nationality(
    kb: KnowledgeBase, text: str, on: date, country: str, role: str, current: bool
) -> None:
    found = kb.person_role(_person(kb, text), on)
    assert found is not None
    spell, is_current = found
    assert (spell.country, spell.role, is_current) == (country, role, current)


# surnames of the eleventh pass left out as aliases: shared by relatives (Skripal, Namazi, Badawi, Garratt,
# the Zambrano brothers), common words and names (Bout, Reed, Gross, Pearl, Manning, Chapman, Foley, Knox),
# taken by a trophy or a law (Yashin, Magnitsky) or common in the country (Jadhav, Afridi, Mohammadi, Orlov,
# Seleznev)
ELEVENTH_AMBIGUOUS_SURNAMES = [
    "Skripal",
    "Namazi",
    "Badawi",
    "Garratt",
    "Zambrano",
    "Bout",
    "Reed",
    "Gross",
    "Pearl",
    "Manning",
    "Chapman",
    "Foley",
    "Knox",
    "Yashin",
    "Magnitsky",
    "Jadhav",
    "Afridi",
    "Mohammadi",
    "Orlov",
    "Seleznev",
]


@pytest.mark.parametrize("surname", ELEVENTH_AMBIGUOUS_SURNAMES)
def test_eleventh_pass_ambiguous_surnames_name_no_person(kb: KnowledgeBase, surname: str) -> None:
    assert not [form for form in kb.lookup(surname) if form.kind is ActorKind.PERSON]
