"""Numbers: a lone "one" before a fraction written "one-<denominator>" says the fraction's "one" twice ("purchase one
one-hundredth share", "buy one\\none-thousandth of a share"): it is no count of its own, of shares or of the fraction's
word; the fraction itself is read as before.

Every excerpt is real news from Reuters-21578 (reuters/NNNNN), with the wire's line breaks.
"""

from __future__ import annotations

from typing import Any

import pytest

_RIGHTS = [
    # reuters/06180
    "    Each right, when exercisable, will entitle the holder to\npurchase one one-hundredth share of Series C "
    "Junior\nParticipating preferred stock for 50 dlrs.",
    # reuters/12322
    "It said each right entitles shareholders to buy one\none-thousandth of a share of newly authorized preferred at "
    "a\npurchase price of 75 dlrs.",
]


@pytest.mark.parametrize("text", _RIGHTS)
def test_one_before_a_one_fraction_is_no_count(extractor: Any, text: str) -> None:
    assert [n["value"] for n in extractor.extract(text).numbers if n["value"] == 1] == []


def test_the_fraction_after_it_is_still_read(extractor: Any) -> None:
    found = [n for n in extractor.extract(_RIGHTS[1]).numbers if n["text"].startswith("one-thousandth")]
    assert [(n["value"], n["counted"]) for n in found] == [(0.001, "share")]
