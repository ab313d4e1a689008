"""Competitions are no bodies: a name headed by 'League' or 'Nations' that the article uses for the contest (a
contest's noun after it, 'win' or 'into' before 'the' and it) and never for a body (a body's noun after it, 'at the'
before it, the subject of a verb) is an event. A league the article uses as a body stays ('The Premier League is
attempting', 'A National Football League spokesman'), and so does one it never uses either way.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, competition",
    [
        # BBC sport/103
        ("Chelsea's Damien Duff has been ruled out of Wednesday's Champions League clash with Barcelona at the Nou "
         "Camp.", "Champions League"),
        # BBC sport/102
        ("Steven Gerrard has admitted that Liverpool have little chance of winning the Champions League this season.",
         "Champions League"),
        # BBC sport/384
        ("Ulster clung on for a morale-boosting Celtic League win over bottom club Borders at Netherdale on Friday "
         "night.", "Celtic League"),
        # BBC sport/399
        ("The prospect of Farrell switching codes has been the main talking point of the Super League season so far.",
         "Super League"),
        # BBC sport/402
        ("Tri-Nations rivals Australia, New Zealand and South Africa would feature prominently in a southern team "
         "against a northern side comprised of Six Nations teams France, Ireland, England, Wales, Italy and Scotland.",
         "Tri-Nations"),
    ],
)
def test_a_competition_is_no_body(run: Any, text: str, competition: str) -> None:
    assert competition not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC sport/125
        ("The Premier League is attempting to find a mutually convenient date to investigate allegations Chelsea made "
         "an illegal approach for Ashley Cole.", "Premier League"),
        # BBC entertainment/175
        ('A National Football League spokesman said they were "comfortable" this show would be acceptable to a mass '
         "audience.", "National Football League"),
        # html-articles 833caf3b...298e1b79730 (a web page)
        ("The United Nations and European Union stressed the decision would not change the reality that the "
         "settlements were illegal, while the Arab League condemned the unilateral move announced on Monday by US "
         "Secretary of State Mike Pompeo.", "Arab League"),
    ],
)
def test_a_league_used_as_a_body_stays(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))

