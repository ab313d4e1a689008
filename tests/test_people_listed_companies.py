"""A listed company's name (the stock indices' constituents of organizations_companies.json) with no given name
first is the company's, not a person's, whatever the model tags it; one opening with a given name may be its
founder's and is left to the other rules.

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # bbc/business/005
        ("Shares in UK drinks and food firm Allied Domecq have risen on speculation that it could be the target of a "
         "takeover by France's Pernod Ricard.", "Pernod Ricard"),
        # bbc/business/005
        ("The other two-thirds of Seagram was bought by market leader Diageo.", "Diageo"),
        # bbc/tech/040
        ("Mike McGuire, a research director at analyst Gartner, told the BBC News website that Apple had done a good "
         "job in \"sealing off the market from competition\" so far.", "Gartner"),
    ],
)
def test_listed_companies_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


def test_a_long_listed_company_name_is_no_person_whatever_its_first_word(run: Any) -> None:
    # reuters21578/articles/09687.txt: 'Archer' is a given name too
    text = ("    Mulligan acknowledged prior to the vote that Growmark had\nno need to belong to the cooperative since it "
            "became affiliated\nlast year with Archer Daniels Midland.")
    assert "Archer Daniels Midland" not in people_mentions(run(text, "1987-03-31"))
