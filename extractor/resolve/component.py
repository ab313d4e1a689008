"""The ``extractor_entities`` component: after places, organizations and people have proposed, it writes
the final lists that quotes and the output read."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_utils import ensure_extension
from .rules import resolved

KINDS = ("places", "organizations", "people")
for _kind in KINDS:
    ensure_extension(_kind)


def resolve_entities(doc: Doc) -> Doc:
    """Write the final lists, then drop the proposals: they are working state, and a doc holding them could
    not be serialised (``nlp.pipe(n_process=2)`` sends docs back from its workers as bytes)."""
    for kind in KINDS:
        setattr(doc._, kind, resolved(doc, kind))
    doc._.entity_proposals = None
    return doc


class EntityResolver:
    """Decides between the kinds proposed; a class, as every component, so the pipeline pickles."""

    def __call__(self, doc: Doc) -> Doc:
        return resolve_entities(doc)


@Language.factory(
    "extractor_entities",
    requires=["doc._.entity_proposals"],
    assigns=[f"doc._.{kind}" for kind in KINDS],
)
def make_entities(nlp: Language, name: str) -> EntityResolver:
    """Runs after people and before quotes, which resolve speakers through the final people and
    organizations."""
    return EntityResolver()
