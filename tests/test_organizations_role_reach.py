"""A role's noun after a name supports it as a body only within the name's own phrase ('Microsoft chief Bill
Gates'): past a verb, a conjunction or a determiner the noun opens another phrase, and its role is someone else's
('right wing Al Lakomskis return and captain Kort Schubert', 'Kimberly experienced every parent's worst nightmare').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        # BBC News sport/378
        ("Lock Alec Parker, blind-side flanker Brian Surgener and right wing Al Lakomskis return and captain Kort "
         "Schubert of the Cardiff Blues shifts to number eight. O'Sullivan said the players coming in had the "
         "opportunity to stake claims for inclusion against Argentina on 27 November.", "Al Lakomskis"),
        # html-articles 7dfc3e35...9ba43e33 (a web page)
        ("The difficult elimination came in light of Van Der Beek\u2019s announcement that his wife, Kimberly, had "
         "suffered a miscarriage over the weekend.\nVan Der Beek revealed the news of the miscarriage in a video "
         "package earlier in the episode, noting that he and Kimberly experienced every parent\u2019s \u201cworst "
         "nightmare.\u201d", "Kimberly"),
        # html-articles 65bf3048...c670484a5c (a web page)
        ("Meanwhile, at B&H, shoppers can save $100 on the retail systems and select between no interest financing "
         "when paid in full within 12 months with the B&H Financing Card or a sales tax refund in eligible states "
         "with its Payboo Credit Card.", "B&H Financing Card"),
    ],
)
def test_a_role_past_a_verb_or_a_conjunction_supports_no_body(run: Any, text: str, name: str) -> None:
    assert name not in {record["name"] for record in run(text)._.organizations}
