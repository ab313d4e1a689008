"""Document-level entity resolution. Places, organizations and people propose their records and the evidence
they found (``proposals``); the cross-type rules in ``rules.py`` decide which kind a contested mention
belongs to, and the ``extractor_entities`` component writes the final ``doc._.places``,
``doc._.organizations`` and ``doc._.people``. Components consult ``resolved`` for what the others hold
so far; none rewrites another's records. The word lists the rules read (``lexicon``) come from the files the
component's config names and save with the pipeline."""

from .proposals import Proposals, proposals
from .component import EntityResolver, make_entities, resolve_entities
from .lexicon import ResolverWords
from .rules import RULES, place_and_demonym_tokens, place_tokens, resolved

__all__ = [
    "RULES",
    "EntityResolver",
    "ResolverWords",
    "Proposals",
    "proposals",
    "make_entities",
    "place_and_demonym_tokens",
    "place_tokens",
    "resolve_entities",
    "resolved",
]
