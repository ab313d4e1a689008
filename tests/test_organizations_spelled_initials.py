"""Initials the article spells out in lowercase words are a common noun's, wherever the model tags them: set off
by commas after their long form ('private sector credit, PSC, grew'), in brackets with a possessive or plural
"'s" ("monetary\ncompensatory amounts (MCA's)"), or with a wire's line break inside or after the long form
('frozen\nconcentrated orange juice (FCOJ)', 'barrels\nper day (BPD)'). A long form whose last word names a body
keeps its initials a body ('federal open market committee, FOMC').

Every passage is real wire text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

COMMON = [
    # Reuters-21578 09700
    ("    Year-on-year private sector credit, PSC, grew 31.07 pct in\nJanuary against 30.64 pct (revised from 30.68) "
     "in December and\n21.40 pct in January 1986. PSC grew to 22.69 billion dlrs from\n22.24 billion in December and "
     "17.31 billion in January 1986.", "PSC"),
    # Reuters-21578 11862
    ("Monetary compensatory amounts, MCA's,\nwill be unchanged for the week starting April 6, EC Commission\n"
     "officials said.\n    Cereals MCA's are plus 2.4 points for West Germany and the\nNetherlands, minus two points "
     "for Denmark.", "MCA"),
    # Reuters-21578 15232
    ("Berkeley Laboratory, will provide technical direction in\nadvanced database architectures and structured query "
     "language,\nSQL, a computer language.\n    The company also said it is acquiring technology to develop\na future "
     "database product that incorporates SQL.", "SQL"),
    # Reuters-21578 11574
    ("Republican members of the House\nAgriculture Committee said they will propose amendments\ntomorrow to a pending "
     "trade bill increasing funding for the\nexport enhancement program, EEP, and significantly expanding\nthe scope "
     "of the program.\n    At a press conference, Republican lawmakers said they would\npropose expanding EEP to "
     "include all countries \"willing to\npurchase additional commodities at reasonable prices.\"", "EEP"),
    # Reuters-21578 05840
    ("    This was because of an unforeseeable increase in monetary\ncompensatory amounts (MCA's) for some member "
     "states, it says.", "MCA"),
    # Reuters-21578 08134
    ("    A reduction to 70 pct from 80 pct would enable Bass Strait\noutput to be maintained at the current rate of "
     "420,000 barrels\nper day (BPD) for the next year rather than falling to 380,000\nBPD in 1987/88, he told the "
     "Australian Petroleum Exploration\nAssociation annual conference.", "BPD"),
    # Reuters-21578 03892
    ("Mario Branco Peres, president of\nthe Brazilian Association of Citrus Juice Industries\n(Abrassuco), welcomed a "
     "decision by the U.S. Commerce\nDepartment sharply cutting its duties on imported frozen\nconcentrated orange "
     "juice (FCOJ) from Brazil.", "FCOJ"),
    # Reuters-21578 14863
    ("    The prospective plant would cost an estimated 270 mln\nCanadian dlrs and would produce methyl tertiary butyl "
     "ether\n(MTBE) from raw materials available locally, it said.", "MTBE"),
    # Reuters-21578 17225
    ("Algeria's national petroleum agency\nSonatrach and the U.S. Panhandle-Trunkline <PEL.N> group signed\na 20-year "
     "accord for the delivery of liquefied natural gas\n(LNG), the official APS news agency said.\n   APS said the "
     "pricing formula will \"preserve the purchasing\npower of LNG and the interests of Sonatrach.\"", "LNG"),
]


def mention_texts(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize("text, initials", COMMON)
def test_initials_spelled_out_in_lowercase_are_no_body(run: Any, text: str, initials: str) -> None:
    assert initials not in mention_texts(run(text))


def test_a_lowercase_long_form_ending_in_a_body_noun_keeps_its_initials(run: Any) -> None:
    # Reuters-21578 11861
    doc = run("economists said it is too early to tell whether the Fed, whose\npolicy-making federal open market "
              "committee, FOMC, meets this\nweek, is already tightening its grip on credit.")
    assert "FOMC" in mention_texts(doc)
