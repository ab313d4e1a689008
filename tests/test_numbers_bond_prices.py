"""Numbers: a bond's issue price after a second verb ("is issuing a ... eurobond ... and priced at 101-3/4 pct") is
no level of the issuer the first verb's subject names; with no noun of its own in reach, counted stays null.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (text, price)
ISSUE_PRICES = [
    ("Caisse Centrale Desjardins du Quebec is\nissuing a 10 billion yen step-up eurobond maturing on March 25,\n1992 "
     "and priced at 101-3/4 pct, joint-bookrunner Warburg\nSecurities said.", "101-3/4 pct"),  # reuters/00414
    ("DNC International Finance A.S. Is\nissuing a 10 billion yen eurobond due April 7, 1994 with a five\npct coupon "
     "and priced at 102-3/8 pct, Yamaichi International\n(Europe) Ltd said as joint book-runner",
     "102-3/8 pct"),  # reuters/03644
    ("Chrysler Credit Canada Ltd is issuing a\n75 mln Canadian dlr eurobond due Aoril 15, 1993 with a 9-1/4\npct "
     "coupon and priced at 101-1/2 pct, Orion Royal Bank Ltd said\nas lead manager.", "101-1/2 pct"),  # reuters/06380
    ("Walt Disney Co Ltd is issuing a 60 mln\nAustralian dlr eurobond due May 7, 1990 with a 14-1/2 pct\ncoupon and "
     "priced at 101-3/8 pct, Warburg Securities said as\nlead manager.", "101-3/8 pct"),  # reuters/09879
]


@pytest.mark.parametrize("text, price", ISSUE_PRICES)
def test_an_issue_price_is_not_the_issuers(extractor: Any, text: str, price: str) -> None:
    found = number(extractor, text, price)
    assert (found["kind"], found["counted"]) == ("percent", None)


# The bond's own figures keep what they count.
def test_the_bond_keeps_its_noun(extractor: Any) -> None:
    found = number(extractor, ISSUE_PRICES[3][0], "60 mln Australian dlr")
    assert (found["currency"], found["counted"]) == ("AUD", "eurobond")
