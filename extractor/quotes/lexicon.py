"""The quote finders' word lists (``extractor/data/quotes.json``), loaded once per component.

Every rule reads its words from here, so that a reporting verb or a pronoun is added in the data
file, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy

from ..doc_utils import word_ids
from ..entities import role_words
from ..resources import load_json

DATA = "quotes.json"
# WordNet's nouns for people and for groups (built by benchmarks/build_person_nouns.py).
PEOPLE_NOUNS = "people_person_nouns.json"


def _person_nouns() -> frozenset[str]:
    """Nouns that name a person ('the striker', 'the aide', 'the woman'), from the people data: only such a
    description may mean the person an article is about ('the magazine' or 'the station' never does)."""
    return role_words("role_heads") | role_words("description_heads") | role_words("person_nouns")


def _group_nouns(extra: list[str]) -> frozenset[str]:
    """WordNet's nouns for groups that name no person too ('industry', 'committee'), and ``extra``, those whose
    commonest sense WordNet gives as no group ('opposition' as the act of opposing): such a description never means
    the person an article is about."""
    data = load_json(PEOPLE_NOUNS)
    return frozenset(data["groups"]) - frozenset(data["nouns"]) | frozenset(extra)


def _people_nouns() -> frozenset[str]:
    """Every noun WordNet gives for people or groups ('bankers', 'traders', 'delegations'), from the people data."""
    data = load_json(PEOPLE_NOUNS)
    return frozenset(data["nouns"]) | frozenset(data["groups"])


# Which field holds which list of the data file: sets of words, words mapped to a gender or a full title, and
# numbers.
_WORD_SETS = {
    "verbs": "reporting_verbs", "direct_only": "direct_only_verbs",
    "finding_verbs": "finding_verbs", "study_nouns": "study_nouns", "document_nouns": "document_nouns",
    "evidence_verbs": "evidence_verbs", "mute_pronouns": "mute_pronouns", "anyone_nouns": "anyone_nouns",
    "proxy_nouns": "proxy_nouns", "stand_in_nouns": "stand_in_nouns", "proxy_preps": "proxy_prepositions", "origin_preps": "origin_prepositions",
    "institution_nouns": "institution_nouns", "person_pronouns": "person_pronouns", "group_pronouns": "group_pronouns",
    "company_nouns": "company_nouns", "public_body_nouns": "public_body_nouns", "outlet_nouns": "outlet_nouns",
    "any_body_nouns": "any_body_nouns", "wire_capitals": "wire_capitals",
    "plural_pronouns": "plural_pronouns", "relative_pronouns": "relative_pronouns", "subordinators": "subordinators",
    "adverbial_subordinators": "adverbial_subordinators", "contrasting": "contrasting_subordinators",
    "definite": "definite_determiners", "dashes": "dashes", "writers": "writer_pronouns", "title_words": "title_words",
    "document_verbs": "document_verbs", "issuing_verbs": "issuing_verbs", "issuing_preps": "issuing_prepositions",
    "relaying_verbs": "relaying_verbs", "continuing_verbs": "continuing_verbs", "withholding_verbs": "withholding_verbs", "supposing": "supposing_words",
    "obligation_verbs": "obligation_verbs", "pending_adverbs": "pending_adverbs",
    "negative_subjects": "negative_subjects", "other_posts": "other_post_words",
    "work_nouns": "work_nouns", "post_nominals": "post_nominals", "title_small_words": "title_small_words",
}
_WORD_MAPS = {
    "genders": "gender_words", "gender_nouns": "gender_nouns", "abbreviations": "title_abbreviations",
    "object_claims": "object_claim_verbs", "object_pronouns": "object_pronouns",
}
_COUNTS = {
    "min_unattributed_words": "min_unattributed_words", "min_indirect_tokens": "min_indirect_tokens",
    "window": "attribution_window", "float_reach": "floating_quote_reach", "headline_max_words": "headline_max_words",
}


@dataclass(frozen=True)
class QuoteWords:
    """The word lists (``extractor/data/quotes.json``) as sets, built once per component."""

    verbs: frozenset[str]
    direct_only: frozenset[str]
    finding_verbs: frozenset[str]
    study_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    mute_pronouns: frozenset[str]
    anyone_nouns: frozenset[str]
    document_nouns: frozenset[str]
    proxy_nouns: frozenset[str]
    stand_in_nouns: frozenset[str]
    proxy_preps: frozenset[str]
    origin_preps: frozenset[str]
    institution_nouns: frozenset[str]
    company_nouns: frozenset[str]
    public_body_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    any_body_nouns: frozenset[str]
    wire_capitals: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    genders: dict[str, str]
    gender_nouns: dict[str, str]
    abbreviations: dict[str, str]
    object_claims: dict[str, str]
    object_pronouns: dict[str, str]
    clause_cues: frozenset[str]
    given_names: dict[str, str]
    relative_pronouns: frozenset[str]
    subordinators: frozenset[str]
    adverbial_subordinators: frozenset[str]
    contrasting: frozenset[str]
    definite: frozenset[str]
    pairs: dict[str, frozenset[str]]
    marks: frozenset[str]
    mark_pattern: re.Pattern[str]
    dashes: frozenset[str]
    writers: frozenset[str]
    title_words: frozenset[str]
    document_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    issuing_preps: frozenset[str]
    relaying_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    withholding_verbs: frozenset[str]
    obligation_verbs: frozenset[str]
    pending_adverbs: frozenset[str]
    supposing: frozenset[str]
    negative_subjects: frozenset[str]
    other_posts: frozenset[str]
    work_nouns: frozenset[str]
    post_nominals: frozenset[str]
    title_small_words: frozenset[str]
    min_unattributed_words: int
    min_indirect_tokens: int
    window: int
    float_reach: int
    headline_max_words: int
    person_nouns: frozenset[str]
    speaking_nouns: frozenset[str]
    speaking_plurals: frozenset[str]
    group_nouns: frozenset[str]

    @classmethod
    def load(cls) -> "QuoteWords":
        return cls.from_data(load_json(DATA))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "QuoteWords":
        """Read the data file once; the rules then test membership in sets, not lists."""
        pairs = {mark: frozenset(closers) for mark, closers in data["quote_pairs"].items()}
        marks = frozenset(pairs) | frozenset(c for closers in pairs.values() for c in closers)
        words = {field: frozenset(data[key]) for field, key in _WORD_SETS.items()}
        # Who may be the subject of an evidence verb: people and bodies, and the studies and documents that speak.
        speakers = (
            "stand_in_nouns", "proxy_nouns", "institution_nouns", "company_nouns", "study_nouns", "document_nouns",
        )
        speaking = frozenset(data["speaking_nouns"]) | frozenset(data["group_nouns"]) | _person_nouns() \
            | frozenset(data["gender_nouns"]) \
            | frozenset().union(*(words[kind] for kind in speakers)) - frozenset(data["mute_nouns"])
        return cls(
            **words,
            **{field: dict(data[key]) for field, key in _WORD_MAPS.items()},
            **{field: int(data[key]) for field, key in _COUNTS.items()},
            given_names={name: gender for gender, names in data["given_name_genders"].items() for name in names},
            clause_cues=(words["verbs"] - words["direct_only"]) | words["finding_verbs"],
            pairs=pairs,
            person_nouns=_person_nouns(),
            speaking_nouns=speaking,
            speaking_plurals=speaking | _people_nouns(),
            group_nouns=_group_nouns(data["group_nouns"]),
            marks=marks,
            mark_pattern=re.compile("[" + re.escape("".join(sorted(marks))) + "]"),
        )

    @property
    def cue_ids(self) -> numpy.ndarray:
        """Hashes of the lemmas and words that start indirect speech, to find them without a token loop."""
        cues = self.clause_cues | frozenset(self.object_claims)
        forms = {form for verb in cues for form in (verb, verb.title())} | {"according"}
        return word_ids(forms)
