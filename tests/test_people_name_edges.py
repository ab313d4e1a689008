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
    # html-articles aec5deea... (AP)
    ("Warren was under near-constant attack last month as a new leader. Will Warren continue to face the heat, or "
     "will the ascendant Buttigieg take more hits?", "Will Warren"),
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
    # bbc/entertainment/253.txt: 'Will' read as an auxiliary, no question
    ("Will Young won the best single prize for Your Game.", "Will Young"),
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


@pytest.mark.parametrize("text, wrong", [
    # html-articles 5fa5679d... (iFixit teardown news)
    ("The big iFixit teardown is done, and the results are in. The new 16-inch MacBook Pro is a heck of a lot like "
     "the old 15-inch MacBook Pro, save for the keyboard.", "MacBook Pro"),
    # html-articles 287e4d9f... (deals page)
    ("Save $31 if you get a turquoise Switch Lite with your choice of Pokemon Sword or Shield and a case.",
     "Switch Lite"),
    # html-articles 8267acac... (Stadia)
    ("There is also a $129.99 Premiere Edition available for preorder that includes a controller, Chromecast Ultra "
     "and three months of Stadia Pro.", "Chromecast Ultra"),
    # html-articles 5fbc7ccb... (ZDNet gift list)
    ("DJI Mavic Mini for $399\n- See it now: Amazon\nThe Mavic Mini is the ideal drone for beginners.",
     "DJI Mavic Mini"),
])
def test_a_products_model_line_is_no_person(run, text, wrong):
    assert wrong not in _names(run, text)


def test_a_given_name_before_a_model_word_is_still_a_person(run):
    # constructed: no person so named is in the corpora; the given-name guard of the rule
    assert "Peter Max" in _names(run, "The artist Peter Max said he would paint the plane.")


def test_a_past_verb_the_wire_capitalises_is_no_part_of_a_name(run):
    # reuters21578/articles/04081.txt: the wire capitalises the word after the full stop of 'U.K.'
    text = ("    Profit on ordinary activities after tax was 66.2 mln stg,\nup from the previous year's 60.7 mln.\n"
            "    The U.K. Remained Rowntree's largest centre for trading\nprofits, accounting for 47.9 mln stg, up from "
            "45.3 mln in 1985.")
    names = [record["name"] for record in run(text, "1987-03-12")._.people]
    assert not any(name.startswith("Remained") for name in names), names



@pytest.mark.parametrize("text, name", [
    # bbc/entertainment/111.txt
    ("Sir Elton played hits from his vast back catalogue to a sell-out crowd which included former French president "
     "Valery Giscard d'Estaing and his wife Anne-Aymone.", "Valery Giscard d'Estaing"),
    # reuters21578/articles/04809.txt
    ("members such as West Germany have so far\nblocked a second stage of development envisaged by the system's\n"
     "founding fathers, ex-West German Chancellor Helmut Schmidt and\nformer French President Valery Giscard "
     "d'Estaing.", "Valery Giscard d'Estaing"),
])
def test_a_surname_after_an_elided_particle_ends_the_name(run, text, name):
    assert name in _names(run, text)


def test_a_bank_named_with_an_elided_particle_is_no_person(run):
    # reuters21578/articles/07833.txt
    text = ("The European Investment Bank is\nissuing a 300 mln Luxembourg franc, seven-year private\nplacement with a "
            "coupon of 7-3/8 pct and priced at par, lead\nmanager Caisse d'Epargne de l'Etat, Banque de l'Etat said.")
    assert not any("Epargne" in name for name in _names(run, text))


def test_a_name_ends_at_the_initials_full_stop_before_the_next_sentence(run):
    # bbc/entertainment/044.txt: the model runs 'Malcolm X.' on into the next sentence's 'Besides Dee'
    text = ("Davis, who was married to actress Ruby Dee, was found dead on Friday. He was a featured speaker at the "
            "funerals of both Martin Luther King Jnr and Malcolm X. Besides Dee, Davis is survived by three children.")
    names = _names(run, text)
    assert "Malcolm X." in names and not any("Besides" in name for name in names), names
