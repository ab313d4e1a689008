"""Numbers: a range of figures with decimals that is no count of things is a quote, a price or a rate whose terms the
text leaves open, and is dropped rather than misread: a dealer's bid and offer joined by a dash, the high end often
cut to its last digits ("95.26-28" is a bond's price in 32nds, "24.92-95" a rate), whatever word the parser hangs
after it ("1.80-85 mark range", "two loads"), and a decimal range between two figures that still counts nothing
("ranged from 98.574 to 98.582"). A range that names its percent, money or scale, or counts things named beside it
("1.5 to 1.9 common shares"), stays.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN) and BBC News
(bbc/<section>/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figures no record may hold)
DROPPED = [
    # reuters/13411: a Treasury bond's price in 32nds of a point
    ("The key U.S. 7-1/2 pct Treasury bond due 2016 was 95.26-28\nin late Tokyo trade against the 96.04-06 New York "
     "finish.", ["95.26", "96.04"]),
    # reuters/10675
    ("The key U.S. 7-1/2 pct Treasury bond due 2016 fell to a low\nof 96.08-12 in early Tokyo trade against the "
     "98.05-06 New York\nfinish, then recovered to 96.20-22.", ["96.08", "98.05", "96.20"]),
    # reuters/13504: exchange rates, bid and offer, each after its currency's code
    ("ZURICH EXCHANGES 1300 - APRIL 7 us 1.5110-5120 stg 2.4456-4487\ndmk 82.92-83.02 ffr 24.92-95 lit 0.11637-11653 "
     "hfl 73.47-58", ["82.92", "24.92", "0.11637", "73.47"]),
    # reuters/14043: an exchange rate's band in marks
    ("Another set of disappointing figures could push the dollar\nbelow its recent 1.80-85 mark range if there have "
     "been no\nsupportive statements from G-5 officials in Washington in the\nmeantime, dealers said.", ["1.80"]),
    # reuters/19497: a crude price in dlrs the figure before names
    ("August Dubai was discussed in cautious early activity at\naround 17.35 dlrs, above Friday's 17.15-20 range, but "
     "still\nbelow the government selling price (GSP) of 17.42.", ["17.15"]),
    # reuters/14089: cattle prices in dlrs per cwt, the next clause's count no noun of theirs
    ("    steers - choice 2-4 1100-1400 lbs 66.50-67.50, two loads\n68.00-68.50.\n    heifers - choice 2-4 "
     "975-1150 lbs 64.50-65.00, two loads\n65.75-66.00.\n", ["66.50", "64.50"]),
    # reuters/03371: Treasury bill prices
    ("The average price for the\nsix-months bills was 97.174, and prices ranged from 97.169 to\n97.189.", ["97.169"]),
    # reuters/14767: an exchange rate
    ("In particular, the June Canadian dollar, for which Sloane\nrecently put out a buy recommendation, has hovered in a "
     "range\nbetween 0.7600 and 0.7660 in recent weeks, forming a triangle\non the charts from which it may soon break "
     "out on the upside.", ["0.7600"]),
]

# (text, figure, kind, low, high): ranges that say what they are
KEPT = [
    # reuters/01996: an exchange ratio counts shares
    ("remaining shares for 1.5 to 1.9 common shares each, valued at\nabout 73 dlrs per share", "1.5 to 1.9 common shares",
     "count", 1.5, 1.9),
    # reuters/02769
    ("signed a letter of intent to acquire Colonial Bancorp Inc of\nNew Holland, Pa., in an exchange of 3.6 to 4.4 "
     "Dauphin shares\nfor each colonial share", "3.6 to 4.4 Dauphin shares", "count", 3.6, 4.4),
    # reuters/03253: a rate's range names its percent
    ("The U.S. Treasury's weekly auction is\nexpected to produce an average rate of 5.63-65 pct for\nthree-month bills "
     "and one of 5.59-61 pct for six-month bills,\ndealers said.", "5.63-65 pct", "percent", 5.63, 5.65),
    # reuters/17230: and its money
    ("The Bank of Japan intervened in the\nmarket, buying a moderate amount of dollars around 137.80-85\nyen, dealers "
     "said.", "around 137.80-85\nyen", "money", 137.8, 137.85),
    # bbc/politics/018: a scaled count
    ("Between 1.1 and 1.5 million people, mainly Jews, were killed at Auschwitz.", "Between 1.1 and 1.5 million people",
     "count", 1100000, 1500000),
]


@pytest.mark.parametrize("text, gone", DROPPED)
def test_a_decimal_quote_range_is_dropped(extractor: Any, text: str, gone: list[str]) -> None:
    found = [n["text"] for n in extractor.extract(text).numbers]
    assert not [figure for figure in gone if any(figure in record for record in found)]


@pytest.mark.parametrize("text, figure, kind, low, high", KEPT)
def test_a_range_that_names_its_terms_stays(extractor: Any, text: str, figure: str, kind: str, low: float,
                                            high: float) -> None:
    found = {n["text"]: n for n in extractor.extract(text).numbers}[figure]
    assert (found["kind"], found["low"], found["high"]) == (kind, low, high)


def test_the_bonds_coupon_stays(extractor: Any) -> None:
    found = {n["text"]: n for n in extractor.extract(DROPPED[0][0]).numbers}
    assert found["7-1/2 pct"]["kind"] == "percent"
