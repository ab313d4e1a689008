"""People: a name the article writes once with a company's legal form is the company at every mention where it is no
verb's subject and is given no role, a given name first or not ('Paula Payne Inc', then 'Paula Payne was acquired');
a founder who acts stays (tests/test_people_companies.py) (session 24). Sentences from Reuters-21578 (file named per
case)."""

from __future__ import annotations


def names_of(run, text: str) -> list[str]:
    return [record["name"] for record in run(text, "1987-03-02")._.people]


def test_a_company_named_with_its_legal_form_is_no_person(run):
    # articles/10514
    text = ("Oakite Products Inc said\nit intends to sell its personal care and beauty product\nbusiness, Paula Payne "
            "Inc.\n    Oakite said it plans to retain Paula Payne's warehousing\nand production facilities in "
            "Charlotte, N.C., for use by its\nMlaire Manufacturing subsidiary. Paula Payne was acquired from\nRiegel "
            "Textile in 1985 to expand Oakite's aerosol manufacturing\nand warehousing capabilities into the "
            "Southeast.")
    assert "Paula Payne" not in names_of(run, text)
