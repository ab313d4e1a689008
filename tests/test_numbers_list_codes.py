"""Figures in lists and tables that are no quantity: a game's line score (the score in each period and, after a
dash, their sum) and a freight list's laydays ("5-20/4": the 5th to the 20th of April).

Every sentence is real: Reuters-21578 (reuters/NNNNN) and the HTML pages of the corpus (html/<first 12 hex digits>).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import PUBLISHED


def texts(extractor: Any, text: str) -> list[str]:
    return [" ".join(n["text"].split()) for n in extractor.extract(text, published=PUBLISHED).numbers]


# html/c81e134ed499, a school sports page: a period's score and the total after the dash are scores, which the guide
# counts as no numbers (the first line's periods add up to 46, not 44: the page's slip).
ROCKLEDGE = "Palm Bay d. Rockledge 70-44\nRockledge 14 11 6 15 — 44\nPalm Bay 18 22 13 17 — 70\n"
LINE_SCORES = ["11", "6", "22", "13"]


@pytest.mark.parametrize("figure", LINE_SCORES)
def test_a_line_score_holds_no_numbers(extractor: Any, figure: str) -> None:
    assert figure not in texts(extractor, ROCKLEDGE)


# (text, figure): figures on a line of figures whose last is no sum of the others stay.
FIGURE_ROWS = [
    ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points.\n", "17 points"),  # html/c81e134ed499
]


@pytest.mark.parametrize("text, figure", FIGURE_ROWS)
def test_a_players_points_stay(extractor: Any, text: str, figure: str) -> None:
    assert figure in texts(extractor, text)


# (text, figure): a day glued by a hyphen to "day/month" opens a span of days, no count (reuters/12174, 12164).
LAYDAYS = [
    ("    Antwerp/Lagos 12,000 mt bagged sugar 750/750 try liner\ndischarge 5-20/4 a/c E D and F Man.\n", "5"),
    ("    One port A-H range/Dubai 6,800 mt bagged sugar 750/750\n10-15/4 a/c unnamed charterer.\n", "10"),
    ("    enquiries - Rouen-Hamburg/India 14,000 mt bagged sugar\n750/1,000 15-25/4 a/c Woodhouse, Drake and Carey.\n",
     "15"),
    ("    Flushing/Hodeidah and Mokha 16,800 mt bagged sugar 750/750\n9-15/4 Genoc.\n", "9"),
    ("    Itea/Dunkirk 20,000 mt bauxite seven days all purposes 10-13/4.\n", "10"),
]


# (text, figure): a bond's or a share's price with a proper fraction is a figure ("11-1/2": 11.5), no span of days.
PRICES = [
    ("quoted the same - both up 2-1/2 percentage points.", "2-1/2 percentage points"),  # reuters/00059
]


@pytest.mark.parametrize("text, figure", PRICES)
def test_a_price_with_a_fraction_stays(extractor: Any, text: str, figure: str) -> None:
    assert figure in texts(extractor, text)


@pytest.mark.parametrize("text, figure", LAYDAYS)
def test_a_day_span_of_a_month_is_no_count(extractor: Any, text: str, figure: str) -> None:
    assert figure not in texts(extractor, text)
