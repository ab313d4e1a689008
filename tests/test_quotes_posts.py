"""A description naming a post ('the prime minister', 'the foreign secretary') means the person the article gives
that post, its title read in full ('foreign secretary' is not 'Home Secretary'), and never the person in focus when
the article gives them other posts: that is someone it leaves unnamed. An epithet ('the 47-year-old director')
still describes the person in focus. Sentences from BBC News and Reuters-21578 (file named per case) and a saved
web page (html-articles 7de52419, AP).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


_STRAW = (  # BBC politics/040
    "Jack Straw has attacked the decision by Britain's highest court that detaining foreign terrorist suspects "
    "without trial breaks human rights laws.\n\nThe foreign secretary said the right to life was the \"most important "
    "liberty\" and the government had a duty to protect people from terrorism. New Home Secretary Charles Clarke "
    "vowed the nine men would remain in prison while the law was being reviewed.\n\nBut Mr Straw denied it amounted "
    "to a \"constitutional crisis\". \"The law lords are simply wrong to imply that this is a decision to detain "
    "these people on the whim or the certificate of the home secretary,\" he told BBC Radio 4's Today programme. "
    "The foreign secretary insisted it was for Parliament, and not judges, to decide how best Britain could be "
    "defended against the threat of terrorism.")


@pytest.mark.parametrize("text, words, wrong", [
    pytest.param(  # Reuters-21578 00028: an unnamed strategist, not President Reagan
        "The Tower Commission report, which\nsays President Reagan was ignorant about much of the Iran arms\ndeal, "
        "just about ends his prospects of regaining political\ndominance in Washington, political analysts said.\n"
        "    Reagan will again plead his case that way in a televised\naddress next week.\n"
        "    But one top Republican strategist warned against expecting\na dramatic turnaround.\n"
        "    \"The White House has to avoid building expectations that\ncannot be met,\" said the strategist, who "
        "requested anonymity.", "White House has", "Reagan", id="00028-strategist"),
    pytest.param(  # BBC politics/034: the prime minister is not the police commissioner
        "Home Secretary Charles Clarke said ministers had kept to their pledge to review the law.\n\nMetropolitan "
        "Police Commissioner Sir John Stevens last month backed a Tory attempt to change the law so only householders "
        "using \"grossly disproportionate\" force could be prosecuted. The pressure prompted the prime minister to "
        "say the police and Crown Prosecution Service would be consulted as part of a review of the law.",
        "police and Crown", "John Stevens", id="034-prime-minister"),
    pytest.param(_STRAW, "for Parliament", "Charles Clarke", id="040-foreign-not-home-secretary"),
])
def test_a_post_the_person_in_focus_does_not_hold_is_not_theirs(run: Callable[..., Doc], text: str, words: str,
                                                                 wrong: str) -> None:
    assert speaker_of(run, text, words) != wrong


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_STRAW, "for Parliament", "Jack Straw", id="040-foreign-secretary"),
    pytest.param(  # html-articles 7de52419 (AP): 'Republican Gov. Eric Holcomb' is 'the governor'
        "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have avoided direct criticism of "
        "teachers or school districts for the closings.\nTeachers didn’t see Holcomb at the "
        "Statehouse on Tuesday. His office said he was keeping long-standing plans for traveling to Florida for a "
        "conference of the Republican Governors Association.\nThe governor said he was waiting for a teacher pay "
        "commission he appointed in February to make recommendations on increasing salaries by the end of 2020.",
        "waiting for a teacher pay", "Eric Holcomb", id="7de52419-abbreviated-title"),
])
def test_a_post_means_the_person_the_article_gives_it(run: Callable[..., Doc], text: str, words: str,
                                                      speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # html-articles 156770d6 (The Hill; the page's link text between name and '(R)' left out): a
        # newspaper the model does not tag is no description of Kristi Noem
        "South Dakota Gov. Kristi Noem (R) is defending the state’s launch of an anti-drug campaign with the slogan "
        "“Meth, we’re on it.”\nNoem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we need "
        "everyone on it.”\nThe campaign, which includes both digital and TV ads, cost the state roughly $449,000, "
        "according to the Sioux Falls Argus Leader.", "cost the state", "Sioux Falls Argus Leader", id="156770d6"),
    pytest.param(  # html-articles 785affa2: nor are two film-trade sites descriptions of the film's director
        "It’s unclear whether Hawley’s film is still based on the 2016 plan, or if Hemsworth will return — both "
        "Hemsworth and Pine were said to have had run into contractual issues in 2018, according to The Hollywood "
        "Reporter. The Wrap’s report today claims that Pine will be back on board the Enterprise, along with Zachary "
        "Quinto, Zoe Saldana, Simon Pegg, and Karl Urban.", "back on board", "Wrap", id="785affa2"),
])
def test_a_capitalised_name_the_model_missed_is_no_description_of_the_person_in_focus(
        run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker
