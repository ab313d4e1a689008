"""Places: a gazetteer ruler that fixes the model's place entities, then resolution to GeoNames records.

The package, by the order a place passes through it:

- ``lookup``: the gazetteer (folded names, their GeoNames entries, the word lists), loaded once per process;
- ``cues``: what the words around a name say (datelines, "near Pirot", a speaking subject);
- ``recognise``: the names the ruler pre-sets as entities before ``ner``, and the demonyms;
- ``mentions``: the model's place entities and the demonyms read as mentions, with their candidates;
- ``resolve``: the namesake each mention means, and one record per place;
- ``component``: the factories ``extractor_place_ruler`` and ``extractor_places``.

The ``extractor.places:make_place_ruler`` and ``extractor.places:make_places`` entry points stay as they were.
"""

from __future__ import annotations

from .component import PlaceFinder, PlaceRuler, make_place_ruler, make_places
from .lookup import DEMONYMS, GAZETTEER, RULES, Candidate, Gazetteer, fold, gazetteer, longest_match
from .mentions import capital_governments
from .recognise import demonym_matches
from .resolve import extract_places

__all__ = [
    "DEMONYMS", "GAZETTEER", "RULES", "Candidate", "Gazetteer", "PlaceFinder", "PlaceRuler", "capital_governments",
    "demonym_matches", "extract_places", "fold", "gazetteer", "longest_match", "make_place_ruler", "make_places",
]
