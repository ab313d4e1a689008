"""Numbers: things are counted whole, so a figure above one written with decimals or a price's fraction, of or before a
singular noun ("a 100-1/4 issue price", "The average price ... was 96.926", "a time of 21.00", "Revision 4.0 system"),
is that thing's level (a price, a race time, a version), no count of it: with no currency or unit the text leaves its
terms open, and it is dropped as other bare decimals are. A share of one thing below one still counts it ("exchange
0.523 common share for each"), as does a plural ("70.58 shares per 1,000 dlrs").

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005
(bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figure): no record is read from the figure
LEVELS = [
    # reuters/02243: a bond's issue price, in percent of its face value the text does not write
    ("Swiss Bank Corp is issuing 100 mln Swiss francs of five year notes with a 4-3/4 pct coupon and\n100-1/4 issue "
     "price, lead manager Swiss Bank Corp said.", "100-1/4"),
    # reuters/00278
    ("A 300 mln mark six pct bond for\nHoogovens, traded at 98.40/75 from its 99-1/2 price, thanks\nmainly to its "
     "shorter maturity.", "99-1/2"),
    # reuters/00204
    ("Issue price is 100-5/8. Lead manager is Union Bank of\nSwitzerland.", "100-5/8"),
    # reuters/16681
    ("The average price for the\nsix-months bills was 96.926, and prices ranged from 96.977 to\n96.916.", "96.926"),
    # bbc/sport/030: a race time
    ("The Ballymena man gave it a lash but his achilles problem, and a bad lane draw, meant a time of 21.00 and an "
     "early exit.", "21.00"),
    # bbc/sport/058
    ("Frenchman Ronald Pognon, who will be a real threat at the European Championships, set a new time of 6.45, "
     "one-hundreth of a second faster than Gardener's previous mark.", "6.45"),
    # reuters/00463: a version
    ("Prime said it also unveiled the Prime Medusa Revision 4.0\nsystem with a new feature for developing "
     "applications.", "4.0"),
]


@pytest.mark.parametrize("text, figure", LEVELS)
def test_a_decimal_figure_of_a_singular_noun_is_its_level(extractor: Any, text: str, figure: str) -> None:
    found = [n for n in extractor.extract(text).numbers if n["text"].startswith(figure)]
    assert not found, found


# (text, figure, counted)
COUNTS = [
    # reuters/00408
    ("Pittston said it agreed to exchange 0.523 common share for\neach of the about 8,612,000 WTC common shares "
     "outstanding.", "0.523 common share", "common share"),
    # reuters/00391
    ("The debentures\nconvert to common stock at 14.168319 dlrs per share, or 70.58\nshares per 1,000 dlrs principal "
     "amount, through March 31.", "70.58\nshares", "shares"),
]


@pytest.mark.parametrize("text, figure, counted", COUNTS)
def test_shares_of_one_thing_and_plurals_still_count(extractor: Any, text: str, figure: str, counted: str) -> None:
    found = {n["text"]: n for n in extractor.extract(text).numbers}
    assert found[figure]["counted"] == counted
