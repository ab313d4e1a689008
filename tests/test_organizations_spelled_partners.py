"""A body's name the model cuts at 'and' or a comma, tagging only its last words ('Lufkin and Jenrette Securities',
'Banking Group Ltd', 'Drug Administration'), takes in the capitalised words before it where those words and the
name's first ones spell initials the article uses on their own ('DLJ', 'ANZ', 'FDA'): the initials show the words
name one body. Two bodies named apart elsewhere in the article stay two, though initials spell them together ('the
proposed merger of Santa Fe and Southern Pacific' beside 'SFSP').

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

_DLJ = (  # Reuters-21578 02432
    "Kurt Wulff, oil analyst at Donaldson,\nLufkin and Jenrette Securities, said he has retired from the\nbrokerage "
    "firm and will work as a consultant to the firm.\n    Wulff said he also plans to start a money management "
    "firm.\n    As a consultant to Donaldson, Lufkin, Wulff will continue\nto give advice on oil stock values to DLJ "
    "clients.\n")

_ANZ = (  # Reuters-21578 07573
    "ANZ BANK PLANS 100 MLN AUS DLR EURO-CP PROGRAM\n\nAustralia and New Zealand Banking\nGroup Ltd <ANZA.S> is "
    "planning a 100 mln Australian dlr\nEuro-commercial paper program, arranger ANZ Securities Asia Ltd\nsaid.\n")

_MMC = (  # Reuters-21578 02195
    "    The union's sugar beet committee met yesterday to consider\nthe implications of a government Monopolies and "
    "Merger\nCommission, MMC, report issued last week. \"We are still\nconcerned about S and W Berisford being "
    "long-term owners of\nBritish Sugar,\" a union spokesman said.\n")

_FDA = (  # Reuters-21578 09342
    "Bristol-Myers Co said it has filed an\ninvestigational new drug application with the U.S. Food and\nDrug "
    "Administration requesting the agency to allow it to begin\ntesting its AIDS vaccine in humans.\n    The company "
    "said it filed the application on behalf of its\nGenetic Systems unit. The FDA has 30 days to respond.\n")

_UFCWU = (  # Reuters-21578 03318
    "About 800 members of the United Food and\nCommercial Workers Union, UFCWU, struck John Morrell's Sioux\nCity, "
    "Iowa, pork processing plant at midnight Sunday, a\nspokesman for the UFCWU national said.\n")

_SFSP = (  # Reuters-21578 09637
    "Kansas City Southern Industries Inc\nsaid it is ready to promptly purchase the Southern Pacific\nTransportation "
    "Co from Santa Fe Southern Pacific Corp <SFX> if\nthe Interstate Commerce Commission rejects Sante Fe's attempt\n"
    "to reopen the merger.\n    Among the conditions are that Santa Fe enter into an\nagreement to indemnify Kansas "
    "City.\n    \"Even in the\nabsence of a willingnes of SFSP to negotiate, KCSI will make an\noffer in writing,\" said "
    "the company.\n    Kansas also said it argued in the ICC filing that Santa Fe\nhad not met the legal requirements "
    "justifying the Commission's\nreconsideration of the proposed merger of Santa Fe and Southern\nPacific, two "
    "railroads that it said basically parallel each\nother throughout their routes.\n")


def _names(doc: Doc) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize("text, name", [
    pytest.param(_DLJ, "Donaldson, Lufkin and Jenrette Securities", id="partners-cut-at-comma-and-and"),
    pytest.param(_ANZ, "Australia and New Zealand Banking Group Ltd", id="places-opening-a-bank"),
    pytest.param(_MMC, "Monopolies and Merger Commission", id="a-commission-cut-at-and"),
    pytest.param(_FDA, "Food and Drug Administration", id="an-agency-after-the-country"),
    pytest.param(_UFCWU, "United Food and Commercial Workers Union", id="a-union"),
])
def test_words_the_initials_spell_belong_to_the_name(run: Callable[..., Doc], text: str, name: str) -> None:
    names = _names(run(text))
    assert name in names, sorted(names)


def test_bodies_named_apart_stay_two_though_initials_spell_them(run: Callable[..., Doc]) -> None:
    names = _names(run(_SFSP))
    assert not any(name.startswith("Santa Fe and") for name in names), sorted(names)
