"""A firm named for its services, which the model cuts at 'and' (often at a wire's line break), is one name: the
second part opens with a service word and the first ends in a body's or a service's word ('Western Carolina Savings'
and 'Loan Association', 'New York State Electric' and 'Gas Corp'), and the capitalised words before 'and' are taken
in where the model left them untagged ('Victor Savings and Loan Association').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

FIRMS = [
    # Reuters-21578 12357
    ("Western Carolina Savings and Loan\nAssociation said the Federal Home Loan Bank Board approved the\ncompletion "
     "of its conversion to a state chartered stock savings\nand loan from a state chartered mutual bank.",
     "Western Carolina Savings and Loan Association"),
    # Reuters-21578 01425
    ("Metropolitan Federal Savings\nand Loan Association said it has signed a letter of intent to\nacquire American "
     "Trust of Hendersonville, Tenn., for an\nundisclosed amount of cash.",
     "Metropolitan Federal Savings and Loan Association"),
    # Reuters-21578 04317
    ("    Long Island Lighting Co <LIL> and New York State Electric\nand Gas Corp <NGE> each have an 18 pct "
     "interest in the plant\nwhile Rochester Gas owns 14 pct and Central Hudson Gas and\nElectric Corp <CNH> has "
     "nine pct.",
     "New York State Electric and Gas Corp"),
    # Reuters-21578 04317
    ("    Long Island Lighting Co <LIL> and New York State Electric\nand Gas Corp <NGE> each have an 18 pct "
     "interest in the plant\nwhile Rochester Gas owns 14 pct and Central Hudson Gas and\nElectric Corp <CNH> has "
     "nine pct.",
     "Central Hudson Gas and Electric Corp"),
    # Reuters-21578 05113
    ("    Victor was a stock association with 564 mln dlrs in assets.\n    The new association is to be known as "
     "Victor Savings and\nLoan Association and its assets continue to be insured by the\nFederal Savings and Loan "
     "Insurance Corp.", "Victor Savings and Loan Association"),
    # the second part left untagged by the model
    # Reuters-21578 07876
    ("American Telephone and Telegraph Co does\nnot plan to reduce its regular quarterly dividend of 30 cts a",
     "American Telephone and Telegraph Co"),
    # Reuters-21578 08058
    ("(FDIC) said it transfered the federally insured deposits of\nMadill Bank and Trust Co, Madill, Okla, to the "
     "healthy First\nAmerican National Bank, Tishomingo, Okla., after Madill was", "Madill Bank and Trust Co"),
    # Reuters-21578 09643
    ("FPL Group Inc's Florida Power and Light\nCo unit said it filed a shelf registration with the Securities",
     "Florida Power and Light Co"),
    # Reuters-21578 17684
    (" Middle South said the Supreme Court stay brings stability to\nMississippi Power and Light's situation and "
     "\"removes the", "Mississippi Power and Light"),
]


@pytest.mark.parametrize("text, name", FIRMS)
def test_a_firm_named_for_its_services_is_one_name(run: Any, text: str, name: str) -> None:
    doc = run(text)
    assert name in [record["name"] for record in doc._.organizations]
    assert not any(record["name"].startswith(("Loan ", "Gas ", "Electric ", "Trust ", "Light ", "Telegraph "))
                   for record in doc._.organizations)


def test_a_tickers_one_capital_in_brackets_is_no_acronym(run: Any) -> None:
    # Reuters-21578 08569: the wire's ticker after the name
    doc = run("    Holland added that Sprint was still paying almost 500 mln\ndlrs a year to American Telephone and "
              "Telegraph Co (T) in order\nto lease its lines.")
    firm = next(record for record in doc._.organizations if record["name"] == "American Telephone and Telegraph Co")
    assert "T" not in firm["aliases"] and [item["text"] for item in firm["mentions"]] == [
        "American Telephone and Telegraph Co"]
