"""Named parts of a calendar period: 'the week of March 3', 'the first Monday in May', 'the rest of the
year', 'Tuesday this week'.

Each names a period and a part of it; they are read before the plain points, which would take only
the period.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from ..calendar import _finish, _month_end, _nth_weekday, _pick, _shift_months, _week_value
from ..lexicon import _DAY_RE, _MONTH_VALUE_RE, _YEAR_RE, lexicon
from ..values import Context, Parsed, Partial, Tok
from .absolute import _partial, _point, _resolve, _year_of_part
from .relative import _deictic, _relative
from .tokens import _strip_the, _words


def _weekend(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'(over) the weekend': the last one in past tense, the next one in future tense, else this week's."""
    if _words(tokens) != ["weekend"]:
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    saturday = ctx.anchor + timedelta(days=6 - ctx.anchor.isoweekday())
    if ctx.tense == "past" and saturday > ctx.anchor:
        saturday -= timedelta(weeks=1)
    return Parsed("date", _week_value(saturday) + "-WE")


def _week_of(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the week of March 6', 'the week beginning February 4', 'Easter week': the ISO week of that day."""
    words = _words(tokens)
    size = next((len(lead.split()) for lead in sorted(lexicon()["week_of"], key=len, reverse=True)
                 if words[:len(lead.split())] == lead.split()), 0)
    if size and len(words) > size:
        day = _point(tokens[size:], ctx)
    elif len(words) > 1 and words[-1] == "week" and words[0] not in lexicon()["deictic"]:
        day = _point(tokens[:-1], ctx)
    else:
        return None
    if day is None or day.type != "date":
        return None
    if day.value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    return Parsed("date", day.value and _week_value(date.fromisoformat(day.value)))


def _month_of(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the month of September', even 'the month of September 16th': the month named, not a duration."""
    words = _words(tokens)
    if len(words) < 3 or words[:2] != ["month", "of"]:
        return None
    named = _point(tokens[2:], ctx)
    if named is None or named.type != "date":
        return None
    if named.value is None:
        return named
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", named.value):
        return None
    return Parsed("date", named.value[:7])


def _months_range(year: int, month: int, last_year: int, last_month: int) -> Parsed:
    value = f"{year}-{month:02d}/{last_year}-{last_month:02d}"
    return Parsed("range", value, None, date(year, month, 1).isoformat(),
                  _month_end(last_year, last_month).isoformat(), kind="range")


def _quarter_of_months(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the September quarter', 'the October/December quarter', 'the July-to-September quarter': a quarter named
    by its months, as company and national accounts name them; a calendar quarter where it is one ('2004-Q3'),
    else its months ('the November quarter': September to November)."""
    lex = lexicon()
    words = [word for word in _words(tokens) if word not in ("/", "-", "–", "to")]
    if len(words) < 2 or words[-1] != "quarter":
        return None
    stated = int(words.pop(-2)) if len(words) > 2 and _YEAR_RE.match(words[-2]) else None
    if not 1 <= len(words) - 1 <= 2 or any(word not in lex["months"] for word in words[:-1]):
        return None
    last = lex["months"][words[-2]]
    first = (last - 3) % 12 + 1
    if len(words) == 3 and lex["months"][words[0]] != first:
        return None
    if stated is None and ctx.anchor is None:
        return Parsed("date", None)
    year = _year_of_part(Partial(year=stated), first if first <= last else 1, ctx, last)
    assert year is not None
    if first % 3 == 1:
        return _finish(Parsed("date", f"{year}-Q{last // 3}"), None, ctx, None)
    return _months_range(*_shift_months(year, last, -2), year, last)


def _deictic_year(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'February this year', 'April next year', 'the third quarter last year', "next year's first quarter": the
    year named by a deictic."""
    lex = lexicon()
    words = _words(tokens)
    deictic = ("this", "next", "last", "previous")
    if len(words) >= 4 and words[-3:] == ["of", "the", "year"]:  # 'the first half of the year': this one
        rest, named = tokens[:-2], "this"
    elif len(words) >= 3 and words[-1] == "year" and words[-2] in deictic:
        rest, named = tokens[:-2], words[-2]
    elif len(words) >= 3 and words[1] == "year" and words[0] in deictic:
        rest, named = tokens[2:], words[0]
    else:
        return None
    year = ctx.anchor.year + lex["deictic"][named] if ctx.anchor else None
    found = _partial(_strip_the(rest), year=year or 1)
    if found is None:
        return None
    return _resolve(found, ctx) if year else Parsed("date", None)


def _weekday_in_week(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'Friday next week', 'next week on Friday', 'Sunday of last week': that day of the named week."""
    lex = lexicon()
    words = [word for word in _words(tokens) if word not in ("on", "of", ",")]
    if len(words) != 3 or "week" not in words[1:]:
        return None
    if words[0] in lex["weekdays"] and words[2] == "week":
        weekday, deictic = words[0], words[1]
    elif words[1] == "week" and words[2] in lex["weekdays"]:
        weekday, deictic = words[2], words[0]
    else:
        return None
    if deictic not in lex["deictic"] or deictic == "past":
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    monday = ctx.anchor + timedelta(days=7 * lex["deictic"][deictic] - ctx.anchor.isoweekday() + 1)
    return Parsed("date", (monday + timedelta(days=lex["weekdays"][weekday] - 1)).isoformat())


def _nth_in_month(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the first Tuesday in November', 'the second Monday of next month', 'the first week of October', 'the
    last week of 2015' (a year's weeks are ISO weeks; its weekdays are counted in January, or from the end of
    December)."""
    lex = lexicon()
    words = _words(tokens)
    if len(words) < 4 or words[2] not in ("of", "in") or words[1] not in lex["weekdays"] and words[1] != "week":
        return None
    nth = -1 if words[0] == "last" else lex["ordinals"].get(words[0])
    if nth is None or nth > 5:
        return None
    month = _relative(tokens[3:], ctx) if words[3] in lex["deictic"] else _point(tokens[3:], ctx)
    if month is None or month.type != "date":
        return None
    value = month.value
    if value is None:
        return Parsed("date", None)
    if _YEAR_RE.match(value) and words[1] == "week":  # ISO weeks: the first holds January 4, the last December 28
        return Parsed("date", _week_value(date(int(value), 12, 28)) if nth == -1 else f"{value}-W{nth:02d}")
    if _YEAR_RE.match(value):
        value = f"{value}-{12 if nth == -1 else 1:02d}"
    if not _MONTH_VALUE_RE.fullmatch(value):
        return None
    year, number = int(value[:4]), int(value[5:])
    weekday = 1 if words[1] == "week" else lex["weekdays"][words[1]]
    day = _nth_weekday(year, number, weekday, nth)
    if day.month != number:
        return None
    return Parsed("date", _week_value(day) if words[1] == "week" else day.isoformat())


def _nth_weekday_alone(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the second Sunday' with no month: of the publication month, or of the month before (past tense) or
    after (future tense) when this month's falls on the other side of publication."""
    lex = lexicon()
    words = _words(tokens)
    if len(words) != 2 or words[1] not in lex["weekdays"] or not 1 <= lex["ordinals"].get(words[0], 0) <= 4:
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    nth, weekday = lex["ordinals"][words[0]], lex["weekdays"][words[1]]
    step = 0
    day = _nth_weekday(ctx.anchor.year, ctx.anchor.month, weekday, nth)
    if ctx.tense == "past" and day > ctx.anchor:
        step = -1
    elif ctx.tense == "future" and day < ctx.anchor:
        step = 1
    year, month = _shift_months(ctx.anchor.year, ctx.anchor.month, step)
    return Parsed("date", _nth_weekday(year, month, weekday, nth).isoformat())


def _day_of_month(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the 27th' alone: that day of this month or of the one before (past tense) or after (future tense)."""
    if not ctx.day_of_month or len(tokens) != 1 or not (match := _DAY_RE.match(tokens[0].key)):
        return None
    number = int(match[1])
    if not 1 <= number <= 31:
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    candidates = []
    for step in (-1, 0, 1):
        year, month = _shift_months(ctx.anchor.year, ctx.anchor.month, step)
        if number <= monthrange(year, month)[1]:
            candidates.append(date(year, month, number))
    return Parsed("date", _pick(candidates, ctx).isoformat())


def _day_number(word: str) -> Optional[int]:
    """A day of the month as written after a weekday: '15', '15th', 'fifteenth', or even 'fifteen'."""
    lex = lexicon()
    if match := _DAY_RE.match(word):
        number = int(match[1])
    elif word in lex["ordinals"]:
        number = lex["ordinals"][word]
    elif word in lex["day_count_words"]:
        number = lex["numbers"][word]
    else:
        return None
    return number if 1 <= number <= 31 else None


def _weekday_and_day(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'Friday the 15th': the nearest day of that number falling on that weekday, read by tense."""
    lex = lexicon()
    words = [word for word in _words(tokens) if word not in ("the", ",")]
    if len(words) != 2 or words[0] not in lex["weekdays"] or not (number := _day_number(words[1])):
        return None
    weekday = lex["weekdays"][words[0]]
    if ctx.anchor is None:
        return Parsed("date", None)
    candidates = []
    for step in range(-12, 13):
        year, month = _shift_months(ctx.anchor.year, ctx.anchor.month, step)
        if number <= monthrange(year, month)[1] and date(year, month, number).isoweekday() == weekday:
            candidates.append(date(year, month, number))
    return Parsed("date", _pick(candidates, ctx).isoformat()) if candidates else None


def _day_of_deictic_month(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the 20th of next month': a day of the month named relative to publication."""
    words = _words(tokens)
    if len(words) < 3 or words[1] != "of" or not (match := _DAY_RE.match(words[0])):
        return None
    month = _deictic(words[2:], ctx) if words[-1] == "month" else None
    if month is None or month.value is None:
        return month
    year, number = (int(part) for part in month.value.split("-"))
    if not 1 <= int(match[1]) <= monthrange(year, number)[1]:
        return None
    return Parsed("date", date(year, number, int(match[1])).isoformat())


def _rest_of(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the rest of the year', 'the remainder of the month': from publication to the end of the period it is in
    (weeks end on Sunday); 'the year to date', 'month-to-date': from the start of the period to publication. A
    range because the reader needs both ends."""
    lex = lexicon()
    words = [word for word in _words(tokens) if word not in ("-", "–")]
    to_date = words[1:] == ["to", "date"] and words[0] in ("week", "month", "year")
    rest_of = len(words) >= 2 and words[0] in lex["rest_words"] and words[-1] in ("week", "month", "year") \
        and all(word in lex["rest_glue"] for word in words[1:-1])
    if not to_date and not rest_of:
        return None
    if ctx.anchor is None:
        return Parsed("range", None, kind="range")
    anchor, period = ctx.anchor, words[0] if to_date else words[-1]
    if period == "week":
        first = anchor - timedelta(days=anchor.isoweekday() - 1)
        last = first + timedelta(days=6)
    elif period == "month":
        first, last = anchor.replace(day=1), _month_end(anchor.year, anchor.month)
    else:
        first, last = date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    low, high = ((first, anchor) if to_date else (anchor, last))
    return Parsed("range", f"{low.isoformat()}/{high.isoformat()}", None, low.isoformat(), high.isoformat(),
                  kind="range")


def _deictic_point(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'last Oct. 23', 'next Thanksgiving': a yearless day read before or after publication, whatever the tense."""
    words = _words(tokens)
    if len(words) < 2 or words[0] not in ("last", "next", "this"):
        return None
    found = _partial(tokens[1:])
    if found is None or found.year is not None or not (found.month and found.day or found.holiday):
        return None
    tense = {"last": "past", "next": "future"}.get(words[0])
    return _resolve(found, replace(ctx, tense=tense))
