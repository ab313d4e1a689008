"""Numbers: a small bare number that "I", "he" or "she" is (or turns), with nothing after it but a clause's end, a
conjunction or "now", is that person's age ("I was 18 when she was conceived", "He was 84, had been suffering"), as
"who is 87" is; the pronoun names no one, so nothing is counted.

Every excerpt is real news: BBC News (bbc/topic/NNN), saved web pages (html/<first 6 characters of the file name>).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted", [
    # bbc/politics/113
    ("I was 18 when she was conceived.", "18"),
    # bbc/politics/308
    ("He was 84, had been suffering from cancer for many months, and died at his London home.", "84"),
    # bbc/entertainment/305
    ("By the time he was 40, Lee had decided he was too old for the comic game.", "40"),
    # bbc/sport/490
    ("\"I am 25. I'm playing against Hewitt.", "25"),
    # html/87438a
    ("I\u2019m 74 and was tempted to go to the police but didn\u2019t.", "74"),
])
def test_a_number_a_person_pronoun_is_is_their_age(extractor: Any, text: str, wanted: str) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["counted"]) == ("age", "years", None)
