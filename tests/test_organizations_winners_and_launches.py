"""What a work, a product or an operation does as readily as a body is no evidence of a body: winning an award or a
category ('The audio award was won by Call of Duty: Finest Hour': a game) and launching with no object ('Stadia is
launching with 22 games', 'When the Xbox launched on November 15 2001': a service, a console). A body launches
something ('Microsoft launched an early stage of its Project xCloud cloud gaming service').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, work",
    [
        # BBC tech/057
        ("The originality award was won by PlayStation 2 title Singstar while the children's award went to GameCube "
         "bongo rhythm game Donkey Konga.", "Singstar"),
        # BBC tech/057
        ("The Handheld Award went to Colin McRae Rally 2005 while the mobile category was won by Blue Tooth Byplanes. "
         "The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the music award.",
         "Blue Tooth Byplanes"),
        # BBC tech/057
        ("The Handheld Award went to Colin McRae Rally 2005 while the mobile category was won by Blue Tooth Byplanes. "
         "The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the music award.",
         "Call of Duty: Finest Hour"),
    ],
)
def test_the_winner_of_an_award_is_no_body_by_winning(run: Any, text: str, work: str) -> None:
    assert work not in names(run(text))


@pytest.mark.parametrize(
    "text, thing",
    [
        # html-articles 8267acac (The Hollywood Reporter, Google's Stadia)
        ("Stadia is launching with 22 games (the addition of 10 extra titles was announced over the weekend after the "
         "initial dozen offerings were revealed last week), featuring popular franchises such as Assassin's Creed, "
         "Tomb Raider, Red Dead Redemption, Destiny and more.", "Stadia"),
        # BBC tech/139
        ("When the Xbox launched on November 15 2001 in the US, Halo was one of the launch titles and had an immediate "
         "impact on critics and consumers.", "Xbox"),
        # Reuters-21578 00107
        ("    The Iranian news agency IRNA, in a report received in\nLondon, said the operation code-named Karbala-5 "
         "launched into\nIraq on January 9 was now over.\n", "Karbala-5"),
    ],
)
def test_what_launches_with_no_object_is_no_body_by_launching(run: Any, text: str, thing: str) -> None:
    assert thing not in names(run(text))
