"""A holiday's name before a thing kept or given for it names the thing, not a day: 'his Christmas cards', 'a
Christmas tree', 'Christmas presents'. Its season before trade or a time word stays a date ('Christmas sales').
Real sentences from the BBC corpus and the HTML pages (source named beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates_news import covering


@pytest.mark.parametrize("text, published", [
    ("Among his friends, his most prized pieces of writing were his Christmas cards, lovingly made documents "
     "containing poems.", "2019-11-15"),  # html 851498a2
    ("It is the 17th year that the gallery has invited an artist to dress their Christmas tree.",
     "2005-01-01"),  # bbc corpus
    ("Parents are expected to spend millions on video games as Christmas presents.", "2005-01-01"),  # bbc corpus
    ("The attachment on the e-mail poses as an electronic Christmas card but anyone opening it will simply get a "
     "virus.", "2005-01-01"),  # bbc corpus
    ("A Christmas tree that can receive text messages has been unveiled.", "2005-01-01"),  # bbc corpus
])
def test_a_holiday_naming_a_thing_is_no_date(run, text, published):
    assert covering(run, text, published, "Christmas") == []


@pytest.mark.parametrize("text, published, value", [
    ("Retailers had a poor Christmas, with sales down 2%.", "2005-01-01", "2004-12-25"),
    ("Christmas sales were better than expected, the retailer said.", "2005-01-05", "2004-12-25"),
])
def test_a_holiday_as_a_time_stays_a_date(run, text, published, value):
    assert [record["value"] for record in covering(run, text, published, "Christmas")] == [value]
