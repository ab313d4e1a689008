"""A name the model runs on over a paragraph's break ends before it: the next paragraph's first words are no part of
it ('General Instrument Corp.\n    S and P cited').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

RUN_ON = [
    # Reuters-21578 15770
    ("Standard and Poor's Corp said it may\ndowngrade the A-2 commercial paper of General Instrument Corp.\n    S and "
     "P cited the firm's 80 mln dlr loss for fiscal 1987", "General Instrument Corp."),
    # Reuters-21578 02651
    ("Standard and Poor's Corp said it\naffirmed the ratings on 255 mln dlrs of debt of Triangle\nIndustries Inc and "
     "the unit National Can Corp.\n    S and P cited an increase in Triangle's equity base to", "National Can Corp."),
    # Reuters-21578 12578
    ("Standard and Poor's Corp said it raised\nto A from BBB-plus the preferred stock of MDU Resources Group\nInc.\n"
     "    S and P affirmed the company's A-rated first mortgage bonds", "MDU Resources Group Inc."),
]


@pytest.mark.parametrize("text, name", RUN_ON)
def test_a_name_ends_before_a_paragraph_break(run: Any, text: str, name: str) -> None:
    names = {record["name"] for record in run(text)._.organizations}
    assert name in names and not any(found.startswith(name + " ") for found in names)
