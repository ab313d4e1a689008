"""A paragraph break ends a reported claim and its speaker's phrase: a blank line, a new line indented as the wire
opens a paragraph ('Corp.\\n    Under the terms of the order'), and in text not wrapped at a fixed width (a web page,
one paragraph a line) any new line. A single new line of wire copy only wraps a line. A quotation that is a bulleted
or numbered line of its own heads a list of highlights and carries no one's speech on.

Sentences come from Reuters-21578 (story numbered per case) and the saved web-page corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of

_HOECHST = (  # Reuters-21578 00558
    "<HOECHST AG> COMPLETES CELANESE <CZ> ACQUISITION\n\nHoechst AG of West Germany said\nit has completed the "
    "acquisition of Celanese Corp.\n    Hoechst acquired a majority of Celanese shares in a recent\ntender offer at "
    "245 dlrs per common share.\n Reuter\n")
_FRANKLIN = (  # Reuters-21578 02831
    "FRANKLIN COMPUTER CORP <FDOS> GETS COURT ORDER\n\nFranklin Computer Corp said it\nreceived a court order "
    "requiring the manufacturer and\ndistributors of the Laser 128 personal computer to stop selling\nthe computers "
    "with operating systems that are the subject of a\nrecently filed copyright infringement suit.\n    The company "
    "said <Video Technology Computers> of Hong Kong\nand its distributors, <Video Technology Computers Inc> and\n"
    "<Central Point Software Inc>, complied with the order.\n    The company said the order was signed by U.S. "
    "District\nCourt Judge John Gerry of Camden, N.J.\n    Under the terms of the order, all defendants named in the\n"
    "action are prohibited from selling Apple-compatible computers\ncontaining the programs on which Franklin has "
    "alleged copyright\ninfringement by Marc 13, the company said.\n Reuter\n")
_ALLIS = (  # Reuters-21578 19818
    "ALLIS-CHALMERS <AH> DEBENTURES CUT BY S/P\n\nStandard and Poor's Corp said it\ndowngraded 95.9 mln dlrs of debt "
    "of Allis-Chalmers Corp.\n    Cut to D from B-minus were the 6.1 pct sinking fund\ndebentures due 1990 and to D "
    "from C were the cumulative\nconvertible preferred stock.\n    S and P cited the company's filing for "
    "reorganization under\nChapter 11 of the federal bankruptcy code.\n Reuter\n")
_CHARTS = (  # Reuters-21578 01892
    "CHARTS SIGNAL BULLISH BREAKOUT IN DEBT FUTURES\n\n    Keefe said the next level of significant chart "
    "resistance\nwill be at 101-24/32 to 101-28/32. Furthermore, \"we still have\nthe April (1986) highs to contend "
    "with,\" which in the nearby\ncontract is 105-15/32.\n    Michael said the breakout projects gains to 103 in "
    "June\nT-bonds and \"there is an outside chance to reach 106.\"\n    Keefe warned, however, that confirmation "
    "also is needed\nfrom other technical indicators such as relative strength\nindexes and short-term momentum "
    "indicators.\n    \"Without them, sustained strength is in question,\" Keefe\nsaid.\n Reuter\n")
_COLUMBUS = (  # web page 961bd85ca85aaf79 (CPD arrests six in drug investigation)
    "Police arrested six people Monday during a narcotics investigation involving drug activity at a local home.\n"
    "Officers also arrested Christopher L. Tays, 32, of Franklin, on several charges including two local warrants "
    "and an out-of-county warrant after stopping his vehicle near 17th Street and Gladstone Avenue, Harris said.\n"
    "Story continues below gallery\nA Bartholomew County Sheriff\u2019s Department canine later alerted to the odor "
    "of narcotics in Tays\u2019 vehicle and while searching the car, officers reportedly located marijuana as well "
    "as a Suboxone strip prior to transporting Tays to jail, Harris said.\n")
_DAVIS_CUP = (  # web page 0d46122928b6f468 (Nadal keeps Spain alive against Russia in Davis Cup Finals)
    "Brazil star Neymar was among the more than 12,000 in attendance, which also included a marching band "
    "organized by Spanish fans that fired up the crowd throughout the matches.\nUS FALLS\nThe United States lost to "
    "Canada for the first time in the Davis Cup after Vasek Pospisil edged Reilly Opelka 7-6 (5), 7-6 (7) and Denis "
    "Shapovalov defeated Taylor Fritz 7-6 (6), 6-3.\n\"Came down to a few points,\" Opelka said. \"Thought I did my "
    "part, played well, served well, and I put myself in a position to win. He was just too good.\"\n")
_HEARING = (  # web page 7a664e40d256470f (Key moments from Kurt Volker's and Tim Morrison's testimony)
    "Morrison testified that he did not see anything wrong with the call, in contrast to the testimony of another "
    "witness, Alexander Vindman, who is the White House National Security Council Ukraine expert. After Fiona Hill "
    "left the NSC, it was Morrison who took over, and Vindman reported to him.\nHere are some of the highlights:\n"
    "- \"My fears have been realized\"\nMorrison told the Intelligence Committee, \"I feared at the time of the call "
    "on July 25 how its disclosure would play in Washington's political climate. My fears have been realized.\"\n")


@pytest.mark.parametrize("text, words", [
    pytest.param(_HOECHST, "Corp.\n    Hoechst", id="wire-indent-after-claim"),
    pytest.param(_FRANKLIN, "Under the terms", id="wire-indent-claim-of-next-paragraph"),
    pytest.param(_ALLIS, "Cut to D", id="wire-indent-inverted-sentence"),
    pytest.param(_COLUMBUS, "Story continues", id="web-line-of-furniture"),
    pytest.param(_DAVIS_CUP, "US FALLS", id="web-subheading"),
    pytest.param(_HEARING, "Here are some", id="web-list-lead"),
])
def test_no_claim_runs_over_a_paragraph_break(run: Callable[..., Doc], text: str, words: str) -> None:
    """The words of the next paragraph (or a heading, or a line of page furniture) are no part of a claim."""
    assert not [q["text"] for q in run(text)._.quotes if words in q["text"]]


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_HOECHST, "completed the", "Hoechst AG", id="wire-claim-kept"),
    pytest.param(_FRANKLIN, "the order was signed", "Franklin Computer Corp", id="wire-claim-before-indent"),
    pytest.param(_CHARTS, "outside chance", "Michael", id="wire-speaker-of-the-paragraph"),
    pytest.param(_COLUMBUS, "Suboxone strip", "Harris", id="web-claim-after-furniture"),
    pytest.param(_DAVIS_CUP, "Came down to a few points", "Reilly Opelka", id="web-quote-after-subheading"),
])
def test_a_claim_keeps_its_own_paragraph(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    """The claim within its paragraph is still found, with its speaker; a wrapped line of wire copy is no break."""
    assert speaker.lower() in (speaker_of(run, text, words) or "").lower()


def test_wire_paragraph_is_not_the_previous_speakers(run: Callable[..., Doc]) -> None:
    """'Keefe warned, however, that ...' opens a paragraph of its own: not Michael's claim (Reuters-21578 01892)."""
    quotes = [q for q in run(_CHARTS)._.quotes if "confirmation also is needed" in q["text"]]
    assert all("Keefe warned" not in q["text"] and q["speaker"] != "Michael" for q in quotes)


def test_a_bulleted_quotation_heads_a_list(run: Callable[..., Doc]) -> None:
    """'- "My fears have been realized"' is a highlight's heading: not Vindman's words, named just before it."""
    quotes = [q for q in run(_HEARING)._.quotes if q["text"] == "\"My fears have been realized\""]
    assert quotes and quotes[0]["speaker"] != "Alexander Vindman"
