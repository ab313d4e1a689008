"""Companies and clubs named like places, outside sports stories too: the one the article calls a rival ('Key rival
Sapporo is already well-established with ...') and a listed company whose name the index knows only as another
name of a place ('Kirin, the fourth big name, is launching its own drink' is the brewer, not Jilin)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..doc_utils import read_data
from .clubs import WHOLE_FEATURES, club_words
from .cues import _before
from .lookup import Gazetteer, fold

if TYPE_CHECKING:
    from .mentions import _Mention

# The organizations' list of listed companies, read here for their names only.
COMPANY_NAMES = "organizations_companies.json"


def firm_mentions(found: list["_Mention"], gaz: Gazetteer) -> set[int]:
    """The ids of the mentions of a town or region that the article calls a rival at one of its mentions, and of a
    listed company's name that reads as a place only by the place's other name; a country stays ('rivals China')."""
    towns = [item for item in found if item.candidates and item.within is None
             and not any(candidate.feature in WHOLE_FEATURES for candidate in item.candidates)]
    rival_words = club_words(gaz).rival_words
    rivals = {item.key for item in towns if _after_rival(item, rival_words)}
    return {id(item) for item in towns if item.key in rivals or _company_by_another_name(item)}


def _after_rival(item: "_Mention", rival_words: frozenset[str]) -> bool:
    """'rival Google', 'Lancashire rivals Blackburn' (``rival_words`` in ``data/places_rules.json``)."""
    preceding = _before(item.span)
    return preceding is not None and preceding.lower_ in rival_words


def _company_by_another_name(item: "_Mention") -> bool:
    """'Kirin' is a listed company, and a place (Jilin, China) only by the place's Japanese name."""
    return item.key in company_keys() and all(fold(candidate.name) != item.key for candidate in item.candidates)


@lru_cache(maxsize=1)
def company_keys() -> frozenset[str]:
    return frozenset(fold(name) for name in read_data(COMPANY_NAMES)["companies"])
