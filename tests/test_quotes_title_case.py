"""Quoted words written as a title, every word capitalised but the small ones ('"Takin' It to the Streets"',
'"Dancing with the Stars."'), are a work, programme, slogan or sign, not speech: no quote when nothing attributes
them, nor when they follow the noun for the work ('the NBC News program, "Meet the Press," the Kansas senator said').
Speech in quotation marks stays a quote.

Articles come from the Reuters-21578 corpus, the BBC News corpus, saved web pages (html-articles/html/, named by
the first characters of their file name) and one PolNeAR text: speech going on after a short attribution stays speech
('"Here comes Big Daddy," she said, clapping. "The Donald. Big Daddy."').
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


def _quoted(run: Callable[..., Doc], text: str) -> list[str]:
    return [" ".join(q["text"].split()) for q in run(text)._.quotes]


@pytest.mark.parametrize("text, title", [
    pytest.param(  # web ac1bfdd4c510
        "McDonald came out during the encore for a surprise version of their single \u201cTakin\u2019 It to the "
        "Streets,\u201d the title track of their 1976 album, the first with McDonald in the lineup.",
        "Takin\u2019 It to the Streets", id="a-song"),
    pytest.param(  # web 7dfc3e359d7c
        "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered miscarriage\n"
        "James Van Der Beek has been eliminated from \u201cDancing with the Stars.\u201d\nThe former \u201cDawson\u2019s "
        "Creek\u201d star, 42, was voted off the popular dance competition on Monday.",
        "Dancing with the Stars", id="a-programme"),
    pytest.param(  # BBC business/052
        "Italian Prime Minister Silvio Berlusconi will unveil plans aimed at kickstarting the country's sputtering "
        "economy on Thursday night in Rome.\n\nHe will present an \"Action Plan for the Development of Italy\" in a "
        "meeting with industrialists and trade union leaders.",
        "Action Plan for the Development of Italy", id="a-plan"),
    pytest.param(  # web fde930b01859
        "Just search for \"Business Insider\" in your Alexa's flash briefing settings.\nYou can also subscribe to "
        "this newsletter here \u2014 just tick \"10 Things in Tech You Need to Know.\"...",
        "10 Things in Tech You Need to Know", id="a-newsletter"),
    pytest.param(  # Reuters-21578 00386
        "Senate Republican leader Robert Dole said.\n    Appearing on the NBC News program, \"Meet the Press,\" the\n"
        "Kansas senator said the Gates nomination \"could be in some\ndifficulty.\"",
        "Meet the Press", id="a-programme-before-a-reporting-verb"),
])
def test_a_title_in_quotation_marks_is_no_quote(run: Callable[..., Doc], text: str, title: str) -> None:
    assert not [q for q in _quoted(run, text) if title in q]


@pytest.mark.parametrize("text, words", [
    pytest.param(  # web ac1bfdd4c510
        "Following a performance of their sing-along jam \u201cBlack Water,\u201d Simmons teed up McDonald\u2019s "
        "cameo. \u201cYou might remember him from, well, he has his own career,\u201d Simmons said.",
        "You might remember him", id="speech-after-a-title"),
    pytest.param(  # Reuters-21578 00386
        "Appearing on the NBC News program, \"Meet the Press,\" the\nKansas senator said the Gates nomination "
        "\"could be in some\ndifficulty.\"",
        "the Gates nomination", id="the-senators-claim-stays"),
    pytest.param(  # PolNeAR dev text breitbart_2016-10-02 (a Breitbart article)
        "The woman\u2019s enthusiasm for Trump is recorded in detail:\n\n\u201cHere comes Big Daddy,\u201d she said, "
        "clapping. \u201cThe Donald. Big Daddy.\u201d",
        "The Donald. Big Daddy.", id="speech-going-on-in-title-case"),
])
def test_speech_stays_a_quote(run: Callable[..., Doc], text: str, words: str) -> None:
    assert [q for q in _quoted(run, text) if words in q]
