"""Whole points are a measure in points, no count, where the sentence says what they measure: a poll's lead ("a six
point lead" in a poll), a rate's margin ("three points over the prime rate"), a market's move ("futures ... close 30
to 52 points lower") or a percentage's gap ("a six pct wage rise, one point above the ... target"). A plan's points
("a five point government program") and a game's stay counts, and so do points whose sentence names basis points
(they are basis points, elided)."""

from __future__ import annotations

from typing import Any

import pytest

MEASURES = [
    # Reuters-21578 00234: a poll's lead, before "lead" and after "be"
    ("A Market & Opinion Research International (MORI) poll conducted for The Sunday Times showed the Conservatives "
     "with a six point lead, while a poll by Telephone Surveys Limited for The Sunday Express found them to be four "
     "points ahead.", "six point"),
    ("A Market & Opinion Research International (MORI) poll conducted for The Sunday Times showed the Conservatives "
     "with a six point lead, while a poll by Telephone Surveys Limited for The Sunday Express found them to be four "
     "points ahead.", "four points"),
    # Reuters-21578 13576: "ahead of" in a poll
    ("In a poll conducted for television programme TV-AM showed the Conservative Party 13 points ahead of the "
     "Oppsition Labour Party.", "13 points"),
    # Reuters-21578 05161: a lead the poll is named after
    ("Britain's ruling Conservatives have a nine point lead over the main opposition Labour Party, their biggest in "
     "two years, according to an opinion poll published in the Sunday Times.", "nine point"),
    # Reuters-21578 19034: leading by points
    ("The latest public opinion poll, published in the Melbourne Sun newspaper, showed Labour was leading the "
     "opposition by 12 points, indicating a 66-seat majority for Hawke in parliament.", "12 points"),
    # Reuters-21578 18726: a margin over a rate
    ("The company said at closing, each investor will buy 750,000 dlrs of convertible debentures bearing interest at "
     "three points over the prime rate.", "three points"),
    # Reuters-21578 03137: a rate cut in whole points
    ("For some time, fundamentals have led the market to push for a one point cut in base lending rates to 10 pct but "
     "the central bank has declined to follow wholesale money market rates down.", "one point"),
    # Reuters-21578 02256: points beside a percentage
    ("The main Socialist and Communist unions rejected an offer from the Confemetal employers' organization for a six "
     "pct wage rise, one point above the government inflation target for 1987.", "one point"),
]


def _number(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    return next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)


@pytest.mark.parametrize("text, wanted", MEASURES)
def test_whole_points_of_a_poll_rate_market_or_percentage_are_a_measure(extractor: Any, text: str,
                                                                        wanted: str) -> None:
    number = _number(extractor, text, wanted)
    assert (number["kind"], number["unit"], number["counted"]) == ("measure", "point", None)


COUNTS = [
    # Reuters-21578 18009: a survey's sentence, but the points of a plan
    ("The reform of economic regulation had gathered momentum and there was an impressive performance in a five "
     "point government program for rural uplift, education and poverty alleviation, said the survey.", "five point"),
    # BBC sport 266: a league's gap
    ("The Reds are currently sixth in the Premiership, 15 points behind leaders Chelsea.", "15 points"),
    # BBC politics 234: a charter's points
    ("The plans include a dedicated policing team for each neighbourhood and a 10 point compulsory customer "
     "charter.", "10 point"),
]


@pytest.mark.parametrize("text, wanted", COUNTS)
def test_points_of_a_plan_or_a_game_stay_a_count(extractor: Any, text: str, wanted: str) -> None:
    number = _number(extractor, text, wanted)
    assert number["kind"] == "count" and number["unit"] is None


def test_points_beside_basis_points_are_not_measured_in_points(extractor: Any) -> None:
    # Reuters-21578 19526: "25 points" are basis points, elided
    text = ("Fees total 50 basis points, with 25 points for selling and 25 for management and underwriting combined "
            "including a six basis points praecipuum.")
    assert _number(extractor, text, "25 points")["unit"] != "point"


def test_a_point_made_is_no_measure(extractor: Any) -> None:
    # Reuters-21578 17474: a point in an argument, in a sentence that names exchange rates ("One point ... is that"
    # picks a thing out: no number at all)
    text = ('In a May 1 study, he wrote: "One point in VW\'s favour is that its extraordinary policy of not hedging '
            'forward has meant that it will have less far to go in adjusting to current DM/Dollar rates than the '
            'other German manufacturers who were to a lesser or greater extent protected up to 1986.')
    assert [n for n in extractor.extract(text).numbers if n["unit"] == "point"] == []
