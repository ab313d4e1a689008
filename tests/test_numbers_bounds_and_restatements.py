"""Words around a figure that look like a bound or a link but are none, and money restated in brackets: a
preposition over a noun phrase ("thumped over a 40m penalty"), phrases of approximation ("something like 6%"),
an "in-" word that is no inch, points that a percentage does not count, the things counted after a passive "by"
that moved nothing, a bracketed figure in another currency, and the ECU, the SDR and the Hong Kong dollar named
after the figure (with their rate: "141 Ecus a tonne").

Every sentence is real news: Reuters-21578 (reuters/NNNNN), BBC News 2004-2005 (bbc/topic/NNN) and the
HTML pages of the corpus (html/<first 12 hex digits>).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number


# (text, figure, qualifier): a preposition over "a ..." bounds nothing; a bound word before a share
# or a number word ("a million", "a third") still bounds it.
QUALIFIERS = [
    ("O'Gara converted and then thumped over a 40m penalty to give the visitors a commanding 28-8 advantage.",
     "40m", "exact"),  # bbc/sport/311
    ("Blocking could jeopardise efforts to solve a financing crisis over a five billion European Currency Unit\n"
     "(ECU) shortfall for this year, diplomats said.", "five billion European Currency Unit", "exact"),  # reuters/18761
    ("The bankers foreclosed on the assets of Marinduque Mining and Industrial\nCorp over a 17 billion peso "
     "obligation.", "17 billion peso", "exact"),  # reuters/07126
    # guards
    ("Washington has just over a 12 pct voting share.", "over a 12 pct", "more_than"),  # reuters/17376
    ("This represented over a 93 pct acceptance\nof the exchange offer, the company said.", "over a 93 pct",
     "more_than"),  # reuters/18950
    ("In November it emerged European Commission compensation amounted to just over a third of the money the UK "
     "government had hoped to get.", "just over a third of the money", "more_than"),  # bbc/politics/203
    ("The privately held company said up to 16 of its new Cygna\n386 workstations can attach to a PC.", "up to 16",
     "at_most"),  # reuters/19774
    ("Ex-health secretary Alan Milburn earned up to £85,000 from speeches, articles and advice.", "up to £85,000",
     "at_most"),  # bbc/politics/320
    ("Directed by John Carpenter, it made over $60m (£31.3m) worldwide.", "over $60m", "more_than"),
    # bbc/entertainment/378
    # phrases of approximation
    ("\"In the US growth is something like 6%, in China they are estimating 15%, and in the EU it is more or less "
     "1%,\" he says.", "something like 6%", "approximately"),  # bbc/business/183
    ("\"In the US growth is something like 6%, in China they are estimating 15%, and in the EU it is more or less "
     "1%,\" he says.", "more or less 1%", "approximately"),  # bbc/business/183
    ("Inter are reported to have slapped a price tag in the region of £40m on the head of Adriano.",
     "in the region of £40m", "approximately"),  # bbc/sport/168
]


@pytest.mark.parametrize("text, figure, qualifier", QUALIFIERS)
def test_only_a_bound_word_that_bounds_the_figure_is_its_qualifier(
        extractor: Any, text: str, figure: str, qualifier: str) -> None:
    assert number(extractor, text, figure)["qualifier"] == qualifier


def test_an_in_word_is_no_inch(extractor: Any) -> None:
    # html/82b6d780c792
    text = "Sondland said the meeting with Giuliani was just part of the dialogue, and he had one in-person meeting."
    assert [n for n in extractor.extract(text).numbers if n["unit"] == "inch"] == []


# (text, figure, counted): a percentage after an index's points counts no points; a bracketed restatement in
# another currency counts what the figure before it counts.
COUNTED = [
    ("The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66 by late morning.", "0.2%", None),
    # bbc/business/262
    ("Mr Ebbers has pleaded not guilty to charges of fraud and conspiracy, which led to the collapse of the firm "
     "following the discovery of an $11bn (£5.7bn) accounting fraud.", "£5.7bn", "accounting fraud"),
    # bbc/business/059
    ("Viacom has also been hit with record fines of $3.5m (£1.8m) over Stern and two other New York DJs.",
     "£1.8m", "record fines"),  # bbc/entertainment/218
]


@pytest.mark.parametrize("text, figure, counted", COUNTED)
def test_what_a_restated_or_percentage_figure_counts(
        extractor: Any, text: str, figure: str, counted: str) -> None:
    assert number(extractor, text, figure)["counted"] == counted


# (text, figure, direction): things counted after a passive verb's "by" did the deed; an amount after it moved.
AGENTS = [
    ("Stern was dropped by six stations owned by media giant Clear Channel in 2004.", "six stations", None),
    # bbc/entertainment/218
    ("A 6.25 pct, 10-year loan for the World\nBank, originally 300 mln guilders, has been raised by 150 mln\n"
     "guilders at an issue price of 99.50 pct.", "150 mln guilders", "up"),  # reuters/13895
]


@pytest.mark.parametrize("text, figure, direction", AGENTS)
def test_things_counted_after_a_passive_by_are_no_change(
        extractor: Any, text: str, figure: str, direction: str) -> None:
    change = number(extractor, text, figure)["change"]
    assert (change or {}).get("direction") == direction


# (text, figure, currency): currencies named after the figure in wire copy.
CURRENCIES = [
    ("Blocking could jeopardise efforts to solve a financing crisis over a five billion European Currency Unit\n"
     "(ECU) shortfall for this year, diplomats said.", "five billion European Currency Unit", "XEU"),  # reuters/18761
    ("The rebate at last week's tender was 2.5 Ecus per 100 kilos.", "2.5 Ecus", "XEU"),  # reuters/06998
    ("The International Monetary Fund,\nIMF, said it approved 125.9 mln sdr's to assist development in\nJamaica.",
     "125.9 mln sdr", "XDR"),  # reuters/01255
    ("The Hong Kong branch is planning a 100 mln H.K. Dlr certificate of deposit issue.", "100 mln H.K. Dlr",
     "HKD"),  # reuters/09757
]


@pytest.mark.parametrize("text, figure, currency", CURRENCIES)
def test_wire_currency_names_after_the_figure(extractor: Any, text: str, figure: str, currency: str) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["currency"]) == ("money", currency)


# (text, figure, unit): money named after the figure keeps its rate, and a price's move in its money shares it.
RATES = [
    ("The latest requests for the maize were for export at a maximum daily rebate\nprefixed last Friday at 141 Ecus "
     "a tonne against a previous 20\nEcu daily rebate.", "141 Ecus a tonne", "per tonne"),  # reuters/00501
    ("Mount Isa Mines Ltd <MIMA.S> said it\nraised its copper prices by 20 dlrs to 2,220 dlrs per tonne for\n"
     "cathodes.", "2,220 dlrs per tonne", "per tonne"),  # reuters/18430
    ("Mount Isa Mines Ltd <MIMA.S> said it\nraised its copper prices by 20 dlrs to 2,220 dlrs per tonne for\n"
     "cathodes.", "20 dlrs", "per tonne"),  # reuters/18430
]


@pytest.mark.parametrize("text, figure, unit", RATES)
def test_money_named_after_the_figure_keeps_its_rate(extractor: Any, text: str, figure: str, unit: str) -> None:
    assert number(extractor, text, figure)["unit"] == unit


def test_a_price_moved_by_an_amount_in_its_money_and_rate(extractor: Any) -> None:
    text = ("Mount Isa Mines Ltd <MIMA.S> said it\nraised its copper prices by 20 dlrs to 2,220 dlrs per tonne for\n"
            "cathodes.")  # reuters/18430
    assert number(extractor, text, "2,220 dlrs per tonne")["change"]["by"] == 20


# (text, figure): "a year" after money is no rate when it reaches back in time.
TIME_BACK = [
    ("Marks & Spencer reported an annual turnover of £8.89bn, down from £9.28bn a year earlier.", "£9.28bn"),
    # bbc/business/321
    ("Marks & Spencer reported an annual turnover of £8.89bn, down from £9.28bn a year earlier.", "£8.89bn"),
    ("The company had a loss of 163,932 dlrs on revenues of 665,800\ndlrs a year before.", "665,800 dlrs"),
    # reuters/00552
]


@pytest.mark.parametrize("text, figure", TIME_BACK)
def test_a_year_back_is_no_rate(extractor: Any, text: str, figure: str) -> None:
    assert number(extractor, text, figure)["unit"] is None


# (text, figure, unit): a price per piece of what is sold by the piece.
PIECES = [
    ("To fully compensate for devaluation the quota would have to\nbe around 28 dlrs per bag against 7.0 when "
     "registrations closed.", "around 28 dlrs per bag", "per bag"),  # reuters/10959
    ("However, even a 21 dlr per bag rise in the contribution\nquota would make Brazilian coffees uncompetitive.",
     "21 dlr per bag", "per bag"),  # reuters/10959
    ("Valero Natural Gas Partners L.P. was making an initial\npublic offering of 9.5 mln units at 22.75 dlrs a unit.",
     "22.75 dlrs a unit", "per unit"),  # reuters/06688
]


@pytest.mark.parametrize("text, figure, unit", PIECES)
def test_a_price_per_piece(extractor: Any, text: str, figure: str, unit: str) -> None:
    assert number(extractor, text, figure)["unit"] == unit


# (text, figure, kind, unit): a figure after "against" alone is the same quantity at another time.
AGAINST = [
    ("To fully compensate for devaluation the quota would have to\nbe around 28 dlrs per bag against 7.0 when "
     "registrations closed.", "7.0", "money", "per bag"),  # reuters/10959
    ("The yield was 10.15 pct on the first\ncoupon of 10.15 pct against 9.66 in March.", "9.66", "percent", None),
    # reuters/13573
]


@pytest.mark.parametrize("text, figure, kind, unit", AGAINST)
def test_a_figure_after_against_is_the_same_quantity(
        extractor: Any, text: str, figure: str, kind: str, unit: str) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["unit"]) == (kind, unit)


# (text, figure, counted): a measure glued to a number ("10-year") measures what is counted, it is no part of its
# name; other words glued to a number stay ("one-time gains").
GLUED = [
    ("A 6.25 pct, 10-year loan for the World\nBank, originally 300 mln guilders, has been raised by 150 mln\n"
     "guilders at an issue price of 99.50 pct.", "150 mln guilders", "loan"),  # reuters/13895
    ("In a separate operation, Financiere Robur is issuing a 147.73 mln French franc eight-year bond with a six pct "
     "coupon.", "147.73 mln French franc", "bond"),  # reuters/00305
    ("NOTE: Results exclude one-time gains of 223,000 or four cts\nand 564,000 or 11 cts for 1986 qtr and year.",
     "564,000", "one-time gains"),  # reuters/00557
]


@pytest.mark.parametrize("text, figure, counted", GLUED)
def test_a_measure_glued_to_a_number_is_no_part_of_what_is_counted(
        extractor: Any, text: str, figure: str, counted: str) -> None:
    assert number(extractor, text, figure)["counted"] == counted


def test_on_the_one_hand_across_a_line_break_is_no_number(extractor: Any) -> None:
    text = ("The aim of the Paris Accord is to redress the huge\nimbalance between the trade surpluses of Tokyo and "
            "Bonn on the\none hand, and Washington's massive trade deficit on the other.")  # reuters/13657
    assert extractor.extract(text).numbers == []
