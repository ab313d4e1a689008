"""Reported claims whose subject holds a company the wire marks in angle brackets ('GE said Investment Technologies Inc
<IVES> developed ...'): the parser splits the sentence at the mark, and the claim must still start with its
subject's whole name, not inside or after the mark ('IVES> developed', 'purchased several of ...').

Articles come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


def _claims(run: Callable[..., Doc], text: str) -> list[str]:
    return [" ".join(q["text"].split()) for q in run(text)._.quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize("text, opening", [
    pytest.param(  # Reuters-21578 01663
        "GE said Investment Technologies Inc <IVES> developed the\ndatabase that evaluates more than 6,000 "
        "securities and advises\nusers on stock market decisions based on their portfolio needs\nand criteria.",
        "Investment Technologies Inc <IVES> developed the database", id="name-then-ticker"),
    pytest.param(  # Reuters-21578 15779
        "Digital Communications Associates Inc\nsaid Bank South Corp <BKSO> purchased several of its recently\n"
        "introduced System 9000 intelligent T-1 switching systems.",
        "Bank South Corp <BKSO> purchased several", id="ticker-made-the-verbs-subject"),
    pytest.param(  # Reuters-21578 03023
        "MTS said Marine Midland Banks Inc <MM> has committed to\nlend it 100 mln dlrs for the acquisition and use "
        "its best\nefforts to syndicate another 400 mln dlrs in senior financing\nfor the transaction.",
        "Marine Midland Banks Inc <MM> has committed", id="name-split-off-as-a-claim-of-its-own"),
    pytest.param(  # Reuters-21578 00379
        "<Four Seasons Hotels> said it and <VMS Realty Partners>\nof Chicago have agreed to purchase the Santa "
        "Barbara Biltmore\nHotel from Marriott Corp for an undisclosed amount.",
        "it and <VMS Realty Partners> of Chicago have agreed", id="name-in-brackets-after-it-and"),
    pytest.param(  # Reuters-21578 00321
        "BEECHAM UNIT LAUNCHES ARTHRITIS DRUG\n\nBeecham Group Plc <BHAM.L> said its\nsubsidiary <Beecham "
        "Pharmaceuticals> launched a new once-a-day,\nprescription only medicine for the reduction of pain and\n"
        "inflammation caused by rheumatoid and osteoarthritis.",
        "its subsidiary <Beecham Pharmaceuticals> launched", id="description-then-bracketed-name"),
])
def test_a_claim_starts_with_its_subjects_whole_name(run: Callable[..., Doc], text: str, opening: str) -> None:
    claims = _claims(run, text)
    assert len(claims) == 1 and claims[0].startswith(opening), claims


@pytest.mark.parametrize("text, opening", [
    pytest.param(  # Reuters-21578 05295
        "ZIM said Chemclear Inc <CMCL> has unilaterally canceled an\nagreement to merge with ZIM, and ZIM's board "
        "is studying the\npossiblity of a claim against Chemclear.",
        "Chemclear Inc <CMCL> has unilaterally canceled", id="whole-already"),
    pytest.param(  # Reuters-21578 03056
        "Regie Nationale des Usines Renault\n<RENA.PA> said it and Chrysler Corp <C> have signed a letter of\n"
        "intent in which Chrysler plans to buy American Motors Corp\n<AMO.N>, 46 pct owned by Renault.",
        "it and Chrysler Corp <C> have signed", id="it-and-a-company"),
])
def test_a_whole_claim_stays_whole(run: Callable[..., Doc], text: str, opening: str) -> None:
    claims = _claims(run, text)
    assert claims and claims[0].startswith(opening), claims
