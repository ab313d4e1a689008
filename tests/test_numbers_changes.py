"""Changes: which numbers are a move ("rose 4.1%"), which are where it ended ("to 212p"), and what moved.

Every sentence is real news: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

PUBLISHED = "1987-04-07"


def number(extractor: Any, sentence: str, text: str) -> dict[str, Any]:
    numbers = extractor.extract(sentence, published=PUBLISHED).numbers
    found = [n for n in numbers if " ".join(n["text"].split()) == text]
    assert found, f"{text!r} not among {[n['text'] for n in numbers]}"
    return found[0]


# (sentence, number, direction, from, by): the number moves its quantity, or is where the move ended.
CHANGES = [
    # reuters/15987: an amount and the level it led to, and a second amount after "down"
    ("Total daily borrowings in the week fell 99 mln dlrs to 591 mln dlrs, with extended credits down 35 mln "
     "dlrs at 230 mln dlrs.", "99 mln dlrs", "down", None, None),
    ("Total daily borrowings in the week fell 99 mln dlrs to 591 mln dlrs, with extended credits down 35 mln "
     "dlrs at 230 mln dlrs.", "591 mln dlrs", "down", None, 99_000_000),
    ("Total daily borrowings in the week fell 99 mln dlrs to 591 mln dlrs, with extended credits down 35 mln "
     "dlrs at 230 mln dlrs.", "35 mln dlrs", "down", None, None),
    # bbc/business/499: "from X to Y" after a change verb, however the parser joins the pair
    ("It cut its holding from 75% to 60% on 20 October.", "60%", "down", 75, None),
    # bbc/business/125: a verb's amount, and an amount after "up" with no verb
    ("Nickel prices rose 43% during the year, with copper up 36%.", "43%", "up", None, None),
    ("Nickel prices rose 43% during the year, with copper up 36%.", "36%", "up", None, None),
    # reuters/03864: points and the price they moved to
    ("Tenneco rose two points to 48-3/4.", "two points", "up", None, None),
    # bbc/business/098: a result's "to" deep in the object's noun phrase
    ("The International Monetary Fund is to cut its 2005 growth forecast for the German economy from 1.8% to "
     "0.8%, the Financial Times Deutschland reported.", "0.8%", "down", 1.8, None),
    # reuters/03193: a move in percent is no amount of the level's own kind, so no "by"
    ("The company said revenue passenger miles rose 9.5 pct to 10.9 mln from 9,962,399 a year before.",
     "10.9 mln", "up", 9962399, None),
    # bbc/business/172: a start with a word of time before the "to"
    ("The UK economy, on the other hand, is expected to slow in 2005, with growth falling from 3.2% last year "
     "to 2.5%.", "2.5%", "down", 3.2, None),
    # bbc/business/061: an amount and the level it led to
    ("The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004.",
     "1.41 million", "up", None, 32000),
    # reuters/01583 and reuters/18911: "to X from Y" in either order of clauses
    ("The Western Airlines unit of Delta Air Lines Inc said its February load factor fell to 52.6 pct from 57 "
     "pct a year earlier.", "52.6 pct", "down", 57, None),
    ("Growth in U.S. consumer spending is likely to slow to 1.8 pct this year from 4.1 pct in 1986, he "
     "predicted.", "1.8 pct", "down", 4.1, None),
    # reuters/02001: a level and where it came from, in pence (the article's sterling makes "p" pence)
    ("The firm is in early stages of considering the building of an own press shop in Britain for about 80 mln "
     "stg, but Egan said this would take at least another three years. On the London Stock Exchange, Jaguar's "
     "shares were last quoted at 591p, down from 611p at yesterday's close, dealers said.",
     "591p", "down", 611, None),
    # bbc/business/340: a level followed by its move (", up 21% on the previous year")
    ("In 2004, according to forecasts from the Ministry of Commerce, China's oil imports will be 110m tons, up "
     "21% on the previous year.", "21%", "up", None, None),
    # bbc/business/207: "by" with a bound
    ("Shares in music giant EMI have sunk by more than 16% after the firm issued a profit warning.",
     "more than 16%", "down", None, None),
    # bbc/business/273: a particle verb ("closed down")
    ("In London, the benchmark Brent crude price closed down 51 cents at $44.38 a barrel.", "51 cents", "down",
     None, None),
    # reuters/07036: a change noun's premodifier
    ("Consumption expenditures are projected to increase, reversing most of the two pct drop recorded in "
     "January.", "two pct", "down", None, None),
]


@pytest.mark.parametrize(("sentence", "text", "direction", "start", "amount"), CHANGES)
def test_a_number_a_change_word_governs_has_its_direction_start_and_amount(
        extractor: Any, sentence: str, text: str, direction: str, start: Optional[float], amount: Optional[float]) -> None:
    change = number(extractor, sentence, text)["change"]
    assert change == {"direction": direction, "from": start, "by": amount}


NOT_CHANGES = [
    # bbc/business/499: the start of a move is the level before it
    ("It cut its holding from 75% to 60% on 20 October.", "75%"),
    # reuters: "up to" is a bound, not a rise
    ("Underwriters have been granted an option to buy up to 660,000 more shares.", "up to 660,000 more shares"),
    # bbc/business/409: "make up" is no rise
    ("The South Korean bank will also make up 22% of the group's total assets.", "22% of the group's total assets"),
    # bbc/business/269: raising money is no increase
    ("Air China plans to raise $1bn from the flotation.", "$1bn"),
    # reuters/03962: a "to" phrase inside the subject is no result
    ("The federal government's transfer payments to seven provinces will rise by five pct over the next two "
     "years.", "seven provinces"),
    # bbc/business/323: "compared to" names a comparison, not where the rise ended
    ("Elsewhere, the BBA added underlying mortgage lending rose by £4m in November, compared to October's "
     "£4.29m.", "£4.29m"),
    # a count a change verb takes directly is a count of things ("cut 300 jobs")
    ("The company plans to cut 300 jobs.", "300 jobs"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_CHANGES)
def test_a_number_no_change_word_governs_has_no_change(extractor: Any, sentence: str, text: str) -> None:
    assert number(extractor, sentence, text)["change"] is None


# (sentence, number, counted): money and percentages count what moved.
COUNTED = [
    ("Nickel prices rose 43% during the year, with copper up 36%.", "43%", "Nickel prices"),          # bbc/business/125
    ("Soyabean exports rose to 119,400 tonnes actual weight from 73,200 tonnes.", "119,400 tonnes",  # reuters
     "Soyabean exports"),
    ("Net profit was up 3.2 pct from a year earlier.", "3.2 pct", "Net profit"),                       # reuters
    ("David Wyss of Data Resources Inc noted that imported manufactured goods prices rose 8.5 pct at an annual "
     "rate in the second half of 1986.", "8.5 pct", "imported manufactured goods prices"),                     # reuters/04944
    ("The company reported a 6.1% increase in capital investment.", "6.1%", "capital investment"),
    ("Earlier this week, ministers agreed an outline accord to cut milk output by 9.5 pct over two years.",
     "9.5 pct", "milk output"),                                                                        # reuters/02068
    # bbc/business/038 and bbc/business/007: a verb its particle makes a change moves its object
    ("This was more than expected and helped to bring debt down to 35.8bn euros.", "35.8bn euros", "debt"),
    ("Nevertheless it was enough to push down the unemployment rate to 5.2%, its lowest level since September "
     "2001.", "5.2%", "unemployment rate"),
]


@pytest.mark.parametrize(("sentence", "text", "counted"), COUNTED)
def test_a_moving_amount_counts_the_quantity_that_moved(extractor: Any, sentence: str, text: str, counted: str) -> None:
    assert number(extractor, sentence, text)["counted"] == counted


def test_a_date_after_a_change_noun_is_not_what_moved(extractor: Any) -> None:
    # reuters/04944
    sentence = "The energy products component of PPI rose 4.0 pct in February, after a 9.8 pct increase in January."
    assert number(extractor, sentence, "9.8 pct")["counted"] != "January"
