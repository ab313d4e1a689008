"""A name in a list of examples of things is a thing's, no person's ('films such as ... Billy Elliot'); a list after
a noun with any sense for people or groups keeps its people ('media figures such as Katie Couric'), as do an owner
of the thing and a title before the name.

Every text is real, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # bbc/entertainment/034: films
        ("The production company is behind films such as My Beautiful Laundrette, Billy Elliot, About A Boy, Shaun "
         "of The Dead and Bridget Jones: The Edge of Reason.", "Billy Elliot"),
        # html-articles 680c2848... (a web page): platforms
        ("Primarily, Google tells us you should expect to buy, not rent cloud games for the same retail prices you'd "
         "find on other platforms like PlayStation Network, Xbox Live, and Steam.", "Xbox Live"),
    ],
)
def test_examples_of_things_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # html-articles 87bf6057... (a web page): 'figure' has a sense for people
        ("Let’s hope we see more of Epstein’s associates — from politicians such as Bill Clinton and President Trump "
         "to media figures such as Katie Couric, George Stephanopoulos, and Chelsea Handler — grilled about their "
         "connections with him.",
         "George Stephanopoulos"),
        # bbc/entertainment/012: playwrights
        ("As well as Liam Neeson, it also launched the careers of Adrian Dunbar and Stephen Rea and playwrights such "
         "as Martin Lynch and Gary Mitchell.", "Gary Mitchell"),
    ],
)
def test_examples_of_people_stay(run: Any, text: str, person: str) -> None:
    assert person in people_mentions(run(text))
