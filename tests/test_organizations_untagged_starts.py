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


# Reuters-21578 09485
PEMBERTON = ("Encor, 48 pct-owned by Dome Petroleum Ltd <DMP>, said\ninvestment dealers McLeod Young Weir Ltd "
             "and Pemberton Houston\nWilloughby Bell Gouinlock Inc agreed to purchase the issue for\nresale to the "
             "public.\n")
# Reuters-21578 15018
PEMBERTON_WRAPPED = ("<Pancontinental Oil Ltd> said\nit arranged a 10 mln dlr private financing with Pemberton\n"
                     "Houston Willoughby Bell Gouinlock Inc.\n")
# Reuters-21578 00110
SHEARSON = ("American Express Co remained silent on\nmarket rumors it would spinoff all or part of its Shearson\n"
            "Lehman Brothers Inc, but some analysts said the company may be\nconsidering such a move.\n")
# Reuters-21578 00382
VOLVO = ("Upcoming asset-backed issues include 200 mln dlrs of notes\nbacked by the car leases of Volvo 1986 Lease "
         "Finance Corp, a\nunit of Volvo Finance North America Inc, via First Boston, and\n450 mln dlrs of notes "
         "secured by sales contracts.\n")
# Reuters-21578 08824
IOWA = ("Standard and Poor's said it upgraded\n31 mln dlrs of preferred and preference stock of Iowa-Illinois\n"
        "Gas and Electric Co.\n")


@pytest.mark.parametrize(
    "text, name",
    [(PEMBERTON, "Pemberton Houston Willoughby Bell Gouinlock Inc"),
     (PEMBERTON_WRAPPED, "Pemberton Houston Willoughby Bell Gouinlock Inc."),
     (SHEARSON, "Shearson Lehman Brothers Inc"), (VOLVO, "Volvo Finance North America Inc"),
     (IOWA, "Iowa-Illinois Gas and Electric Co.")],
)
def test_a_firm_takes_in_the_first_words_the_model_tags_apart(run: Any, text: str, name: str) -> None:
    """Tagged a person, a place or a body of their own, across a line break: one name, whose parts name nothing."""
    names = [record["name"] for record in run(text)._.organizations]
    assert name in names and not any(other != name and name.endswith(other) for other in names)
