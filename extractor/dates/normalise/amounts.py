"""Stated amounts of time ('two weeks', 'a year and a half', '5 1/2 hours') and their TimeML durations.

Shared by the relative rules ('two weeks ago'), durations and sets ('every two years'), which all
count a unit the same way.
"""

from __future__ import annotations

import math
import re
from typing import Any, Optional

from ..lexicon import _FRACTION_RE, lexicon
from ..values import Tok
from .tokens import _words


_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+$|\d+(?:\.\d+)?$")


def _number(word: str) -> Optional[float]:
    if _NUMBER_RE.match(word):
        value = float(word.replace(",", ""))
        return value if math.isfinite(value) else None
    if match := _FRACTION_RE.fullmatch(word):
        numerator, denominator = int(match[1]), int(match[2])
        return numerator / denominator if numerator < denominator else None
    value = lexicon()["numbers"].get(word)
    return None if value is None else float(value)


def _quantity(tokens: list[Tok], index: int) -> tuple[Optional[Any], int]:
    """A stated amount at ``index``: a number, 'X' for vague amounts ('a few'), or None."""
    words = _words(tokens)
    if index + 1 < len(words) and words[index] in ("a", "an") and _number(words[index + 1]) is not None \
            and words[index + 1] not in ("hundred", "couple", "half"):
        index += 1  # 'a 36 hour week', 'a five year facility', 'a dozen years': the article, not one more
    elif index < len(words) and words[index] in ("a", "an") and index + 1 < len(words):
        if words[index + 1] == "half":
            return 0.5, index + 2
        if words[index + 1] in lexicon()["vague_quantities"]:
            return "X", index + 2
        if words[index + 1] == "couple":
            return 2.0, index + 3 if index + 2 < len(words) and words[index + 2] == "of" else index + 2
    if index < len(words) and words[index] in lexicon()["vague_quantities"]:
        return "X", index + 1
    total, index = _counted(words, index)
    if total is not None and words[index:index + 3] == ["and", "a", "half"]:  # 'two and a half years'
        total, index = total + 0.5, index + 3
    return total, index


def _counted(words: list[str], index: int) -> tuple[Optional[float], int]:
    """The number spelled from ``index`` ('forty-five', '2 1/2', 'a hundred'), and where it stops."""
    total: Optional[float] = None
    while index < len(words):
        value = _number(words[index])
        if value is None:
            if words[index] == "-" and total is not None and index + 1 < len(words) and _number(words[index + 1]) \
                    and (words[index - 1].isalpha() and words[index + 1].isalpha()
                         or _FRACTION_RE.fullmatch(words[index + 1])):  # 'forty-five', '12-1/2'; '3-4' is a range
                index += 1
                continue
            break
        if value == 100 and total:
            total *= 100
        else:
            total = (total or 0) + value
        index += 1
        if words[index - 1] in ("dozen", "couple") and index < len(words) and words[index] == "of":
            index += 1
    return total, index


def _format_amount(amount: Any) -> str:
    if amount == "X":
        return "X"
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def _duration_value(amount: Any, unit: str) -> str:
    """TimeML duration; a fraction goes to the next smaller unit ('5 1/2 hours' is PT5H30M)."""
    smaller = lexicon()["smaller_units"].get(unit)
    if amount != "X" and not float(amount).is_integer() and smaller:
        whole, rest = int(amount), _duration_value((amount - int(amount)) * smaller[1], smaller[0])
        if not whole or unit not in ("year", "day", "hour", "minute"):
            return _duration_value(amount * smaller[1], smaller[0])
        head = _duration_value(whole, unit)
        if "T" in rest and "T" not in head:
            return head + rest[1:]
        return head + rest[2 if "T" in head else 1:]
    code, multiplier = lexicon()["unit_codes"][unit]
    scaled = amount if amount == "X" else amount * multiplier
    if unit in lexicon()["time_units"]:
        return f"PT{_format_amount(scaled)}{code}"
    return f"P{_format_amount(scaled)}{code}"


def _amount_and_unit(tokens: list[Tok]) -> Optional[tuple[Any, str]]:
    """'two weeks', 'a year and a half', 'half an hour', '48-hour', 'years' as (amount, unit)."""
    units = lexicon()["units"]
    words = _words(tokens)
    if not words:
        return None
    if words[0] == "half" and len(words) == 3 and words[1] in ("a", "an") and words[2] in units:
        return 0.5, units[words[2]]
    if len(words) == 1 and words[0] in units and words[0].endswith("s") and units[words[0]] != words[0]:
        return "X", units[words[0]]
    amount, index = _quantity(tokens, 0)
    if amount is None or index >= len(words):
        return None
    if words[index] == "-":
        index += 1
    if index >= len(words) or words[index] not in units:
        return None
    unit = units[words[index]]
    rest = words[index + 1:]
    if rest == ["and", "a", "half"] and amount != "X":
        amount += 0.5
    elif rest and rest != ["long"]:
        return None
    return amount, unit
