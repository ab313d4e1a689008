"""A wire table's 'versus 294,000 week ago' is short for 'a week ago' after the figure it compares: a figure other than
one counts no singular unit, so the date is 'week ago', a week before the story's day, and the figure no part of it.
'two weeks ago' and '1 week ago' keep their figures. Texts from Reuters-21578 (source named per case)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates

FIGURES = [
    # (text, publication date, the dates as (text, value))
    pytest.param(  # Reuters-21578 16255 (USDA hog slaughter)
        "today's hog slaughter at about 280,000 to 300,000 head versus\n294,000 week ago and 303,000 a year ago.",
        "1987-04-13", [("today", "1987-04-13"), ("week ago", "1987-04-06"), ("a year ago", "1986")], id="hogs"),
    pytest.param(  # Reuters-21578 16255 (the same report's cattle)
        "    Cattle slaughter is guesstimated at about 120,000 to\n126,000 head versus 120,000 week ago and 124,000 a "
        "year ago.",
        "1987-04-13", [("week ago", "1987-04-06"), ("a year ago", "1986")], id="cattle"),
    pytest.param(  # Reuters-21578 10083 (an earnings note)
        "    Note: net losses included extraordinary losses of 4,904,000\nin 4th qtr vs 232,000 year ago and "
        "extraordinary losses for\nyear of 2,056,000 vs 460,000 a year ago.",
        "1987-03-26", [("year ago", "1986"), ("a year ago", "1986")], id="earnings"),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURES)
def test_a_figure_before_a_singular_unit_ago_is_no_part_of_the_date(run, text, published, expected):
    assert [(record["text"], record["value"]) for record in dates(run, text, published)] == expected
