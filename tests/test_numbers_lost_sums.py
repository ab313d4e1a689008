"""Numbers: a sum of money a business lost ("the units being sold lost 28 cts per share", "Purolator lost 120 mln
dlrs over the last two years") is a result, no fall of the figure; a price that lost an amount and names the level
it reached ("Chinese Estates lost 25 cents to 20.15 dlrs") fell.

Sentences come from the Reuters-21578 corpus (article named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

LOST = [
    # (text, the number's words, its change's direction)
    pytest.param(  # Reuters-21578 17682
        "    It said the units being sold lost 28 cts per share in the\nfirst nine months of fiscal 1987 and 12 cts in "
        "all of fiscal\n1986.", "28 cts", None, id="loss-per-share"),
    pytest.param(  # Reuters-21578 00372
        "    \"Purolator lost 120 mln dlrs over the last two years\nlargely due to U.S. courier operations, which we "
        "believe the\nmanagement is turning around.", "120 mln dlrs", None, id="loss-over-two-years"),
    pytest.param(  # Reuters-21578 04160
        "    Last year, Sand lost 243,064 dlrs on revenues of 7,012,195\ndlrs in the second quarter.", "243,064 dlrs",
        None, id="loss-on-revenues"),
    pytest.param(  # Reuters-21578 13576
        "He expects Navistar to earn 1.20 dlrs a share next\nyear. In 1986, the company lost 14 cts a share.",
        "14 cts", None, id="loss-a-share"),
    pytest.param(  # Reuters-21578 00960: a price's fall names its level
        "    Chinese Estates lost 25 cents to 20.15 dlrs yesterday,\nChina Entertainment five to 8.60 dlrs and Evergo "
        "one to 74\ncents.", "25 cents", "down", id="price-fell-to-a-level"),
    pytest.param(  # Reuters-21578 00960: the level it fell to
        "    Chinese Estates lost 25 cents to 20.15 dlrs yesterday,\nChina Entertainment five to 8.60 dlrs and Evergo "
        "one to 74\ncents.", "20.15 dlrs", "down", id="price-level-fell-to"),
]


@pytest.mark.parametrize(("text", "words", "direction"), LOST)
def test_a_sum_a_business_lost_is_no_fall(
    run: Callable[..., Doc], text: str, words: str, direction: Optional[str]
) -> None:
    found = [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]
    assert [(n["kind"], n["change"] and n["change"]["direction"]) for n in found] == [("money", direction)]
