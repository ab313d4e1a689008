"""Numbers: a list of ranges whose first item opens with "between" leaves the opener out of the later items
("between 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa"): each later "N and M" with the unit or currency
after its high end is a range too, not two exact figures.

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# reuters/01582
RAIN = ("    Rainfall measured between 15 and 270 mm in Buenos Aires,\nwith the heaviest rains in the province's "
        "western sectors,\nbetween 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa, 10\nand 75 mm in Santa Fe, "
        "10 and 60 mm in Entre Rios, five and 40\nmm in Misiones, and five and 50 mm in San Luis.\n")
# reuters/02044
REBATES = ("    Rebates requested ranged between 134 and 136.50 European\ncurrency units (Ecus) a tonne for the feed "
           "wheat, 137.39 and\n141.50 Ecus a tonne for the bread wheat, 137.93 and 142.95 Ecus\nfor the barley and "
           "133.75 and 140.25 Ecus for the maize.\n")

# (text, range's text, low, high, unit, currency)
ELIDED = [
    (RAIN, "between 15 and 270 mm", 15, 270, "millimetre", None),
    (RAIN, "15 and 120 mm", 15, 120, "millimetre", None),
    (RAIN, "10\nand 75 mm", 10, 75, "millimetre", None),
    (RAIN, "10 and 60 mm", 10, 60, "millimetre", None),
    (RAIN, "five and 40\nmm", 5, 40, "millimetre", None),
    (RAIN, "five and 50 mm", 5, 50, "millimetre", None),
    (REBATES, "137.93 and 142.95 Ecus", 137.93, 142.95, None, "XEU"),
    (REBATES, "133.75 and 140.25 Ecus", 133.75, 140.25, None, "XEU"),
]


def number(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if n["text"] == wanted), None)


@pytest.mark.parametrize("text, wanted, low, high, unit, currency", ELIDED)
def test_a_later_item_of_a_list_of_ranges_is_a_range(extractor: Any, text: str, wanted: str, low: float, high: float,
                                                      unit: Optional[str], currency: Optional[str]) -> None:
    found = number(extractor, text, wanted)
    assert found is not None
    assert (found["qualifier"], found["low"], found["high"]) == ("range", low, high)
    assert (found["unit"], found["currency"]) == (unit, currency)


def test_no_bare_low_end_is_left_of_an_elided_range(extractor: Any) -> None:
    assert [n["text"] for n in extractor.extract(RAIN).numbers if n["qualifier"] != "range"] == []
