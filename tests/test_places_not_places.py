"""Names that look like places and are not the place they spell: a sea or gulf named after a country or town
('the Gulf of Mexico' is no mention of Mexico), and planets and moons ('Jupiter' is no town in Florida, nor is
the research firm of that name), and the source a claim is given to ('according to Toyota'). Real sentences from
the corpora."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from spacy.tokens import Doc


def place(doc: Doc, text: str) -> Optional[dict[str, Any]]:
    """The record with a mention written ``text``."""
    return next((record for record in doc._.places
                 if any(mention["text"] == text for mention in record["mentions"])), None)


# A known sea or gulf is one place of its own, not the country or town it is named after.
KNOWN_WATERS = [
    # reuters21578/articles/15891.txt
    ("A total of 83 rigs were working last week in the Gulf of Mexico out of a fleet of 234.", "Gulf of Mexico", None),
    # bbc/tech/131.txt
    ("The luxury cruise liner Crystal Harmony, currently in the Gulf of Mexico, is the unlikely setting for tests "
     "of biometric technology.", "Gulf of Mexico", None),
    # reuters21578/articles/16710.txt
    ("Gulf Canada Corp said it acquired a 25 pct working interest in the Gulf of Suez oil concession for "
     "undisclosed terms.", "Gulf of Suez", "EG"),
    # reuters21578/articles/16166.txt
    ("The field, in the southern sector of the Gulf of Thailand, is currently operated by U.S. Oil company Texas "
     "Pacific Oil Co.", "Gulf of Thailand", None),
    # reuters21578/articles/09722.txt
    ("Another on Tuesday registering a preliminary 6.5 on the scale struck the Sea of Japan coast northwest of "
     "Tokyo.", "Sea of Japan", None),
    # reuters21578/articles/17417.txt
    ("Iran's navy commander warned that Iran would close off the Strait of Hormuz, entrance to the Gulf, if there "
     "was any disruption to its shipping or sea-bound trade, Tehran radio said.", "Strait of Hormuz", None),
]


@pytest.mark.parametrize("sentence, name, country_code", KNOWN_WATERS)
def test_a_known_sea_or_gulf_is_a_body_of_water(run, sentence: str, name: str, country_code: Optional[str]) -> None:
    doc = run(sentence, "1987-04-01")
    record = place(doc, name)
    assert record is not None, [p["name"] for p in doc._.places]
    assert (record["feature"], record["country_code"]) == ("body_of_water", country_code)
    assert record["latitude"] is not None
    named_after = name.split(" of ")[1]
    assert place(doc, named_after) is None


# A sea or gulf the index does not know still takes its name's place word with it.
UNKNOWN_WATERS = [
    # reuters21578/articles/17417.txt
    ('He said it had also expanded operations to cover the whole region "from the most northerly point in the '
     'Persian Gulf to the most southerly part of the Sea of Oman."', "Oman"),
    # bbc/business/340.txt
    ("Mr Chavez has also invited Chinese firms to bid for gas exploration contracts which his government will offer "
     "next year in the western Gulf of Venezuela.", "Venezuela"),
    # reuters21578/articles/05150.txt
    ("Ina would invest in a well to be drilled soon in the Bay of Gabes, the statement said.", "Gabes"),
]


@pytest.mark.parametrize("sentence, word", UNKNOWN_WATERS)
def test_the_place_word_naming_a_sea_is_no_mention_of_that_place(run, sentence: str, word: str) -> None:
    doc = run(sentence, "1987-04-01")
    assert place(doc, word) is None, place(doc, word)


def test_a_region_named_bay_of_stays_a_place(run) -> None:
    # reuters21578/articles/00269.txt
    doc = run("The quakes were felt across the Bay of Plenty and Waikato region.", "1987-03-02")
    record = place(doc, "Bay of Plenty")
    assert record is not None and record["country_code"] == "NZ"


# Planets and moons are no places, nor is a company named after one.
SKY = [
    # html-articles/html/f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db.html
    ("NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on the surface "
     "of Europa, one of Jupiter’s 79 moons.", ("Europa", "Jupiter")),
    ("In fact, scientists believe that there’s a liquid water ocean on Europa beneath a miles-thick ice shell that "
     "has twice as much water as all of the oceans on Earth.", ("Europa", "Earth")),
    ("Europa ― located some 390 million miles away ― is slightly smaller than Earth’s Moon.",
     ("Europa", "Earth’s Moon", "Earth")),
    # bbc/tech/222.txt
    ("Recent research by Jupiter suggested that people would prefer a device that was dedicated to music.",
     ("Jupiter",)),
]


@pytest.mark.parametrize("sentence, words", SKY)
def test_planets_moons_and_their_namesake_firms_are_no_places(run, sentence: str, words: tuple[str, ...]) -> None:
    doc = run(sentence, "2019-11-19")
    assert all(place(doc, word) is None for word in words), doc._.places


def test_a_town_named_after_a_planet_stays_a_place_with_its_state(run) -> None:
    # written for the test: no corpus article names the town
    doc = run("The golfer lives in Jupiter, Florida, with his family.", "2019-11-19")
    record = place(doc, "Jupiter")
    assert record is not None and record["country_code"] == "US"


# The source a claim is given to is a company or a person, not the town of that name the gazetteer knows.
SOURCES = [
    # html-articles 05844573... (a web page): Toyota City, Japan
    ("It will get the equivalent of 90 miles per gallon (38 kilometers per liter) of gasoline, according to Toyota.",
     "Toyota"),
]


@pytest.mark.parametrize("sentence, name", SOURCES)
def test_the_source_of_a_claim_is_no_place(run, sentence: str, name: str) -> None:
    assert place(run(sentence, "2019-11-21"), name) is None


# A place completing a title of nobility or of the church is part of the title; a monarch's country is a place.
TITLES = [
    # bbc/politics/104.txt
    ('The Queen and Duke of Edinburgh said the news had made them "very happy".', "Edinburgh", False),
    ("The wedding will be a civil ceremony followed by a service of prayer and dedication in St George's Chapel at "
     "which the Archbishop of Canterbury, Dr Rowan Williams, will preside.", "Canterbury", False),
    ("said Ros Coward, who wrote the authorised biography of Diana, princess of Wales.", "Wales", False),
    # bbc/politics/044.txt
    ("However, the Prince of Wales did receive over £4m from government departments and grants-in-aid in 2003-4.",
     "Wales", False),
    # bbc/entertainment/047.txt
    ("Mr Rusesabagina used his influence as a prominent Hutu businessman to shelter potential victims of the Rwandan "
     "genocide, contacting dignitaries including Bill Clinton, the King of Belgium as well as the French foreign "
     "ministry.", "Belgium", True),
    # GeoWebNews (Gritta et al.): a news page on the Dubai World Cup
    ("Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, along with other members of the Royal "
     "family after Thunder Snow won.", "Dubai", True),
]


@pytest.mark.parametrize("sentence, name, is_place", TITLES)
def test_a_place_completing_a_title_of_nobility_or_the_church_is_no_mention(run, sentence: str, name: str,
                                                                              is_place: bool) -> None:
    assert (place(run(sentence, "2005-02-10"), name) is not None) is is_place


# A sea's or ocean's name before 'states' or 'countries' names the lands around it, never the water.
LANDS_BY_WATER = [
    # reuters21578/articles/10045.txt
    ("The Pacific states also reported a large decline in failing businesses, off 6.4 pct.", "Pacific", None),
    # reuters21578/articles/11315.txt
    ("EC ministers have approved financial packages for several Mediterranean states totalling 1.6 billion European "
     "currency units.", "Mediterranean", None),
    # reuters21578/articles/09069.txt
    ("There is legitimate concern about the impacts on Caribbean countries and the Philippines, Huckaby said.",
     "Caribbean", "region"),
]


@pytest.mark.parametrize("sentence, name, feature", LANDS_BY_WATER)
def test_a_waters_name_before_states_or_countries_is_no_body_of_water(run, sentence: str, name: str,
                                                                        feature: Optional[str]) -> None:
    record = place(run(sentence, "1987-04-01"), name)
    assert (record and record["feature"]) == feature
