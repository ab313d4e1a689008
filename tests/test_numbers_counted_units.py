"""The object of a change verb that is another figure's own noun ("increase eight cts ..., rather than five cts",
"expanded one pct instead of a planned 2.5 pct") is no quantity that moved: a figure never counts a unit word."""

from __future__ import annotations

from typing import Any, Optional

import pytest

COUNTED = [
    # Reuters-21578 11625
    ("Dow also said that the selling prices for performance\ngrades of the resins to the same markets will increase "
     "eight\ncts a pound, rather than five cts as announced before.", "five cts", None),
    # Reuters-21578 00335
    ("Wage growth last year outstripped that of gross domestic\nproduct, which expanded one pct instead of a planned "
     "2.5 pct.", "one pct", None),
    # Reuters-21578 00543
    ("Louisiana Sweet also was lowered 1.50 dlrs to 16.35 dlrs, the\ncompany said.", "16.35 dlrs", "Louisiana Sweet"),
    # Reuters-21578 00058
    ("Assets of money market mutual funds\nincreased 720.4 mln dlrs in the week ended yesterday to 236.90\nbillion "
     "dlrs, the Investment Company Institute said.", "236.90 billion dlrs", "Assets"),
    # Reuters-21578 00174: a year before the object dates it, the object is still what moved
    ("Daewoo Motor Corp, the Korea-based\njoint venture between Daewoo Group and General Motors Corp\n<GM>, said it "
     "will boost its 1987 imports of U.S. goods to 200\nmln dlrs from 104 mln dlrs in 1986.", "104 mln dlrs",
     "imports"),
]


@pytest.mark.parametrize("text, wanted, counted", COUNTED)
def test_a_change_verbs_object_counted_only_when_it_is_no_figures_noun(extractor: Any, text: str, wanted: str,
                                                                       counted: Optional[str]) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)
    assert number["counted"] == counted
