"""Numbers: an advance of money is a payment, no rise: "a £100,000 advance for her third and fourth novels", "a
minimum advance of 25,000 dlrs a quarter"; an advance by a percentage is a move ("a 25.8 pct advance in net
attributable profit").

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN), BBC News
(bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, direction", [
    # bbc/politics/320
    ("The register also shows former Home Office Minister Ann Widdecombe declaring a £100,000 advance for her third "
     "and fourth novels.", "£100,000", None),
    # reuters/12727
    ("It said it would receive production royalties of about\n1.025 dlrs for each pound of uranium oxide contained in "
     "ore\nbroken during mine development and a minimum advance of 25,000\ndlrs a quarter until production starts.",
     "25,000", None),
    # reuters/19797
    ("Anglo American last month reported a 25.8 pct advance in\nnet attributable profit to 1.5 billion rand in the "
     "year to\nMarch 31.", "25.8 pct", "up"),
])
def test_an_advance_of_money_is_a_payment_and_one_by_a_percentage_a_move(extractor: Any, text: str, wanted: str,
                                                                         direction: Optional[str]) -> None:
    change = figure(extractor, text, wanted)["change"]
    assert (change and change["direction"]) == direction
