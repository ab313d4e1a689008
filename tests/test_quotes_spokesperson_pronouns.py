"""A 'he' or 'she' in the sentence after a spokesperson for a named body spoke ('A spokeswoman for Human Rights Watch
said ... She added') is that spokesperson, whose words are the body's: the speaker is the body, not a person or
group named before who did not speak ('Darcey Bussell and Jonathan Cope', 'The Lib Dems plan to oppose the Bill').

Articles come from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC politics/014
        "\"I believe (the new powers) are a proper balance between the civil liberties of the subject and the "
        "necessary national security of this country that I will not put at risk,\" said Mr Blair. "
        "The Lib Dems plan to oppose the Bill in the Lords on Thursday. Lib Dem home affairs spokesman Mark Oaten "
        "said: \"There's a lot of talking left. I would be uneasy about supporting a very bad bill even if it was just "
        "for eight months.\" A spokeswoman for Human Rights Watch said it was a \"basic principle\" that people should "
        "only be punished after a fair trial. She added: \"Having a judge impose those punishments without a trial does "
        "not sanitise them either.\"",
        "Having a judge impose", "Human Rights Watch", id="not-a-group-named-before"),
    pytest.param(  # BBC entertainment/022
        "Currently, only two out of 16 principal dancers at the Royal Ballet - Darcey Bussell and Jonathan Cope - are "
        "British, compared to 16 of the 21 principals in 1985. But a spokesman for the English National Ballet told "
        "BBC News that although only two out of their 12 principal dancers were British, around a quarter of the "
        "company's dancers were from the UK. He said competition at open auditions in London was \"fierce\" between "
        "talented dancers from all over the world.",
        "competition at open auditions", "English National Ballet", id="not-a-person-named-before"),
    pytest.param(  # BBC politics/061
        "The Darlington Council spokesman added: \"Initially we had complaints from a couple of residents in Mowden to "
        "say they thought they should have had their ballot papers by now. \"We then made further investigations and "
        "it became clear this was a bigger issue.\" A spokeswoman for the Electoral Commission told BBC News Online "
        "that letters were being sent out to those homes affected. She said the commission was satisfied that "
        "measures had been put in place to ensure all voters received ballot papers in time.",
        "the commission was satisfied", "Electoral Commission", id="the-body-that-spoke-last"),
])
def test_a_pronoun_after_a_spokesperson_is_the_body_they_speak_for(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
