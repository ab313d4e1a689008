"""Places: a name the model tags a place that reads only as a small town abroad (under 100,000 people, in a country
the article names nowhere else, with no region or country qualifying it) is a place only where the words before it
settle it there ('in Embu', 'near Winnemucca', 'the town of ...'): otherwise such a reading is nearly always a firm,
a product, a part of a city or a common word the model took for a town ('joint-bookrunner Warburg Securities',
'the film rights from Paramount', 'London's West End', 'Santa hats', 'Firefox and Opera', 'at Tata').

Texts come from the BBC News and Reuters-21578 corpora (source named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

CASES = [
    # (text, the name, the place it resolves to, or None when no place)
    pytest.param(  # Reuters-21578 00414
        "Caisse Centrale Desjardins du Quebec is\nissuing a 10 billion yen step-up eurobond maturing on March 25,\n"
        "1992 and priced at 101-3/4 pct, joint-bookrunner Warburg\nSecurities said.",
        "Warburg", None, id="a-bank"),
    pytest.param(  # BBC entertainment/003
        "He later secured the film rights from Paramount, enabling them to use the title It's A Wonderful Life.",
        "Paramount", None, id="a-studio"),
    pytest.param(  # BBC entertainment/005
        "The stage adaptation of children's film Mary Poppins has had its opening night in London's West End.",
        "West End", None, id="part-of-a-city"),
    pytest.param(  # BBC entertainment/036
        "Hundreds of fans greeted the star, all wearing Santa hats, and mince pies were on offer.",
        "Santa", None, id="a-common-word"),
    pytest.param(  # BBC tech/020
        "The current version of Internet Explorer is four years old, and is widely seen as falling behind rivals such "
        "as Firefox and Opera.",
        "Opera", None, id="a-product"),
    pytest.param(  # BBC sport/019
        "The camp in Embu was to prepare for the IAAF World Cross Country Championships later this month.",
        "Embu", "Embu", id="in-a-town"),
    pytest.param(  # BBC tech/032
        "That was one of the messages from the mobile industry at the 3GSM World Congress in Cannes last week.",
        "Cannes", "Cannes", id="in-a-resort"),
    pytest.param(  # BBC politics/040
        "Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention had driven four of the "
        "detainees to \"madness\", saying two were being held in Broadmoor hospital.",
        "Broadmoor", None, id="in-a-hospital-named-for-it"),
    pytest.param(  # BBC entertainment/346
        "Ms Craymer remortgaged her home to finance her idea of a musical based around Abba's hits, which has since "
        "become a global triumph.",
        "Abba", None, id="around-what-a-name-owns"),
    pytest.param(  # BBC tech/006
        "A network of community computer centres, linked by wireless technology, is providing a helping hand for "
        "poor farmers in Peru.\n\nThe pilot scheme in the Huaral Valley, 80 kilometres north of the capital Lima, "
        "aims to offer the 6,000-strong community up-to-date information on agricultural market prices and "
        "trends.\n\nThe Cepes researcher recalls what happened in Cuyo, a 50-family community with no electricity, "
        "during the construction of the local telecentre site.",
        "Cuyo", None, id="a-village-of-the-story-s-one-country"),
]


@pytest.mark.parametrize(("text", "name", "place"), CASES)
def test_a_small_town_abroad_needs_words_that_settle_it_there(
    run: Callable[..., Doc], text: str, name: str, place: Optional[str]
) -> None:
    found = [p["name"] for p in run(text)._.places if any(m["text"] == name for m in p["mentions"])]
    assert found == ([place] if place else [])
