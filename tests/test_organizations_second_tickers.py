"""A firm listed twice has two tickers, and the wire marks both after its name ('Royal Dutch/Shell Group <RD> <SC>'):
the second, like the first, is no organization.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 13184
SHELL_ST = ("    Ecopetrol is exploiting Cravo Norte in association with\nOccidental Petroleum Corp <OXY> and Shell "
            "Petroleum N.V., a\nunit of the Royal Dutch/Shell Group <RD> <ST>.\n")
# Reuters-21578 03623
VISUAL = ("Visual Graphics Corp <VGCA> <VGCB>\nsaid its board declared a quarterly dividend of 7-1/2 cts per\nshare "
          "on its class \"B\" common stock and 8-1/4 cts per share on\nclass \"A\" common stock payable April Three to "
          "shareholders of\nrecord as of March 23.\n")
# Reuters-21578 18381
SHELL_SC = ("    Shell is a subsidiary of Royal Dutch/Shell Group <RD> <SC>.\n")


def names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize("text, ticker, firm", [(SHELL_ST, "ST", "Royal Dutch/Shell Group"),
                                                (VISUAL, "VGCB", "Visual Graphics Corp"),
                                                (SHELL_SC, "SC", "Royal Dutch/Shell Group")])
def test_a_second_ticker_after_the_first_is_no_organization(run: Any, text: str, ticker: str, firm: str) -> None:
    found = names(run(text))
    assert ticker not in found and firm in found
