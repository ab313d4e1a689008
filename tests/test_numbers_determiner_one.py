"""Numbers: "one" as a determiner counts nothing a reader could check. An unnamed source ('"We have no leverage," one
official admitted', 'according to one estimate', 'One review of 14 studies found') is someone or something the
article leaves unnamed, and 'from one room to another', 'one iteration after another' set one thing against the
next. A "one" that counts stays ('one redeemable warrant', 'Only one person can win the marathon').

Sentences come from the Reuters-21578 and BBC News corpora and saved web pages (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

UNNAMED_OR_SET_AGAINST = [
    # (text, the words no number may hold)
    pytest.param(  # Reuters-21578 00026
        '"A number of details have still to be finalized, but the\nbroad details of the new amortization schedules and '
        'interest\nrates are in place," one senior banker said.', "one senior banker", id="source-after-a-quote"),
    pytest.param(  # Reuters-21578 00178
        "One Republican strategist said he believed Regan would not\nbe the only White House official to leave in the "
        "near future.", "One Republican strategist", id="source-opening-a-sentence"),
    pytest.param(  # Reuters-21578 00180
        '"An export enhancement offer is not consummated overnight,"\nsaid one former USDA official, who noted that '
        "the\nadministration took three months to decide in favor of selling\nChina wheat under the subsidy program.",
        "one former USDA official", id="source-after-said"),
    pytest.param(  # Reuters-21578 00342
        '"We have no leverage," one official admitted.', "one official", id="source-admitted"),
    pytest.param(  # web page e06b47e760b74f6
        "Better yet, they’re focused on their customers’ “financial health,” as one neo-bank CEO told me, and easing "
        "the “pain” that people feel around their money.", "one neo-bank CEO", id="as-one-told-me"),
    pytest.param(  # web page 6ccb6b70055f0dd
        "Pollution has also shaved 3.2 years from the life expectancies of 660 million people in the country, "
        "according to one estimate.", "one estimate", id="according-to-one"),
    pytest.param(  # web page b6055d40b6f0710
        "One review of 14 studies found that practicing mindfulness meditation decreased the incidence of binge "
        "eating and emotional eating (6).", "One review", id="a-study-found"),
    pytest.param(  # web page 42f4a0894da2451
        "In fact, in December 2016, the man returned with worsening breathlessness to the point where he couldn’t "
        "walk from one room to another without getting out of breath.", "one room", id="one-to-another"),
    pytest.param(  # web page 4b5ffade7a1ba5b
        "Since January 2018, it has not talked of infrastructure, recalibrated trade deals, budgetary compromises, "
        "drug prescription pricing, or anything else other than one iteration after another of attacking Trump.",
        "one iteration", id="one-after-another"),
    pytest.param(  # web page 53dbc147a06c0fb
        "A dazzling intellect ensorcells the reader, entertaining with one hand, opening new doors with another.",
        "one hand", id="one-then-another"),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED_OR_SET_AGAINST)
def test_one_before_an_unnamed_source_or_set_against_another_is_no_number(
    run: Callable[..., Doc], text: str, words: str
) -> None:
    assert not [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]


COUNTS = [
    # (text, the number's words)
    pytest.param(  # Reuters-21578 00150
        "Each unit consists of two shares of common stock and one\nredeemable warrant, which entitles the holder to "
        "buy an\nadditional common share for six dlrs between Feb 26, 1988 and\nFeb 26, 1992.", "one redeemable warrant",
        id="a-units-part"),
    pytest.param(  # BBC sport/040
        "Only one person can win the marathon but lots of people can be successful.", "one person",
        id="only-one"),
    pytest.param(  # web page 8267acacb9e4a10: "the other games" sets nothing against the one title
        "Notably, only one title at launch is exclusive to the Stadia service, indie developer Tequila Works' Gylt, "
        "while most of the other games offered have been on the market for months on various other platforms.",
        "one title", id="the-other-before-a-noun"),
]


@pytest.mark.parametrize(("text", "words"), COUNTS)
def test_one_that_counts_stays_a_number(run: Callable[..., Doc], text: str, words: str) -> None:
    assert [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]
