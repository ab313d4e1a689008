"""Numbers: news styles of writing a quantity (glued "pc", "p" and "c", rates, "-fold"), units under one
name each, and "up X to Y" read as a change's amount and level, on real sentences from ../shared/corpora."""

from __future__ import annotations

from typing import Any, Callable, Optional

import pytest
from spacy.tokens import Doc

Found = list[tuple[str, float, str, Optional[str], Optional[str]]]


@pytest.fixture(scope="module")
def numbers(run: Callable[..., Doc]) -> Callable[[str], Found]:
    def _numbers(text: str) -> Found:
        found: list[dict[str, Any]] = run(text)._.numbers
        return [(n["text"], n["value"], n["kind"], n["unit"], n["currency"]) for n in found]

    return _numbers


GLUED_MARKS = [
    # issue 19 (British press style: "12pc", "2.75pc")
    ("Profits rose 12pc while margins widened to 2.75pc.",
     [("12pc", 12, "percent", None, None), ("2.75pc", 2.75, "percent", None, None)]),
    # bbc/business/242.txt
    ("Reports have put the offer at 300p per share, which would value Manchester United at £800m.",
     [("300p", 300, "money", "penny", "GBP"), ("£800m", 800000000, "money", None, "GBP")]),
    # reuters21578/articles/03477.txt style: pence where the article counts in stg
    ("The shares rose to 324p from 313p, valuing the group at 45 mln stg.",
     [("324p", 324, "money", "penny", "GBP"), ("313p", 313, "money", "penny", "GBP"),
      ("45 mln stg", 45000000, "money", None, "GBP")]),
    # a glued "c" is a cent in an article that counts in dollars
    ("The stamp costs 50c and the book $12.", [("50c", 50, "money", "cent", "USD"), ("$12", 12, "money", None, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_MARKS)
def test_glued_percent_pence_and_cents_are_percentages_and_money(numbers, text: str, expected: Found):
    assert numbers(text) == expected


NOT_COINS = [
    # pence need sterling in the article; a glued capital is no coin; "30c" among temperatures is warm
    ("The TV shows 1080p video.", []),
    ("The 386PC went on sale.", []),
    ("Temperatures hit 30c in Madrid, where a beer costs $2.",
     [("30c", 30, "measure", "degree Celsius", None), ("$2", 2, "money", None, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COINS)
def test_glued_marks_without_evidence_are_no_coins(numbers, text: str, expected: Found):
    assert numbers(text) == expected


def test_cents_take_the_one_currency_the_article_names(numbers):
    # reuters21578/articles/06551.txt: "Shr loss 24 cts vs profit 23 cts" in an article counting in dlrs
    assert numbers("Shr loss 24 cts vs profit 23 cts. Net loss 1.2 mln dlrs.")[0][4] == "USD"
    # two currencies with cents: no guess
    found = numbers("It earned 10 cts a share, or 12 mln Canadian dlrs, against 3 mln U.S. dlrs.")
    assert found[0][:4] == ("10 cts", 10, "money", "cent") and found[0][4] is None


RATES = [
    # bbc/business (policy sold at "£50 a month")
    ("A policyholder who had invested £50 a month lost out.", ("£50 a month", 50, "money", "per month", "GBP")),
    # quantulum3 / BBC: "$15 per hour"
    ("Workers will earn $15 an hour.", ("$15 an hour", 15, "money", "per hour", "USD")),
    # issue 19: solar costs
    ("Panels now cost $0.23/W.", ("$0.23/W", 0.23, "money", "per watt", "USD")),
    ("Power sells at $0.03/kWh.", ("$0.03/kWh", 0.03, "money", "per kilowatt hour", "USD")),
]


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_money_rates_name_what_the_money_is_per(numbers, text: str, expected: tuple[Any, ...]):
    assert numbers(text)[0] == expected


UNITS = [
    ("The storm reached 200 km/hr.", "kilometre per hour"),
    # html-articles (Delhi smog): particles measured in microns
    ("Tiny particles smaller than 2.5 microns can lodge deep in the lungs.", "micrometre"),
    ("The car did 120 miles per hour.", "mph"),
    ("Police seized 1,500 kg of cannabis.", "kilogram"),
    ("The plant produces 4 MW of power.", "megawatt"),
    ("The fire burnt 20 sq km of forest.", "square kilometre"),
    ("The mine produced 300 tonnes a yr.", "tonne per year"),
    ("Output rose to 50,000 barrels a day.", "barrel per day"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS)
def test_each_unit_has_one_name(numbers, text: str, unit: str):
    assert numbers(text)[0][3] == unit


@pytest.mark.parametrize(("text", "expected"), [
    # bbc/business: "its share price increasing by almost four-fold last year"
    ("Its share price increased by almost four-fold last year.", ("almost four-fold", 4, "measure", "times", None)),
    # bbc/tech/221, bbc/tech/217: the multiplier in one word
    ("It issued the warning following analysis which shows that traffic on the Xbox game network increased "
     "fourfold on the launch day of Halo 2.", ("fourfold", 4, "measure", "times", None)),
    ("The number of phishing e-mail messages stopped by security firm MessageLabs has risen more than tenfold.",
     ("more than tenfold", 10, "measure", "times", None)),
])
def test_fold_is_a_multiplier(numbers, text: str, expected: tuple[Any, ...]):
    assert numbers(text) == [expected]


# (sentence, number, kind, unit, counted): "times" before a comparison or a quantity multiplies it; else it
# counts occasions.
TIMES = [
    ("Many stripper wells along the southern California coast produce eight times as much water as crude oil, and "
     "inland wells frequently require the use of steam injection.", "eight times", "measure", "times", "water"),
    # reuters/01616 ^
    ("Each Class B share has 100 times the voting power of a Class A share.", "100 times", "measure", "times",
     "voting power"),                                                                                     # reuters/03025
    ('"A multiple of ten times earnings would be the top whack for the brewing division," he said.', "ten times",
     "measure", "times", "earnings"),                                                                     # reuters/00982
    ("The rate has been increased nine times since the start of the year, when it was below 12 pct.", "nine times",
     "count", None, "times"),                                                                             # reuters/02064
    ("The share offer was eleven times oversubscribed.", "eleven times", "measure", "times", None),       # bbc/business/276
    ("The Fed lifted borrowing costs five times last year to 2.25%, citing evidence the economy was recovering.",
     "five times", "count", None, "times"),                                                               # bbc/business/416
    ("Manager Mark Hughes, who won the Cup four times as a player, is aiming to steer Rovers to the final.",
     "four times", "count", None, "times"),                                                               # bbc/sport/179
]


@pytest.mark.parametrize(("text", "number", "kind", "unit", "counted"), TIMES)
def test_times_multiplies_a_quantity_or_counts_occasions(run, text: str, number: str, kind: str,
                                                        unit: Any, counted: Any):
    found = [n for n in run(text)._.numbers if n["text"] == number]
    assert [(n["kind"], n["unit"], n["counted"]) for n in found] == [(kind, unit, counted)]


# The examples of signed figures (the corpora have none of these shapes).
@pytest.mark.parametrize(("text", "expected"), [
    ("Shares gained +1.4% on Monday.", ("+1.4%", 1.4, "percent", None, None)),
    ("He was sacked for minus-12 yards of rushing.", ("minus-12 yards", -12, "measure", "yard", None)),
])
def test_a_sign_glued_to_the_digits_is_read(numbers, text: str, expected: tuple[Any, ...]):
    assert numbers(text) == [expected]


AMOUNT_THEN_LEVEL = [
    # bbc/business/381.txt
    ("A barrel of light crude ended Monday down $1.33 to $42.12.", [1.33, 42.12]),
    # reuters21578/articles/17669.txt
    ("In Canada, the weekly rig count rose 19 to 100.", [19, 100]),
]  # an index's move and level, and a share price in eighths: tests/test_numbers_bare_figures.py
RANGES_OF_A_CHANGE = [
    # reuters21578/articles/03981.txt
    ("Estimates were down 16.7 to 22 pct from the year before.", (16.7, 22)),
    # reuters21578/articles/13859.txt
    ("USDA barrow and gilt prices rose 1.00 to 1.50 dlrs in active trade.", (1, 1.5)),
    # reuters21578/articles/14708.txt
    ("Treasury bill rates increased two to eight basis points.", (2, 8)),
    # reuters21578/articles/00417.txt
    ("Plantings are expected to increase by two to three mln acres.", (2000000, 3000000)),
]


@pytest.mark.parametrize(("text", "values"), AMOUNT_THEN_LEVEL)
def test_up_amount_to_level_is_two_numbers(run, text: str, values: list[float]):
    assert [n["value"] for n in run(text)._.numbers if n["kind"] != "measure"] == values


@pytest.mark.parametrize(("text", "bounds"), RANGES_OF_A_CHANGE)
def test_close_ends_after_a_change_stay_a_range(run, text: str, bounds: tuple[float, float]):
    found = [n for n in run(text)._.numbers if n["qualifier"] == "range"]
    assert [(n["low"], n["high"]) for n in found] == [bounds]


# (sentence, number, ISO currency): the currencies of the wire archives, named after the amount.
CURRENCIES_AFTER = [
    ("Imports totalled 1,412.6 billion escudos and exports 1,076.1 billion.", "1,412.6 billion escudos", "PTE"),
    # reuters/03541 ^
    ("Company officials estimate that the currency change raised the debt to 4.67 billion bolivars from 2.67 "
     "billion.", "4.67 billion bolivars", "VEB"),                                                        # reuters/05104
    ("Hertz Realty Corp is issuing a 75 mln Canadian dlr bond due April 30, 1993.", "75 mln Canadian dlr", "CAD"),
    # reuters/12467 ^
    # html-articles (a Seoul restaurant's price list): the sign after the figure
    ("Perilla leaf set menu for two people 60,000₩", "60,000₩", "KRW"),
]


def test_a_one_letter_word_after_a_price_is_no_counted_noun(run):
    # html-articles (a theatre's ticket prices, one per line): "R" and "S" are seat classes
    found = run("Ticketing\nwww.jeongdongtheater.com\nVIP : 60,000₩\nR : 50,000₩\nS : 40,000₩\nInquiry")._.numbers
    assert [(n["text"], n["currency"], n["counted"]) for n in found] == [
        ("60,000₩", "KRW", None), ("50,000₩", "KRW", None), ("40,000₩", "KRW", None)]


@pytest.mark.parametrize(("text", "number", "currency"), CURRENCIES_AFTER)
def test_a_currency_named_after_the_amount_gives_its_iso_code(numbers, text: str, number: str, currency: str):
    assert [(kind, iso) for said, _, kind, _, iso in numbers(text) if " ".join(said.split()) == number] \
        == [("money", currency)]
