"""Numbers: a list whose items name their terms once gives them to its later items, and a figure the wire repeats
after "rpt" is one figure.

A wire's loadings by destination ("30,000 tonnes for China, 31,000 for the Soviet Union"), its buyers by name
("Saudi Arabia 90,944 tonnes barley, China 87,259 wheat"), rain by province ("83 mm in Cordoba, 41 in Santa Fe") and
the parts a heading lists ("32,000 tonnes, including 24,000 for Egypt") say the unit once: a reader carries it to
each later item, and reads "87,259 wheat" as tonnes of wheat, no count of wheats.

Every excerpt is real news from Reuters-21578 (reuters/NNNNN), with the wire's line breaks.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_counted_heads import figure

@pytest.mark.parametrize("text, wanted, kind, unit, counted", [
    # reuters/11885
    ("They include 30,000 tonnes for China, 31,000 for the\nSoviet Union, 25,000 for Turkey, and 35,000 for Italy.",
     ("31,000", "35,000"), "measure", "tonne", None),
    # reuters/11885: the parser ends a sentence inside the list, before "Greece"
    ("The Soviet Union took 263,051 tonnes of wheat and barley,\nSaudi Arabia 90,944 tonnes barley, China 87,259 "
     "wheat, Algeria\n64,896 wheat, Bangladesh 30,000 wheat, Morocco 27,500 maize,\nGreece 26,700 wheat and barley, "
     "Spain 25,124 wheat.", ("87,259", "26,700", "25,124"), "measure", "tonne", "wheat"),
    # reuters/11885
    ("Four ships are currently loading 32,000 tonnes, including\n24,000 for Egypt, 6,000 for Tanzania and 2,000 for "
     "Mauritania.", ("24,000", "2,000"), "measure", "tonne", None),
    # reuters/15043
    ("Rains in the middle of last week reached an average of 27\nmillimetres in parts of Buenos Aires province, 83 mm "
     "in\nCordoba, 41 in Santa Fe, 50 in Entre Rios and Misiones, 95 in\nCorrientes, eight in Chaco and 35 in Formosa.",
     ("41", "eight"), "measure", "millimetre", None),
    # reuters/02172
    ("The 137,000 tonnes comprised 59,500 tonnes of wheat for\nChina, 53,000 of wheat for the Soviet Union and 24,500 "
     "of wheat\nfor Algeria.", ("53,000",), "measure", "tonne", "wheat"),
    # reuters/00069
    ("Reporting members of the National\nSoybean Processors Association (NSPA) crushed 21,782,929\nbushels of soybeans "
     "in the week ended Feb 25 compared with\n22,345,718 bushels in the previous week and 16,568,000 in the\nyear-ago "
     "week, the association said.", ("16,568,000",), "measure", "bushel", None),
])
def test_a_later_item_of_a_list_takes_the_terms_the_list_names_once(
        extractor: Any, text: str, wanted: tuple[str, ...], kind: str, unit: str, counted: Optional[str]) -> None:
    for item in wanted:
        found = figure(extractor, text, item)
        assert (found["kind"], found["unit"], found["currency"]) == (kind, unit, None)
        if counted is not None:
            assert found["counted"] == counted


@pytest.mark.parametrize("text, wanted, value, unit", [
    # reuters/17010
    ("Winter rape plantings were forecast at 627,000 ha against a\nprevious estimate of 621,000 and 375,000 rpt "
     "375,000 harvested\nin 1985/86.", "375,000 rpt 375,000", 375000, "hectare"),
    # reuters/12463
    ("     Extraordinary loss 12 rpt 12 mln vs 138 mln", "12 rpt 12 mln", 12000000, None),
    # reuters/17457
    ("In its productive life, recovered average grade at Bulolo\nwas 0.3 rpt 0.3 grams a tonne from some 207 mln cubic "
     "metres of\ngravel, it said.", "0.3 rpt 0.3 grams", 0.3, "gram"),
])
def test_a_figure_the_wire_repeats_after_rpt_is_one_figure(extractor: Any, text: str, wanted: str, value: float,
                                                            unit: Optional[str]) -> None:
    numbers = extractor.extract(text).numbers
    found = [n for n in numbers if n["text"] == wanted]
    assert len(found) == 1 and found[0]["value"] == value and found[0]["unit"] == unit
    assert all(n["counted"] != "rpt" for n in numbers)
    assert sum(n["value"] == value for n in numbers) == 1


def test_a_figure_listed_after_an_estimate_does_not_count_the_estimate(extractor: Any) -> None:
    # reuters/17010: the line wraps inside "compared with"
    text = ("Winter soft wheat sowings were put at 4.647 mln ha compared\nwith its previous estimate of 4.651 mln and "
            "4.57 mln ha\nharvested last campaign.")
    assert figure(extractor, text, "4.57 mln")["counted"] is None


@pytest.mark.parametrize("text, wanted, kind, unit, currency", [
    # reuters/02172: the model tags no entity, the parser hangs each figure on the name before it
    ("Main destinations were Saudi Arabia with 158,109 tonnes of\nbarley, the Soviet Union 147,214 of wheat, Italy "
     "104,704 of\nwheat, Spain 91,381 of wheat and maize.", "104,704", "measure", "tonne", None),
    # reuters/16788
    ("The U.S. had deficits with three of its Asian trading partners -- South Korea 7.1 billion dlrs, Hong Kong 6.4 "
     "billion and China 2.1 billion.", "6.4 billion", "money", None, "USD"),
    # reuters/11885
    ("Sudan took 19,327 tonnes and west coast Africa 4,130.", "4,130", "measure", "tonne", None),
    # reuters/00311: each item's name follows the bare figure of the item before, back to the first one's tonnes
    ("Under the ATPC plan, Malaysia has been allocated an export\nquota of 28,526 tonnes, Indonesia 24,516, Thailand "
     "19,000,\nBolivia 13,761, Zaire 1,736 and Nigeria 1,461.", "1,461", "measure", "tonne", None),
])
def test_a_figure_after_a_name_that_follows_an_amount_is_an_item_no_label(
        extractor: Any, text: str, wanted: str, kind: str, unit: Optional[str], currency: Optional[str]) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["currency"]) == (kind, unit, currency)


def test_a_list_of_names_and_bare_figures_stays_unread(extractor: Any) -> None:
    # bbc/sport/108: goal minutes after scorers' names, no amount among them
    text = "Varga 40, Thompson 48 pen, Petrov 60, Varga 68, Bellamy 72."
    assert extractor.extract(text).numbers == []


def test_the_first_part_a_heading_lists_counts_what_the_heading_counts(extractor: Any) -> None:
    # saved web page ecb46e3e489d (NHL game report)
    text = ("Anders Nilsson made 35 saves, including 15 in the third period when the Senators were outshot 16-3.")
    assert figure(extractor, text, "15")["counted"] == "saves"


def test_a_name_with_a_version_after_a_sum_is_no_item_of_a_list(extractor: Any) -> None:
    # saved web page 65bf3048b500 (docking stations): "USB 3.2 type C" names a port, no amount in dollars
    text = ("Thunderbolt 3 docks start at $199 retail, and USB 3.2 type C ones can be had for cheaper than that, if "
            "you don't need the full 40 gigabits per second.")
    assert all(n["kind"] != "money" for n in extractor.extract(text).numbers if n["text"].startswith("3.2"))
