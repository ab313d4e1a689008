"""What a count of "the number of X" counts: X, as "81,000 cars" counts cars, where the count is what "the number of
X" moved to, moved from or reaches.

Every sentence is real news: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (sentence, number, counted)
NUMBER_OF = [
    # bbc/entertainment/046: a result and its start
    ("The number of Japanese films released rose to 310 in 2004 from 287 the previous year.", "310",
     "Japanese films"),
    ("The number of Japanese films released rose to 310 in 2004 from 287 the previous year.", "287",
     "Japanese films"),
    # bbc/business/019: the object of a transitive change
    ("The government hopes to increase the number of mobile users from 95 million to between 200 and 250 million "
     "by 2007.", "between 200 and 250 million", "mobile users"),
    # reuters/00172: a level verb's subject
    ("The number of federally insured banks to fail so far this\nyear now totals 32, the FDIC said.", "32",
     "insured banks"),
]


@pytest.mark.parametrize("sentence, text, counted", NUMBER_OF)
def test_a_count_of_the_number_of_things_counts_the_things(extractor: Any, sentence: str, text: str,
                                                           counted: str) -> None:
    assert number(extractor, sentence, text)["counted"] == counted
