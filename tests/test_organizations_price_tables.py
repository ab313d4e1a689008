"""The wire's futures price tables open each row with a contract month, the month's abbreviation with the year's
digit glued on ('MAY7 5600 UP 20'): such a row is no score line or league-table row, so neither the month nor the
'UP' or 'OFF' after its price is a team.

Every table is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

TABLES = [
    # Reuters-21578 14321
    "NY COTTON 12:25\n  MAY7 5600   UP   20\n  JUL7 5510   UP   20\n  OCT7 5525   UP   20\n  DEC7 5510   UP   35\n"
    "  MAR8 5615   UP   50\n  MAY8 UNTRD\n  JUL8 UNTRD\n  OCT8 UNTRD\n",
    # Reuters-21578 13920
    "NY COCOA 10:30\n MAY7  1922 OFF 12\n JUL7  1954 OFF 13\n SEP7  1980 OFF 9\n DEC7  2013 OFF 2\n MAR8 UNTRD\n"
    " MAY8 UNTRD\n JUL8 UNTRD\n SEP8 UNTRD\n",
    # Reuters-21578 13819
    "NY COMEX SILVER 10:00\n\n APR7  6670 UP  122\n MAY7  6695 UP  115\n JUN7  6770 UP  153\n JUL7  6785 UP  131\n"
    " SEP7  6860 UP  130\n DEC7  6965 UP  127\n JAN8 UNTRD\n MAR8  7100 UP  154\n MAY8  7250 UP  225\n",
    # Reuters-21578 13973
    "CME 10:45  EDT\n\nL-CATTLE\nAPR7  69.52 UP  0.12\nJUN7  64.95 OFF 0.07\nAUG7  60.70 OFF 0.17\nF-CATTLE\n"
    "APR7  68.95 OFF 0.15\n",
]


@pytest.mark.parametrize("text", TABLES)
def test_a_price_tables_rows_name_no_team(run: Any, text: str) -> None:
    assert [record["name"] for record in run(text)._.organizations] == []
