"""A people's plural name is a mention of its country, as the guide counts 'Serbian citizens' ("40 pct of
Americans", "The Israelis described the meeting", "a voice for Gibraltarians"); a plural more than one people bears
is none ("Carib Indians", "hundreds of Dominicans" of Dominica), nor is a plural that is itself a place's name ("the
Philippines", "the Balkans" stay names).

Sentences come from the BBC News and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


def _demonym_places(doc: Doc) -> dict[str, str]:
    return {mention["text"]: place["name"] for place in doc._.places for mention in place["mentions"]
            if mention["via"] == "demonym"}


@pytest.mark.parametrize(("text", "plural", "place"), [
    pytest.param("A recent Newsweek magazine poll found that just 40 pct of Americans approved of Reagan's "
                 "leadership, a record low, and a third believed he should consider resignation.",
                 "Americans", "United States", id="reuters-00386"),
    pytest.param("In October, Mr Straw and his Spanish counterpart Miguel Moratinos agreed to establish a body that "
                 "would give Gibraltarians a voice in their future.", "Gibraltarians", "Gibraltar", id="bbc-politics-015"),
    pytest.param("The Israelis described the meeting as important but said they would not need to attend.",
                 "Israelis", "Israel", id="bbc-politics-149"),
])
def test_a_peoples_plural_name_is_a_mention_of_its_country(
    run: Callable[..., Doc], text: str, plural: str, place: str
) -> None:
    assert _demonym_places(run(text)).get(plural) == place


@pytest.mark.parametrize(("text", "plural"), [
    pytest.param("Plans to portray Dominica's Carib Indians as cannibals in the sequel to hit film Pirates of the "
                 "Caribbean have been criticised.", "Indians", id="bbc-entertainment-037-indians"),
    pytest.param("Shooting on the sequel is expected to begin in April, with hundreds of Dominicans applying to be "
                 "extras in the movie.", "Dominicans", id="bbc-entertainment-037-dominicans"),
])
def test_a_plural_more_than_one_people_bears_is_no_mention(run: Callable[..., Doc], text: str, plural: str) -> None:
    assert plural not in _demonym_places(run(text))


def test_a_plural_that_names_a_place_stays_its_name(run: Callable[..., Doc]) -> None:
    doc = run("Another is immigration, possibly from the Philippines and Indonesia.")  # BBC business/287
    vias = {mention["text"]: mention["via"] for place in doc._.places for mention in place["mentions"]}
    assert vias.get("Philippines") == "name"
