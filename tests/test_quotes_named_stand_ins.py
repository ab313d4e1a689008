"""'The official said' or 'the sources' takes up the latest speaker whose name the same noun followed, however the
parser read that phrase: 'a Board of Foreign\\nTrade official said' (the parser made 'Board' the subject and hung
'official' on 'of') is the Board of Foreign Trade, and so is 'The official said' after it, not the bare word
'official'; 'JIJI quoted the sources as saying' after 'quoted Bank of Japan sources as telling' is the Bank of Japan.

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_TAIWAN = (  # Reuters-21578 00429
    "A Taiwan mission will leave next week for\nWashington to renegotiate an agreement severely limiting the\n"
    "growth of the island's textile exports, a Board of Foreign\nTrade official said.\n    Under the agreement "
    "signed last July, Taiwan's textile\nexport growth was limited to 0.5 pct each year until 1988,\nbased on the "
    "value of 1985 exports.\n    The official said the pact was unfair because the United\nStates had signed more "
    "favourable agreements with Hong Kong and\nSouth Korea.")

_JIJI = (  # Reuters-21578 14895
    "    The JIJI Press news agency had quoted Bank of Japan sources\nas telling Japanese reporters the bank was "
    "deeply concerned\nover potential risk in yen bond trading because the market had\nrisen too fast.\n    "
    "However, JIJI quoted the sources as saying, the central\nbank would not take such actions as guiding interest "
    "rates\nhigher.\n    JIJI quoted the sources as saying that current bond market\nyields are similar to "
    "short-term interest rates due to\nexcessive speculative operations.")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_TAIWAN, "pact was unfair", "Board of Foreign Trade", id="the-official-after-a-body-official"),
    pytest.param(_JIJI, "excessive speculative", "Bank of Japan", id="the-sources-after-a-body-sources"),
])
def test_a_stand_in_takes_up_the_speaker_its_noun_followed(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
