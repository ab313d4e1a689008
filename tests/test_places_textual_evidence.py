"""What the text itself says of a name: a town whose namesake lies in a country the article names, a name after a
settlement's noun ('the town of Ziketan'), and a name the index lacks at its other mentions once one is shown a place.
Real web, Reuters and GeoWebNews copy."""

import pytest

NAMESAKES_IN_THE_ARTICLES_COUNTRY = [
    (  # GeoWebNews 206: the likeliest Clarinda is Australian, the one in Iowa has 5,400 people
        "Speaking at an October candidates forum in Clarinda, Axne said one of the biggest issues for Iowa - and the "
        "country - is infrastructure.",
        "Clarinda", "US",
    ),
]

SETTLEMENTS = [
    (  # html 432362af: a Xinhua report on plague
        "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia "
        "Autonomous Region, the news agency said, citing the regional health commission.",
        "Huade",
    ),
    (  # html 8b194530
        "The last major known outbreak in China was in 2009, when several people died in the town of Ziketan in "
        "Qinghai province on the Tibetan Plateau.",
        "Ziketan",
    ),
    (  # GeoWebNews 264: the model tags it a person
        "Rakesh Kumar has a post-graduate degree but works as a house painter in the small town of Kasba Bonli in "
        "northwestern India.",
        "Kasba Bonli",
    ),
]

NOT_SETTLEMENTS = [  # html aade2ec8: a port of a game, no place
    "Posted on social media by the performance analysts at Digital Foundry, the Stadia port of Rockstar’s Western "
    "video game is not entirely smooth on the streaming service.",
]

SHOWN_ONCE = [
    (  # Reuters-21578 00273: 'in the Gulf' shows the name a place; 'Gulf oil sources' is it too
        "Saudi crude oil output last month fell\nto an average of 3.5 mln barrels per day (bpd) from 3.8 mln bpd\nin "
        "January, Gulf oil sources said.\n    They said exports from the Ras Tanurah and Ju'aymah\nterminals in the "
        "Gulf fell to an average 1.9 mln bpd last month\nfrom 2.2 mln in January because of lower liftings by some\n"
        "customers.",
        "Gulf", ["Gulf", "Gulf"],
    ),
    (  # GeoWebNews 222
        "Noma had moved out of an informal settlement in Khayelitsha to live in Delft after the Social Justice "
        "Coalition had helped her secure an RDP flat. But because she no longer feels it is safe to take her child to "
        "the day care facility‚ she has now moved back to Khayelitsha where her unemployed sister can look after the "
        "child.",
        "Khayelitsha", ["Khayelitsha", "Khayelitsha"],
    ),
]


@pytest.mark.parametrize("text, name, country", NAMESAKES_IN_THE_ARTICLES_COUNTRY)
def test_a_small_towns_namesake_in_the_articles_country_is_found_after_a_preposition(run, text, name, country) -> None:
    found = [(place["name"], place["country_code"]) for place in run(text)._.places if place["name"] == name]
    assert found == [(name, country)]


@pytest.mark.parametrize("text, name", SETTLEMENTS)
def test_a_name_after_a_settlements_noun_is_a_place_the_index_lacks(run, text, name) -> None:
    found = [place for place in run(text)._.places if place["name"] == name]
    assert [place["country_code"] for place in found] == [None]


@pytest.mark.parametrize("text", NOT_SETTLEMENTS)
def test_a_name_after_a_wider_place_noun_is_left_to_the_model(run, text) -> None:
    assert "Rockstar" not in {place["name"] for place in run(text)._.places}


@pytest.mark.parametrize("text, name, mentions", SHOWN_ONCE)
def test_a_name_the_index_lacks_shown_a_place_once_is_that_place_at_its_other_place_mentions(
        run, text, name, mentions) -> None:
    found = [[item["text"] for item in place["mentions"]] for place in run(text)._.places if place["name"] == name]
    assert found == [mentions]
