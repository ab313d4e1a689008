"""Numbers: a figure right after "of which" is a part of the figure before it and is measured alike ("487,000
tonnes, of which 107,000 are grains/oilseeds and 380,000 derivatives": tonnes, not counts); a share of it ("of
which about two-thirds are") stays a share, and a figure in its own unit keeps it.

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# reuters/08319
ARRIVALS = ("    This week's estimated arrivals total 487,000 tonnes, of\nwhich 107,000 are grains/oilseeds and "
            "380,000 derivatives.\n")

# (text, part's text, kind, value, unit, currency, counted)
PARTS = [
    (ARRIVALS, "107,000", "measure", 107000, "tonne", None, "grains/oilseeds"),
    (ARRIVALS, "380,000 derivatives", "measure", 380000, "tonne", None, "derivatives"),
    # reuters/07351: the whole's scale too
    ("    The bills replace maturing paper worth 23,442 billion lire,\nof which 20,322 was held by operators.\n",
     "20,322", "money", 20_322_000_000_000, None, "ITL", None),
    # reuters/19502: and its rate
    ("    Total demand for copper tubing in the U.S. Is 25,000 tonnes\na month, of which 5,000 is for the thin-walled "
     "type, Kobe said\nin a statement.\n", "5,000", "measure", 5000, "tonne per month", None, None),
    # reuters/01269: a count's noun, across the words of the whole's clause
    ("There are currently about 1,700\nWoolworth general merchandise stores operating worldwide, of\nwhich 1,200 are "
     "in the United States.\n", "1,200", "count", 1200, None, None, "Woolworth general merchandise stores"),
    # reuters/15584
    ("    So far this coffee year, Kenya has sold 918,707 bags to all\nmarkets, of which 326,182 are for the 1986/7 "
     "pool, with an\noverall average price of 41,500 shillings a tonne, it added.\n", "326,182", "count", 326182,
     None, None, "bags"),
    # reuters/16057: the second part, after "and"
    ("intends to make a public offering of 850,000 shares of its\ncommon stock, of which 672,000 shares will be sold "
     "by the\ncompany and 178,000 by certain shareholders.\n", "178,000", "count", 178000, None, None, "shares"),
]

SHARES = [
    # reuters/09940
    ("Brazil loans total 300 mln dlrs, of which about two-thirds are\naffected by its suspension of interest payments "
     "on its medium", "about two-thirds"),
    # reuters/17405
    ('    "Estimated potential world reserves of extra heavy oils\nexceed 500 billion barrels, of which more than half '
     'are located\nin Venezuela," Juan Chacin Guzman, President of Petroleos de', "more than half"),
]


def number(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if n["text"] == wanted), None)


@pytest.mark.parametrize("text, wanted, kind, value, unit, currency, counted", PARTS)
def test_a_part_after_of_which_is_measured_as_its_whole(
        extractor: Any, text: str, wanted: str, kind: str, value: float, unit: Optional[str], currency: Optional[str],
        counted: Optional[str]) -> None:
    found = number(extractor, text, wanted)
    assert found is not None
    assert (found["kind"], found["value"], found["unit"], found["currency"]) == (kind, value, unit, currency)
    assert found["counted"] == counted


@pytest.mark.parametrize("text, wanted", SHARES)
def test_a_share_of_the_whole_stays_a_share(extractor: Any, text: str, wanted: str) -> None:
    found = number(extractor, text, wanted)
    assert found is not None and found["value"] < 1
