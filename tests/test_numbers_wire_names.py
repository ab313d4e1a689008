"""Numbers: the wire's names for currencies and stock indexes.

A currency named by its country's short form is that country's ("17.18 billion N.Z. Dlrs" is NZD, "2.14 billion
Taiwan dlrs" TWD, "Aus dlrs" AUD), not the US dollar; the number closing an index's name spelled out is no amount
("the Standard and Poor's 500 Index"); "won" is the Korean currency only after a scale ("6.91 billion won"), for
"Halo 2 won" is a verb.

Every excerpt is real news, its line breaks as the wire has it: Reuters-21578 (reuters/NNNNN), BBC News (bbc/...).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest


def figure(extractor: Any, text: str, wanted: str) -> Optional[dict[str, Any]]:
    return next((n for n in extractor.extract(text).numbers if " ".join(n["text"].split()).startswith(wanted)), None)


@pytest.mark.parametrize("text, wanted, value, currency", [
    # reuters/00100
    ("    Total deposits rose to 17.18 billion N.Z. Dlrs in January\ncompared with 16.74 billion in December and "
     "13.16 billion in\nJanuary 1986.", "17.18 billion", 17_180_000_000, "NZD"),
    ("    Total deposits rose to 17.18 billion N.Z. Dlrs in January\ncompared with 16.74 billion in December and "
     "13.16 billion in\nJanuary 1986.", "13.16 billion", 13_160_000_000, "NZD"),
    # reuters/00289
    ("The Central Bank issued 2.14 billion\nTaiwan dlrs of certificates of deposit (CD), bringing the total\nso far "
     "this year to 86.21 billion, a bank official told\nReuters.", "2.14 billion", 2_140_000_000, "TWD"),
    # reuters/00323
    ("    Its domestic borrowings however rose to 105.2 billion\ntaiwan dlrs from 80.6 billion in the same period, he "
     "added.", "80.6 billion", 80_600_000_000, "TWD"),
])
def test_a_currency_named_by_its_countrys_short_form(extractor: Any, text: str, wanted: str, value: float,
                                                     currency: str) -> None:
    found = figure(extractor, text, wanted)
    assert found is not None and (found["value"], found["kind"], found["currency"]) == (value, "money", currency)


@pytest.mark.parametrize("text", [
    # reuters/04863
    "The stock are now expected to match the Standard and Poor's 500\nIndex, rather than outperform the index as "
    "previously expected.",
    # reuters/07236
    "The Chicago Mercantile Exchange's\nboard of the directors has decided to drop a proposal to place\na limit on "
    "daily price movements of its Standard and Poor's 500\nfutures contract, CME President William Brodsky said.",
])
def test_an_index_spelled_out_is_no_amount(extractor: Any, text: str) -> None:
    assert figure(extractor, text, "500") is None


# reuters/00438
SAMSUNG = ("Div 50 won vs 50 won\n    Net profit 6.91 billion won vs 6.10 billion\n    Sales 4,275.4 billion vs "
           "3,801,7 billion\n    Note - Company has set 1987 sales target of 4,800 billion\nwon.\n Reuter\n")


@pytest.mark.parametrize("wanted, value", [("6.91 billion", 6_910_000_000), ("6.10 billion", 6_100_000_000),
                                           ("4,800 billion", 4_800_000_000_000)])
def test_won_after_a_scale_is_koreas_currency(extractor: Any, wanted: str, value: float) -> None:
    found = figure(extractor, SAMSUNG, wanted)
    assert found is not None and (found["value"], found["kind"], found["currency"]) == (value, "money", "KRW")


def test_won_after_a_bare_figure_is_the_verb(extractor: Any) -> None:
    # bbc/tech/057
    text = ("Halo 2 won the best Xbox game category, while Prince of Persia: Warrior Within was adjudged the best "
            "GameCube title.")
    assert all(n["currency"] != "KRW" for n in extractor.extract(text).numbers)
