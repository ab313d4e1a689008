"""A wire story breaks its lines anywhere, between a title and the name too ('President\\nReagan said'): the title is
the person's role all the same.

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles_of(doc: Any, name: str) -> list[str]:
    return next((record["roles"] for record in doc._.people if record["name"] == name), [])


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Reuters-21578 16895
        ("    The tariffs were imposed because of alleged Japanese\nfailure to honor an agreement to stop below cost "
         "dumping of\ncomputer microchips on world markets and to open up its\ndomestic markets to American goods.\n"
         "    \"I regret that these actions were necessary,\" President\nReagan said in a statement.",
         "Reagan", "President"),
        # Reuters-21578 17367: the second of two titled names
        ("    Japanese prime minister Yasuhiro Nakasone and President\nReagan will meet Thursday and Friday to discuss "
         "trade tensions\nbetween their two countries, while at the same time the\nDemocratic-led U.S. House of "
         "Representatives will be voting on", "Reagan", "President"),
        # Reuters-21578 15564
        ("    Employment Ministry officials say the fund, in surplus\nuntil 1985, faces a 24 billion franc deficit by "
         "the end of this\nyear, largely because of rising unemployment. Budget Minister\nAlain Juppe said the fund "
         "needed more resources and a\nmanagement overhaul.", "Alain Juppe", "Budget Minister"),
    ],
)
def test_title_before_a_line_break(run: Any, text: str, name: str, role: str) -> None:
    assert role in roles_of(run(text), name)
