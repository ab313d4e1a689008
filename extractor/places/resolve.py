"""Choosing among namesakes with the countries and regions the article mentions, and grouping the mentions
into one record per real place."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc

from ..doc_utils import doc_text, read_data, span_mention
from .cues import _is_dateline, _settling_cue
from .lookup import Candidate, Gazetteer, fold
from .mentions import _demonym_mentions, _Mention, _name_mentions, names_holding_demonyms

# What a place missing from the gazetteer reports besides its name.
UNKNOWN_PLACE: dict[str, Any] = dict.fromkeys(("country_code", "latitude", "longitude", "geonames_id", "feature"))

# On the log10(population) scale of ``Candidate.base_score``: a bonus of 2 lets a place 100 times smaller win.
CONTEXT_BONUS = 2.0
# Where the likeliest namesake is a town, the article's countries alone move the mention only to a namesake at
# most about 8 times smaller (10 ** 0.9): news copy names a smaller town's state or country ("Athens, Ga."), which
# the qualifier and region rules read, so a bare "Athens", "Glasgow" or "Birmingham" in a story with Americans in
# it is the city the world knows.
TOWN_CONTEXT_BONUS = 0.9
# For a town or county inside a region the article names ("Parkland" in an article about Florida, "Washington
# County" in one about Maryland).
REGION_CONTEXT_BONUS = 1.0
_LOCAL_FEATURES = frozenset({"city", "county"})
# A town smaller than this is one a company named for it can claim ('Gillette', Wyoming, of 'Gillette Co').
SMALL_TOWN = 100_000
# The mentions of places in one other country that set a story there, against a small town abroad it names.
ONE_COUNTRY_MENTIONS = 2
# A first-order region named like a city of its own is read as the city when the city holds at least this share of
# the region's people ('in Zurich', 'a hotel in Basra', 'arrive in Lagos'); Quebec City holds 5% of its province.
NAMESAKE_CITY_SHARE = 0.1
# What stands between the names of a list ('Delaware, New York and New\nJersey'; 'Delaware,\nNew Jersey').
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")
# A list whose other names are all regions of one country, at least this many of them, makes a name its region.
LISTED_REGIONS = 2
# The hand-kept English names of cities, read here for their names only.
ALIASES = "places_aliases.json"


def _context(mentions: list[_Mention]) -> Counter[str]:
    """Countries the article is about, counted over the mentions that can only be in one country:
    countries and demonyms, and towns (or states) with no namesake abroad."""
    context: Counter[str] = Counter()
    for item in mentions:
        codes = {candidate.country_code for candidate in item.candidates}
        if len(codes) == 1 and None not in codes:
            context[codes.pop()] += 1
    return context


def _regions(mentions: list[_Mention]) -> frozenset[tuple[Optional[str], str]]:
    """``(country code, admin1 code)`` of the regions the article names, as their likeliest reading."""
    return frozenset(
        (item.candidates[0].country_code, item.candidates[0].admin1)
        for item in mentions
        if item.candidates and item.candidates[0].feature == "region" and item.candidates[0].admin1
    )


def _namesake_city(candidates: tuple[Candidate, ...]) -> Optional[Candidate]:
    """The city of its own that a name's leading region is named after, where that city is a sizable share of it."""
    region = candidates[0] if candidates else None
    if region is None or region.feature != "region" or not region.population:
        return None
    return next((candidate for candidate in candidates[1:] if candidate.feature == "city"
                 and candidate.country_code == region.country_code
                 and candidate.population >= NAMESAKE_CITY_SHARE * region.population), None)


def _read_namesake_regions_as_cities(names: list[_Mention]) -> None:
    """News names a city far more often than the region named after it ('took off from Zurich', 'flew to Basra'),
    so such a name is the city, unless the article names other regions of that country, as a crop report names
    provinces ('15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa'). A name called a state or province has only
    its region left by now."""
    regional = {item.candidates[0].country_code for item in names
                if item.candidates and item.candidates[0].feature == "region" and _namesake_city(item.candidates) is None}
    for item in names:
        city = _namesake_city(item.candidates)
        if city is not None and item.candidates[0].country_code not in regional:
            item.candidates = tuple(candidate for candidate in item.candidates if candidate.feature != "region")


def _listed_runs(names: list[_Mention]) -> list[list[_Mention]]:
    """The names standing in lists, each list in order: names joined by commas, 'and' or 'or' alone."""
    runs: list[list[_Mention]] = []
    for item in sorted(names, key=lambda m: m.span.start):
        last = runs[-1][-1] if runs else None
        if last is not None and _LIST_GAP.fullmatch(doc_text(item.span.doc)[last.span.end_char : item.span.start_char]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) > LISTED_REGIONS]


def _read_names_listed_with_regions_as_regions(names: list[_Mention]) -> None:
    """A name listed with regions of one country, and nothing else, is that country's region where it names one:
    'Alaska, Florida, ..., Washington and Wyoming' are states, 'filed in Delaware, New York and New Jersey' too, though
    'Washington' and 'New York' alone are the cities the world knows. Regions of no country ('New England') neither
    make nor break such a list."""
    for run in _listed_runs(names):
        for item in run:
            if item.within is not None or item.resolved is None or item.resolved.feature == "region":
                continue
            others = [other.resolved for other in run if other is not item]
            if any(other is None or other.feature != "region" for other in others):
                continue
            codes = [other.country_code for other in others if other is not None and other.country_code]
            if len(codes) < LISTED_REGIONS or len(set(codes)) != 1:
                continue
            region = next((candidate for candidate in item.candidates
                           if candidate.feature == "region" and candidate.country_code == codes[0]), None)
            item.resolved = region or item.resolved


def _named_otherwise_abroad(item: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a one-word name reads as a town only by another of its names (a former name, a spelling in another
    language: 'Twickenham' is a former name of Huntsville, Alabama, 'Sarkh' in Afghanistan a spelling of Sarh in Chad,
    'Urusan' an Indonesian word) and the article names nothing else in that town's country: such a reading is a
    collision of names, not the story's place. 'Basle' beside Geneva and Zurich, 'based in Bombay, India', a capital
    ('Peking') and the English names kept by hand ('children of prostitutes in Calcutta') stay."""
    place = item.resolved
    if place is None or place.feature != "city" or place.capital or len(item.span) != 1:
        return False
    if item.key in english_city_names():
        return False
    if set(item.key.replace("-", " ").split()) & set(fold(place.name).replace("-", " ").split()):
        return False
    return not _country_named_elsewhere(item, mentions)


def _unsettled_small_town_abroad(item: _Mention, mentions: list[_Mention], gaz: Gazetteer) -> bool:
    """Whether a name reads only as a small town abroad (under ``SMALL_TOWN`` people, in a country the article names
    nowhere else, with no region or country qualifying it) and no words before it settle it there ('in Embu', 'near
    Winnemucca'): the model tags a firm, a product, a part of a city or a common word a place as often as such a
    town ('joint-bookrunner Warburg Securities', 'the film rights from Paramount', 'London's West End', 'Santa
    hats', 'Firefox and Opera'). Words settle no such town in a story whose other places all lie in one other
    country: there it is a village of that country the index lacks ('what happened in Cuyo, a 50-family community'
    in a story about Peru is no Cuyo in the Philippines). A dateline's town stays."""
    place = item.resolved
    if place is None or place.feature != "city" or place.capital or place.population >= SMALL_TOWN \
            or item.within is not None:
        return False
    if _is_dateline(item.span) or _country_named_elsewhere(item, mentions):
        return False
    return not _settling_cue(item.span, gaz) or _story_in_one_other_country(item, mentions)


def _story_in_one_other_country(item: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the article's other places, at least ``ONE_COUNTRY_MENTIONS`` mentions of them, all lie in one country
    other than the one ``item`` reads as (a continent counts as another; a place the index lacks, as none)."""
    codes = [other.resolved.country_code for other in mentions
             if other.resolved is not None and other.resolved != item.resolved]
    return len(codes) >= ONE_COUNTRY_MENTIONS and len(set(codes)) == 1 and None not in codes


def _country_named_elsewhere(item: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the article names another place in the country of the one ``item`` reads as (its other mentions of
    that same place do not count)."""
    place = item.resolved
    code = place.country_code if place is not None else None
    return any(other.resolved is not None and other.resolved != place and other.resolved.country_code == code
               for other in mentions)


@lru_cache(maxsize=1)
def english_city_names() -> frozenset[str]:
    """``city_aliases`` of places_aliases.json, folded: English names of cities news writes."""
    return frozenset(fold(name) for name in read_data(ALIASES)["city_aliases"])


def _resolve(
    item: _Mention, context: Counter[str], regions: frozenset[tuple[Optional[str], str]] = frozenset()
) -> Optional[Candidate]:
    """The namesake the article most likely means: inside its "X, Y" qualifier, else best scored.

    Candidates in the countries the article mentions get a bonus in proportion to how often each
    country is mentioned, so the local town beats a bigger namesake abroad, but not a capital nor a town
    the world knows (``TOWN_CONTEXT_BONUS``); a town or county inside a region the article names gets a further
    bonus, which settles namesakes within one country (Parkland, Florida and Parkland, Washington; Washington
    County, Maryland and Washington County, Oregon).
    """
    candidates = item.candidates
    if item.within is not None and item.within.candidates:
        holder = item.within.candidates[0]
        candidates = tuple(candidate for candidate in candidates if holder.contains(candidate)) or candidates
    if not candidates:
        return None
    most = max(context.values(), default=1)
    bonus = TOWN_CONTEXT_BONUS if max(candidates, key=Candidate.base_score).feature == "city" else CONTEXT_BONUS

    def score(candidate: Candidate) -> float:
        share = context.get(candidate.country_code, 0) / most if candidate.feature != "country" else 0.0
        local = candidate.feature in _LOCAL_FEATURES and (candidate.country_code, candidate.admin1) in regions
        return candidate.base_score() + bonus * share + REGION_CONTEXT_BONUS * local

    return max(candidates, key=score)


def _group(mentions: list[_Mention]) -> list[dict[str, Any]]:
    places: dict[Any, dict[str, Any]] = {}
    for item in sorted(mentions, key=lambda m: m.span.start):
        place = item.resolved
        if place is not None:
            identity: Any = place.geonames_id or place.name
            record = place.record()
        else:
            identity = item.key
            record = {"name": " ".join(item.span.text.split()), **UNKNOWN_PLACE}  # 'Gulf\nCoast' of wrapped copy
        entry = places.setdefault(identity, {**record, "mentions": []})
        entry["mentions"].append(span_mention(item.span, via=item.via))
    return list(places.values())


def extract_places(doc: Doc, gaz: Gazetteer) -> list[dict[str, Any]]:
    """One record per real place, with every name and demonym mention of it."""
    return propose_places(doc, gaz)[0]


def propose_places(doc: Doc, gaz: Gazetteer) -> tuple[list[dict[str, Any]], set[int], list[tuple[int, int, str]]]:
    """``extract_places``; where the names read as a small town with no state or country qualifying it start
    (character offsets): a company the article names can claim those ('Gillette' of 'Gillette Co'), a city or a
    qualified town it cannot; and the names of bodies, events and works the model tags that hold a demonym
    (``mentions.names_holding_demonyms``)."""
    names = _name_mentions(doc, gaz)
    taken = {i for item in names for i in range(item.span.start, item.span.end)}
    demonyms = [item for item in _demonym_mentions(doc, gaz) if item.span.start not in taken]
    mentions = names + demonyms
    _read_namesake_regions_as_cities(names)
    context = _context(mentions)
    regions = _regions(mentions)
    for item in mentions:
        item.resolved = _resolve(item, context, regions)
    _read_names_listed_with_regions_as_regions(names)
    abroad = {id(item) for item in names
              if _named_otherwise_abroad(item, mentions) or _unsettled_small_town_abroad(item, mentions, gaz)}
    names = [item for item in names if id(item) not in abroad]
    mentions = [item for item in mentions if id(item) not in abroad]
    small_towns = {item.span.start_char for item in names if item.within is None and item.resolved is not None
                   and item.resolved.feature == "city" and not item.resolved.capital
                   and item.resolved.population < SMALL_TOWN}
    return _group(mentions), small_towns, names_holding_demonyms(doc, demonyms, gaz)
