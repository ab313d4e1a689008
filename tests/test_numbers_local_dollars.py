"""Numbers: a bare dollar ("16.2 mln dlrs") in a story that has named only another country's dollar before it is that
dollar, not the U.S. one; a figure that shares its terms takes it too ("from 7.20 billion dlrs ... compared with 3.03
billion"). A dollar the wire marks as the U.S. one after the word ("6 mln dlrs (U.S.)") stays the U.S. dollar.

Sentences come from the Reuters-21578 corpus (article named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

LOCAL = [
    # (text, the number's words, its currency)
    pytest.param(  # Reuters-21578 00079
        "Quebecor, which had revenues of 446 mln Canadian dlrs\nlast year and profit of 16.2 mln dlrs, already "
        "publishes three daily\nnewspapers.", "16.2 mln dlrs", "CAD", id="canadian-then-bare"),
    pytest.param(  # Reuters-21578 06901
        "Teleglobe said its estimated cost in the project is 78.2\nmln Canadian dlrs, of which 23.7 mln dlrs is "
        "recoverable from\nthe eventual sale of cable circuits.", "23.7 mln dlrs", "CAD", id="of-which"),
    pytest.param(  # Reuters-21578 00299: a results table
        "Shr 3.25 H.K. Dlrs vs 1.40\n    Final div 52 cents vs 38, making 75 cents vs 57\n    Net 1.28 billion dlrs "
        "vs 551.7 mln", "1.28 billion dlrs", "HKD", id="results-table"),
    pytest.param(  # Reuters-21578 00048: the figure compared with takes the same dollar
        "New Zealand's official foreign\nreserves fell to 7.15 billion N.Z. Dlrs in January from 7.20\nbillion dlrs "
        "in December and compared with 3.03 billion a year\nago period, the Reserve Bank said in its weekly "
        "statistical\nbulletin.", "3.03 billion", "NZD", id="shared-by-a-bare-figure"),
    pytest.param(  # Reuters-21578 08009: the U.S. dollar named after the word
        "The waterway is expected to lose 9-10 mln Canadian dlrs\nthis year.\n    The association said its members "
        "recorded about a 6 mln dlrs\n(U.S.) loss in each of 1985 and 1986 due to lower traffic.", "6 mln dlrs",
        "USD", id="us-after-the-word"),
]


@pytest.mark.parametrize(("text", "words", "currency"), LOCAL)
def test_a_bare_dollar_after_another_countrys_dollar_is_that_dollar(
    run: Callable[..., Doc], text: str, words: str, currency: str
) -> None:
    found = [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]
    assert [n["currency"] for n in found] == [currency]
