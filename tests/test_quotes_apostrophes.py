"""Some wire copy types the apostrophe of a possessive 's as a straight double mark ('OPEC"s differentials committee',
'last year"s fall'): such a mark, between a letter and an 's' that ends its word, neither opens nor closes a
quotation, so the words between two of them are no quote, and a real quotation beside them keeps its own marks.

Articles come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from extractor.quotes import pair_quote_marks


@pytest.mark.parametrize("text", [
    pytest.param(  # Reuters-21578 00236
        "    He reaffirmed that the planned meeting March 7 of OPEC\"s\ndifferentials committee has been postponed "
        "until the start of\nApril at the request of certain of the body\"s members.\n    Ecuador\"s deputy energy "
        "minister Fernando Santos Alvite said\nlast Wednesday his debt-burdened country wanted OPEC to assign\na lower "
        "official price for its crude, and was to seek this at\ntalks this month of opec\"s pricing committee.",
        id="opec"),
    pytest.param(  # Reuters-21578 00237
        "    Indonesia, the only Asian member of OPEC and a leading\nprimary commodity producer, has been severely hit "
        "by last year\"s\nfall in world oil prices, which forced it to devalue its\ncurrency by 31 pct in September.\n"
        "    But the U.S. Embassy report says President Suharto\"s\ngovernment appears to be divided over what direction "
        "to lead\nthe economy.",
        id="indonesia"),
    pytest.param(  # Reuters-21578 00232
        "-- were suspended a year ago when prices soared in reaction to\na drought which cut Brazil\"s output by nearly "
        "two thirds.\n    Brazil is the world\"s largest coffee producer and exporter.",
        id="brazil"),
])
def test_a_double_mark_for_an_apostrophe_quotes_nothing(run: Callable[..., Doc], text: str) -> None:
    assert pair_quote_marks(text) == []
    assert [q["text"] for q in run(text)._.quotes if q["kind"] == "direct"] == []


def test_a_quotation_beside_such_marks_keeps_its_own() -> None:
    text = (  # Reuters-21578 00237
        "    \"(It) appears to be nearing a crossroads with regard to\nderegulation, both as it pertains to investments "
        "and imports,\"\nthe report says. It primarily assesses Indonesia\"s agricultural\nsector, but also reviews "
        "the country\"s general economic")
    assert [text[start:end] for start, end in pair_quote_marks(text)] == [
        "\"(It) appears to be nearing a crossroads with regard to\nderegulation, both as it pertains to investments "
        "and imports,\""]
