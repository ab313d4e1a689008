"""Numbers: a scaled figure counting a loss, profit, surplus or deficit ("against a 35 mln loss in 1985") is money,
not a count of losses; it takes the currency of the figure of the same account it is compared with ("made a loss
of 44 mln stg in 1986 against a 35 mln loss"), never of another account ("a surplus of 180 mln crowns, against a
3.04 billion deficit"), which keeps its own noun.

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# (text, figure, counted, currency)
ACCOUNTS = [
    # reuters/01549
    ("    Crocker and the Bracton subsidiary created by Midland to\nwork out Crocker's problem loans made a loss of 44 "
     "mln stg in\n1986 against a 35 mln loss in 1985.\n", "35 mln loss", "loss", "GBP"),
    # reuters/19105
    ("its April forecast of a 1987 parent company net loss of 41.7\nmln francs vs a 226 mln loss in 1986.\n",
     "226 mln loss", "loss", None),
    # reuters/09732
    ("China will have a budget deficit of\n8.017 billion yuan in calendar 1987 compared with a 7.08\nbillion deficit "
     "in 1986, Finance Minister Wang Bingqian said.\n", "7.08\nbillion deficit", "deficit", "CNY"),
    # reuters/04366
    ("Spain had a 68 mln dlr current account\nbalance of payments surplus in January compared with a 556 mln\n"
     "deficit in December and 370 mln surplus in January last year,", "556 mln\ndeficit", "deficit", None),
    # reuters/16086
    ("<Mobil Oil Australia Ltd>, reported a 38.63 mln dlr net loss in\n1986, a turnaround from its 37.25 mln profit "
     "in 1985.\n", "37.25 mln profit", "profit", None),
]


def number(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if n["text"] == wanted), None)


@pytest.mark.parametrize("text, wanted, counted, currency", ACCOUNTS)
def test_a_scaled_loss_or_profit_is_money(extractor: Any, text: str, wanted: str, counted: str,
                                          currency: Optional[str]) -> None:
    found = number(extractor, text, wanted)
    assert found is not None
    assert (found["kind"], found["counted"], found["currency"]) == ("money", counted, currency)


def test_another_accounts_noun_is_not_shared_back(extractor: Any) -> None:
    # reuters/08174
    text = ("    The February figure provisionally gives a trade surplus for\n1987 of 180 mln crowns, against a 3.04 "
            "billion deficit in the\nsame 1986 period.\n")
    assert number(extractor, text, "180 mln crowns")["counted"] != "deficit"


def test_money_naming_no_account_takes_no_noun_from_another(extractor: Any) -> None:
    # reuters/10637: the proceeds are no investment
    text = ("The French public sector will get a total\nof five billion francs of investment from the 41 billion "
            "francs\nwhich the government expects to raise through its privatisation\nprogram, the Finance Ministry "
            "said in a statement.\n")
    assert number(extractor, text, "41 billion francs")["counted"] is None
