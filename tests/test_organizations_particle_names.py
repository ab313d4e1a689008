"""A Romance-language body's name runs on over the lowercase particles inside it ('do', 'de', 'du', 'et de') and the
capitalised words after each, where the model ends it before a particle or at one: 'Banco do Brasil', not 'Banco';
'Petroleos de Venezuela S.A.', not 'Petroleos de'. The place after the particle is the name's ('Credit Foncier de
France'), and the first word before a particle is a body's word ('Banco').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 08763
        ("Pires said the strike had closed the state-controlled Banco do Brasil, which has more than 3,000 branches.",
         "Banco do Brasil"),
        # Reuters-21578 11025
        ("Venezuela's state oil\ncompany Petroleos de Venezuela S.A. wants to raise its\nworldwide refining capacity "
         "by 150,000 barrels of per day, a\ncompany official said.", "Petroleos de Venezuela S.A."),
        # Reuters-21578 00288
        ("The 500 mln dlr credit, under the lead management of Paris-based Union de Banques Arabes et Francaises "
         "(UBAF), has a five-year maturity and a margin of one percentage point over London Interbank Offered Rates "
         "(LIBOR).", "Union de Banques Arabes et Francaises"),
        # Reuters-21578 02697
        ("These will include an expected four to five billion franc issue for Electricite de France, to be followed "
         "by a bond of around one billion francs for Auxiliaire du Credit Foncier, a subsidiary of the banking group "
         "Credit Foncier de France, and a new issue by tender from the mortgage agency Caisse de Refinancement "
         "Hypothecaire.", "Credit Foncier de France"),
        # Reuters-21578 02097
        ("The spokesman declined, however, to disclose the price paid\nfor the operations by Banco de Santander or "
         "other terms of the\ndeal.", "Banco de Santander"),
    ],
)
def test_a_name_runs_on_over_its_particles(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))
