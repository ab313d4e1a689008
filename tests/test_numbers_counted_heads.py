"""Numbers: what a figure counts is headed by a noun: never by a verb the tagger took for a noun ("an £800m bid
undervalues club prospects"), nor by a word past a spaced dash, which sets off a wire's source tag ("at 7-3/4 pct -
dealers") or a list naming what was counted ("its three marques - BMW, Mini and Rolls-Royce": marques).

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN), BBC News
(bbc/topic/NNN), saved web pages (html/<first 12 characters of the file name>).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest


def figure(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    found = [n for n in extractor.extract(text).numbers if n["text"].startswith(wanted)]
    assert found, f"no number starting {wanted!r}"
    return found[0]


@pytest.mark.parametrize("text, wanted, counted", [
    # reuters/09841: "set" is a participle describing the record
    ("The daily auction was the biggest of the year and comes\nafter the previous record set last June 6 of 1,240 "
     "billion\npesetas.", "1,240", None),
    # bbc/business/179: "undervalues" takes an object
    ("Irish billionaires Mr McManus and Mr Magnier are said to believe that an £800m bid undervalues club prospects.",
     "£800m", "bid"),
])
def test_a_verb_the_tagger_took_for_a_noun_is_never_counted(extractor: Any, text: str, wanted: str,
                                                             counted: Optional[str]) -> None:
    assert figure(extractor, text, wanted)["counted"] == counted


@pytest.mark.parametrize("text, wanted, not_counted", [
    # reuters/21468 (a headline-only story)
    ("Bank of France added money market liquidity at 7-3/4 pct - dealers", "7-3/4", "dealers"),
    # reuters/16757
    ("Tokyo stock index rises 69.92 to record closing 23,938.35 - brokers", "23,938.35", "brokers"),
    # reuters/07554
    ("German M3 rose 2.6 billion marks in February to 1,035.1 billion - Bundesbank", "1,035.1", "Bundesbank"),
    # reuters/05844
    ("U.K. FEB PSBR REPAYMENT 300 MLN STG, 11 MONTH REQUIREMENT 100 MLN - OFFICIAL", "100 MLN", "OFFICIAL"),
])
def test_a_wire_source_tag_after_a_spaced_dash_is_never_counted(extractor: Any, text: str, wanted: str,
                                                                 not_counted: str) -> None:
    found = figure(extractor, text, wanted)
    assert found["counted"] != not_counted and not_counted not in found["text"]


@pytest.mark.parametrize("text, wanted, counted", [
    # bbc/business/056
    ("The luxury carmaker saw strong sales of its three marques - BMW, Mini and Rolls-Royce - in Asia last year.",
     "three", "marques"),
    # bbc/sport/048
    ("The tribunal panel will consist of five members - president Konstantinos Panagopoulos and Panagiotis Dimakos, "
     "Haralabos Hrisanthakis, Stilianos Perakis and Ioannis Kotsis.", "five", "members"),
    # reuters/09793
    ("the IWC says in a survey of support prices in the five main wheat\nexporters - Argentina, Australia, Canada, "
     "the EC and the U.S.", "five", "main wheat\nexporters"),
])
def test_a_list_after_a_spaced_dash_leaves_the_noun_before_it_counted(extractor: Any, text: str, wanted: str,
                                                                      counted: str) -> None:
    found = figure(extractor, text, wanted)
    assert found["counted"] == counted and " - " not in found["text"]


@pytest.mark.parametrize("text, wanted, counted", [
    # html/9a440270bf86: a noun with a subject in a small clause is still a noun
    ("Portugal allowed only one shot on goal and converted half of its four chances to make it seven victories out of "
     "eight in all competitions.", "seven", "victories"),
    # reuters/00059: a freight market's bid
    ("- March Ohio River bid at yesterday's traded level of 125 pct, offered at 132-1/2.", "125", "bid"),
])
def test_a_noun_with_a_subject_still_counts(extractor: Any, text: str, wanted: str, counted: str) -> None:
    assert figure(extractor, text, wanted)["counted"] == counted
