"""'The company said' never means a public body: a commission, ministry, court or agency named before is not the
company ('The SEC had accused Titan ... The company says it no longer tolerates such practices' is Titan, or no one
when Titan is not recognised, never the SEC; 'In a filing with the Securities and Exchange Commission, the group
said' is the group).

Sentences come from the BBC News and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_TITAN = (  # BBC business/102
    "Titan, a California-based company, pleaded guilty to falsifying its accounts and violating"
    " US anti-bribery laws. It agreed to pay $13m in criminal penalties, as well as $15.5m to s"
    "ettle a civil lawsuit brought by the US financial watchdog, the Securities and Exchange Co"
    "mmission (SEC).\n\nThe SEC had accused Titan of illegally paying $2.1m to an unnamed agent i"
    "n Benin claiming ties with President Kerekou. Some of the money was used to pay for T-shir"
    "ts with campaign slogans on them ahead of the 2001 election. Shortly after the poll, which"
    " Mr Kerekou won, Benin officials agreed to quadruple Titan's management fee. Prosecuting a"
    "ttorney Carol Lam said: \"All US companies should take note that attempting to bribe foreig"
    "n officials is criminal conduct and will be appropriately prosecuted.\" The company says it"
    " no longer tolerates such practices.")

_ROBESON = (  # Reuters-21578 00135
    "A group of affiliated Miami-based\ninvestment firms led by Fundamental Management Corp said"
    " it\nraised its stake in Robeson Industries Corp to 238,000 shares,\nor 14.6 pct of the tota"
    "l, from 205,000 or 12.8 pct.\n    In a filing with the Securities and Exchange Commission,\n"
    "the group said it bought 32,800 Robeson common shares between\nJan 26 and Feb 9 for 175,691"
    " dlrs.\n    The group said it may buy more shares and plans to study\nRobeson's operations.")


@pytest.mark.parametrize("text, words, body", [
    (_TITAN, "no longer tolerates", "Commission"),
    (_ROBESON, "bought 32,800 Robeson", "Commission"),
    (_ROBESON, "may buy more shares", "Commission"),
])
def test_the_company_is_no_public_body(run: Callable[..., Doc], text: str, words: str, body: str) -> None:
    assert body not in (speaker_of(run, text, words) or "")
