"""Quotation marks and reporting verbs that report nobody's speech: the writer's own words ('I would have said',
'Which is not to say that'), a participle describing a noun ('with mobile services added into the mix') and a
work's title in quotation marks ('a poem called "..."'). A fragment that is not speech, put in someone's mouth,
is the error after a wrong speaker; the quotes that are speech around them stay.

Sentences come from the BBC news corpus and the HTML pages of /work/shared/corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words", [
    pytest.param(  # html cc4aa22b (9to5Mac gift guide): the writer's opinion
        "Prior to September, I would have said Wi-Fi 6 was too new to consider this year.", "Wi-Fi 6",
        id="i-would-have-said"),
    pytest.param(  # html cc4aa22b: the writer's opinion
        "I received one for testing alongside the Logitech MX Keys keyboard, and I have to say the two are a great "
        "pair.", "great pair", id="i-have-to-say"),
    pytest.param(  # html ef4e67b6 (CNN, Trump's health): the writer's aside, subject 'Which'
        "You shouldn't just believe them.\nWhich is not to say that whatever happened on Saturday wasn't minor or "
        "maybe even routine.", "whatever happened", id="which-is-not-to-say"),
    pytest.param(  # bbc/tech/394.txt: 'added' describes the services; the quoted words are a coined term
        "Some are talking about \"quadruple play\", too, with mobile services added into the mix.", "quadruple",
        id="participle-added-into-the-mix"),
    pytest.param(  # html 851498a2 (John M. Ford): a poem's title
        "One of the cards, a poem called \u201cWinter Solstice, Camelot Station,\u201d went on to win the World "
        "Fantasy Award.", "Winter Solstice", id="a-poem-called"),
    pytest.param(  # html 35b15891 (Doobie Brothers): a song's title
        "The band revealed its plans during its Monday night performance in Nashville, bringing out McDonald during "
        "an encore to perform \u201cTakin\u2019 It to the Streets.\u201d", "Takin", id="to-perform-a-song"),
])
def test_no_quote_from_words_nobody_said(run: Callable[..., Doc], text: str, words: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert not quotes, quotes


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # bbc/sport/283.txt
        "Spurs boss Martin Jol said his team were \"robbed\" at Manchester United after Pedro Mendes' shot clearly "
        "crossed the line but was not given.", "his team were", "Martin Jol", id="a-name-says"),
    pytest.param(  # html 851498a2: the friends speak to the writer
        "They refused to discuss anything having to do with his estate. But multiple friends of Mike Ford had told "
        "me that they were suppressing his work.", "suppressing his work", "multiple friends of Mike Ford",
        id="told-me"),
    pytest.param(  # html 851498a2: a quoted description someone gave keeps its speaker
        "In his final years, Ford toiled away at a colossal work, over 140,000 words long, titled Aspects. Beth "
        "Meacham described it as \u201ca magical-parliamentary-nobility-romance-spy-adventure. And that only touches "
        "it.\u201d", "magical", "Beth Meacham", id="described-it-as"),
    pytest.param(  # bbc/politics/011.txt: 'adding' may hang on the quoted 'We want'
        "\"We want Michael to be as accessible as possible,\" Mr Fox said, adding that the party was not afraid "
        "of scrutiny.", "not afraid", "Fox", id="said-adding-that"),
    pytest.param(  # bbc/business/359.txt: the same after a body's note
        "\"We are not expecting Fiat to exercise its put of the auto business against an unwilling GM at this "
        "point,\" brokerage Merrill Lynch said in a note to investors, adding that any legal battle would be "
        "protracted and damaging to the business.", "legal battle", "Merrill Lynch", id="note-adding-that"),
])
def test_speech_around_them_stays(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and speaker in (quotes[0]["speaker"] or ""), [(q["text"], q["speaker"]) for q in run(text)._.quotes]
