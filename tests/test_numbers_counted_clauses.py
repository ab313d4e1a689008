"""Numbers: what a figure counts stops where its noun phrase does: a noun after the figure and a comma is an
apposition, no object a change verb moved ("widened to more than $60bn (£31.7bn), an all-time record" counts the gap);
a comma and a conjunction end the counted phrase ("20 pct of the company's common, or announces or commences a tender
offer": common); an adjective standing as a noun after "of" keeps its possessor ("20 pct or more of the companyt's
common": common, not the person before "of"); a threshold a count crossed is not what it counts ("topped the 100,000
mark").

Every excerpt is real news: Reuters-21578 (reuters/NNNNN), with the wire's line breaks, and BBC News
(bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, counted", [
    # bbc/business/440
    ("The gap between US exports and imports has widened to more than $60bn (£31.7bn), an all-time record.",
     "more than $60bn", "gap"),
    # bbc/business/440: the restatement in brackets counts what its sum counts
    ("The gap between US exports and imports has widened to more than $60bn (£31.7bn), an all-time record.",
     "£31.7bn", "gap"),
    # bbc/business/194
    ("Overall, the BBA said mortgage lending rose by £4bn in January, a far smaller increase than the £5.1bn seen in "
     "December.", "£4bn", "mortgage lending"),
])
def test_a_noun_after_the_figure_and_a_comma_is_no_object_the_verb_moved(extractor: Any, text: str, wanted: str,
                                                                         counted: str) -> None:
    assert figure(extractor, text, wanted)["counted"] == counted


@pytest.mark.parametrize("text, wanted, counted", [
    # reuters/06180
    ("The rights will be exercisable 10 days after a person or\ngroup buys 20 pct of the company's common, or "
     "announces or\ncommences a tender offer that would result in acquisition of 30\npct or more of its common.",
     "20 pct", "common"),
    # reuters/07354
    ("Erbamont N.V. said its major\nshareholder <Montedison SpA>, which owns 85 pct of its common,\nand Farmitalia "
     "Carlo Erba, its "
     "75 pct owned subsidiary, have\nacquired <Antibioticos S.A.> and related subsidiaries.", "85 pct", "common"),
    # reuters/06180
    ("Midway can redeem the rights at two cts each at any time\nprior to expieration of 10 days after the acquisition "
     "by any\nperson of 20 pct or more of the companyt's common, it said.", "20 pct or more", "common"),
    # reuters/11680
    ("Charter Co said its\npreviously announced joint plan of reorganization has been\ncompleted, which resulted in "
     "<American Financial Corp> owning\n50.5 pct of Charter's common.", "50.5 pct", "common"),
])
def test_a_percentage_of_common_stock_counts_the_common(extractor: Any, text: str, wanted: str,
                                                        counted: str) -> None:
    found = figure(extractor, text, wanted)
    assert found["counted"] == counted and "," not in found["text"]


@pytest.mark.parametrize("text, wanted", [
    # bbc/tech/034
    ("In September 2004, the number of malicious programs circulating topped the 100,000 mark.", "100,000"),
    # bbc/tech/146
    ("The total number of people online in Europe has broken the 100 million mark.", "100 million"),
    # bbc/business/272
    ("Analysts believe the stock market will rise above the 25,000 mark for the first time", "25,000"),
])
def test_a_threshold_the_count_crossed_is_not_what_it_counts(extractor: Any, text: str, wanted: str) -> None:
    counted: Optional[str] = figure(extractor, text, wanted)["counted"]
    assert counted is None or "mark" not in counted
