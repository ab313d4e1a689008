"""People: a name of several words ending in a bank holding company's, an agency's or a charity's word ('Rainier
Bancorp', 'the World Anti-Doping Agency', 'Christian Aid') or a US bank's legal form ('Citibank NA'), or opening with a team's ('Team GB'), is that body, no
person, whatever its other words. Sentences verbatim from the corpora (file named per case), wire line breaks as
written."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


def names(run: Callable[..., Doc], text: str) -> list[str]:
    return [record["name"] for record in run(text, "2005-01-01")._.people]


@pytest.mark.parametrize("text, body", [
    pytest.param(  # Reuters-21578 05520
        "Rainier Bancorp said it completed the\nacquisition of Tacoma, Wash.-based United Bank, for 59 mln dlrs\nworth "
        "of Rainier stock.\n    United, a savings bank with 607 mln dlrs in assets and 23\noffices, will operate as a "
        "wholly-owned subsidiary, Rainier\nsaid.", "Bancorp", id="bancorp"),
    pytest.param(  # Reuters-21578 06661
        "Eldorado Bancorp said its board\ndeclared a 10 pct stock dividend, Payable April 17 to\nshareholders of "
        "record April three.", "Eldorado", id="bancorp-alone"),
    pytest.param(  # BBC sport/079
        "The World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina Thanou "
        "on doping charges, if the IAAF does not.", "Agency", id="agency"),
    pytest.param(  # BBC business/296
        "Christian Aid condemned the move, saying it would see almost a million jobs in Bangladesh alone being axed.",
        "Christian", id="charity"),
    pytest.param(  # BBC entertainment/160
        "Ipod owners can now download the Band Aid single from iTunes after Apple reached agreement with the charity. "
        "Apple had been unwilling to raise the cost of the single in line with other download services, said Band Aid.",
        "Band", id="charity-speaking"),
    pytest.param(  # BBC sport/015
        "The German-based firm kitted out Team GB at the 2004 Olympics and has deals with 20 other national Olympic "
        "bodies.", "Team", id="team"),
    pytest.param(  # BBC sport/087
        "Hayley Yelling, Jo Pavey, Karl Keska and Adam Hickey will represent Team GB at the event in France.", "Team",
        id="team-after-people"),
    pytest.param(  # Reuters-21578 09249: a US bank's legal form, National Association
        "CITIBANK LAUNCHES CURRENCY WARRANTS\n\nCitibank NA is issuing up to 50,000\ncurrency warrants that give the "
        "holder a call right on U.S.\nDollars from marks or yen, Citicorp Investment Bank Ltd said.", "NA",
        id="national-association"),
])
def test_a_body_word_ending_or_opening_a_name_makes_it_no_person(run: Callable[..., Doc], text: str, body: str) -> None:
    assert not any(body in name.split() for name in names(run, text))


def test_the_people_beside_a_team_stay(run: Callable[..., Doc]) -> None:
    # BBC sport/087
    found = names(run, "Hayley Yelling, Jo Pavey, Karl Keska and Adam Hickey will represent Team GB at the event in "
                       "France.")
    assert {"Hayley Yelling", "Jo Pavey", "Adam Hickey"} <= set(found)
