"""Quote speakers named by 'it' after a description of a body or a document that was the subject before it ('The
industry said ... it said', 'the lawsuit noted ... It stated', 'said the magazine ... it concluded'): 'it' takes up
that description, as the speaker rules read its words, not the last organization named in between.

Sentences come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 00346: the industry complained, not the Commission named before it
        "The Commission said its decision follows a complaint from\nEC non-ferrous metals producers that the sales "
        "of Soviet\nmercury were harming their business and threatening jobs in the\nEuropean industry.\n    "
        "According to the complaint, Soviet mercury sales in the EC\nhad risen from zero in recent years to 100 "
        "tonnes between\nAugust and October last year.\n    The industry said the mercury was being sold at more "
        "than\n40 pct below prices charged by EC producers, forcing them to\ncut their prices to levels that no longer "
        "covered costs. The\nimports had caused producers heavy financial losses, it said.",
        "caused producers heavy financial losses", "industry", id="the-industry-said-then-it-said"),
    pytest.param(  # BBC entertainment/050: 'it' is the lawsuit, not the studio it names
        "\"We are not able to comment on pending litigation,\" Revolution Studios spokesman Sean Dudas said. The "
        "lawsuit said Willis has endured \"extreme mental, physical and emotional pain and suffering.\" There were no "
        "specific details on the injuries. While Willis does not seek specific monetary damages, the lawsuit noted "
        "that the star \"was required to and did employ physicians and other medical personnel\". It stated he will "
        "incur additional future medical expenses.",
        "he will incur additional", "lawsuit", id="the-lawsuit-noted-then-it-stated"),
    pytest.param(  # BBC tech/009: the magazine that spoke, not the company whose gadget it ranked
        "The magazine has compiled an all-time top 100 list of gadgets, which includes the Sony Walkman at number "
        "three and the 1956 Zenith remote control at two.\n\n\"In general we included only items that were "
        "potentially mobile,\" said the magazine.\n\n\"In the end, we tried to get to the heart of what really makes "
        "a gadget a gadget,\" it concluded.",
        "heart of what really makes", "magazine", id="said-the-magazine-then-it-concluded"),
    pytest.param(  # Reuters-21578 00107: the statement's issuer, not the agency that relayed it
        "The statement by the Iranian High Command appeared to\nherald the close of an assault on the port city of "
        "Basra in\nsouthern Iraq.\n    \"The operation was launched at a time when the Baghdad\ngovernment was "
        "spreading extensive propaganda on the resistance\npower of its army...,\" said the statement quoted by IRNA."
        "\n    It claimed massive victories in the seven-week offensive\nand called on supporters of Baghdad to \"come "
        "to their senses\".",
        "come to their senses", "Iranian High Command", id="the-statement-said-then-it-claimed"),
])
def test_it_takes_up_the_description_that_was_the_subject(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 05244: the newsletter is MEES; the minister named before it is no 'it'
        "OPEC produced only about 14 mln bpd of\noil in the second week of March -- 1.8 mln bpd below its\n"
        "ceiling -- largely because of pipeline problems in Turkey and\nEcuador, the Middle East Economic Survey "
        "(MEES) estimated.\n    MEES said Saudi Arabia was pumping more than 300,000 bpd of\nits total production "
        "into floating storage.\n    Saudi Oil Minister Hisham Nazer told Reuters and the\ntelevision news agency "
        "Visnews yesterday that Saudi output,\nincluding Neutral Zone production, was around three mln bpd.\n    The "
        "Cyprus-based newsletter also said authoritative Libyan\noil sources said Libya was producing 850,000 bpd, "
        "compared with\nits 948,000 bpd quota, and that actual liftings are much lower\nthan that.\n    It said one "
        "major Libyan equity producer had partially\nstopped lifting its 55,000 bpd equity entitlement.",
        "one\nmajor Libyan equity producer", "Middle East Economic Survey", id="not-a-person-the-description-meant"),
    pytest.param(  # Reuters-21578 12402: 'A statement from OIL' is Oil India Ltd's, named by its initials
        "India's state-owned Oil India Ltd\n(OIL) said it received a 3.5 billion yen credit under an\nagreement "
        "signed with Dai Ichi Kangyo Bank of Tokyo last week.\n    A statement from OIL said the 10-year loan carries "
        "a rate\nof interest 0.5 pct below Japanese long term prime.\n    The credit is the first foreign commercial "
        "loan raised by\nOIL. It was arranged under a bilateral treaty to avoid double\ntaxation, it said.",
        "arranged under a bilateral treaty", "Oil India Ltd", id="not-the-initials-of-the-organization"),
])
def test_it_keeps_the_organization_the_description_takes_up(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
