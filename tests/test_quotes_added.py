"""A pronoun that 'added' goes on for the speaker of the quote just before (in its sentence or the one before) when
it fits the words that named that speaker: 'The spokesman ... said: "..." But he added that' is the spokesman, not the
Treasury Secretary named first; 'Jacques Barrot ... said ... "...," he added' is not Mr Clarke, who spoke before him.

Articles come from the BBC News corpus and Reuters-21578 (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 17296
        "Treasury Secretary James Baker has\ncancelled a trip to Australia because of pressing business at\nhome, "
        "including the visit this week by Japanese Prime Minister\nYasuhiro Nakasone, a Treasury spokesman said.\n"
        "    The spokesman, who asked not to be identified, said: \"I\nwould not draw any conclusion from the "
        "cancellation...I would\njust say it's the press of business.\"\n    But he added that the visit by the "
        "Japanese leader was \"part\nof the press of business.\"", "visit by the Japanese leader", "Treasury",
        id="a-spokesman-not-the-minister-named-first"),
    pytest.param(  # BBC business/015
        "\"That's basically a transfer of money from passengers whose journeys are not disrupted to passengers whose "
        "journeys are disrupted,\" Mr Clarke said.\n\nOn Wednesday, Jacques Barrot, vice president of the European "
        "Commission and also Commissioner for Transport, said that the changes were necessary. \"The boom in air "
        "travel needs to be accompanied by proper protection of passengers' right.\" \"This is a concrete example of "
        "how the Union benefits people's daily lives,\" he added.", "concrete example", "Jacques Barrot",
        id="the-commissioner-not-the-speaker-before"),
    pytest.param(  # BBC entertainment/025
        "\"The fact that the book has already hit number one in our Hot 100 books chart shows how incredibly excited "
        "customers are about the sixth Harry Potter,\" said Amazon's Robin Terrell.\n\nHarry Potter and the "
        "Half-Blood Prince takes up the story of Harry Potter's sixth year at Hogwarts School of Witchcraft and "
        "Wizardry as Lord Voldemort grows stronger. Rowling has already revealed that the Half-Blood Prince is "
        "neither Harry nor Voldemort. And she added that the opening chapter of the book had been brewing in her "
        "mind for 13 years.", "opening chapter", "Rowling", id="the-author-not-the-bookseller"),
])
def test_a_pronoun_that_added_goes_on_for_the_last_speaker(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_pronoun_that_added_leaves_a_speaker_it_cannot_mean(run: Callable[..., Doc]) -> None:
    text = (  # BBC business/015: 'she' is not Andy Clarke, who spoke last
        "Andy Clarke, ERAA director of air transport, said that the EC advice misleads customers as it leads them "
        "to believe that airlines could be liable for payouts if flights are delayed because of bad weather.\n\n"
        "EC spokeswoman Marja Quillinan-Meiland conceded there were \"grey areas\" but said \"these are not as big as "
        "the airlines are making out\". In cases of dispute, national enforcement bodies would decide whether the "
        "passenger had a case, she said. New technology means it is easier for airlines to take off and land in bad "
        "weather, she added.")
    assert speaker_of(run, text, "New technology") == "Marja Quillinan-Meiland"
