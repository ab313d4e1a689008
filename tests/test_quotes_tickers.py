"""Quote speakers where the wire's ticker in angle brackets stands after a company's name and the parser made it
the subject ('Beecham Group Plc <BHAM.L> said'): the company named before it speaks, or the companies named together
('Boeing Co and ARGOSystems Inc <ARGI.O> said they ...', whom a later 'the companies' means); not a company inside a
phrase before the ticker ('shares of American Home Products <AHP>, said').

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
