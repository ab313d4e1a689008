"""A point is a unit of prices, rates, polls and indexes, no thing counted: a figure of points written with a
fraction or decimals, or the amount of a move, is a measure in points ("lowered by 0.37 point", "5/8 point over
the benchmark rate", "forecast to drop one point"), while the whole points a game scores stay a count."""

from __future__ import annotations

from typing import Any

import pytest

MEASURES = [
    # BBC business 295: a survey's index moves by a point
    ("Confidence among non-manufacturers was unchanged in the final quarter of 2004, but it is forecast to drop one "
     "point in the March survey.", "one point"),
    # Reuters-21578 00322: a rate cut
    ("The bank also said time deposit rates will be lowered by\n0.37 point, effective March 16, in line with the "
     "half-point cut", "0.37 point"),
    # Reuters-21578 00270: a margin over a rate
    ("Ongpin wants 5/8 point over the benchmark rate, which is\ncurrently hovering around 6-1/2 pct.", "5/8 point"),
    # Reuters-21578 06216: a stock price's move in whole points
    ("July 21, the day after the Colt recapitalization was\nannounced, its common stock rose almost 27 points.",
     "almost 27 points"),
    # Reuters-21578 18433: a share of growth
    ("Domestic demand contributed 0.7 percentage point to real\ngnp growth in January/March, while foreign trade added "
     "0.5\npoint.", "0.5 point"),
]


def _number(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    return next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)


@pytest.mark.parametrize("text, wanted", MEASURES)
def test_points_of_a_price_rate_or_index_are_a_measure(extractor: Any, text: str, wanted: str) -> None:
    number = _number(extractor, text, wanted)
    assert (number["kind"], number["unit"]) == ("measure", "point")
    assert number["counted"] not in ("point", "points")


SCORES = [
    # BBC sport 275: a gap in a league table
    ("Real slipped to 13 points behind leaders Barcelona with a 1-0 defeat at the hands of Sevilla on Wednesday.",
     "13 points"),
    # BBC sport 311: points a player scores
    ("Denis Hickie and third penalty from Ronan O'Gara, who kicked 13 points, extended the lead.", "13 points"),
]


@pytest.mark.parametrize("text, wanted", SCORES)
def test_whole_points_a_game_scores_stay_a_count(extractor: Any, text: str, wanted: str) -> None:
    number = _number(extractor, text, wanted)
    assert number["kind"] == "count" and number["unit"] is None
