"""Places: a place name right after a word that opens American banks' names ('First Boston', 'First Chicago') is
part of the bank's name, which the guide counts as no mention of the place ('First Boston gave the issue a 6.90 pct
coupon' names no Boston).

Texts come from the Reuters-21578 corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

BANKS = [
    # (text, the place name inside the bank's name)
    pytest.param(  # Reuters-21578 00382
        "The debt has an average life of 1.79 years and matures in\n1992. First Boston gave the issue a 6.90 pct "
        "coupon and priced\nit at 99.8125 to yield 6.95 pct.",
        "Boston", id="opening-a-sentence"),
    pytest.param(  # Reuters-21578 02931
        "First Boston is offering the notes to the public with a 7.45 pct coupon and par pricing.",
        "Boston", id="offering"),
    pytest.param(  # Reuters-21578 06630
        "First Boston and Kidder have been advisers to GenCorp in the past, he said.",
        "Boston", id="coordinated"),
    pytest.param(  # Reuters-21578 20394
        "Dealers for the program are First Interstate, First Chicago\nLtd, Merrill Lynch Capital Markets and "
        "Manufacturers Hanover\nLtd. First Chicago will be issuing and paying agent.",
        "Chicago", id="agent"),
]


@pytest.mark.parametrize(("text", "name"), BANKS)
def test_a_place_in_a_banks_name_is_no_place(run: Callable[..., Doc], text: str, name: str) -> None:
    assert not any(mention["text"] == name for place in run(text)._.places for mention in place["mentions"])

