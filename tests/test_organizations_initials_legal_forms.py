"""Initials are one record with a firm the article names both with its legal form and without it: the two names
are one firm's, so the initials spell one body's name ('GM' beside 'General Motors Corp' and 'General Motors').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 10030
GM = ("The United Auto Workers struck\nGeneral Motors Corp's truck and bus plants at Pontiac, Mich,\nGeneral Motors "
      "said.\n    General Motors said it was \"eager\" to continue meeting with\nunion officials on the dispute.\n"
      "    Bus-manufacturing operations at one of the three\nplants--the Pontiac Central facility--are being sold to\n"
      "Greyhound Corp <G>, although GM will retain the facility.\n")
# Reuters-21578 09297
GE = ("General Electric Co said <BioReactor\nTechnology Inc> obtained its rights to an experimental\ntechnique for "
      "analyzing blood samples to detect disease\nantibodies.\n    General Electric said BioReactor will attempt to "
      "develop\ntest market kits from the advances made by General Electric.\n    In exchange for the patent, GE said "
      "it will receive an\nunspecified interest in the company.\n")
# Reuters-21578 10080
BP = ("British Petroleum Plc's plan to pay\n7.4 billion dlrs for less than half of Standard Oil Co has\nsignalled "
      "higher values in the U.S. oil patch, analysts said.\n    \"I think that BP's bid is a very strong affirmation "
      "and\nclear signal that they have confidence in the U.S., and they\nthink the barrel of oil in the ground is "
      "going to go higher,\"\nsaid Sanford Margoshes of Shearson Lehman Brothers Inc.\n    BP earlier today said its "
      "U.S. unit planned to tender at 70\ndlrs per share for the 45 pct of Standard it does not already\nown.\n"
      "    British Petroleum stock rose 2-1/4 to 59-5/8.\n")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (GM, "GM", "General Motors Corp"),
        (GE, "GE", "General Electric Co"),
        (BP, "BP", "British Petroleum Plc"),
    ],
)
def test_initials_join_a_firm_named_with_and_without_its_legal_form(run: Any, text: str, initials: str,
                                                                      full: str) -> None:
    names = names_of(run(text))
    assert names.get(initials) == full
    assert names.get(" ".join(full.split()[:2])) == full
