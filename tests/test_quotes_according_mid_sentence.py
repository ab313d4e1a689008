"""'X happened, according to Y, but Z': a source named between two clauses vouches for the clause before it; the
clause after the conjunction is the writer's own ('Pascuale has been flooded with offers of TV work, according to his
management company, but one of his first jobs on his return is pantomime' attributes the offers, not the pantomime).
Right after a verb, 'according to' says how it is done, and names no source ('Equity is distributed according to each
member's trading volume').

Sentences come from the BBC News and Reuters-21578 corpora (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

CLAIMS = [
    # (text, the claim, its source, words after the conjunction no quote holds)
    pytest.param(  # BBC entertainment/207
        "Pascuale has been flooded with offers of TV work, according to his management company, but one of his first "
        "jobs on his return is pantomime.",
        "Pascuale has been flooded with offers of TV work", "management company", "pantomime", id="but"),
    pytest.param(  # BBC tech/265
        "BandAid was the fastest ever-selling ringtone this year, according to the MDA, and chat was given some "
        "publicity when Prime Minister Tony Blair answered questions through mobile text chat.",
        "BandAid was the fastest ever-selling ringtone this year", "MDA", "mobile text chat", id="and"),
    pytest.param(  # BBC tech/069
        "It is estimated that 53% of over 65s own a mobile, according to Intervoice, but the figures are higher for "
        "those aged between 15 and 34.",
        "53% of over 65s own a mobile", "Intervoice", "aged between 15 and 34", id="but-the-longer-before"),
    pytest.param(  # BBC politics/078
        "At least a dozen Albanian-born teenagers are thought to have been identified for return, according to "
        "sources, although there is no public confirmation of numbers.",
        "identified for return", "sources", "no public confirmation", id="although"),
]


@pytest.mark.parametrize(("text", "claim", "source", "after"), CLAIMS)
def test_according_to_between_two_clauses_attributes_the_clause_before_it(
    run: Callable[..., Doc], text: str, claim: str, source: str, after: str
) -> None:
    found = speaker_of(run, text, claim)
    assert found is not None and source in found
    assert not [q for q in run(text)._.quotes if after in q["text"]]


MANNER = [
    # (text, words no quote holds)
    pytest.param(  # Reuters-21578 08943
        "Equity is distributed according to each member's trading volume\nand, as a result, changes from year to "
        "year.", "Equity is distributed", id="distributed-according-to"),
    pytest.param(  # Reuters-21578 10303
        "The share price would be determined according to\nmarket conditions, but its expected that it would be at "
        "the\nmiddle market price.", "The share price would be determined", id="determined-according-to"),
]


@pytest.mark.parametrize(("text", "words"), MANNER)
def test_according_to_right_after_a_verb_names_no_source(run: Callable[..., Doc], text: str, words: str) -> None:
    assert not [q for q in run(text)._.quotes if q["cue"] == "according to"]


def test_according_to_after_a_verbs_complement_still_names_a_source(run: Callable[..., Doc]) -> None:
    text = ("This year's clutch of Oscar nominees have been the least popular for 20 years according to box office "
            "figures.")  # BBC entertainment/363
    assert "box office figures" in speaker_of(run, text, "least popular for 20 years")
