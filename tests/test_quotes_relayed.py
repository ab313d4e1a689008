"""A source named after a reporting verb that has a subject of its own only passed on what that subject said:
'"...," he said, according to the Intelligencer' is his quote, not the newspaper's, and 'company officials said
..., according to analysts' the officials'. A verb with an object ('US firms added only 146,000 jobs') reports
nothing, and a source before the verb names whose account the sentence is ('According to Mr McGuire, research
suggests ...').

Sentences come from the Reuters-21578, BBC News and saved web-page corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words, source", [
    pytest.param(  # Reuters-21578 00110
        "    At the meeting, company officials said American Express\nstock is undervalued and does not fully "
        "reflect the performance\nof Shearson, according to analysts.",
        "undervalued", "analysts", id="officials-said-according-to-analysts"),
    pytest.param(  # web page 9e8c9f082a8d77c5 (drugs at the U.S. border)
        "A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into "
        "the country. Border agents \"say you\u2019ve got to pay attention to this \u2014 $53 million a week is coming "
        "across the border in drugs,\" he said, according to the Intelligencer, the Wheeling News-Register.",
        "pay attention", "Intelligencer", id="he-said-according-to-a-paper"),
])
def test_who_relays_speech_is_not_its_speaker(run: Callable[..., Doc], text: str, words: str, source: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and all(source not in (q["speaker"] or "") and q["cue"] != "according to" for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/007
        "According to Labor Department figures, US firms added only 146,000 jobs in January.",
        "146,000 jobs", "Labor Department", id="firms-added-jobs"),
    pytest.param(  # BBC tech/040
        "According to Mr McGuire, research suggests that people like the idea of building up huge libraries of "
        "music, which they can do with high-capacity storage devices, like iPods and Creative Zens.",
        "huge libraries", "McGuire", id="according-to-before-the-verb"),
])
def test_according_to_still_names_the_source(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and speaker in (quotes[0]["speaker"] or "")
