"""The object of a change verb that is another figure's own noun ("increase eight cts ..., rather than five cts",
"expanded one pct instead of a planned 2.5 pct") is no quantity that moved: a figure never counts a unit word."""

from __future__ import annotations

from typing import Any, Optional

import pytest

COUNTED = [
    # Reuters-21578 11625
    ("Dow also said that the selling prices for performance\ngrades of the resins to the same markets will increase "
     "eight\ncts a pound, rather than five cts as announced before.", "five cts", None),
    # Reuters-21578 00335
    ("Wage growth last year outstripped that of gross domestic\nproduct, which expanded one pct instead of a planned "
     "2.5 pct.", "one pct", None),
    # Reuters-21578 00543
    ("Louisiana Sweet also was lowered 1.50 dlrs to 16.35 dlrs, the\ncompany said.", "16.35 dlrs", "Louisiana Sweet"),
    # Reuters-21578 00058
    ("Assets of money market mutual funds\nincreased 720.4 mln dlrs in the week ended yesterday to 236.90\nbillion "
     "dlrs, the Investment Company Institute said.", "236.90 billion dlrs", "Assets"),
    # Reuters-21578 00174: a year before the object dates it, the object is still what moved
    ("Daewoo Motor Corp, the Korea-based\njoint venture between Daewoo Group and General Motors Corp\n<GM>, said it "
     "will boost its 1987 imports of U.S. goods to 200\nmln dlrs from 104 mln dlrs in 1986.", "104 mln dlrs",
     "imports"),
]


@pytest.mark.parametrize("text, wanted, counted", COUNTED)
def test_a_change_verbs_object_counted_only_when_it_is_no_figures_noun(extractor: Any, text: str, wanted: str,
                                                                       counted: Optional[str]) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)
    assert number["counted"] == counted


# (text, figure, value, unit): a unit the wires write as a word of its own is a measure, never the thing counted
# ("52.9 mln MCF" counted "MCF", "12,500 kms" counted "kms", "35,000 long tons" counted "long tons"); gas's
# industry units keep their names, as "mph" does.
UNIT_WORDS = [
    # reuters/11632
    ("said that as of December 31, 1986, its estimated proved\nreserves totaled 18.5 mln barrels of oil and 52.9 mln "
     "MCF, or\nthousand cubic feet, of gas.", "52.9 mln MCF", 52_900_000, "mcf"),
    # reuters/04569
    ("Canadian reserves of 173,000 barrels of oil and 1.6 bcf of\nnatural gas with a current value of 2.2 mln dlrs, "
     "Orbit said.", "1.6 bcf of natural gas", 1.6, "bcf"),
    # reuters/00264
    ("The\n400 series has a designed range of 12,500 kms, 2,140 kms\nfurther than the current Qantas 747-300's, he "
     "said.", "12,500 kms", 12_500, "kilometre"),
    # reuters/01519
    ("The Dominican Republic sold\n35,000 long tons of sugar for immediate delivery, with an\noption for 25,000 tons "
     "more", "35,000 long tons of sugar", 35_000, "long ton"),
    # reuters/00145: the wire's misspelt scale
    ("mln barrels from 6.4 mln barrels of oil and to 60.1 bilion\ncubic feet of gas from 63.7 BCF.",
     "60.1 bilion cubic feet of gas", 60_100_000_000, "cubic foot"),
    # bbc/tech/032
    ("The German company said data could be transmitted at one gigabit a second - up to 20 times faster than",
     "one gigabit a second", 1, "gigabit per second"),
]


@pytest.mark.parametrize("text, wanted, value, unit", UNIT_WORDS)
def test_a_unit_word_makes_a_measure(extractor: Any, text: str, wanted: str, value: float, unit: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if " ".join(n["text"].split()) == wanted)
    assert (number["kind"], number["value"], number["unit"]) == ("measure", value, unit)
