"""Quote speakers where the wire's ticker in angle brackets stands after a company's name and the parser made it
the subject ('Beecham Group Plc <BHAM.L> said'): the company named before it speaks, or the companies named together
('Boeing Co and ARGOSystems Inc <ARGI.O> said they ...', whom a later 'the companies' means); not a company inside a
phrase before the ticker ('shares of American Home Products <AHP>, said'). Where the entity components found no company
there, the capitalised words before the ticker speak ('Rowntree Mackintosh Plc <RWNT.L>\nannounced'), else no one: a
ticker is never a speaker.

Articles come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


_BOEING = (  # Reuters-21578 17506
        "BOEING <BA> TO ACQUIRE DEFENSE ELECTRONICS FIRM\n\nBoeing Co and ARGOSystems Inc <ARGI.O>\nsaid "
        "they reached an agreement for Boeing to acquire the\nSunnyvale, Calif., defense electronics firm "
        "for about 275 mln\ndlrs.\n    The boards of both companies have approved the merger,\nwhich will "
        "be accomplished through a tender offer by a Boeing\nsubsidiary of 37 dlrs a share cash for all of "
        "ARGOSystems'\nshares, the companies said.")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_BOEING, "reached an agreement", "Boeing Co and ARGOSystems Inc", id="two-companies-and-a-ticker"),
    pytest.param(_BOEING, "tender offer by a Boeing", "Boeing Co and ARGOSystems Inc",
                 id="the-companies-after-the-ticker"),
    pytest.param(  # Reuters-21578 00321
        "BEECHAM UNIT LAUNCHES ARTHRITIS DRUG\n\nBeecham Group Plc <BHAM.L> said its\nsubsidiary <Beecham "
        "Pharmaceuticals> launched a new once-a-day,\nprescription only medicine for the reduction of pain "
        "and\ninflammation caused by rheumatoid and osteoarthritis. The\nlaunch took place simultaneously "
        "in the U.K. And West Germany.",
        "once-a-day", "Beecham Group Plc", id="company-and-its-ticker"),
])
def test_a_ticker_speaks_for_the_company_named_before_it(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_ticker_after_a_preposition_names_no_speaker(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 00559: the trust speaks, not the company whose shares it accepts
        "AMERICUS TRUST <HPU> EXTENDS DEADLINE\n\nAmericus Trust for American Home\nProducts Shares said "
        "it extended its deadline for accepting\ntendered shares until November 26, an extension of nine "
        "months.\n    The trust, which will accept up to 7.5 mln shares of\nAmerican Home Products <AHP>, "
        "said it has already received\ntenders for about four mln shares.")
    assert speaker_of(run, text, "already received") != "American Home Products"


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 04081
        "Rowntree Mackintosh Plc <RWNT.L>\nannounced it made a "
        "pretax profit of 84 mln stg in the 53 weeks\nending January 3, 1987, compared with 79.3 mln stg in the\n"
        "previous year.", "pretax profit", "Rowntree Mackintosh Plc", id="plc-and-a-line-break"),
    pytest.param(  # Reuters-21578 03071
        "Sweden's Stora Kopparbergs Bergslags\nAB <SKPS.ST> said it "
        "has now acquired 90 pct of shares in rival\npulp and paper makers Papyrus AB, thus passing the threshold\n"
        "above which it can compulsorily buy the rest of the company.", "acquired 90 pct",
        "Stora Kopparbergs Bergslags AB", id="a-name-wrapped-over-two-lines"),
    pytest.param(  # Reuters-21578 10348
        "Applied chemicals group Henkel KGaA\n<HNKG.F> said it is "
        "selling its Hamburg vegetable oil and fats\nsubsidiary Noblee und Thoerl GmbH to Oelmuehle Hamburg AG.",
        "is selling", "Henkel KGaA", id="after-a-common-noun"),
    pytest.param(  # Reuters-21578 05250
        "Pearson Plc <PSON.L> said the recent\nsale of its Fairey "
        "Engineering companies, in a 51.5 mln stg\nmanagement buy-out, was part of its policy of concentrating on\n"
        "four key sectors.", "recent sale", "Pearson Plc", id="no-bracket-in-the-name"),
    pytest.param(  # Reuters-21578 03505
        "A spokesman for Preussag\nAG <PRSG.F> said it was "
        "not yet certain whether the company\nwould pay a dividend on 1986 results", "not yet certain",
        "Preussag AG", id="a-spokesman-for-the-company"),
    pytest.param(  # Reuters-21578 17907: a number in the name, and the parser opens a sentence at the ticker
        "Dutch insurer Stad Rotterdam Anno 1720\nN.V. <ASRN.AS> said from July 1 it will own 20 pct of the\nshares "
        "of <Europeesche Verzekering Maatschappij N.V.>, a\nfully-owned unit of Swiss insurer <Union\n"
        "Rueckversicherungs-Gesellschaft>.", "will own 20 pct", "Stad Rotterdam Anno 1720 N.V.",
        id="a-number-in-the-name"),
])
def test_a_ticker_after_a_company_the_entities_missed_speaks_for_its_words(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_ticker_inside_the_subject_names_no_speaker(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 00559
        "Americus Trust for American Home\nProducts Shares said it extended its deadline for accepting\ntendered "
        "shares until November 26, an extension of nine months.\n    The trust, which will accept up to 7.5 mln "
        "shares of\nAmerican Home Products <AHP>, said it has already received\ntenders for about four mln shares.")
    assert speaker_of(run, text, "already received") is None


def test_a_group_named_in_its_own_words_ends_before_a_ticker(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 21287
        "A shareholder group led by Barris\nIndustries Inc <BRSS.O> said it acquired a 9.8 pct stake in\nMedia "
        "General Inc Class A common stock and may seek seek\ncontorl of the company.")
    assert speaker_of(run, text, "9.8 pct stake") == "shareholder group led by Barris Industries Inc"
