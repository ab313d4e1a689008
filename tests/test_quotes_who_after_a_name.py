"""'who said' right after a person's name is that person speaking, wherever the parser hung the clause: a long title
or a list before the name misleads it ('Culture, Media and Sport Secretary Tessa Jowell who said' on 'Culture',
'refused Oscars, including actor George C Scott who said' on 'Oscars').

Sentences come from the BBC News corpus (file named per case)."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # bbc/politics/199
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"You wouldn't let your "
        "child watch the Texas Chainsaw Massacre.\"", "Texas Chainsaw", "Tessa Jowell", id="title"),
    pytest.param(  # bbc/entertainment/314
        "Three people have refused Oscars, including actor George C Scott who said the whole thing was "
        "\"demeaning\".", "whole thing", "George C Scott", id="list"),
])
def test_who_said_after_a_name_is_that_person(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker
