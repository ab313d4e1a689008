"""Numbers: a bare figure at a scale ("2.11 mln", "155.38 billion") is the quantity of the last scaled figure before it
in its sentence that names its money, unit or noun: the wire names them once ("to 1.56 mln tonnes in 1987 and 2.11
mln in 1988"). A table's next row is no such sentence ("Revs 236.1 mln vs 256.2 mln\\n    Avg shrs 7.8 mln").

Every excerpt is Reuters-21578 (reuters/NNNNN), its line breaks as the wire has it.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

ELIDED = [
    # reuters/00274
    ("The Indonesian government said crude palm oil (CPO) output\nis expected to rise to 1.56 mln tonnes in 1987 and "
     "2.11 mln in\n1988, up from a projected 1.45 mln tonnes in 1986 and 1.26 mln\nin 1985.", "2.11 mln", 2_110_000,
     "measure", "tonne", None),
    ("The Indonesian government said crude palm oil (CPO) output\nis expected to rise to 1.56 mln tonnes in 1987 and "
     "2.11 mln in\n1988, up from a projected 1.45 mln tonnes in 1986 and 1.26 mln\nin 1985.", "1.26 mln", 1_260_000,
     "measure", "tonne", None),
    # reuters/00524
    ("    NTT said it plans to make capital investments of 1,770\nbillion yen in 1987/88, including 109 billion for "
     "research and\ndevelopment, as against a total of 1,600 billion this year.", "109 billion", 109_000_000_000,
     "money", None, "JPY"),
    # reuters/00198
    ("    M-1 grew to an estimated 5.03 billion dlrs against a\nrevised 4.77 billion in November and 4.34 billion in "
     "December\n1985.", "4.34 billion", 4_340_000_000, "money", None, "USD"),
    # reuters/12429
    ("    Malhotra said India's M-3 money supply grew 209.24 billion\nrupees in the fiscal year to March 13, compared "
     "to a growth of\n155.38 billion in the same period the year before.", "155.38 billion", 155_380_000_000, "money",
     None, "INR"),
    # reuters/21486
    ("    Japan imports some 12 mln tonnes of LPG a year, of which\n5.3 mln tonnes are supplied by Saudi Arabia, 3.3 "
     "mln under term\ncontracts and two mln through spot purchases.", "two mln", 2_000_000, "measure", "tonne", None),
]


def figure(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if " ".join(n["text"].split()) == wanted), None)


@pytest.mark.parametrize("text, wanted, value, kind, unit, currency", ELIDED)
def test_a_bare_scaled_figure_is_in_the_terms_named_before_it(extractor: Any, text: str, wanted: str, value: float,
                                                               kind: str, unit: Optional[str],
                                                               currency: Optional[str]) -> None:
    found = figure(extractor, text, wanted)
    assert found is not None
    assert (found["value"], found["kind"], found["unit"], found["currency"]) == (value, kind, unit, currency)


def test_a_bare_scaled_figure_counts_the_noun_named_before_it(extractor: Any) -> None:
    # reuters/00374
    text = ("    Official sources said Pakistan was likely to use 3.4 mln\nbales of cotton during the current "
            "financial year ending June\nafter 2.96 mln in 1985/86 and 2.70 mln in 1984/85.")
    found = figure(extractor, text, "2.96 mln")
    assert found is not None and (found["kind"], found["counted"]) == ("count", "bales of cotton")


def test_a_tables_next_row_takes_nothing(extractor: Any) -> None:
    # reuters/00530: the average number of shares is no money
    text = ("Shr 67 cts vs 23 cts\n    Net 5,220,000 vs 3,143,000\n    Revs 236.1 mln vs 256.2 mln\n"
            "    Avg shrs 7.8 mln vs 13.7 mln\n")
    found = figure(extractor, text, "7.8 mln")
    assert found is not None and found["kind"] == "count" and found["currency"] is None
