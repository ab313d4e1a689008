"""Numbers: what a figure counts lies in its own phrase, never inside a bracket after it ("134.1 (base 1980)": the
base year's word) nor on the next line after a table's row ("APR7  69.80 UP  0.40\\nJUN7": the next row's label).

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# reuters/14294: a futures table, each row a contract month, its price and the day's move
CATTLE = "L-CATTLE\nAPR7  69.80 UP  0.40\nJUN7  65.17 UP  0.15\nAUG7  61.00 UP  0.13\nF-CATTLE\nAPR7  69.20 UP  0.10\n"
# reuters/11932
OILS = (" Soybean Oils --\n   Crude  1,663.3-x  1,542.6      893.7\n Refined    300.5-x    294.7-r    287.4\n"
        "   Total  1,963.8-x  1,837.3-r  1,181.1\nCotton Oils --\n   Crude     65.7       55.8-r     64.5\n")

NOT_COUNTED = [
    # reuters/03531
    ("The index rose to 134.1 (base 1980) from 129.8 in November and 122.8 a year earlier, the Westpac-Institute "
     "report said.", "134.1"),
    ("The index rose to 134.1 (base 1980) from 129.8 in November and 122.8 a year earlier, the Westpac-Institute "
     "report said.", "122.8"),
    # reuters/02555
    ("Ecuador's consumer price index rose 2.5\npct in February to 562.4 (base 1978), the National Statistics\nand "
     "Census Institute said.", "562.4"),
    (CATTLE, "0.40"),
    (CATTLE, "0.13"),
    (OILS, "1,181.1"),
]


def figure(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if n["text"].split()[0] == wanted), None)


@pytest.mark.parametrize("text, wanted", NOT_COUNTED)
def test_no_counted_noun_past_a_bracket_or_a_tables_row(extractor: Any, text: str, wanted: str) -> None:
    found = figure(extractor, text, wanted)
    if text in (CATTLE, OILS):  # a cell with decimals that counts nothing is dropped (test_numbers_bare_figures)
        assert found is None
        return
    assert found is not None
    assert found["text"] == wanted and found["counted"] not in ("base", "JUN7", "F-CATTLE\nAPR7", "Cotton Oils")


@pytest.mark.parametrize("text, wanted, counted", [
    # reuters/05887: prose wraps a line inside a phrase; the noun on the next line is still counted
    ("Production of fish meal by the three\nSouth American producers -- Chile, Peru and Equador -- last\nyear "
     "reached 2.5 mln tonnes.", "three", "South American producers"),
    # reuters/02503
    ("Brazil halted payment of interest rates on 68 billion dlrs owed to 700 private commercial foreign banks as "
     "part of an strategy", "700", "private commercial foreign banks"),
])
def test_a_wrapped_line_of_prose_keeps_its_counted_noun(extractor: Any, text: str, wanted: str, counted: str) -> None:
    found = figure(extractor, text, wanted)
    assert found is not None and found["counted"] == counted


@pytest.mark.parametrize("text, wanted", [
    # html/5f9c5ed5d64d: money listed after a count counts nothing the count counts
    ("He said he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy.", "Rs"),
    # reuters/00001: a price listed before a multiple
    ("2.27 and 2.28 times New York Sept and Oct/Dec at 4,480 dlrs and\n2.27 times New York Dec, Comissaria Smith "
     "said.", "4,480"),
    # reuters/00320: a price listed before the next lot's tonnage
    ("    The business was for April shipments and comprised 20,000\ntonnes of European rapeseed oil at 318 dlrs, "
     "20,000 tonnes of\nsoyoil, believed South American origin, at 314, and 6,000\ntonnes of Malaysian rbd palm olein "
     "at 347 dlrs, all per tonne", "318"),
])
def test_a_listed_figure_of_another_kind_counts_its_own(extractor: Any, text: str, wanted: str) -> None:
    found = [n for n in extractor.extract(text).numbers if n["text"].startswith(wanted)]
    assert found and all(n["counted"] not in ("attempts", "New York Dec", "soyoil") for n in found)
