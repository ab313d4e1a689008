"""Expressions that name no point: vague references ('recently'), sets ('every week') and durations.

They are read before the points so that 'the past week' is a length, not last week.
"""

from __future__ import annotations

import re
from typing import Optional

from ..lexicon import lexicon
from ..values import Context, Parsed, Tok
from .amounts import _amount_and_unit, _duration_value, _number
from .tokens import _phrase, _words

# A year's figure before a singular 'year' names that year, not a length ('1985 year ended December 28, 1985').
_YEAR_LABEL = re.compile(r"1\d{3} year|2\d{3} year")


def _vague(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    table = lexicon()["vague"]
    phrase = _phrase(tokens)
    value = table.get(phrase) or table.get(f"the {phrase}")
    return Parsed("date", value, kind="vague") if value else None


def _frequency_length(words: list[str]) -> int:
    """Words of a leading frequency ('twice', 'three times') that the set value does not record."""
    if words and words[0] in lexicon()["frequencies"]:
        return 1
    if len(words) > 2 and words[1] == "times":
        return 2
    return 0


# A set word's value that recurs once a period ('monthly' P1M, 'hourly' PT1H): its prefix and its unit.
_ONCE_A_PERIOD = re.compile(r"(PT?)1([A-Z])")


def _every_so_many(count: str, once: str) -> Optional[Parsed]:
    """'a three-monthly report' recurs every three months (P3M), 'six-monthly coupons' every six; a count that is
    no whole number, or a set word that recurs other than once a period ('fortnightly'), gives no set."""
    every, period = _number(count), _ONCE_A_PERIOD.fullmatch(once)
    if every is None or period is None or not every.is_integer() or every < 1:
        return None
    return Parsed("set", f"{period[1]}{int(every)}{period[2]}", kind="set")


def _set(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    phrase = _phrase(tokens)
    if phrase in lex["sets"]:
        return Parsed("set", lex["sets"][phrase], kind="set")
    words = _words(tokens)
    if len(words) == 3 and words[1] == "-" and words[2] in lex["sets"]:
        return _every_so_many(words[0], lex["sets"][words[2]])
    if len(words) == 1 and words[0].endswith("days") and words[0][:-1] in lex["weekdays"]:  # 'closed on Mondays'
        return Parsed("set", f"XXXX-WXX-{lex['weekdays'][words[0][:-1]]}", kind="set")
    rate = ctx.rate
    skip = _frequency_length(words)
    if skip:
        tokens, words, rate = tokens[skip:], words[skip:], True
    determiners = lex["set_determiners"] + (lex["rate_determiners"] if rate else [])
    if len(words) < 2 or words[0] not in determiners:
        return None
    rest = words[1:]
    if len(rest) == 1 and rest[0] in lex["weekdays"]:
        return Parsed("set", f"XXXX-WXX-{lex['weekdays'][rest[0]]}", kind="set")
    if len(rest) == 1 and rest[0] in lex["parts_of_day"]:
        return Parsed("set", f"XXXX-XX-XXT{lex['parts_of_day'][rest[0]]}", kind="set")
    if len(rest) == 1 and rest[0] in lex["months"]:
        return Parsed("set", f"XXXX-{lex['months'][rest[0]]:02d}", kind="set")
    found = _amount_and_unit(tokens[1:]) if _number(rest[0]) is not None else None
    if found is None and rest[-1] in lex["units"] and len(rest) == 1:
        found = (1.0, lex["units"][rest[-1]])
    low = _number(rest[0])
    if found is None and len(rest) == 4 and rest[1] in ("or", "to", "-", "–") and low and _number(rest[2]) \
            and rest[3] in lex["units"]:
        # 'every two or three years': the shorter interval, approximately
        return Parsed("set", _duration_value(low, lex["units"][rest[3]]), mod="APPROX", kind="set")
    if found is None or found[0] == "X":
        return None
    return Parsed("set", _duration_value(found[0], found[1]), kind="set")


def _duration(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    words = _words(tokens)
    if words and words[0] in ("past", "last", "next", "coming", "previous"):
        if len(words) < 2:
            return None
        counted = _number(words[1]) is not None or words[1] in lex["vague_quantities"]
        plural = words[-1] in lex["units"] and words[-1].endswith("s")
        if words[0] != "past" and not (counted or plural):
            return None
        tokens = tokens[1:]
        words = words[1:]
        if words[0] not in lex["numbers"] and _number(words[0]) is None and words[0] not in lex["vague_quantities"]:
            if words[0] in lex["units"] and len(words) == 1:
                unit = lex["units"][words[0]]
                return Parsed("duration", _duration_value("X" if words[0].endswith("s") and unit != words[0] else 1.0,
                                                           unit), kind="duration")
    found = _amount_and_unit(tokens)
    if found is None or _YEAR_LABEL.fullmatch(" ".join(words)):
        return None  # '1985 year ended December 28, 1985': the year's label, not 1,985 years
    return Parsed("duration", _duration_value(*found), kind="duration")
