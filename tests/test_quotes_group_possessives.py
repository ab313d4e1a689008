"""An unnamed group's words as speaker run through a possessive inside them ('some of Trump's defenders', 'a table
drawn up by France's Le Figaro newspaper'): cut at the possessive ('some of Trump') they would read as someone else.

Articles come from the BBC News corpus and saved web pages (html-articles/html/, named by the first characters of
their file name).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # web 8380689f358c
        "Shortly after, some of Trump\u2019s defenders took to social media apparently to discredit her testimony, "
        "claiming that the ambassador\u2019s net worth far exceeded her salary, insinuating because of some illicit "
        "means:\nWe have found no evidence to corroborate this claim.",
        "net worth far exceeded", "some of Trump\u2019s defenders", id="some-of-someones-defenders"),
    pytest.param(  # BBC entertainment/045
        "Jugnot made 5.45m Euros (\u00a33.77m) last year, according to a table drawn up by France's Le Figaro "
        "newspaper.",
        "Jugnot made", "table drawn up by France's Le Figaro newspaper", id="a-table-by-a-newspaper"),
    pytest.param(  # web 39d5c43beb60
        "Trump and US Trade Representative Robert Lighthizer recognize that making such concessions for a \"skinny\" "
        "trade deal that fails to address core intellectual property and technology transfer issues is not a very "
        "good deal for Trump, a second person briefed on last weekend's trade phone call said.",
        "recognize that making such concessions",
        "second person briefed on last weekend's trade phone call", id="a-person-briefed-on-a-call"),
    pytest.param(  # web ba4dfe2d3e81
        "Health authorities in China\u2019s Inner Mongolia have confirmed that a third instance of the plague has "
        "been reported, after two people contracted it in Beijing earlier this month.",
        "a third instance of the plague", "Health authorities in China\u2019s Inner Mongolia",
        id="authorities-in-a-region"),
])
def test_a_groups_words_run_through_a_possessive(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker
