"""Places: a gazetteer ruler that fixes the model's place entities, then resolution to GeoNames records.

The factories ``extractor_place_ruler`` and ``extractor_places`` and the ``extractor.places:make_place_ruler``
and ``extractor.places:make_places`` entry points stay as they were.
"""

from __future__ import annotations

from .mentions import (
    DEMONYMS, GAZETTEER, RULES, Candidate, Gazetteer, PlaceFinder, PlaceRuler, capital_governments, demonym_matches,
    extract_places, fold, gazetteer, longest_match, make_place_ruler, make_places,
)

__all__ = [
    "DEMONYMS", "GAZETTEER", "RULES", "Candidate", "Gazetteer", "PlaceFinder", "PlaceRuler", "capital_governments",
    "demonym_matches", "extract_places", "fold", "gazetteer", "longest_match", "make_place_ruler", "make_places",
]
