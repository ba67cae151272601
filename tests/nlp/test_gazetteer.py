"""The gazetteer's own data files (country points; divisions, regions, seas) and what they add."""

from __future__ import annotations

import pytest

from dragoman.nlp import gazetteer
from dragoman.nlp.gazetteer import FeatureClass, distance_km, load_gazetteer


def test_country_points_are_one_per_known_country_and_on_the_globe() -> None:
    countries = gazetteer._read_json("countries.json")
    rows = list(gazetteer._data_rows("geo_countries.tsv"))
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) <= set(countries)
    for _, lat, lon in rows:
        assert -90.0 <= float(lat) <= 90.0 and -180.0 <= float(lon) <= 180.0


def test_place_rows_have_a_known_kind_and_country() -> None:
    countries = gazetteer._read_json("countries.json")
    for code, iso2, _, lat, lon, names in gazetteer._data_rows("geo_places.tsv"):
        assert code in gazetteer._FEATURE_CLASSES
        assert iso2 == "-" or iso2 in countries
        assert -90.0 <= float(lat) <= 90.0 and -180.0 <= float(lon) <= 180.0
        assert all(name.strip() == name and name for name in names.split("|"))


def test_division_entries_give_us_states_their_ids_and_abbreviations() -> None:
    countries = gazetteer._read_json("countries.json")
    named = list(gazetteer._division_entries(countries, {}))
    california = [entry for name, entry in named if name == "Calif."]
    assert len(california) == 1
    entry = california[0]
    assert (entry.name, entry.country, entry.admin1, entry.feature_code) == (
        "California",
        "USA",
        "CA",
        "ADM1",
    )
    assert entry.geonames_id > 0
    assert any(name == "California" and other is entry for name, other in named)
    ontario = next(entry for name, entry in named if name == "Ontario")
    assert (ontario.country, ontario.admin1, ontario.geonames_id) == ("CAN", "08", 0)
    atlantic = next(entry for name, entry in named if name == "Atlantic")
    assert (atlantic.feature_class, atlantic.feature_code, atlantic.country) == (
        FeatureClass.WATER,
        "OCN",
        "",
    )


def test_data_version_changes_with_the_data() -> None:
    version = gazetteer._data_version()
    assert len(version) == 12 and version == gazetteer._data_version()


@pytest.mark.slow
def test_the_index_uses_our_points_for_countries_and_knows_divisions() -> None:
    index = load_gazetteer()
    (russia,) = [entry for entry in index.lookup("Russia") if entry.is_country]
    assert distance_km(russia.latitude, russia.longitude, 60.0, 100.0) < 1.0
    assert any(entry.feature_code == "ADM1" and entry.country == "IND" for entry in index.lookup("Kerala"))
    assert any(entry.feature_code == "RGN" for entry in index.lookup("Middle East"))
    assert any(entry.feature_code == "ADM1" and entry.admin1 == "FL" for entry in index.lookup("Fla."))


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Al Qāmishlī", "Qāmishlī"), ("Ar-Raqqah", "Raqqah"), ("Alexandria", None), ("Al Ain", None)],
)
def test_without_article_drops_a_leading_arabic_article(name: str, bare: str | None) -> None:
    assert gazetteer.without_article(name) == bare


def test_islands_of_a_us_state_keep_their_own_names() -> None:
    countries = gazetteer._read_json("countries.json")
    named = {name: entry for name, entry in gazetteer._division_entries(countries, {})}
    oahu = named["Oahu"]
    assert (oahu.name, oahu.admin1, oahu.feature_code) == ("Oahu", "HI", "ADM2")
    assert named["Hawaii"].feature_code == "ADM1"  # the state is not renamed by its islands' rows


@pytest.mark.slow
def test_the_index_knows_towns_without_their_article_and_the_eu() -> None:
    index = load_gazetteer()
    assert any(entry.country == "SYR" for entry in index.lookup("Qamishli"))
    assert any(entry.feature_code == "UNION" for entry in index.lookup("EU"))
    assert any(entry.feature_code == "ADM1" and entry.country == "BRA" for entry in index.lookup("Roraima"))


def test_nigerian_states_named_like_a_city_or_country_only_with_their_word() -> None:
    countries = gazetteer._read_json("countries.json")
    named = {name: entry for name, entry in gazetteer._division_entries(countries, {})}
    assert (named["Benue"].country, named["Benue"].feature_code) == ("NGA", "ADM1")
    assert named["Kano State"].country == "NGA"
    assert "Kano" not in named and "Niger" not in named  # the city and the country keep those names


def test_seats_of_power_are_at_their_capital_not_at_a_translated_city() -> None:
    index = load_gazetteer()
    white_house = index.lookup("White House")
    assert any(entry.name == "Washington" and entry.country == "USA" for entry in white_house)
    assert all(entry.name != "Casablanca" for entry in white_house)  # "Casa Blanca" is an alternate name
    assert [(entry.name, entry.country) for entry in index.lookup("Kremlin")] == [("Moscow", "RUS")]
