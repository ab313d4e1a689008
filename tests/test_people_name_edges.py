"""People: where a name starts and whether it is one: a word opening the sentence that is no given name and reads
as a verb or an adverb is no part of the name after it ('Hosting Cook at Dreamforce', 'Nevertheless Franz
Ferdinand'), and a results line's 'X d. Y' (X defeated Y) is no name with a middle initial (session 10 audit)."""

from __future__ import annotations

import pytest


def _names(run, text: str, date: str = "2005-01-01") -> list[str]:
    return [record["name"] for record in run(text, date)._.people]


@pytest.mark.parametrize("text, wrong", [
    # html-articles 291a8bf3... (crn.com)
    ("Tim Cook said Apple was pulled into the enterprise.\nHosting Cook at Dreamforce \"is our dream,\" Marc Benioff "
     "said.", "Hosting Cook"),
    # bbc/politics/406.txt
    ("Entering Westminster, he came to share an office with the newly elected MP for Sedgefield, Tony Blair.",
     "Entering Westminster"),
    # bbc/entertainment/236.txt
    ("Nevertheless Franz Ferdinand were the only UK band to win an MTV Video Music Award.",
     "Nevertheless Franz Ferdinand"),
])
def test_a_word_opening_the_sentence_is_no_part_of_the_name(run, text, wrong):
    assert wrong not in _names(run, text)


def test_the_person_after_the_opening_word_is_the_one_named_before(run):
    # html-articles 291a8bf3... (crn.com)
    names = _names(run, "CEO Tim Cook said Apple was pulled into the enterprise.\nHosting Cook at Dreamforce \"is our "
                        "dream,\" Marc Benioff said.")
    assert names.count("Tim Cook") == 1 and not any(name.endswith(" Cook") and name != "Tim Cook" for name in names)


@pytest.mark.parametrize("text, name", [
    # bbc/entertainment/144.txt
    ("Featuring Cliff Richard and Boy George, the song was written by former DJ Mike Read.", "Cliff Richard"),
    ("Channing Tatum said he was happy.", "Channing Tatum"),  # a given name ending in -ing stays
    # bbc/entertainment (many): a given name opening the sentence
    ("Irving Berlin wrote the song.", "Irving Berlin"),
])
def test_a_given_name_opening_the_sentence_stays(run, text, name):
    assert name in _names(run, text)


@pytest.mark.parametrize("text, wrong", [
    # html-articles c81e134e... (floridatoday.com high-school roundup)
    ("GIRLS BASKETBALL\nHeritage d. Titusville 53-9\nHeritage (1-0): Armani Sheffield 19 points and 3 steals. Kelli "
     "Howard 6 steals.", "Heritage d. Titusville"),
    ("GIRLS BASKETBALL\nViera d. Rockledge 70-44\nViera (1-0): Tolivert 25 points. Davis 17 points.",
     "Viera d. Rockledge"),
])
def test_a_result_line_is_no_name_with_an_initial(run, text, wrong):
    assert not any(wrong in name or name in wrong for name in _names(run, text))
