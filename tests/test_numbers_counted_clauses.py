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

from typing import Any

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
