"""The ``extractor_entities`` component: after places, organizations and people have proposed, it writes
the final lists that quotes and the output read."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_utils import SavesData, ensure_extension, read_data
from .lexicon import DEMONYMS, GROUP_WORDS, ORGANIZATIONS, ResolverWords, install, installed
from .proposals import proposals
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


class EntityResolver(SavesData):
    """Decides between the kinds proposed, with the word lists it was built from, which save with the pipeline;
    a class, as every component, so the pipeline pickles. It installs its words when built, loaded or unpickled,
    and again before deciding when another pipeline's resolver installed others since, so that the components
    consulting the rules before it read the same words it decides with."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.build()

    def build(self) -> None:
        self.words = ResolverWords.from_data(self.data[DEMONYMS], self.data[GROUP_WORDS], self.data[ORGANIZATIONS])
        install(self.words)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        install(self.words)

    def __call__(self, doc: Doc) -> Doc:
        if installed() is not self.words:
            install(self.words)
        proposals(doc).words = self.words
        return resolve_entities(doc)


@Language.factory(
    "extractor_entities",
    default_config={"demonyms": DEMONYMS, "group_words": GROUP_WORDS, "organizations": ORGANIZATIONS},
    requires=["doc._.entity_proposals"],
    assigns=[f"doc._.{kind}" for kind in KINDS],
)
def make_entities(nlp: Language, name: str, demonyms: str, group_words: str, organizations: str) -> EntityResolver:
    """Runs after people and before quotes, which resolve speakers through the final people and organizations.
    ``demonyms``, ``group_words`` and ``organizations``: the nationality words, the nouns for peoples and the
    organizations' word lists (whose party table it reads), each a file in ``extractor/data`` or a path."""
    return EntityResolver({DEMONYMS: read_data(demonyms), GROUP_WORDS: read_data(group_words),
                           ORGANIZATIONS: read_data(organizations)})
