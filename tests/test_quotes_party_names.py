"""A party's name the model tags as a person ('Labour', 'the Lib Dems') is no person a later 'he' or 'she' means,
nor is an organization's name or alias; a party word modifying a role ('The Lib Dem leader') is left to the
description rules.

Texts come from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize(("text", "words", "speaker"), [
    pytest.param(  # BBC politics/088
        "But that does not mean Labour and the Tories are not calling people signed up to the TPS. A Labour Party "
        "spokesman told the BBC News website the party avoided those on TPS lists when telephoning people about "
        "membership or fundraising. But that did not happen for \"voter identification\" calls. \"When we ask which "
        "party they will vote for, that is not marketing and we have very clear legal advice that it is not,\" he "
        "said.",
        "When we ask which party", "Labour Party", id="labour-party-spokesman"),
    pytest.param(  # BBC politics/340
        "Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering \"false promises\" to "
        "women and said their sums did not add up. She said: \"These proposals would increase the costs to the "
        "public purse drastically year on year, and hard working families will pay dearly, through either increased "
        "taxes or reduced spending on public services\".",
        "These proposals would increase", "Jacqui Smith", id="lib-dems-accused"),
])
def test_a_party_the_model_took_for_a_person_is_no_pronouns_referent(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
