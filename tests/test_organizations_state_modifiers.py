"""A demonym inside a body's name ending in a word that only qualifies a state's part ('Air' of 'Air Force') is no
mention of its country: the name is the body's own, an airline ('Korean Air', 'Thai Air'), though every word after
the demonym is a state word (``state_modifiers`` in ``data/organizations.json``); 'Indian Air Force' still names
India.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_places import place

AIRLINES = [
    # reuters21578/articles/00206.txt
    ("McDonnell Douglas Corp said Korean\nAir signed formal orders for four MD-11 jets with options to\nbuy four more.",
     "South Korea"),
    # reuters21578/articles/18583.txt
    ("The company said the nine aircraft, together with two other\nDC-10ER's ordered earlier this year by Thai Air, are "
     "worth\nabout one billion dlrs.", "Thailand"),
]

# bbc/business/130
AIR_FORCE = ("But the Indian Air Force is also considering proposals from other foreign firms such as France's Dassault "
             "Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich.")


@pytest.mark.parametrize(("text", "country"), AIRLINES)
def test_an_airline_named_by_a_demonym_and_air_is_no_mention_of_its_country(run: Any, text: str, country: str) -> None:
    assert place(run(text), country) is None


def test_a_demonym_before_a_state_part_still_names_its_country(run: Any) -> None:
    assert place(run(AIR_FORCE), "India") is not None
