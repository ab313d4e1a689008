"""People: a firm the article calls by the noun for its kind is no person, wherever that noun stands before it: before
the first name of a list ('companies Gizmondo and Tapwave Zodiac'), before a wire's line break, or before a name
opening with a given name that no verb follows ('firm Furman Selz Mager Dietz and Birney'); the firm's name
shortened later is no person either ('the Furman Selz report'), nor is a name before a post only a body has and its
holder's name ('Stad Rotterdam chairman Lucas van Leeuwen'). A person named after a noun that is the object of
their clause stays ('the company Richard Branson founded', tests/test_people.py).

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_people_companies import people_mentions


@pytest.mark.parametrize(
    "text, firms",
    [
        # bbc/tech/153.txt: the second name of the list the noun describes
        ("Sony will enter the market later this year with its PlayStation Portable, while start-up companies "
         "Gizmondo and Tapwave Zodiac are also offering hybrid devices.", {"Tapwave Zodiac"}),
        # bbc/business/261.txt
        ("In Indonesia, shares in state construction companies Adhi Karya and Semen Gresik have jumped sharply this "
         "week.", {"Adhi Karya", "Semen Gresik"}),
        # reuters21578 06202: the firm named in full, then by its first words
        ("Shares of Reynolds Metals Co rose\nsharply after Wall Street firm Furman Selz Mager Dietz and\nBirney issued "
         "a report focusing on the strong earnings\npotential from the company's Australian gold holding, traders\n"
         "familiar with the report said.\n    Traders said the Furman Selz report indicates that gold was\ndiscovered "
         "mixed with bauxite in the Boddington mine.", {"Furman Selz Mager Dietz", "Furman Selz"}),
        # reuters21578 04364: the noun before a line break, and the name later written with a hyphen
        ("NORD EST PLANS 400 MLN FRANC BOND ISSUE\n\nFinancial and industrial holding company\nNord Est plans to make "
         "a convertible bond issue for a total of\n400 mln francs, President Gustave Rambaud said.\n    He told a "
         "news conference Nord-Est expected to receive\napproval from the Bourse supervisory body COB in the next two"
         "\nweek.", {"Nord Est", "Nord-Est"}),
        # reuters21578 17907: a name before a chairman and his name, then as an owner
        ("    Stad Rotterdam chairman Lucas van Leeuwen told Reuters it\nmay raise its stake to a majority interest if "
         "the two companies\nare found to be sufficiently compatible.\n    Stad Rotterdam's premium income in 1986 "
         "was 1.17 billion\nguilders, making it the fifth largest Dutch insurer.", {"Stad Rotterdam"}),
    ],
)
def test_a_firm_the_article_calls_by_its_kind_is_no_person(run: Any, text: str, firms: set[str]) -> None:
    assert not firms & people_mentions(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # reuters21578 04364: the firm's president stays beside the firm
        ("Financial and industrial holding company\nNord Est plans to make a convertible bond issue for a total of\n"
         "400 mln francs, President Gustave Rambaud said.", "Gustave Rambaud"),
        # reuters21578 09722: the expert named before the firm he works at
        ("Brian Waterhouse, a banking\nexpert at brokerage James Capel in Tokyo, told Reuters.", "Brian Waterhouse"),
    ],
)
def test_a_person_beside_the_firm_stays(run: Any, text: str, person: str) -> None:
    assert person in people_mentions(run(text))
