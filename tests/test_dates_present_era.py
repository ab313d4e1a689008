"""'today' meaning these days is TimeML's PRESENT_REF, as 'now' is, with or without a publication date; 'today'
telling the day of the story keeps that day. Real sentences from the BBC, Reuters and web-page corpora (source
named beside each; a few are shortened)."""

from __future__ import annotations

import pytest

from tests.test_dates import only


@pytest.mark.parametrize("text, published", [
    ("I remember spending many an hour playing this and it still works today!", None),  # bbc tech/379
    ("Roughly 80% of the things we found 10 years ago are still an issue today,\" he said.", None),  # bbc tech/168
    ("The scandal was a key factor in a global slide in share prices and the reverberations are still being felt "
     "today.", None),  # bbc business/251
    ("Her heartbreak over Mike Ford's death, an event that still leaves her angry today, helped push her further "
     "out of the industry.", "2019-11-15"),  # web 851498a2
    ("What we're talking about is an enhancement of radio as we know it today.", None),  # bbc tech/305
    ("That emergent phenomenon might be essential to understanding why our universe appears as it is today 13.8 "
     "billion years after the Big Bang.", "2019-11-19"),  # web 3c5bf8db
    ("It should feel as good as or better than best consoles that exist today.", "2019-11-19"),  # web 8267acac
    ("What commercial launch vehicles exist today or that are in development that can or will be able to launch "
     "the HLS?", "2019-11-18"),  # web c00962aa
    ("Key priorities identified by MOTIE in the roadmap include a reduction in solar module costs from around "
     "$0.23/W today to $0.10 by 2030.", "2019-11-20"),  # web b0cf2bbf
    ("The Magic Roundabout will never appeal to the children of today as it did all those many years ago.",
     None),  # bbc entertainment/353
])
def test_today_meaning_these_days_is_the_present(run, text, published):
    found = only(run, text, published, "today")
    assert (found["value"], found["earliest"]) == ("PRESENT_REF", None)


@pytest.mark.parametrize("text, published, value", [
    ("Those people will certainly be heartened by today's judgement.", "2005-02-10", "2005-02-10"),
    # bbc politics/173
    ("Stadia, Google's streaming gaming platform, launches today.", "2019-11-19", "2019-11-19"),  # web 680c2848
    ("Fortunately, the price of the Airpods 2 has dropped today to the lowest price we've ever seen.", "2019-11-18",
     "2019-11-18"),  # web 287e4d9f
    ("Democrats and Republicans today were still trying to arrive at a compromise.", "1987-04-01", "1987-04-01"),
    # reuters 11082 (shortened)
    ("Grain handling at Rotterdam port's main grain terminal was at a standstill today as members of the largest "
     "Dutch transport union FNV staged a lightning strike.", None, None),  # reuters 12768 (shortened)
])
def test_today_telling_the_day_of_the_story_keeps_it(run, text, published, value):
    assert only(run, text, published, "today")["value"] == value
