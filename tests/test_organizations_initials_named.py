"""Initials opening a name are no evidence of a body: they open a maker's products, shows, events and venues as
often as a company's name ('VW Beetle', 'IE 7', 'CBBC Newsround', 'GE Galan'), and a person's ('JK Rowling').
Such a name needs support of its own (``organizations.support``).

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_org",
    [
        # bbc/business/049: a car model
        ("\"The risk is that after they've invested massively in the brand, demand tapers off like it did with the "
         "new VW Beetle,\" said Brad Wernle, from Automotive News Europe.", "VW Beetle"),
        # bbc/business/026: car models in the plural
        ("In addition, the car giant is calling back 17,815 Buick Raniers, Chevrolet Trailblazers, GMC Envoys and "
         "Isuzu Ascenders from the 2005 model years because the windshield is not properly fitted and could fall "
         "out in a crash.", "GMC Envoys"),
        # bbc/tech/020: a program's version
        ("Test versions of the new program, called IE 7, are due to be released by the summer.", "IE 7"),
        # bbc/sport/056: an athletics meeting
        ("Kluft showed impressive early-season form on Tuesday in Stockholm's GE Galan meeting, winning the sprint "
         "hurdles, the long jump and the 400m.", "GE Galan"),
        # bbc/tech/056: a game
        ("In terms of gameplay, I marginally preferred EA's NBA Live 2005 for basketball, and was more satisfied ice "
         "hockey-wise by ESPN's NHL 2K5.", "NBA Live 2005"),
        # bbc/entertainment/014: a writer
        ("Previous winners have included JK Rowling, Jacqueline Wilson and Dick King-Smith.", "JK Rowling"),
    ],
)
def test_initials_open_no_body(run: Any, text: str, not_org: str) -> None:
    assert not_org not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # bbc/business/032: a body's word after the initials
        ("UFJ Holdings, Japan's fourth-largest bank, has been at the centre of a fierce bid battle over the last "
         "year.", "UFJ Holdings"),
        # bbc/tech/046: a broadcaster's name
        ("BBC Sport Interactive fought off competition from CBBC Newsround and the Guardian to take home the best "
         "news and sport trophy for its coverage of England's exit from Euro 2004.", "BBC Sport Interactive"),
    ],
)
def test_bodies_opening_with_initials_stay(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))
