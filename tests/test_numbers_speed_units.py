"""Numbers: ``unit_at`` parses no text after a plain word that no unit expression can open, and misses no unit."""

from __future__ import annotations

import pytest

from extractor.numbers.units import UnitExpressions
from extractor.resources import load_json

# The words after a figure in reuters21578/articles (the first 600): "10 vs 8", "2.5 mln tonnes", "1,000 shares"...
WORDS = ["vs", "tonnes", "and", "of", "TH", "months", "shares", "bpd", "mths", "year", "times", "weeks", "NET",
         "stock", "km", "kilometres", "Kilometers", "miles", "sq", "square", "cubic", "mph", "kWh", "GW", "Ma", "in"]


@pytest.fixture(scope="module")
def expressions() -> UnitExpressions:
    return UnitExpressions(load_json("numbers_units.json"))


@pytest.mark.parametrize("word", WORDS)
def test_a_word_said_to_open_no_unit_opens_none_ending_with_it(expressions, word):
    parsed = expressions.parse(f"{word} of crude", after_per=True)  # after "per" any unit is trusted
    if expressions._opens_none(word, " "):
        assert parsed is None or parsed[0] < len(word)


@pytest.mark.parametrize("word", ["tonnes", "kilometres", "km", "square", "kWh", "GW"])
def test_unit_words_and_symbols_are_still_parsed(expressions, word):
    assert not expressions._opens_none(word, " ")
    assert not expressions._opens_none("vs", "")  # a word glued to the next may run on into it
