"""Roles from a later description of a person named: 'Cate Blanchett ... the Australian-born actress stopped
to sign autographs'."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.tokens import Doc, Token

from ..doc_utils import sentence_of, words_at
from ..entities import clean_spaces, is_capitalised
from ..quotes import described_referent
from .lexicon import CLAUSE_DEPS, LEADING_NOT_ROLE, SUBJECT_DEPS, PeopleLexicon


def described_roles(doc: Doc, lexicon: PeopleLexicon, records: list[dict[str, Any]], lower: numpy.ndarray) -> None:
    """A person named and then described: 'Rooting for Staunton ... was Cate Blanchett ... the
    Australian-born actress stopped to sign autographs' gives Cate Blanchett 'Australian-born actress'. The
    description is a definite subject whose noun says the person's sex ('actress', 'businessman'), so that
    one person is meant: the one quotes would take it for as a speaker, named in its sentence or the one
    before, and either the only person named there or already given a role of the kind ('actors'), not
    another man just named ("The actor's friend Budd Schulberg told ... The actor refused"). Judging words are no part of the role ('The
    distressed actress told media'). ``lower``: the article's words in lowercase (LOWER)."""
    heads = [token for token in map(doc.__getitem__, words_at(lower, lexicon.described_again_ids))
             if token.dep_ in SUBJECT_DEPS and token.tag_ == "NN"
             and token.lower_ in lexicon.described_again
             and any(child.dep_ == "det" and child.lower_ == "the" for child in token.lefts)
             and not any(child.dep_ in CLAUSE_DEPS | {"poss"} for child in token.children)]
    if not heads:
        return
    mentions = sorted((item["start"], item["end"], record["name"], "person", item["text"])
                      for record in records for item in record["mentions"])
    by_name = {record["name"]: record for record in records}
    for head in heads:
        phrase = doc[head.left_edge.i : head.i + 1]
        record = by_name.get(described_referent(phrase, lexicon.quote_words, mentions) or "")
        sentence = sentence_of(doc, head.idx)
        if record is None or not any(0 <= sentence - item["sentence"] <= 1 for item in record["mentions"]):
            continue
        near = {name for start, _, name, _, _ in mentions if start < head.idx
                and 0 <= sentence - sentence_of(doc, start) <= 1}
        if near != {record["name"]} and not any(word in lexicon.described_again[head.lower_]
                                                for role in record["roles"] for word in role.lower().split()):
            continue
        start = head.i
        while start > phrase.start and _describing_word(doc[start - 1], lexicon):
            start -= 1
        role = clean_spaces(doc[start : head.i + 1].text)
        if not any(set(role.lower().split()) <= set(other.lower().split()) for other in record["roles"]):
            record["roles"].append(role)


def _describing_word(token: Token, lexicon: PeopleLexicon) -> bool:
    """A word of a description that says who the person is ('Australian-born', 'veteran', 'Hollywood'), not
    how they seem ('distressed', 'versatile')."""
    if token.dep_ in LEADING_NOT_ROLE:
        return False
    return lexicon.role_modifier(token) or is_capitalised(token) or token.text == "-" or (
        token.i + 1 < len(token.doc) and token.nbor().text == "-" and not token.whitespace_)
