"""A code of capitals and a number ('PS2', 'PB100', 'DB9') is a model's or a console's name as often as a body's
initials, so its shape supports no body, as a code with a hyphen does not ('GLP-1', 'F-16'); a body named so
stays where the article gives it other evidence ('evidence obtained by MI5', 'Irish rock band U2').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, code",
    [
        # BBC tech/235
        ("In shops the PS2 is supposed to sell for \u00a3104.99.", "PS2"),
        # BBC tech/009
        ("I wish more modern notebooks -- even Apple's newest offerings -- were more like the PB100.", "PB100"),
        # BBC business/105
        ("Development costs for the Vantage have been kept low by sharing a platform with Aston's DB9, which Mr Bez "
         "described as \"the previous most important car for our company\". There is currently an 18 months waiting "
         "list for the DB9, Mr Bez said.", "DB9"),
        # BBC tech/309
        ("Sony is thought to have a similar vision for PS3 while Nintendo remain focused on a machine purely for "
         "games.", "PS3"),
    ],
)
def test_a_code_of_capitals_and_a_number_is_no_body_by_its_shape(run: Any, text: str, code: str) -> None:
    assert code not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC politics/151
        ("But Metropolitan Police Commissioner Sir John Stevens said evidence obtained by MI5 while the four were in "
         "Cuba was \"absolutely\" inadmissible in UK courts.", "MI5"),
        # BBC entertainment/139
        ("Irish rock band U2 are to play live at the Grammy Awards presentation in the US next month, organisers have "
         "said.", "U2"),
    ],
)
def test_a_body_named_by_a_code_stays_on_other_evidence(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))
