"""The gazetteer: place names folded to keys, the GeoNames entries each key may mean, and the word lists the
place rules read, loaded once per process."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Optional

from spacy.tokens import Doc

from ..doc_utils import read_data, word_ids

GAZETTEER = "places_gazetteer.json"
DEMONYMS = "places_demonyms.json"
RULES = "places_rules.json"

STRONG_FEATURES = frozenset({"country", "region", "continent"})

# Scores are on a log10(population) scale, so a bonus of 2 lets a place 100 times smaller win.
REGION_BASE_SCORE = 6.5
COUNTRY_BONUS = 1.5
CAPITAL_BONUS = 1.0

# Letters NFKD does not decompose into a base letter and a diacritic.
_FOLD_TABLE = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
    | {"’": "'", "‘": "'"}
)


def fold(text: str) -> str:
    """Lowercase, strip diacritics and collapse whitespace, so "Kanjiža" and "KANJIZA" share a key."""
    if text.isascii():
        return " ".join(text.lower().split())
    lowered = text.lower().translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.split())


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    country_code: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geonames_id: Optional[int]
    feature: str
    population: int
    admin1: Optional[str]
    capital: bool
    # A region with few towns on record, named only where the words around it say it is a place.
    cued: bool = False

    @property
    def strong(self) -> bool:
        return (self.feature in STRONG_FEATURES and not self.cued) or self.capital

    def base_score(self) -> float:
        if self.population:
            score = math.log10(self.population + 1)
        else:
            score = REGION_BASE_SCORE
        if self.feature == "country":
            score += COUNTRY_BONUS
        if self.capital:
            score += CAPITAL_BONUS
        return score

    def contains(self, other: "Candidate") -> bool:
        """Whether ``other`` lies inside this country or US state (for "Paris, Texas")."""
        if self.feature == "country":
            return other.country_code == self.country_code and other is not self
        if self.feature == "region" and self.admin1:
            return other.country_code == self.country_code and other.admin1 == self.admin1 and other is not self
        return False

    def record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country_code": self.country_code,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonames_id": self.geonames_id,
            "feature": self.feature,
        }


# Place names whose candidates are kept built; far more than one article names, far fewer than the index.
CANDIDATE_CACHE = 4096


class Gazetteer:
    """The place index, demonyms and stop lists, loaded once per process."""

    def __init__(self, index: dict[str, Any], demonyms: dict[str, Optional[str]], rules: dict[str, Any]) -> None:
        self._index = index
        self._place_names = index["name"].split("\n")
        # A folded name maps to one row index, or to a list of them when several places share it.
        self._names: dict[str, Any] = dict(zip(index["keys"].split("\n"), index["key_rows"]))
        self._features = {row: feature for feature, rows in index["features"].items() for row in rows}
        self._admin1 = {int(row): code for row, code in index["admin1"].items()}
        self._capitals = frozenset(index["capitals"])
        self._cued = frozenset(index["cued"])
        self._scale: int = index["coordinate_scale"]
        self.prefixes: frozenset[str] = frozenset(index["prefixes"].split("\n"))
        self.max_tokens: int = index["max_tokens"]
        self.countries: dict[str, int] = index["countries"]
        self.demonyms: dict[str, Optional[str]] = {fold(name): code for name, code in demonyms.items()}
        # First words of the demonyms (as the vocabulary's ids), and word prefixes of several-word ones ("south" of "south african").
        self.demonym_first_ids = word_ids(key.split()[0] for key in self.demonyms)
        self.demonym_prefixes = frozenset(
            " ".join(key.split()[:n]) for key in self.demonyms for n in range(1, len(key.split()))
        )
        self.common_words = frozenset(fold(word) for word in rules["common_words"])
        self.not_places = frozenset(fold(name) for name in rules["not_places"])
        self.org_heads = frozenset(fold(word) for word in rules["org_heads"])
        self.body_nouns = frozenset(rules["body_nouns"])
        self.locatives = frozenset(rules["locative_prepositions"])
        self.settling_prepositions = frozenset(rules["settling_prepositions"])
        self.place_nouns = frozenset(rules["place_nouns"] + rules["direction_words"])
        self.honorifics = frozenset(word.rstrip(".") for word in rules["honorifics"])
        self.speech_verbs = frozenset(rules["speech_verbs"])
        self.directions = frozenset(rules["direction_words"])
        self.government_verbs = frozenset(rules["government_verbs"])
        self.government_states = frozenset(rules["government_states"])
        self.addressing_verbs = frozenset(rules["addressing_verbs"])
        self.addressing_particles: dict[str, str] = rules["addressing_particles"]
        self.negotiation_words = frozenset(rules["negotiation_words"])
        self.capitals_of_bodies = frozenset(fold(name) for name in rules["capitals_of_bodies"])
        self.unknown_place_prepositions = frozenset(rules["unknown_place_prepositions"])
        self.settlement_nouns = frozenset(rules["settlement_nouns"])
        self.not_locative_heads = frozenset(rules["not_locative_heads"])
        self.water_heads = frozenset(fold(word) for word in rules["water_heads"])
        self.feature_heads = frozenset(rules["feature_heads"])
        self.feature_openers = frozenset(rules["feature_openers"])
        self.currency_words = frozenset(rules["currency_words"])
        self.celestial_bodies = frozenset(fold(name) for name in rules["celestial_bodies"])
        self.division_words = frozenset(rules["division_words"])
        self.division_openers = frozenset(rules["division_openers"])
        self.county_words = frozenset(rules["county_words"])
        self.firm_openers = frozenset(rules["firm_openers"])
        self.title_words = frozenset(rules["title_words"])
        self.land_nouns = frozenset(rules["land_nouns"])
        self.former_capitals = {fold(name): code for name, code in rules["former_capitals"].items()}
        self.body_name_heads = frozenset(fold(word) for word in rules["body_name_heads"])
        # The last words of the names of events, awards and bodies (``names_holding_demonyms``).
        self.named_thing_heads = frozenset(fold(word) for word in rules["event_heads"]) | self.org_heads
        self.product_nouns = frozenset(rules["product_nouns"])
        self.resident_nouns = frozenset(rules["resident_nouns"])
        self.post_titles = frozenset(rules["post_titles"])
        self.company_name_tails = frozenset(rules["company_name_tails"])
        self.name_particles = frozenset(rules["name_particles"])
        self.name_particle_articles = frozenset(rules["name_particle_articles"])
        self.club_rules: dict[str, Any] = rules["clubs"]
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        # The place ruler's memo: by a word's string id, whether it is capitalised and opens a name.
        self.openings: dict[int, bool] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._names

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Entries named ``key`` (a folded name), countries and regions first, then most populous first."""
        found = self._cache.get(key)
        if found is None:
            rows = self._names.get(key)
            if rows is None:
                return ()
            rows = [rows] if isinstance(rows, int) else rows
            if len(self._cache) >= CANDIDATE_CACHE:  # a long run meets ever more names: keep memory flat
                self._cache.clear()
            found = self._cache[key] = tuple(self._candidate(row) for row in rows)
        return found

    def country(self, code: str) -> Optional[Candidate]:
        row = self.countries.get(code)
        return None if row is None else self._candidate(row)

    def _candidate(self, row: int) -> Candidate:
        index = self._index
        lat, lon = index["latitude"][row], index["longitude"][row]
        return Candidate(
            name=self._place_names[row],
            country_code=index["country_code"][row],
            latitude=None if lat is None else lat / self._scale,
            longitude=None if lon is None else lon / self._scale,
            geonames_id=index["geonames_id"][row],
            feature=self._features.get(row, "city"),
            population=index["population"][row],
            admin1=self._admin1.get(row),
            capital=row in self._capitals,
            cued=row in self._cued,
        )


def gazetteer(index: str = GAZETTEER, demonyms: str = DEMONYMS, rules: str = RULES) -> Gazetteer:
    """The gazetteer built from these files (``extractor/data``'s, or paths), once per process however named."""
    return _gazetteer(index, demonyms, rules)


@lru_cache(maxsize=4)
def _gazetteer(index: str, demonyms: str, rules: str) -> Gazetteer:
    return Gazetteer(read_data(index), read_data(demonyms), read_data(rules))


def longest_match(
    doc: Doc, first: int, known: Callable[[str], bool], prefixes: frozenset[str], max_tokens: int
) -> Optional[tuple[int, str]]:
    """End token and key of the longest known name starting at token ``first``, if any."""
    best = None
    text = ""
    for last in range(first, min(len(doc), first + max_tokens)):
        text += doc[last].text_with_ws
        key = fold(text)
        if known(key):
            best = (last + 1, key)
        if key not in prefixes:
            break
    return best

