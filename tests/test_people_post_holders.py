"""A given name inside the model's organization entity, right where the organizations end a body's name after a
capitalised post's 'of', is the post's holder, the post his role ('Governor of the Bank of England Robin
Leigh-Pemberton').

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any


def test_the_holder_after_a_post_of_a_body_is_a_person_with_the_post(run: Any) -> None:
    # Reuters-21578 00419
    doc = run("    Funaro and Gros are today meeting British Chancellor of the\nExchequer Nigel Lawson, Foreign Secretary "
              "Geoffrey Howe and\nGovernor of the Bank of England Robin Leigh-Pemberton.")
    people = {record["name"]: record["roles"] for record in doc._.people}
    assert people.get("Robin Leigh-Pemberton") == ["Governor of the Bank of England"]
    assert [record["name"] for record in doc._.organizations if "England" in record["name"]] == ["Bank of England"]
