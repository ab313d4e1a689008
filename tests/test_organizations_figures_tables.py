"""A wire story that is a table of figures labels its rows with markets, indexes, currencies, months and comparisons
('ST PAUL     1,400  300    1,700  2,800', 'NYSE COMPOSITE        171.45 UP  0.49', 'WEEK AGO    4,900  700'): such a
row is no league table's row or score line, so its label is no team and no organization (``tables``). A table of
figures is told by what no sports table writes in a row: a figure of four digits or more or with a thousands
separator, two figures with a decimal point, an empty cell ('---', 'nil'), a month as the row's label; one such row
makes the rows around it, with no blank line or prose between, the same table's ('WEST FARGO  400  500  900  400').

Every table is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

TABLES = [
    # Reuters-21578 13549 (ESTIMATED LIVESTOCK RECEIPTS FOR 11 MARKETS USDA)
    " For APRIL     7\n             SLTR    FEEDER  TOTAL   SLTR\n             CATTLE  CATTLE  CATTLE  HOGS\n"
    " KANSAS CITY 100    ---    100    500    \n OMAMA       2,700  ---    2,700  2,700  \n"
    " ST LOUIS    200    100    300    3,000  \n ST JOSEPH   ---    300    300    1,500  \n"
    " SIOUX CITY  900    ---    900    3,200  \n ST PAUL     1,400  300    1,700  2,800  \n TOTAL\n"
    " SIX MARKETS 5,300  700    6,000  13,700 \n WEEK AGO    4,900  700    5,600  12,800 \n"
    "             SLTR    FEEDER  TOTAL     SLTR\n             CATTLE  CATTLE  CATTLE    HOGS\n"
    " PEORIA      ---     ---     ---    2,000  \n OKLA CITY   200     6,800   7,000  500    \n"
    " SIOUX FALLS 1,200   ---     1,200  3,000  \n JOLIET      ---     ---     ---    200    \n"
    " WEST FARGO  400     500     900    400    \n TOTAL\n 11 MARKETS  7,100   8,000   15,100 19,800  \n"
    " WEEK AGO    7,400   6,900   14,300 19,100  \n YEAR AGO    6,100   5,900   12,000 21,300  \n WEEK TO\n"
    "  DATE       18,200  21,400  39,600 41,400  \n",
    # Reuters-21578 14101 (WALL STREET INDICES 1100)
    "\n NYSE COMPOSITE        171.45 UP  0.49\n NYSE INDUSTRIALS      208.40 UP  0.92\n"
    " S AND P COMPOSITE     303.22 UP  1.27\n\n NYSE-A VOLUME    95638000\n\n AMEX INDEX            343.81 UP  1.58\n\n"
    " AMEX-B VOLUME    6091300\n",
    # Reuters-21578 14256 (NYSE 12:01)
    "NY COMP   71.52   UP  0.56\nINDS      08.47   UP  0.99\nTRANS     43.09   UP  0.07\nUTILS     75.66   OFF 0.16\n",
    # Reuters-21578 13545 (ESTIMATED PEORIA/INDIANAPOLIS LIVESTOCK RECEIPTS)
    " USDA APRIL     7\n          PEORIA          INDIANAPOLIS\n          CATTLE  HOGS    CATTLE  HOGS\n"
    " TODAY    ---     2,000   n/a          \n WEEK AGO ---     2,900   800     400  \n"
    " YEAR AGO ---     2,100   800     800  \n WEEK TO                               \n"
    " DATE     1,400   4,500   n/a          \n WEEK AGO 1,200   4,700   1,000   1,000\n"
    " YEAR AGO 1,300   5,000   1,200   1,800\n",
    # Reuters-21578 13558 (AMSTERDAM EXCHANGES FIXING - APRIL 7)
    "     US    2.0560\n     DM    112.845\n     STG   3.3280\n    FFR       33.915                NKR        30.165\n"
    "    BFR COM   5.4500                CAN        1.5735\n    SFR       136.00                AUS SCH    16.0540\n"
    "    YEN       141.66                IRL        3.0140\n    LIT       15.84                 PTA        1.6120\n",
    # Reuters-21578 13560 (LONDON COFFEE ROBUSTA 1225 - APR 7)
    " MTH BYR  SLR  HIGH LOW  SALES\n May 1249 1250 1255 1245  334\n Jul 1259 1265 1265 1253  371\n"
    " Sep 1278 1279 1283 1274  153\n Nov 1303 1304 1306 1299   15\n Jan 1322 1329 1330 1324  119\n",
    # Reuters-21578 14788 (TOKYO RUBBER BUYER-SELLER - APRIL 08): small counts, a month labelling each row
    "       FRESH/SELL LIQUIDATION  FRESH/BUY SHORT/COVER\n    JUN        30       59         14       75\n"
    "    JUL        22       42          1       63\n    SEP        99       81         12      168\n"
    "    OCT       132       68         27      173\n    TOTAL     807      534        363      978\n",
    # Reuters-21578 15860 (USDA DETAILS FREE GRAIN STOCKS UNDER LOAN): a row of small figures below headings
    " Special Producer Storage Loan Program --\n      WHEAT    165     150       163     163\n"
    " FEEDGRAINS    7.0     6.7       5.3     5.3\n       CORN    200     200       147     147\n",
    # Reuters-21578 14138 (KANSAS CITY CARLOTS AS OF April 7): empty cells in the table's other rows
    "           Shipments          Receipts\n          Today     Yr Ago    Today   Yr Ago\n"
    " Wheat    133        44         52       4\n Corn     143        47         16       7\n Grain\n"
    " Sorghum    5         2         22      --\n Soybns    28        37         30       7\n",
]


@pytest.mark.parametrize("text", TABLES)
def test_a_figures_tables_row_labels_name_no_organization(run: Any, text: str) -> None:
    assert [record["name"] for record in run(text)._.organizations] == []


def test_a_town_labelling_a_markets_row_stays_a_place(run: Any) -> None:
    """Reuters-21578 13549: the markets' towns are places, no clubs ('OKLA CITY' is Oklahoma City)."""
    places = {record["name"] for record in run(TABLES[0])._.places}
    assert {"Oklahoma City", "Sioux City"} <= places


DATED_HEADLINES = [
    # Reuters-21578 12366
    "N.Y. GRAIN FREIGHTS - April 1\n    Tradax took Y.S. Tonnage 52,000 tonnes U.S. Gulf to Japan\n",
    # Reuters-21578 13330
    "NEW ZEALAND EXCHS CLOSE - April 7\n    N.Z. Dlr....0.5698/05\n    Aust Dlr....0.7076/81\n",
    # Reuters-21578 14645
    "U.S. VEGETABLE OILS - April 7\n                                     Cents a lb\n Peanut oil-\n",
]


@pytest.mark.parametrize("text", DATED_HEADLINES)
def test_a_headline_dated_by_month_and_day_is_no_score_line(run: Any, text: str) -> None:
    """'NAME - April 1' reads as a side, a dash for a score, a side and a score: a month names no team."""
    names = {record["name"] for record in run(text)._.organizations}
    assert not names & {"April", "N.Y. GRAIN FREIGHTS", "NEW ZEALAND EXCHS CLOSE", "U.S. VEGETABLE OILS"}


# A table's rows, cells apart by runs of spaces, whose lowercase words are abbreviations ('dn', 'up', 'unch'): the
# capitals of their grades, months, totals and headings say nothing of a body ('SWW', 'JNE', 'TTL', 'CLOSE').
ROWS_WITH_CAPITALS = [
    # Reuters-21578 14607 (DAILY PORTLAND GRAIN EXPORT PRICES): wheat grades, each before its price
    ("DAILY PORTLAND GRAIN EXPORT PRICES - APRIL 7\n Exporter offers for June shipment\n"
     "    FOB ship in cents per bushel.\n NO 2 OR BETTER SWW WHEAT 295     dn 3    \n"
     " NO 2 OR BETTER WWW WHEAT 297     dn 3    \n NO 2 OR BETTER DNS WHEAT 358     up 2    \n"
     " NO 2 BARLEY              209     unch    \n", {"SWW", "WWW", "DNS", "WHEAT"}),
    # Reuters-21578 13626 (NYMEX - HEATING/CRUDE OIL - VOL/OPEN INTEREST): months and the total
    ("NYMEX - HEATING/CRUDE OIL - VOL/OPEN INTEREST - APRIL 6\n"
     "HEAT OIL-VOL  OPEN   CHANGE      CRUDE- VOL OPEN   CHANGE\n"
     "MAY  3014    18102   off  168    MAY  12420 58972  off  4110\n"
     "JNE  2967    14554   off  414    JNE  10935 58659  off   220\n"
     "AUG   289     2797   up    22    AUG    978  9009  off   120\n"
     "DEC     0      409   up     4    DEC     92  2506  up     38\n"
     "TTL  7167   45,020   off  223    TTL  29575 162,578 off 3845\n", {"JNE", "AUG", "DEC", "TTL"}),
    # Reuters-21578 13783 (IMM/IOM TOTAL OPEN INTEREST)
    ("IMM/IOM TOTAL OPEN INTEREST FOR April  6\n         OPEN   CHANGE           OPEN   CHANGE\n"
     " B POUND  41126 up  6256 LUMBER    6964 up  130\n C DLR    27497 up   207 T-bill   37276 dn  775\n",
     {"POUND"}),
    # Reuters-21578 14431 (N.Y. METALS FUTURES ESTIMATED VOLUMES)
    ("N.Y. METALS FUTURES ESTIMATED VOLUMES- APRIL 7\n Time      10.00  11.00  12.00  13.00  14.00  CLOSE\n"
     " Silver     8000  13000  17000  21000  26000  38500\n Copper      900   1700   2500   3200    ---   7000\n",
     {"CLOSE"}),
]


@pytest.mark.parametrize(("text", "labels"), ROWS_WITH_CAPITALS)
def test_capitals_in_a_tables_row_are_no_bodys_initials(run: Any, text: str, labels: set[str]) -> None:
    assert not {record["name"] for record in run(text)._.organizations} & labels


def test_companies_in_a_wrapped_line_of_share_prices_stay(run: Any) -> None:
    """Reuters-21578 16116: prose lists share prices with single spaces, no table's cells; CRA is a miner."""
    text = ("    Western Mining continued its run, jumping 1.04 dlrs to a\nrecord 10.30. Poseidon gained 3.00 to "
            "16.00, Sons of Gwalia 90\ncents to 16.50 and Kidston 50 to 9.00.\n    Placer Pacific rose 25 cents to "
            "3.95 dlrs, Elders Resources\n17 to 3.20, CRA 36 to 8.70 and MIM 19 to 3.35.\n")
    assert "CRA" in {record["name"] for record in run(text)._.organizations}


# A table quoting prices in fractions or rates as a bid and an offer ('29 3/8', '1.6213/23'), which no sports table
# writes (a baseball table's games behind are halves, 'BOSTON 69 65 .515 5 1/2'): its currency codes, commodities and
# shares' short names are no teams ('STG', 'ZINC', 'CAN-PACIF').
QUOTED_TABLES = [
    # Reuters-21578 13370 (LONDON DOLLAR CROSS RATES OPENING)
    ("LONDON DOLLAR CROSS RATES OPENING - APRIL 7\n      SPOT           1 MONTH      3 MONTHS     6 MONTHS\n"
     " STG 1.6213/23       52/49        131/127      225/220\n DMK 1.8195/8205     42/39        122/117      246/241\n"
     " SFR 1.5130/40       48/43        114/109      228/218\n", {"STG", "DMK", "SFR"}),
    # Reuters-21578 13377 (LONDON STERLING RATES OPENING): two currencies to a row
    ("LONDON STERLING RATES OPENING - APRIL 7\n US       1.6213/23      YEN     235.10/40\n"
     " CAN      2.1190/1220    DKR     11.1180/1330\n DMK      2.9540/75      NKR     11.0350/0500\n",
     {"CAN", "DKR", "DMK", "NKR"}),
    # Reuters-21578 14472 (CANADIAN METALS)
    ("CANADIAN METALS - April 7\n\nVIRGIN                34.00/34.50\n    ZINC - PRIME WESTERN         50.00/56.50\n"
     "    ZINC - HIGH GRADE            49.50/56.00\n", {"ZINC", "PRIME WESTERN", "HIGH GRADE"}),
    # Reuters-21578 14617 (NYSE CLOSING PRICES)
    ("NYSE CLOSING PRICES 1\n\n ALLIED SIG      47 3/8\n ALCOA           43 3/4\n BURL NOR        70 1/2\n"
     " CAN-PACIF       19\n CHRYSLER        57 1/2\n", {"CAN", "PACIF"}),
]


@pytest.mark.parametrize(("text", "labels"), QUOTED_TABLES)
def test_a_table_of_quoted_prices_names_no_team(run: Any, text: str, labels: set[str]) -> None:
    assert not {record["name"] for record in run(text)._.organizations} & labels


# The wire's count of shares up and down under a most-actives table: two labels and their counts set out as a
# table's cells, not a score line's two sides in prose ('Arsenal 2 Southampton 0').
SHARE_COUNT_LINES = [
    # Reuters-21578 14235 (NYSE-CONSOLIDATED 1200 ACTIVES)
    "NYSE-CONSOLIDATED 1200 ACTIVES\n\n1,018,200 IBM               149 3/4 UP     3/8\n\n"
    "      ADVANCES    647   DECLINES    566\n",
    # Reuters-21578 13922
    "  605,400 UNITED AIR         65 5/8 OFF    1/8\n\n      ADVANCES    579   DECLINES    542\n",
    # Reuters-21578 14661
    "  240,600 NY TIMES A         45     UP   1 1/4\n\n     ADVANCES   276     DECLINES    319\n",
]


@pytest.mark.parametrize("text", SHARE_COUNT_LINES)
def test_a_count_of_shares_up_and_down_is_no_score_line(run: Any, text: str) -> None:
    assert not {record["name"] for record in run(text)._.organizations} & {"ADVANCES", "DECLINES"}
