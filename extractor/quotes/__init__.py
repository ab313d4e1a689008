"""Quotations: direct speech between quote marks and indirect speech under a reporting verb.

The package, by the order a quote passes through it:

- ``marks``: which quote marks pair up (pure text, no model);
- ``cues``: reporting verbs and the speaker phrases they govern;
- ``direct`` and ``indirect``: the two finders, each with its rules in order;
- ``speakers``: the canonical name a speaker phrase means;
- ``referents``: who a pronoun or description means (coreference, bound for ``extractor/resolve``);
- ``component``: the spaCy component that runs them and combines their quotes;
- ``lexicon`` and ``spans``: the word lists and the span helpers all of them share.
"""

from __future__ import annotations

from .component import extract_quotes, make_quotes
from .cues import Attribution, subject_of
from .lexicon import QuoteWords
from .marks import pair_quote_marks, quoted_spans
from .referents import EntityMention, entity_mentions
from .speakers import described_referent, resolve_medium, resolve_speaker
from .spans import noun_phrase

__all__ = [
    "Attribution", "EntityMention", "QuoteWords", "described_referent", "entity_mentions", "extract_quotes",
    "make_quotes", "noun_phrase", "pair_quote_marks", "quoted_spans", "resolve_medium", "resolve_speaker",
    "subject_of",
]
