"""People: a noun for a person that opens the sentence or the wire's line, capitalised only there, is no part of
the name the model runs it into ('Teenager LaShawn Merritt' is LaShawn Merritt); a given name, a surname, a
courtesy title and a noun written capitalised inside a sentence stay (session 17)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, wrong", [
    # bbc/sport/018.txt
    ("Merritt close to indoor 400m mark\n\nTeenager LaShawn Merritt ran the third fastest indoor 400m of all time at "
     "the Fayetteville Invitational meeting.", "LaShawn Merritt", "Teenager LaShawn Merritt"),
    # bbc/entertainment/223.txt
    ("Comic Joe Pasquale remains odds on favourite to win the reality show.", "Joe Pasquale", "Comic Joe Pasquale"),
    # bbc/politics/242.txt
    ("Fellow Lib Dem Norman Baker said the episode painted an \"unflattering picture of the inner workings of "
     "government\".", "Norman Baker", "Fellow Lib Dem Norman Baker"),
    # reuters21578/articles/17381.txt
    ("The plan is aimed at \"economic growth and for other financial flows,\" chief U.S.\nDelegate Charles Dallara "
     "told the meeting earlier.", "Charles Dallara", "Delegate Charles Dallara"),
])
def test_a_noun_for_a_person_opening_the_sentence_is_no_part_of_the_name(run, text, name, wrong):
    names = [record["name"] for record in run(text, "2005-01-01")._.people]
    assert name in names
    assert wrong not in names


@pytest.mark.parametrize("text, name", [
    # bbc/sport/404.txt: a role head, as before
    ("Referee Jonathan Kaplan was not perfect by any means and two decisions in particular made him the villain of "
     "the piece.", "Jonathan Kaplan"),
    # reuters21578/articles/00236.txt: a title that is part of the name is no noun English writes in lowercase
    ("Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying that the meeting was not "
     "needed.", "Sheikh Ali al-Khalifa al-Sabah"),
])
def test_a_title_the_name_is_written_with_stays(run, text, name):
    assert name in [record["name"] for record in run(text, "1987-03-01")._.people]


def test_a_group_noun_before_a_full_name_is_no_part_of_it(run):
    # bbc/entertainment/346.txt
    text = ("Former Beatle Sir Paul McCartney is second on the list with £800m - up £40m on last year. At number one "
            "is Dhani Harrison, son of the late Beatle George Harrison, who has inherited £140m.")
    names = {record["name"]: [item["text"] for item in record["mentions"]] for record in run(text)._.people}
    assert "George Harrison" in names, names
    assert not any("Beatle" in name or "Beatle" in names[name] for name in names), names
