"""A quote's medium is the outlet it was said to (GUIDE: 'the outlet it was said to, else null'): a newspaper, a
broadcaster, an agency, a programme; not whoever else a speaker told: a person, a body of another kind, a place's
people, a group, a title. A name after 'the' is a title's, whatever the model tagged it ('the Herald newspaper').

Sentences come from the Reuters-21578 and BBC News corpora and saved web pages (source named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc


def _medium(run: Callable[..., Doc], text: str, words: str) -> Optional[str]:
    quotes = [q for q in run(text)._.quotes if words in " ".join(q["text"].split())]
    assert quotes, [q["text"] for q in run(text)._.quotes]
    return quotes[0]["medium"]


@pytest.mark.parametrize("text, words", [
    (  # BBC business/027
        "Mr Mittal told US investors that once the acquisition of International Steel Group was completed, the "
        "company would aim to reduce its workforce by between 7,000 and 8,000 annually.", "reduce its workforce"),
    (  # BBC politics/013
        "Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired at his hardline image when he "
        "was home secretary in John Major's government.", "she despaired"),
    (  # BBC politics/050
        "The health arguments far outweighed lingering public disquiet about a complete ban and claims by the "
        "licensed trade that jobs would be lost, he told MSPs.", "health arguments"),
    (  # BBC tech/048
        "In a letter, EC President Jos\u00e9 Manuel Barroso told the President of the European Parliament, Josep "
        "Borrell, that the Commission \"did not intend to refer a new proposal to the Parliament and the Council (of "
        "ministers)\" as it had supported the agreement reached by ministers in May 2004.", "did not intend"),
    (  # BBC politics/050
        "He told the Scottish Parliament on Wednesday that a \"comprehensive ban\" on smoking in public places would "
        "be introduced by the spring of 2006.", "comprehensive ban"),
])
def test_whom_a_speaker_told_is_no_outlet_unless_a_medium(run: Callable[..., Doc], text: str, words: str) -> None:
    assert _medium(run, text, words) is None


@pytest.mark.parametrize("text, words, outlet", [
    (  # BBC sport/031
        "He told the Herald newspaper: \"I'm not in great shape, after missing about a month of training.\"",
        "not in great shape", "Herald"),
    (  # html-articles 776a1c046798 (argusleader.com)
        "\"The mission of the campaign is to raise awareness,\" Noem told the Argus Leader Monday afternoon.",
        "raise awareness", "Argus Leader"),
    (  # Reuters-21578 00136
        "The Treasury Department and the Office of Management and Budget suggests\nthat certificates cost more "
        "than cash payments, a GAO official\ntold Reuters.", "certificates cost more", "Reuters"),
])
def test_an_outlet_told_is_the_medium(run: Callable[..., Doc], text: str, words: str, outlet: str) -> None:
    assert _medium(run, text, words) == outlet
