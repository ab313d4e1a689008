"""A body's name right after a capitalised post's 'of' (a title written before its holder's name) ends before
the holder's name, which the model runs into it: 'Governor of the Bank of England Robin Leigh-Pemberton' names
the Bank of England, 'U.S. Secretary of Agriculture Richard Lyng' no body at all. A post in lowercase is no such
title, and a firm's name after it stays whole.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 00419
GOVERNOR = ("    Funaro and Gros are today meeting British Chancellor of the\nExchequer Nigel Lawson, Foreign Secretary "
            "Geoffrey Howe and\nGovernor of the Bank of England Robin Leigh-Pemberton.\n")
# Reuters-21578 02387
CHAIRMAN = ("    Chairman of the FCA Frank Naylor, like Foley, has \nexpressed caution about rushing to a bail-out, "
            "prefering to\n")
# Reuters-21578 07037
AGRICULTURE = ("    U.S. Secretary of Agriculture Richard Lyng said in a letter\nto EC officials that U.S. Retaliatory "
               "measures would cover more\nthan agricultural products if the tax was imposed, Bennett\n")
# Reuters-21578 09801
DEFENCE = ("on the Reagan Adminstration's offer to escort Kuwaiti oil\ntankers through the Gulf, but the issue is being "
           "discussed,\nU.S. Secretary of Defence Caspar Weinberger said.\n")
# Reuters-21578 14858
UNDER_SECRETARY = ("    An indication of the U.S. Position came last December when\nUnder Secretary of Agriculture Daniel "
                   "Amstutz said Japan has\nthe potential to provide one of the largest boosts to U.S.\n")
# Reuters-21578 07797
BROWN_BOVERI = ("    Nestle said it had also invited Fritz Leutwiler, former\npresident of the Swiss National Bank and "
                "currently chairman of\nBBC AG Brown Boveri und Cie <BBCZ.Z>, to join the Nestle board.\n")


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, holder",
    [(GOVERNOR, "Robin"), (CHAIRMAN, "Frank"), (AGRICULTURE, "Richard"), (DEFENCE, "Caspar"),
     (UNDER_SECRETARY, "Daniel")],
)
def test_no_body_takes_in_its_post_holders_name(run: Any, text: str, holder: str) -> None:
    assert not [name for name in names(run(text)) if holder in name]


@pytest.mark.parametrize("text, body", [(GOVERNOR, "Bank of England"), (CHAIRMAN, "FCA")])
def test_the_body_before_the_holder_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))


def test_a_firm_after_a_post_in_lowercase_stays_whole(run: Any) -> None:
    assert any(name.startswith("BBC AG Brown Boveri") for name in names(run(BROWN_BOVERI)))
