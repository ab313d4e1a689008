"""Figures of one quantity side by side, and what a figure is of: results tables ("Net 603.0 mln dlrs vs 813.0
mln"), a line of a table never naming what the next line's figures are of, a coin that belongs to another
figure, and a change's size that must agree with its start and its level.

Every sentence is real news: Reuters-21578 (reuters/NNNNN), BBC News 2004-2005 (bbc/topic/NNN) and the
HTML pages of the corpus (html/<first 12 hex digits>).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number


# (text, figure, value, kind, currency): the figure after "vs" is the same quantity as the one before it, in
# the money that one names (and the other way round).
COMPARED = [
    # reuters/06335
    ("Turnover 9.06 billion dlrs vs 7.52 billion\n", "7.52 billion", 7_520_000_000, "money", "USD"),
    ("PRETAX PROFIT 601.7 mln stg vs 614.4 mln\n", "614.4 mln", 614_400_000, "money", "GBP"),  # reuters/15380
    ("Pre-tax 705.4 mln rand vs 485.2 mln\n", "485.2 mln", 485_200_000, "money", "ZAR"),  # reuters/04149
    ("Pretax 27.76 billion yen vs 84.78 billion\n", "84.78 billion", 84_780_000_000, "money", "JPY"),  # reuters/01924
    ("Group shr 18.34 yen vs 58.72\n", "58.72", 58.72, "money", "JPY"),  # reuters/01924
    # reuters/00596
    ("NOTE: Net includes tax credits of 963,000 dlrs vs 720,000\n", "720,000", 720_000, "money", "USD"),
    # reuters/09187: each line's pair, the second line naming its money only on its first figure
    ("Pretax profit 37.09 mln stg vs 34.55 mln\n    Net 22.12 mln vs 24.13 mln\n    Turnover 1.22 billion stg vs "
     "1.10 billion\n", "1.10 billion", 1_100_000_000, "money", "GBP"),
]


@pytest.mark.parametrize("text, figure, value, kind, currency", COMPARED)
def test_a_figure_after_vs_is_in_the_money_of_the_one_before(
        extractor: Any, text: str, figure: str, value: float, kind: str, currency: str) -> None:
    found = number(extractor, text, figure)
    assert (found["value"], found["kind"], found["currency"]) == (value, kind, currency)


# (text, figure): a pair that names no money stays a pair of counts; "vs" lends nothing it does not have.
UNNAMED_PAIRS = [
    ("Avg shrs 12.5 mln vs 12.3 mln\n", "12.3 mln"),  # the Reuters results table's share count
    ("Avg shrs 2,200,000 vs 1,600,000\n", "2,200,000"),  # reuters/16801
]


@pytest.mark.parametrize("text, figure", UNNAMED_PAIRS)
def test_a_pair_naming_no_money_stays_counts(extractor: Any, text: str, figure: str) -> None:
    found = number(extractor, text, figure)
    assert (found["kind"], found["currency"]) == ("count", None)


# (text, figure, value, counted): a results table's row labelled with an account ("Net", "Revs", "Net loss") gives
# money, in a currency the row does not name; the figure after the label is no label's number ("Net 387,000" was
# read as a name, "Sales 9,346,000" as a label, and left out), and a word after "vs" names its own account.
MONEY_ROWS = [
    ("Shr 18 cts vs 15 cts\n    Net 387,000 vs 240,000\n    Sales 9,346,000 vs 8,579,000\n    Avg shrs 2,200,000 vs "
     "1,600,000\n", "387,000", 387_000, "Net"),  # reuters/16801
    ("Shr 18 cts vs 15 cts\n    Net 387,000 vs 240,000\n    Sales 9,346,000 vs 8,579,000\n", "240,000", 240_000,
     "Net"),  # reuters/16801
    ("Shr 18 cts vs 15 cts\n    Net 387,000 vs 240,000\n    Sales 9,346,000 vs 8,579,000\n", "9,346,000",
     9_346_000, "Sales"),  # reuters/16801
    ("Shr profit three cts vs loss seven cts\n    Net profit 161,000 vs loss 367,000\n    Revs 24.3 mln vs 26.5 "
     "mln\n", "24.3 mln", 24_300_000, "Revs"),  # reuters/01017
    ("Shr profit three cts vs loss seven cts\n    Net profit 161,000 vs loss 367,000\n", "161,000", 161_000,
     "Net profit"),  # reuters/01017
    ("Shr profit three cts vs loss seven cts\n    Net profit 161,000 vs loss 367,000\n", "367,000", 367_000,
     "loss"),  # reuters/01017
    ("Net loss 3,555,293 vs profit 649,715\n", "649,715", 649_715, "profit"),  # reuters/08530
    ("Shr 24 cts\n    Net 412,737\n    Revs 605,321\n    Year\n", "605,321", 605_321, "Revs"),  # reuters/00778
    ("Shr 18 cts vs 31 cts\n    Net 7,168,000 vs 11.3 mln\n    Sales 497.4 mln vs 475.6 mln\n", "7,168,000",
     7_168_000, "Net"),  # reuters/02253
    ("Shr loss 10 cts vs loss seven cts\n    Net loss 316,289 vs loss 189,140\n    Revs 61,762 vs 8,934\n",
     "61,762", 61_762, "Revs"),  # reuters/01225
]


@pytest.mark.parametrize("text, figure, value, counted", MONEY_ROWS)
def test_a_results_row_of_an_account_is_money_in_no_named_currency(
        extractor: Any, text: str, figure: str, value: float, counted: str) -> None:
    found = number(extractor, text, figure)
    assert (found["value"], found["kind"], found["currency"], found["counted"]) == (value, "money", None, counted)


# The share line's first figure was read as a label's number ("Shr 18 cts") and left out.
def test_a_results_rows_first_figure_is_kept(extractor: Any) -> None:
    found = number(extractor, "Shr 18 cts vs 15 cts\n    Net 387,000 vs 240,000\n", "18 cts")  # reuters/16801
    assert (found["value"], found["kind"], found["unit"]) == (18, "money", "cent")


# (text, figure): what the figure is of is on another line of the table, so it is not known.
OTHER_LINE = [
    ("Shr loss 35 cts vs profit six cts\n    Net loss 3,555,293 vs profit 649,715\n", "six cts"),  # reuters/08530
    ("Div 4.7p making 8.7, an increase of 13.9 pct\n    Shr 16.3p vs 17.9p adjusted\n    Pretax profit 37.09 mln "
     "stg vs 34.55 mln\n", "17.9p"),  # reuters/09187
]


@pytest.mark.parametrize("text, figure", OTHER_LINE)
def test_the_next_line_of_a_table_names_nothing_this_line_counts(extractor: Any, text: str, figure: str) -> None:
    assert number(extractor, text, figure)["counted"] is None


# (text, figure): "553,000 or 11 cts a share": the coin is the other figure's; the first is the loss's amount.
OTHER_FIGURES_COIN = [
    ("Multi-Media Barter Ltd said it expects to report a net loss of 820,000 dlrs or 17 cts a share for the year "
     "ended December 31, compared to a loss of 553,000 or 11 cts a share in the prior year.", "553,000"),  # 08045
    ("The fourth quarter resulted in a net loss of 227,000 or four cts compared to a loss of 330,000 or six cts a "
     "shares last year.", "330,000"),  # reuters/08045
]


@pytest.mark.parametrize("text, figure", OTHER_FIGURES_COIN)
def test_another_figures_coin_is_not_what_a_figure_counts(extractor: Any, text: str, figure: str) -> None:
    assert number(extractor, text, figure)["counted"] == "loss"


# (text, figure): "2,227,000 or four cts and 4,841,000 or nine cts": a sum is no number of cents, listed or not.
SUMS_BESIDE_COINS = [
    ("Results exclude credits of 2,227,000 or four cts and\n4,841,000 or nine cts for 1986 qtr and six mths vs "
     "2,285,000 or\nsix cts and 4,104,000 or 11 cts for prior periods.", "4,841,000"),  # reuters/00013
    ("Results exclude credits of 2,227,000 or four cts and\n4,841,000 or nine cts for 1986 qtr and six mths vs "
     "2,285,000 or\nsix cts and 4,104,000 or 11 cts for prior periods.", "2,285,000"),  # reuters/00013
    ("NOTE: Results exclude one-time gains of 223,000 or four cts\nand 564,000 or 11 cts for 1986 qtr and year.",
     "564,000"),  # reuters/00557
]


@pytest.mark.parametrize("text, figure", SUMS_BESIDE_COINS)
def test_a_sum_beside_its_share_in_cents_is_no_number_of_cents(extractor: Any, text: str, figure: str) -> None:
    assert number(extractor, text, figure)["unit"] is None


# (text, figure, by): a relative rise in percent is no rise in points: the level's ``by`` is kept only when the
# start and the level are that far apart.
CHANGE_SIZES = [
    # html/7f93c1944a41: 37 percent more users, 0.33 points more of them
    ("Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after recreational marijuana "
     "legalization.", "1.23 percent", None),
    # html/7f93c1944a41
    ("The number of respondents who had cannabis use disorder rose \"slightly\" by 25 percent compared with those "
     "in the same group in other states, from 2.18 percent to 2.72 percent, the authors wrote.", "2.72 percent",
     None),
    # reuters/15987: a fall that does agree with its start and level keeps its size
    ("Total daily borrowings in the week fell 99 mln dlrs to 591 mln dlrs from 690 mln dlrs.", "591 mln dlrs",
     99_000_000),
]


@pytest.mark.parametrize("text, figure, by", CHANGE_SIZES)
def test_a_changes_size_agrees_with_its_start_and_level(extractor: Any, text: str, figure: str, by: Any) -> None:
    assert number(extractor, text, figure)["change"]["by"] == by


# (text, figure, counted): a word joined by a hyphen to the noun phrase's first word belongs to it.
HYPHENATED = [
    # html/b0cf2bbf0192
    ("Seoul wants to reduce coal-fired fine dusts by 90%, improve nuclear safety and increase the scale of wind "
     "power projects.", "90%", "coal-fired fine dusts"),
    ("That ambitious target is expected to be achieved with giant solar parks such as a recently announced 2.1 GW "
     "floating solar project and a 3 GW ground-mounted PV array planned in the Saemangeum area.", "3 GW",
     "ground-mounted PV array"),
]


@pytest.mark.parametrize("text, figure, counted", HYPHENATED)
def test_a_hyphenated_modifier_stays_with_what_is_counted(
        extractor: Any, text: str, figure: str, counted: str) -> None:
    assert number(extractor, text, figure)["counted"] == counted
