"""Numbers: a small bare number a person's relative clause says they are ("Jean Mantelet, who is 87, said") is
their age, counting that person; a noun after it counts the noun.

Every excerpt is real news, its line breaks and spacing as the wire has it: Reuters-21578 (reuters/NNNNN) and BBC
News (bbc/<section>/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

AGES = [
    # reuters/19105
    ("    Group president Jean Mantelet, who is 87, said in February\nthat he intended to transfer his 42 pct stake in "
     "Moulinex", "87", "Jean Mantelet"),
    # reuters/16556
    ("vice president Sam Antar, who turns 66 soon, has resigned from", "66", "Sam Antar"),
    # bbc/sport/413
    ("The veteran lock, who is 36 at the end of February, told BBC Wales Scrum V that it is time for him to bring "
     "down the curtain on his 92-cap Wales career.", "36", "veteran lock"),
    # bbc/entertainment/375
    ("He said the singer had visited sexually explicit websites and showed the boy - who was 13 at the time - and "
     "his younger brother", "13", "boy"),
]


@pytest.mark.parametrize("text, wanted, who", AGES)
def test_who_is_n_is_an_age(extractor: Any, text: str, wanted: str, who: str) -> None:
    found = next(n for n in extractor.extract(text).numbers if n["text"] == wanted)
    assert (found["kind"], found["unit"], found["counted"]) == ("age", "years", who)
