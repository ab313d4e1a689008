"""An article before an amount in digits or a number word is no part of it: 'for a 36 hour working week' is 36
hours (PT36H, the span '36 hour'), 'for a five year facility' five years, not one more; 'a hundred years', 'a
dozen years' and 'a couple of days' keep theirs. Real sentences from Reuters, the BBC and web pages (source named
beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, wanted, value", [
    ("FNV spokesman Bert Duim said the union was prepared to put their key demand, for a 36 hour working week, at "
     "the bottom of the agenda.", "36 hour", "PT36H"),  # reuters 12768
    ("The longest I played was a 24 hour straight session.", "24 hour", "PT24H"),  # bbc tech/401
    ("If my maths is right, a 35 hour week at £5 an hour is £175.", "35 hour", "PT35H"),  # bbc politics/380
    ("\"Going upstairs to bed was a 30 minute activity, as I could only manage two steps at a time.\"", "30 minute",
     "PT30M"),  # web 9eef8162 (shortened)
    ("The company said the work is for a 34 month SDI Boost Surveillance and Tracking System demonstration.",
     "34 month", "P34M"),  # reuters 06857 (shortened)
    ("Vneshtorgbank, the Soviet Foreign Trade bank, is seeking an increase to 250 mln stg from the original 150 mln "
     "for a five year, sterling bankers' acceptance facility, Lloyds Merchant Bank Ltd said as arranger.",
     "five year", "P5Y"),  # reuters 03231 (shortened)
    ("The only other major eurocredit, a 500 mln dlr deal under the agency of Gulf International Bank, is still in "
     "a two year grace period.", "two year", "P2Y"),  # reuters 00288 (shortened)
    ("They took as their reference an existing mission study to send six humans to Mars and back in a five year "
     "timescale.", "five year", "P5Y"),  # web e1c7023e
    ("Hailey worked as a screenwriter for a couple of years, before turning to novels.", "a couple of years", "P2Y"),
    # bbc entertainment/016
])
def test_an_article_before_digits_adds_nothing(run, text, wanted, value):
    assert [(record["text"], record["value"]) for record in dates(run, text) if record["type"] == "duration"] \
        == [(wanted, value)]
