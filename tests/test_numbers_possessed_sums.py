"""Numbers: a sum before a possessive is the amount of what is possessed, not of its owner: "his £71,433 minister's
salary" is a salary, "a $1.7bn donors' aid package" an aid package; a count before one still counts the owners, and a
measure says what the owner is ("the 1500m champion's time" is no time of 1500 metres).

Every excerpt is real news: BBC News (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, counted", [
    # bbc/politics/320
    ("His time out of office will, however, have lost him his £71,433 minister's salary.", "£71,433", "salary"),
    # bbc/business/491
    ("Mr Bakrie told the Bisnis Indonesia newspaper that a $1.7bn donors' aid package meant that the debt moratorium "
     "was unnecessary.", "$1.7bn", "aid package"),
])
def test_a_sum_before_a_possessive_is_the_amount_of_what_is_possessed(extractor: Any, text: str, wanted: str,
                                                                      counted: str) -> None:
    assert figure(extractor, text, wanted)["counted"] == counted


def test_a_count_before_a_possessive_counts_the_owners(extractor: Any) -> None:
    # reuters/03949
    text = ("The recent purchase of 1.5 mln\ntonnes of U.S. corn by Japan and 600,000 tonnes by South Korea\nsuggests "
            "that the two countries' demand for reliable supplies\nof corn is increasing, the U.S. Agriculture "
            "Department said.")
    assert figure(extractor, text, "two")["counted"] == "countries"


def test_a_measure_before_a_possessive_is_no_amount_of_what_is_possessed(extractor: Any) -> None:
    # bbc/sport/022
    text = ("The Olympic 800m and 1500m champion's time was inside the qualifying mark for the European Indoor "
            "Championships.")
    assert figure(extractor, text, "1500m")["counted"] != "time"
