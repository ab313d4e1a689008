"""A noun WordNet gives for a person names the role of a person set off after the name ('Scott Strenfel, PG&E's
principal meteorologist') or right before it ('Wild goalie Alex Stalock'), as the hand-written role nouns do; a
capitalised word is a name's ('Bruins 5, Devils 1: David Pastrnak'), a word cut at a hyphen a prefix
('WorldCom's ex-head'), and a plain noun ('a man') names no role. Such a noun is no evidence that a name is a
person's.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles_of(doc: Any, name: str) -> list[str]:
    return next(record["roles"] for record in doc._.people if record["name"] == name)


@pytest.mark.parametrize(
    "text, name, role",
    [
        # html-articles d0382c0d... (a web page): set off after the name
        ("One Napa County reporting station hasn’t seen a measurable drop of rain since mid-September — the first "
         "time that’s happened since 1905, said Scott Strenfel, PG&E's principal meteorologist.", "Scott Strenfel",
         "PG&E's principal meteorologist"),
        # html-articles bdb56ac8... (a web page): set off after the name
        ("This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps "
         "direct a systematic response to potential dangers throughout the body.", "Richard Locksley",
         "immunologist at the University of California, San Francisco"),
        # html-articles 264dc3ae... (a web page): right before the name
        ("Meanwhile, Wild goalie Alex Stalock, who subbed for the struggling Devan Dubnyk, looked strong in his 10th "
         "outing this season, stopping 30 shots.", "Alex Stalock", "Wild goalie"),
        # bbc/sport/001: right before the name
        ("British hurdler Sarah Claxton is confident she can win her first major medal at next month's European "
         "Indoor Championships in Madrid.", "Sarah Claxton", "British hurdler"),
    ],
)
def test_a_noun_for_a_person_is_the_role_of_the_person_named(run: Any, text: str, name: str, role: str) -> None:
    assert role in roles_of(run(text), name)


@pytest.mark.parametrize(
    "text, name, not_role",
    [
        # html-articles ecb46e3e... (a web page): a team's name before a score
        ("Bruins 5, Devils 1: David Pastrnak and Matt Grzelcyk scored two goals apiece, and Brad Marchand added "
         "three assists to lead Boston.", "David Pastrnak", "Devil 1"),
        # bbc/business/059: a prefix
        ("Cynthia Cooper, WorldCom's ex-head of internal accounting, alerted directors to the irregular accounting "
         "practices.", "Cynthia Cooper", "WorldCom's ex"),
    ],
)
def test_a_name_or_a_prefix_is_no_role(run: Any, text: str, name: str, not_role: str) -> None:
    assert not_role not in roles_of(run(text), name)
