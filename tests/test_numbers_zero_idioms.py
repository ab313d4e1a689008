"""Numbers: "zero" before "coupon" or "tolerance" names a kind of bond or a policy ("its zero coupon convertible
senior notes", "a "zero tolerance" drive"), no count of coupons or tolerances; the amounts beside it stay.

Excerpts are real news: Reuters-21578 (reuters/NNNNN, line breaks as the wire has them) and BBC (bbc/<section>/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figures the text holds)
ZERO = [
    ("DNC International Finance A/S is issuing\na 19 billion yen, zero coupon eurobond due March 17, 1992 and",
     ["19 billion yen"]),  # reuters/01474
    ("for the exercise of the special conversion right for its zero\ncoupon convertible senior notes due February "
     "one, 1996, has", []),  # reuters/01804
    ("Teachers could get more powers to remove unruly pupils from classes under a \"zero tolerance\" drive, "
     "Education Secretary Ruth Kelly has suggested.", []),  # bbc/politics/055
]


@pytest.mark.parametrize("text, figures", ZERO)
def test_zero_names_a_kind_of_thing(extractor: Any, text: str, figures: list[str]) -> None:
    found = [" ".join(n["text"].split()) for n in extractor.extract(text).numbers]
    assert found == figures


# "zero" before other nouns still counts: "zero growth" is a level.
def test_zero_growth_is_a_number(extractor: Any) -> None:
    found = extractor.extract("The ministry forecast zero growth for exports this year.").numbers
    assert [(n["value"], n["counted"]) for n in found] == [(0, "growth")]
