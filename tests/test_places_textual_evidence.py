"""What the text itself says of a name: a town whose namesake lies in a country the article names. Real GeoWebNews
copy."""

import pytest

NAMESAKES_IN_THE_ARTICLES_COUNTRY = [
    (  # GeoWebNews 206: the likeliest Clarinda is Australian, the one in Iowa has 5,400 people
        "Speaking at an October candidates forum in Clarinda, Axne said one of the biggest issues for Iowa - and the "
        "country - is infrastructure.",
        "Clarinda", "US",
    ),
]


@pytest.mark.parametrize("text, name, country", NAMESAKES_IN_THE_ARTICLES_COUNTRY)
def test_a_small_towns_namesake_in_the_articles_country_is_found_after_a_preposition(run, text, name, country) -> None:
    found = [(place["name"], place["country_code"]) for place in run(text)._.places if place["name"] == name]
    assert found == [(name, country)]
