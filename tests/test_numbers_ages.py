"""Numbers: ages are numbers of kind ``age`` (unit years or months), counting who is that old when the text says."""

from __future__ import annotations

from typing import Any, Callable, Optional

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def ages(run: Callable[..., Doc]) -> Callable[[str], list[dict[str, Any]]]:
    def _ages(text: str) -> list[dict[str, Any]]:
        return [n for n in run(text)._.numbers if n["kind"] == "age"]

    return _ages


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------ "a 37-year-old man"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "counted"),
    [
        # bbc/tech/120
        ("A 19-year-old man from Camberley, Surrey, was arrested by the National Hi-Tech Crime Unit but has been "
         "bailed.", "19-year-old", 19, "man"),
        # bbc/politics/274
        ("The memory Gordon Brown says keeps returning to him is that of a 12 year-old girl, whose parents died of "
         "Aids.", "12 year-old", 12, "girl"),
        # bbc/politics/034
        ("Norfolk farmer Tony Martin was jailed for shooting dead a 16-year-old burglar in 1999 as he ran away from "
         "the farm.", "16-year-old", 16, "burglar"),
        # reuters/05666
        ("The 53-year-old Dukakis is serving his third term as governor.", "53-year-old", 53, "Dukakis"),
        # bbc/entertainment/018
        ("The 51-year-old designer was shot outside his Florida home in 1997.", "51-year-old", 51, "designer"),
        # bbc/entertainment/302
        ("Ten-year-old Dakota Fanning will play Fern, the girl at the centre of the story.", "Ten-year-old", 10,
         "Dakota Fanning"),
        # bbc/tech/105
        ("A spokesman said its current technology could allow key information to be overlooked as it was 20 years "
         "old.", "20 years old", 20, None),
    ],
)
def test_year_old_is_an_age_of_the_noun_it_describes(ages, sentence, text, value, counted):
    found = only(ages(sentence))
    assert (found["text"], found["value"], found["unit"], found["counted"]) == (text, value, "years", counted)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 18-year-old will play alongside Falcons' team-mate Jamie Noon in England's midfield.",  # bbc/sport/351
        '"You\'ll see me in Madrid," said the 22-year-old.',  # bbc/sport/058
        "The 52-year-old's enthusiasm for the work going on in this country is in marked contrast.",  # bbc/sport/493
        "The 25-year-old shocked Pete Sampras in the 2000 US Open final.",  # bbc/sport/490: not Sampras's age
    ],
)
def test_year_old_standing_for_a_person_counts_no_one_named(ages, sentence):
    assert only(ages(sentence))["counted"] is None


def test_age_of_a_thing_is_its_age(ages):
    # reuters/15240: the text says how old the company is; the age is what is checkable.
    found = only(ages("The 110-year-old apparel manufacturer recently posted a loss."))
    assert (found["value"], found["counted"]) == (110, "apparel manufacturer")


def test_age_range_of_year_olds(ages):
    # bbc/politics/380
    found = only(ages("Adults must be paid at least £5.05 an hour, while 18 to 21 year olds will be paid £4.25."))
    assert (found["text"], found["low"], found["high"], found["qualifier"]) == ("18 to 21 year olds", 18, 21, "range")


def test_months_old_is_an_age_in_months(ages):
    found = only(ages("The six-month-old baby was taken to hospital."))
    assert (found["value"], found["unit"], found["counted"]) == (6, "months", "baby")


def test_durations_are_not_ages(ages):
    # a term, not an age: "a 30-year bond", "the 18-year insurgency" are dates' durations
    assert ages("The Treasury sold a 30-year bond to end the 18-year insurgency of the markets.") == []


# ------------------------------------------------------------ "aged 16 to 24", "at the age of 84"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier", "high", "counted"),
    [
        # bbc/entertainment/022
        ("Aimed at children aged 10 to 13, it is hoped the contest will help.", "aged 10 to 13", 10, "range", 13,
         "children"),
        # bbc/tech/047
        ("Almost one in five US citizens aged under 30 have one.", "aged under 30", 30, "less_than", 30,
         "US citizens"),
        # bbc/tech/109
        ("Women aged 50 or above almost never use a mobile phone, the research found.", "aged 50 or above", 50,
         "at_least", None, "Women"),
        # bbc/entertainment/190
        ("Veteran comedian and broadcaster Cyril Fletcher has died aged 91 at his home in Guernsey.", "aged 91", 91,
         "exact", None, "Cyril Fletcher"),
        # bbc/entertainment/016
        ("Novelist Arthur Hailey, who has died at the age of 84, was known for his bestselling page-turners.",
         "age of 84", 84, "exact", None, "Arthur Hailey"),
        # bbc/politics/246
        ("He said by the time universities traditionally dealt with pupils, between the ages of 16 and 18, it was "
         "too late.", "ages of 16 and 18", 16, "range", 18, None),
        # bbc/entertainment/257
        ("He died of drug overdose in 1970 at the age of 27.", "age of 27", 27, "exact", None, None),
    ],
)
def test_aged_and_age_of_give_the_age_of_who_the_sentence_names(ages, sentence, text, value, qualifier, high,
                                                                 counted):
    found = only(ages(sentence))
    assert (found["text"], found["value"], found["qualifier"], found["high"], found["counted"]) == (
        text, value, qualifier, high, counted)
    assert found["unit"] == "years"


# ------------------------------------------------------------ "Smith, 44,"


@pytest.mark.parametrize(
    ("sentence", "value", "counted"),
    [
        ("Drake, 45, has served with Lloyds Bank since 1958.", 45, "Drake"),  # reuters/19407
        ("Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned.", 58,
         "Robert Jackson"),  # bbc/politics/307
        ("Morientes, 28, has already expressed a willingness to come to England.", 28, "Morientes"),  # bbc/sport/274
        ("Mutu, 25, sacked by Chelsea and banned for taking cocaine, is now represented by Moggi.", 25,
         "Mutu"),  # bbc/sport
        # the surname the article named a person by before, though the model tags it a place here
        ("Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed."
         "\n\nBratman, 26, proposed to her on holiday at an undisclosed location.", 26, "Bratman"),
        # bbc/entertainment/260
    ],
)
def test_number_between_commas_after_a_name_is_the_persons_age(ages, sentence, value, counted):
    found = only(ages(sentence))
    assert (found["text"], found["value"], found["counted"], found["unit"]) == (str(value), value, counted, "years")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales in Paris, 15, and Lyon rose.",  # a place is no person
        "On Monday, 12, the index fell.",  # nor a day
    ],
)
def test_number_between_commas_after_no_person_is_no_age(ages, sentence):
    assert ages(sentence) == []


# ------------------------------------------------------------ "a man in his 40s"


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "counted"),
    [
        # bbc/entertainment/114
        ("A man in his 30s was later taken to University College Hospital, London.", "30s", 30, 39, "man"),
        # reuters/06914
        ("Fleet's Terrence Murray is in his late 40's.", "late 40's", 40, 49, "Terrence Murray"),
        # bbc/business/287
        ("In his twenties he battled tuberculosis for eight years.", "twenties", 20, 29, None),
        # reuters/12633
        ("Kenney, in his 30s, died when he was caught in thick smoke.", "30s", 30, 39, "Kenney"),
    ],
)
def test_decade_of_life_is_a_vague_age(ages, sentence, text, low, high, counted):
    found = only(ages(sentence))
    assert (found["text"], found["value"], found["low"], found["high"], found["qualifier"], found["counted"]) == (
        text, low, low, high, "vague", counted)


def test_decade_without_a_possessive_is_no_age(ages):
    assert ages("Temperatures were in the 40s and rates rose in the 1990s.") == []


# ------------------------------------------------------------ dates leave ages alone


def test_dates_do_not_read_ages_as_durations(run):
    doc = run("A 37-year-old man and a six-month-old baby, aged 16 to 24, were hurt.", "2005-01-01")
    assert doc._.dates == []
    assert [n["kind"] for n in doc._.numbers] == ["age", "age", "age"]
