"""People: a name ending in the word for a park, an island, a lake, a river or a street, with no given name first or
of three words or more, is a place's unless the article shows a person ('Bryce Canyon National Park'); a given name
and one such word is a person's name (session 23)."""

from __future__ import annotations

import pytest


def names_of(run, text: str, published: str) -> list[str]:
    return [record["name"] for record in run(text, published)._.people]


@pytest.mark.parametrize("text, place, published", [
    # bbc/tech/201.txt
    ("The first image of such a size was manually constructed by US photographer Max Lyons in November 2003. That "
     "image portrayed Bryce Canyon National Park, in Utah, and was made up of 196 separate photographs.",
     "Bryce Canyon National Park", "2005-01-01"),
])
def test_a_place_features_name_is_no_person(run, text, place, published):
    assert place not in names_of(run, text, published)


def test_the_photographer_beside_the_park_stays(run):
    # bbc/tech/201.txt
    text = ("The first image of such a size was manually constructed by US photographer Max Lyons in November 2003. "
            "That image portrayed Bryce Canyon National Park, in Utah, and was made up of 196 separate photographs.")
    assert "Max Lyons" in names_of(run, text, "2005-01-01")
