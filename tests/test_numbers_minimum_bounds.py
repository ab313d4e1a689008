"""Numbers: "a minimum" and "a maximum" right before a figure bound it as "a minimum of" and "a maximum of" do ("a
minimum eight billion dlr trade surplus": at least; "a maximum 50,000 dlr fine": at most).

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, qualifier", [
    # reuters/00419
    ("Funaro noted that inflation in February had started to\ndecline again and he expected Brazil to achieve a "
     "minimum eight\nbillion dlr trade surplus in 1987.", "a minimum eight", "at_least"),
    # reuters/07367
    ("Members will then have to obtain a minimum 3,500 dlrs for\nnet long or net short positions in the May and July "
     "contracts.", "a minimum 3,500", "at_least"),
    # reuters/07448
    ("The dumping is alleged to have occurred September 23-30,\n1986, and Gulf faces a maximum 50,000 dlr fine on each "
     "count,\naccording to the department.", "a maximum 50,000", "at_most"),
    # reuters/11781
    ("Foreign equity is limited to a maximum 25 pct in banks and\nfinance companies.", "a maximum 25 pct", "at_most"),
])
def test_a_minimum_or_maximum_before_a_figure_bounds_it(extractor: Any, text: str, wanted: str,
                                                        qualifier: str) -> None:
    assert figure(extractor, text, wanted)["qualifier"] == qualifier
