"""A town's people or officers named right after it ('The Ballymena man', 'the Salford MP', 'Jefferson Parish Sheriff
Harry Lee') say the name is a place, as a preposition of place does, where the article names the town's country;
real BBC and Reuters copy."""

import pytest

TOWNS_OF_PEOPLE = [
    (  # BBC sport/030
        "At the start of the year, several Northern Ireland athletes had genuine hopes of qualifying for the Games but "
        "come August, an out-of-form and injured Paul Brizzel was the lone standard bearer for the province. The "
        "Ballymena man gave it a lash but his achilles problem, and a bad lane draw, meant a time of 21.00 and an "
        "early exit.",
        "Ballymena", "GB",
    ),
    (  # BBC politics/105
        "UK Muslims should accept that people of Islamic appearance are more likely to be stopped and searched by "
        "police, a Home Office minister has said.\n\nHazel Blears said innocent Muslims would be targeted because of "
        "the search for Islamic extremists. Qualifications for religious leaders to enter the UK could also be made "
        'tougher, she told a Commons inquiry.\n\n"The threat is most likely to come from those people associated '
        'with an extreme form of Islam, or who are falsely hiding behind Islam," the Salford MP told the Commons home '
        "affairs committee.",
        "Salford", "GB",
    ),
    (  # BBC entertainment/279
        "He is awaiting a second trial after an original conviction was thrown out. \"I'm not pleased,\" Jefferson "
        "Parish Sheriff Harry Lee said.",
        "Jefferson Parish", "US",
    ),
]

BODY_TITLES = [  # Reuters-21578 17305: the title of a body, no place's officer
    "Nakasone will have an economic package worked out by the\nruling Liberal Democratic Party (LDP) and by an "
    "advisory body\nled by former Bank of Japan Governor Haruo Maekawa.",
]


@pytest.mark.parametrize("text, name, country", TOWNS_OF_PEOPLE)
def test_a_town_before_its_people_or_officer_is_a_place(run, text, name, country) -> None:
    found = [(place["name"], place["country_code"]) for place in run(text)._.places if place["name"] == name]
    assert found == [(name, country)]


@pytest.mark.parametrize("text", BODY_TITLES)
def test_a_bodys_title_names_no_place(run, text) -> None:
    assert run(text)._.places == []
