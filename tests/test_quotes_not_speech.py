"""Quotation marks and reporting verbs that report nobody's speech: the writer's own words ('I would have said',
'Which is not to say that'), a participle describing a noun ('with mobile services added into the mix') and a
work's or campaign's name in quotation marks ('a poem called "..."', 'the "Make love not spam" campaign'), and
speech withheld or only supposed ('declined to say whether', 'did not say which', 'have yet to say where',
'others may argue'). A fragment that is not speech, put in someone's mouth, is the error after a wrong speaker; the
quotes that are speech around them stay.

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
    pytest.param(  # bbc/tech/159.txt: a campaign's name, no one's speech in the sentence
        "The campaign has come under fire. Lycos Europe's \"Make love not spam\" campaign was intended as a way "
        "for users to fight back against the mountain of junk mail.", "Make love", id="named-campaign"),
    pytest.param(  # bbc/politics/405.txt
        "Mr Blair and Liberal Democrat leader Charles Kennedy also gave their views during interviews, conducted "
        "as part of the magazine's \"High Heeled Vote\" campaign.", "High Heeled", id="magazine-campaign"),
    pytest.param(  # html c13b9c0e (Spokesman-Review, South Dakota meth ads)
        "\u201cThis is our favorite kind of work to do,\u201d Hege said.\nWhile the \u201cMeth. We\u2019re on "
        "it.\u201d campaign did not appeal to Julie Graham, she said she did not want to judge the campaign.",
        "Meth", id="while-the-campaign"),
    pytest.param(  # html f81c6c05 (Business Insider): a book's title
        "Grant Sabatier suggests having 25 times your expenses saved. In his book \"Financial Freedom: A Proven "
        "Path to All the Money You Will Ever Need,\" Sabatier shares the formula he used.", "Financial Freedom",
        id="in-his-book"),
    pytest.param(  # bbc/politics/022.txt: yet to say: the Tories have not said it
        "The Tories have promised \u00a34bn in tax cuts but have yet to say where they will fall.", "where they will",
        id="have-yet-to-say"),
    pytest.param(  # bbc/tech/016.txt: a right to say, no one's speech
        "The question of bloggers and what rights they have to say what they want on their sites is a thorny one.",
        "what they want", id="have-to-say"),
    pytest.param(  # bbc/politics/042.txt: declined to say: the spokesman said nothing about it
        "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed the plans.",
        "backed the plans", id="declined-to-say-whether"),
    pytest.param(  # bbc/politics/005.txt
        "Mr Balls refused to say whether Mr Brown would remain as chancellor after the election.", "remain as",
        id="refused-to-say-whether"),
    pytest.param(  # bbc/sport/115.txt
        "However, Toshack refused to reveal whether he sees Giggs as a long-term option.", "long-term option",
        id="refused-to-reveal"),
    pytest.param(  # bbc/business/027.txt: a negated cue reports nothing
        "The Indian-born magnate did not say where the job losses would fall.", "job losses",
        id="did-not-say-where"),
    pytest.param(  # bbc/business/058.txt
        "It did not say which facilities would be affected, but intends moving production to lower-cost "
        "countries.", "facilities", id="it-did-not-say-which"),
    pytest.param(  # html d1c57d78 (SpaceNews, NASA lunar landers)
        "He declined to say when his company\u2019s lander would be ready.", "lander", id="declined-to-say-when"),
    pytest.param(  # bbc/politics/120.txt
        "Mr Howard declined to say what form the statement should take.", "what form", id="declined-what-form"),
    pytest.param(  # html f81c6c05 (Business Insider, early retirement): a supposed argument
        "For some, the peace of mind of being liability-free is worth it, while others may argue that the money "
        "saved in interest payments would pale in comparison to potential investment returns.", "pale in",
        id="others-may-argue"),
    pytest.param(  # html ec7fc408 (blog, online leadership): a figure of speech
        "Any time you\u2019re building a business, you\u2019re going to experience some moments that cause you "
        "to \u2026 well, let\u2019s say they cause you to grow as a person.", "grow as a person", id="lets-say"),
    pytest.param(  # bbc/tech/233.txt: advice to the reader, no one's statement
        "The shoot-anything-that-moves gameplay is peppered with moments of old-school genius. Fans of robotic "
        "gastropods should note the title refers, instead, to the vast array of vehicles on offer in a game stuffed "
        "with bizarre hardware.", "title refers", id="should-note"),
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
    pytest.param(  # bbc/business/103.txt: the same sentence's affirmed cue still reports
        "Marsh did not say when the move would take place, but said it had signed a lease.", "signed a lease",
        "Marsh", id="but-said"),
    pytest.param(  # bbc/sport/030.txt: what someone had to acknowledge, they acknowledged
        "McKiernan had to candidly acknowledge that time had crept up on her after several injury-ravaged years.",
        "time had crept up", "McKiernan", id="had-to-acknowledge"),
    pytest.param(  # bbc/politics/009.txt: a negation inside the reported clause is the speaker's
        "Mr Straw said he did not know the odd journalist who had used the odd word.", "odd journalist",
        "Straw", id="negation-inside-the-claim"),
    pytest.param(  # bbc/politics/105.txt: an obligation inside the reported clause is the speaker's
        "UK Muslims should accept that people of Islamic appearance are more likely to be stopped and searched by "
        "police, a Home Office minister has said.", "stopped and searched", "Home Office minister",
        id="should-inside-the-claim"),
])
def test_speech_around_them_stays(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and speaker in (quotes[0]["speaker"] or ""), [(q["text"], q["speaker"]) for q in run(text)._.quotes]
