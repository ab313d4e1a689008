"""A speaker given in the article's own words is a name, read as words: the line breaks of hard-wrapped wire copy
are no part of it ('one Republican\\npolitical strategist' is 'one Republican political strategist'), though the
speaker mention keeps the text as written, to match its offsets.

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    (  # Reuters-21578 00028
        "    \"We're falling by our own hand,\" said one Republican\npolitical strategist.",
        "falling by our own hand", "one Republican political strategist"),
    (  # Reuters-21578 00155
        "    The systems are smaller than magnetic resonance imaging\nequipment currently used in clinical "
        "examinations, the\ncompanies said.",
        "The systems are smaller", "companies"),
    (  # Reuters-21578 00276
        "    The Singapore, London and New York authorities have agreed\nin principle on how the three exchanges "
        "would trade and\ntransfer information among the different time zones, but some\ndetails still have to be "
        "worked out, a senior Singapore bank\ndirector said.",
        "details still have to be", "senior Singapore bank director"),
    (  # Reuters-21578 00342
        "    \"We appreciate their frustration,\" a senior Japanese\ngovernment official said.",
        "We appreciate their frustration", "senior Japanese government official"),
])
def test_a_speaker_in_the_articles_words_has_no_line_breaks(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
