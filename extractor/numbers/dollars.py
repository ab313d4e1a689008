"""A bare dollar in a story about another country's dollar: "Quebecor, which had revenues of 446 mln Canadian dlrs
last year and profit of 16.2 mln dlrs" -- the wire names the currency once and writes the plain word after it, so
the profit is Canadian dollars, not the U.S. dollars a bare "dlrs" is read as elsewhere."""

from __future__ import annotations

import re
from typing import Optional

from .changes import Record
from .lexicon import Lexicon
from .tokens import DocTokens, text_between

_US_AFTER = re.compile(r"\s*\(?\s*U\.?S\b")  # "a 6 mln dlrs (U.S.) loss": named after the word
_AFTER_CHARS = 12  # the most text that pattern reads
_MIXED = "mixed"  # the story has named two dollars: a bare one could be either


def local_dollars(lex: Lexicon, doc: DocTokens, records: list[Record]) -> None:
    """Give each money record written with a bare dollar word the currency of the one dollar the story has named
    before it, when that is another country's ("3.25 H.K. Dlrs vs 1.40 ... Net 1.28 billion dlrs": HKD); records
    come in text order. A "$" names no dollar here: the web and BBC write it for the U.S. one."""
    named: Optional[str] = None
    for record in records:
        currency = record["currency"]
        if record["kind"] != "money" or currency not in lex.dollar_currencies or "$" in record["text"]:
            continue
        words = record["text"].lower().split()
        at = next((k for k, word in enumerate(words) if word in lex.bare_dollars), None)
        if at is None:
            continue
        if currency == "USD" and (at == 0 or words[at - 1] not in lex.us_dollar_words) \
                and not _US_AFTER.match(text_between(doc, record["end"], record["end"] + _AFTER_CHARS)):
            if named not in (None, "USD", _MIXED):
                record["currency"] = named  # a bare dollar word
        elif named is None:
            named = currency
        elif named != currency:
            named = _MIXED
