"""Whether whole points measure something: a point is a unit of polls, rates and markets ("a six point lead" in a
poll, "three points over the prime rate", "futures ... close 30 to 52 points lower"), as it is of a percentage ("a
six pct wage rise, one point above the target"), while the points a game scores are counted. The sentence tells
which: a game's report names no poll, rate or market."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from ..doc_utils import sentence_tokens

_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_BASIS = "basis"  # "Fees total 50 basis points, with 25 points for selling": elided basis points


def measured_points(span: Span, records: list[dict[str, Any]], sentence: int, contexts: frozenset[str],
                    gaps: frozenset[str], change_nouns: dict[str, str]) -> bool:
    """Whether the whole points ``span`` holds measure what its sentence (``sentence``, the index ``records`` give)
    names: a noun among ``contexts`` (by lemma) or a percentage. Points modifying a noun are a plan's ("a five point
    government program") unless the noun is a change (``change_nouns``) or a gap (``gaps``: "lead", "spread"), and
    points a clause is about are points made ("One point in VW's favour is that")."""
    point = span[-1]
    if point.dep_ in _SUBJECT_DEPS:
        return False  # "One point in VW's favour is that ...": a point made, in a sentence on exchange rates
    head = point.head
    if point.dep_ in _MODIFIER_DEPS and head.i > point.i and head.pos_ == "NOUN" \
            and head.lemma_.lower() not in gaps and head.lemma_.lower() not in change_nouns:
        return False
    tokens = sentence_tokens(span.doc, span.start)
    if any(token.lower_ == _BASIS for token in tokens):
        return False
    if any(token.pos_ == "NOUN" and token.lemma_.lower() in contexts for token in tokens):
        return True
    return any(record["sentence"] == sentence and record["kind"] == "percent" for record in records)
