"""A yearless month the words place before publication keeps its past reading: 'back in March', 'as of March 20',
'the March high', or a past verb it dates itself ('In December, the firm bid', written in November), where the
nearest March or December would be the one ahead. Real sentences from saved web pages (html-articles, file named
by the start of its hash) and BBC News, with the page's publication date (a BBC story's assumed from its text)."""

from __future__ import annotations

import pytest

from tests.test_dates import only


@pytest.mark.parametrize("text, published, wanted, value", [
    ("Although fleet sales were up from 13.2 percent in September, it’s still down from the March high of 21.8 "
     "percent and the prior 12-month average of 15.2 percent.", "2019-11-20", "March", "2019-03"),  # html 9ebb3af656
    ("That deal closed in June 2018; Soon-Shiong remains a major shareholder of Tribune, with 24.4% of the company "
     "as of March 20.", "2019-11-19", "March 20", "2019-03-20"),  # html 8634d1211c
    ("Samsung was the first to release AirPlay 2 support for wirelessly sending audio or video from an Apple device "
     "to a smart TV back in March.", "2019-11-18", "March", "2019-03"),  # html cc4aa22b82
    ("In December, the firm bid $16.50 per share for Tribune, the owner of the Chicago Tribune, New York Daily News, "
     "Baltimore Sun and Hartford Courant, and the former owner of The Times.", "2019-11-19", "December",
     "2018-12"),  # html 8634d1211c
    ("I tell you what I really enjoyed this year, Benita Johnson winning the world cross country championships back "
     "in March.", "2004-12-20", "March", "2004-03"),  # BBC sport/034
])
def test_words_that_place_a_month_in_the_past(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


@pytest.mark.parametrize("text, published, wanted, value", [
    ("Tulsi Gabbard, businessman Andrew Yang and Steyer are under enormous pressure to break out given their status "
     "as the only candidates onstage who haven’t yet qualified for the December debate.", "2019-11-20", "December",
     "2019-12"),  # html aec5deeaad
    ("Several of the contenders for best picture at the Oscars on Feb. 9 were not nominated.", "2020-01-20",
     "Feb. 9", "2020-02-09"),  # the date of a noun, not of the past verb
])
def test_without_such_words_the_nearest_month_stands(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value
