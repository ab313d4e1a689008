"""Numbers: a day of the month is a date, not a number, also where the wire wraps its line between the month and
the day ("on Feb\\n24.") and where a list or span of days names the month once ("between Feb 13 and 24").

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figures the text holds besides its dates)
DAYS = [
    ("    The Treasury's operating cash balance totaled 29.289\nbillion dlrs on Feb 25 compared with 28.507 billion "
     "dlrs on Feb\n24.", ["29.289 billion dlrs", "28.507 billion dlrs"]),  # reuters/00062
    ("    Federal marshals made the seizure in San Francisco on Feb\n17.", []),  # reuters/00215
    ("    Texaco Canada last changed its crude oil postings on Feb\n19.", []),  # reuters/00191
    ("its first payout, payable March 26 to holders of record March\n12.", []),  # reuters/00405
    ("principal amount of its 10-1/4 pct debentures, series due May\n1, 1999.", ["10-1/4 pct"]),  # reuters/00084
    ("    Note: split is subject to approval of shareholders at April\n23 annual meeting.", []),  # reuters/00146
    ("bought 362,700 Wrather common shares between Feb 13 and 24 for\n6.6 mln dlrs.",
     ["362,700 Wrather common shares", "6.6 mln dlrs"]),  # reuters/00125
    ("controlled by its chairman, George Mann, said it sold 675,900\nPurolator common shares on March 2 and 3 at "
     "34.782 and 34.750\ndlrs a share.", ["675,900 Purolator common shares", "34.782", "34.750 dlrs"]),  # 01667
    ("seven-day special advances at 5.3 pct covering the period March\n2 to 9 aimed at relieving money market "
     "tightness.", ["5.3 pct"]),  # reuters/00296
]


@pytest.mark.parametrize("text, figures", DAYS)
def test_a_day_of_the_month_is_no_number(extractor: Any, text: str, figures: list[str]) -> None:
    found = [" ".join(n["text"].split()) for n in extractor.extract(text).numbers]
    assert found == [" ".join(figure.split()) for figure in figures]


# A figure after a month that is no day stays: "in May 1987" is a year, "12 companies" after a full stop counts.
def test_a_count_after_a_month_and_a_full_stop_stays(extractor: Any) -> None:
    found = extractor.extract("Sales rose in March.\n12 companies reported losses.").numbers
    assert [(n["value"], n["counted"]) for n in found] == [(12, "companies")]
