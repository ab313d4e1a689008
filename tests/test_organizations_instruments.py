"""A debt instrument is no organization, though its name is capitalised like a body's and may hold a body's word
('Philippine Investment Notes', 'Canada Savings Bonds'): its head says what it is.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, instrument",
    [
        # Reuters-21578 04611
        ("The talks were followed by a discussion of the innovative proposal made by finance\nminister Jaime Ongpin to "
         "pay part of the country's interest\nbill in Philippine Investment Notes, PINs, instead of cash.\n",
         "Philippine Investment Notes"),
        # Reuters-21578 03397
        ("Banks which found this rate unacceptably low would be\noffered an alternative of LIBOR payments in cash plus "
         "a margin\nof one pct in the form of Philippine Investment Notes, PINs,\nbankers explained.\n",
         "Philippine Investment Notes"),
        # Reuters-21578 01726
        ("    Bouey said the bank was able to reduce the number of new\nbond issues with maturities of 10 years of "
         "more, "
         "lessen the\nreliance on Canada Savings Bonds while raising substantailly\nmore through short term treasury "
         "bill financings.\n", "Canada Savings Bonds"),
    ],
)
def test_a_debt_instrument_is_no_body(run: Any, text: str, instrument: str) -> None:
    assert instrument not in names(run(text))
