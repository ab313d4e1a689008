"""A number word written with a capital inside a sentence, before a capitalised word, names something ("the
Six Nations", "Six Feet Under") even where the tagger reads the word after it as a common noun; a count at the
start of a sentence, after a colon or in a title-case line stays a count."""

from __future__ import annotations

from typing import Any

import pytest

NAMES = [
    # bbc sport/333
    "Sidoli is back for the first time since last season's Six Nations, the Blues second row back to form after a "
    "niggling groin problem.",
    # bbc sport/383
    "With Mike Tindall ruled out of the opening two matches and Will Greenwood sidelined for the entire Six Nations, "
    "Tait is one of six or seven contenders for the two centre berths.",
    # bbc sport/394
    "England centre Mike Tindall is to seek a second opinion before having surgery on a foot injury that could force "
    "him to miss the entire Six Nations.",
    # bbc entertainment/099
    "The festival closed with a screening of the film I Heart Huckabees, starring Jude Law and Dustin Hoffman and "
    "directed by Three Kings film-maker David O Russell.",
    # bbc tech/011
    "New episodes of 24, Desperate Housewives and Six Feet Under, appear on the web hours after they are shown in "
    "the US, said a report.",
    # saved web page 7a664e40d256 (Reuters, 2019)
    'Sondland and Energy Secretary Rick Perry formed an "irregular" channel, for which they were known as the '
    '"Three Amigos."',
]

COUNTS = [
    # bbc sport/407: a headline line, then the first sentence
    ("Scotland 18-10 Italy\n\nSix Chris Paterson penalties gave Scotland victory in a dour but clinical encounter "
     "against Italy at Murrayfield.", "Six Chris Paterson penalties", 6),
    # saved web page 961bd85ca85a (a police log)
    ("Christopher L. Tays: Two Bartholomew County warrants, one out-of-county warrant, possession of marijuana.",
     "Two Bartholomew County warrants", 2),
    # bbc tech/011
    ('"Two clicks and your favourite programme is downloading. In effect, the internet is now a global video '
     'recorder."', "Two clicks", 2),
]

CAPITALISED = ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


@pytest.mark.parametrize("text", NAMES)
def test_a_capitalised_number_word_before_a_capitalised_word_names_something(extractor: Any, text: str) -> None:
    assert not [n for n in extractor.extract(text).numbers if n["text"].startswith(CAPITALISED)]


@pytest.mark.parametrize("text, wanted, value", COUNTS)
def test_a_capitalised_count_that_opens_a_sentence_or_a_list_item_stays(extractor: Any, text: str, wanted: str,
                                                                          value: int) -> None:
    assert [n["value"] for n in extractor.extract(text).numbers if n["text"] == wanted] == [value]
