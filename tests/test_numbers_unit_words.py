"""Numbers: unit words news writes that the symbol readers misread: "24 carat gold", "24-carat sapphires" are measures
in carats (no count of "carat gold"); "pt" after a figure is a percentage point ("around 0.25 pt of a bank's total
deposits"), never a picotonne; the wire's plural abbreviations "kgs" and "bbls" are kilograms and barrels.

Every excerpt is real news: Reuters-21578 (reuters/NNNNN), with the wire's line breaks, and BBC News
(bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, counted", [
    # reuters/04066
    ("market a new bullion coin called the \"Britannia\" containing one\nounce of 24 carat gold, together with bullion "
     "coins of smaller\ndenominations, a Treasury official said.", "24 carat", "gold"),
    # bbc/entertainment/141
    ("a sapphire bought as an investment for their daughters described by Sharon as \"one of the only 24-carat "
     "sapphires that is absolutely pure\".", "24-carat", "sapphires"),
])
def test_carats_are_a_measure(extractor: Any, text: str, wanted: str, counted: str) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["counted"]) == ("measure", "carat", counted)


def test_pt_after_a_figure_is_a_percentage_point(extractor: Any) -> None:
    # reuters/14327
    text = ("Assuming that all banks join the fund, contributions would\nbe equivalent to around 0.25 pt of a bank's "
            "total deposits.")
    found = figure(extractor, text, "around 0.25 pt")
    assert (found["kind"], found["unit"]) == ("percent", "percentage point")


@pytest.mark.parametrize("text, wanted, unit", [
    ("    Gold production 30,865 kgs vs 30,236 kgs", "30,865 kgs", "kilogram"),  # reuters/13900
    ("API SAYS DISTILLATE STOCKS UP 628,000 BBLS, GASOLINE UP 2.29 MLN, CRUDE UP 8.52 MLN", "628,000 BBLS",
     "barrel"),  # reuters/14704
])
def test_a_wire_abbreviation_with_a_plural_s_is_a_unit(extractor: Any, text: str, wanted: str, unit: str) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"]) == ("measure", unit)
