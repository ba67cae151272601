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
