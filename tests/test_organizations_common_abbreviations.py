"""A common abbreviation in capitals is no body's initials ('ramp up the game catalog ASAP').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        # html-articles 8267acac (The Hollywood Reporter, Google's Stadia)
        ("While the monthly subscription rate for the service gets players access to 4k streaming at 60 frames per "
         "second and discounts on certain titles (Destiny 2 is available for free as a limited-time incentive at "
         "launch), the majority of titles for Stadia will cost the same amount as their console counterparts, despite "
         "the games having been on the market for some time already.\n\"They need to ramp up the game catalog "
         "ASAP,\" says Ward.", "ASAP"),
    ],
)
def test_a_common_abbreviation_is_no_body(run: Any, text: str, abbreviation: str) -> None:
    assert abbreviation not in [record["name"] for record in run(text)._.organizations]
