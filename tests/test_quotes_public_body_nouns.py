"""A public body's noun ('the commission said', 'the government said') never means an organization the article's
organizations give a company's or an outlet's type, however lately it spoke: the body is left in the article's own
words when no fitting organization came before.

Texts come from a saved web page and the BBC News corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

CASES = [
    # (text, words of the quote, a speaker it must not have)
    pytest.param(  # web page 432362af0be43f6d: a news agency citing a health commission
        "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to the "
        "state-run Xinhua News Agency.\nThe person, who was not identified, was hospitalized in the county of Huade "
        "in north China’s Inner Mongolia Autonomous Region, the news agency said, citing the regional health "
        "commission.\nA total of 28 people who were in close contact with the patient were put under medical "
        "quarantine. No one has shown symptoms such as fever, so far, the commission said.",
        "No one has shown symptoms", "Xinhua News Agency", id="commission-not-a-news-agency"),
    pytest.param(  # BBC business/029: a company spoke before the government
        "The Vestey Group said it had owned the land since 1920 and would co-operate fully with the authorities. "
        "The company pointed out that the farm, which employs 300 workers, provides meat solely for the Venezuelan "
        "market.  Last month, the government said it had identified more than 500 idle farms and had yet to "
        "consider the status of a further 40,000.",
        "idle farms", "Vestey Group", id="government-not-a-company"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), CASES)
def test_a_public_bodys_noun_never_means_a_company_or_an_outlet(
    run: Callable[..., Doc], text: str, words: str, not_speaker: str
) -> None:
    assert speaker_of(run, text, words) != not_speaker
