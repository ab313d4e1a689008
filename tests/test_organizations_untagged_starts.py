"""A body's name ending in its head takes in the capitalised words the model leaves untagged before it, as a
firm's name ending in a legal form does: 'World Anti-Doping Agency', not 'Anti-Doping Agency'.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# BBC sport/036
WADA = ("The Sydney Olympics ended more than four years ago, but World Anti-Doping Agency chief Dick Pound said the "
        "rule may not apply because the allegations are only coming out now.")
# Reuters-21578 00293
SUGAR = ("India's sugar output to January 31 in\nthe 1986/87 season (October/September) rose to 3.66 mln tonnes\nfrom "
         "3.46 mln in the same 1985/86 period, the Indian Sugar\nMills Association said.\n")
# Reuters-21578 00324
BANKS = ("    They are Oversea-Chinese Banking Corp Ltd <OCBM.S>, United\nOverseas Bank Ltd <UOBM.S>, <Banque Paribas>, "
         "<Bangkok Bank\nLtd>, <Citibank NA>, <Standard Chartered Bank Ltd>, Algemene\nBank Nederland NV <ABNN.A>, "
         "Banque Nationale De Paris <BNPP.P>\nand <Chase Manhattan Bank NA>.\n")


@pytest.mark.parametrize(
    "text, name",
    [(WADA, "World Anti-Doping Agency"), (SUGAR, "Indian Sugar Mills Association"),
     (BANKS, "Algemene Bank Nederland NV")],
)
def test_a_body_takes_in_its_untagged_first_words(run: Any, text: str, name: str) -> None:
    assert name in [record["name"] for record in run(text)._.organizations]
