"""Quote speakers called by a description that a modifier only describes ('The German company said', 'The
Canada-based company says', 'the bank holding company said'): the business the article last named as a subject a
few sentences back, when no other has been named since; otherwise the description's own words.

Sentences come from the BBC News and Reuters-21578 corpora and the HTML pages of /work/shared/corpora (file named
per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC tech/032
        "At 3GSM, Siemens showed off a system that transmits faster mobile data. The German company said data "
        "could be transmitted at one gigabit a second - up to 20 times faster than current 3G networks.",
        "one gigabit", "Siemens", id="the-german-company"),
    pytest.param(  # BBC tech/024
        "Video game firm Bioware is to hold open auditions for people to become cast members for future "
        "games.\n\nThe company, which makes role playing games such as Knights of the Old Republic and "
        "Neverwinter Nights, is seeking people aged 18 to 99. The Canada-based company says it was looking for "
        "\"a wide variety of people to use as face models for characters\".",
        "face models", "Bioware", id="the-canada-based-company"),
    pytest.param(  # Reuters-21578 00355
        "French state-owned chemicals group\nRhone-Poulenc <RHON.PA> said it will increase its capital with\na "
        "2.5 billion franc issue of preferential investment\ncertificates on March 9.\n    Company chairman "
        "Jean-Rene Fourtou said 500 mln francs of\nthe issue will be placed in the U.S. Details of the issue "
        "will\nbe announced by Finance Minister Edouard Balladur on March 6.\n    The group, due to be "
        "privatised at an unspecified date,\nsaid in January it was planning a capital increase to pursue\nits "
        "development strategy and make further acquisitions.",
        "capital increase", "Rhone-Poulenc", id="the-group-due-to-be-privatised"),
    pytest.param(  # Reuters-21578 00543: a line break inside 'the company' is no modifier
        "Unocal Corp's Union Oil Co said it\nlowered its posted prices for crude oil one to 1.50 dlrs a\nbarrel "
        "in the eastern region of the U.S., effective Feb 26.\n    Union said a 1.50 dlrs cut brings its posted "
        "price for the\nU.S. benchmark grade, West Texas Intermediate, to 16 dlrs.\nLouisiana Sweet also was "
        "lowered 1.50 dlrs to 16.35 dlrs, the\ncompany said.",
        "Louisiana Sweet", "Union Oil Co", id="the-company-across-a-line-break"),
])
def test_a_described_business_is_the_one_named_before(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_described_business_is_not_one_named_before_another(run: Callable[..., Doc]) -> None:
    text = (  # html 374ac9a5 (Emirates orders): Airbus, named after Boeing, is 'the French manufacturer'
        "As of October, Emirates had a fleet of 270 aircraft, including 12 freight. In addition to its order of "
        "30 Boeing jets Wednesday, it announced an order of 50 Airbus A350-900 jets on Monday at a value of $16 "
        "billion at list prices. The A350 order had been revised to cancel a prior order of A330neo jets from "
        "the French plane-maker, favoring a larger order of the lighter and slightly wider-body A350.\nEmirates "
        "is the number one buyer of Airbus' iconic A380, the world's largest airliner, with 123 of the planes "
        "in its fleet. But its cutback on orders of the jumbo jet early this year led the French manufacturer "
        "to announce it would scrap its production.")
    assert speaker_of(run, text, "scrap its production") != "Boeing"
