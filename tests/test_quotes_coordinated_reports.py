"""A report joined to another by a conjunction, with a subject of its own ('Reagan said his budget hits the goal but
the Congressional Budget Office said it is way off the mark'), is the writer's next report, not part of the first
speaker's claim: its words are a quote of its own subject, and the first claim ends before the conjunction.

Sentences from Reuters-21578 (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, first, second, speaker", [
    pytest.param(  # Reuters-21578 05427
        "    Reagan said his budget hits the Gramm-Rudman goal for 1988\nbut the Congressional Budget Office said it "
        "is way off the mark\nwith over optimistic economic assumptions.",
        "Reagan", "it is way off the mark", "Congressional Budget Office", id="but-after-the-claim"),
    pytest.param(  # Reuters-21578 01060
        "    Boeing said AMR will operate the 767's on North Atlantic\nroutes, while Airbus said AMR will operate the "
        "A300's on\nCaribbean routes.",
        "Boeing", "operate the A300's", "Airbus", id="while"),
    pytest.param(  # Reuters-21578 00242
        "    Oil industry sources said yesterday several Gulf Arab\nproducers had had difficulty selling oil at "
        "official "
        "OPEC\nprices but Kuwait has said there are no plans for an emergency\nmeeting of the 13-member organisation.",
        "Oil industry sources", "there are no plans for an emergency", "Kuwait", id="but-has-said"),
    pytest.param(  # Reuters-21578 00276
        "    Monetary Authority of Singapore (MAS) sources told Reuters\nthey supported the proposed linking of "
        "computer trading systems\non the three exchanges, and the banking sources said local\nfinancial support for "
        "the plan existed.",
        "Monetary Authority", "local financial support", "banking sources", id="and-after-told"),
    pytest.param(  # Reuters-21578 06657
        "    Officials in Mexico, Guatemala and Ecuador said a continued\nrise in prices would stimulate production, "
        "but industry leaders\nin Panama and Costa Rica said there was still a long way to go.",
        "Officials in Mexico", "there was still a long way to go", "industry leaders", id="comma-but"),
])
def test_a_report_joined_by_a_conjunction_is_its_own_subjects_quote(
    run: Callable[..., Doc], text: str, first: str, second: str, speaker: str
) -> None:
    quotes = run(text)._.quotes
    assert speaker in (speaker_of(run, text, second) or "")
    assert not any(second in " ".join(q["text"].split()) for q in quotes if (q["speaker"] or "").startswith(first))


@pytest.mark.parametrize("text, claim", [
    pytest.param(  # Reuters-21578 00264
        "    Leslie said Qantas is talking to three engine makers who\nare all offering engines for the Boeing 747-400 "
        "and it will\nannounce a decision on engine purchases later this year.",
        "and it will announce a decision on engine purchases later this year", id="an-act-to-come"),
    pytest.param(  # BBC politics/046
        "Mr Blunkett declined to comment about his own position, saying the inquiry was under way and the High Court "
        "had stressed his right to privacy did not affect his job in improving security and stability.",
        "the inquiry was under way and the High Court had stressed", id="a-report-relayed"),
])
def test_a_joined_clause_the_speaker_relays_stays_in_the_claim(run: Callable[..., Doc], text: str, claim: str) -> None:
    assert any(claim in " ".join(q["text"].split()) for q in run(text)._.quotes)
