"""A share or owner the parser splits off as a second subject ('PanCanadian, 87 pct-owned by Canadian Pacific Ltd <CP>,
said') only describes the company named before it: that company speaks, not its owner.

Articles come from Reuters-21578 (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 01335
        "<PanCanadian Petroleum Ltd>\nsaid it agreed to sell its working interest in its North Sea\nproperties and its "
        "British unit, Canadian Pacific Oil and Gas\nof Canada Ltd, to Whitehall Petroleum Ltd, a private British\n"
        "company.\n    PanCanadian, 87 pct-owned by Canadian Pacific Ltd <CP>,\nsaid it would receive 1.7 mln British "
        "pounds cash (3.5 mln\nCanadian dlrs) at closing, expected in two to three months.",
        "it would receive 1.7 mln", "PanCanadian Petroleum Ltd", id="a-share-owned"),
    pytest.param(  # Reuters-21578 09489
        "Newmont Gold Corp expects gold sales\nin 1987 to rise about 22 pct to 577,000 ounces from 1986's\n474,000 "
        "ounces, the company said in its annual report.\n    Newmont Gold, 95 pct owned by Newmont Mining Corp, said "
        "it\nexpects significant increases in gold sales in 1988 and 1989 as\nwell.",
        "expects significant increases", "Newmont Gold Corp", id="a-share-owned-unhyphenated"),
])
def test_a_company_speaks_not_the_owner_described_after_it(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
