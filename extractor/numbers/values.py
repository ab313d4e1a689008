"""Value arithmetic: how scale words multiply a number, and a scaled number's parts.

A scale word belongs to the number it follows: "two hundred thousand" folds in here, but whether
"$2 to $3 million" shares its scale is the range reader's decision (``ranges``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import Lexicon
from .spans import Core
from .tokens import skip

_DASH_RANGE_SPAN = 20


def apply_scale(total: float, current: float, big: float, scale: float) -> tuple[float, float, float]:
    """One scale word on a running number: (closed groups, the open group, the largest scale so far).

    "hundred" multiplies the open group and "dozen" only its part below a hundred ("three hundred and
    two dozen" is 324); a larger scale closes the group ("two hundred thousand"), and one larger than
    every scale before it, with no group open, multiplies the whole ("three lakh crore", "one thousand
    million").
    """
    if scale < 100:
        hundreds, rest = divmod(current, 100)
        return total, (hundreds * 100 + rest * scale if rest else current * scale), big
    if scale == 100:
        return total, current * scale, big
    if current == 0 and total > 0 and scale > big:
        return total * scale, 0.0, scale
    return total + current * scale, 0.0, scale


def extend_scales(lex: Lexicon, doc: Doc, core: Core) -> None:
    """Fold following scale words in: "1.5 million", "3.5 mln", "two hundred thousand", "2.33 k".

    A scale letter ("k", "M", "G") counts only spaced straight after the digits, as finance and spec
    sheets write "1,674.5 G" ("5G" glued is a network); the case keeps "M" (mega) apart from "m" (metre).
    """
    total, current, big = 0.0, core.value, 1.0
    end = core.end
    j = skip(doc, end)
    while j < len(doc):
        spaced_letter = end == core.end and doc[end - 1].whitespace_
        scale = lex.scales.get(doc[j].lower_) or (lex.letter_scales.get(doc[j].text) if spaced_letter else None)
        if scale is None:
            break
        total, current, big = apply_scale(total, current, big, scale)
        end = j + 1
        j = skip(doc, end)
    if end > core.end:
        core.end, core.value, core.scaled = end, total + current, True


def unscaled_value(lex: Lexicon, doc: Doc, core: Core) -> float:
    """The value of a scaled core before its closing scale words: "15" in "15 million", "5" in "5bn", "3" in
    "three million", "150" in "one hundred and fifty million"."""
    found = lex.digit_token.match(doc[core.start].text)
    if found is not None and core.end == core.start + 1:
        return float(found["num"].replace(",", "")) or core.value
    scale, j = 1.0, core.end - 1
    while j > core.start and (doc[j].is_space or doc[j].lower_ in lex.scales):
        scale *= lex.scales.get(doc[j].lower_, 1.0)
        j -= 1
    return core.value / scale


def token_amount(lex: Lexicon, found: re.Match[str]) -> tuple[float, float]:
    """(value, scale) of one end of a one-token range read by ``digit_token``: "20k" is (20000, 1000)."""
    scale = 1.0
    if found["suf"]:
        scale = lex.suffix_scales[found["suf"].lower()]
    elif found["unit"]:
        scale = lex.letter_scales[found["unit"]]
    sign = -1.0 if found["sign"] or found["sign2"] else 1.0
    return sign * float(found["num"].replace(",", "")) * scale, scale


def far_apart(low: float, high: float) -> bool:
    """Ends too far apart for a dashed range: news ranges span less than twentyfold ("10-15", "5k-20k")."""
    return 0 < low and high > _DASH_RANGE_SPAN * low


def negative(signs: str) -> bool:
    """An odd number of minus signs: "-" and "--" before an exponent."""
    return sum(sign in "-−" for sign in signs) % 2 == 1


def is_year_number(value: float) -> bool:
    return 1000 <= value <= 2100
