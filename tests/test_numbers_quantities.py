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
]


@pytest.mark.parametrize(("sentence", "text", "counted"), QUANTITIES)
def test_a_level_counts_the_quantity_the_sentence_gives_it(extractor: Any, sentence: str, text: str,
                                                          counted: Optional[str]) -> None:
    assert number(extractor, sentence, text)["counted"] == counted


def test_a_level_at_a_verb_counts_its_subject_and_a_table_figure_nothing(extractor: Any) -> None:
    # bbc/business/273: "at above $1.30" says what the euro is worth: the verb's subject is the quantity
    sentence = "On Monday afternoon, the euro was close to an all-time high against the dollar at above $1.30."
    assert number(extractor, sentence, "above $1.30")["counted"] == "euro"
    # a figure alone in a table row says nothing of what it counts
    assert number(extractor, "Revs 3,772,000 vs 5,545,000", "5,545,000")["counted"] is None
