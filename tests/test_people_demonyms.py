"""People: a noun for a country's or a place's people before a name describes the person and is no part of the
name (session 9, second audit)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, role", [
    # bbc/sport/058.txt
    ("The Northern Ireland athlete went off at a startling pace but had to hold off the challenge of Welshman Jimmy "
     "Watkins over the final 200m to win.", "Jimmy Watkins", "Welshman"),
    # bbc/sport/497.txt
    ("Daniela Hantuchova defeated Michaella Krajicek 6-4 6-2 to give the Slovaks the perfect start before Dutchman "
     "Peter Wessels retired against Dominik Hrbaty.", "Peter Wessels", "Dutchman"),
    # bbc/sport/078.txt
    ("Meanwhile, Briton Karl Keska battled bravely to finish seventh in the men's 10,000m.", "Karl Keska", "Briton"),
    # bbc/tech/075.txt
    ("New Yorker William Trowbridge and Texan Michael Chicoine have pleaded guilty to charges that they infringed "
     "copyright by illegally sharing music, movies and software.", "Michael Chicoine", "Texan"),
    # bbc/sport/476.txt
    ("Serena will open against another Frenchwoman Camille Pin, while Mauresmo plays Australia's Samantha Stosur.",
     "Camille Pin", "Frenchwoman"),
    # bbc/tech/148.txt
    ("Californian Thomas Slattery filed the suit in the US District Court in San Jose and is seeking damages.",
     "Thomas Slattery", "Californian"),
    # bbc/sport/498.txt
    ("Dent will meet Swede Joachim Johansson on Sunday after the second seed survived a tense tie-break to defeat "
     "Belgium's Olivier Rochus 6-1 7-6 (7/5).", "Joachim Johansson", "Swede"),
    # bbc/sport/477.txt
    ("Fifth seed Carlos Moya was the first big name to fall at the Australian Open as he went down to fellow "
     "Spaniard Guillermo Garcia-Lopez on Monday.", "Guillermo Garcia-Lopez", "Spaniard"),
    # bbc/sport/507.txt: the model tags the nationality and the name an organization
    ("Seventh seed Jurgen Melzer came through 6-3 6-3 against Xavier Malisse - winner in Delray Beach last week. "
     "Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure a 6-3 7-6 win over Italian Davide Sanguinetti.",
     "Cyril Saulnier", "Frenchman"),
])
def test_a_demonym_noun_before_a_name_is_a_description(run, text, name, role):
    people = {record["name"]: record["roles"] for record in run(text, "2005-01-01")._.people}
    assert people.get(name) == [role], people


def test_an_organization_the_model_tags_on_a_nationality_and_a_name_is_the_person(run):
    # bbc/sport/507.txt
    doc = run("Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure a 6-3 7-6 win over Italian Davide "
              "Sanguinetti.", "2005-01-01")
    assert not any("Saulnier" in record["name"] for record in doc._.organizations)


def test_a_nationality_is_no_later_mention_of_a_name_ending_in_it(run):
    # reuters21578/articles/07539.txt: 'Thai' of 'their Krung Thai counterparts' is no mention of a 'Krung Thai'
    text = ("KRUNG THAI BANK TO TAKE OVER SAYAM BANK\n\nThe state-owned Krung Thai Bank Ltd\nwill start taking over "
            "state-owned Sayam Bank Ltd and complete\nthe process in a year, Finance Minister Suthee Singhasaneh told\n"
            "a press conference.\n    The minister said some of the existing 30 Sayam Bank\nbranches will be merged "
            "with their Krung Thai counterparts,\nwhile others will continue operating but under Krung Thai's\nname.\n"
            "    Krung Thai is Thailand's third largest bank.\n REUTER")
    names = [record["name"] for record in run(text, "1987-03-20")._.people]
    assert names == ["Suthee Singhasaneh"], names
