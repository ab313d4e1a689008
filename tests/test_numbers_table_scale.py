"""Numbers: a table whose header gives its cells' scale ("(in 000's bu)", "In OOOs of bushels", "in thousands of
tonnes, were -") values each cell at that scale, in the header's unit, currency or counted noun; a cell whose scale
the article leaves open (an exception, no unit, two headers, a footnote's key, a table after the header's has
ended, a row of rates) is dropped rather than shown 1,000 times too small; the header's own words are no number.

Every excerpt is a Reuters-21578 article's table (reuters/NNNNN), its spacing as the wire has it.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# reuters/14134
ELEVATOR = (
    "KANSAS CITY ELEVATOR STOCKS\n In OOOs of bushels as of April 7\n         Today      Change     Yr Ago\n"
    " Wheat   23991      Dn  308    21214\n Corn     9131      Dn  128     3951\n Reuter\n"
)
# reuters/14457
TOLEDO = (
    "The CFTC reported the following stocks\nof wheat in Toledo as of Friday, April 3  deliverable against\n"
    "Chicago Board of Trade wheat futures (in 000's bu).\n                        CURRENT  WEEK  YEAR\n"
    "                        WEEK     AGO   AGO\n SOFT RED WINTER          955    1142  1460\n"
    " CCC STOCKS              1803    1783   793\n Reuter\n"
)
# reuters/14474
KANSAS = (
    "Deliverable grain stocks were\nreported in federally approved elevators in the Kansas City\n"
    "area on April 3, 1987 as follows.\n    -In 000s of bushels-\n All hard red winter wheat\n"
    " Deliverable  This Week  Week Ago   Year Ago\n Stocks          7743        8154      13372\n"
    " CCC Stocks     13730       13639       4592\n Reuter\n"
)
# reuters/07577
ALUMINIUM = (
    "    The regional breakdown of unwrought aluminium production\nwas as follows (in thousands of tonnes) the IPAI "
    "said.\n                 Feb'87   Jan'87    Feb'86\n    Africa           45       50        41\n"
    "    North America   354      389       353\n REUTER\n"
)
# reuters/05887
FISH_OIL = (
    "    IAFMM figures for fish oil production in the main producing\nnations, in thousands of tonnes, were -\n"
    "                    Oct/Dec            Jan/Dec\n                 1986    1985       1986     1985\n"
    " CHILE             22       8        109       76\n PERU              56      28        238      104\n REUTER\n"
)
# reuters/11953
VEGETABLE_OIL = (
    "    Production, continued (in mln lbs --)\n                   Feb 87    Jan 87   Feb 86\n"
    " Other Salad and\n    Cooking Oils   111.2    111.4-r   114.3\n       Margarine   218.8    216.9-r   214.4\n"
    " R-Revised.\nREUTER\n"
)
# reuters/15441
BANK_OF_FRANCE = (
    "BANK OF FRANCE RETURN - APR 9\n Week end Apr 2 (in mln francs)\n Gold reserves 218,316 (unch)\n"
)
# reuters/02522
OPEC = (
    "    It gave this breakdown for OPEC crude output, in mln bpd\n"
    "                    FOURTH QTR 1986  JANUARY 1987  FEBRUARY\n1987\n"
    "    SAUDI ARABIA    4.9              3.7           3.8\n    IRAN            1.6              2.2           1.9\n"
    "    The IEA said while Saudi production stayed below its quota\nof 4.133 mln bpd, actual sales might exceed "
    "output due to\nNorbec stock disposals.\n"
)
# reuters/13751
PORK_BELLIES = (
    "CHICAGO PORK BELLY STORAGE MOVEMENT - April  7\nIN THE 8 WAREHOUSES VS 8 LAST YEAR\n IN THOUSAND LBS\n"
    " IN                            80\n OUT                            9\n ON HAND                    8,305\n Reuter\n"
)

SCALED = [
    (ELEVATOR, "23991", 23_991_000, "measure", "bushel", None),
    (ELEVATOR, "3951", 3_951_000, "measure", "bushel", None),
    (TOLEDO, "955", 955_000, "measure", "bushel", None),
    (TOLEDO, "793", 793_000, "measure", "bushel", None),
    (KANSAS, "13372", 13_372_000, "measure", "bushel", None),
    (ALUMINIUM, "354", 354_000, "measure", "tonne", None),
    (FISH_OIL, "238", 238_000, "measure", "tonne", None),
    (VEGETABLE_OIL, "218.8", 218_800_000, "measure", "pound", None),
    (BANK_OF_FRANCE, "218,316", 218_316_000_000, "money", None, None),
    (OPEC, "4.9", 4_900_000, "measure", "barrel per day", None),
    (PORK_BELLIES, "8,305", 8_305_000, "measure", "pound", None),
]


def numbers(extractor: Any, text: str) -> list[dict[str, Any]]:
    return extractor.extract(text).numbers


def cell(extractor: Any, text: str, figure: str) -> Optional[dict[str, Any]]:
    return next((n for n in numbers(extractor, text) if n["text"] == figure), None)


@pytest.mark.parametrize("text, figure, value, kind, unit, counted", SCALED)
def test_a_cell_takes_its_tables_scale_and_unit(
        extractor: Any, text: str, figure: str, value: float, kind: str, unit: Optional[str],
        counted: Optional[str]) -> None:
    found = cell(extractor, text, figure)
    assert found is not None, [n["text"] for n in numbers(extractor, text)]
    assert (found["value"], found["kind"], found["unit"], found["counted"]) == (value, kind, unit, counted)


@pytest.mark.parametrize("text, header", [
    (TOLEDO, "000"), (ALUMINIUM, "thousands of tonnes"), (FISH_OIL, "thousands of tonnes"),
])
def test_the_headers_own_words_are_no_number(extractor: Any, text: str, header: str) -> None:
    assert header not in [n["text"] for n in numbers(extractor, text)]


def test_prose_after_the_table_keeps_its_own_figures(extractor: Any) -> None:
    found = cell(extractor, OPEC, "4.133 mln bpd")
    assert found is not None and found["value"] == 4_133_000


# (text, figure): a cell whose scale or unit the article leaves open is left out.
UNDECIDED = [
    # reuters/14714: an exception to the header
    ("API WEEKLY REPORT ON FUEL PRODUCTION AND STOCKS\n  (In Thousands of Barrels a Day, Except Stocks)\n"
     "                     4/03/87   3/27/87   4/04/86\n Gasoline Production   6,633     6,423     6,051\n"
     " Gasoline Stocks     247,908   245,617-R 216,393\n Pct of Capacity        80.4      78.3      77.4\n Reuter\n",
     "6,633"),
    # reuters/12257: a scale with no unit
    ("The United States department of\nagriculture estimated live poultry slaughter for the week\nending April 1  as "
     "follows, in thousands -\n            Current      Previous\n Class      week         week\n"
     " Bro/Fry      92,552      95,563 \n Lt Fowl       2,840       3,354 \n Reuter\n", "92,552"),
    # reuters/08179: two headers over one table
    ("    AWF's state area forecasts in mln hectares, with 1986/87\nproduction in mln tonnes, are as follows (crop "
     "forecasts were\nnot given for the new wheat year)\n                   Area         Crop\n"
     "             1987/88  1986/87  1986/87\n Queensland    0.82     0.82     0.95\n N.S.W.        3.07     3.17     "
     "4.40\n REUTER\n", "3.07"),
    # reuters/13856: a footnote's key gives one row a unit of its own
    ("The U.S. Agriculture Department gave\nthe following breakdown of grain remaining in the farmer-owned\ngrain "
     "reserve as of April 1, in mln bushels, by reserve number\n--\n             I    II  III    IV      V      VI\n"
     " Wheat      nil  nil  0.1   0.3    10.5  479.7\n Sorghum-x   --   --   --   0.1    38.8     --\n"
     " x - mln cwts. Note - USDA says above totals may not match\ntotal in reserve numbers.\n Reuter\n", "479.7"),
    # reuters/14377: a scale for one thing and a count of another
    ("MINNEAPOLIS GRAIN CARLOTS APRIL 7\n   (in thousands/cars)\n           RECEIPTS YEAR AGO SHIPMENTS\n"
     " WHEAT       186      54        71\n BARLEY       90      41        58\n Reuter\n", "186"),
    # reuters/11932: a table after the header's table has ended
    ("following, with comparisons, in mln lbs --\n          02/28/87    01/31/87  02/28/86\n Cotton Oils --\n"
     "   Crude     65.7       55.8-r     64.5\n R-Revised.\n\n     Factory and Warehouse Stocks, continued -\n"
     "         02/28/87  01/31/87   02/28/86\n Corn Oils --\n     Crude   32.5    32.3-r   44.2\n reuter\n", "44.2"),
]


@pytest.mark.parametrize("text, figure", UNDECIDED)
def test_a_cell_of_undecided_scale_is_left_out(extractor: Any, text: str, figure: str) -> None:
    assert cell(extractor, text, figure) is None


# reuters/15875: rows of rates ("Yield", "AvgPrice") or with a unit of their own ("Yield (bu)") below a header
SUPPLY = (
    "    CORN --     1986/87            1985/86\n           04/09/87 03/09/87  04/09/87 03/09/87\n"
    " Acreage (mln acres) --\n     Planted   76.7    76.7     83.4    83.4\n  Yield (bu)  119.3   119.3    118.0   "
    "118.0\n    ALL WHEAT -\n Acreage (mln acres) --\n     Planted   72.0    72.0     75.6    75.6\n"
    "       Yield   34.4    34.4     37.5    37.5\n Supply (mln bu) --\n  Production  2,087   2,087    2,425   2,425\n"
    " Avg Price  2.30-40  2.30-40   3.08   3.08\n"
)


@pytest.mark.parametrize("figure, value, unit", [
    ("83.4", 83_400_000, "acre"), ("75.6", 75_600_000, "acre"), ("2,425", 2_425_000_000, "bushel"),
    ("119.3", None, None), ("34.4", None, None), ("3.08", None, None),
])
def test_a_row_of_rates_takes_no_scale(extractor: Any, figure: str, value: Optional[float],
                                       unit: Optional[str]) -> None:
    found = cell(extractor, SUPPLY, figure)
    if value is None:
        assert found is None
    else:
        assert found is not None and (found["value"], found["unit"]) == (value, unit)


def test_a_cell_counting_its_own_noun_keeps_it(extractor: Any) -> None:
    # reuters/13523: lots are no bushels
    text = (" (grains in thousand bushels)\n Wheat, Corn, Oats, Soybeans 0 bu\n Soymeal, Soyoil 0 lots\n"
            " Silver            33 lots  Apr  2, 1987\n Reuter\n")
    found = [n for n in numbers(extractor, text) if n["text"].startswith("33")]
    assert [(n["value"], n["counted"]) for n in found] == [(33, "lots")]
