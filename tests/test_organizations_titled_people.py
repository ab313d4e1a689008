"""A given name and a surname the article writes after a courtesy title elsewhere is a person, no organization,
whatever the model tags it and whatever a body's support it has ('Carly Fiorina, chief of technology giant Hewlett
Packard', then 'Ms Fiorina').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, person",
    [
        # BBC tech/228
        ("The digital revolution is focused on letting people tell and share their own stories, according to Carly "
         "Fiorina, chief of technology giant Hewlett Packard.\n\nMs Fiorina's talk also touted the way technology is "
         "being designed to focus on lifestyle, fashion and personalisation, something she sees as key to what "
         "people want.", "Carly Fiorina"),
        # BBC tech/384
        ("Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, agreed that the time was "
         "ripe for foreign media groups to tap China's huge media market potential. \"China's media are now driven by "
         "investors who do not care how people consume media - they just want people to consume more of it,\" Mrs "
         "Gescher concluded.", "Jeanne-Marie Gescher"),
    ],
)
def test_a_name_whose_surname_has_a_courtesy_title_is_a_person(run: Any, text: str, person: str) -> None:
    assert person not in names(run(text))
