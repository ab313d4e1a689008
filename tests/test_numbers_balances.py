"""A scaled figure that a loss, profit, surplus or deficit takes as its value is money, its currency left unsaid
where the sentence does not name it ("a profit of 329 mln", "the 1985 net profit was 2.72 billion"), as a scaled
figure before one is ("a 226 mln loss")."""

from __future__ import annotations

from typing import Any

import pytest

BALANCES = [
    # Reuters-21578 02435: the value of "a profit of"
    ("In 1982 it posted a profit of 329 mln.", "329 mln", "profit"),
    # Reuters-21578 01919: the value a copula gives a net profit
    ("The 1985 net profit was 2.72 billion.", "2.72 billion", "net profit"),
]


@pytest.mark.parametrize("text, wanted, counted", BALANCES)
def test_a_scaled_balance_of_the_accounts_is_money(extractor: Any, text: str, wanted: str, counted: str) -> None:
    number = next(n for n in extractor.extract(text).numbers if n["text"] == wanted)
    assert (number["kind"], number["counted"], number["currency"]) == ("money", counted, None)
