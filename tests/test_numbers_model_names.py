"""Numbers: a figure that is part of a name or a phone number is no quantity. One or two digits above one right after
a name, before a singular noun they cannot count, belong to a product's or a programme's name ("the Artemis 3
mission", "an 87W Thunderbolt 3 dock", "Wi-Fi 6 support"), and so does a "1" after a name a determiner opens ("the
uncrewed Artemis 1 test flight"), while a player's "1 goal" and "2 goals" count; a figure
after digit groups one of which opens with a zero is the end of a phone number ("telephoning 0800 028 9276").

Sentences come from the html corpus and the BBC News corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

NAMES = [
    # (text, the words no number may be read from)
    pytest.param(  # html corpus c00962 (NASA's Artemis programme)
        "At current rates, Bridenstine said, there will be three SLS rockets produced by 2024: one for the uncrewed "
        "Artemis 1 test flight, the second for the first crewed Orion flight, Artemis 2 in 2022, and then the Artemis "
        "3 mission in 2024 that would take astronauts to the lunar Gateway, and from there to the surface of the "
        "Moon.", "3 mission", id="programme-name"),
    pytest.param(  # html corpus c00962: "1" too, where a determiner opens the name's phrase
        "At current rates, Bridenstine said, there will be three SLS rockets produced by 2024: one for the uncrewed "
        "Artemis 1 test flight, the second for the first crewed Orion flight.", "1 test flight",
        id="programme-name-one"),
    pytest.param(  # html corpus 65bf30 (MacBook Pro review)
        "In our testing, with a two-hour load on the MacBook Pro using both the CPU and GPU, an 87W Thunderbolt 3 dock "
        "or power adapter still drained the battery to the tune of about 4% per hour.", "3 dock", id="product-name"),
    pytest.param(  # html corpus cc4aa2
        "iPhone 11, iPhone 11 Pro, and iPhone 11 Pro Max are the first Apple devices with Wi-Fi 6 support built-in, "
        "and we’re sure to see more Apple hardware join next year.", "6 support", id="standard-name"),
    pytest.param(  # BBC tech/015
        "Consumers can order a new cable from the Xbox website or by telephoning 0800 028 9276 in the UK.", "9276",
        id="phone-number-groups"),
]


@pytest.mark.parametrize(("text", "words"), NAMES)
def test_a_figure_in_a_name_or_a_phone_number_is_no_number(run: Callable[..., Doc], text: str, words: str) -> None:
    assert [n["text"] for n in run(text)._.numbers if n["text"] == words] == []


def test_a_players_goals_after_the_name_count(run: Callable[..., Doc]) -> None:
    # html corpus 664ef4c (high-school results)
    text = ("Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists. Christian Watts 1 goal. "
            "Mekhi Robinson 1 goal, 1 assist.")
    found = [n["text"] for n in run(text)._.numbers]
    assert "2 goals" in found and "1 goal" in found
