"""A firm's full name, ending in its legal form, before a possessive and another firm's name that the model tags as
one name ("Sun Co's Sun Refining and Marketing Co subsidiary") names two firms, the owner and its unit: two
records, not one name with the possessive inside.

Every sentence is real text, its source named beside it (line breaks of the wire joined)."""

from __future__ import annotations

from typing import Any

import pytest

OWNED = [
    # Reuters-21578 14558
    ("Sun Co's Sun Refining and Marketing Co subsidiary said it raised the price it charges contract barge customers "
     "for heating oil in New York harbor by 0.50 cent a gallon, effective today.",
     "Sun Co", "Sun Refining and Marketing Co"),
    # Reuters-21578 00114
    ("Coca-Cola Co's Entertainment Business Sector Inc unit said it formed a joint venture with an affiliate of World "
     "Film Services to acquire, produce and distribute television programming around the world.",
     "Coca-Cola Co", "Entertainment Business Sector Inc"),
]


@pytest.mark.parametrize(("text", "owner", "unit"), OWNED)
def test_a_firms_possessive_parts_it_from_its_units_name(run: Any, text: str, owner: str, unit: str) -> None:
    names = [record["name"] for record in run(text)._.organizations]
    assert owner in names and unit in names, names
