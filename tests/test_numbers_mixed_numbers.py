"""Mixed numbers with a digit fraction: a whole number joined by "and" to a proper fraction in digits is one number
("one and 5/8 pct" is 1.625, as "7-3/4" is 7.75), unless the whole number ends a list or range before it.

Every sentence is real news: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (sentence, number as read, its value)
MIXED = [
    # reuters/18364: a spelled whole number and a digit fraction
    ("The five-year eurobond carries an indicative coupon rate of\none and 5/8 pct and will be managed from "
     "Singapore.", "one and 5/8 pct", 1.625),
    # reuters/10408: digits, as the start of a move
    ("payments on Venezuela's public debt were extended from 12 to 14\nyears and the interest rate dropped from 1 "
     "and 1/8 to 7/8 of a\npct above LIBOR.", "1 and 1/8", 1.125),
    # reuters/16249: a share price
    ("Analysts said they expected Texaco stock, which closed\nFriday at 31 and 7/8, to slip to about 25 when the "
     "New York\nStock Exchange opened Monday morning.", "31 and 7/8", 31.875),
]

# (sentence, number as read, its value): the whole number ends a list or a range, the fraction is a number of its own
NOT_MIXED = [
    # reuters/15813: "years five and six", then a margin of 3/4 point
    ("The margin will be 1/2 point over LIBOR in years one to\nfour, 5/8 point over LIBOR in years five and six and "
     "3/4 point\nover LIBOR thereafter.", "3/4", 0.75),
    # reuters/17931: a range of two fractions
    ("The existing loans had maturities of about seven to 10\nyears and carried interest margins of between 3/8 and "
     "5/8 pct.", "5/8 pct", 0.625),
]


@pytest.mark.parametrize("sentence, text, value", MIXED + NOT_MIXED)
def test_a_whole_number_and_a_digit_fraction_are_one_number(extractor: Any, sentence: str, text: str,
                                                              value: float) -> None:
    assert number(extractor, sentence, text)["value"] == value
