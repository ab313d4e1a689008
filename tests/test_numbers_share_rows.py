"""Numbers: a results table's share-count row ("Avg shrs 51.7 mln vs 43.4 mln") counts shares, so its label is what
its figures count; a per-share row ("Group shr 18.34 yen vs 58.72") stays money and takes its currency across "vs".

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (text, figure, value, counted)
SHARE_COUNTS = [
    ("Revs 291.8 mln vs 151.1 mln\n    Avg shrs 51.7 mln vs 43.4 mln\n", "51.7 mln", 51_700_000,
     "Avg shrs"),  # reuters/00013
    ("Revs 291.8 mln vs 151.1 mln\n    Avg shrs 51.7 mln vs 43.4 mln\n", "43.4 mln", 43_400_000,
     "Avg shrs"),  # reuters/00013
    ("Sales 7.9 mln vs 9.4 mln\n    Avg shrs 2,332,397 vs 1,428,000\n", "2,332,397", 2_332_397,
     "Avg shrs"),  # reuters/00038
    ("Sales 2.67 billion vs 1.65 billion\n    Avg shrs 16.0 mln vs 9.8 mln\n    Avg shrs diluted 24.5 mln vs 10.2 "
     "mln\n", "24.5 mln", 24_500_000, "Avg shrs diluted"),  # reuters/00644
    ("Rev 1.74 billion vs 1.60 billion\n    Avg shares 43,602,000 vs 41,014,000\n", "41,014,000", 41_014_000,
     "Avg shares"),  # reuters/01445
    ("Revs 19.3 mln vs 30.3 mln\n    Avg units 8,413,000 vs 7,557,000\n", "8,413,000", 8_413_000,
     "Avg units"),  # reuters/07790
]


@pytest.mark.parametrize("text, figure, value, counted", SHARE_COUNTS)
def test_a_share_count_row_counts_its_label(extractor: Any, text: str, figure: str, value: float,
                                            counted: str) -> None:
    found = number(extractor, text, figure)
    assert (found["value"], found["kind"], found["counted"]) == (value, "count", counted)


# (text, figure, kind, currency, counted): a share's money names no count; the label does not become its noun.
PER_SHARE = [
    ("Group shr 18.34 yen vs 58.72\n    Net 10.73 billion yen vs 37.06 billion\n", "58.72", "money", "JPY",
     None),  # reuters/01924
    ("Oper shr loss three cts vs profit 27 cts\n    Oper net loss 178,000 vs profit 4,165,000\n", "three cts",
     "money", None, None),  # reuters/00644
]


@pytest.mark.parametrize("text, figure, kind, currency, counted", PER_SHARE)
def test_a_per_share_row_stays_money(extractor: Any, text: str, figure: str, kind: str, currency: str,
                                     counted: str) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["currency"], found["counted"]) == (kind, currency, counted)
