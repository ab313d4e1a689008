"""The quote finders' word lists (``extractor/data/quotes.json``), loaded once per component.

Every rule reads its words from here, so that a reporting verb or a pronoun is added in the data
file, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id

from ..resources import load_json


@dataclass(frozen=True)
class QuoteWords:
    """The word lists (``extractor/data/quotes.json``) as sets, built once per component."""

    verbs: frozenset[str]
    direct_only: frozenset[str]
    document_nouns: frozenset[str]
    proxy_nouns: frozenset[str]
    proxy_preps: frozenset[str]
    origin_preps: frozenset[str]
    institution_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    genders: dict[str, str]
    gender_nouns: dict[str, str]
    given_names: dict[str, str]
    relative_pronouns: frozenset[str]
    subordinators: frozenset[str]
    definite: frozenset[str]
    pairs: dict[str, frozenset[str]]
    marks: frozenset[str]
    mark_pattern: re.Pattern[str]
    dashes: frozenset[str]
    min_unattributed_words: int
    min_indirect_tokens: int
    window: int
    float_reach: int
    headline_max_words: int

    @classmethod
    def load(cls) -> "QuoteWords":
        data = load_json("quotes.json")
        pairs = {mark: frozenset(closers) for mark, closers in data["quote_pairs"].items()}
        marks = frozenset(pairs) | frozenset(c for closers in pairs.values() for c in closers)
        return cls(
            verbs=frozenset(data["reporting_verbs"]),
            direct_only=frozenset(data["direct_only_verbs"]),
            document_nouns=frozenset(data["document_nouns"]),
            proxy_nouns=frozenset(data["proxy_nouns"]),
            proxy_preps=frozenset(data["proxy_prepositions"]),
            origin_preps=frozenset(data["origin_prepositions"]),
            institution_nouns=frozenset(data["institution_nouns"]),
            person_pronouns=frozenset(data["person_pronouns"]),
            group_pronouns=frozenset(data["group_pronouns"]),
            plural_pronouns=frozenset(data["plural_pronouns"]),
            genders=dict(data["gender_words"]),
            gender_nouns=dict(data["gender_nouns"]),
            given_names={name: gender for gender, names in data["given_name_genders"].items() for name in names},
            relative_pronouns=frozenset(data["relative_pronouns"]),
            subordinators=frozenset(data["subordinators"]),
            definite=frozenset(data["definite_determiners"]),
            pairs=pairs,
            marks=marks,
            mark_pattern=re.compile("[" + re.escape("".join(sorted(marks))) + "]"),
            dashes=frozenset(data["dashes"]),
            min_unattributed_words=int(data["min_unattributed_words"]),
            min_indirect_tokens=int(data["min_indirect_tokens"]),
            window=int(data["attribution_window"]),
            float_reach=int(data["floating_quote_reach"]),
            headline_max_words=int(data["headline_max_words"]),
        )

    @property
    def cue_ids(self) -> numpy.ndarray:
        """Hashes of the lemmas and words that start indirect speech, to find them without a token loop."""
        forms = {form for verb in self.verbs - self.direct_only for form in (verb, verb.title())} | {"according"}
        return numpy.array(sorted(get_string_id(form) for form in forms), dtype="uint64")
