"""Numbers: "pounds" after a scale is money ("dividends of one mln pounds sterling") unless "of" follows it and names
what it weighs ("265 mln pounds of copper", "25.7 mln pounds of wheat flour"): a weight in pounds, no sterling.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (text, figure, counted)
WEIGHTS = [
    # reuters/01607
    ("Ore production totaled 650,653 tons last year, it said,\nestimating year-end reserves contained about 627,000 "
     "ounces of\ngold and 265 mln pounds of copper.", "265 mln pounds of copper", "copper"),
    # reuters/03358
    ("The Agricultural Stabilization and\nConservation Service (ASCS) bought 25.7 mln pounds of wheat\nflour at a cost "
     "of 2.8 mln dlrs", "25.7 mln pounds of wheat flour", "wheat\nflour"),
    # reuters/14572
    ("Myra Falls 1986 production was 44,000 ounces of gold,\n966,266 ounces of silver, 45.5 mln pounds of copper, 96.2 "
     "mln\npounds of zinc and 777,000 pounds of lead, a company spokesman said.", "96.2 mln pounds of zinc", "zinc"),
]


@pytest.mark.parametrize("text, figure, counted", WEIGHTS)
def test_scaled_pounds_of_a_thing_are_a_weight(extractor: Any, text: str, figure: str, counted: str) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["unit"], found["currency"], found["counted"]) == ("measure", "pound", None, counted)


def test_scaled_pounds_sterling_stay_money(extractor: Any) -> None:
    # reuters/02029: sterling after the scale
    text = "Share results after deducting preferred share dividends of\none mln pounds sterling in 1986."
    found = [n for n in extractor.extract(text).numbers if n["text"].startswith("one mln")][0]
    assert (found["kind"], found["currency"]) == ("money", "GBP")
