"""'X was quoted [by an outlet] as saying ...', the wire's way to report what another outlet printed: X speaks. In
the active 'It quoted a joint statement ... as saying' the one quoted is the object, and the agency that quoted is
no speaker.

Sentences come from the Reuters-21578 corpus (file named per case)."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 00236: a direct quote
        "    Sheikh Ali al-Khalifa al-Sabah was quoted by the local\ndaily al-Qabas as saying: \"None of the OPEC "
        "members has asked\nfor such a meeting.\"", "None of the OPEC", "Sheikh Ali al-Khalifa al-Sabah",
        id="direct"),
    pytest.param(  # Reuters-21578 00248: reported speech
        "    Nazer was quoted by the SPA as saying Saudi Arabia's\nadherence to the accord was shown clearly in the oil "
        "market.", "adherence to the accord", "Nazer", id="by-an-outlet"),
    pytest.param(  # Reuters-21578 00292: reported speech, no outlet named
        "    Xie was quoted as saying the present cash shortage means\nsome state firms do not run at full capacity "
        "and are\ninefficient.", "present cash shortage", "Xie", id="no-outlet"),
])
def test_who_was_quoted_as_saying_speaks(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker


def test_the_agency_that_quoted_someone_is_no_speaker(run: Callable[..., Doc]) -> None:
    # Reuters-21578 00107
    text = ("    It quoted a joint statewment by the Iranian Army and\nRevolutionary Guards Corps as saying that their "
            "forces had\n\"dealt one of the severest blows on the Iraqi war machine in the\nhistory of the "
            "Iraq-imposed war.\"")
    assert all((quote["speaker_mention"] or {}).get("text") != "It" for quote in run(text)._.quotes)
