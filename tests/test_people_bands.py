"""A music act's name is no person's, though it may be written as one ('Franz Ferdinand', 'Manfred Mann'): a noun
for a band right before it that describes it, a band member's role right after it before the member's name, or a
verb in the plural whose subject it is alone. Every mention then needs a role or other evidence of a person, a given
name not being enough. One word alone in a list whose other items are full names is no surname, but an act's or a
work's name ('Michael Jackson, Aerosmith, Diana Ross'). Sentences verbatim from BBC News."""

import pytest

from extractor import Extractor

BANDS = [
    # BBC entertainment/236: a noun for a band describes it
    ("Scottish rock band Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards.",
     "Franz Ferdinand"),
    # BBC entertainment/253
    ("Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best urban act by "
     "digital TV viewers.", "Franz Ferdinand"),
    # BBC entertainment/131: a band member's role after it, before the member's name
    ("Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians, while taking part "
     "in an Edinburgh Lectures discussion.", "Franz Ferdinand"),
    # BBC entertainment/236: the subject of a verb in the plural
    ("With their self-titled debut, Franz Ferdinand have achieved what most rock bands crave - high credibility and "
     "critical acclaim while also selling stacks of CDs.", "Franz Ferdinand"),
    ("Nevertheless Franz Ferdinand were the only UK band to win an MTV Video Music Award this year, taking the "
     "breakthrough video crown for Take Me Out.", "Franz Ferdinand"),
    # BBC entertainment/253: the subject of a relative clause in the plural
    ("Franz Ferdinand, who were shortlisted in five categories, won best rock act and best British group, an award "
     "they dedicated to late DJ John Peel.", "Franz Ferdinand"),
    # BBC entertainment/253: a band listed with singers is still a band
    ("Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best urban act by "
     "digital TV viewers. Scissor Sisters, Franz Ferdinand, Keane, Joss Stone and McFly were all in the Sound of 2004 "
     "top 10.", "Franz Ferdinand"),
    # BBC entertainment/133: one word alone in a list of full names is an act's name, no surname
    ("Michael Jackson, Aerosmith, Diana Ross, Gloria Estefan and Phil Collins are among the stars who have previously "
     "graced the Super Bowl stage.", "Aerosmith"),
    # BBC entertainment/049: or a work's
    ("Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett Johansson - Racing Stripes "
     "and Assault on Precinct 13.", "Assault"),
]


@pytest.mark.parametrize("text, name", BANDS)
def test_a_band_is_no_person(extractor: Extractor, text: str, name: str) -> None:
    assert name not in [person["name"] for person in extractor.extract(text).people]


PEOPLE = [
    # BBC entertainment/131: the band member named after the band's role
    ("Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians, while taking part "
     "in an Edinburgh Lectures discussion.", "Alex Kapranos"),
    # BBC entertainment/264: people joined by 'and' take the plural
    ("But Elvis Costello, who had four nominations, and Joss Stone and Franz Ferdinand, who were both up for three "
     "awards, got nothing.", "Joss Stone"),
    # BBC entertainment/022: a list the parse did not join shares the verb
    ("Currently, only two out of 16 principal dancers at the Royal Ballet - Darcey Bussell and Jonathan Cope - are "
     "British, compared to 16 of the 21 principals in 1985.", "Jonathan Cope"),
    # BBC entertainment/106: beside another subject, and in the singular elsewhere
    ("The Streets, aka British rapper and songwriter, Mike Skinner have topped a poll to find the year's best album. "
     "Skinner uses blunt beats under streetwise lyrics about such things as falling in love and drink and drugs.",
     "Mike Skinner"),
    # BBC entertainment/188: people a band's noun describes together
    ("Ice skating duo Jayne Torvill and Christopher Dean are to front a similar celebrity ice dance show for ITV, "
     "titled Stars on Thin Ice.", "Jayne Torvill"),
    # BBC entertainment/133: the first of a list the parse set off
    ("Michael Jackson, Aerosmith, Diana Ross, Gloria Estefan and Phil Collins are among the stars who have previously "
     "graced the Super Bowl stage.", "Michael Jackson"),
    # BBC entertainment/253: the subject of an inverted question
    ("Also, why weren't the Stones there, David Bowie, etc, there are so many greater songs than Angels.",
     "David Bowie"),
]


@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_beside_a_band_stay(extractor: Extractor, text: str, name: str) -> None:
    assert name in [person["name"] for person in extractor.extract(text).people]
