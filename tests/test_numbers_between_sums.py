""""between A and B" where each end names its money is one range: a currency word after each end ("between 150 euros
and 300 euros") or a bare "m" after each (money's "m" is a million: "between £190m and £265m"). Ends in two
currencies stay two sums."""

from __future__ import annotations

from typing import Any

import pytest

RANGES = [
    # BBC business 015: a currency word after each end
    ("Previously, passengers could claim between 150 euros and 300 euros if they had been stopped from boarding.",
     "between 150 euros and 300 euros", 150, 300, "EUR"),
    # BBC business 058: a bare "m" after each end
    ("The company said it was speeding up its restructuring programme, which aims to save between £190m and £265m "
     "annually from 2009.", "between £190m and £265m", 190_000_000, 265_000_000, "GBP"),
    # BBC business 088
    ("The High Street retailer said it now expected to report annual profits of between £415m and £425m "
     "($779m-798m).", "between £415m and £425m", 415_000_000, 425_000_000, "GBP"),
]


@pytest.mark.parametrize("text, wanted, low, high, currency", RANGES)
def test_between_two_sums_each_naming_its_money_is_a_range(extractor: Any, text: str, wanted: str, low: float,
                                                           high: float, currency: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"] == wanted)
    assert (number["qualifier"], number["low"], number["high"], number["kind"], number["currency"]) == \
        ("range", low, high, "money", currency)


def test_sums_in_two_currencies_stay_two_sums(extractor: Any) -> None:
    # BBC business 015: the bracket restates the low end in pounds; the two ends in euros are left as they are
    text = ("New EU rules set compensation at between 250 euros (£173) and 600 euros, depending on the length of the "
            "flight.")
    texts = [n["text"] for n in extractor.extract(text).numbers]
    assert texts == ["250 euros", "£173", "600 euros"]
