"""A street address is a building, no organization (GUIDE: buildings are none): a house's number in figures, a name
and a street's word ('the door of 10 Downing Street'); the street's name alone, standing for the office in it, stays
('Downing Street said').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text",
    [
        # BBC politics/007
        ("In what was seen as a highly personal speech in Gateshead on Sunday, Mr Blair said: \"I have the same "
         "passion and hunger as when I first walked through the door of 10 Downing Street.\""),
        # BBC politics/308
        "That in turn paved the way for John Major to move into 10 Downing Street, after the second ballot.",
        # BBC politics/155
        ("On Monday the Pakistani president met Prime Minister Tony Blair at 10 Downing Street, on his first official "
         "visit to London."),
    ],
)
def test_a_street_address_is_no_body(run: Any, text: str) -> None:
    assert not any("Downing Street" in name for name in names(run(text)))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC politics/027
        ("But Downing Street said Mr Blair should be judged by results not his style.", "Downing Street"),
    ],
)
def test_the_street_standing_for_its_office_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))
