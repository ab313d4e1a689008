"""An article before an amount in digits is no part of it: 'for a 36 hour working week' is 36 hours (PT36H, the
span '36 hour'), not one more. Real sentences from Reuters, the BBC and web pages (source named beside each)."""

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
])
def test_an_article_before_digits_adds_nothing(run, text, wanted, value):
    assert [(record["text"], record["value"]) for record in dates(run, text) if record["type"] == "duration"] \
        == [(wanted, value)]
