"""A year's figure before 'year' names that year, not a length: '1985 year ended December 28, 1985' is no period of
1,985 years counted back from its end (which raised 'year 0 is out of range' and cost the whole story its facts),
nor a duration 'P1985Y'.

Text from Reuters-21578 10023 (its body, the earnings table's note).
"""

from __future__ import annotations

from typing import Optional

import pytest

from extractor import extract

_SHOE_TOWN = (  # Reuters-21578 10023
    "Shr 51 cts vs 75 cts\n    Net 5,524,000 vs 8,094,000\n    Revs 142.4 mln vs 137.2 mln\n    NOTE: 1986 and 1985 "
    "year net includes loss 785,000 dlrs or\neight cts a share and 59,000 dlrs or one ct a share,\nrespectively, for "
    "discontinued operations.\n    1985 year ended December 28, 1985.\n Reuter\n")


@pytest.mark.parametrize("published", [None, "1987-04-08"])
def test_a_year_figure_before_year_is_no_length(published: Optional[str]) -> None:
    dates = extract(_SHOE_TOWN, published).dates
    assert not any((date["value"] or "").startswith("P1985") or (date["value"] or "").startswith("0")
                   for date in dates), dates
