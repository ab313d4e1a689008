"""People: a name the grammar shows is a title's first words or a sequel's name is a work's, no person: the name and
what 'and' joins to it as the subject of a verb in the singular ('Harry Potter and the Half-Blood Prince has topped
Amazon's book chart'), or a sequel's number after it ('Spider-Man 2 on UMD'); people joined by 'and' take the plural,
and a results line's count or an age is no sequel's number (session 23)."""

from __future__ import annotations

import pytest


def names_of(run, text: str) -> list[str]:
    return [record["name"] for record in run(text, "2005-01-01")._.people]


@pytest.mark.parametrize("text, thing", [
    # bbc/entertainment/025.txt
    ("Customers who pre-order Harry Potter and the Half-Blood Prince avoid standing in long queues at bookshops on the "
     "day of the book's release next July.\n\nHarry Potter and the Half-Blood Prince takes up the story of Harry "
     "Potter's sixth year at Hogwarts School of Witchcraft and Wizardry as Lord Voldemort grows stronger.",
     "Harry Potter"),
    # bbc/tech/025.txt
    ("The first million sold will come with Spider-Man 2 on UMD, the disc format for the PSP.", "Spider-Man"),
    # html-articles d9b32ded...: every mention is the game's
    ("Google has confirmed that Stadia will not run its showcase launch title Destiny 2 in native 4K. Not only is "
     "Destiny 2 not true 4K on Stadia, it runs at lower settings.", "Destiny"),
])
def test_a_title_the_grammar_shows_is_no_person(run, text, thing):
    assert thing not in names_of(run, text)


@pytest.mark.parametrize("text, name", [
    # bbc/politics/300.txt
    ("Among those reported to have serious reservations over the strategy were senior shadow cabinet members David "
     "Davis, Oliver Letwin and Tim Yeo.", "David Davis"),
    # html-articles 993cac8b... (a results page)
    ("Melbourne (1-1-1): Jessica Newton 2 saves.\nMerritt Island d. Titusville 3-0.", "Jessica Newton"),
])
def test_people_joined_or_counted_stay(run, text, name):
    assert name in names_of(run, text)
