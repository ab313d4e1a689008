"""A body's managers named after it support it as a body, as its manager does ('Railtrack managers Alistair Cook,
Sean Fugill and Keith Lea': ``after_nouns`` in ``data/organizations.json``).

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

SUPPORTED = [
    # BBC politics/178
    ("Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair Cook, Sean Fugill "
     "and Keith Lea all face individual charges.", "Railtrack"),
]


@pytest.mark.parametrize(("text", "name"), SUPPORTED)
def test_a_bodys_managers_support_it(run: Any, text: str, name: str) -> None:
    names = [record["name"] for record in run(text)._.organizations]
    assert name in names, names
