"""A speaker's second reporting verb is a second quote, not part of the first claim: in 'The WTO said that many
developing countries support the end of quotas and stressed that funding was available', the parser hangs
'stressed' on the claim's verb, and the claim ran on through it, giving the WTO's second statement to no one (or to
the developing countries). A second verb in the reporting verb's own form ('said ... and stressed'), where the
claim's verb has another ('support', 'would not affect', 'was hoping'), is the speaker's; a verb in the claim's own
form may be the claim's subject's ('the man approached the officers and claimed') and is left as the parse has it.

Sentences come from the BBC News and Reuters-21578 corpora (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

SECOND_CUES = [
    # (text, the first claim as it now ends, the second claim's words, its speaker)
    pytest.param(  # BBC business/296
        "The WTO said that many developing countries support the end of quotas and stressed that funding was "
        "available to countries such as Bangladesh to help them make the transition to a fully liberalised market.",
        "many developing countries support the end of quotas", "funding was available to countries", "WTO",
        id="said-and-stressed"),
    pytest.param(  # BBC politics/154
        "The mayor said his comments would not affect the 2012 Olympic bid and added that his determination to "
        "stand up for what he believed in may impress bid chiefs, who arrived in London on Tuesday.",
        "his comments would not affect the 2012 Olympic bid", "his determination to stand up", "mayor",
        id="said-and-added"),
    pytest.param(  # BBC politics/317
        'Deputy Prime Minister John Prescott has said the current system is not sustainable in the long term and '
        'said there would be "radical reform".',
        "the current system is not sustainable in the long term", "there would be", "John Prescott",
        id="has-said-and-said"),
    pytest.param(  # Reuters-21578 00959
        "The Daimler spokesman said the lack of overtime work at the\nUnterturkheim plant could eventually affect car "
        "output at other\nplants but added he was unable to say when this might occur.",
        "could eventually affect car output at other plants", "he was unable to say", "Daimler",
        id="said-but-added"),
    pytest.param(  # Reuters-21578 02349
        "Federal Reserve Board Vice Chairman\nManuel Johnson said that some U.S. banks have been too rigid in\ntalks "
        "with lesser developed countries on debt refinancings and\nwarned that a breakdown of the renegotiation "
        "process could be\nharmful.",
        "on debt refinancings", "a breakdown of the renegotiation process", "Manuel Johnson", id="said-and-warned"),
    pytest.param(  # BBC entertainment/354
        "The 14-year-old said she was hoping to meet DiCaprio and Keanu Reeves but joked that \"they are probably a "
        "little too old for me\".",
        "she was hoping to meet DiCaprio and Keanu Reeves", "they are probably a little too old for me", "14-year-old",
        id="said-but-joked-a-direct-quote"),
]


def _quote_holding(doc: Doc, words: str) -> dict:
    wanted = " ".join(words.split())
    found = [q for q in doc._.quotes if wanted in " ".join(q["text"].split())]
    assert found, f"no quote holding {words!r} in {[q['text'] for q in doc._.quotes]}"
    return found[0]


@pytest.mark.parametrize(("text", "first", "second", "speaker"), SECOND_CUES)
def test_a_claim_ends_before_its_speakers_second_reporting_verb(
    run: Callable[..., Doc], text: str, first: str, second: str, speaker: str
) -> None:
    claim = " ".join(_quote_holding(run(text), first)["text"].split())
    assert claim.rstrip('"').endswith(first)


@pytest.mark.parametrize(("text", "first", "second", "speaker"), SECOND_CUES)
def test_a_second_reporting_verb_of_the_same_form_reports_for_the_first_ones_speaker(
    run: Callable[..., Doc], text: str, first: str, second: str, speaker: str
) -> None:
    found = speaker_of(run, text, second)
    assert found is not None and speaker in found


KEPT = [
    # (text, words one quote still holds: the second verb is the claim's own)
    pytest.param(  # Reuters-21578 02992: the claim comes before its verb, and 'warned' is the United States'
        "The United States has openly attacked\nJapan's tight-fisted fiscal policy for the first time and\nwarned "
        "Tokyo its promised economic package in April must be\nsignificant, senior U.S. Officials said.",
        "for the first time and warned Tokyo", id="claim-before-its-verb"),
    pytest.param(  # BBC politics/104: 'went' and 'added' share a form, and either may have a subject of its own
        'Mrs Parker Bowles said the prince went down on one knee to propose and added: "I\'m just coming down to '
        'earth."',
        "the prince went down on one knee to propose", id="same-form-as-the-claim"),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_a_second_verb_the_claim_may_own_is_left_in_it(run: Callable[..., Doc], text: str, words: str) -> None:
    _quote_holding(run(text), words)
