"""Numbers: a word describing a unit between the figure and the unit does not hide it ("10,572,402 more acres",
"671,100 harvested hectares", "11,254,837 erodoble acres", "540,000 metric tonne capacity"): the figure is a measure in
that unit, no count of the unit's name; a noun before a unit names another unit ("299.5 mln seat miles", "21 mln board
feet"), and so does a word such as "square", "cubic", "troy" or "gross" ("100 square km", "329,999 gross tons"): the
table names those it holds, and one it does not is left as it is.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN), BBC News
(bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, unit, counted", [
    # reuters/05109
    ("The USDA said it had accepted 10,572,402 more acres into\nthe conservation program out of bids on a total of "
     "11,254,837\nacres.", "10,572,402", "acre", None),
    # reuters/05033
    ("Of a total 11,254,837 erodoble acres submitted, usda\naccepted 10,572,402 acres into the program at an average "
     "rental\nof about 42 dlrs an acre.", "11,254,837", "acre", None),
    # reuters/11964
    ("South-west the AGPM said producers intended to plant a similar\narea to last year's 671,100 harvested hectares, "
     "provided water\nsupplies are adequate in the Midi-Pyrenees region.", "671,100", "hectare", None),
    # bbc/business/363
    ("It aims to transport 750,000 daily barrels of oil.", "750,000", "barrel", "oil"),
    # reuters/04431
    ("Cobriza\nproduced the equivalent of around 40,600 fine tonnes of copper\nlast year.", "around 40,600", "tonne",
     "copper"),
    # reuters/00079
    ("The newsprint mill is 49\npct owned by the New York Times, (NYT.A), adding to Donohue's\n540,000 metric tonne "
     "capacity this fall.", "540,000", "tonne", "capacity"),
])
def test_a_word_between_a_figure_and_its_unit_does_not_hide_the_unit(extractor: Any, text: str, wanted: str,
                                                                      unit: str, counted: Optional[str]) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["counted"]) == ("measure", unit, counted)


@pytest.mark.parametrize("text, wanted, unit", [
    # reuters/16506
    ("The 60-day sampling program begins today and will consist\nof over 2,000 cubic yards of placer gravels taken "
     "from over 40\nsample sites.", "over 2,000", "cubic yard"),
    # reuters/03646
    ("half of the year ending October 31, 1988 at an annual rate of\nabout 40,000 troy ounces.", "about 40,000",
     "troy ounce"),
    # reuters/00878
    ("Today's quakes were felt over an area of 100 square km, the\nseismologist added.", "100", "square kilometre"),
    # reuters/05818: a gross ton measures a ship's volume, no weight
    ("Ships built by Japanese yards in February rose to six vessels totalling\n329,999 gross tons from three ships of "
     "79,499 tons in January.", "329,999", None),
])
def test_a_word_that_makes_another_unit_is_no_description(extractor: Any, text: str, wanted: str,
                                                          unit: Optional[str]) -> None:
    assert figure(extractor, text, wanted)["unit"] == unit


def test_a_noun_before_a_unit_names_another_unit(extractor: Any) -> None:
    # reuters/02300
    text = "Available seat miles rose 27.2\npct to 299.5 mln seat miles, it said."
    assert figure(extractor, text, "299.5 mln")["unit"] is None
