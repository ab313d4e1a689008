"""People: a role noun that describes a firm as readily as a person ('rival suitor', 'rival bidder' in a bid battle)
is no role, so a one-word name it is all the evidence for is no person (session 22 audit, BBC business/279)."""

from __future__ import annotations

from typing import Any


def test_a_bid_battles_suitor_is_no_person(run: Any) -> None:
    # bbc/business/279.txt
    text = ("However, rival suitor Euronext also upped the ante in the bid battle. In the meantime, Euronext, which "
            "combines the Paris, Amsterdam and Lisbon stock exchanges, also began talks with the LSE. In a statement "
            "on Thursday, Euronext said any offer was likely to be solely in cash.")
    assert "Euronext" not in {record["name"] for record in run(text, "2005-01-28")._.people}
