"""A capital the subject of a government's deed stands for the government, no place (GUIDE: an organization): raids,
refusals and failures are deeds as announcing and urging are ('Pretoria has raided alleged ANC bases', 'Moscow
spurned the proposal', 'after Tokyo failed to adhere'). A place's name ending a person's name after a Spanish particle
and its article is no place ('Mexican President Miguel de la Madrid'). Every sentence is real Reuters-21578 copy, its
story named."""

from __future__ import annotations

from typing import Any

import pytest

ACTING = [
    pytest.param("    Zambia, Mozambique, Botswana and Zimbabwe denied Botha's\ncharges and said they were a pretext "
                 "for "
                 "South African attacks\non them. Pretoria has raided alleged ANC bases in the so-called\nFrontline "
                 "states in the past.", "Pretoria", id="raided"),  # 16958
    pytest.param("    Cairo stopped repaying Moscow for arms purchases in 1977\nwhen then-president Anwar Sadat broke "
                 "with its long-standing\nally and turned to the U.S..", "Cairo", id="stopped"),  # 05180
    pytest.param("    In October 1985, Washington outlined a debt crisis strategy\nunder which commercial banks and "
                 "multilateral institutions such\nas the World Bank and the International Monetary Fund (IMF)\nwere "
                 "urged to step up lending to major debtors nations.", "Washington", id="outlined"),  # 03534
    pytest.param("    Last summer the administration took the controversial step\nof offering the Soviets subsidized "
                 "wheat -- but were\nembarrassed when Moscow spurned the proposal on the grounds\nthat the "
                 "15-dlr-per-tonne subsidy still left U.S. wheat prices\nfar above world market prices.", "Moscow",
                 id="spurned"),  # 12002
    pytest.param("    Last week the White House imposed unprecedented tariffs on\ncertain Japanese electronic goods "
                 "after Tokyo failed to adhere\nto a semi-conductor pricing accord between the two countries.", "Tokyo",
                 id="failed"),  # 10780
    pytest.param("    IADB officials also said Washington hinted at future\ncompromise.", "Washington",
                 id="hinted"),  # 08077
]


@pytest.mark.parametrize("text, capital", ACTING)
def test_a_capital_doing_a_governments_deed_is_no_place(run: Any, text: str, capital: str) -> None:
    assert capital not in {place["name"] for place in run(text)._.places}


def test_a_capital_ending_a_persons_name_after_de_la_is_no_place(run: Any) -> None:
    # Reuters-21578 09715
    doc = run("    Despite their different approaches to debt, Garcia and\nMexican President Miguel de la Madrid "
              "issued a joint\ndeclaration yesterday calling the foreign debt problem an\n\"expression of the present "
              "unjust international economic order.\"")
    assert "Madrid" not in {place["name"] for place in doc._.places}
    assert "Mexico" in {place["name"] for place in doc._.places}
