"""'the company said' means the company that has spoken, not the latest one named: wire copy names other firms
(a buyer, an agent, the business being sold) between its company's statements, and 'the company' goes back to it.

Sentences come from Reuters-21578 (story numbered per case) and the BBC News corpus (named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 03086: not Disney, the buyer named since
        "GENCORP<GY> UNIT TO SELL LOS ANGELES TV STATION\n\nGencorp said its RKO General\nsubsidiary agreed to sell "
        "KHJ-TV in Los Angeles to Walt Disney\nCo <DIS> for 217 mln dlrs cash plus working capital and other\n"
        "adjustments at closing.\n    The company said under the agreement in principle, RKO's\napplication to renew "
        "the station's broadcast license would be\ndismissed and the competing application of Fidelity Television\n"
        "would be granted. Disney would then acquire privately held\nFidelity for about 103 mln dlrs and other "
        "adjustments.\n    Renewal of the KHJ-TV license has been challenged in\nregulatory proceedings for more "
        "than 20 years.\n    The deal is subject to prior approval by the Federal\nCommunications Commission, the "
        "company said.\n",
        "subject to prior approval", "Gencorp", id="not-the-buyer"),
    pytest.param(  # Reuters-21578 00551: not Telcom, the business it buys
        "OSR <OSRC> TO MAKE ACQUISITION\n\nOSR Corp said it has agreed\nto acquire the properties and assets of "
        "Telcom International\nGroup for 10.5 mln common shares, which would give former\nTelcom owners an 84 pct "
        "interest in the combined company.\n    Telcom is an international film and television distributor.\n The "
        "assets being acquired consist mostly of distribution\nrights to films valued at over one mln dlrs, the "
        "company said.\n",
        "distribution\nrights", "OSR Corp", id="not-the-business-bought"),
    pytest.param(  # BBC business/001: not AOL, its unit
        "Time Warner said on Friday that it now owns 8% of search-engine Google. But its own internet business, AOL, "
        "had has mixed fortunes. It lost 464,000 subscribers in the fourth quarter profits were lower than in the "
        "preceding three quarters. However, the company said AOL's underlying profit before exceptional items rose "
        "8% on the back of stronger internet advertising revenues.",
        "underlying profit", "Time Warner", id="not-its-unit"),
])
def test_the_company_is_the_one_that_spoke(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert (speaker_of(run, text, words) or "").lower() == speaker.lower()
