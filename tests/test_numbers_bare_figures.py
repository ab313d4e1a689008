"""Numbers: a figure written with decimals or a fraction that counts nothing is a price, rate, time or level the
text leaves open, and is dropped, unless its sentence says what it is: an index's level or move is a measure in
points of that index, an earthquake's size on the Richter scale a measure in magnitude. A premium quoted over a
futures month ("50 over May") is dropped too, and so is a figure on a futures table's line ("MAY7  4676  OFF 238").

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN), BBC News
(bbc/<section>/NNN) and saved web pages (html/<first 12 hex of the file name>).
"""

from __future__ import annotations

from typing import Any

import pytest

DROPPED = [
    # reuters/14085: a metal exchange's prices under a header with no unit or currency
    ("LME ALUMINIUM AFT 2ND RING 1622 - APR 7\n                 LAST    BUYER   SELLER\n Cash              --       "
     "--       --\n 3 Months       803.5    803.5    804.0\n", ["803.5", "804.0"]),
    # reuters/00382: a bond's price in points of par
    ("First Boston gave the issue a 6.90 pct coupon and priced\nit at 99.8125 to yield 6.95 pct, or 65 basis points "
     "over\ncomparable Treasury securities.", ["99.8125"]),
    # reuters/00256: an exchange rate
    ("    Weekly foreign-exchange auctions began in October 1985. The\nkwacha fell from 2.20 to the dollar to about 15 "
     "in 16 months.", ["2.20"]),
    # reuters/00251: a share price whose currency only the figure before names
    ("Cheung Kong rose 75 cents to 45.25 dlrs on Friday, Hk Electric\n60 to 16.00 and Hutchison 1.50 dlrs to 54.50.",
     ["16.00", "54.50"]),
    # reuters/00541: a results table's per-share row with no currency
    ("    Operating profit 621.2 mln vs 203.4 mln\n    Earnings per share 4.80 vs 3.95\n", ["4.80", "3.95"]),
    # bbc/sport/009: a race time (a duration, no number)
    ("Britain's Joice Maduaka finished fifth in 7.35.", ["7.35"]),
    # reuters/00110: a share price and its move in eighths of a dollar
    ("    American Express closed on the New York Stock Exchange at\n72-5/8, up 4-1/8 on heavy volume.",
     ["72-5/8", "4-1/8"]),
    # reuters/07664
    ("Swank stock rose 7/8 to 15-3/4 on volume of 104,700 shares.", ["7/8", "15-3/4"]),
    # reuters/00481: a move and a level read as a range
    ("Temple Inland jumped 2-7/8 to 73 and International Paper  1-1/4 to 91-1/4.", ["2-7/8", "1-1/4"]),
]

PREMIUMS = [
    # reuters/13503: premiums over a futures month, in the caption's "stg per tonne"
    ("    GHANA Cocoa differentials based on London terminal prices,\nstg per tonne cif U.K./N.E.\n Mar/May  50 over "
     "May\n Apr/Jun  55 over Jul\n May/Jul  55 over Jul\n", ["50", "55"]),
    # reuters/13878: in the cents of the figure before
    ("    April and May traded late yesterday at 25 cents over May,\nand July traded down to 24 over July.\n", ["24"]),
    # reuters/14702
    ("and that 25,000 tonnes of number three corn traded\nyesterday off the Atlantic at 23 over May for May 1-20.\n",
     ["23"]),
    # reuters/18177
    ("Decatur, Illinois processor raising its spot soybean basis bid\nanother two cents today to 10 over July "
     "futures.\n", ["10"]),
]

FUTURES_TABLES = [
    # reuters/13640: open interest by contract month, no unit named
    "CME OPEN INTEREST ISSUED 7-APR\nFOR PREVIOUS TRADING DAY\nPORK BELLIES          LIVE HOGS\n"
    "      OPEN                   OPEN\n MAY7  4676  OFF 238  APR7   5069  OFF 485\n"
    " JUL7  3989  UP   14  JUN7  12062  UP  211\n AUG7  1682  UP    4  JUL7   5415  UP  114\n"
    " FEB8  1215  UP   29  AUG7   3346  UP  147\n MAR8    97  UNCH     OCT7   1869  OFF   4\n",
    # reuters/14321: prices in hundredths of a cent
    "NY COTTON 12:25\n  MAY7 5600   UP   20\n  JUL7 5510   UP   20\n  OCT7 5525   UP   20\n",
    # reuters/14082: prices in cents and eighths
    "CBT 11:20 EDT\nWHEAT\nMAY7  287 3/4 UP  1 1/2\nJUL7  272 1/2 OFF  1/4\nSEP7  273 3/4 UP   3/4\n"
    "DEC7  279 1/4 UP  1 1/4\nMAR8  279 UP  1 3/4\n",
]

# (text, figure, counted): the index's level or move, a measure in points counting the index the sentence names
INDEX_LEVELS = [
    # reuters/13350
    ("    The broad-based first section index rose 8.76 to 1,942.07\nafter falling 4.77 yesterday.", "8.76",
     "broad-based first section index"),
    ("    The broad-based first section index rose 8.76 to 1,942.07\nafter falling 4.77 yesterday.", "1,942.07",
     "broad-based first section index"),
    # bbc/business/031
    ("The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday, fuelled by strong growth in "
     "banking and financial stocks.", "6661.89", "ISEQ index"),
    ("The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday, fuelled by strong growth in "
     "banking and financial stocks.", "23 points", "ISEQ index"),
    # reuters/00444
    ("The index (base 1978/79), covering 14 towns and five regions, was 1,886.8 in February, 1,837.2 in January and "
     "1,434.0 in February 1986.", "1,434.0", "index"),
    # reuters/00213
    ("Japan's unadjusted consumer price index (base 1985) fell 0.4 pct to 99.7 in January from the previous month",
     "99.7", "unadjusted consumer price index"),
    # html/57d46c9d751e: a wire's ticker code is no part of the name; each index its own
    ("On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 "
     ".SPX lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to "
     "8,570.66.", "27,934.02", "Dow Jones Industrial Average"),
    ("On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 "
     ".SPX lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to "
     "8,570.66.", "1.85 points", "S&P 500"),
    # html/65408257dbe4
    ("The equity benchmark Sensex scaled a new all-time high of 40,816.38 in the morning trade on November 20.",
     "40,816.38", "equity benchmark Sensex"),
]

MAGNITUDES = [
    # reuters/00269
    ("An earthquake measuring 6.5 on the Richter scale caused widespread damage in northern New Zealand", "6.5"),
    # reuters/01962
    ("A strong earthquake measuring an estimated\n8.0 on the open-ended Richter scale hit northern Chile around\n0936, "
     "the Meteorological Agency here reported.", "an estimated\n8.0"),
    # reuters/08150
    ("    The quake, at 0336 GMT, registered 6.9 on the Richter\nscale, and officials issued warnings of tidal waves",
     "6.9"),
    # reuters/00878
    ("    Four earthquakes measuring up to 4.5 on the Richter scale\nhave hit the Bay of Plenty", "up to 4.5"),
]


def figures(extractor: Any, text: str) -> dict[str, dict[str, Any]]:
    return {n["text"]: n for n in extractor.extract(text).numbers}


@pytest.mark.parametrize("text, gone", DROPPED)
def test_a_figure_with_decimals_that_counts_nothing_is_dropped(extractor: Any, text: str, gone: list[str]) -> None:
    found = figures(extractor, text)
    assert not [figure for figure in gone if figure in found]


@pytest.mark.parametrize("text, gone", PREMIUMS)
def test_a_premium_over_a_futures_month_is_dropped(extractor: Any, text: str, gone: list[str]) -> None:
    found = figures(extractor, text)
    assert not [figure for figure in gone if figure in found]
    assert all(not figure[0].isdigit() or figure.split()[-1] in ("cents", "tonnes") for figure in found)


@pytest.mark.parametrize("text", FUTURES_TABLES)
def test_a_futures_tables_cells_are_dropped(extractor: Any, text: str) -> None:
    assert [n["text"] for n in extractor.extract(text).numbers] == []


def test_the_figures_beside_a_dropped_one_stay(extractor: Any) -> None:
    found = figures(extractor, DROPPED[1][0])
    assert {"6.90 pct", "6.95 pct", "65 basis points"} <= set(found)


@pytest.mark.parametrize("text, figure, counted", INDEX_LEVELS)
def test_an_index_level_is_a_measure_in_points(extractor: Any, text: str, figure: str, counted: str) -> None:
    found = figures(extractor, text)[figure]
    assert (found["kind"], found["unit"], found["counted"]) == ("measure", "point", counted)


@pytest.mark.parametrize("text, figure", MAGNITUDES)
def test_a_richter_reading_is_a_magnitude(extractor: Any, text: str, figure: str) -> None:
    found = figures(extractor, text)[figure]
    assert (found["kind"], found["unit"]) == ("measure", "magnitude")


@pytest.mark.parametrize("text", [
    # bbc/tech/390: a name is no scale
    "The lawsuit was brought by Microsoft and New York attorney general Eliot Spitzer who alleged that Mr Richter and "
    "his accomplices sent billions of spam messages through 514 compromised net addresses in 35 countries.",
])
def test_a_name_richter_is_no_scale(extractor: Any, text: str) -> None:
    assert all(n["unit"] != "magnitude" for n in extractor.extract(text).numbers)
