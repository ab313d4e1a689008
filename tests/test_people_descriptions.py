"""People: a party, a body or a post written before a person's name is a description, no part of the name; the
first given name, or where the model itself starts the name, marks where the name starts (session 10, second
people round)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, roles", [
    # bbc/politics/403.txt
    ("Martin Bell, who won the Tatton seat from Tory Neil Hamilton on anti-corruption platform, said politicians "
     "often failed to see themselves as others did.", "Neil Hamilton", []),
    # bbc/politics/220.txt
    ("The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a \"clear choice\" on "
     "the issue.", "Liam Fox", []),
    # bbc/politics/406.txt
    ("Blairite Alan Milburn was brought back to run the election campaign.", "Alan Milburn", []),
    # bbc/politics/376.txt
    ("Liberal Democrat David Laws said it was a \"very serious matter\" and said Mr Hain should make a statement on "
     "Thursday.", "David Laws", []),
    # bbc/politics/169.txt
    ("Lib Dem MP Lembit Opik said ministers had invented a new category of hunting - chasing away - and asked how "
     "police were supposed to interpret the rules.", "Lembit Opik", ["Lib Dem MP"]),
    # bbc/entertainment/323.txt
    ("Cinematographer John Mathieson, who was nominated for Gladiator in 2001, is also up for The Phantom of the "
     "Opera.", "John Mathieson", ["Cinematographer"]),
    # bbc/politics/278.txt
    ("Along with Work and Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy, he then went on to "
     "tear into the Tory plans to scrap the New Deal welfare-to-work scheme.", "Jane Kennedy", ["Minister for Work"]),
    # reuters21578/articles/00518.txt
    ("The cabinet agreed to the plan on the\nday a deadline set by Minister of Social Affairs Louw de Graaf\nexpired.",
     "Louw de Graaf", ["Minister of Social Affairs"]),
])
def test_a_description_before_a_name_is_no_part_of_it(run, text, name, roles):
    people = {record["name"]: record["roles"] for record in run(text, "2005-01-01")._.people}
    assert people.get(name) == roles, people


@pytest.mark.parametrize("text, name", [
    # reuters21578/articles/00244.txt: a given name not in the list opens the name
    ("    President Hossain Mohammad Ershad has said non-payers are\ncrippling the industrial sector.",
     "Hossain Mohammad Ershad"),
    # reuters21578/articles/00319.txt
    ("    Lal Krishna Advani, president of the opposition Bharatiya\nJanata party, said Gandhi's failure to mention "
     "specific\nmeasures was a disappointment.", "Lal Krishna Advani"),
    # bbc/politics/319.txt: a name after a party's name, where the article gives no given name first
    ("But the all-party group, including Tories Ken Clarke and Sir George Young, Labour's Robin Cook and Tony Wright "
     "and Liberal Democrat Paul Tyler, is confident its plan would win support.", "Paul Tyler"),
])
def test_a_name_whose_first_word_is_no_description_stays_whole(run, text, name):
    people = [record["name"] for record in run(text, "2005-01-01")._.people]
    assert name in people, people
