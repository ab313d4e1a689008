"""A stock index is no organization: a mention of an index's name before its number, an index word or a move in
percent or points ('Nikkei 225', 'the Dow Jones Industrial Average', 'the Nikkei down 1%'); the same names stay
bodies elsewhere ('a Nikkei conference', 'Dow Chemical Co said').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# html-articles ...a0a72059244e7ca (a web page, Reuters)
MARKETS = ("The U.S. benchmark S&P 500 index was little changed, the blue-chip Dow Jones Industrial Average fell and the "
           "Nasdaq rose, all having hit record intraday highs earlier in the session. MSCI’s broadest index of "
           "Asia-Pacific shares outside Japan .MIAPJ0000PUS closed 0.68% higher, while Japan’s Nikkei futures NKc1 lost "
           "0.66%.")


def mentions(doc: Any) -> list[str]:
    return [mention["text"] for record in doc._.organizations for mention in record["mentions"]]


@pytest.mark.parametrize(
    "text, index",
    [
        # BBC business/046
        ("The comparatively weak economic date preyed on shares with the Nikkei down 1% in afternoon trade.", "Nikkei"),
        # Reuters-21578 00285
        ("    Open interest in the Nikkei Stock Average contract passed\n2,000 contracts for the first time, to hit a "
         "record high 2,697\non February 26.\n", "Nikkei"),
        # html-articles ...da61e455f42208d (a web page, CNN)
        ("Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.", "Nikkei"),
        (MARKETS, "Dow Jones"),
        (MARKETS, "Nikkei"),
    ],
)
def test_a_stock_index_is_no_body(run: Any, text: str, index: str) -> None:
    assert index not in mentions(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # Reuters-21578 05008
        ("    Howard told a Nikkei conference on Tokyo financial markets\n\"I want to see an agreement between us on "
         "what progress is to be\nmade and the rate at which it will happen.\"\n", "Nikkei"),
        # Reuters-21578 00394
        ("Dow Chemical Co said it will issue\n200 mln Swiss franc-denominated bonds worth about 130 mln dlrs\nU.S. at "
         "current exchange rates.\n", "Dow Chemical Co"),
    ],
)
def test_the_names_stay_bodies_elsewhere(run: Any, text: str, body: str) -> None:
    assert body in mentions(run(text))
