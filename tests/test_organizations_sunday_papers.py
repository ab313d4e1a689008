"""A Sunday paper is one outlet under its whole name, typed media, where the model tags only the weekday paper's
word or nothing ('Sunday Telegraph journalist Robert Peston', 'told the Sunday Independent'; ``media`` in
``data/organizations.json``); a body the model tags inside the paper's name is no outlet of its own ('the Sunday' of
'told the Sunday Times Mr Campbell').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

PAPERS = [
    # BBC politics/253
    ("The book, by Sunday Telegraph journalist Robert Peston and serialised in the newspaper, said the pair had "
     "\"mutual animosity and contempt\" for each other.", "Sunday Telegraph"),
    # BBC business/417
    ("Barclays has declined to comment on the report in the Sunday Express, saying it does not respond to market "
     "speculation.", "Sunday Express"),
    # BBC sport/321
    ("\"If you speak to the players there's a huge amount of respect for the guy,\" Woodward told the Sunday "
     "Independent.", "Sunday Independent"),
]

# BBC politics/306
PIECE = "A Labour source told the Sunday Times Mr Campbell would \"effectively front\" the election media campaign."


@pytest.mark.parametrize(("text", "name"), PAPERS)
def test_a_sunday_paper_is_one_outlet_under_its_whole_name(run: Any, text: str, name: str) -> None:
    found = {record["name"]: record["type"] for record in run(text)._.organizations}
    assert found.get(name) == "media", found


def test_a_piece_of_a_papers_name_is_no_outlet(run: Any) -> None:
    found = {record["name"]: record["type"] for record in run(PIECE)._.organizations}
    assert "Sunday" not in found, found
