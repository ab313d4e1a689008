"""What a growth figure counts.

A change noun that names a quantity of its own ("growth") is what its figure measures when nothing else is named
("sales growth of 8%": sales growth); other change nouns name no quantity ("a 5.4 pct rise in December" says
nothing of what rose).

Every sentence is real news: Reuters-21578 (reuters/NNNNN) and BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_numbers_changes import number

# (sentence, number, counted)
GROWTH = [
    # bbc/business/040
    ("The firm, reporting its first annual results since listing on the London Stock Exchange in June, said the UK "
     "market had seen sales growth of 8% last year.", "8%", "sales growth"),
    # bbc/business/001
    ("For 2005, TimeWarner is projecting operating earnings growth of around 5%, and also expects higher revenue "
     "and wider profit margins.", "around 5%", "operating earnings growth"),
    # bbc/business/023: the figure premodifies the noun
    ("Also on Friday, France's industrial output for December was released, showing 0.7% growth.", "0.7%",
     "growth"),
    # reuters/00235
    ("It compares with 1.9 pct growth in 1985 and 6.7 pct\nin 1984.", "1.9 pct", "growth"),
    # reuters/00054: a rise names no quantity of its own
    ("He also noted that there was a 6.9 pct drop in January\nshipments, compared with a 5.4 pct rise in December.",
     "5.4 pct", None),
]

@pytest.mark.parametrize("sentence, text, counted", GROWTH)
def test_growth_counts_itself_when_nothing_else_is_named(extractor: Any, sentence: str, text: str,
                                                        counted: Optional[str]) -> None:
    assert number(extractor, sentence, text)["counted"] == counted

