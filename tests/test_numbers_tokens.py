"""Numbers: the token helpers that read a doc's text and tokens without rebuilding the whole doc."""

from __future__ import annotations

import pytest
import spacy

from extractor.numbers.tokens import DocTokens, span_text, text_between

TEXTS = [
    # reuters21578/articles/00001.txt: a start or an end in the space after a token
    "June/July going at 1,850 and 1,880 dlrs and at 35 and 45 dlrs\nunder New York july",
    # reuters21578/articles/00001.txt: a hard-wrapped line and a double space
    "at 1,750 to\n1,780 dlrs per tonne to ports to be named.\n    New crop sales",
    "  879 stg per tonne,  equivalent to 1,410 dlrs.\t",
]


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_text_between_reads_any_stretch_of_the_text(blank, text):
    doc = blank(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert text_between(doc, start, end) == text[start:end]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_tokens_index_as_the_doc_and_slices_read_as_spans(blank, text):
    doc = blank(text)
    tokens = DocTokens(doc)
    assert len(tokens) == len(doc) and [t.i for t in tokens] == list(range(len(doc)))
    assert tokens[-1].i == doc[-1].i and tokens.vocab is doc.vocab
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 3):
            assert span_text(tokens, start, end) == doc[start:end].text == span_text(doc, start, end)
