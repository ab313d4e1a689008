"""Numbers: a coin after its country's word is that country's money, as the bare coin is money ("64 Canadian cts a
barrel": CAD cents; "48 U.S. Cents": USD), not a count of nothing.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted, currency", [
    # reuters/03303
    ("Petro-Canada, the state-owned oil\ncompany, said it raised the contract price it will pay for\ncrude oil 64 "
     "Canadian cts a barrel, effective March six.", "64", "CAD"),
    # reuters/03189
    ("Shell Canada, a wholly owned subsidiary\nof the Royal Dutch/Shell Group <RD> said that it raised crude\noil prices "
     "by about 47 Canadian cts a barrel today.", "about 47", "CAD"),
    # reuters/03183
    ("The new price for continuous\ngalvanizing grade alloyed with controlled lead and aluminum\nadditions is 37-3/4 "
     "U.S. cts and 50-1/4 Canadian cts a pound.", "37-3/4", "USD"),
    # reuters/07043
    ("Muldoon said in a speech last night the exchange rate\nshould be around 48 U.S. Cents instead of the current 57 "
     "cents.", "around 48", "USD"),
])
def test_a_coin_after_its_countrys_word_is_that_countrys_money(extractor: Any, text: str, wanted: str,
                                                               currency: str) -> None:
    found = figure(extractor, text, wanted)
    assert (found["kind"], found["unit"], found["currency"]) == ("money", "cent", currency)
