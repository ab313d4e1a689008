"""People: one person, one record, however the article writes the given name: as its initial in a team
line-up, as a short form, after a wire's line break; a surname particle capitalised at a sentence's start
(session 9, second audit)."""

from __future__ import annotations

import pytest


def _records(run, text: str, date: str = "2005-01-01") -> dict[str, list[str]]:
    return {record["name"]: [item["text"] for item in record["mentions"]] for record in run(text, date)._.people}


@pytest.mark.parametrize("text, name, short", [
    # bbc/sport/407.txt
    ("Italy were offered another penalty when Scottish flanker Simon Taylor was offside.\n\n: C Paterson; "
     "S Webster, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; T Smith, G Bulloch (capt), G Kerr; S Grimes, "
     "S Murray; S Taylor, J Petrie, A Hogg.", "Simon Taylor", "S Taylor"),
    # bbc/sport/350.txt
    ("Alessandro Troncon continues at scrum-half despite the return to fitness of Paul Griffen.\n\nG Intoppa "
     "(Calvisano), S Perugini (Calvisano), CA Del Fava (Parma), S Orlando (Treviso), P Griffen (Calvisano), "
     "R Pedrazzi (Viadana), K Robertson (Viadana).", "Paul Griffen", "P Griffen"),
    # bbc/sport/407.txt: the particle in lowercase in the line-up
    ("A series of drives set up a penalty attempt, missed by full-back Roland De Marigny.\n\nR de Marigny; "
     "Mirco Bergamasco, C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon.", "Roland De Marigny", "R de Marigny"),
    # reuters21578/articles/18071.txt
    ("Irving Nathan, a Burlington lawyer, reiterated that information provided by James Ammeen, a former "
     "Burlington executive, was crucial.\n    \"Dominion relied on the information provided by the insider\n"
     "Jim Ammeen,\" Nathan said.", "James Ammeen", "Jim Ammeen"),
    # html-articles 16c30add...: the tweet's signature
    ("Joshua Apte, a professor of environmental engineering at the University of Texas Austin, explained that air "
     "quality is a function of pollution and dilution.\nThese extreme pollution events happen across North India "
     "every November.\n— Josh Apte (@joshapte) November 3, 2019", "Joshua Apte", "Josh Apte"),
    # bbc/sport/152.txt: a particle capitalised
    ("Ferguson's own goalscoring talisman Ruud van Nistelrooy is fit again. \"With the maturity we see every week "
     "in Ronaldo and Rooney, the return of Van Nistelrooy and the form of Roy Keane, we must have a fantastic "
     "chance.\"", "Ruud van Nistelrooy", "Van Nistelrooy"),
])
def test_an_initial_a_short_given_name_or_a_capital_particle_is_the_person_named_in_full(run, text, name, short):
    records = _records(run, text)
    assert short in records.get(name, []), records
    assert short not in records


def test_two_people_of_one_surname_keep_their_records(run):
    # bbc/sport/350.txt: brothers
    records = _records(run, "David dal Maso has been handed the task of replacing the injured Mauro Bergamasco at "
                            "flanker in Italy's team to face Scotland on Saturday.\n\nR de Marigny (Parma); Mirco "
                            "Bergamasco (Stade Francais), C Stoica (Montpellier), A Masi (Viadana).")
    assert {"Mauro Bergamasco", "Mirco Bergamasco"} <= set(records), records


@pytest.mark.parametrize("text, name", [
    # reuters21578/articles/18071.txt
    ("U.S. District Court Judge Eugene\nA. Gordon said he will decide \"in the next few days\" whether to grant "
     "Burlington Industries Inc's request.", "Eugene A. Gordon"),
])
def test_a_middle_initial_after_a_line_break_stays_in_the_name(run, text, name):
    assert name in _records(run, text, "1987-04-01")
