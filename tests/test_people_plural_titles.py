"""A plural title before a list of names is each name's role, also where the tagger reads the plural noun as a verb
with no subject ('Merrill Lynch economists Raymond Stone and Ward McCarthy said', 'And playwrights David Eldridge,
Rebecca Lenkiewicz and Owen McCafferty will fight'); a figure glued to its unit stays in the title ('400m runners');
a verb with its subject gives none ('The psychological drama stars Stellan Skarsgard').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles_of(doc: Any, name: str) -> list[str]:
    return next((record["roles"] for record in doc._.people if record["name"] == name), [])


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Reuters-21578 13261
        ("    Merrill Lynch economists Raymond Stone and Ward McCarthy\nsaid that while the fundamentals generally bode "
         "for a healthy\ninvestment climate, the market will have no confidence in this", "Ward McCarthy",
         "Merrill Lynch economist"),
        # bbc/entertainment/008
        ("And playwrights David Eldridge, Rebecca Lenkiewicz and Owen McCafferty will fight it out for The Charles "
         "Wintour Award and a £30,000 bursary.", "Rebecca Lenkiewicz", "playwright"),
        # bbc/sport/014
        ("Lester is better known for his work with 400m runners Roger Black and Mark Richardson in the past but under "
         "his guidance McIlroy has secured five wins this indoor season.", "Roger Black", "400m runner"),
    ],
)
def test_plural_title_before_names(run: Any, text: str, name: str, role: str) -> None:
    assert role in roles_of(run(text), name)


@pytest.mark.parametrize(
    "text, name",
    [
        # bbc/entertainment/362: 'stars' is the drama's verb
        ("The psychological drama stars Stellan Skarsgard and foreruns the 1973 film.", "Stellan Skarsgard"),
    ],
)
def test_a_verb_with_its_subject_gives_no_title(run: Any, text: str, name: str) -> None:
    assert not any("star" in role for role in roles_of(run(text), name))
