"""Numbers: every scale after a vague amount multiplies it ("several hundred thousand dollars" is 300,000 to 999,999
dollars, not "several hundred" of them).

Every excerpt is Reuters-21578 (reuters/NNNNN), its line breaks as the wire has it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_wire_names import figure


@pytest.mark.parametrize("text, wanted, low, high, currency", [
    # reuters/02673
    ("Philip Crosby Associates Inc\nsaid it and police authorities are investigating a possible\nembezzlement by a "
     "bonded former employee that may involve\nseveral hundred thousand dollars.", "several hundred thousand dollars",
     300_000, 999_999, "USD"),
    # reuters/05808
    ("    The failure could be a blessing in disguise for Fujitsu as\nit might have had to spend several hundred "
     "million dollars to\nmodernise Fairchild's production lines, Capel's Murtha said.",
     "several hundred million dollars", 300_000_000, 999_999_999, "USD"),
])
def test_every_scale_after_a_vague_amount_multiplies_it(extractor: Any, text: str, wanted: str, low: float,
                                                        high: float, currency: str) -> None:
    found = figure(extractor, text, wanted)
    assert found is not None
    assert (found["value"], found["low"], found["high"], found["qualifier"], found["currency"]) == \
        (low, low, high, "vague", currency)
