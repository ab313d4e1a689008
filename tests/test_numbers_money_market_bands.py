"""Numbers: the Bank of England's maturity bands are labels ("bills outright in band two at 9-13/16 pct"), not
counts, also where the line wraps after "band" and as the second of a list ("in bands one and two"); the amounts
and rates around them stay.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figures the text holds)
BANDS = [
    ("    The central bank purchased bank bills outright comprising\n41 mln stg in band one at 10-7/8 pct 361 mln stg "
     "in band two at\n10-13/16 pct and 54 mln stg in band three at 10-3/4 pct.",
     ["41 mln stg", "10-7/8 pct", "361 mln stg", "10-13/16 pct", "54 mln stg", "10-3/4 pct"]),  # reuters/00411
    ("band two at 9-13/16 pct, 56 mln stg in band three at 9-3/4 pct\nand four mln stg in band four at 9-11/16 pct.",
     ["9-13/16 pct", "56 mln stg", "9-3/4 pct", "four mln stg", "9-11/16 pct"]),  # reuters/12453
    ("four mln stg in band one at 10-7/8 pct and 33 mln stg in band\ntwo at 10-13/16 pct.",
     ["four mln stg", "10-7/8 pct", "33 mln stg", "10-13/16 pct"]),  # reuters/00341
    ("mln and provided assistance worth 96 mln stg through bank bill\npurchases in bands one and two at established "
     "dealing rates.", ["96 mln stg"]),  # reuters/02565
]


@pytest.mark.parametrize("text, figures", BANDS)
def test_a_money_market_band_is_a_label(extractor: Any, text: str, figures: list[str]) -> None:
    found = [" ".join(n["text"].split()) for n in extractor.extract(text).numbers]
    assert found == [" ".join(figure.split()) for figure in figures]
