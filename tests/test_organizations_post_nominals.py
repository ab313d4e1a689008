"""A member's or a barrister's letters after a name ('Tom McCabe MSP', 'The MEP said', 'Labour MP Jean Corston')
are part of a person's description, no organization and no part of a party's name; a ticker named after 'symbol'
('under the ticker symbol KDUWI') is no organization either.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# BBC politics/241
MCCABE = ('Scottish Finance Minister, Tom McCabe MSP, said: "Last week in parliament I announced an additional £419m '
          'for core expenditure to local government in Scotland."')
# BBC politics/241
MONTEITH = 'The Tory finance spokesman, Brian Monteith MSP, said: "Its a form of disguise."'
# BBC politics/237
VERITAS = ("The Veritas leader said the only people to benefit from immigrants from places like Poland were employers, "
           "landlords, members of the 'metropolitan elite'. The MEP said his party would only admit foreigners who "
           "were required because they had specific skills to offer.")
# BBC politics/214
CORSTON = ('Committee chairman Labour MP Jean Corston said: "Each and every death in custody is a death too many, '
           'regardless of the circumstances."')
# BBC politics/410
SAYEED = ("The decision comes after Mr Sayeed survived an attempt to de-select him in a row over allegations he had "
          "profited from private tours of Parliament. The Mid-Bedfordshire MP had denied a claim that he was paid for "
          "guiding visitors around the Palace of Westminster.")


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, post",
    [(MCCABE, "MSP"), (MONTEITH, "MSP"), (VERITAS, "MEP"), (SAYEED, "Mid-Bedfordshire MP"), (CORSTON, "Labour MP")],
)
def test_a_members_letters_name_no_body(run: Any, text: str, post: str) -> None:
    assert post not in names(run(text))


def test_a_party_before_a_members_letters_keeps_its_own_name(run: Any) -> None:
    assert [(record["name"], record["type"]) for record in run(CORSTON)._.organizations] == [("Labour", "party")]


@pytest.mark.parametrize(
    "text, ticker",
    [
        # Reuters-21578 17362
        ("    AMEX said the trust, known as the Americus Trust for Kodak\nshares, trades under the ticker symbol "
         "KDUWI and will accept a\nmaximum of 7,500,000 shares.\n", "KDUWI"),
        # Reuters-21578 06795
        ("    The exchange said trading in the new issue is scheduled to\nstart March 20 under ticker symbol LCO. The "
         "Marietta, Ga.,\nconcern currently trades in over-the-counter market under\nsymbol LTCO.\n", "LCO"),
        # Reuters-21578 05736
        ("Explosive Fabricators Inc\nsaid its common stock began trading on NASDAQ over-the-counter\nmarket March 16 "
         "with the quotation symbol BOOM.\n", "BOOM"),
        # Reuters-21578 04424
        ("Thermwood Corp said its common stock\nhas begun trading on the Pacific Stock Exchange under the\nsymbol "
         '"THM."\n', "THM"),
        # Reuters-21578 19820
        ("    The West Roxbury, Mass.-based company previously traded in\nthe NASDAQ National System under the symbol "
         '"UNOS."\n', "UNOS"),
        # Reuters-21578 20540
        ("    The company said the new common stock will trade under the\nNASDAQ symbol ELMDV until at least 30 pct of "
         "the outstanding\nshares of the old common stock have been exchanged for new ones.\n", "ELMDV"),
    ],
)
def test_a_ticker_named_after_symbol_is_no_body(run: Any, text: str, ticker: str) -> None:
    assert not [mention for record in run(text)._.organizations for mention in record["mentions"]
                if mention["text"] == ticker]
