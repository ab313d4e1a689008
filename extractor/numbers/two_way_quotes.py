"""A money market's two-way quote: "deposits climbed to 6-5/8, 1/8 pct from 6-3/8, six on Sunday".

Dealers quote a deposit rate as its offered and bid sides, and the wire writes the second without the whole part the
first names: "6-5/8, 1/8 pct" is 6-5/8 and 6-1/8 pct. Read alone, the second side is a rate below one percent (a wrong
magnitude) or, with no terms of its own ("from 6-1/2,\n1/4 on Monday", "from 6-3/8, six"), a count of nothing. The
first side is read from the text, not the records, as a bare first side may be dropped before this pass.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Optional

from .changes import Record
from .lexicon import Lexicon
from .tokens import DocTokens, text_between

_FIRST_SIDE = re.compile(r"(?<![\d/-])(?P<whole>\d+)-(?P<top>\d+)/(?P<bottom>\d+),\s*$")
_SECOND_FRACTION = re.compile(r"^(?P<top>\d+)/(?P<bottom>\d+)(?!\S)")
_NEXT_WORD = re.compile(r"\s*(?P<word>[A-Za-z]+)")
_REACH = 24  # characters before a figure that may hold the first side and its comma
_AFTER_REACH = 16  # characters after it that may hold a word naming a difference


def read_two_way_quotes(lex: Lexicon, doc: DocTokens, records: list[Record]) -> list[Record]:
    """The records with each second side of a quote given the first side's whole part, and without the second sides
    that name no terms (``lex.difference_words`` after a fraction make it a difference: "40-1/4, 1/4 above")."""
    kept = []
    for record in records:
        first = _FIRST_SIDE.search(text_between(doc, max(0, record["start"] - _REACH), record["start"]))
        if first is None or _names_difference(lex, doc, record):
            kept.append(record)
            continue
        whole = int(first["whole"])
        first_value = whole + Fraction(int(first["top"]), int(first["bottom"]))
        bare = record["kind"] == "count" and record["counted"] is None and record["unit"] is None
        second = _SECOND_FRACTION.match(record["text"])
        if second is None:
            if not (bare and abs(record["value"] - first_value) < 1):
                kept.append(record)  # "from 6-3/8, six on Sunday": a bare whole side is dropped
        elif Fraction(int(second["top"]), int(second["bottom"])) >= first_value - whole:
            kept.append(record)  # no lower side of the first: another figure
        elif not bare:
            for key in ("value", "low", "high"):
                if record[key] is not None:
                    record[key] = _whole_and(whole, record[key])
            kept.append(record)
    return kept


def _whole_and(whole: int, fraction: float) -> float:
    """The first side's whole part and the second side's fraction, as the records write a number."""
    value = whole + fraction
    return int(value) if value.is_integer() else value


def _names_difference(lex: Lexicon, doc: DocTokens, record: Record) -> bool:
    """"trading at 40-1/4, 1/4 above the offer price": the fraction is the price's distance from another."""
    after: Optional[re.Match[str]] = _NEXT_WORD.match(text_between(doc, record["end"], record["end"] + _AFTER_REACH))
    return after is not None and after["word"].lower() in lex.difference_words
