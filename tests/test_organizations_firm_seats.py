"""'Of' and a place after a firm's legal form say where the firm is, no part of its name ('Heini's Nursery Inc of
Miami' is Heini's Nursery Inc, in Miami); 'Corp' and 'Co' are left out, as names run on after them ('Petroleum Corp
of Jamaica').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

SEATED_FIRMS = [
    # Reuters-21578 00658
    ("American Nursery Products Inc\nsaid it has purchased Heini's Nursery Inc of Miami, which grows\nindoor foliage "
     "plants for wholesale distribution.", "Heini's Nursery Inc"),
    # Reuters-21578 09328
    ("Utilicorp signed an agreement with Cominco Ltd of Vancouver\nto extend the deadline to May 31, 1987, for "
     "completion of the\nsale.", "Cominco Ltd"),
    # Reuters-21578 03923
    ("The U.S. unit of Nomura Securities Co\nLtd of Japan, acting as sole underwriter, won in competitive\nbidding.",
     "Nomura Securities Co Ltd"),
    # Reuters-21578 07636
    ("HOME SAVINGS DURHAM <HSLD> SETS STOCK DIVIDEND\n\nHome Savings and Loan Association\nInc of Durham, N.C., "
     "said its board declared a 20 pct stock\ndividend, payable April 28 to holders of record April Three.",
     "Home Savings and Loan Association Inc"),
    # Reuters-21578 15149
    ("The takeover spotlight fell today on Burlington, which rose\n4-7/8 to 52-7/8 on speculation that investor "
     "Asher Edelman and\nDominion Textiles Inc of Canada bought an almost five pct\nstake.", "Dominion Textiles Inc"),
]

RUN_ON_NAMES = [
    # Reuters-21578 00597
    ("Lukman was in Kingston as a guest of the state-owned\nPetroleum Corp of Jamaica.", "Petroleum Corp of Jamaica"),
]


@pytest.mark.parametrize("text, name", SEATED_FIRMS)
def test_of_and_a_place_after_a_legal_form_are_no_part_of_the_firms_name(run: Any, text: str, name: str) -> None:
    names = {" ".join(record["name"].split()) for record in run(text)._.organizations}
    assert name in names and not any(" of " in other for other in names if other.startswith(name)), names


@pytest.mark.parametrize("text, name", RUN_ON_NAMES)
def test_a_name_runs_on_over_of_after_corp(run: Any, text: str, name: str) -> None:
    assert name in {record["name"] for record in run(text)._.organizations}
