"""The level a move reached when the parser hangs its "to" on the amount ("were off 0.2 pct to\n1.25 billion dlrs",
"fell 37 pct to\n516,000 tonnes") or on a verb that moves nothing itself, beside its "up" or "down" ("was up 1-1/8
points to 11 dlrs", "closed up 23 points to 6661.89"): the wire writes the pattern the same in every sentence, and
each sentence's level is a change with its start, its amount and what moved."""

from __future__ import annotations

from typing import Any, Optional

import pytest

RESULTS = [
    # Reuters-21578 15554: "to" hangs on "pct", the amount of "off"
    ("The company said total company sales were off 0.2 pct to\n1.25 billion dlrs from 1.26 billion dlrs.",
     "1.25 billion dlrs", "down", 1260000000, "total company sales"),
    # Reuters-21578 15554
    ("Penney said sales for ther first nine weeks of its fiscal\nyear for its JCPenney stores and catalogs were up 1.3 "
     "pct to\n1.90 billion dlrs from 1.87 billion dlrs a year before, with\nsame-store sales up 1.2 pct.",
     "1.90 billion dlrs", "up", 1870000000, "sales"),
    # Reuters-21578 00327: "to" hangs on "pct", the amount of "fell"
    ("Rapeseed and meal usage during the season also rose 14 pct\nto 409,000 tonnes from 360,000, but citruspulp fell "
     "37 pct to\n516,000 tonnes from 826,000.", "516,000 tonnes", "down", 826000, "citruspulp"),
    # Reuters-21578 01618
    ("GM said year-to-date car sales were off 29.3 pct to 529,206\nfrom 748,119 a year before and truck sales were off "
     "13.3 pct to\n207,241 from 238,955.", "207,241", "down", 238955, "truck sales"),
    # Reuters-21578 00520: "to" hangs on "was", beside its "up"
    ("The company's stock was up 1-1/8 points to 11 dlrs.", "11 dlrs", "up", None, "stock"),
    # BBC business 031: "to" hangs on "closed", beside its "up"
    ("The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday, fuelled by strong growth in "
     "banking and financial stocks.", "6661.89", "up", None, "ISEQ index"),
]


def _number(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted), None)


@pytest.mark.parametrize("text, wanted, direction, start, counted", RESULTS)
def test_a_level_after_an_amount_and_to_is_the_move_s_result(extractor: Any, text: str, wanted: str, direction: str,
                                                             start: Optional[float], counted: str) -> None:
    number = _number(extractor, text, wanted)
    assert number is not None
    assert (number["change"] or {}).get("direction") == direction
    assert number["change"]["from"] == start
    assert number["counted"] == counted


def test_a_move_in_points_gives_the_index_level_its_amount(extractor: Any) -> None:
    number = _number(extractor, RESULTS[-1][0], "6661.89")
    assert number is not None and number["change"]["by"] == 23


NOT_THE_MOVE = [
    # Reuters-21578 16116: the verb is left out after the first clause; "CRA 36" is no amount of "rose"
    ("Placer Pacific rose 25 cents to 3.95 dlrs, Elders Resources\n17 to 3.20, CRA 36 to 8.70 and MIM 19 to 3.35.",
     "8.70"),
    # Reuters-21578 14639: "advances" is a noun the parser reads as a verb
    ("Declines led advances 326 to 282", "282"),
]


@pytest.mark.parametrize("text, wanted", NOT_THE_MOVE)
def test_an_amount_away_from_its_change_word_makes_no_result(extractor: Any, text: str, wanted: str) -> None:
    number = _number(extractor, text, wanted)
    assert number is None or number["change"] is None


OBJECT_MOVED = [
    # Reuters-21578 04764: the verb's object is the start, no amount, and a unit counts nothing
    ("\"The debtors have been performing well...some people argue\nthat taking 1-1/8 pct down to 13/16 pct is debt "
     "forgiveness.", "13/16 pct", None),
    # Reuters-21578 15417: "up" has its own subject, the profit; the reporting body did not move
    ("Credit Commercial de France <CCFP.PA>\nreported a parent company net profit up 34.8 pct to 140.1 mln\nfrancs "
     "from 103.9 mln francs a few weeks before its\ndenationalisation around the end of this month.",
     "140.1 mln francs", "parent company net profit"),
]


@pytest.mark.parametrize("text, wanted, counted", OBJECT_MOVED)
def test_a_verb_whose_object_moved_is_not_what_moved(extractor: Any, text: str, wanted: str,
                                                     counted: Optional[str]) -> None:
    number = _number(extractor, text, wanted)
    assert number is not None
    assert number["counted"] == counted
    assert number["change"]["by"] is None
