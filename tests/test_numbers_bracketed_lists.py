"""Numbers: each sum of a list in one bracket after money, in other currencies, restates it and counts what it
counts ("a capitalisation of £5.7bn ($10.7bn; 8.2bn euros)": all three count the capitalisation), as one sum in
brackets already did ("an $11bn (£5.7bn) accounting fraud").

Every excerpt is real news: BBC News (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, sums, counted", [
    # bbc/business/005
    ("In terms of market value, Pernod - at 7.5bn euros ($9.7bn) - is about 9% smaller than Allied Domecq, which has "
     "a capitalisation of £5.7bn ($10.7bn; 8.2bn euros).", ("£5.7bn", "$10.7bn", "8.2bn euros"), "capitalisation"),
    # bbc/business/017
    ("Its pre-tax earnings in the fourth quarter were 77m euros (£53m; $100m), up from 38m in the same period of "
     "2003.", ("77m euros", "£53m", "$100m"), "pre-tax earnings"),
    # bbc/business/048
    ("The firm gained protection from creditors in 2003 after revealing debts of 14bn euros ($18.34bn; £9.6bn).",
     ("14bn euros", "$18.34bn", "£9.6bn"), "debts"),
    # bbc/business/050
    ("Revenue dipped 1.4% to 86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004 as sales of ice cream and mineral water "
     "were dampened by the wet summer.", ("86.7bn Swiss francs", "$74.6bn", "£39.1bn"), "Revenue"),
])
def test_each_sum_of_a_bracketed_list_counts_what_the_sum_before_it_counts(extractor: Any, text: str,
                                                                           sums: tuple[str, ...], counted: str) -> None:
    found = {n["text"]: n["counted"] for n in extractor.extract(text).numbers}
    assert [found.get(s) for s in sums] == [counted] * len(sums)
