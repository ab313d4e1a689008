"""A study or its figures speak for whoever made or released them: 'according to Labor Department figures', 'data
from MarketAxess', 'A separate study by Gartner has also said'. A study's 'of' names whom it asked or read, not its
author ('The survey of more than 1,000 people reported'), and researchers speak for themselves ('The Intel
researchers said').

Sentences come from the BBC News corpus and saved web pages (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

AUTHORS = [
    # (text, words of the claim, its speaker)
    pytest.param(  # BBC business/007
        "According to Labor Department figures, US firms added only 146,000 jobs in January.",
        "US firms added", "Labor Department", id="department-figures"),
    pytest.param(  # web page 06e5123e4ef7cfb
        "WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057% on Monday, according to data from "
        "MarketAxess.",
        "has weakened sharply", "MarketAxess", id="data-from"),
    pytest.param(  # BBC tech/059
        'A separate study by Gartner has also said real-time TV broadcasts to mobiles is "unlikely" in Europe until '
        "2007.",
        "real-time TV broadcasts", "Gartner", id="study-by"),
]

NOT_AUTHORS = [
    # (text, words of the claim, a speaker it must not have)
    pytest.param(  # BBC tech/031
        "The survey of more than 1,000 people reported that 43% were not willing to hand over personal information "
        "online.",
        "43% were not willing", "more than 1,000 people", id="those-asked"),
    pytest.param(  # web page e593d7fe88f9f5c
        "One review of 14 studies found that practicing mindfulness meditation decreased the incidence of binge "
        "eating and emotional eating (6).",
        "practicing mindfulness meditation", "14 studies", id="those-read"),
    pytest.param(  # BBC tech/019
        "The Intel researchers said products exploiting the breakthrough should appear by the end of the decade.",
        "products exploiting the breakthrough", "Intel", id="researchers-speak-for-themselves"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AUTHORS)
def test_a_study_speaks_for_whoever_made_or_released_it(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize(("text", "words", "not_speaker"), NOT_AUTHORS)
def test_those_a_study_asked_or_read_are_not_its_author(
    run: Callable[..., Doc], text: str, words: str, not_speaker: str
) -> None:
    assert speaker_of(run, text, words) != not_speaker
