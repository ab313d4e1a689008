"""Ages a working life ends at: a bare whole number that a preposition of "retire" or "work" takes ("force workers to
retire before 65"), or that bounds the move of an age ("raising the mandatory retirement age ... from 60 to 65"), is
an age in years, not a count.

Every sentence is real news: BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_changes import number

# (sentence, number)
AGES = [
    # bbc/business/382
    ("Employers will no longer be able to force workers to retire before 65, unless they can justify it.", "65"),
    ("Under age discrimination proposals from the Department of Trade and Industry last year workers were to be "
     "allowed to work on till 70 if they wished.", "70"),
    # bbc/politics/132
    ("\"We're sweeping them away entirely for people under 65, and we're giving those above that age a right to "
     "request to work past 65 which their employers will have to engage with seriously.", "65"),
    # bbc/politics/042: the object and the subject of a move of an age
    ("They believe the plans include raising the mandatory retirement age for public service workers from 60 to 65.",
     "60"),
    ("They believe the plans include raising the mandatory retirement age for public service workers from 60 to 65.",
     "65"),
    ("\"To maintain the long-term affordability of our pension scheme, the government announced in its Green Paper "
     "on pensions that pension age would rise from 60 to 65.\"", "65"),
]


@pytest.mark.parametrize("sentence, text", AGES)
def test_the_age_a_working_life_ends_at_is_an_age(extractor: Any, sentence: str, text: str) -> None:
    found = number(extractor, sentence, text)
    assert (found["kind"], found["unit"]) == ("age", "years")
