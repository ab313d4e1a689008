"""Reporting verbs under a verb that only asks or wishes for the statement ('He urged the chancellor to admit
...', 'many in France would prefer Turkey to admit that ...', 'were pressing the government to explain how ...')
report nothing said: the clause is what someone wants said, in no one's mouth yet (the urging itself is the
urger's: test_quotes_object_claims.py). A verb that says the statement was made ('The pressure prompted the prime
minister to say ...') still reports it.

Sentences come from the BBC News and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words", [
    pytest.param(  # BBC politics/035: what France would prefer Turkey to admit
        "And many in France would prefer Turkey to admit that World War I-era killing of Armenians constituted "
        "genocide.",
        "World War I-era", id="prefer-someone-to-admit"),
    pytest.param(  # BBC politics/364: what Michael Howard urged the chancellor to admit
        "Mr Brown's Budget was not about what was good for the country, but \"all about the interests of the "
        "Labour party,\" the Tory leader said after mockingly welcoming the chancellor back to the election "
        "campaign. He went on to accuse Mr Brown of giving with one hand while taking away with the other. He "
        "urged the chancellor to admit he had been responsible for dragging \"millions of people in to the "
        "net\" to pay stamp duty and inheritance tax.",
        "he had been responsible", id="urged-someone-to-admit"),
    pytest.param(  # Reuters-21578 05190: what the IMF and World Bank press the government to explain
        "ZAMBIA, IMF TALKS HIT PROBLEMS OVER FOOD SUBSIDIES\n\nZambia's talks with the World Bank "
        "and\nInternational Monetary Fund (IMF) on a financial rescue package\nhave run into difficulties on "
        "the issue of food subsidies, an\nofficial newspaper said.\n    The Times of Zambia, which is run by "
        "the ruling United\nNational Independence Party (UNIP), quoted official sources as\nsaying the IMF and "
        "World Bank had refused to continue financing\nfood subsidies and were pressing the government to "
        "explain how\nit proposes to pay for them.",
        "proposes to pay", id="pressing-someone-to-explain"),
])
def test_a_statement_only_asked_for_is_no_quote(run: Callable[..., Doc], text: str, words: str) -> None:
    assert not [q for q in run(text)._.quotes if q["text"].startswith(words)]


def test_a_statement_someone_was_prompted_to_make_is_a_quote(run: Callable[..., Doc]) -> None:
    text = (  # BBC politics/034
        "The pressure prompted the prime minister to say the police and Crown Prosecution Service would be "
        "consulted as part of a review of the law.")
    assert [q for q in run(text)._.quotes if "would be consulted" in q["text"]]
