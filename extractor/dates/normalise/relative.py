"""Expressions counted from a day: publication ('two weeks ago', 'last week', 'tomorrow') or the story's
last date ('the next day', 'two days later').

What the story's last date is only the whole document knows: these rules leave an ``offset`` that
extractor.dates.resolve counts from it.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, Optional

from ..calendar import _finish, _iso, _nth_weekday_away, _offset_value, _shift_months, _week_value, _whole_unit
from ..lexicon import lexicon
from ..values import _DIRECTION_REFS, Context, Parsed, Tok
from .amounts import _amount_and_unit, _quantity
from .tokens import _words


def _ago(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    words = _words(tokens)
    sign, base = None, 0
    for phrase, direction in lex["ago_words"].items():
        size = len(phrase.split())
        if len(words) > size and " ".join(words[-size:]) == phrase:
            sign, body = direction, tokens[:-size]
            break
    if sign is None and len(words) > 3 and words[-2] in ("from", "after", "before") \
            and words[-1] in lex["relative_days"]:
        sign, body, base = -1 if words[-2] == "before" else 1, tokens[:-2], lex["relative_days"][words[-1]]
    if sign is None:
        stated = _amount_and_unit(tokens[:-1]) if len(words) > 1 and words[-1] in lex["unanchored_offsets"] else None
        if stated is None:
            return None
        amount, unit = stated
        direction = -1 if words[-1] in ("earlier", "before", "prior") else 1
        return Parsed("date", None, kind="ago",
                      offset=None if amount == "X" else (float(amount), unit, direction, None, False))
    counted = _counted_weekdays(body)
    if counted is not None:
        if ctx.anchor is None:
            return Parsed("date", None, kind="ago")
        day = _nth_weekday_away(ctx.anchor + timedelta(days=base), counted[1], counted[0], sign)
        return Parsed("date", day.isoformat() if day else _DIRECTION_REFS[sign], kind="ago")
    found = _amount_and_unit(body) or _one_unit(body)
    if found is None:
        return None
    amount, unit = found
    if amount == "X":
        return Parsed("date", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="vague")
    if ctx.anchor is None:
        return Parsed("date", None, kind="ago")
    return Parsed("date", _offset_value(amount, unit, sign, ctx.anchor + timedelta(days=base)), kind="ago")


def _one_unit(tokens: list[Tok]) -> Optional[tuple[Any, str]]:
    """'week' of 'versus 294,000 week ago', a wire table's 'a week ago': one of a singular unit."""
    units = lexicon()["units"]
    words = _words(tokens)
    return (1, units[words[0]]) if len(words) == 1 and words[0] in units and not words[0].endswith("s") else None


def _day_of_story(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the next day', 'the following morning', 'the day before', 'that same day', 'the following week', 'the
    previous year', 'the year before', 'that year': counted from the last date the story named (the document
    resolves it). A day or 'that year' stays unresolved without one; 'the previous year' counts from
    publication, as 'last year' would. 'The next year' is the story's when the clause tells of the past ('held
    since 2016 ... The next year, the Taliban released'); said of what is to come ('the next week will
    continue the same trend', 'over the next year') it is the publication's."""
    lex = lexicon()
    words = [word for word in _words(tokens) if word != "same"]
    steps = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "that": 0,
             "before": -1, "after": 1}
    periods = ("week", "month", "quarter", "year")
    told_next = ctx.definite and ctx.tense == "past"  # 'the next year' of a past story, not 'next year'
    if len(words) == 2 and words[0] in steps and (words[0] != "next" or told_next) and words[1] in periods \
            or len(words) == 2 and words[0] in periods and words[1] in ("before", "after"):
        unit, sign = (words[1], steps[words[0]]) if words[1] in periods else (words[0], steps[words[1]])
        value = _whole_unit(_offset_value(1.0, unit, sign, ctx.anchor), unit) if ctx.anchor and sign else None
        return _finish(Parsed("date", value, kind="ago", offset=(1.0, unit, sign, None, True)), None, ctx, None)
    if len(words) == 2 and words[0] in steps and (words[1] == "day" or words[1] in lex["parts_of_day"]):
        step, part = steps[words[0]], lex["parts_of_day"].get(words[1])
    elif words in (["day", "before"], ["day", "after"]) or _words(tokens) == ["same", "day"]:
        step, part = steps.get(words[-1], 0), None
    else:
        return None
    return Parsed("time" if part else "date", None, kind="ago",
                  offset=(float(abs(step)), "day", step or 1, part, False))


def _story_period(unit: str, ctx: Context) -> Parsed:
    """'throughout the week', 'imports fell in the month': the week or month the story is in, which is the
    publication's unless the story named a day (or month) before it ('arrested on March 3, 2004. Throughout
    the week...'); the document resolves that. A week still to come ('will conduct operations during the
    week') is the publication's."""
    this = _deictic(["this", unit], ctx)
    offset = None if ctx.tense == "future" else (1.0, unit, 0, None, True)
    return Parsed("date", this.value if this else None, kind="ago", offset=offset)


def _counted_weekdays(tokens: list[Tok]) -> Optional[tuple[int, int]]:
    """'two Tuesdays' (of 'two Tuesdays ago') as (2, 2): how many of which weekday."""
    words = _words(tokens)
    amount, index = _quantity(tokens, 0)
    weekday = lexicon()["weekdays"].get(words[-1][:-1]) if words and words[-1].endswith("days") else None
    if weekday is None or amount in (None, "X") or index != len(words) - 1 or amount < 1 \
            or not float(amount).is_integer():
        return None
    return int(amount), weekday


def _in_future(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'(in) two weeks' said of the future, or '(in) two weeks' time' in a clause without a past tense, is a date;
    otherwise it stays a duration."""
    timed = len(tokens) > 2 and tokens[-1].key == "time"  # "two weeks' time", "a month's time"
    if not ctx.ahead or ctx.tense != "future" and not (timed and ctx.tense is None):
        return None
    counted = tokens[:-1] if timed else tokens
    found = _amount_and_unit(counted[:-1] if timed and counted[-1].key in ("'", "’") else counted)
    if found is None or found[0] == "X":
        return None
    if ctx.anchor is None:
        return Parsed("date", None, kind="ago")
    return Parsed("date", _offset_value(found[0], found[1], 1, ctx.anchor), kind="ago")


def _relative_day(words: list[str], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    phrase = " ".join(words)
    offset = lex["relative_day_phrases"].get(phrase, lex["relative_day_phrases"].get(f"the {phrase}"))
    pod = None
    day = re.sub(r"['’]s$", "", words[0]) if len(words) == 2 else words[0]  # "yesterday's afternoon kerb close"
    if offset is None and day in lex["relative_days"] and len(words) <= 2:
        offset = lex["relative_days"][day]
        pod = "NI" if words[0] == "tonight" else None
        if len(words) == 2:
            if words[1] not in lex["parts_of_day"]:
                return None
            pod = lex["parts_of_day"][words[1]]
    if offset is None and len(words) == 2 and words[1] in lex["parts_of_day"] and words[0] in ("this", "last"):
        offset = -1 if words[0] == "last" else 0
        pod = lex["parts_of_day"][words[1]]
        if words[0] == "last" and pod != "NI":
            return None
    if offset is None:
        return None
    kind = "time" if pod else "date"
    if ctx.anchor is None:
        return Parsed(kind, None)
    day = ctx.anchor + timedelta(days=offset)
    return Parsed(kind, f"{day.isoformat()}T{pod}" if pod else day.isoformat())


def _deictic(words: list[str], ctx: Context) -> Optional[Parsed]:
    """'last week', 'this year', 'next Friday', 'last October', 'this summer', '(this) past weekend' ('the past
    week' is a duration)."""
    lex = lexicon()
    if len(words) == 3 and words[:2] == ["this", "past"]:
        words = words[1:]
    if len(words) != 2 or words[0] not in lex["deictic"] or words[0] == "past" and not (
            words[1] == "weekend" or words[1] in lex["weekdays"]):
        return None
    step, period = lex["deictic"][words[0]], words[1]
    known = (period in ("week", "weekend", "month", "year", "quarter", "decade", "century")
             or period in lex["weekdays"] or period in lex["months"] or period in lex["seasons"])
    if not known:
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    anchor = ctx.anchor
    if period in ("week", "weekend"):
        value = _week_value(anchor + timedelta(weeks=step))
        return Parsed("date", value + ("-WE" if period == "weekend" else ""))
    if period == "month":
        year, month = _shift_months(anchor.year, anchor.month, step)
        return Parsed("date", f"{year}-{month:02d}")
    if period == "year":
        return Parsed("date", str(anchor.year + step))
    if period == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return Parsed("date", f"{index // 4}-Q{index % 4 + 1}")
    if period == "decade":
        return Parsed("date", str(anchor.year // 10 + step))
    if period == "century":
        return Parsed("date", str(anchor.year // 100 + step))
    if period in lex["weekdays"]:
        weekday = lex["weekdays"][period]
        if step == 0:
            day = anchor + timedelta(days=weekday - anchor.isoweekday())
        elif step < 0:
            day = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7 or 7)
        else:
            day = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
        return Parsed("date", day.isoformat())
    if period in lex["months"]:
        month = lex["months"][period]
        year = anchor.year + (0 if step == 0 else -1 if step < 0 and month >= anchor.month else
                              1 if step > 0 and month <= anchor.month else 0)
        return Parsed("date", f"{year}-{month:02d}")
    season = lex["seasons"][period]
    start_month = lex["season_months"][season][0]
    year = anchor.year + step
    if step < 0 and start_month + 2 < anchor.month:
        year = anchor.year
    elif step > 0 and start_month > anchor.month:
        year = anchor.year
    return Parsed("date", f"{year}-{season}")


def _relative(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    words = [word for word in _words(tokens) if word != "the"] or ["the"]
    return _relative_day(_words(tokens), ctx) or _deictic(words, ctx)


def _part_of_story_day(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'In the morning', 'Morning ring dealings': the part of the story's day (the document resolves it) or,
    without one, of the publication day, as a clock time alone is."""
    parts = lexicon()["parts_of_day"]
    words = _words(tokens)
    if not ctx.day_part or len(words) != 1 or words[0] not in parts:
        return None
    code = parts[words[0]]
    return Parsed("time", f"{ctx.anchor.isoformat()}T{code}" if ctx.anchor else None,
                  offset=(0.0, "day", 1, code, False))


def _story_day(ctx: Context) -> Parsed:
    """'Later in the day': the day the story last named, else the publication day (the document resolves it)."""
    return Parsed("date", _iso(ctx.anchor), offset=(0.0, "day", 1, None, False))
