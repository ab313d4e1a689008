"""A role set off by commas right after a name is the person's even where the parser hangs it elsewhere in a long
sentence ('Alex Azar, the Health and Human Services secretary,' after another person's 'who' clause).

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles_of(doc: Any, name: str) -> list[str]:
    return next((record["roles"] for record in doc._.people if record["name"] == name), [])


@pytest.mark.parametrize(
    "text, name, role",
    [
        # html-articles abd9d629...0ce5 (a web page)
        ("In a Nov. 5 letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security "
         "and Alex Azar, the Health and Human Services secretary, said they would provide 100 doses of the influenza "
         "vaccines and four volunteer physicians to administer them.", "Alex Azar",
         "Health and Human Services secretary"),
    ],
)
def test_role_set_off_after_the_name(run: Any, text: str, name: str, role: str) -> None:
    assert role in roles_of(run(text), name)


@pytest.mark.parametrize(
    "text, name",
    [
        # html-articles abd9d629...0ce5 (a web page): the role before is another person's
        ("In a Nov. 5 letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security "
         "and Alex Azar, the Health and Human Services secretary, said they would provide 100 doses of the influenza "
         "vaccines and four volunteer physicians to administer them.", "Kevin McAleenan"),
    ],
)
def test_no_role_from_the_next_name(run: Any, text: str, name: str) -> None:
    assert "Health and Human Services secretary" not in roles_of(run(text), name)
