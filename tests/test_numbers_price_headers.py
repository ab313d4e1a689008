"""Numbers: a wire's table of prices states their currency and unit once, in a header with no scale ("Offered prices
in U.S. Dlrs per tonne", "(YEN PER GRAM)", "in dlrs per cwt-"): each bare cell below it is that money at that rate,
not a count of nothing; a row that names its own price ("ANIMAL FAT - cts per lb") keeps its figure as it was.

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

RICE = (" Offered prices in U.S. Dlrs per tonne\n FOB basis Bangkok\n                       ASSOCIATION    TRADER\n"
        " Fragrant rice\n 100 pct 1st class         unq         300\n 100 pct 2nd class         unq         290\n"
        " White rice\n 100 pct 1st class         258         253\n")  # reuters/13299
GOLD = "TOKYO GOLD FUTURES CLSG - APRIL 07\n    (YEN PER GRAM)\n    APR  1,985\n    MAY  1,987\n"  # reuters/13355
SORGHUM = ("The following cash sorghum prices\nwere reported by trade sources this morning in dlrs per cwt-\n"
           "    LOCATION         TODAY      PREVIOUS\n Delivered\n    W COAST          4.50-4.55  4.48-4.53 \n"
           "    GULF             3.23-3.28  3.27-3.32 \n")  # reuters/14371
PELLETS = ("    Soybean Pellets (cruzados per kilo)\n    Parana      3.70 S           unch\n"
           "    Paranagua   3.65 B           3.50 B\n")  # reuters/14690
FEEDS = ("KANSAS CITY DAILY FEED-WHOLESALE PRICES (USDA)\n\n(DLRS PER TON, BULK, IN CAR OF TRUCK LOTS)\n"
         " 44 PCT SOYBEAN MEAL/SOLVENT    156.70-160.70\n"
         " GLUTEN MEAL                    230.00       \n ANIMAL FAT - cts per lb yellow  9-1/2\n")  # reuters/14531

# (text, cell, value, unit, currency)
PRICES = [
    (RICE, "300", 300, "per tonne", "USD"),
    (RICE, "253", 253, "per tonne", "USD"),
    (GOLD, "1,987", 1987, "per gram", "JPY"),
    (SORGHUM, "3.27-3.32", 3.27, "per hundredweight", "USD"),
    (PELLETS, "3.65", 3.65, "per kilogram", "BRC"),
    (FEEDS, "230.00", 230, "per tonne", "USD"),
]


@pytest.mark.parametrize("text, cell, value, unit, currency", PRICES)
def test_a_price_headers_cells_are_its_money(extractor: Any, text: str, cell: str, value: float, unit: str,
                                            currency: str) -> None:
    found = number(extractor, text, cell)
    assert (found["value"], found["kind"], found["unit"], found["currency"]) == (value, "money", unit, currency)


def test_a_row_naming_its_own_price_is_not_the_headers_money(extractor: Any) -> None:
    # the row's "cts per lb" is not read, so its bare fraction is dropped (test_numbers_bare_figures)
    found = [n for n in extractor.extract(FEEDS).numbers if n["text"] == "9-1/2"]
    assert all((n["unit"], n["currency"]) == (None, None) for n in found)
