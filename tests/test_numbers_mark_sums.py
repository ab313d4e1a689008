"""A scaled figure before "mark" modifying a noun is a sum in German marks, as "crown" after a scale is money ("a 300
mln mark private placement", "a 480 mln mark loss"); "mark" closing its noun phrase after a scale is a threshold
("has broken the 100 million mark"), no sum."""

from __future__ import annotations

from typing import Any

import pytest

SUMS = [
    # Reuters-21578 00278
    ("Last week borrowings totalled 1.775 billion marks, including a 300 mln mark private placement for Deutsche "
     "Bank.", "300 mln mark", "private placement"),
    # Reuters-21578 05267
    ("The West German weekly Der Speigel said a fraud involving VW's reported 480 mln mark loss on foreign exchange "
     "dealings came to light when the Hungarian National Bank refused to honour what turned out to be a fake forward "
     "currency purchase contract.", "480 mln mark", "loss"),
    # Reuters-21578 09749
    ("He noted the 17.6 billion mark surplus for January and February together was lower than the 21.6 billion mark "
     "surplus posted in November and December.", "17.6 billion mark", "surplus"),
]


@pytest.mark.parametrize("text, wanted, counted", SUMS)
def test_a_scaled_figure_of_marks_modifying_a_noun_is_money(extractor: Any, text: str, wanted: str,
                                                            counted: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"] == wanted)
    assert (number["kind"], number["currency"], number["counted"]) == ("money", "DEM", counted)


THRESHOLDS = [
    # BBC tech 146
    ("The total number of people online in Europe has broken the 100 million mark.", "100 million mark"),
    # BBC entertainment 184
    ("But despite the relaunch audience figures failed to rise and still remain around the three million mark.",
     "three million mark"),
]


@pytest.mark.parametrize("text, wanted", THRESHOLDS)
def test_a_mark_closing_its_noun_phrase_is_a_threshold(extractor: Any, text: str, wanted: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"] == wanted)
    assert number["kind"] == "count" and number["currency"] is None
