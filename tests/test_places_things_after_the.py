"""A small town's name the article also writes after 'the' and before a verb or a possessive is a thing's name, not
the town's, at every mention: no town takes the article ('the Crystal is the best looking of all the DualShock
controllers' is a controller's colour, not Crystal, Minnesota; "the Republic's only victory" is Ireland's side, not
Republic, Missouri).

Every text is real, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

THINGS = [
    # web page 287e4d9f (a deals page: a heading and the sentence after it)
    ("PS4 DualShock Controller in Crystal for $39. In my opinion, the Crystal is the best looking of all the "
     "DualShock controllers.", "Crystal"),
    # BBC sport/132
    ("In their last meeting, the Irish beat Italy in the 1994 World Cup Finals. However, that is the Republic's only "
     "victory in eight attempts against the Italians who have won all the other seven games.", "Republic"),
]


@pytest.mark.parametrize(("text", "name"), THINGS)
def test_a_small_towns_name_after_the_and_before_a_verb_or_possessive_is_no_place(run: Any, text: str,
                                                                                  name: str) -> None:
    places = [place["name"] for place in run(text)._.places]
    assert name not in places, places
