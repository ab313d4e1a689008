"""A verb that a thing does as well as a speaker ('reveal', 'indicate', 'suggest', 'conclude') reports no one's
words when its subject is a thing that cannot speak: 'Blood tests revealed that ...', 'A reading above 50 pct
generally indicates that ...', 'nothing indicated that ...' state what shows, and must not make the thing a
speaker. People, bodies, studies and documents still speak through them ('Rowling revealed', 'Some members of
Congress suggested').

Sentences come from the Reuters-21578, BBC News and saved web-page corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words", [
    pytest.param(  # Reuters-21578 00252
        "It was\nthe seventh consecutive month in which this leading indicator\nwas over 50 pct.\n    A reading "
        "above 50 pct generally indicates that the economy\nis in an expanding phase. One below 50 pct implies a "
        "declining\neconomy.",
        "expanding phase", id="a-reading-indicates"),
    pytest.param(  # web page bd673bd7988144f0 (feather-duvet lung)
        "After questioning the patient on what could be triggering this allergic reaction, Dempsey and his team "
        "found a potential source: the man's feather bedding. Blood tests revealed that the man's body had created "
        "antibodies to a compound that he inhaled from duck or goose feathers.",
        "created antibodies", id="blood-tests-revealed"),
    pytest.param(  # web page a078b3656adc0295
        "His main hobby was playing guitar and saxophone for a band, and nothing indicated that he was sticking "
        "either of these instruments up his nostrils.",
        "sticking either", id="nothing-indicated"),
    pytest.param(  # web page bdb56ac83513635d
        "Two groups of immune cells known as monocytes and macrophages use formyl peptide receptors on their "
        "membranes to detect chemical cues from pathogens, and a group of Swiss scientists showed that rats use "
        "these same receptors to detect pheromone odors. Those facts suggest that at some point in history, the "
        "ancestors of rats made scent receptors out of the immunological molecules.",
        "ancestors of rats", id="those-facts-suggest"),
    pytest.param(  # web page d90bda7ed14df195
        "Video footage shows security forces using firearms, water cannons and tear gas to disperse protests and "
        "beating demonstrators with batons. Images of bullet casings left on the ground afterwards, as well as the "
        "resulting high death toll, indicate that they used live ammunition.",
        "live ammunition", id="images-indicate"),
])
def test_a_thing_that_shows_is_no_speaker(run: Callable[..., Doc], text: str, words: str) -> None:
    assert not [q for q in run(text)._.quotes if words in q["text"] and q["speaker"] is not None]


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC entertainment/025
        "Thousands of customers placed pre-orders on the amazon.co.uk website for the sixth book in the series. "
        "Rowling revealed she had completed the novel on Tuesday, ahead of the scheduled announcement on 25 "
        "December.",
        "completed the novel", "Rowling", id="a-name-reveals"),
    pytest.param(  # BBC entertainment/025: an untagged name opening its sentence
        "Rowling has already revealed that the Half-Blood Prince is neither Harry nor Voldemort.",
        "neither Harry", "Rowling", id="an-untagged-name-reveals"),
    pytest.param(  # BBC tech/045: a magazine's name the model reads as a noun
        "Next year will see a new set of technologies capturing the imaginations of gadget lovers, Stuff predicts.",
        "Next year", "Stuff", id="an-untagged-title-predicts"),
    pytest.param(  # web page c00962aabe7bdd1f (SLS hearing)
        "Some members of Congress suggested NASA isn't using SLS enough.",
        "using SLS enough", "Some members of Congress", id="people-suggest"),
    pytest.param(  # BBC tech/328: a survey speaks for its author (the organizations read the magazine's name)
        "A survey conducted by PC Pro Magazine has revealed that many Britons are unhappy with their internet "
        "service.",
        "unhappy with their", "Pro Magazine", id="a-survey-reveals"),
])
def test_people_and_studies_still_speak(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and speaker in (quotes[0]["speaker"] or "")
