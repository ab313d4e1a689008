"""A game after a name is named for its title or its platform as often as for its maker ('the Painkiller game',
'sales of Xbox games', 'his Warcraft game'), so it is no evidence that the name makes it, as 'Apple computers' is;
a maker the article describes as a body stays ('Video game firm Bioware').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, title",
    [
        # BBC tech/140
        ("Four-Kings hopes the open qualifiers will turn up gamers good enough to beat all comers at the Painkiller "
         "game.", "Painkiller"),
        # BBC tech/195
        ("About 20,000 people have been banned from playing the Half-Life 2 game.", "Half-Life 2"),
        # BBC tech/203
        ("Elspa noted that sales of Xbox games rose 37.9% during the year.", "Xbox"),
        # BBC tech/396
        ("One developer bucking the trend towards big art teams is Will Wright, the creator of the best-selling The "
         "Sims games.", "Sims"),
        # BBC tech/401
        ("\"The sad truth is my husband spent 11 hours today playing his Warcraft game.", "Warcraft"),
    ],
)
def test_a_name_before_a_game_is_no_maker_by_that(run: Any, text: str, title: str) -> None:
    assert title not in org_names(run(text))


def test_a_game_maker_described_as_a_firm_stays(run: Any) -> None:
    # BBC tech/024
    doc = run("Video game firm Bioware is to hold open auditions for people to become cast members for future games.\n"
              "\"There are hundreds and hundreds of characters in a typical Bioware game,\" said Shauna Perry, "
              "Bioware's audio and external resources producer.")
    assert "Bioware" in org_names(doc)
