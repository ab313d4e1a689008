"""Digits glued by a hyphen to a word the tokenizer keeps whole with more digits ("3-in-1", "3-for-2", "20-of-24")
make a compound modifier, a kind of thing or a ratio, not a count of the word after it ("counted 'in-1'").

Every excerpt is real news: Reuters-21578 (reuters/NNNNN), saved web pages (html/<first 12 characters of the file
name>).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, digits", [
    # html/cc4aa22b8212: a gift guide's chargers
    ("While no one has matched Apple’s vision of lay-it-anywhere-on-the-mat wireless charging (including Apple), there "
     "is one similar 3-in-1 charging solution that stands out.", "3"),
    ("If you don’t need the Apple Watch charging piece, Mophie also sells a similar 2-in-1 wireless charging mat with "
     "a USB-A port for charging a third device over the wire.", "2"),
    # reuters/00202: a results table's note
    ("    Note: Per shr adjusted for 3-for-2 stock split July 1986\nand 2-for-1 split May 1985.", "3"),
    ("    Note: Per shr adjusted for 3-for-2 stock split July 1986\nand 2-for-1 split May 1985.", "2"),
    # html/65ce3a4577a0: a quarterback's completions
    ("Glass was 20-of-24 passing for 235 yards.", "20"),
])
def test_digits_glued_to_a_hyphenated_word_count_nothing(extractor: Any, text: str, digits: str) -> None:
    assert all(not n["text"].startswith(digits + "-") and n["text"] != digits for n in extractor.extract(text).numbers)
