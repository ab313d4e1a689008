"""A 'he', 'she' or 'it' that opens its sentence takes up the subject of the sentence just before when that subject is
a description that can speak ('The opposition also made political capital from the figures. It said': the
opposition, not the agency that spoke before; 'The Shanghai official said ... He said': the official, not a trader
named before). A 'he' or 'she' takes up a post only when the speaker rules put a name to it ('The home secretary'
is David Blunkett), and a question's or a copula's 'it' takes up no one.

Articles come from the BBC News corpus, Reuters-21578 and the saved web pages (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/275
        "On Wednesday, the German Federal Labour Agency said the jobless total had reached 5.037 million in January, "
        "which takes the jobless rate to 12.1%. \"Yes, we have effectively more than five million people "
        "unemployed,\" a government minister said earlier on ZDF public television.\n\n"
        "Changes to the way the statistics are compiled partly explain the jump of 572,900 in the numbers. But the "
        "figures are embarrassing for the government. \"With the figures apparently the worst we've seen in the "
        "post-war period, these numbers are very charged politically,\" said Christian Jasperneite, an economist with "
        "MM Warburg.\n\n"
        "The opposition also made political capital from the figures. It said there are a further 1.5 million-2 "
        "million people on subsidised employment schemes who are, in fact, looking for real jobs. It added that "
        "government reforms, including unpopular benefit cuts, do not go far enough.",
        "government reforms", "opposition", id="a-body-described"),
    pytest.param(  # Reuters-21578 05800
        "    \"China is short of foreign exchange,\" the Shanghai official\nsaid.\n"
        "    A Japanese trader in Peking said Chinese grain imports\nwould rise and exports fall this year because of "
        "the drought.\n"
        "    Officials in east China have repeatedly said stable grain\nproduction is a key state policy.\n"
        "    The Shanghai official said that in one suburb, 10 pct of\nthe pre-tax profits of factories are used to "
        "subsidise\nagriculture. He said rural industries in other suburbs also set\naside money for grain.",
        "rural industries in other suburbs", "Shanghai official", id="an-unnamed-official"),
    pytest.param(  # BBC politics/031
        "In its report, the Law Commission said it had found wide support among criminal justice professionals for an "
        "end to the mandatory life sentence for murder.\n\n"
        "But the Home Office said mandatory life sentences would not be abolished and argued courts already had "
        "flexibility. The commission, an independent body including two judges, a senior barrister and sentencing "
        "experts, had been asked to consider reforms to the defence of provocation in murder cases. But it said its "
        "proposals were unlikely to work without a far wider review of the law.",
        "its proposals were unlikely", "Law Commission", id="a-body-named-before"),
    pytest.param(  # BBC politics/046
        "Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday.\n\n"
        "On Wednesday during Prime Minister's Questions, Tory leader Michael Howard went on the offensive over "
        "comments Mr Blunkett is alleged to have made in a new biography. Mr Blair retorted voters remembered the "
        "record of a government and no comments by politicians.\n\n"
        "The home secretary has already admitted he was wrong to give the two first class tickets, given to him as an "
        "MP, to Mrs Quinn and has since paid the \u00a3180 back. He has apologised for \"a genuine mistake\" and says "
        "he will write to the watchdog to answer further questions.",
        "he will write to the watchdog", "David Blunkett", id="a-post-named-before"),
])
def test_a_pronoun_takes_up_the_description_the_sentence_before_is_about(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC politics/019
        "Jack Law, chief executive of Alcohol Focus Scotland, said Jack McConnell's comment was \"ill-advised\".\n\n"
        "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him "
        "of an error of judgement. In a furious response, the first minister said his comments had been distorted "
        "and taken out of context. He told Ms Sturgeon: \"It is disappointing that you have contributed to this "
        "distortion.\"",
        "It is disappointing", "Jack McConnell", id="a-post-the-rules-name-no-one-by"),
    pytest.param(  # html-articles 88c328b6 (The Tennis Podcast)
        "The Davis Cup Final began on Monday with the opening day of the new-look format taking place at the Magic "
        "Box in Madrid. Afterwards, The Tennis Podcast team of Catherine Whitaker, David Law and Matt Roberts gave "
        "their initial impressions of the new format.\n"
        "Is it fair to say that the event was neither as bad as the sceptics thought it would be, nor as good as the "
        "organisers hoped it would be?",
        "the event was neither as bad", None, id="a-question"),
])
def test_a_pronoun_leaves_a_description_it_cannot_name_or_take_up(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
