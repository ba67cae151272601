"""Places: the gazetteer's name keys and ranking, literal vs metonymic use, and the event's place.

The parse-dependent cases load the spaCy model (marked slow) but use a small hand-made gazetteer, so
they never build the full index.
"""

from __future__ import annotations

import pytest

from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry, distance_km, name_key


def _entry(gid: int, name: str, country: str, code: str, population: int, lat: float = 0.0) -> GazetteerEntry:
    fclass = FeatureClass.ADMIN if code in ("PCLI", "ADM1") else FeatureClass.PLACE
    return GazetteerEntry(gid, name, lat, 0.0, country, "", fclass, code, population)


KHARKIV = _entry(1, "Kharkiv", "UKR", "PPL", 1_400_000, 50.0)
DOHA = _entry(2, "Doha", "QAT", "PPLC", 340_000, 25.3)
DOHA_VILLAGE = _entry(3, "Doha", "IND", "PPL", 7_000, 27.7)
VILNIUS = _entry(4, "Vilnius", "LTU", "PPLC", 540_000, 54.7)
MOSCOW = _entry(5, "Moscow", "RUS", "PPLC", 10_000_000, 55.8)
KABUL = _entry(6, "Kabul", "AFG", "PPLC", 3_000_000, 34.5)
GEORGIA = _entry(7, "Georgia", "GEO", "PCLI", 3_700_000, 42.3)
GEORGIA_STATE = _entry(8, "Georgia", "USA", "ADM1", 0, 32.9)
GENEVA = _entry(9, "Geneva", "CHE", "PPL", 180_000, 46.2)
IRAN = _entry(10, "Iran", "IRN", "PCLI", 80_000_000, 32.0)
RUSSIA = _entry(11, "Russia", "RUS", "PCLI", 144_000_000, 60.0)
ENTRIES = [KHARKIV, DOHA, DOHA_VILLAGE, VILNIUS, MOSCOW, KABUL, GEORGIA, GEORGIA_STATE, GENEVA, IRAN, RUSSIA]
SMALL = Gazetteer.from_entries([(entry.name, entry) for entry in ENTRIES] + [("Russian Federation", RUSSIA)])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Doha", "doha"),
        ("the Gambia", "gambia"),
        ("U.S.", "us"),
        ("São Paulo", "sao paulo"),
        ("Cote d\u2019Ivoire", "cote d'ivoire"),
        ("Guinea-Bissau", "guinea bissau"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


def test_lookup_gives_every_candidate_under_every_name() -> None:
    assert set(SMALL.lookup("DOHA")) == {DOHA, DOHA_VILLAGE}
    assert SMALL.lookup("the Russian Federation") == (RUSSIA,)
    assert SMALL.lookup("Atlantis") == ()


def test_distance_km() -> None:
    assert distance_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)
    assert distance_km(51.5, -0.13, 51.5, -0.13) == 0.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Russian forces shelled Kharkiv on Monday.", "shelled", "Kharkiv"),
        ("The two ministers met in Doha on Tuesday.", "met", "Doha"),
        ("Hundreds held a rally outside the embassy in Vilnius.", "held", "Vilnius"),
        ("Moscow said the talks would resume.", "said", None),
        ("Kabul welcomed the decision.", "welcomed", None),
        ("The foreign minister of Russia held talks with Iran in Geneva.", "held", "Geneva"),
        ("Officials met on Friday and troops later shelled Kharkiv.", "met", None),
    ],
)
def test_place_for(text: str, trigger: str, place: str | None) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import PlaceIndex, place_for

    doc = load_nlp()(text)
    token = next(tok for tok in doc if tok.text == trigger)
    found = place_for(token, PlaceIndex(doc, None, (), SMALL))
    assert (found.name if found else None) == place
    if found is not None:
        assert found.span is not None and text[found.span.start : found.span.end] == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow said it would reply.", [("Moscow", False, "RUS")]),
        ("Russia's minister flew to Doha.", [("Russia", False, "RUS"), ("Doha", True, "QAT")]),
        ("Talks with Iran opened in Geneva.", [("Iran", False, "IRN"), ("Geneva", True, "CHE")]),
    ],
)
def test_toponyms_flag_metonymy(text: str, expected: list[tuple[str, bool, str]]) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = toponyms(load_nlp()(text), gazetteer=SMALL)
    assert [(t.span.text, t.literal, t.place.country) for t in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "countries", "country"),
    [
        ("Protesters gathered in Doha.", (), "QAT"),  # the larger place
        ("Protesters gathered in Doha.", ("IND",), "IND"),  # the article's country wins
        ("Storms hit Georgia and Tbilisi.", (), "GEO"),  # a country outranks a division
    ],
)
def test_disambiguation(text: str, countries: tuple[str, ...], country: str) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = toponyms(load_nlp()(text), countries, SMALL)
    assert found[0].place.country == country
