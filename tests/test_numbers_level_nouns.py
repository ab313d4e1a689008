"""Numbers: a bare figure before or of "close", "opening" or "finish", or one with decimals or a fraction before
"level", is a price, rate or index at that moment or mark, no count of closes: it counts nothing, and takes the terms
of the figure it is set against ("3.905 pct against the 3.955 close" is a yield in percent); with no such partner, a
figure with decimals is a price the text leaves open and is dropped, as other bare decimals are; "one level below
Russia" still counts levels.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

BOND = ("The yield on the 5.1 pct 89th bond of 1996 closed at the\nlow for the day of 3.905 pct against the 3.955 "
        "close yesterday,\nand the 3.930 opening.")  # reuters/13411

# (text, figure): no record counts the moment or the mark
NO_COUNT = [
    (BOND, "3.930"),
    # reuters/10809
    ("The yield of the key 5.1 pct 89th bond dropped to a record\nlow of 4.080 pct today from the 4.140 Saturday "
     "finish and\ncompared with 4.25 pct on Friday.", "4.140"),
    # reuters/14799
    ("June eurodollar opened at 93.26 below Chicago's close of\n93.29 and September at 93.18 below 93.21 with around "
     "720 lots\ntraded.", "93.29"),
    ("June T-bond futures opened at 97.02 below Chicago's close\nof 97.08 on early turnover of 15 lots.", "97.08"),
    # reuters/02925
    ("The 101-2/32 level\nin the June bond contract had been the top of a three-month\ntrading range.", "101-2/32"),
    # bbc/business/018: an exchange rate at the close
    ("The rupee climbed to 43.305 per US dollar on Thursday, up from a close of 43.41.", "43.41"),
    # reuters/11817
    ("with three months ending at 5-1/16 to 4-7/8 pct against\nyesterday's five to 4-13/16 close.", "4-13/16"),
]


@pytest.mark.parametrize("text, figure", NO_COUNT)
def test_a_figure_at_a_close_or_level_counts_no_close(extractor: Any, text: str, figure: str) -> None:
    found = [n for n in extractor.extract(text).numbers if figure in n["text"]]
    assert all(n["kind"] != "count" or n["counted"] is None for n in found)
    assert all(n["counted"] is None or n["counted"].split()[-1] not in ("close", "finish", "level", "opening")
               for n in found)


def test_whole_levels_are_counted(extractor: Any) -> None:
    # bbc/business/018: a rating's levels
    text = ("The increase has put it on the same level as Romania, Egypt and El Salvador, and one level below "
            "Russia.")
    found = {n["text"]: n for n in extractor.extract(text).numbers}["one level"]
    assert (found["kind"], found["counted"]) == ("count", "level")


def test_a_bare_figure_set_against_a_percentage_is_a_percentage(extractor: Any) -> None:
    found = {n["text"]: n for n in extractor.extract(BOND).numbers}["3.955"]
    assert (found["kind"], found["value"]) == ("percent", 3.955)
