"""What a level of money, a percentage or a measure is the value of ("a backwardation of 23 stg": backwardation).

Every sentence is real news: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

QUANTITIES = [
    # a noun the amount premodifies, past compounds and through "worth of"
    ("North American Biologicals Inc said it has received a 10 mln dlr credit facility from Manufacturers and "
     "Traders Trust Co.", "10 mln dlr", "credit facility"),                                               # reuters/18905
    ("The 912km pipeline will run from the Bulgarian port of Burgas.", "912km", "pipeline"),                # bbc/business/363
    ("Coffee-loving Curry has sold $4,000 worth of coffee machines through a referral scheme.", "$4,000",
     "coffee machines"),                                                                                   # bbc/tech/364
    ("There was a spat in 2001 over the collapse of Kieron Cunningham's proposed £500,000 move to union side "
     "Swansea.", "£500,000", "move"),                                                                      # bbc/sport/357
    # a copula's subject
    ("The US's overall trade deficit with China was $124bn in 2003.", "$124bn", "overall trade deficit"),  # bbc/business/427
    # the noun an "of" phrase completes
    ("For the whole of 2004, Ericsson returned a net profit of 19bn kronor.", "19bn kronor", "net profit"),  # bbc/business/118
    ("Four-wheel steering will be available on the Prelude saloon at an added cost of 80,000 yen, they said.",
     "80,000 yen", "added cost"),                                                                          # reuters/15376
    # "at" a level: the verb's subject, or the noun "at" hangs on
    ("Official figures showed on Friday that unemployment was unchanged at 9.9% last month.", "9.9%",
     "unemployment"),                                                                                      # bbc/business/182
    # a level verb's subject
    ("China's exports totalled $63.8bn in December.", "$63.8bn", "exports"),                             # bbc/business/427
    ("Shaheed noted that investment in a single tourist resort - the economic mainstay - could run to $40m.",
     "$40m", "investment"),         # bbc/business/260
    # a container subject passes the question to what it holds
    ("The total of the calls for today and yesterday was 2.704 billion dlrs.", "2.704 billion dlrs", "calls"),
    # reuters/13137 ^
    ("Meanwhile, the amount of factory capacity in use during the month rose to 77.6% - its highest level since May "
     "2001.", "77.6%", "factory capacity"),                                                                 # bbc/business/453
    # a verb's object placed "at" a level, or what its "with" names
    ("Paice did not give a crop estimate, but the AWB's February Wheat Australia publication put the crop at 16.7 "
     "mln tonnes.", "16.7 mln tonnes", "crop"),                                                             # reuters/04057
    ("The Bank of England has left interest rates on hold at 4.75% for a sixth month in a row.", "4.75%",
     "interest rates"),                                                                                     # bbc/business/119
    ("Interest received on loans was low, with the prime rate at 6.5 pct at end-1986.", "6.5 pct", "prime rate"),
    # reuters/01919 ^
    # a level verb's clause describes the noun before it
    ("China will receive loans totalling 390 mln dlrs from Japan and the World Bank for investment in new highways.",
     "390 mln dlrs", "loans"),                                                                              # reuters/00239
    ("The Dutch Central Bank said it has accepted bids totalling 4.8 billion guilders at tender.",
     "4.8 billion guilders", "bids"),                                                                       # reuters/00296
    ("It is looking for paycuts totalling $800m.", "$800m", "paycuts"),                                   # bbc/business/348
    # a level verb right before the figure, whatever the parser made of the pair
    ("The NAO's annual report showed the total cost of the 20 projects covered was expected to reach £50bn - 14% "
     "higher than originally planned.", "£50bn", "total cost"),                                           # bbc/politics/076
    ("The value of the UK's housing stock reached the £3.3 trillion mark in 2004 - triple the value 10 years "
     "earlier, a report indicates.", "£3.3 trillion", "housing stock"),                                  # bbc/business/239
    # "of" a noun or of an adjective standing as one
    ("An estimated 300,000 tonnes of oil will thus be obtained from fields in Angola.", "An estimated 300,000 tonnes "
     "of oil", "oil"),                                                                                      # reuters/05150
    ("Seoul plans to install 30.8 GW of solar by 2030.", "30.8 GW of solar", "solar"),
    # a count completes a singular noun's "of", but not a plural's (an age) nor after "the" (things named before)
    ("Van Dyke calculated that the purchasing power of an average family of four will increase by a modest 540 "
     "dlrs.", "four", "average family"),                                                                   # reuters/18911
    ("Professional readers will choose a shortlist of five following the competition closing date.", "five",
     "shortlist"),                                                                                          # bbc/entertainment/027
    ("Both screens are crisp and clear while the bottom of the two is touch sensitive.", "two", None),    # bbc/tech/153
    ("It was interesting to me to see kids of 15, 16, 17, with that desire and passion.", "15", None),     # bbc/sport/464
    # a name after a change noun's "in" is where or in what the change was seen, not what changed
    ("It was up from expectations of a 6.1% increase in the September Tankan.", "6.1%", None),
]


@pytest.mark.parametrize(("sentence", "text", "counted"), QUANTITIES)
def test_a_level_counts_the_quantity_the_sentence_gives_it(extractor: Any, sentence: str, text: str,
                                                          counted: Optional[str]) -> None:
    assert number(extractor, sentence, text)["counted"] == counted


def test_a_level_at_a_verb_counts_its_subject_and_a_table_figure_its_rows_account(extractor: Any) -> None:
    # bbc/business/273: "at above $1.30" says what the euro is worth: the verb's subject is the quantity
    sentence = "On Monday afternoon, the euro was close to an all-time high against the dollar at above $1.30."
    assert number(extractor, sentence, "above $1.30")["counted"] == "euro"
    # a figure in a table row is of the account the row's label names, and of nothing the parse hangs on it
    assert number(extractor, "Revs 3,772,000 vs 5,545,000", "5,545,000")["counted"] == "Revs"


# (sentence, number, counted, kind, currency): a change's start, its amount and where it ended measure one
# quantity, and so does a level restated in another currency; what one of them says (its noun, its currency)
# holds for the others ("61 mln stg, up from 16 mln": 16 million pounds of profit).
SAME_QUANTITY = [
    ("January exports fell from 73,164 to 35,910 tonnes.", "73,164", "January exports", "measure", None),
    # reuters/03639 ^
    ("Conservatives in parliament say Turkcell's stake in Irancell, the new network, should be cut from 70% to "
     "49%.", "70%", "stake", "percent", None),                                                            # bbc/business/092
    ("Share of the contracts had grown from about seven pct to about 12 pct in 1986, the official said, while "
     "Japan's share had dropped from 25 pct to 20 pct.", "25 pct", "share", "percent", None),           # reuters/17381
    ("Historical cost operating profit was 61 mln stg, up from 16 mln.", "16 mln",
     "Historical cost operating profit", "money", "GBP"),                                                 # reuters/00988
    ("December sales were 22.2 billion dlrs, up 2.8 pct from the same month in 1985.", "2.8 pct",
     "December sales", "percent", None),                                                                  # reuters/00717
    ("The company said it how has a record backlog of over 155 mln dlrs, up 30 pct from a year ago.", "30 pct",
     "record backlog", "percent", None),                                                                  # reuters/01172
    ("Lufthansa said it carried 1.3 mln passengers on North Atlantic routes in 1986, a rise of 14 pct over "
     "1985.", "14 pct", "passengers", "percent", None),                                                   # reuters/11857
    ("Cash in circulation in West Germany rose by 2.8 billion marks in the last week of February to 121.5 "
     "billion, a gain of 8.3 pct over the same month last year, the Bundesbank said.", "121.5 billion", "Cash",
     "money", "DEM"),                                                                                     # reuters/02686
    ("Within group turnover, foreign sales fell to 27.18 billion marks in 1986 from 31.92 billion in 1985, a "
     "drop of 14.9 pct.", "31.92 billion", "foreign sales", "money", "DEM"),                              # reuters/09734
    # a level restated in other terms, and the amount it moved by in those terms (a price counts its commodity)
    ("LME morning ring dealings in copper ended with three months Grade A business at 883 stg per tonne, up seven "
     "stg from yesterday's afternoon kerb close, equivalent to 1,417 dlrs per tonne, a rise of 11 dlrs.",
     "1,417 dlrs per tonne", "copper", "money", "USD"),                                                  # reuters/13670
    ("LME morning ring dealings in copper ended with three months Grade A business at 883 stg per tonne, up seven "
     "stg from yesterday's afternoon kerb close, equivalent to 1,417 dlrs per tonne, a rise of 11 dlrs.", "11 dlrs",
     "copper", "money", "USD"),                                                                          # reuters/13670
    # a list names its unit once, at the end
    ("New crop sales were also light with June/July going at 1,850 and 1,880 dlrs and at 35 and 45 dlrs under New "
     "York july, Aug/Sept at 1,870, 1,875 and 1,880 dlrs per tonne FOB.", "1,870", None, "money", "USD"),  # reuters/00001
    ("Total M1 and local M1 year-on-year growth was 32.5 and 32.6 pct, respectively.", "32.5", "Total M1", "percent",
     None),                                                                                               # reuters/00940
    ("The issues will have coupon rates of between 4.85 and 5.65 pct in September compared with 5.45 and 6.25 pct "
     "this March.", "5.45", None, "percent", None),                                                       # reuters/00233
]


@pytest.mark.parametrize(("sentence", "text", "counted", "kind", "currency"), SAME_QUANTITY)
def test_a_change_and_its_start_and_amount_share_what_they_count(extractor: Any, sentence: str, text: str,
                                                                 counted: str, kind: str,
                                                                 currency: Optional[str]) -> None:
    found = number(extractor, sentence, text)
    assert (found["counted"], found["kind"], found["currency"]) == (counted, kind, currency)


# (sentence, number, counted): the parse's own errors must not name another phrase's noun.
PHRASE_BOUNDS = [
    # a verb joined by "and" has the noun right before it as subject, not the first verb's subject
    ("For the year to date, it said load factor fell to 36.2 pct from 40.3 pct a year before, as revenue passenger "
     "miles rose 3.3 pct to 119.1 mln from 115.3 mln and available seat miles rose 15.0 pct to 328.5 mln from 285.7 "
     "mln.", "15.0 pct", "available seat miles"),                                                           # reuters/03193
    ("For the year to date, it said load factor fell to 36.2 pct from 40.3 pct a year before, as revenue passenger "
     "miles rose 3.3 pct to 119.1 mln from 115.3 mln and available seat miles rose 15.0 pct to 328.5 mln from 285.7 "
     "mln.", "115.3 mln", "revenue passenger miles"),                                                       # reuters/03193
    ("Passenger car prices fell 3.4 pct and light truck prices dropped 1.3 pct.", "1.3 pct", "truck prices"),
    # reuters/04944 ^
    # an amount premodifies the noun after its unit, when all between belong to that noun's phrase
    ("It is the first outside board appointment for Liedtke, whose company is involved in a 10.3 billion dlr legal "
     "dispute with Texaco Inc.", "10.3 billion dlr", "legal dispute"),                                     # reuters/18117
    ("Argentina's great efforts to comply with obligations on its 50 billion dlr foreign debt should be met by a "
     "reduction in interest rates.", "50 billion dlr", "foreign debt"),                                    # reuters/01625
    ("On Wednesday, when net borrowings were 1.36 billion dlrs and Fed funds averaged a high 6.45 pct, money center "
     "banks borrowed.", "1.36 billion dlrs", None),                                                         # reuters/15987
    ("Georgia-Pacific Corp said its second quarter results will include a gain of 60 mln dlrs pre-tax, or 34 cts per "
     "share after-tax.", "60 mln dlrs", "gain"),                                                            # reuters/11983
    # what an amount of money is of starts after the figures that describe it
    ("Fruit of the Loom Inc said it is offering 60 mln dlrs of 6-3/4 pct convertible subordinated debentures due "
     "March 2002.", "60 mln dlrs", "convertible subordinated debentures"),                                 # reuters/01219
    ("South Africa declared a moratorium on repayments of about 14 billion dlrs of its original 24 billion dlr total "
     "foreign debt in September 1985.", "about 14 billion dlrs", "total foreign debt"),                     # reuters/12811
    ("The program provides for the repayment of up to 600 mln dlrs of New Zealand's 21.74 billion dlrs of overseas "
     "debt.", "up to 600 mln dlrs", "repayment"),                                                                # reuters/18494
    ("Hertz Realty Corp is issuing a 75 mln Canadian dlr bond due April 30, 1993 paying nine pct.",
     "75 mln Canadian dlr", "bond"),                                                                        # reuters/12467
]


@pytest.mark.parametrize(("sentence", "text", "counted"), PHRASE_BOUNDS)
def test_what_a_number_counts_stays_inside_its_own_phrase(extractor: Any, sentence: str, text: str,
                                                          counted: Optional[str]) -> None:
    assert number(extractor, sentence, text)["counted"] == counted


# (sentence, number, value): "from 105" after "405 mln ringgit" is 105 million: the sentence leaves the scale out.
ELIDED_SCALES = [
    ("He said imports fell last year to 3,061.8 billion francs from 3,304.1 in 1985 while exports were also lower.",
     "3,304.1", 3_304_100_000_000),                                                                         # reuters/01932
    ("The central bank announced that it had bought 49.4 pct stake in another troubled commercial bank, after the "
     "latter raised its capital to 405 mln ringgit from 105 in mid-January this year.", "105", 105_000_000),  # reuters/02956
    ("Agriculture Ministry officials have forecast a 1987/88 cotton harvest of about 200,000 tonnes, down from "
     "215,000 in 1986/87.", "215,000", 215_000),                                                            # reuters/20019
    ("Total daily borrowings in the week fell 99 mln dlrs to 591 mln dlrs.", "99 mln dlrs", 99_000_000),    # reuters/15987
]


@pytest.mark.parametrize(("sentence", "text", "value"), ELIDED_SCALES)
def test_a_start_without_its_scale_takes_its_partners_scale(extractor: Any, sentence: str, text: str,
                                                           value: float) -> None:
    assert number(extractor, sentence, text)["value"] == value


# (sentence, number, counted): a count the sentence leaves bare counts what a joined verb's object counts, and
# after a verb of harm or arrest, people.
BARE_COUNTS = [
    ("A huge explosion in a flax factory in the northeast China city of Harbin killed 45 workers and injured 185, "
     "the official China Legal News reported.", "185", "workers"),                                         # reuters/05275
    ("Hailstorms and strong winds in south China killed two people, injured 20 and damaged an undisclosed amount "
     "of crops, a Hong Kong newspaper reported.", "20", "people"),                                          # reuters/05224
    ("About 135,000 people were evacuated and 31 were killed after an explosion and fire at Chernobyl last April "
     "26.", "31", "people"),                                                                               # reuters/05262
    ("A black policeman was killed and 70 were injured when a bomb was lobbed onto a parade ground in South "
     "Africa's biggest black township of Soweto this morning, the government said.", "70", "people"),      # reuters/16958
    ("Four people died and 40 were injured in the blast, which President Aquino said was designed as an attempt on "
     "her life.", "40", "people"),                                                                          # reuters/08181
    # a collective noun says what its count counts
    ("The audience for BBC One's one-hour special averaged 13.7 million and peaked at 14.2 million in the last 15 "
     "minutes, overnight figures showed.", "13.7 million", "viewers"),                                    # bbc/entertainment/031
    ("The audience for BBC One's one-hour special averaged 13.7 million and peaked at 14.2 million in the last 15 "
     "minutes, overnight figures showed.", "14.2 million", "viewers"),                                    # bbc/entertainment/031
    ("Indonesia, the largest country in South-East Asia with a population of 168 million, is facing general "
     "elections in April.", "168 million", "people"),                                                      # reuters/00237
    ("The Chronicle has a daily circulation of over 425,000 and is in competition with the Houston Post.",
     "over 425,000", "copies"),                                                                             # reuters/04622
]


@pytest.mark.parametrize(("sentence", "text", "counted"), BARE_COUNTS)
def test_a_bare_count_counts_what_its_sentence_implies(extractor: Any, sentence: str, text: str,
                                                       counted: str) -> None:
    assert number(extractor, sentence, text)["counted"] == counted


# (sentence, number, counted): "up 4 percent" after a clause whose verb is no change ("sold", "purchased") moves
# what the verb took, not who did it: the seller is no quantity.
MOVED_OBJECTS = [
    ("BMW sold nearly 95,000 cars in Asia last year, up 2.6% on 2003.", "2.6%", "cars"),              # bbc/business/056
    ("For the month, Ford sold 111,853 trucks, up 16.5 pct on a year ago.", "16.5 pct", "trucks"),    # reuters/01544
    ("Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, according to InfoNation.",
     "4 percent", "new vehicles"),                                                                        # html/9ebb3af65694
    ("Consumers have purchased 208,560 new vehicles this year, down 5 percent from the year-to-date period last "
     "year.", "5 percent", "new vehicles"),                                                               # html/9ebb3af65694
    ("Jeweller Zale also felt little Christmas cheer with December sales down 0.7% on the same month last year.",
     "0.7%", "December sales"),                                                                           # bbc/business/406
    # a change verb's own subject still moved, and a level verb's
    ("U.S. grain carloadings totaled 26,108 cars in the week ended February 21, down 2.2 pct from the previous "
     "week.", "2.2 pct", "U.S. grain carloadings"),                                                      # reuters/00124
    ("Military spending is also set to rise by 4.8%, to reach $419.3bn.", "4.8%", "Military spending"),  # bbc/business/249
]


@pytest.mark.parametrize(("sentence", "text", "counted"), MOVED_OBJECTS)
def test_a_move_after_a_verb_of_no_change_is_of_its_object(extractor: Any, sentence: str, text: str,
                                                          counted: str) -> None:
    assert number(extractor, sentence, text)["counted"] == counted
