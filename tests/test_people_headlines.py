"""People: a wire headline in capitals is no name where the model runs a name into the headline's other words: a name
in capitals holding two words or more that English writes in lowercase, neither a common surname nor a given name,
is the headline's ('U.S. HOUSE OF REPRESENTATIVES DEFEATS REAGAN'S 1988 BUDGET'); a person's name in a headline
stays ('WHITE HOUSE'S BAKER SAYS').

Every text is a real Reuters-21578 headline, its story named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_people_companies import people_mentions


@pytest.mark.parametrize(
    "text, words",
    [
        # Reuters-21578 15654
        ("U.S. HOUSE OF REPRESENTATIVES DEFEATS REAGAN'S 1988 BUDGET\n\n", "DEFEATS"),
        # Reuters-21578 05966
        ("U.S. TREASURY'S BAKER SAYS COMMERCIAL BANK LOANS TO DEVELOPING COUNTRIES TOO SLOW\n\n", "SAYS"),
        # Reuters-21578 17484
        ("FIRST CITY INDUSTRIES SELLS YALE AND NUTONE UNITS FOR 400 MLN DLRS AND SECURITIES\n\n", "SELLS"),
    ],
)
def test_a_headlines_words_are_no_name(run: Any, text: str, words: str) -> None:
    assert not [mention for mention in people_mentions(run(text)) if words in mention]


def test_a_name_in_a_headline_stays(run: Any) -> None:
    # Reuters-21578 00796
    assert "BAKER" in people_mentions(run("WHITE HOUSE'S BAKER SAYS REAGAN TO MEET PRESS \"VERY SOON\"\n\n"))
