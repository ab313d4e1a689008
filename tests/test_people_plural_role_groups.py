"""People: a plural role before a list of names describes only that list, up to the next plural role, also when the
parser reads the first list as an apposition of the role noun (session 20)."""

from __future__ import annotations

import pytest


def roles_of(run, text: str) -> dict[str, list[str]]:
    return {record["name"]: record["roles"] for record in run(text)._.people}


@pytest.mark.parametrize("text, roles", [
    pytest.param(  # BBC politics/178: Railtrack's managers are no Balfour Beatty managers
        "Balfour Beatty's railway maintenance arm was in charge of the upkeep of the line at Hatfield, "
        "Hertfordshire. Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair "
        "Cook, Sean Fugill and Keith Lea all face individual charges.",
        {"Anthony Walker": ["Balfour Beatty manager"], "Nicholas Jeffries": ["Balfour Beatty manager"],
         "Alistair Cook": ["Railtrack manager"], "Sean Fugill": ["Railtrack manager"],
         "Keith Lea": ["Railtrack manager"]},
        id="two-firms-managers-in-one-list"),
])
def test_a_plural_role_before_names_stops_at_the_next_plural_role(run, text, roles):
    found = roles_of(run, text)
    assert {name: found.get(name) for name in roles} == roles
