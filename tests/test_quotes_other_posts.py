"""A description names the person whose post it is, not one whose post a word makes another: 'the chancellor' is
not Oliver Letwin, whom the article calls 'shadow chancellor' though his role reads 'chancellor'.

Articles come from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_CHANCELLOR = (  # BBC politics/175
    "Gordon Brown has issued a rallying cry, telling supporters the \"stakes are too high\" to stay at home or protest "
    "vote in the forthcoming general election.\n\n"
    "The chancellor said the vote - expected to fall on 5 May - will give a \"clear and fundamental\" choice between "
    "Labour investment and Conservative cuts. Speaking at Labour's spring conference in Gateshead, Mr Brown claimed "
    "the NHS was not safe in Conservative hands.\n\n"
    "To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts proposed by shadow chancellor "
    "Oliver Letwin were the equivalent of sacking every teacher, GP and nurse in the country, he told activists."
)


@pytest.mark.parametrize("words", [
    pytest.param("the vote - expected to fall", id="before-the-other-post-is-named"),
    pytest.param("the cuts proposed by shadow chancellor", id="beside-the-other-post"),
])
def test_a_description_is_not_the_holder_of_a_shadow_post(run: Callable[..., Doc], words: str) -> None:
    assert speaker_of(run, _CHANCELLOR, words) == "Gordon Brown"
