"""A move's amount on the line after its "up" or "down": wire copy wraps lines anywhere, and the adverb still
names the move ("were up\n6.0 pct")."""

from __future__ import annotations

from typing import Any

import pytest

WRAPPED = [
    # Reuters-21578 02062: the wire wraps the line between the adverb and its amount
    ("The company said total company sales for the period were up\n6.0 pct to 888 mln dlrs from 838 mln dlrs, with "
     "same-store\nsales up 6.3 pct.", "6.0 pct", "up"),
    # Reuters-21578 00213
    ("and footwear. Compared with a year earlier, the index was down\n0.7 pct due to lower vegetable, fuel oil and "
     "utility costs.", "0.7 pct", "down"),
]


@pytest.mark.parametrize("text, wanted, direction", WRAPPED)
def test_an_amount_on_the_line_after_up_or_down_is_a_move(extractor: Any, text: str, wanted: str,
                                                          direction: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"].replace("\n", " ") == wanted)
    assert (number["change"] or {}).get("direction") == direction
