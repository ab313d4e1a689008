"""A country's name before a spokesperson says where the speaker is from, not who speaks: the wire capitalises the
word after 'U.S.', and the model may tag 'U.S. Official' a body's name, but 'A U.S. Official said' is a U.S.
official, never the United States; a body's name there still speaks ('a U.S. Embassy spokesman' is the U.S.
Embassy's).

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_TALKS = (  # Reuters-21578 16970
    "He added that protectionism would hurt the economies of\ntrading nations and said the Reagan Administration would "
    "fight\nprotectionist legislation in the U.S. Congress.\n    Baldrige and China's Foreign Trade Minister Zheng "
    "Tuobin\nwill act as chairmen of the fifth session of a commission on\ncommerce and trade that will review "
    "bilateral trade relations.\n    A U.S. Official said other issues to be raised during\nBaldrige's talks are trade "
    "deficits, which each country says it\nhas with the other, and the problems facing U.S. Companies\ninvesting in "
    "China.\n Reuter\n")

_ICO = (  # Reuters-21578 00628
    "U.S. DELEGATION PLANS TO LEAVE ICO TALKS TUESDAY\n\nThe U.S. Delegation at the International\nCoffee "
    "Organization (ICO) talks on export quotas is planning to\nleave tomorrow morning, but will ask a representative "
    "from the\nU.S. Embassy in London to attend the negotiations if they\ncontinue, a U.S. Spokesman said.\n")

_MISSILES = (  # Reuters-21578 03291
    "U.S., SOVIETS TO RESUME TALKS ON MEDIUM-RANGE MISSILES\n\nAmerican and Soviet arms negotiators will\nresume "
    "talks on curbing medium-range nuclear missiles here\ntomorrow, a U.S. Spokesman said.\n")

_GATT = (  # Reuters-21578 05391
    "The U.S. Government also feels it has a good case to fight\nthe proposed tax in the General Agreement on Tariffs "
    "and Trade\n(GATT), a U.S. Embassy spokesman said.\n")


@pytest.mark.parametrize("text, words", [
    pytest.param(_TALKS, "trade deficits", id="a-US-official"),
    pytest.param(_ICO, "attend the negotiations", id="a-US-spokesman-after-a-headline"),
    pytest.param(_MISSILES, "medium-range nuclear missiles", id="a-US-spokesman"),
])
def test_a_country_before_a_spokesperson_is_no_speaker(run: Callable[..., Doc], text: str, words: str) -> None:
    assert speaker_of(run, text, words) not in {"U.S.", "United States"}


def test_a_country_before_a_spokesperson_is_the_speakers_own_words(run: Callable[..., Doc]) -> None:
    assert speaker_of(run, _TALKS, "trade deficits") == "U.S. Official"


def test_a_body_before_a_spokesperson_still_speaks(run: Callable[..., Doc]) -> None:
    assert speaker_of(run, _GATT, "good case") == "U.S. Embassy"
