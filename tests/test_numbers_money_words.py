"""Money named by a bare currency word: Scandinavian "crowns" and the singular coin "cent" are money, not a
count of crowns or cents (the currency of crowns is the country's the article names, else left open: Swedish, Danish
and Norwegian wires all write it)."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

CROWNS = [
    # Reuters-21578 14100
    ("Total credit granted by the Swedish finance companies rose to 77 billion crowns in 1986 from 64.7 billion "
     "in 1985.", "77 billion crowns", 77_000_000_000, "SEK"),
    ("Total credit granted by the Swedish finance companies rose to 77 billion crowns in 1986 from 64.7 billion "
     "in 1985.", "64.7 billion", 64_700_000_000, "SEK"),
    # Reuters-21578 00897
    ("Sweden had a 1986 current balance of\npayments surplus of 7.6 billion crowns compared with a deficit\nof "
     "10.1 billion the preceding year, according to preliminary\nfigures from the central bank.",
     "7.6 billion crowns", 7_600_000_000, "SEK"),
    # Reuters-21578 01174
    ("Denmark's net official reserves rose\nto 36.34 billion crowns in February from 28.00 billion in\nJanuary, "
     "against a revised 45.85 billion in February 1986, the\ncentral bank said.", "36.34 billion crowns",
     36_340_000_000, "DKK"),
    # Reuters-21578 00302
    ("The A shares -- with increased voting\nrights -- closed at 450 crowns for the restricted.", "450 crowns", 450, None),
    # Reuters-21578 06511: after a scale the singular names the money too
    ("Parliament also granted an 800 mln crown cash\ninfusion to ease cash flow problems that arose when the bank\n"
     "lost 600 mln crowns in a shipping firm bankruptcy two years ago.", "800 mln crown", 800_000_000, None),
]

CENTS = [
    # Reuters-21578 00098
    ("Year     Shr profit one cent vs loss 37 cts", "one cent", 1),
    # Reuters-21578 00022
    ("Asarco said it is cutting its copper cathode price by\n0.75 cent to 66 cents a lb, effective immediately.",
     "0.75 cent", 0.75),
    # Reuters-21578 00470
    ("Semi-annual div from income of 7.3 cts vs 1.0 cent in prior period", "1.0 cent", 1),
    # Reuters-21578 02449
    ("Unleaded gasoline for April finished 0.55 cent higher to\n51.24 cts a gallon.", "0.55 cent", 0.55),
]


def found(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    return next(n for n in extractor.extract(text).numbers if n["text"] == wanted)


@pytest.mark.parametrize("text, wanted, value, currency", CROWNS)
def test_crowns_are_money(extractor: Any, text: str, wanted: str, value: float, currency: Optional[str]) -> None:
    number = found(extractor, text, wanted)
    assert (number["value"], number["kind"], number["currency"]) == (value, "money", currency)
    assert number["counted"] != "crowns"


@pytest.mark.parametrize("text, wanted, value", CENTS)
def test_a_cent_is_money(extractor: Any, text: str, wanted: str, value: float) -> None:
    number = found(extractor, text, wanted)
    assert (number["value"], number["kind"], number["unit"]) == (value, "money", "cent")
    assert number["counted"] != "cent"


def test_a_race_crown_is_no_money(extractor: Any) -> None:
    # bbc sport/025
    number = found(extractor, "The 30-year-old has set his sights on clinching the world 5,000m crown in Helsinki "
                   "this summer.", "5,000m")
    assert (number["kind"], number["unit"], number["value"]) == ("measure", "metre", 5000)


def test_per_cent_stays_a_percentage(extractor: Any) -> None:
    # bbc politics/115
    number = found(extractor, "It is quite simple: if you hit someone at 30mph, they have a 50 per cent chance of "
                   "survival.", "50 per cent")
    assert (number["kind"], number["unit"]) == ("percent", None)


# (text, figure, currency): a country's word before a currency word names that country's money, part of the figure;
# one the currency table lists gives its code ("Irish pounds": IEP), another leaves the currency unknown rather
# than the bare word's ("Zimbabwean dlrs" are no U.S. dollars); the currency is never what the money is of.
COUNTRY_CURRENCIES = [
    # reuters/01335
    ("PanCanadian, 87 pct-owned by Canadian Pacific Ltd <CP>,\nsaid it would receive 1.7 mln British pounds cash "
     "(3.5 mln\nCanadian dlrs) at closing, expected in two to three months.", "1.7 mln British pounds", "GBP"),
    ("Youghal in 1986 had a pre-tax profit of 205,000 Irish pounds on turnover of 44.5 mln Irish pounds.",
     "205,000 Irish pounds", "IEP"),  # reuters/17250
    ("The government proposed a 1987 budget of up to 41.7 billion Syrian pounds, a 4.8 pct decrease from last year's "
     "allocation.", "up to 41.7 billion Syrian pounds", "SYP"),  # reuters/05802
    ("He said fuel oil will sell for 28 Egyptian pounds a ton, instead of 7.5 pounds.", "28 Egyptian pounds a ton",
     "EGP"),  # reuters/17409
    ("It said Malaysia's external debt totals 48 to 49 billion Malaysian dlrs and", "48 to 49 billion Malaysian dlrs",
     "MYR"),  # reuters/08111
    ("Zimbabwe's beef exports to the European Community (EC), potentially worth 70 mln Zimbabwean dlrs this year, "
     "may be jeopardised by an outbreak of foot and mouth", "70 mln Zimbabwean dlrs", None),  # reuters/15798
    ("budget deficit of more than one billion Zimbabwean dlrs and an acute balance of payments problem",
     "more than one billion Zimbabwean dlrs", None),  # reuters/19530
]


@pytest.mark.parametrize("text, figure, currency", COUNTRY_CURRENCIES)
def test_a_country_word_names_its_money(extractor: Any, text: str, figure: str, currency: Optional[str]) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["currency"]) == ("money", currency)
    assert found["counted"] is None or figure.split()[-1] not in found["counted"]
