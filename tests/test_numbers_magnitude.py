"""Numbers: magnitudes on real news sentences (Reuters-21578 and BBC News in ../shared/corpora).

A value must never be scaled by a word that does not belong to it: a scale word binds to the number it
follows, a range's low end borrows the high end's scale only when it has none of its own and reads below
the high end's digits, a bare "m" is a million or a metre by what it measures, and "a $" is an article
before dollars. Each row lists every number of its sentence as ``(value, low, high)``, in order.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

import pytest
from spacy.tokens import Doc

Values = list[tuple[float, Optional[float], Optional[float]]]


@pytest.fixture(scope="module")
def numbers(run: Callable[..., Doc]) -> Callable[[str], list[dict[str, Any]]]:
    def _numbers(text: str) -> list[dict[str, Any]]:
        return run(text)._.numbers

    return _numbers


def values(found: list[dict[str, Any]]) -> Values:
    return [(n["value"], n["low"], n["high"]) for n in found]


SCALE_BINDS_TO_ITS_OWN_NUMBER = [
    # bbc/business/061.txt
    ("The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004, even as "
     "90,000 more people were in employment.", [(32000, None, None), (1410000, None, None), (90000, None, None)]),
    # bbc/business/061.txt
    ("Throughout 2004, the number of people in work increased by 296,000 to 28.52 million - the highest figure "
     "since records began in 1971.", [(296000, None, None), (28520000, None, None)]),
    # bbc/business/387.txt
    ("The seasonally adjusted jobless total rose a higher than expected 17,000 to 4.483 million, the Bundesbank "
     "said.", [(17000, None, None), (4483000, None, None)]),
    # bbc/entertainment/226.txt
    ("Last season, Fox's prime-time audience fell by 600,000 to 5.9 million.",
     [(600000, None, None), (5900000, None, None)]),
    # bbc/business/028.txt
    ("The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day to 84 million barrels a day.",
     [(80000, None, None), (84000000, None, None)]),
    # reuters21578/articles/01019.txt
    ("The company earlier reported a 20 pct rise in pre-tax profits for 1986 to 1.14 billion stg from 953 mln "
     "previously.", [(20, None, None), (1140000000, None, None), (953000000, None, None)]),
    # bbc/politics/076.txt
    ("The NAO's annual report showed the total cost of the 20 projects covered was expected to reach £50bn - 14% "
     "higher than originally planned.", [(20, None, None), (50000000000, None, None), (14, None, None)]),
    # bbc/politics/128.txt
    ("Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted in March's budget, as "
     "already announced by the Office for National Statistics.",
     [(35000000000, None, None), (2500000000, None, None), (37500000000, None, None)]),
    # bbc/business/132.txt
    ("The performance comes on sales up 21% at 8.6bn euros.", [(21, None, None), (8600000000, None, None)]),
    # bbc/business/427.txt
    ("The increased tax take comes despite healthy tax rebates for many exporters totalling 420bn yuan in 2004, "
     "according to Mr Xie.", [(420000000000, None, None)]),
]

RANGE_ENDS_SHARE_A_SCALE_ONLY_WHEN_THE_LOW_END_HAS_NONE = [
    # bbc/business/019.txt
    ("The government hopes to increase the number of mobile users from 95 million to between 200 and 250 million "
     "by 2007.", [(95000000, None, None), (200000000, 200000000, 250000000)]),
    # bbc/business/471.txt
    ("The IMF said that the Sri Lankan authorities' initial estimates have put the physical damage at $1.3 to "
     "$1.5bn, but added that the implications for the economy were much wider than this.",
     [(1300000000, 1300000000, 1500000000)]),
    # bbc/business/488.txt
    ("However, analysts say the new figures fail to take into account the potential $2-$3.8 trillion costs of the "
     "president's plan to revamp state pensions and extend tax cuts.",
     [(2000000000000, 2000000000000, 3800000000000)]),
    # bbc/politics/018.txt
    ("Between 1.1 and 1.5 million people, mainly Jews, were killed at Auschwitz.", [(1100000, 1100000, 1500000)]),
    # bbc/politics/135.txt
    ("The important thing was action and not words, he said, adding that of the £50m given by the government so "
     "far only \"six or seven million\" had been spent.", [(50000000, None, None), (6000000, 6000000, 7000000)]),
    # bbc/business/122.txt
    ("The SEC's settlement with CAM and CFD included agreements with three other ex-managers, Peter Martin, Erik "
     "Gustafson and Joseph Palombo, who paid personal financial penalties of between $50-100,000.",
     [(3, None, None), (50000, 50000, 100000)]),
    # reuters21578/articles/02150.txt
    ("Satellite Auction Network Inc <SATL> said its wholly owned unit, Premier Auction Services, has booked over "
     "nine mln dlrs in direct auction equipment for March and April, 1987, versus between six and seven mln dlrs "
     "in the same period in 1986.", [(9000000, 9000000, None), (6000000, 6000000, 7000000)]),
    # reuters21578/articles/00417.txt
    ("Myers said soybean plantings are expected to decrease as a result of the action on oats, planting of which "
     "are expected to increase by two to three mln acres.", [(2000000, 2000000, 3000000)]),
    # reuters21578/articles/01078.txt
    ("They expect it to supply the reserves indirectly by arranging 1.5 to two billion dlrs of customer repurchase "
     "agreements.", [(1500000000, 1500000000, 2000000000)]),
    # reuters21578/articles/02697.txt
    ("These will include an expected four to five billion franc issue for Electricite de France, to be followed by "
     "a bond of around one billion francs for Auxiliaire du Credit Foncier.",
     [(4000000000, 4000000000, 5000000000), (1000000000, None, None)]),
    # reuters21578/articles/01043.txt
    ("The company said construction will start this year and take about 12 months, costing about 14 to 16 mln "
     "dlrs.", [(14000000, 14000000, 16000000)]),
    # reuters21578/articles/00274.txt
    ("\"More realistic estimates indicate that 1988 production will be between 1.5 and 1.6 mln tonnes,\" the "
     "report said.", [(1500000, 1500000, 1600000)]),
    # reuters21578/articles/01221.txt
    ("It said it also received a 32 to 33 mln dlr eight-year mortgage loan on the buildings.",
     [(32000000, 32000000, 33000000)]),
]

BARE_M_OF_MONEY_OR_THINGS_IS_MILLION = [
    # bbc/business/028.txt
    ("The US Department of Energy reported that crude stockpiles had fallen 1m barrels to 294.3m.",
     [(1000000, None, None), (294300000, None, None)]),
    # bbc/business/039.txt
    ("Changyu said in a statement to the Shenzhen stock exchange that Illva will pay 481.42m yuan ($58.16m; "
     "£30.7m), once the government approves the deal.",
     [(481420000, None, None), (58160000, None, None), (30700000, None, None)]),
    # bbc/business/117.txt
    ("Mercedes-Benz's woes - its profits slid to just 20m euros - obscured a strong performance from the Chrysler "
     "group whose returns met market expectations.", [(20000000, None, None)]),
    # bbc/business/210.txt
    ("The IMF has 3,217 tonnes of gold, or about 113.5m ounces.", [(3217, None, None), (113500000, None, None)]),
    # bbc/business/340.txt
    ("In 2004, according to forecasts from the Ministry of Commerce, China's oil imports will be 110m tons, up 21% "
     "on the previous year.", [(110000000, None, None), (21, None, None)]),
    # bbc/entertainment/031.txt (the headline)
    ("Dirty Den's demise seen by 14m", [(14000000, None, None)]),
    # bbc/entertainment/297.txt
    ("The movie, which stars Ben Stiller, Robert De Niro, Dustin Hoffman and Barbra Streisand, took $28.5m "
     "(£15.2m), making a total of 204.3m (£109m).",
     [(28500000, None, None), (15200000, None, None), (204300000, None, None), (109000000, None, None)]),
    # bbc/politics/062.txt
    ("Approximately 1.1m of the UK's 1.6m Muslims are of voting age.", [(1100000, None, None), (1600000, None, None)]),
    # bbc/entertainment/207.txt (two sentences of the story: the viewers say what the later "11.9m" is)
    # bbc/business/160.txt, bbc/business/257.txt: a bare "m" after a sum in millions in the same sentence
    ("Fiat is to get 1bn euros immediately, with another 550m to follow within 90 days.",
     [(1000000000, None, None), (550000000, None, None)]),
    ("The change will see the end of such dizzyingly-high denominations as five million lira - enough for a short "
     "taxi ride - and the 20m note, worth $15.", [(5000000, None, None), (20000000, None, None), (15, None, None)]),
    ("ITV1's I'm a Celebrity... Get Me Out of Here drew an average of 10.9m viewers - about four million fewer "
     "than the previous series. The fourth series of the show peaked on Monday at 11.9m and 49.2% of the "
     "audience.", [(10900000, None, None), (4000000, None, None), (11900000, None, None), (49.2, None, None)]),
]

BARE_M_OF_A_LENGTH_OR_RACE_IS_A_METRE = [
    # bbc/tech/356.txt: "m/h" may be metres or miles an hour; a figure that cannot be read is left out
    ("Emiew - Excellent Mobility and Interactive Existence as Workmate - can move at 3.7m/h.", []),
    # bbc/tech/201.txt
    ("If printed out in standard 300 dots per inch resolution, the picture would be 2.5m high and 6m long.",
     [(300, None, None), (2.5, None, None), (6, None, None)]),
    # bbc/tech/356.txt
    ("Hitachi said the 1.3m (4.2ft) Emiew was the world's quickest-moving robot yet.",
     [(1.3, None, None), (4.2, None, None)]),
    # bbc/sport/001.txt
    ("The 25-year-old has already smashed the British record over 60m hurdles twice this season.",
     [(60, 60, None)]),
    # bbc/sport/040.txt
    ("Back under the spotlight of public scrutiny she will attempt to erase the double disappointment of the Athens "
     "Olympics, where she failed to finish the marathon and then the 10,000m.", [(10000, None, None)]),
    # bbc/sport/058.txt
    ("Jo Fenn took the women's 1500m AAAs title in the absence of Kelly Holmes.", [(1500, None, None)]),
]

ARTICLE_BEFORE_DOLLARS = [
    # bbc/business/003.txt
    ("The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay "
     "back a $900m (£479m) loan.", [(900000000, "USD"), (479000000, "GBP")]),
    # bbc/business/400.txt
    ("The US agrochemical giant Monsanto has agreed to pay a $1.5m (£799,000) fine for bribing an Indonesian "
     "official.", [(1500000, "USD"), (799000, "GBP")]),
    # bbc/business/414.txt
    ("Eighteen former Enron directors have agreed a $168m (£89m) settlement deal in a shareholder lawsuit over the "
     "collapse of the energy firm.", [(18, None), (168000000, "USD"), (89000000, "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), SCALE_BINDS_TO_ITS_OWN_NUMBER)
def test_a_scale_word_scales_only_the_number_it_follows(numbers, text: str, expected: Values):
    assert values(numbers(text)) == expected


@pytest.mark.parametrize(("text", "expected"), RANGE_ENDS_SHARE_A_SCALE_ONLY_WHEN_THE_LOW_END_HAS_NONE)
def test_a_range_low_end_takes_the_high_ends_scale_only_when_it_has_none(numbers, text: str, expected: Values):
    assert values(numbers(text)) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_M_OF_MONEY_OR_THINGS_IS_MILLION)
def test_a_bare_m_after_money_units_counted_things_or_an_agent_is_million(numbers, text: str, expected: Values):
    found = numbers(text)
    assert values(found) == expected
    assert all(n["unit"] != "metre" for n in found)


@pytest.mark.parametrize(("text", "expected"), BARE_M_OF_A_LENGTH_OR_RACE_IS_A_METRE)
def test_a_bare_m_of_a_dimension_conversion_or_race_is_a_metre(numbers, text: str, expected: Values):
    found = [n for n in numbers(text) if n["kind"] != "age"]  # "The 25-year-old" is an age
    assert values(found) == expected
    assert all(n["unit"] == "metre" for n in found if n["text"].endswith("m"))


@pytest.mark.parametrize(("text", "expected"), ARTICLE_BEFORE_DOLLARS)
def test_an_article_before_a_dollar_sign_is_no_australian_dollar(numbers, text: str, expected: list):
    assert [(n["value"], n["currency"]) for n in numbers(text)] == expected


def test_a_low_end_written_in_full_keeps_its_own_magnitude_in_a_range(numbers):
    # the sentence; "from ... to" names the range, so the ends are kept together
    found = numbers("Prices range from $450,000 to $2.1 million.")
    assert values(found) == [(450000, 450000, 2100000)]
