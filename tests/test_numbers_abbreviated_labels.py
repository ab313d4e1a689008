"""A number after an abbreviated label whose full stop the tokenizer splits off ("No. 3", "no. 4") names a plant,
a grade or an agreement; it counts nothing."""

from __future__ import annotations

from typing import Any

import pytest

LABELLED = [
    # Reuters-21578 00563
    ("asked to charge WPPSS in connection with its official\nstatements about its plans to build its No. 3 and No. 4 "
     "nuclear\npower plants in the Pacific Northwest at the time it was selling the bonds.", ("3", "4")),
    # Reuters-21578 11535
    ("Anzola told a meeting of the banking association yesterday\nthe new plan, to be called exchange agreement no. 4, "
     "will be\nannounced in mid-april.", ("4",)),
    # Reuters-21578 15097
    ("The agent said Honduras is seeking U.S. no. 2 or better\nnorthern spring/DNS, with 14 pct protein minimum.",
     ("2",)),
]


@pytest.mark.parametrize("text, labels", LABELLED)
def test_a_number_after_no_and_its_stop_is_a_label(extractor: Any, text: str, labels: tuple[str, ...]) -> None:
    found = [n["text"].split()[0] for n in extractor.extract(text).numbers]
    assert not set(labels) & set(found)


def test_the_protein_minimum_beside_a_grade_still_counts(extractor: Any) -> None:
    # Reuters-21578 15097
    text = "The agent said Honduras is seeking U.S. no. 2 or better\nnorthern spring/DNS, with 14 pct protein minimum."
    assert [n["value"] for n in extractor.extract(text).numbers] == [14]
