""""Come down to" before a count of things is "be decided by", no move ("The match came down to two tie-breaks");
before a price it is one ("The price of inkjet printers has come down to as little as £34").

Every sentence is real news: BBC News 2004-2005 (bbc/topic/NNN) and the saved web pages (web/<hash prefix>).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

# (sentence, number, its change's direction or None)
COME_DOWN_TO = [
    # bbc/sport/466
    ("The match came down to two tie-breaks and Moya dominated both, clinching victory on his third match point.",
     "two tie-breaks", None),
    # web/0d4612 (a tennis report)
    ("\"Came down to a few points,\" Opelka said.", "a few points", None),
    # bbc/tech/037: a price did come down
    ("The price of inkjet printers has come down to as little as £34 but it could cost up to £1,700 in running costs "
     "over an 18-month period due to cartridge, a study by Computeractive Magazine revealed last year.", "£34",
     "down"),
]


@pytest.mark.parametrize("sentence, text, direction", COME_DOWN_TO)
def test_come_down_to_a_count_of_things_is_no_move(extractor: Any, sentence: str, text: str,
                                                   direction: Optional[str]) -> None:
    change = number(extractor, sentence, text)["change"]
    assert (change and change["direction"]) == direction
