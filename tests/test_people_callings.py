"""People: a musician's, a player's or an artist's calling before the name is their role, and a title before it
is no part of the name, across a wire's line break too (session 9 audit)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, role", [
    # bbc/entertainment/138.txt
    ("Queen bassist John Deacon has currently retired from the stage.", "John Deacon", "Queen bassist"),
    # bbc/entertainment/131.txt
    ("Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians, while taking part "
     "in an Edinburgh Lectures discussion.", "Alex Kapranos", "frontman"),
    # bbc/entertainment/236.txt
    ("The four-piece met two years ago when drummer Paul Thomson was working at the Glasgow art school where "
     "bassist Bob Hardy was studying.", "Bob Hardy", "bassist"),
    # bbc/entertainment/253.txt
    ("Keane frontman Tom Chaplin thanked fans for enduring \"rubbish gigs\" after they won the British breakthrough "
     "act prize.", "Tom Chaplin", "frontman"),
    # html-articles ac1bfdd4...
    ("The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North American tour "
     "celebrating the band's 50th anniversary.", "Michael McDonald", "former frontman"),
])
def test_a_calling_before_the_name_is_a_role(run, text, name, role):
    people = {record["name"]: record["roles"] for record in run(text, "2005-01-01")._.people}
    assert name in people
    assert any(role in given for given in people[name]), people[name]


def test_a_role_stops_at_another_described_name_before_and(run):
    # bbc/entertainment/241.txt: the model tags 'Bebo Valdes' a place
    doc = run("Cuban pianist Bebo Valdes and flamenco singer Diego El Cigala won an award in the \"boundary crossing\" "
              "category.", "2005-01-01")
    people = {record["name"]: record["roles"] for record in doc._.people}
    assert people["Diego El Cigala"] == ["flamenco singer"]


@pytest.mark.parametrize("text, role", [
    # reuters21578/articles/00419.txt
    ("Funaro and Gros are today meeting British Chancellor of the\nExchequer Nigel Lawson, Foreign Secretary "
     "Geoffrey Howe and", "British Chancellor of the Exchequer"),
    # reuters21578/articles/00740.txt
    ("Funaro was reacting to a British statement following his\ntalks with Chancellor of the Exchequer Nigel Lawson, "
     "saying the\nU.K. Government had no part to play.", "Chancellor of the Exchequer"),
])
def test_the_chancellor_of_the_exchequer_is_a_title_not_part_of_the_name(run, text, role):
    people = {record["name"]: record["roles"] for record in run(text, "1987-04-01")._.people}
    assert people.get("Nigel Lawson") == [role], people
