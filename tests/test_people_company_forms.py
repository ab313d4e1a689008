"""A name the article writes before 'and Co' is a firm's at every mention ('J.P. Morgan and Co Inc said', 'retained
D.F. King and Co Inc'), and so is a name ending in any company's legal form, the Nordic 'AB' too ('Ingemar Rydin
Industritillbehor AB, a Swedish investment firm'); a person named in full with a given name beside a firm named for
them stays.

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # Reuters-21578 20999
        ("J.P. MORGAN <JPM> LOWERS LOAN-LOSS PROVISIONS\n\nJ.P. Morgan and Co Inc said\nthird-quarter net income rose "
         "3.6 pct to 219.2 mln dlrs, from\n211.5 mln a year earlier, partly because of reduced loan-loss\nprovisions "
         "and a lower income tax bill.", "J.P. Morgan"),
        # Reuters-21578 00570
        ("    Bryson, which said it has retained D.F. King and Co Inc to\nwork on its Cynergy dealings, said it bought "
         "841,887 Cynergy\ncommon shares for 5.4 mln dlrs to gain an \"equity position\" in\nthe company.",
         "D.F. King"),
        # Reuters-21578 16427
        ("    The group includes VBI Corp, a Turks and Caicos Islands\ninvestment firm, and Ingemar Rydin "
         "Industritillbehor AB, a\nSwedish investment firm, and Erik Martin Vik, a Norwegian\ninvestor, and Vik's son, "
         "Alexander.", "Ingemar Rydin Industritillbehor AB"),
    ],
)
def test_firms_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # Reuters-21578 16427: the person listed after the firm
        ("    The group includes VBI Corp, a Turks and Caicos Islands\ninvestment firm, and Ingemar Rydin "
         "Industritillbehor AB, a\nSwedish investment firm, and Erik Martin Vik, a Norwegian\ninvestor, and Vik's son, "
         "Alexander.", "Erik Martin Vik"),
    ],
)
def test_people_beside_firms_stay(run: Any, text: str, person: str) -> None:
    assert person in people_mentions(run(text))
