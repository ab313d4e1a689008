"""The wire's tables of figures by delivery month hold no dates but their heading's: a figure ending one row and
the month in capitals labelling the next ('2727', a line break, 'MAY') are none, nor is a four-digit figure among
others however many spaces lay out the columns, or ending a row before such a label. Real tables from Reuters
(source named beside each; each the opening rows of its table, one string a line)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates

CME_SALES = [  # reuters 14502
    "CME ESTIMATED SALES - APRIL 7", "      LIVE    FEEDER   LIVE   PORK",
    "      CATTLE  CATTLE   HOGS   BELLIES  LUMBER", " APR    7325    542    2727",
    " MAY            996            4645      1297", " JUN    9885           5768",
    " JLY                   2445    1347       485", " AUG    3678    324     914     396",
    " SEP             69                       179", " OCT    1838    171     230",
    " NOV             20                       130", ""]
SILVER_VOLUME = [  # reuters 13672
    "N.Y. COMEX SILVER OFFICIAL VOLUME FOR APRIL 6", " APL     0", " May 28932", " Jne     9", " JLY  6188",
    " SEP   737", " DEC  1151", " JAN     1", " MCH    78", " MAY   691", " JLY  1016", " SEP   662", " DEC    85",
    " Jan     0", "Total 39,530", " Reuter", ""]
COCOA_VOLUME = [  # reuters 13761
    "N.Y. COCOA OFFICIAL VOLUME FOR APRIL 6", " MAY    820", " JLY   1081", " SEP     39", " DEC     63",
    " Mch      0", " May      0", " Total official volume 2,003", "", " Reuter", ""]
COCOA_INTEREST = [  # reuters 14181
    "N.Y. COCOA VOL/OPEN INTEREST FOR APRIL 6", "       VOL       OPEN   CHANGE", " MAY    820      4664   off  462",
    " JLY   1081      8581   up   350", " Sep     39      3435   up     3", " DEC     63      4420   off   34",
    " Mch      0      1124   unch    ", " May      0       209   unch    ", "total  2003     22433   off  143", ""]


@pytest.mark.parametrize("rows, heading", [
    (CME_SALES, "APRIL 7"), (SILVER_VOLUME, "APRIL 6"), (COCOA_VOLUME, "APRIL 6"), (COCOA_INTEREST, "APRIL 6"),
])
def test_a_table_by_delivery_month_dates_only_its_heading(run, rows, heading):
    assert [record["text"] for record in dates(run, "\n".join(rows))] == [heading]


def test_a_date_the_prose_wraps_over_a_line_break_stays(run):
    text = ("N.Y. TANKERS - April 9\n    Tennaco took Nicopolis part cargo 50,000 tons dirty April\n12 Caribbean to "
            "U.S. Gulf worldscale 130\n")  # reuters 16040
    assert [record["text"] for record in dates(run, text)] == ["April 9", "April\n12"]
