"""A subject pronoun does not mean a name inside a phrase fronted before it in its own clause: 'At a conference
hosted by UK finance minister Gordon Brown on Friday, he said' is the speaker the article is about, not Brown, and
'Commenting on Mr Makarov's case, he said' is not Makarov; the one the phrase is about still may be ('For Espinos,
..., he's simply filling a market niche').

Texts come from the BBC News corpus (file named per case); the GenderGapTracker benchmark holds the 'For Espinos'
case, whose person the article names long before.
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_CHIDAMBARAM = (  # BBC business/008
    "He said the issue is not globalisation but \"the terms of engagement in globalisation.\" Mr Chidambaram is "
    "attending the G7 meeting as part of the G20 group of nations, which account for two thirds of the world's "
    "population. At a conference on developing enterprise hosted by UK finance minister Gordon Brown on Friday, he "
    "said that he was in favour of floating exchange rates because they help countries cope with economic shocks. "
    "\"A flexible exchange rate is one more channel for absorbing both positive and negative shocks,\" he told the "
    "conference.")
_GORDIEVSKY = (  # BBC politics/053
    "\"Since I came to this country two batches of promises have been made and broken one after the other.\"\n\n"
    "Oleg Gordievsky, a senior KGB officer who became a secret agent for the British, said he was \"very happy\" "
    "with the way the government have treated him since him since he defected in 1985. Commenting on Mr Makarov's "
    "case, he said: \"The British state is not a fat cow - it is impossible to come here and demand give me more "
    "money every week.\"")



@pytest.mark.parametrize("text, words, speaker", [
    (_CHIDAMBARAM, "in favour of floating exchange rates", "Chidambaram"),
    (_CHIDAMBARAM, "one more channel", "Chidambaram"),
    (_GORDIEVSKY, "not a fat cow", "Oleg Gordievsky"),
])
def test_a_name_in_a_fronted_phrase_is_not_the_pronoun(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker in (speaker_of(run, text, words) or "")
