"""A role another role of the same person ends with says nothing more and is left out ('leader' beside 'jailed black
nationalist leader', the shorter read of the same title).

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles_of(doc: Any, name: str) -> list[str]:
    return next((record["roles"] for record in doc._.people if record["name"] == name), [])


@pytest.mark.parametrize(
    "text, name, role, shorter",
    [
        # Reuters-21578 00309
        ("They also shouted their\nsupport for a demand that jailed black nationalist leader\nNelson Mandela be "
         "released.", "Nelson Mandela", "jailed black nationalist leader", "leader"),
    ],
)
def test_shorter_role_left_out(run: Any, text: str, name: str, role: str, shorter: str) -> None:
    roles = roles_of(run(text), name)
    assert role in roles and shorter not in roles
