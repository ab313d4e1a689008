"""Numbers: a money market quotes a deposit rate two ways, the offered side and the bid side, and writes the second
without the whole part the first names ("climbed to 6-5/8, 1/8 pct": 6-5/8 and 6-1/8 pct). The second side is the
first's whole part and its own fraction, never a rate below one percent; a side with no terms of its own ("from
6-1/2,\n1/4 on Monday", "from 6-3/8, six on Sunday") leaves its terms to a caption and is no count. A fraction after a
price that names a difference ("trading at 40-1/4, 1/4 above the offer price") is no side of a quote.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

# (text, figure, value): the second side of the quote
SIDES = [
    # reuters/16161
    ("Spot-next and one-week deposits climbed to 6-5/8, 1/8 pct from 6-3/8, six on Sunday.", "1/8 pct", 6.125),
    # reuters/00915
    ("One-month deposits declined to 6-1/4, 1/8 pct from 6-1/2,\n1/4 on Monday, while three months was barely "
     "changed at seven,\n6-3/4 pct.", "1/8 pct", 6.125),
    # reuters/10735
    ("Three month interbank\nriyal deposits were quoted today at 6-1/2, 3/8 pct.", "3/8 pct", 6.375),
    # reuters/15410
    ("with one month rising to around 6-3/16,\n5-15/16 pct from 5-15/16, 7/8 pct yesterday.", "7/8 pct", 5.875),
    # reuters/09753
    ("The periods were essentially steady at 5-7/8, 5/8 pct for\none month, 6-1/2, 3/8 pct for three.", "5/8 pct",
     5.625),
    # reuters/00242
    ("One, three, and six-month deposits were quoted unchanged at\n6-5/8, 3/8, 7-1/8, 6-7/8 and 7-3/8, 1/8 pct "
     "respectively.", "3/8", 6.375),
    ("One, three, and six-month deposits were quoted unchanged at\n6-5/8, 3/8, 7-1/8, 6-7/8 and 7-3/8, 1/8 pct "
     "respectively.", "1/8 pct", 7.125),
    # reuters/12054: a difference, no side
    ("Purolator was trading at 40-1/4, 1/4 above the offer price.", "1/4", 0.25),
]


@pytest.mark.parametrize("text, figure, value", SIDES)
def test_the_second_side_of_a_quote_takes_the_first_whole_part(extractor: Any, text: str, figure: str,
                                                                value: float) -> None:
    found = [n for n in extractor.extract(text).numbers if n["text"] == figure]
    assert found, f"{figure!r} not among {[n['text'] for n in extractor.extract(text).numbers]}"
    assert found[-1]["value"] == value


# (text, figure): a side with no terms of its own is no count
BARE_SIDES = [
    ("Spot-next and one-week deposits climbed to 6-5/8, 1/8 pct from 6-3/8, six on Sunday.", "six"),  # reuters/16161
    ("One-month deposits declined to 6-1/4, 1/8 pct from 6-1/2,\n1/4 on Monday.", "1/4"),  # reuters/00915
]


@pytest.mark.parametrize("text, figure", BARE_SIDES)
def test_a_bare_side_is_no_count(extractor: Any, text: str, figure: str) -> None:
    assert not [n for n in extractor.extract(text).numbers if n["text"] == figure and n["kind"] == "count"]
