"""A proper name the entity components missed is whom a later 'he' or description means when its sentence is about
them, as the subject of the main verb, and the article gives it a person's: the model reads a person there, an
owner's possessive introduces it ('Arsenal's Edu') or the article named them so before ('But Edu was highly critical
of ..., particularly on Jose Antonio Reyes. "...," he said' is Edu, not Reyes, whom the people component found). A
bare name the model reads as no one may be a club's or a town's, and stays no one ('Sale host Bath').

Passages from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_EDU = (  # BBC sport/198
    "Arsenal's Edu has lifted the lid on the scenes that followed Manchester United's win over the Gunners.\n\n"
    "The Brazilian confirmed tempers had flared but could shed no light on reports that food was thrown at United "
    "boss Sir Alex Ferguson. \"I saw people being pulled apart, people pushing, pointing and shouting,\" he told "
    "Uefa's official website. \"The United players were trying to wind us up about the result but I didn't see any "
    "soup being thrown at anyone.\" However, Edu tried to play down the incidents, adding: \"There was nothing that "
    "I haven't seen in Brazilian derbies. \"Derby matches in Brazil are worse. I like to play in games like this "
    "with this intense rivalry.\" But Edu was highly critical of the ferocity of some of United's challenges during "
    "the game, particularly on Jose Antonio Reyes. \"I think we were a lot fairer in the tackles than United,\" he "
    "said. \"Reyes was being kicked all over the park - they were beating up the boy and Gary Neville was tackling "
    "in such a way that he should have been sent off.\"")
_SALE = (  # BBC sport/358
    "Sale Sharks director of rugby Philippe Saint-Andre has re-opened rugby's club-versus-country debate.\n\n"
    "Sale host Bath in the Powergen Cup on Friday, but the Frenchman has endured a \"difficult week\" with six "
    "players away on England's Six Nations training camp. \"It's an important game but we've just the one full "
    "session. It's the same for everyone but we need to manage it. \"If five players or more are picked for your "
    "country they should move the date of the game,\" he told BBC Sport.")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_EDU, "tempers had flared", "Edu", id="a-description-after-an-owned-name"),
    pytest.param(_EDU, "people being pulled apart", "Edu", id="he-after-the-description"),
    pytest.param(_EDU, "a lot fairer in the tackles", "Edu", id="he-after-the-name-not-the-object"),
    pytest.param(_EDU, "Reyes was being kicked", "Edu", id="the-quote-going-on"),
    pytest.param(_SALE, "move the date of the game", "Philippe Saint-Andre", id="a-club-is-no-one"),
])
def test_a_missed_name_the_sentence_is_about_speaks(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
