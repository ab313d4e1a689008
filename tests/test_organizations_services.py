"""A utility's name whose last part is a service and a legal form is one name, though the article names its first
part alone too ('Pacific Gas and Electric Co' beside 'Pacific Gas', 'Carolina Power and Light Co'): 'Electric Co'
and 'Light Co' are no names by themselves (data 'service_words'). Two firms named alone stay apart.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, firm",
    [
        # Reuters-21578 13035
        ("PACIFIC GAS <PCG> PLANT TO BEGIN REFUELING\n\nPacific Gas and Electric Co said\nits Diablo Canyon Unit 2 "
         "nuclear power plant will begin its\nfirst refueling today after about 13 months of operation.\n    Pacific "
         "Gas said Unit 2 generated power about 93.7 pct of\nthe time during its first year of operation.\n",
         "Pacific Gas and Electric Co"),
        # Reuters-21578 01821
        ("CAROLINA POWER <CPL> TO REDEEM PREFERRED STOCK\n\nCarolina Power and Light Co said\nit will redeem on April "
         "22 all two mln shares of its 2.675 dlr\npreferred stock, series A.\n    The redemption, Carolina Power "
         "said, will substantially\nreduce its operating costs.\n", "Carolina Power and Light Co"),
        # Reuters-21578 09496
        ("Utah Power and Light Co said it filed\nan application with the Idaho Public Utilities Commission to\n"
         "refinance preferred stock that was issued when interest rates\nwere higher.\n    Similar applications "
         "will be filed with the Utah and\nWyoming public utility commissions, Utah Power said.\n",
         "Utah Power and Light Co"),
    ],
)
def test_a_service_and_a_legal_form_end_the_name(run: Any, text: str, firm: str) -> None:
    names = org_names(run(text))
    assert firm in names and not {"Electric Co", "Light Co"} & names
