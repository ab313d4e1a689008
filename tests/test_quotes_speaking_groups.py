"""A later 'they' takes up a plural subject only when it names people or a group, who may speak ('securities
sources', 'delegations of European and other business leaders'), not things ('Indonesia's economic changes', 'Most
soybean processing plants'): the speakers named before or beside them are meant.

Sentences come from the Reuters-21578 and BBC News corpora (file named per case)."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 00237
        "    Indonesia's economic changes have been welcomed by the World\nBank and international bankers as steps in "
        "the right direction,\nthough they say crucial areas of the economy like plastics and\nsteel remain highly "
        "protected, and virtual monopolies.", "crucial areas of the economy", "World Bank", id="changes"),
    pytest.param(  # Reuters-21578 00200
        "A central Illinois processor is only making about 30 cents for every bushel of soybeans crushed at current "
        "prices, down sharply from levels just seen just a few weeks ago and below the average cost of production, "
        "cash dealers said.\n    Most soybean processing plants are still in operation, with little talk of taking "
        "temporary down-time, so far.\n    But processors will start halting production in the next few weeks it they "
        "continue to face unprofitable margins, they added.", "start halting production", "cash dealers",
        id="plants"),
])
def test_they_takes_up_no_thing_that_cannot_speak(run: Callable[..., Doc], text: str, words: str,
                                                   speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker
