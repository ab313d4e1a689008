"""A name the article writes before 'and Co' is a firm's at every mention ('J.P. Morgan and Co Inc said', 'retained
D.F. King and Co Inc'), and so is a name ending in any company's legal form, the Nordic 'AB' too ('Ingemar Rydin
Industritillbehor AB, a Swedish investment firm'); a name with a given name is the firm's when every mention of it
in full is ('economists at Aubrey G. Lanston and Co Inc'). A name ending in a body's word is the body's, a production
company's, a band's, an orchestra's, a venue's or a newspaper's ('Dick Clark Productions', 'Hartford Courant'), and a
name set off by the noun for a body's kind is that body ('Chase Trans-Info, a subsidiary of').

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
        # Reuters-21578 13261: a firm named for a person, every full mention before 'and Co Inc'
        ("    \"The Fed is currently frozen into a fixed stance,\" said\neconomists at Aubrey G. Lanston and Co Inc.\n"
         "    They said the Fed cannot tighten policy and push up\ninterest rates as might be appropriate to stabilize "
         "the dollar\nand head off renewed inflationary psychology. That might harm\nthe fragile U.S. Economic "
         "expansion.\n    The Lanston economists said, \"The Fed cannot ease its policy\nstance to both foster more "
         "rapid economic growth and calm\ndomestic and Third World debt jitters without the threat of",
         "Aubrey G. Lanston"),
        # html-articles 70cb2d5b...6ff2 (a web page): a production company
        ("The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted, "
         "though.", "Dick Clark Productions"),
        # html-articles 8634d121...4892 (a web page): newspapers
        ("In December, the firm bid $16.50 per share for Tribune, the owner of the Chicago Tribune, New York Daily "
         "News, Baltimore Sun and Hartford Courant, and the former owner of The Times.", "Hartford Courant"),
        # Reuters-21578 11997: a subsidiary set off by the noun for its kind
        ("Chase Manhattan Corp said Chase\nTrans-Info, a subsidiary of its Chase Manhattan Bank N.A. unit,\nhas "
         "bought Borg-Warner Corp's Traffic Services business,\nincluding an Illinois processing center, for an "
         "undisclosed\nsum.", "Trans-Info"),
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
