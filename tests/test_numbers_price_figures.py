"""Numbers: a bare figure a price's "of" takes is the price's value, no count of prices ("a 6-1/2 pct coupon and
initial price of 89.6", "a reoffering price of 97.50"); written with decimals or a fraction and nothing naming its
terms, it is then dropped as every such price is ("priced at 99.8125"): a reader cannot check what it is.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, the bare price)
BOND_PRICES = [
    # reuters/09082
    ("The certificates have a 6-1/2 pct coupon and initial price\nof 89.6 for a bond equivalent yield of 8-1/2 pct.",
     "89.6"),
    # reuters/07175
    ("UBS bid the GTE debentures at 97.0025 and set a coupon of\n8-1/2 pct and reoffering price of 97.50 to yield 112 "
     "basis\npoints over the off-the-run 9-1/4 pct Treasury bonds of 2016.", "97.50"),
    # reuters/02979
    ("It carried a 10-year maturity, a coupon of six\npct and price of 100-1/4 to yield 5.97 pct at issue.", "100-1/4"),
    # reuters/11189
    ("The last issue for one billion marks carried a 6-1/4 pct\ncoupon for 10 years with a price of 99.65 for an issue "
     "yield of\n6.30 pct.", "99.65"),
    # reuters/13328
    ("Today's issue was the first for four-year notes since last\nMay, which produced an average price of 99.79, "
     "average yield of\n4.561 pct and a coupon of 4.5 pct, the Ministry said.", "99.79"),
]


@pytest.mark.parametrize("text, price", BOND_PRICES)
def test_a_bare_price_is_no_count_of_prices(extractor: Any, text: str, price: str) -> None:
    numbers = extractor.extract(text).numbers
    assert price not in [number["text"] for number in numbers]
    assert all(number["kind"] != "count" or "price" not in (number["counted"] or "") for number in numbers)
