"""Numbers: plain digits right before "series" name a model line, no count ("its 5000 series publishing workstations",
"All of NBI's 5000 Series", "Prime's 50 series systems"), as they already did before a singular noun; a figure written
with a thousands comma counts ("25,000 series B special warrants").

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, model", [
    # reuters/01869
    ("NBI inc said it has reduced prices\nof on its 5000 series publishing workstations by 30 pct and has\nintroduced a "
     "new electronic publishing workstation.", "5000"),
    # reuters/01869
    ("All of NBI's 5000 Series are included in the new pricing.", "5000"),
    # reuters/00463
    ("customers who have or are currently ordering a Prime Medusa\nlicense on one of Prime's 50 series systems.", "50"),
])
def test_digits_before_series_name_a_model_line(extractor: Any, text: str, model: str) -> None:
    assert not [n for n in extractor.extract(text).numbers if n["text"].startswith(model)]


def test_a_grouped_figure_before_series_counts(extractor: Any) -> None:
    # reuters/01390
    text = ("special warrants at 11 dlrs each, with each exchangeable for\none common share, and 25,000 series B special "
            "warrants at 1,000\ndlrs each.")
    assert [n["kind"] for n in extractor.extract(text).numbers if n["text"].startswith("25,000")] == ["count"]
