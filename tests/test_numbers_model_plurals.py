"""Numbers: four plain digits that are no round hundred, between a determiner or a possessive and a plural noun, name
a model line ("its 9370 minicomputers", "Shipments of the 3090 mainframes"): a count of that
size is written with a thousands comma, or is a round figure ("450 of its 1200 buses" counts).

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, model", [
    # reuters/16430
    ("These include the success of IBM's new personal computer\nline, introduced two weeks ago, and its 9370 "
     "minicomputers,\nwhich will begin volume shipments in July.", "9370"),
    # reuters/16430
    ("\"Shipments of the 3090 mainframes were very strong in\nMarch,\" after a weak January and February, said Ulric "
     "Weil.", "3090"),
])
def test_four_digits_before_a_plural_after_a_determiner_name_a_model(extractor: Any, text: str, model: str) -> None:
    assert not [n for n in extractor.extract(text).numbers if n["text"].startswith(model)]


def test_a_round_figure_before_a_plural_counts(extractor: Any) -> None:
    # reuters/19208
    text = ("Commission for authority to acquire and operate Trailways'\nroutes, 450 of its 1200 buses and some of its "
            "terminals and\ngarages.")
    assert [n["counted"] for n in extractor.extract(text).numbers if n["text"].startswith("1200")] == ["buses"]
