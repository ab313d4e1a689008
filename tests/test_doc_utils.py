"""The shared document helpers: reading a stretch of the text without rebuilding it."""

from __future__ import annotations

import pytest
import spacy

from extractor.doc_utils import text_of

# reuters21578: wire copy with doubled spaces and a line break
TEXT = "Output rose to 1,850  and 1,880 dlrs\nin March, the company said."


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


def test_text_of_reads_every_stretch_as_the_text_has_it(doc):
    for start in range(len(TEXT) + 1):
        for end in range(start, len(TEXT) + 1):
            assert text_of(doc, start, end) == TEXT[start:end], (start, end)
