"""A firm's name without its legal form, which the model tags a body of its own, is the firm's alias where another
name of as many words starts with it but ends in no legal form: that one is the firm's product, unit or building
('Archive' beside 'Archive Corp' and 'its Archive XL tape drive'), not a second firm it might name.

Every text is real, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

ALIASES = [
    # Reuters-21578 00661
    ("Archive Corp said it signed\nan agreement under which <Microamerica>, a value-added reseller\nof personal "
     "computers, peripherals and supplies, will\ndistribute its Archive XL tape drive.\n   Archive said Microamerica "
     "will carry both models of the XL\ndrive, a 40-megabyte, 5.25-inch drive based on the QIC-40\nstandard that is "
     "compatible with the IBM PC/XT and PC/AT PCs.", "Archive Corp", "Archive"),
    # Reuters-21578 18926
    ("First Wisconsin Corp said it has\nagreed to sell its First Wisconsin Center in Milwaukee and\nadjacent property "
     "to Trammell Crow Co for 195 mln dlrs,\nresulting in a gain of 77 mln dlrs after tax.\n    First Wisconsin said "
     "the transaction was valued at 195 mln\ndlrs.", "First Wisconsin Corp", "First Wisconsin"),
    # Reuters-21578 02196
    ("Zayre Corp said it plans to\nopen 25 additional Zayre Stores, 35 new T.J. Maxx stores and 50\nHit or Miss Shops "
     "in 1987.\n    In addition, Zayre said it plans to add six new BJ's\nWholesale Clubs and eight new HomeClubs to "
     "its warehouse group.", "Zayre Corp", "Zayre"),
]


@pytest.mark.parametrize(("text", "firm", "alias"), ALIASES)
def test_a_firms_first_words_beside_its_product_are_its_alias(run: Any, text: str, firm: str, alias: str) -> None:
    found = {record["name"]: record["aliases"] for record in run(text)._.organizations}
    assert alias in found.get(firm, []), found
    assert alias not in found, found
