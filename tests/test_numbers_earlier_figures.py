"""A bare figure joined to the figure before it by words of comparison ("up from", "compared with", "against", "in
1986 and") is the same quantity at another time: it takes that figure's money or unit, not a count of nothing."""

from __future__ import annotations

from typing import Any, Optional

import pytest

MEASURED_ALIKE = [
    # Reuters-21578 00311
    ("Thailand exported 18,367 tonnes in 1986, up from 17,359 in\n1985, Pramual said.", "17,359", "measure", "tonne",
     None),
    # Reuters-21578 00228
    ("Thailand exported 84,960 tonnes of rice\nin the week ended February 24, up from 80,498 the previous\nweek, the "
     "Commerce Ministry said.", "80,498", "measure", "tonne", None),
    # Reuters-21578 08319
    ("Graan Elevator Mij (GEM) said its\nbalance in port of grains, oilseeds and derivatives rose to\n70,000 tonnes "
     "on March 21 compared with 10,000 a week earlier\nafter arrivals of 192,000 tonnes and discharges of 132,000\n"
     "tonnes last week.", "10,000", "measure", "tonne", None),
    # Reuters-21578 00275
    ("The report forecasts cocoa exports to rise to 35,000 tonnes\nthis year, from 33,000 tonnes in 1986 and 31,000 in "
     "1985.", "31,000", "measure", "tonne", None),
    # Reuters-21578 00179
    ("Assuming an average exchange rate of 1.71 Swiss francs to\nthe dollar this year, against 1.69 in the second "
     "half of 1986, the report said.", "1.69", "money", None, "CHF"),
    # Reuters-21578 00316
    ("The bid valued the shares at about 100 pesos. They traded\nat 93 pesos today, down from 95.50 at Friday's close.",
     "95.50", "money", None, None),
]


def found(extractor: Any, text: str, wanted: str) -> dict[str, Any]:
    return next(n for n in extractor.extract(text).numbers if n["text"] == wanted)


@pytest.mark.parametrize("text, wanted, kind, unit, currency", MEASURED_ALIKE)
def test_a_bare_earlier_figure_is_measured_like_the_one_before(extractor: Any, text: str, wanted: str, kind: str,
                                                                unit: Optional[str], currency: Optional[str]) -> None:
    number = found(extractor, text, wanted)
    assert (number["kind"], number["unit"], number["currency"]) == (kind, unit, currency)


def test_a_count_before_from_gives_its_noun(extractor: Any) -> None:
    # saved web page d1c57d7821e5 (SpaceNews, NASA lunar landers)
    text = ("The five companies, selected from eight that submitted proposals to this on-ramp, join the original nine "
            "CLPS companies selected by NASA nearly a year ago.")
    assert found(extractor, text, "eight")["counted"] == "companies"


def test_another_thing_after_and_keeps_its_own_terms(extractor: Any) -> None:
    # Reuters-21578 00302: the free shares' price is no price of the A shares
    text = ("The A shares -- with increased voting\nrights -- closed at 450 crowns for the restricted and 455 for the "
            "free shares.")
    assert found(extractor, text, "455")["counted"] != "A shares"


def test_a_figure_of_another_size_is_another_quantity(extractor: Any) -> None:
    # Reuters-21578 00822: the percentage between them is no level the start could share
    text = ("Options on Eurodollar futures also set a monthly record of\n235,916 contracts, up 92.4 pct from 122,616 a "
            "year ago.")
    assert found(extractor, text, "122,616")["kind"] == "count"


def test_a_rates_base_is_no_earlier_figure(extractor: Any) -> None:
    # bbc tech/175: 6.7 connections per 100 people, not 6.7 people
    text = ("The UK total of 5.3 million translates into 7.5 connections per 100 people, compared to 6.7 in Germany "
            "and 15.8 in the Netherlands.")
    # a rate with decimals that counts nothing is dropped (test_numbers_bare_figures): whatever stays is no people
    assert all(n["counted"] != "people" for n in extractor.extract(text).numbers if n["text"] == "6.7")
