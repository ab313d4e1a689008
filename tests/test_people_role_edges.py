"""People: a role's words are whole words at both edges: a word split at its hyphen is the role's whole ('co-star',
'runner-up'), a prefix after a conjunction opens another role, an age before the role is no part of it, and the role
ends before a wire's ticker and closes a bracket it opens (session 17)."""

from __future__ import annotations

import pytest


def roles_of(run, text: str, name: str, published: str) -> list[str]:
    people = {record["name"]: record["roles"] for record in run(text, published)._.people}
    assert name in people, people
    return people[name]


@pytest.mark.parametrize("text, name, role, published", [
    # bbc/entertainment/051.txt
    ("Swank, too, was full of praise for her director and co-star Clint Eastwood.", "Clint Eastwood", "co-star",
     "2005-02-28"),
    # html-articles 359fee22... (Titan's rain)
    ("Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study "
     "co-author Anezina Solomonidou, a European Space Agency research fellow.", "Anezina Solomonidou", "co-author",
     "2019-11-18"),
    # reuters21578/articles/00153.txt
    ("Kenneth Thomas, senior vice president-investments at\nDrexel's Los Angeles office, and his father, retired "
     "university\nprofessor C.A. Thomas, said they bought the stake for 2.1 mln\ndlrs.", "Kenneth Thomas",
     "senior vice president-investments", "1987-02-26"),
])
def test_a_word_split_at_its_hyphen_is_the_roles_whole(run, text, name, role, published):
    assert any(given.endswith(role) for given in roles_of(run, text, name, published))


def test_a_prefix_after_a_conjunction_opens_another_role(run):
    # html-articles 3c5bf8db... (TNG50 simulation)
    text = ("\"Numerical experiments of this kind are particularly successful when you get out more than you put in,\" "
            "Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and "
            "co-author of the study, said in a statement.")
    roles = roles_of(run, text, "Dylan Nelson", "2019-12-01")
    assert "postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany" in roles
    assert not any(role.endswith(" co") for role in roles)


def test_an_age_is_no_part_of_the_role(run):
    # reuters21578/articles/00386.txt
    text = ("Among the chores facing Reagan's new inner circle is assessing the damage the 300-page Tower commission "
            "report has done to the nomination of Robert Gates to succeed William Casey as the new head of the CIA.\n"
            "    Reagan aides are not sure how much support Gates, a 43-year old career spy agency bureaucrat, would "
            "have\nif his nomination is submitted to the full Senate for a vote,\nSenate Republican leader Robert Dole "
            "said.")
    assert "career spy agency bureaucrat" in roles_of(run, text, "Robert Gates", "1987-03-01")


@pytest.mark.parametrize("name, role", [
    ("Charles F. Barbar", "former chairman of Arsarco Inc"),
    ("Roger Birk", "chairman emeritus of Merrill Lynch and Co"),
])
def test_a_role_ends_before_the_wires_ticker(run, name, role):
    # reuters21578/articles/00205.txt
    text = ("    Other members of the study committee include Charles F.\nBarbar, former chairman of Arsarco Inc <AR>, "
            "Roger Birk,\nchairman emeritus of Merrill Lynch and Co <MER> and Irwin\nGuttag, chairman of the NYSE "
            "special surveillance committee.")
    assert role in roles_of(run, text, name, "1987-03-02")


def test_a_role_closes_the_bracket_it_opens(run):
    # bbc/tech/034.txt
    text = ("\"IT Safe will take our technical expertise and use it to help home users understand the risks and keep "
            "their computer systems, mobile phones and a range of related consumer electronic items, safe,\" said "
            "Roger Cumming, director of the National Infrastructure Security Coordination Centre (NISCC).")
    assert roles_of(run, text, "Roger Cumming", "2005-02-01") == [
        "director of the National Infrastructure Security Coordination Centre (NISCC)"]
