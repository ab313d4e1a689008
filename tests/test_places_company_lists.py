"""A town's name in a list of three or more whose other items are a company and no place is a company ('players
made by Samsung, Rio and Creative'), and a region's or a town's whose other items are a person and no place is a person
('LL Cool J, DMX, Ludacris, Ja Rule and Ashanti'); a dateline's capitals and a list holding other places stay places."""

import pytest

AMONG_COMPANIES = [
    (  # BBC tech/298
        "The service can be used on players that support Microsoft Windows latest Digital Rights Management "
        "technology known as Janus. This includes players made by Samsung, Rio and Creative.",
        "Rio",
    ),
    (  # BBC business/039
        "Anheuser-Busch, Heineken and Scottish & Newcastle have all invested in the Chinese beer industry in the "
        "last two years and now Illva Saronno is betting on the Chinese wine market.",
        "Newcastle",
    ),
    (  # Reuters-21578 00326
        "    The issue will be co-led by Banque Nationale de Paris,\nCaisse Nationale de Credit Agricole and the "
        "Societe\nMarseillaise de Credit.",
        "Paris",
    ),
    (  # saved web page 2f42ef1d
        "Now they’re starting to get attention here in the US, with names like Chime, Varo, SoFi, Current, GoBank, "
        "and even—heaven help us—booyah!.",
        "SoFi",
    ),
]


AMONG_PEOPLE = [
    (  # BBC entertainment/117: the singer, no region of Ghana
        "Def Jam's artists include LL Cool J, DMX, Ludacris, Ja Rule and Ashanti.",
        "Ashanti",
    ),
]


@pytest.mark.parametrize("text, word", AMONG_COMPANIES + AMONG_PEOPLE)
def test_a_town_listed_among_companies_or_people_is_no_place(run, text, word) -> None:
    mentions = [mention["text"] for place in run(text)._.places for mention in place["mentions"]]
    assert word not in mentions, mentions


def test_a_dateline_run_into_the_story_stays_a_place(run) -> None:
    # saved web page c69e539d (Ascom press release)
    doc = run("\xa0\nBAAR, SWITZERLAND\nAscom, a global solutions provider focused on healthcare ICT and mobile "
              "workflow solutions, announced a new North American integrated clinical alarm management solution with "
              "Dräger, a global producer of medical and safety technology.")
    assert "BAAR" in [mention["text"] for place in doc._.places for mention in place["mentions"]]
