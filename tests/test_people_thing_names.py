"""A name of several words with no given name, title, calling or initial first is a thing's, a place's, a work's or a
firm's when nothing in the article shows a person and it ends in a word the article also writes in lowercase
('Magic Keyboard' beside 'wireless keyboard') or opens with a place the model tags elsewhere ('Bridgend Sony'); so
is one the article writes whole in lowercase too, whatever precedes it ('Mr. Ranking Member' beside 'the ranking
member'). A given name keeps a surname that is a common word ('Will Young').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # html-articles c00962aa...58c4 (a web page): a form of address, the role written in lowercase before
        ("Rep. Frank Lucas (R-OK), the ranking member of the full committee, asked them about the effect of multiple "
         "launches on commercial vehicles on mission safety.\n“I think, Mr. Ranking Member, that would put us in a "
         "position to make landing in 2024 very, very difficult,” Bridenstine said.", "Ranking Member"),
        # html-articles cc4aa22b...90d0 (a web page): a product
        ("The MX Keys wireless keyboard is backlit, unlike Apple’s standalone Magic Keyboard.", "Magic Keyboard"),
        # html-articles 6a72de37...2ba4 (a web page): a section heading
        ("Defensive Line\n- There is a lot to sort through here. As a defense, the Browns had 11 hits on Mason Rudolph "
         "(well, 12 if you count the helmet hit). 8 of those hits came from the defensive line.", "Defensive Line"),
        # bbc/tech/056: a video game
        ("Online soccer fans will testify to that, between bouts of arguing over which high-profile title rules "
         "supreme out of the similar-yet-hugely-different FIFA 2005 and Pro Evolution Soccer 4.",
         "Pro Evolution Soccer"),
        # bbc/tech/004: a book
        ("In 1995 Mr Negroponte published the bestselling Being Digital, now widely seen as predicting the digital "
         "age.", "Being Digital"),
        # Reuters-21578 00523: a town the article names before, then its owner's name
        ("Sony (U.K.) Ltd said it would be doubling\ncapacity at its Bridgend, Wales, television and components\n"
         "factory over the next three years in a 30 mln stg expansion.\n    The expansion, backed by Welsh office "
         "grants, would make\nBridgend Sony's biggest tv manufacturing plant in Europe with\noutput of about 500,000 "
         "tv sets per year, a spokesman said.", "Bridgend Sony"),
    ],
)
def test_things_named_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # bbc/entertainment/346: a given name before a surname the article writes in lowercase too
        ("Joss Stone, the 17-year-old soul singer from Devon, was a new entry in the young music millionaires list. "
         "The list also features Charlotte Church, Coldplay, Daniel Bedingfield, Will Young and David and Victoria "
         "Beckham.", "Will Young"),
        # bbc/entertainment/259: a given name the list may lack, then the person's deed
        ("Through the Wire was quickly joined in the UK and US charts by Slow Jamz, on which West collaborated with "
         "rapper Twista and Ray actor Jamie Foxx.", "Jamie Foxx"),
    ],
)
def test_people_with_common_words_stay(run: Any, text: str, person: str) -> None:
    assert person in people_mentions(run(text))
