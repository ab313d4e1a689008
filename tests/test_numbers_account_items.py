"""A results note's "includes gain 46 cts" or "excludes investment gains 20,000 dlrs" names an item of the
accounts: the tagger reads "gain" as a verb, but nothing rose; a real move ("Hog prices gained 1.75 dlrs") stays."""

from __future__ import annotations

from typing import Any

import pytest

ITEMS = [
    # Reuters-21578 00066
    ("NOTE: latest 12 mths net includes gain 46 cts per share for\nsale of Virginia service territory to Dominion "
     "Resources Inc", "46 cts"),
    # Reuters-21578 00449
    ("NOTE: Net excludes investment gains 20,000 dlrs vs 86,000\ndlrs in quarter and 586,000 dlrs vs 195,000 dlrs in "
     "year.", "20,000 dlrs"),
    # Reuters-21578 00490
    ("NOTE: Net includes pretax unusual gain 64,000 dlrs vs loss\n4,744,000 dlrs in quarter.", "64,000 dlrs"),
    # Reuters-21578 08294
    ("NOTE: 1986 net includes gain 2,578,887 dlrs from chjange in\naccounting for pension plans.", "2,578,887 dlrs"),
    # Reuters-21578 16301
    ("12 mths 1985 excludes discontinued operations gain\n9,837,000 dlrs, or 2.12 dlrs per share; and excludes gain\n"
     "813,000 dlrs, or 17 cts per share, for net operating loss\ncarryforward.", "9,837,000 dlrs"),
    ("12 mths 1985 excludes discontinued operations gain\n9,837,000 dlrs, or 2.12 dlrs per share; and excludes gain\n"
     "813,000 dlrs, or 17 cts per share, for net operating loss\ncarryforward.", "813,000 dlrs"),
]


def found(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    return next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)


@pytest.mark.parametrize("text, wanted", ITEMS)
def test_a_gain_the_accounts_include_is_no_rise(extractor: Any, text: str, wanted: str) -> None:
    assert found(extractor, text, wanted)["change"] is None


def test_a_price_that_gained_still_rose(extractor: Any) -> None:
    # Reuters-21578 13860
    number = found(extractor, "Hog prices gained 1.75 dlrs at the\nopening, private sources said.", "1.75 dlrs")
    assert number["change"]["direction"] == "up"
