"""What a commodity's price counts: a price per tonne, ounce or barrel that counts nothing or only a trade counts the
one commodity its sentence names; not where the sentence names a payment per unit, or names the commodity only as a
modifier of another thing.

Every sentence is real news: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

# (sentence, number, counted)
PRICES = [
    # reuters/13670: the level of a trade ("business at")
    ("LME morning ring dealings in copper ended\nwith three months Grade A business at 883 stg per tonne, up\nseven "
     "stg from yesterday's afternoon kerb close, equivalent to\n1,417 dlrs per tonne, a rise of 11 dlrs.",
     "883 stg per tonne", "copper"),
    ("LME morning ring dealings in copper ended\nwith three months Grade A business at 883 stg per tonne, up\nseven "
     "stg from yesterday's afternoon kerb close, equivalent to\n1,417 dlrs per tonne, a rise of 11 dlrs.",
     "1,417 dlrs per tonne", "copper"),
    # reuters/13720
    ("LME nickel ended the morning with three\nmonths business at 2,365 stg per tonne, up about seven stg from\n"
     "yesterday's afternoon kerb close.", "2,365 stg per tonne", "LME nickel"),
    # reuters/00543: the company's name holds a commodity word too
    ("Unocal Corp's Union Oil Co said it\nlowered its posted prices for crude oil one to 1.50 dlrs a\nbarrel in the "
     "eastern region of the U.S., effective Feb 26.", "one to 1.50 dlrs a barrel", "crude oil"),
    # reuters/00311: a commodity before "price"
    ("But Mining Industry Council President Dam Teutong told\nReuters that if the tin price rose above 18 ringgit a "
     "kilo,\nThai miners would press for the opening of more new mines.", "above 18 ringgit a kilo", "tin"),
    # reuters/00273
    ("Texaco Inc <TX> and Chevron Corp <CHV> -- signed a long-term agreement\nlast month to buy Saudi crude for "
     "17.52 dlrs a barrel.", "17.52 dlrs a barrel", "Saudi crude"),
    # bbc/business/028
    ("Crude oil prices surged back above the $47 a barrel mark on Thursday after an energy market watchdog raised "
     "its forecasts for global demand.", "$47 a barrel", "Crude oil"),
]

# (sentence, number, counted): a payment per unit, or a commodity word modifying another product, names no price
NOT_PRICES = [
    # reuters/00019
    ("The wheat four is for shipment March-May and the bonus\nawarded was 119.05 dlrs per tonnes and will be paid in "
     "the form\nof commodities from the CCC inventory.", "119.05 dlrs per tonnes", None),
    # reuters/00501
    ("The latest requests for the maize were for export to\nSwitzerland, Austria and Lichtenstein at a maximum daily "
     "rebate\nprefixed last Friday at 141 Ecus a tonne against a previous 20\nEcu daily rebate.", "141 Ecus a tonne",
     None),
    # reuters/00200
    ("Soybean meal futures have also steadily declined in recent\nweeks, setting a new contract low of 139.70 dlrs "
     "per ton in the\nnearby March contract today.", "139.70 dlrs per ton", None),
]


@pytest.mark.parametrize("sentence, text, counted", PRICES + NOT_PRICES)
def test_a_commodity_price_counts_the_commodity_its_sentence_names(extractor: Any, sentence: str, text: str,
                                                                   counted: Optional[str]) -> None:
    assert number(extractor, sentence, text)["counted"] == counted
