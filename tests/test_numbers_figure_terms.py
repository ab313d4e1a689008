"""Numbers: what a number counts never opens with another figure's terms. The parse hangs a noun phrase on the words
after a figure ("the 5.3 pct 95th bond", "a 100 mln dlr eurobond", "the 76 stg pct balance"); a percent or scale word
and the currency, coin or unit after it are that figure's terms, not the thing counted, which is the rest of the
phrase, or nothing when the phrase is all terms ("payable 40 stg pct on application").

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

# (text, figure, counted)
COUNTED = [
    # reuters/00460: a gilt's price in pounds per hundred, and the balance due
    ("The issue is part paid with 20 stg pct payable on issue and\nthe 76 stg pct balance due on April 27.", "20 stg",
     None),
    ("The issue is part paid with 20 stg pct payable on issue and\nthe 76 stg pct balance due on April 27.", "76 stg",
     "balance"),
    # reuters/00329
    ("Fiat Finance and Trade Ltd is issuing a\n100 mln dlr eurobond due April 2, 1991 at 7-1/4 pct and 101-1/8\npct, "
     "lead manager Morgan Stanley International said.", "7-1/4 pct", "eurobond"),
    # reuters/13411
    ("The 5.3 pct 95th bond of 1997 finished\nat 4.010 pct against 4.165 at yesterday's close and an opening\ntoday of "
     "4.100.", "4.010 pct", "95th bond"),
    # reuters/01221
    ("It said it also received a 32 to 33 mln dlr eight-year\n9.375 pct mortgage loan on the buildings, with the entire"
     "\nprincipal payable at the end of the term.", "32 to 33 mln dlr", "mortgage loan"),
    # reuters/12927
    ("The airline said it flew 987.7 mln revenue passenger miles\nlast month, up 15.6 pct from 854.0 mln a year "
     "earlier while its\navailable seat miles rose 11.5 pct to 1.56 billion.", "15.6 pct", "revenue passenger miles"),
    # reuters/03135: fishmeal of 64 pct protein
    ("Sellers quoted 64 pct fishmeal at between 640\nand 650 marks per tonne free on truck for spot and between 630\n"
     "and 640 marks for April/Dec.", "between 640 and 650 marks per tonne", "fishmeal"),
    # reuters/03789: a percent's figure has no currency, so the notes keep theirs
    ("said it will redeem 69 mln dlrs in 14 pct guaranteed\nnotes, seven pct Swiss Franc notes of Abex International "
     "worth\n40 mln Swiss francs (26.2 mln dlrs), and 18.4 mln dlrs of\n11-5/8 pct Pneumo subordinated sinking fund "
     "debentures.", "40 mln Swiss francs", "Swiss Franc notes"),
    # reuters/19149
    ("lotments for managers who were invited to contribute 40\nmln dlrs will be cut to 20 mln dlrs, while those for\n"
     "co-managers invited to contribute 25 mln dlrs will be reduced\nto 12 mln dlrs.", "20 mln dlrs", None),
]


@pytest.mark.parametrize("text, figure, counted", COUNTED)
def test_a_counted_noun_does_not_open_with_another_figures_terms(extractor: Any, text: str, figure: str,
                                                                 counted: Optional[str]) -> None:
    assert number(extractor, text, figure)["counted"] == counted
