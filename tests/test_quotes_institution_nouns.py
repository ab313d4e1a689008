"""'The exchange said', 'the panel suggested': a definite description by a body's noun is the body of that noun the
article named ('exchange', 'bourse', 'panel', 'tribunal' join the institution nouns of data/quotes.json).

Texts come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    (  # Reuters-21578 00229
        "The Tokyo Grain Exchange said it will raise\nthe margin requirement on the spot and nearby month for U.S.\nAnd "
        "Chinese soybeans and red beans, effective March 2.\n    Chinese spot March will be set at 110,000 yen per 15 "
        "tonne\nlot from 90,000. The exchange said it raised spot March\nrequirement to 130,000 yen on contracts "
        "outstanding at March\n13.", "raised spot March", "Tokyo Grain Exchange"),
    (  # BBC politics/031
        "In its report, the Law Commission said it had found wide support among criminal justice professionals for an "
        "end to the mandatory life sentence for murder. The panel suggested different kinds of murders could be "
        "\"graded\" to recognise the seriousness of the offence.", "could be", "Law Commission"),
])
def test_a_body_noun_description_is_the_body_named(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
