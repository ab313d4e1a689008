"""A name the model runs on into lowercase words after it, what the sentence says of the body, ends before them
('The Associated Press that'); a body's word ('the Democratic party') and a small word that a later step runs the name
on over ('Citicorp Savings of' Oakland) stay, and so does a place's word the wire writes in lowercase ('Federal
Reserve Bank of New york').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

# NBC News, 2019-11, a New York man pleads guilty to threatening Rep. Ilhan Omar (web page 7a457a)
EMAIL = ("Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that Carlineo never intended to "
         "harm Omar.")
# reuters21578/articles/19734.txt
OF_PLACE = ("The Federal Reserve Board said it\napproved Citicorp's application to purchase through its\nsubsidiary, "
            "Citicorp Savings of Oakland, Calif., some assets\nand assume some liabilities of Sears Savings Bank of "
            "Glendale,\nCalif.")
# reuters21578/articles/00671.txt
NEW_YORK = ("Currently, the four major brokers will sell their\ndirect-dealing screens to only primary dealers in U.S.\n"
            "Government securities or those that have applied to the Federal\nReserve Bank of New york to become a "
            "primary dealer.")


def test_a_name_ends_before_the_lowercase_words_after_it(run: Any) -> None:
    names = {record["name"] for record in run(EMAIL)._.organizations}
    assert "Associated Press" in names and "Associated Press that" not in names, names


def test_a_name_cut_at_of_still_runs_on_over_the_place(run: Any) -> None:
    names = {record["name"] for record in run(OF_PLACE)._.organizations}
    assert "Citicorp Savings of Oakland" in names, names


def test_a_place_written_in_lowercase_stays_in_the_name(run: Any) -> None:
    names = {record["name"] for record in run(NEW_YORK)._.organizations}
    assert "Federal Reserve Bank of New york" in names, names
