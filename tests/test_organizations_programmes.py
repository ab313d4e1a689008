"""A broadcaster's programme or a body's scheme is no organization (the NewsFacts guide: shows are none): a name
right after an outlet's possessive ('told BBC Two's Newsnight'), or between a possessive, 'its', 'their' or 'the' and
a programme noun ('the BBC's Focus on Africa programme'; ``programme_nouns`` in ``data/organizations.json``). The
outlet stays, and so does an outlet named before the noun ("Judy Finnigan's Channel 4 show").

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

PROGRAMMES = [
    # bbc/politics/027
    ("Lord Armstrong told BBC Two's Newsnight: \"I agree ... there doesn't appear to be the sort of evidence.\"",
     "Newsnight", "BBC Two"),
    # bbc/politics/068
    ("Ex-Labour minister Frank Field told BBC Two's Newsnight programme there was a danger people would feel under "
     "pressure to \"do away\" with themselves so relatives could inherit their assets.", "Newsnight", "BBC Two"),
    # bbc/business/171
    ("\"There is a whiff of a sweetener in there,\" Anais Faraj, an analyst at Nomura told the BBC's World Business "
     "Report.", "World Business Report", "BBC"),
    # bbc/entertainment/010
    ("\"I'm extremely outraged at the hypocrisy,\" the play's organiser in Uganda, Sarah Mukasa, told the BBC's Focus "
     "on Africa programme.", "Focus on Africa", "BBC"),
    # space.com, 2019-11-18, NASA's Artemis landers (web page c50845)
    ("Today (Nov. 18), NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and "
     "Tyvak Nano-Satellite Systems, Inc. to join its Commercial Lunar Payload Services program (CLPS).",
     "Commercial Lunar Payload Services", "NASA"),
]

# bbc/entertainment/004
OUTLET_SHOW = ("The best read award, on Richard Madeley and Judy Finnigan's Channel 4 show, is part of the British Book "
               "Awards.")


@pytest.mark.parametrize(("text", "programme", "owner"), PROGRAMMES)
def test_a_programme_is_no_organization_but_its_owner_is(run: Any, text: str, programme: str, owner: str) -> None:
    names = {record["name"] for record in run(text)._.organizations}
    assert programme not in names and owner in names, names


def test_an_outlet_before_a_programme_noun_stays(run: Any) -> None:
    names = {record["name"] for record in run(OUTLET_SHOW)._.organizations}
    assert "Channel 4" in names, names
