"""Stages and series of competitions are no bodies, though the model tags them organizations by their 'Group':
a stage word before one letter ('to win Group D', 'top spot in Group A'), and a name headed by 'Series' or 'Draft'
('the Monster Energy NASCAR Cup Series', 'the 2019 Major League Soccer Expansion Draft').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_org",
    [
        # html-articles 9a440270...a5806901b (a web page)
        ("On Monday, Switzerland and Denmark clinched. Denmark got a 1-1 draw at Ireland, while Switzerland beat "
         "Gibraltar 6-0 to win Group D. The day before, Portugal made it as Bruno Fernandes scored the winner in the "
         "first half.", "Group D."),
        # html-articles 0d461229...daf150a0 (a web page): the model tags the stage word alone
        ("Kazakhstan also needed the doubles match to beat the Netherlands 2-1 and clinch its first away Davis Cup "
         "win since 2011.\nThe Group E victory came after Mikhail Kukushkin and Alexander Bublik defeated Robin "
         "Haase and Jean-Julien Rojer 6-4, 7-6 (2).", "Group"),
        # bbc/sport/497
        ("Argentina claimed top spot in Group A with three wins from three matches.", "Group A"),
        # html-articles 9a440270...a5806901b (a web page): a league's draft
        ("Here's what you need to know about the 2019 Major League Soccer Expansion Draft",
         "Major League Soccer Expansion Draft"),
    ],
)
def test_stages_and_series_are_no_bodies(run: Any, text: str, not_org: str) -> None:
    assert not_org not in org_mentions(run(text))


def test_a_group_named_for_its_trade_stays(run: Any) -> None:
    # Reuters-21578 00375
    doc = run("ICI Pharma and Stuart will operate\nas separate units of ICI Pharmaceuticals Group, it said.")
    assert "ICI Pharmaceuticals Group" in org_mentions(doc)
