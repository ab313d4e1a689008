"""Numbers: "one" as a determiner counts nothing a reader could check. An unnamed source ('"We have no leverage," one
official admitted', 'according to one estimate', 'One review of 14 studies found') is someone or something the
article leaves unnamed, and 'from one room to another', 'one iteration after another' set one thing against the
next. "One" also picks a thing out rather than counting it after "the" or "any", before "such" or "possible", and
when its noun takes a relative clause ('one figure ... that he would love to portray'), completes "be" ('There was
just one problem'), is a subject with "of" ('one side effect of higher inflation could be') or the subject of "be"
with a noun or a clause ('One result was deflation', 'One problem is that'); so in idioms ('to one side', 'in one
piece'). A "one" that counts stays ('one redeemable warrant', 'Only one person can win the marathon',
'exactly one unit', 'one man was admitted to hospital', 'One member was absent').

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


PICKED_OUT = [
    # (text, the words no number may hold)
    pytest.param(  # web page 4ffe2ea72 (base dump)
        "I think the one sign you can point to is both teams, the Clippers and the Lakers, are really, really good "
        "teams, so we’re competing well at a high level.", "one sign", id="the-one"),
    pytest.param(  # web page 7eb6ea61b (base dump)
        "It’s also not clear why any one person develops HP, since many of us can carry these specific antibodies to "
        "a trigger but never become sick.", "one person", id="any-one"),
    pytest.param(  # BBC tech/001
        "The author of one such article began a petition drive against the use of the ink.", "one such article",
        id="one-such"),
    pytest.param(  # BBC business/020
        "One possible reason for the lack in patience, Ms Diemont says, is the fact that more customers are calling "
        "'on the move' using their mobile phones.", "One possible reason", id="one-possible"),
    pytest.param(  # BBC entertainment/012
        "And he said that there was one figure from his childhood that he would love to portray on the big screen - "
        "Ian Paisley.", "one figure", id="relative-clause"),
    pytest.param(  # BBC tech/002
        "Laws on net cafe opening hours and who can use them were introduced in 2002 following a fire at one cafe "
        "that killed 25 people.", "one cafe", id="relative-clause-that-killed"),
    pytest.param(  # BBC sport/057
        "There is just one small truth which could gnaw away at Holmes' motivation.", "one small truth",
        id="there-is-just-one"),
    pytest.param(  # BBC business/008
        '"A flexible exchange rate is one more channel for absorbing both positive and negative shocks," he told the '
        "conference.", "one more channel", id="is-one-more"),
    pytest.param(  # web page 5a0904b1abbb2 (base dump)
        "There was just one problem: The climactic song that ties the whole movie together didn’t exist.",
        "one problem", id="there-was-one-problem"),
    pytest.param(  # Reuters-21578 00209
        "Ironically, one side effect of higher inflation could be to help the government achieve its aim of cutting "
        "the state budget deficit, several analysts said.", "one side effect", id="subject-of"),
    pytest.param(  # web page 8ac045434fef3 (base dump)
        "Ah, but one piece of history proved to be important: he had recently “acquired” both a feather duvet and "
        "feather pillows.", "one piece of history", id="subject-piece-of"),
    pytest.param(  # BBC business/110
        "One result was deflation - prices falling rather than rising - which made Japanese shoppers cautious and "
        "kept them from spending.", "One result", id="subject-of-be-with-a-noun"),
    pytest.param(  # BBC tech/188
        "One example was where thieves would set up a premium rate number and then dial it day and night from phones "
        "whose quarterly bills were never paid.", "One example", id="subject-of-be-with-a-clause"),
    pytest.param(  # BBC business/318
        "One scenario is that Baikal will not pay when it is supposed to in two weeks time, putting Yuganskneftegas "
        "back in the hands of bailiffs and back within the reach of Gazprom.", "One scenario", id="one-scenario-is"),
    pytest.param(  # BBC tech/305
        "One problem is that the name Visual Radio leads people to think of television but Reidar Wasenius, a senior "
        "project manager at Nokia, was adamant that Visual Radio should not be confused with the more traditional "
        "medium.", "One problem", id="one-problem-is-that"),
    pytest.param(  # BBC politics/284
        "Perhaps then Mr Kennedy will be ready to put some of the caution to one side.", "one side", id="to-one-side"),
    pytest.param(  # BBC sport/022
        '"I got round in one piece and didn\'t disgrace myself.', "one piece", id="in-one-piece"),
    pytest.param(  # Reuters-21578 18764
        "The company said the vessels have been chartered-in for minimum periods of six months with various "
        "extension options, and, in one case, a purchase option.", "one case", id="in-one-case"),
    pytest.param(  # BBC politics/275
        "We have got to recognise there is a limit to what we can do in one go, in our first Budget.", "one go",
        id="in-one-go"),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED_OR_SET_AGAINST)
def test_one_before_an_unnamed_source_or_set_against_another_is_no_number(
    run: Callable[..., Doc], text: str, words: str
) -> None:
    assert not [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]


@pytest.mark.parametrize(("text", "words"), PICKED_OUT)
def test_one_that_picks_a_thing_out_or_in_an_idiom_is_no_number(run: Callable[..., Doc], text: str, words: str) -> None:
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
    pytest.param(  # Reuters-21578 00276: "only" counts, whatever follows
        "At present SESDAQ is trading the shares of only one\ncompany, the government-owned Singapore National "
        "Printers Ltd (SNP), but its turnover has been fairly active.", "one company", id="only-one-before-a-name"),
    pytest.param(  # web page c09c670484a5c (base dump)
        "In regards to reliability, across the entire AppleInsider staff, exactly one unit had to be replaced.",
        "one unit", id="exactly-one"),
    pytest.param(  # Reuters-21578 00269
        "No deaths were reported but one man was admitted to hospital in serious condition after his car was buried "
        "in a mud slip.", "one man", id="one-man-admitted"),
    pytest.param(  # BBC business/060
        "He admitted one felony count of scheming to defraud and faces up to four years in prison.",
        "one felony count", id="object-with-of"),
    pytest.param(  # BBC entertainment/025
        "Following publication of the sixth book, just one novel remains to complete the series.", "one novel",
        id="just-one-remains"),
    pytest.param(  # Reuters-21578 14825: the subject of "be" with an adjective
        "A total of 294 deputies in the 577-member assembly voted to\nsupport Chirac, with 282 voting against. One "
        "member was absent.", "One member", id="one-member-was-absent"),
]


@pytest.mark.parametrize(("text", "words"), COUNTS)
def test_one_that_counts_stays_a_number(run: Callable[..., Doc], text: str, words: str) -> None:
    assert [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]
