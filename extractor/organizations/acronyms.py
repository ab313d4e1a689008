"""Acronyms the text defines ('the UN refugee agency (UNHCR)'): the two forms linked for the merge, and the
acronym's other uses found, which the model may not tag."""

from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import IS_UPPER, ORTH
from spacy.tokens import Doc, Span

from ..entities import trim_name
from .candidates import Candidate, candidate_of, is_acronym, normalise
from .lexicon import OrganizationLexicon


def acronym_definitions(
    doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate], places: set[int]
) -> list[tuple[str, str]]:
    """Acronyms the text defines, 'the UN refugee agency (UNHCR)': link both forms and find the acronym's
    other uses, which the model may not tag."""
    by_end = {candidate.end: candidate for candidate in candidates}
    chunks: Optional[dict[int, Span]] = None
    links: list[tuple[str, str]] = []
    for paren in _bracketed_capitals(doc):
        acronym = doc[paren + 1].text
        if not is_acronym(acronym):
            continue
        long_form = by_end.get(paren)
        if long_form is None and chunks is None:
            chunks = {chunk.end: chunk for chunk in doc.noun_chunks}
        if long_form is None and chunks and paren in chunks:
            chunk = trim_name(chunks[paren])
            if len(chunk) and chunk.text[0].upper() == acronym[0] and chunk.root.i not in places:
                long_form = candidate_of(chunk)
                candidates[:] = [c for c in candidates if c.end <= chunk.start or c.start >= chunk.end]
                candidates.append(long_form)
        if long_form is not None:
            links.append((long_form.norm, normalise(acronym)))
    if links:
        _add_acronym_uses(doc, candidates, {acronym for _, acronym in links})
    return links


def _bracketed_capitals(doc: Doc) -> list[int]:
    """The opening brackets of one word in capitals in brackets, '(UNHCR)'."""
    tokens = doc.to_array([ORTH, IS_UPPER])
    opening, closing = doc.vocab.strings.add("("), doc.vocab.strings.add(")")
    opens = numpy.flatnonzero(tokens[:-2, 0] == opening)
    return opens[(tokens[opens + 1, 1] == 1) & (tokens[opens + 2, 0] == closing)].tolist()


def _add_acronym_uses(doc: Doc, candidates: list[Candidate], acronyms: set[str]) -> None:
    taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
    for token in doc:
        if token.i not in taken and token.text.isupper() and normalise(token.text) in acronyms:
            candidates.append(candidate_of(doc[token.i : token.i + 1]))
