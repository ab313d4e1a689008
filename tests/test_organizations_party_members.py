"""A party's members' plural the model tags as a person's name is the party all the same, since no plural names a
person ('the Lib Dems were the third party'), and where the article also gives the party's name, that name, not the
members' plural of as many words, names the record ('Liberal Democrats', not 'Lib Dems').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

MEMBERS = [
    # BBC politics/269
    ("Only a quarter of 14-16 year olds knew that Labour was the government, the Tories were the official Opposition "
     "and the Lib Dems were the third party."),
    # BBC politics/403
    ("Both the Tories and the Lib Dems are keen to emphasise a perceived lack of trust in Tony Blair, following his "
     "claims over Iraqi weapons."),
    # BBC politics/300
    "The Lib Dems have pledged to oppose the bill when it is debated next Monday.",
]

# BBC politics/335 (two sentences of it)
NAMED = ("Labour say a Lib Dem vote could \"let the Tories in\", while the Tories say the Lib Dems would mean \"higher "
         "taxes, soft crime laws, more power to Europe\". The Liberal Democrats say in the northern cities, the race "
         "is between them and Labour, while in southern seats - particularly the south west - it is between them and "
         "the Tories.")


@pytest.mark.parametrize("text", MEMBERS)
def test_a_partys_members_tagged_a_person_are_the_party(run: Any, text: str) -> None:
    parties = {mention["text"]: record["type"] for record in run(text)._.organizations
               for mention in record["mentions"]}
    assert parties.get("Lib Dems") == "party", parties


def test_the_partys_name_names_the_record_of_its_members_plural(run: Any) -> None:
    names = {record["name"]: record["aliases"] for record in run(NAMED)._.organizations if record["type"] == "party"}
    assert "Liberal Democrats" in names and "Lib Dems" in names["Liberal Democrats"], names
