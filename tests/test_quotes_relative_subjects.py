"""A relative pronoun never speaks for a verb that names its speaker after it: in 'the courts which, said Mr
Hopkins, "is part of ..."' the parser makes both 'which' and 'Hopkins' subjects of 'said', and Mr Hopkins is the
speaker. A relative clause's own 'which said' still speaks for the noun it describes ('Halcyon, which said ...'), and
a 'which' clause the parser hung on the main verb lets the participle after it speak for that verb's subject ('He
ruled out free personal care in England - which is on offer in Scotland and Wales, saying it was "unsustainable"').

Sentences come from the BBC News and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC tech/016
        "\"This is a big messy argument,\" explained Mr Hopkins. He added: \"It is just such a new way of doing "
        "business, there will be clamp downs.\" But the way these issues get tested is through the courts which, "
        "said Mr Hopkins, \"is part of the whole messy conversation.\"",
        "messy conversation", "Hopkins", id="which-said-mr-hopkins"),
    pytest.param(  # Reuters-21578 02224
        "INVESTMENT FIRM BOOSTS PUROLATOR <PCC> STAKE\n\nHalcyon Investments, a New York\ninvestment partnership "
        "that deals mainly in risk arbitrage and\nstock trading, said it raised its Purolator Courier Corp stake\n"
        "to 726,700 shares, or 9.5 pct, from 474,900, or 6.2 pct.\n    Halcyon, which said it has spent 20.1 mln "
        "dlrs for its\nPurolator common shares, said it also acquired options.",
        "20.1 mln", "Halcyon", id="relative-clause-which-said"),
    pytest.param(  # BBC politics/388: the parser hangs the 'which' clause and its participle on the main verb
        "But Mr Ladyman said the plans could deliver savings in some areas, such as freeing up NHS beds and "
        "preventing illnesses. He ruled out free personal care in England - which is on offer in Scotland and "
        "Wales, saying it was \"unsustainable\".", "unsustainable", "Ladyman", id="which-clause-then-saying"),
])
def test_the_speaker_of_a_relative_pronoun(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and speaker in (quotes[0]["speaker"] or "")
