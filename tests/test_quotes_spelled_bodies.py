"""Quote speakers: a capitalised subject the entity components missed that spells the initials of an organization the
article names is that organization, which a later 'it' means, not a person (session 20).

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 00265: 'IEL said ... it added' is Industrial Equity Ltd, not the bank named before
        "Australian investment group <Industrial\nEquity Ltd> (IEL) said it will raise 100 mln U.S. Dlrs by the\n"
        "issue of medium term notes and commercial paper in the U.S.\nDomestic market.\n    Merrill Lynch will be "
        "the note and paper dealer and\n<Sumitomo Trust and Banking Co Ltd> will provide the LOC.\n    The term of "
        "the LOC is five years with an evergreen feature\nwhich provides for annual reinstatement of the five-year "
        "term\nat the support banks' option, IEL said.\n    The LOC will be underwritten by a group of banks which "
        "will\nreceive a facility fee of 20 basis points plus a utilisation\nfee of 25 basis points, it added.",
        "underwritten by a group of banks", "Industrial Equity Ltd", id="initials-then-it-added"),
])
def test_it_after_an_organizations_initials_means_that_organization(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
