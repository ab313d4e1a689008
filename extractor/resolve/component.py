"""The ``extractor_entities`` component: after places, organizations and people have proposed, it writes
the final lists that quotes and the output read."""

from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_utils import ensure_extension
from .rules import resolved

KINDS = ("places", "organizations", "people")
for _kind in KINDS:
    ensure_extension(_kind)


def resolve_entities(doc: Doc) -> Doc:
    for kind in KINDS:
        setattr(doc._, kind, resolved(doc, kind))
    return doc


@Language.factory(
    "extractor_entities",
    requires=["doc._.entity_proposals"],
    assigns=[f"doc._.{kind}" for kind in KINDS],
)
def make_entities(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Runs after people and before quotes, which resolve speakers through the final people and
    organizations."""
    return resolve_entities
