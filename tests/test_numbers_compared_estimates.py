"""Numbers: a bare figure set against a measure or a price as the level of an estimate, a season or a price named
before its "of" ("246,000 ha versus a February 1 estimate of 236,000", "from its Friday closing price of 4.15") is
that quantity at another time and is measured alike, and so is the next such figure joined by "and" ("and actual
area harvested last campaign of 217,000"); what the estimate is named never becomes what the first figure counts.

Every excerpt is real news from Reuters-21578 (reuters/NNNNN), with the wire's line breaks.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_counted_heads import figure

_SOWINGS = ("The ministry put hard winter wheat sowings at 246,000 ha\nversus a February 1 estimate of 236,000 and "
            "actual area\nharvested last campaign of 217,000.")  # reuters/17010


@pytest.mark.parametrize("text, wanted, kind, unit, currency", [
    (_SOWINGS, "236,000", "measure", "hectare", None),
    (_SOWINGS, "217,000", "measure", "hectare", None),
    # reuters/07569
    ("supply of domestically produced sugar was revised to 881,000\ntonnes, from the earlier estimate of 863,000.",
     "863,000", "measure", "tonne", None),
    # reuters/13265
    ("TMOC shares jumped\nto 4.60 dlrs on the announcement from its Friday closing price\nof 4.15.", "4.15", "money",
     None, "USD"),
    # reuters/14900
    ("Monier shares were trading at a 1987 high of 3.10 dlrs\ntoday, up from the previous peak of 2.80 at yesterday's "
     "close,\nand well above the 1987 low of 2.18 dlrs.", "2.80", "money", None, "USD"),
])
def test_a_bare_figure_of_a_named_estimate_is_measured_as_the_figure_it_is_set_against(
        extractor: Any, text: str, wanted: str, kind: str, unit: Optional[str], currency: Optional[str]) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["currency"]) == (kind, unit, currency)


def test_the_estimate_a_level_is_set_against_is_not_what_the_level_counts(extractor: Any) -> None:
    # reuters/17010
    text = ("The Ministry of Agriculture left its\nestimates of French winter cereal sowings for the 1986/87\ncampaign "
            "barely changed at 6.606 mln hectares compared with its\nprevious forecast of 6.601 mln.")
    assert figure(extractor, text, "6.606 mln")["counted"] is None
