"""Numbers: a number in words goes down its scales ("one million and fifty thousand"), so after a scale's "and" one
as large or larger starts the next number: "between 200 mln and one billion lire" is a range from 200 million to a
billion, not 1.2 billion, and "between one billion and three billion lire" one from a billion to three, not four.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, low, high", [
    # reuters/14327 (shortened)
    ("The fund will provide 100 pct coverage on deposits of up to\n200 mln lire, 90 pct on deposits between 200 mln and "
     "one\nbillion lire and 80 pct on those between one billion and three\nbillion lire.",
     "between 200 mln", 200_000_000, 1_000_000_000),
    ("The fund will provide 100 pct coverage on deposits of up to\n200 mln lire, 90 pct on deposits between 200 mln and "
     "one\nbillion lire and 80 pct on those between one billion and three\nbillion lire.",
     "between one billion", 1_000_000_000, 3_000_000_000),
    # reuters/04946
    ("It estimated between 500 mln and two billion dlrs of the\neight billion in new farm real estate loans issued each "
     "year\nwould qualify for the secondary market.", "between 500 mln", 500_000_000, 2_000_000_000),
])
def test_a_scale_as_large_after_and_starts_the_ranges_other_end(extractor: Any, text: str, wanted: str, low: int,
                                                                 high: int) -> None:
    found = figure(extractor, text, wanted)
    assert (found["qualifier"], found["low"], found["high"]) == ("range", low, high)
