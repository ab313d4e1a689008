"""Initials of three letters or more with no type whose letters the article spells out elsewhere in a lowercase noun
phrase ('foreign direct investment' beside 'The FDI relaxation') are no evidence of a body by their capitals: the
phrase is what they stand for, a thing. The phrase opens a run of adjectives and nouns and ends in a noun, so chance
words spell nothing; two letters are spelled by chance too often ('assistant coach' beside a dateline's '(AP)').

Every passage is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

THINGS = [
    # BBC business/019
    ("India has raised the limit for foreign direct investment in telecoms companies from 49% to 74%. \"The FDI "
     "relaxation coupled with rapid local market growth could really ignite interest in the Indian telecoms market,\" "
     "said Gartner's principal analyst Kobita Desai.", "FDI"),
    # BBC business/068
    ("India has cleared a proposal allowing up to 100% foreign direct investment in its construction sector. "
     "However, Chittabrata Majumdar, general secretary of the Centre of Indian Trade Unions (CITU), said allowing FDI "
     "in the country is compromising India's own \"self reliance\".", "FDI"),
    # BBC tech/294
    ("Next generation DVDs will also be able to store images and other data. CES is the largest consumer electronics "
     "show in the world, and runs from 6 to 9 January.", "CES"),
    # BBC politics/115
    ("Professor Allsop said: \"Reducing the limit from 80mg to 50mg can be expected to save around 65 lives a year or "
     "around half of those who die in accidents where the driver's BAC [blood alcohol content] is within 30mg of the "
     "current limit.\"", "BAC"),
]


def mention_texts(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize("text, initials", THINGS)
def test_initials_spelled_out_elsewhere_in_lowercase_are_no_body(run: Any, text: str, initials: str) -> None:
    assert initials not in mention_texts(run(text))


def test_two_letters_spelled_by_chance_stay_a_body(run: Any) -> None:
    # html-articles eecd2575...ea72 (a web page on a basketball game)
    doc = run("LeBron sets triple-double mark, Lakers hold off OKC 112-107\nLOS ANGELES (AP) — To LeBron James, "
              "triple-doubles are not a goal.\nThey are only a side effect of the consistent, brilliant all-around "
              "play he has been dishing out for 17 NBA seasons, with no slowdown in sight.\nJames is fifth in NBA "
              "history with 86 triple-doubles, but the four players in front of him — Oscar Robertson, Russell "
              "Westbrook, Lakers great Magic Johnson and Lakers assistant coach Jason Kidd — hadn’t done it against "
              "30 teams.")
    assert "AP" in mention_texts(doc)
