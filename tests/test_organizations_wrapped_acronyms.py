"""Initials in brackets after a wire's wrapped line ('Companhia Nacional de Petroquimica EP\n(CNP)') are the name's
before the line break, as on one line: one body, whatever letters the initials spell.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

WRAPPED = [
    # Reuters-21578 17931
    ("Companhia Nacional de Petroquimica EP\n(CNP), the Portugese state-owned oil refinery and\npetrochemicals "
     "company, has awarded a mandate to Bank of\nAmerica International Ltd and Manufacturers Hanover Ltd to\narrange "
     "a 250 mln dlr loan, banking sources said.", "Companhia Nacional de Petroquimica EP", "CNP"),
    # Reuters-21578 06927
    ("Nicanor Araya, a member of the Popular Democratic Movement\n(MDP), was named president of the Chilean "
     "Confederation of\nCopperworkers (CTC), which groups 22,000 workers employed in\nthe state-owned copper mines, "
     "union officials said.\n    Other members of the MDP, which includes the communist\nparty and a faction of the "
     "socialist party, took five of the\nprincipal positions on the union's directorate.",
     "Popular Democratic Movement", "MDP"),
    # Reuters-21578 00249
    ("The International Coffee Organization\n(ICO ) council talks on reintroducing export quotas continued\nwith an "
     "extended session lasting late into Sunday night.", "International Coffee Organization", "ICO"),
]


@pytest.mark.parametrize("text, name, initials", WRAPPED)
def test_initials_in_brackets_after_a_wrapped_line_are_the_names(run: Any, text: str, name: str,
                                                                  initials: str) -> None:
    records = [record for record in run(text)._.organizations if initials in {m["text"] for m in record["mentions"]}]
    assert [record["name"] for record in records] == [name]
