"""Places the gazetteer cannot resolve: real ones it now finds by their English names (regions, counties, seas),
and names without coordinates, which are places only on the article's evidence. Real BBC sentences."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from spacy.tokens import Doc


def place(doc: Doc, name: str) -> Optional[dict[str, Any]]:
    """The record with a mention written ``name``."""
    return next((record for record in doc._.places
                 if any(mention["text"] == name for mention in record["mentions"])), None)


# Real places named in English where GeoNames keeps the local form, British counties (GeoNames' second-order
# divisions), and seas and regions spanning countries: each a record with coordinates.
RESOLVED = [
    # bbc/business/472.txt
    ("Other projects included a petrochemicals plant and a port in Fujian.", "Fujian", "CN"),
    # bbc/sport/128.txt
    ("Smith will be absent for the final sessions, however, as he is due to fly out to Sardinia on Wednesday to "
     "watch Italy's friendly with Russia.", "Sardinia", "IT"),
    # bbc/politics/308.txt
    ("Educated at Eton, and at New College, Oxford, he served in the Scots Guards from 1941 to 1945 and was "
     "wounded in tanks in Normandy.", "Normandy", "FR"),
    # bbc/entertainment/283.txt
    ("The event, which is in its 10th year, will be held at two venues - Hylands Park in Essex and Weston Park "
     "in Staffordshire on 20 and 21 August.", "Staffordshire", "GB"),
    # bbc/politics/125.txt
    ("John Houston, 54, was due to stand in the East Kilbride seat in Lanarkshire at the next election.",
     "Lanarkshire", "GB"),
    # bbc/politics/412.txt
    ("As well as for English county councils, polls for unitary authorities at Bristol, Isle of Wight and "
     "Stockton-on-Tees and mayors at Doncaster, Hartlepool, North Tyneside and Stoke-on-Trent are also scheduled "
     "for 5 May.", "North Tyneside", "GB"),
    # bbc/business/378.txt
    ("Analysts say thay may not happen as Russia, the world's leading gas producer, needs the cheap Turkmen gas "
     "only to relieve is state-owned Gazprom from costly investment in the exploration of oil fields in Siberia.",
     "Siberia", "RU"),
    # bbc/politics/151.txt
    ("The four Britons freed from US custody in Guantanamo Bay are expected to be allowed a visit by one "
     "relative.", "Guantanamo Bay", "CU"),
    # bbc/business/067.txt
    ("These countries are mainly situated in Sub-Saharan Africa, Latin America and the Caribbean.",
     "Caribbean", None),
    ("These countries are mainly situated in Sub-Saharan Africa, Latin America and the Caribbean.",
     "Latin America", None),
    # bbc/entertainment/020.txt
    ("The portrait is of a young man who was dubbed \"the noble savage\" when he arrived in London from "
     "Polynesia.", "Polynesia", None),
    # reuters21578/articles/17215.txt
    ("Shanxi, Shaanxi, Qinghai, Sichuan and parts of Inner Mongolia.", "Inner Mongolia", "CN"),
]


@pytest.mark.parametrize("sentence, name, country", RESOLVED)
def test_real_place_the_gazetteer_knows_by_another_name_has_coordinates(run, sentence: str, name: str,
                                                                         country: Optional[str]) -> None:
    record = place(run(sentence, "2005-01-01"), name)
    assert record is not None, name
    assert record["latitude"] is not None and record["longitude"] is not None
    assert record["country_code"] == country


# Names the model tags as places that the gazetteer does not know and the article gives no place evidence for
# (or evidence against): software, companies, newspapers, works, people, events, common words.
NOT_PLACES = [
    # bbc/tech/292.txt: a product after 'for'
    ("Last year Microsoft also released the SP2 upgrade for Windows XP that closed many security loopholes in the "
     "software.", "Windows XP"),
    # bbc/business/131.txt: 'trade in' a company
    ("But he said the latest development was simply an interim step to allow foreigners to trade in Gazprom.",
     "Gazprom"),
    # bbc/entertainment/091.txt: a role in a film
    ("British actress Imelda Staunton has again been recognised for her role in Vera Drake, winning best "
     "actress, while Liam Neeson won best actor for Kinsey.", "Vera Drake"),
    # bbc/entertainment/232.txt: a title's capital 'The'
    ("Singer and actor Harry Connick Jr is to star in a Broadway revival of 1950s hit musical The Pajama Game.",
     "Pajama Game"),
    # bbc/entertainment/292.txt: a first name and a surname
    ("Adult actors in the show include Tim Healy as Billy's father and Haydn Gwnne as his dance teacher Mrs "
     "Wilkinson.", "Haydn Gwnne"),
    # bbc/tech/031.txt: a courtesy title
    ("\"By the time they go back, the code has expired, so they can't prove who they are,\" according to Mr Ash.",
     "Mr Ash"),
    # bbc/tech/299.txt: a company after 'at'
    ("\"Net firms are realising that it's not just about anti-virus and firewalls,\" said Paul King, chief "
     "security architect at Cisco.", "Cisco"),
    # bbc/entertainment/009.txt: a newspaper's head word
    ("Writing his Christmas message in the Northern Echo, the Bishop said: \"Conspiracy theories are always "
     "fun.\"", "Northern Echo"),
    # bbc/business/437.txt: a lone direction word
    ("China's tobacco market is increasingly valuable as anti-smoking campaigners target public smoking in the "
     "West.", "West"),
    # bbc/tech/277.txt: an event one competes in
    ("Mr Tansley reckons that the Pro-Shift saves at least 20 seconds per lap when he competes in the Isle of "
     "Man TT.", "Isle of Man TT"),
    # bbc/sport/494.txt
    ("He also coached former number one Ivan Lendl and Pat Rafter to Grand Slam victories and has worked with "
     "Australia's Lleyton Hewitt.", "Grand Slam"),
    # bbc/entertainment/007.txt
    ("Novelist Andrea Levy is favourite to win the main Whitbread Prize book of the year award, after winning "
     "novel of the year with her book Small Island.", "Small Island"),
]


@pytest.mark.parametrize("sentence, name", NOT_PLACES)
def test_unknown_name_without_place_evidence_is_no_place(run, sentence: str, name: str) -> None:
    record = place(run(sentence, "2005-01-01"), name)
    assert record is None or record["latitude"] is not None, record


# Real places the gazetteer does not know, after a preposition of place and with nothing against them: kept,
# without coordinates.
UNKNOWN_PLACES = [
    # bbc/sport/074.txt
    ("Pavey, who came fifth in the 5,000m at the Athens Olympics, helped the British cross country team win the "
     "team silver medal in Heringsdorf last week.", "Heringsdorf"),
    # bbc/entertainment/283.txt
    ("It will be their debut performance at the music event which is held over the weekend of 9 and 10 July in "
     "Balado near Kinross.", "Balado"),
]


@pytest.mark.parametrize("sentence, name", UNKNOWN_PLACES)
def test_unknown_name_after_a_preposition_of_place_stays_a_place(run, sentence: str, name: str) -> None:
    assert place(run(sentence, "2005-01-01"), name) is not None


@pytest.mark.parametrize(
    "text, name",
    [
        # Read by the model's LOC label alone, with no preposition of place, a name the index does not know is far
        # more often a product, a show, a company or a court's district than a place (BBC tech/029, politics/055;
        # Reuters-21578 00278; a web page's US Attorney's statement).
        ("Linux is a freely-available alternative to Microsoft's Windows. It relies on a community of programmers "
         "for its development.", "Windows"),
        ('She told BBC One\'s Breakfast with Frost: "It is really important to support head teachers and teachers '
         'in tackling disruption in the classroom. "', "Breakfast"),
        ("    Some shorter maturities did better. In contrast to the\n10-year NTT and Iceland issues, a five-year six "
         "pct bond for\nHoogovens, traded at 98.40/75 from its 99-1/2 price, thanks\nmainly to its shorter maturity, "
         "dealers said.", "Hoogovens"),
        ("Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to "
         "assault and murder a United States official, and being a felon in possession of firearms, the U.S. "
         "Attorney\u2019s Office for the Western District of New York said in a statement.", "Western District"),
    ],
)
def test_an_unknown_name_the_model_tags_loc_is_no_place_without_a_place_word_or_preposition(run, text, name
                                                                                             ) -> None:
    assert name not in {place["name"] for place in run(text)._.places}


def test_an_unknown_natural_feature_the_model_tags_loc_is_a_place(run) -> None:
    # Reuters-21578 00243
    doc = run("    IRNA said the Iranian troops seized one of the strongest\nIraqi fortifications and breached Iraqi "
              "defence lines southwest\nof Fish Lake, 10 kilometres (six miles) east of Iraq's second\nlargest city "
              "of Basra.")
    assert "Fish Lake" in {place["name"] for place in doc._.places}


@pytest.mark.parametrize("text, written, name", [
    (  # Reuters-21578 00542: wire copy wraps its lines inside a name
        "    Tenneco said it formed a Southern Division responsible for its onshore and offshore\noil and gas "
        "exploration and development activities in the Gulf\nCoast and Gulf of Mexico areas.",
        "Gulf\nCoast", "Gulf Coast"),
])
def test_an_unresolved_place_is_named_in_words(run, text: str, written: str, name: str) -> None:
    found = place(run(text), written)
    assert found is not None and found["name"] == name
