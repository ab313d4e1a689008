"""A speech act whose words are its object and what it asks of it or lays at it is reported speech, the object
and its complement the claim: 'urged the next government to boost state pension', 'warned Mr Brown not to be
tempted', 'accused ministers of wasting money', 'called the suicide a "profound indictment"'. One only meant
('are to ask'), foretold ('will ask') or told of a thing ('adverts ... urging them') is none, nor is a name given.

Sentences come from the BBC News corpus and saved web pages (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

CLAIMS = [
    # (text, the claim, its speaker)
    pytest.param(  # BBC politics/043
        "Mr Lishman urged the next government to boost state pension.",
        "the next government to boost state pension", "Lishman", id="urged-to"),
    pytest.param(  # BBC politics/005
        "He was speaking as Sir Digby Jones, CBI director general, warned Mr Brown not to be tempted to use any extra "
        "cash on pre-election bribes.",
        "Mr Brown not to be tempted to use any extra cash on pre-election bribes", "Digby Jones", id="warned-not-to"),
    pytest.param(  # BBC tech/007
        "Microsoft has warned PC users to update their systems with the latest security fixes for flaws in Windows "
        "programs.",
        "PC users to update their systems", "Microsoft", id="has-warned"),
    pytest.param(  # web page d0382c0d9573a0a
        "Consumer advocates are urging the PUC to establish backup power requirements and make the companies "
        "provide detailed information about the location of outages.",
        "the PUC to establish backup power requirements", "Consumer advocates", id="are-urging"),
    pytest.param(  # BBC politics/021
        'Mr Letwin accused the chancellor of using "fancy statistics" to hide public service failures.',
        'the chancellor of using "fancy statistics"', "Letwin", id="accused-of"),
    pytest.param(  # web page db6b0816c612296
        "Defense Secretary Mark Esper on Wednesday accused China of using coercion and intimidation against smaller "
        "Asian nations to impose its will in the South China Sea.",
        "China of using coercion and intimidation", "Mark Esper", id="accused-of-after-a-date"),
    pytest.param(  # web page c58aa507c4deebd
        'Cruz called the suicide a "profound indictment of the system."',
        "the suicide a", "Cruz", id="called-a"),
]


@pytest.mark.parametrize(("text", "claim", "speaker"), CLAIMS)
def test_a_speech_acts_object_and_complement_are_its_speakers_claim(
    run: Callable[..., Doc], text: str, claim: str, speaker: str
) -> None:
    found = speaker_of(run, text, claim)
    assert found is not None and speaker in found


NOT_SAID = [
    # (text, words no quote holds)
    pytest.param(  # BBC business/003
        "The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay "
        "back a $900m (£479m) loan.",
        "the buyer of its former production unit", id="only-meant"),
    pytest.param(  # web page ec7fc408c5ce66c
        "People will ask you to write blog posts for them; appear on their podcasts; deliver the keynote addresses at "
        "their conferences.",
        "you to write blog posts", id="foretold"),
    pytest.param(  # BBC entertainment/035
        "Studios have already begun lobbying voters, taking out full page adverts in trade publications such as "
        "Variety urging them to remember particular films when it comes to choosing what to back.",
        "them to remember particular films", id="a-thing-urging"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_a_speech_act_only_meant_foretold_or_of_a_thing_is_no_quote(
    run: Callable[..., Doc], text: str, words: str
) -> None:
    assert not [q for q in run(text)._.quotes if words in q["text"]]


def test_a_bare_noun_cut_from_a_title_is_no_one_a_later_description_means(run: Callable[..., Doc]) -> None:
    text = (  # BBC entertainment/052
        "Spike Lee backs student directors\n\nFilm-maker Spike Lee says black representation is stronger than ever "
        "in cinema and TV but the true power in entertainment lies behind the camera.\n\nThe She Hate Me director "
        "urged students at his old Atlanta university, Morehouse College, to seek \"gatekeeper positions\" behind "
        "the scenes. \"It's a huge market,\" the 47-year-old director said.")
    assert speaker_of(run, text, "It's a huge market") == "Spike Lee"
