"""Words a web page or a sports report runs into a name are no part of it: a hashtag ('#Browns Greedy Williams') and
a position's or a body's letters before a given name and a surname ('Cleveland DL Larry Ogunjobi'); initials that
are the name stay ('PJ Harvey').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.people}


@pytest.mark.parametrize(
    "text, name",
    [
        # html-articles 6a72de37...2ba4 (a web page): a tweet's hashtag
        ("#Browns Greedy Williams has been solid in run support and tackling so far this season. He averages one miss "
         "for every 22 tackle attempts (T-15th) and is top-20 in both run defense (75.5) and tackling grade (77.4) "
         "among 127 qualifying CBs pic.twitter.com/I8NWz4blQC", "Greedy Williams"),
        # html-articles 08f79376...2b56 (a web page): a defensive lineman
        ("The Steelers spent Monday trying to distance themselves from Thursday night's fight that led to multi-game "
         "suspensions for Browns pass rusher Myles Garrett and Pittsburgh center Maurkice Pouncey. Cleveland DL Larry "
         "Ogunjobi also received a one-game suspension for shoving Pittsburgh quarterback Mason Rudolph to the "
         "ground, and both teams received $250,000 fines.", "Larry Ogunjobi"),
    ],
)
def test_tags_are_no_part_of_a_name(run: Any, text: str, name: str) -> None:
    assert name in names(run(text))


@pytest.mark.parametrize(
    "text, not_person",
    [
        # html-articles 7bb1ca90...a61b (a web page): a journal, whose abbreviation stays with it
        ("According to the study, published in BMJ Case Reports, the 43-year-old man had suffered months of "
         "dizziness, fatigue, and breathlessness by the time he visited his local doctor in November 2016.",
         "Case Reports"),
    ],
)
def test_a_title_keeps_its_letters(run: Any, text: str, not_person: str) -> None:
    assert not_person not in names(run(text))
