"""A name the article writes at its fullest as a work's title is a work's or a character's, no person: a noun for a
work right before it ('rhythm game Donkey Konga', "Hailey's first novel, Runaway Zero-Eight") or what a person does
in the work right after it, before that person's name ('Iris director Sir Richard Eyre', 'Harry Potter director
Alfonso Cuaron'), with no role and nothing a person does at any mention, a given name included. Sentences verbatim
from BBC News."""

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


WORKS = [
    # BBC entertainment/015
    ("Her words were echoed by Iris director Sir Richard Eyre who called Marie Leroi's work \"extraordinarily thought "
     "provoking\".", "Iris"),
    # BBC entertainment/295
    ("Mary Poppins star Dame Julie Andrews watched the hit stage version of her classic film at a charity performance "
     "in London's West End.", "Mary Poppins"),
    # BBC entertainment/028: the other mentions name the film too, without a noun for it
    ("Harry Potter director Alfonso Cuaron has signed a three-year deal with Hollywood studio Warner Brothers, "
     "according to Variety trade magazine.\n\nThe Mexican film-maker, who directed Harry Potter and the Prisoner of "
     "Azkaban, will produce mainstream movies and smaller Spanish-language films. \"We had a wonderful experience with "
     "Alfonso on Harry Potter,\" Warner producer Jeff Robinov told Variety.", "Harry Potter"),
    # BBC entertainment/016
    ("Flight into Danger was adapted to become Hailey's first novel, Runaway Zero-Eight in 1958.",
     "Runaway Zero-Eight"),
    # BBC tech/057
    ("The originality award was won by PlayStation 2 title Singstar while the children's award went to GameCube bongo "
     "rhythm game Donkey Konga.", "Donkey Konga"),
    # BBC entertainment/072: a given name is no evidence of a person in a title
    ("Director Oliver Stone's historical epic Alexander has failed in its bid to conquer the box office, entering the "
     "US film charts at number six.", "Alexander"),
    # BBC entertainment/260: a song's noun the tagger takes for a verb or an adjective after a possessive
    ("New York-born Aguilera reached number one in the UK with her debut hit Genie in a Bottle in October 1999.",
     "Genie"),
    ("Her most recent single, Car Wash, featuring Missy Elliott, reached number four in the UK charts last November.",
     "Car Wash"),
    # BBC entertainment/019, entertainment/299: a character after 'the role of'
    ("Actor Christian Slater is stepping into the role of Tom in the Broadway revival of The Glass Menagerie.", "Tom"),
    ("Freeman, who starred in hit BBC comedy The Office, will play the role of Arthur Dent, who begins his "
     "intergalactic voyage following the destruction of the Earth.", "Arthur Dent"),
]


@pytest.mark.parametrize("text, name", WORKS)
def test_a_work_is_no_person(extractor: Extractor, text: str, name: str) -> None:
    assert name not in [person["name"] for person in extractor.extract(text).people]


PEOPLE = [
    # BBC entertainment/028: the person the work's role belongs to
    ("Harry Potter director Alfonso Cuaron has signed a three-year deal with Hollywood studio Warner Brothers, "
     "according to Variety trade magazine.", "Alfonso Cuaron"),
    # BBC entertainment/306: the film's subject, named in full; the title is only his given name
    ("The eclectic programme contains a wide range of titles, including such Oscar hopefuls as Ray Charles biopic Ray "
     "and Mike Leigh's abortion drama Vera Drake.", "Mike Leigh"),
    # BBC entertainment/297: a person's name before the noun for a work qualifies it, the title follows
    ("Michael Keaton thriller White Noise was second with $24m (£12.8m) despite negative reviews. Martin Scorsese's "
     "Howard Hughes biopic The Aviator came third with $7.6m (£4m) and a total of $42.9m (£22.8m).", "Michael Keaton"),
    # BBC entertainment/260: the singer a song features
    ("Her most recent single, Car Wash, featuring Missy Elliott, reached number four in the UK charts last November.",
     "Missy Elliott"),
    # BBC sport/367: a person's part in a farewell is no character
    ("Lomu, rugby union's first global superstar after his exploits in the 1995 World Cup, said he was proud to be "
     "part of Johnson's farewell.", "Johnson"),
]


@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_beside_a_work_stay(extractor: Extractor, text: str, name: str) -> None:
    assert name in [person["name"] for person in extractor.extract(text).people]
