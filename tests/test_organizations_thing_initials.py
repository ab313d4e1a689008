"""Initials with no type that the article uses anywhere as a thing's are no evidence of a body at any mention: before a
format or part noun they qualify ('the new MEB platform' beside 'The MEB's flexibility', 'RGB lighting' beside
'Monitor with RGB') or coordinated with initials that name no body ('on DVD and VOD', 'a HDMI or DVI monitor'). A
typed body's initials before a format noun stay ('an EU code of conduct').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

THINGS = [
    # html-articles 06ee193d...0e98 (a web page on Volkswagen's concept cars)
    ("Volkswagen’s first ID.3 all-electric car based on the new MEB platform isn’t expected until next year, but the "
     "automaker isn ‘t slowing down on stacking up new potential models. The MEB’s flexibility shows its strength "
     "here, allowing Volkswagen to tinker with the length of its EV and its drivetrain.", "MEB"),
    # html-articles 287e4d9f...0ca4 (a web page of deals)
    ("King of Monitors: 35% Off Dell Alienware AW3418DW 34\" 3440x1440 1900R Curved 4ms 120Hz GSYNC IPS Panel Gaming "
     "Monitor with RGB, Now $649.99\nThis is the lowest price we have ever seen for one of the best 16:9 gaming "
     "monitors out there. Specs include 4ms response time, NVIDIA G-SYNC compatibility, up to 120Hz refresh rate, "
     "and RGB lighting.", "RGB"),
    # html-articles 65bf3048...4a5c (a web page on Thunderbolt docks)
    ("There is no breakout box needed for USB-A connectors, and a peripheral cable or dongle there can be had too, "
     "depending on what you need. Furthermore, if you're considering an external GPU, many of the enclosures have "
     "USB-A and Ethernet ports, in an accessory that costs not much more than a dock does.", "USB-A"),
    # html-articles 65bf3048...4a5c
    ("We've said this before, many times: there is no special hardware required to connect a HDMI or DVI monitor.",
     "DVI"),
    # html-articles 3d8f3404...bbb2 (a web page on a film's song)
    ("“Wild Rose” is now available on DVD and VOD.", "VOD"),
]


def mention_texts(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize("text, initials", THINGS)
def test_initials_used_as_a_things_are_no_body(run: Any, text: str, initials: str) -> None:
    assert initials not in mention_texts(run(text))


def test_a_typed_bodys_initials_before_a_format_noun_stay(run: Any) -> None:
    # BBC politics/058
    doc = run("US officials say they are not satisfied the mechanisms in the EU code of conduct are robust enough to "
              "prevent abuses. In December, the EU pledged to work towards lifting the ban.")
    assert "EU" in mention_texts(doc)
