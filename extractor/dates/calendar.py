"""Calendar arithmetic on TIMEX3 values: bounds, shifts, the reading a tense picks, holidays.

Kept apart from the rules so that one piece of arithmetic serves both the rules (one expression) and
the document resolver (an expression counted from the story's last date).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Optional

from .lexicon import _CLOCK_VALUE_RE, _MONTH_VALUE_RE, lexicon
from .values import _DIRECTION_REFS, Context, Parsed


# How near a yearless date in the publication's year must be to outweigh the tense (see _pick).
_NEAR_DAYS = 62


def _iso(day: Optional[date]) -> Optional[str]:
    return day.isoformat() if day else None


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _bounds(value: Optional[str]) -> Optional[tuple[date, date]]:
    """First and last day a resolved TIMEX3 value covers."""
    if not value:
        return None
    if match := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        first = (_days_away(monday, 5) or date.max) if match[3] else monday
        return first, _days_away(monday, 6) or date.max  # the last week of 9999 ends past the calendar
    if match := _MONTH_VALUE_RE.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return date(year, month, 1), _month_end(year, month)
    if match := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        year, size, part = int(match[1]), 3 if match[2] == "Q" else 6, int(match[3])
        first = (part - 1) * size + 1
        return date(year, first, 1), _month_end(year, first + size - 1)
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(match[1])
        first, last = lexicon()["season_months"][match[2]]
        end_year, end_month = _shift_months(year, 1, last - 1)
        return date(year, first, 1), _month_end(end_year, end_month)
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None


def _bounds_with_mod(value: Optional[str], mod: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Early/mid/late keep a third of the period; before/after open one side (from the same day for a clock
    time: 'after midnight on Saturday' is still Saturday)."""
    bounds = _bounds(value)
    if bounds is None:
        return None, None
    first, last = bounds
    if mod in ("BEFORE", "AFTER") and value and _CLOCK_VALUE_RE.search(value):
        mod = "ON_OR_" + mod
    days = (last - first).days + 1
    if mod in ("START", "MID", "END") and days >= 3:
        cut1, cut2 = first + timedelta(days=days // 3), first + timedelta(days=2 * days // 3)
        first, last = {"START": (first, cut1 - timedelta(days=1)), "MID": (cut1, cut2 - timedelta(days=1)),
                       "END": (cut2, last)}[mod]
    elif mod == "BEFORE":
        return None, _iso(first - timedelta(days=1))
    elif mod == "AFTER":
        return _iso(last + timedelta(days=1)), None
    elif mod == "ON_OR_BEFORE":
        return None, _iso(last)
    elif mod == "ON_OR_AFTER":
        return _iso(first), None
    return _iso(first), _iso(last)


def _pick(candidates: list[date], ctx: Context) -> date:
    """The reading of a yearless or weekday date that fits the tense best.

    News copy names the year of a date outside the current one: a tense that would carry a yearless date into
    another year yields to a reading within two months in the publication's year ("the Oscars on Feb. 9 were"
    written on 20 January 2020 is this February's; a clause the parser hangs from a far 'will' does not send
    'Dec. 20' written on 30 December a year ahead; 'took effect on Jan first' written in November stays), unless
    the words themselves place it in the past ('In December, the firm bid' written in November)."""
    anchor = ctx.anchor
    assert anchor is not None
    nearest = min(candidates, key=lambda day: (abs((day - anchor).days), day > anchor))
    chosen = nearest
    if ctx.tense == "past":
        earlier = [day for day in candidates if day <= anchor + timedelta(days=7)]
        chosen = max(earlier) if earlier else nearest
    elif ctx.tense == "future":
        later = [day for day in candidates if day >= anchor]
        chosen = min(later) if later else nearest
    if not ctx.ordered and not ctx.past and chosen.year != anchor.year == nearest.year \
            and abs((nearest - anchor).days) <= _NEAR_DAYS:
        return nearest
    return chosen


def _month_day(month: int, day: int, ctx: Context) -> Optional[date]:
    assert ctx.anchor is not None
    candidates = []
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        if 1 <= day <= monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    return _pick(candidates, ctx) if candidates else None


def _year_for_month(month: int, ctx: Context) -> int:
    assert ctx.anchor is not None
    this_month = ctx.anchor.replace(day=1)
    firsts = [date(year, month, 1) for year in (this_month.year - 1, this_month.year, this_month.year + 1)]
    return _pick(firsts, replace(ctx, anchor=this_month)).year


def _weekday(weekday: int, ctx: Context) -> date:
    assert ctx.anchor is not None
    back = (ctx.anchor.isoweekday() - weekday) % 7
    ahead = (weekday - ctx.anchor.isoweekday()) % 7
    if ctx.tense == "past":
        return ctx.anchor - timedelta(days=back)
    if ctx.tense == "future":
        return ctx.anchor + timedelta(days=ahead)
    return ctx.anchor - timedelta(days=back) if back <= ahead else ctx.anchor + timedelta(days=ahead)


def _offset_value(amount: float, unit: str, sign: int, anchor: date) -> str:
    """The day, month or year ``amount`` units away from ``anchor``, at the unit's granularity; beyond the
    calendar's years 1 to 9999 ('200,000 years ago'), only the direction."""
    lex = lexicon()
    if unit in lex["time_units"]:
        return anchor.isoformat()
    if unit in lex["unit_days"]:
        day = _days_away(anchor, sign * round(amount * lex["unit_days"][unit]))
        return day.isoformat() if day else _DIRECTION_REFS[sign]
    months = round(amount * lex["unit_months"][unit])
    year, month = _shift_months(anchor.year, anchor.month, sign * months)
    if not MINYEAR <= year <= MAXYEAR:
        return _DIRECTION_REFS[sign]
    return f"{year:04d}-{month:02d}" if unit in ("month", "quarter") else f"{year:04d}"


def _days_away(anchor: date, days: int) -> Optional[date]:
    try:
        return anchor + timedelta(days=days)
    except OverflowError:
        return None


def _whole_unit(value: str, unit: str) -> str:
    """The week or quarter a day or month lies in, for 'the following week' or 'the previous quarter'."""
    if unit == "week":
        return _week_value(date.fromisoformat(value))
    if unit == "quarter":
        return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    return value


def _nth_weekday_away(anchor: date, weekday: int, count: int, sign: int) -> Optional[date]:
    """The ``count``-th ``weekday`` strictly before (``sign`` -1) or after ``anchor``."""
    if sign < 0:
        first = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7 or 7)
    else:
        first = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    return _days_away(first, 7 * sign * (count - 1))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * shift) // 433
    month = (h + shift - 7 * m + 90) // 25
    return date(year, month, (h + shift - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int, from_day: int = 1) -> date:
    """The ``nth`` ``weekday`` of a month on or after ``from_day`` (``nth`` -1: the last one)."""
    if nth < 0:
        last = _month_end(year, month)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, from_day)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _holiday_in(name: str, year: int) -> date:
    """Holidays that move: Thanksgiving (fourth Thursday of November), Easter, US Election Day."""
    rule = lexicon()["floating_holidays"][name]
    if "easter" in rule:
        return _easter(year) + timedelta(days=rule["easter"])
    return _nth_weekday(year, rule["month"], rule["weekday"], rule["nth"], rule.get("from_day", 1))


_POINT_MODS = ("START", "MID", "END", "APPROX")


def _finish(parsed: Parsed, mod: Optional[str], ctx: Context, clamp: Optional[str]) -> Parsed:
    """Attach the modifier that suits the kind of expression and bound the resolved value."""
    lex = lexicon()
    if parsed.kind == "duration":
        return replace(parsed, mod=mod)
    if parsed.kind in ("set", "vague", "range"):
        return parsed
    if parsed.kind == "ago" and mod in lex["point_mods"]:
        # 'less than three years ago' is after 2002; 'in less than three years' before 2008
        bounds = _bounds(parsed.value) if ctx.anchor else None
        ahead = bounds is not None and ctx.anchor is not None and bounds[0] > ctx.anchor
        mod = lex["future_point_mods" if ahead else "point_mods"][mod]
    elif mod not in _POINT_MODS:
        mod = None
    if mod is None and ctx.signal and parsed.kind != "ago":
        mod = ctx.signal
    earliest, latest = _bounds_with_mod(parsed.value, mod)
    if clamp and ctx.anchor and earliest and latest:
        if clamp == "before":
            latest = min(latest, ctx.anchor.isoformat())
        else:
            earliest = max(earliest, ctx.anchor.isoformat())
    return replace(parsed, mod=mod, earliest=earliest, latest=latest)
