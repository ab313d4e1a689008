"""A lowercase word the model tags at the start of a body's name is no part of the name: an adjective or a common
noun before it ('the federal Bureau of Prisons', 'rival bank UFJ Holdings', 'the full Court of Appeals') leaves the
name that follows, which is the body's.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

NAMED = [
    # web page c58aa507 (USA Today)
    ("His suicide prompted a leadership shakeup at the federal Bureau of Prisons.", "Bureau of Prisons"),
    # BBC business/032
    ("Japan's Sumitomo Mitsui Financial has withdrawn its takeover offer for rival bank UFJ Holdings, enabling the "
     "latter to merge with Mitsubishi Tokyo.", "UFJ Holdings"),
    # Reuters-21578 00192
    ("Merrell is now awaiting a rehearing of this case by the full Court of Appeals.", "Court of Appeals"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_lowercase_word_before_a_name_is_no_part_of_it(run: Any, text: str, name: str) -> None:
    names = [record["name"] for record in run(text)._.organizations]
    assert name in names, names
