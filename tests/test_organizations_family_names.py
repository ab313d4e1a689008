"""A family name of several words after a given name, which the model tags as a body where it stands alone, is the
person the article names in full ('El Guerrouj achieved' beside 'Hicham El Guerrouj'), as a one-word surname is.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

# BBC sport/025
EL_GUERROUJ = (
    "Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country "
    "Championships in France.\n\nBut the Moroccan, who has not raced over cross country for 15 years, will not decide "
    "until two weeks before the event which starts on 19 March. \"If I am to compete in it, it is only if I feel I can "
    "win,\" said the 30-year-old, who is retiring in 2006. \"Otherwise there is not much point in me going.\" El "
    "Guerrouj achieved a lifetime ambition last August when he clinched his first Olympic titles over 1500m and "
    "5,000m.\n\nEl Guerrouj could meet Bekele in March as the Ethiopian is the defending world cross country champion "
    "over both the long and short courses. But the Moroccan will not commit himself to the St Galmier event until he "
    "assesses how well his winter training is going. \"The return to training was very difficult because I accepted "
    "a lot of invitations these past few months,\" said El Guerrouj.")


def test_a_persons_family_name_of_two_words_is_no_body(run: Any) -> None:
    doc = run(EL_GUERROUJ)
    assert "El Guerrouj" not in {alias for record in doc._.organizations for alias in [record["name"],
                                                                                          *record["aliases"]]}
    person = next(person for person in doc._.people if person["name"] == "Hicham El Guerrouj")
    assert "El Guerrouj" in {mention["text"] for mention in person["mentions"]}
