"""A legal form the model tags alone after a name and a comma ends that name ('Petroleos de Venezuela, S.A. said'),
and the dotted form's letters stand in the name's initials ('PDVSA'), its last full stop left out or not.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

SPANISH_FIRMS = [
    # Reuters-21578 05116
    ("Petroleos de Venezuela, S.A. said it\nwill sign a contract March 17 to buy a half interest in a\nCorpus "
     "Christi, Texas refinery and related operations.\n    The contract, to be signed by PDVSA and Champlin\n"
     "Petroleum's parent company, the Union Pacific Corp, will create\na new joint venture called Champlin Refining.",
     "Petroleos de Venezuela, S.A."),
    # Reuters-21578 09065
    ("Petroleos de Venezuela S.A will\nannounce within two weeks the name of a foreign consortium it\nhas chosen to "
     "help exploit the coal deposits at Guasare in\nwestern Zulia state, PDVSA president Juan Chacin Guzman said.",
     "Petroleos de Venezuela S.A"),
]


@pytest.mark.parametrize("text, name", SPANISH_FIRMS)
def test_a_legal_form_after_a_comma_ends_the_name_whose_initials_it_completes(run: Any, text: str,
                                                                               name: str) -> None:
    records = {record["name"]: {m["text"] for m in record["mentions"]} for record in run(text)._.organizations}
    assert "S.A." not in records and "PDVSA" in records.get(name, set())
