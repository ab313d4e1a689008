"""A reporting verb whose subject names no one reports no statement: 'Neither Mr Howard nor Mr Letwin would say
exactly how they would use that cash' is the writer's clause in nobody's mouth, like 'declined to say how'.

Sentences come from the BBC News corpus (story named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words", [
    pytest.param(  # BBC politics/344
        "Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash, although a cut in the "
        "basic rate seems unlikely. Ideas already floated include raising tax thresholds and abolishing or reducing "
        "inheritance tax.",
        "use that cash", id="neither-nor-would-say"),
])
def test_speech_no_one_gives_is_no_quote(run: Callable[..., Doc], text: str, words: str) -> None:
    assert not [q["text"] for q in run(text)._.quotes if words in q["text"]]


@pytest.mark.parametrize("text, words", [
    pytest.param(  # BBC business/236: 'none' inside the claim, not its speaker
        "Furthermore, 16% said that none of their cards had been replaced, while 30% said only some had.",
        "none of their cards", id="none-in-the-claim"),
    pytest.param(  # Reuters-21578 16689
        "    None of the shares will be sold by the company, it said.",
        "None of the shares", id="none-as-the-claims-subject"),
])
def test_a_negative_word_inside_the_claim_does_not_withhold_it(
    run: Callable[..., Doc], text: str, words: str,
) -> None:
    assert [q["text"] for q in run(text)._.quotes if words in q["text"]]
