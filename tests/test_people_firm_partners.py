"""People: the first partners of a firm's name, no given name first, are the firm's at every mention: a comma or
'and' and capitalised words after them run on to a legal form, the wire's ticker or 'and Co' ('Piper, Jaffray and
Hopwood Inc'); a person named beside a company keeps a given name and stays (session 17)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, wrong, published", [
    # reuters21578/articles/02603.txt
    ("<Colonial Municipal Income Trust> said it\nhas filed for an initial public offering of six mln shares of\n"
     "beneficial interest through underwriters led by Morgan Keegan\nand Co Inc, Bateman Eichler, Hill Richards Inc "
     "and Piper,\nJaffray and Hopwood Inc at an expected price of 10 dlrs per\nshare.", ["Bateman Eichler", "Jaffray"],
     "1987-03-03"),
    # reuters21578/articles/00150.txt
    ("<Parlux Fragrances Inc> said it\ncompleted the offering of 420,000 unis at 10 dlrs each through\nunderwriters "
     "R.C. Stamm and Co and Rosenkrantz Lyon and Ross\nInc.", ["Rosenkrantz Lyon"], "1987-03-02"),
    # reuters21578/articles/13498.txt
    ("Genfinance Luxembourg is issuing a 50 mln\nstg eurobond due May 7, 1994 paying 9-1/4 pct and priced at\n"
     "101-1/4 pct, lead manager Kleinwort, Benson Ltd said.", ["Kleinwort"], "1987-04-08"),
    # reuters21578/articles/05010.txt
    ("    Commerce said Butcher and Singer Inc will be the offering's\nmanaging underwriter.", ["Butcher"],
     "1987-03-17"),
    # reuters21578/articles/09371.txt
    ("PEP BOYS <PBY> SETS SPLIT, RAISES QUARTERLY\n\nManny, Moe and Jack Inc\nsaid its board declared a three-for-one "
     "stock split and raised\nthe quarterly dividend to six cts presplit from 5-1/2 cts.", ["Moe"], "1987-03-24"),
    # reuters21578/articles/00120.txt: a given name alone is a partner's surname
    ("    It said the offering will be underwritten by Ryan, Beck and\nCo, West Orange, N.J.", ["Ryan"], "1987-02-26"),
])
def test_the_first_partners_of_a_firms_name_are_no_people(run, text, wrong, published):
    names = [record["name"] for record in run(text, published)._.people]
    assert not set(wrong) & set(names), names


def test_a_person_named_beside_a_company_stays(run):
    # reuters21578/articles/00496.txt
    text = ("Investor Sumner Redstone said he raised his bid for Viacom International Inc.\n    Viacom said earlier "
            "today it received revised takeover bids\nfrom Redstone and MCV Holdings Inc, a group led by Viacom\n"
            "management which is competing with Redstone for control of the\ncompany.")
    assert "Sumner Redstone" in [record["name"] for record in run(text, "1987-03-03")._.people]
