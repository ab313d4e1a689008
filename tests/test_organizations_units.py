"""A firm's unit named by the firm's name and a unit's word or a country ('Citicorp Savings', 'Disney Channel', 'Ford
Brasil'; ``unit_words`` in ``data/organizations.json``, countries from the gazetteer) is a body of its own: the
firm's short name is the parent's, never the unit's short form.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

UNITS = [
    # reuters21578/articles/19734.txt
    ("The Federal Reserve Board said it\napproved Citicorp's application to purchase through its\nsubsidiary, "
     "Citicorp Savings of Oakland, Calif., some assets\nand assume some liabilities of Sears Savings Bank of "
     "Glendale,\nCalif.\n    Citicorp Savings proposed to assume two billion dlrs in\ndeposits and other "
     "liabilities.", "Citicorp"),
    # reuters21578/articles/19392.txt
    ("Brazil's crisis-ridden motor industry\n-- which is dominated by the subsidiaries of Volkswagen AG\n<VOWG.F>, "
     "Fiat Spa <FIAT.MI>, General Motor Corp <GM> and Ford\nCo <F> -- has not made a single domestic sale for the "
     "last four\ndays, and several assembly lines will stop shortly, industry\nspokesmen said.\n    A spokesman for "
     "Ford Brasil said it would tell about half\nof its 21,000 workforce to take holidays June 29-July 13.", "Ford"),
    # The Los Angeles Times, 2019-11, Disney+ launch (web page 098bb3)
    ("Accelerated cord-cutting has eroded revenue from Disney’s flagship ESPN channels, Disney Channel and other "
     "cable networks. Disney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company "
     "continued to sign up additional subscribers throughout the week.", "Disney"),
]


@pytest.mark.parametrize(("text", "parent"), UNITS)
def test_a_parents_short_name_is_no_mention_of_its_unit(run: Any, text: str, parent: str) -> None:
    units = [record for record in run(text)._.organizations if record["name"].startswith(f"{parent} ")
             and record["name"].split()[1] in ("Savings", "Brasil", "Channel")]
    assert units and all(parent not in [item["text"] for item in unit["mentions"]] for unit in units), units
