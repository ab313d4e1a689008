"""The shared document helpers: reading a stretch of the text without rebuilding it."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import LOWER, ORTH

from extractor.doc_utils import (
    among, doc_text, in_ticker_marks, keep_text, sentence_bounds, sentence_tokens, text_of, word_ids, words_at,
)

# reuters21578: wire copy with doubled spaces and a line break
TEXT = "Output rose to 1,850  and 1,880 dlrs\nin March, the company said."


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


def test_text_of_reads_every_stretch_as_the_text_has_it(doc):
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 1):
            assert text_of(doc, start, end) == TEXT[start:end], (start, end)


@pytest.mark.parametrize("words", [(), ("said",), ("said", "told", "according", "Said")])
def test_among_finds_what_numpy_isin_finds_in_one_column_or_several(doc, words):
    ids = word_ids(words)
    columns = doc.to_array([ORTH, LOWER])
    assert (among(columns, ids) == numpy.isin(columns, ids)).all()
    assert words_at(columns[:, 0], ids) == numpy.flatnonzero(numpy.isin(columns[:, 0], ids)).tolist()


def test_a_kept_text_is_read_back_as_it_was_given_not_joined_from_the_tokens():
    doc = spacy.blank("en")(TEXT)
    given = "".join(TEXT)  # the caller's own string object
    keep_text(doc, given)
    assert doc_text(doc) is given and doc_text(doc) == doc.text


@pytest.mark.parametrize(
    "text, word, ticker",
    [
        # Reuters-21578 00118, 17911 (a market's full stop), 02203 (a company's name in the marks is no ticker alone)
        ("received a contract from Union Carbide Corp <UK> covering design", "UK", True),
        ("The other main bidders were Union Carbide Corp's <UK.> French subsidiary", "UK", True),
        ("West Germany's Linde AG <LING.F>.", "LING.F", True),
        ("<Canadian Imperial Bank of Commerce>,", "Commerce", False),
        ("The other main bidders were Union Carbide Corp's <UK.> French subsidiary", "French", False),
    ],
)
def test_a_word_alone_in_the_wires_angle_brackets_is_a_ticker(text, word, ticker):
    doc = spacy.blank("en")(text)
    index = next(token.i for token in doc if token.text == word)
    assert in_ticker_marks(doc, index, index + 1) is ticker


# reuters21578 00446: two sentences, wrapped as the wire wraps them
SENTENCES = "the System V is designed\nto serve 800 to 10,000 users, the company said. It is\ncompatible, it added."


@pytest.mark.parametrize("opening", [(), ("It",), ("It", "it"), ("It", "added"), ("It", ".")])
def test_the_sentence_at_a_token_is_the_one_spacy_finds_from_it(opening):
    doc = spacy.blank("en")(SENTENCES)
    for token in doc[1:]:
        token.is_sent_start = token.text in opening and all(t.text != token.text for t in doc[token.i + 1 :])
    for start in range(len(doc)):
        bounds = sentence_bounds(doc, start)
        assert bounds == (doc[start].sent.start, doc[start].sent.end), start
        assert sentence_tokens(doc, start) == doc[start].sent
        for end in range(start + 1, len(doc) + 1):
            assert (doc[start:end].sent.start, doc[start:end].sent.end) == bounds, (start, end)
