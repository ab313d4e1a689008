"""People: a noun for a person that opens the sentence or the wire's line before a given name and a surname is no
part of the name, however rarely English writes it ('Solicitor Gareth Pierce', 'Financier Carl Lindner'); a title
running on into it across a line break keeps it (session 17, second round)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # bbc/politics/040.txt
    ("The case was heard by a panel of nine law lords rather than the usual five because of the constitutional "
     "importance of the case. Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention "
     "had driven four of the detainees to \"madness\", saying two were being held in Broadmoor hospital.",
     "Gareth Pierce"),
    # bbc/entertainment/327.txt
    ("Magistrate Lee Gilmore, who issued the restraining order at Waverley Local Court in Sydney, said she "
     "understood the photographers were entitled to earn a living but there had to be limits to their behaviour.",
     "Lee Gilmore"),
    # reuters21578/articles/03413.txt
    ("Financier Carl Lindner, who holds a\n16.2 pct stake in Taft Broadcasting Co, told the Securities and\nExchange "
     "Commission he has discussed with the company the\npossibility of seeking control of it.", "Carl Lindner"),
    # reuters21578/articles/16318.txt
    ("Preparatory work for construction of a\n450 mln dlr alumina plant near the village of Aghia Efthymia in\nthe "
     "Greek province of Fokida will begin at the end of next\nmonth and the plant will be operational by 1992, "
     "Industry\nUndersecretary George Petsos said.", "George Petsos"),
    # reuters21578/articles/17417.txt
    ("Commodore Mohammed Hoseyn Malekzadegan told a news\nconference Iran was ready to maintain security in the "
     "Gulf.", "Mohammed Hoseyn Malekzadegan"),
    # bbc/sport/384.txt: a noun with a sense for a person, though its commonest is none
    ("Calum MacRae surrendered possession before centre Steinmetz sent a chip into the danger zone. Substitute Joe "
     "Pattison - who had come on for the injured Gareth Morton - wrongly thought the ball was trickling out of play "
     "and eased up on the chase.", "Joe Pattison"),
    # bbc/sport/082.txt: a plural the tagger took for a proper noun
    ("Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by an independent tribunal.",
     "Kostas Kenteris"),
])
def test_a_person_noun_opening_the_line_is_no_part_of_the_name(run, text, name):
    assert name in [record["name"] for record in run(text, "2005-01-01")._.people]


def test_a_title_running_on_across_a_line_break_keeps_the_noun(run):
    # reuters21578/articles/17018.txt: 'Sheikh' is the title's, whose role must not swallow it
    text = ("The cut, the third this year, followed a major overhaul of\ninterest rate policy last month which "
            "Central Bank Governor\nSheikh Salem Abdul-Aziz al-Sabah said was designed to revive\nthe economy.")
    people = {record["name"]: record["roles"] for record in run(text, "1987-06-01")._.people}
    assert people == {"Sheikh Salem Abdul-Aziz al-Sabah": ["Central Bank Governor"]}
