"""Expressions of two parts: ranges ('from March 3 to 5'), a clock time on a day ('6pm today') and
split years ('1986/87').

Each side is read as one expression; what one side leaves out ('March 3 to 5') it takes from the
other.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from ..calendar import _days_away, _finish, _shift_months
from ..lexicon import _CLOCK_RE, _DAY_RE, _DOT_CLOCK_RE, _FRACTION_RE, _ISO_DAY_RE, _MONTH_VALUE_RE, _YEAR_RE, lexicon
from ..values import Context, Parsed, Partial, Tok
from .absolute import _numeric, _partial, _point, _resolve
from .amounts import _amount_and_unit
from .relative import _relative_day
from .single import read_single
from .tokens import _strip_prefix, _strip_the, _trim_glue, _words


_ISO_MOMENT_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")
_ISO_MONTH_OR_MOMENT_RE = re.compile(r"\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?")
_DAY_OR_PART_RE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T[A-Z]{2})?")
# No period counted back from its end runs to this many units ('the 52 weeks ended', 'the 180 days ended'); a
# four-digit figure before the unit is a year's label ('1985 year ended December 28, 1985').
_MOST_PERIODS = 1000
_DAY_AND_CLOCK = ("year", "month", "day", "weekday", "hour", "bare")


def _sole(found: Partial, name: str) -> Optional[int]:
    """The named field, when it is the only one of those that place a moment that ``found`` states."""
    stated = all((getattr(found, field) is None) != (field == name) for field in _DAY_AND_CLOCK)
    return getattr(found, name) if stated else None


def _clock_only(found: Partial) -> bool:
    return _sole(found, "hour") is not None


def _share_clock_fields(left: Partial, right: Partial) -> None:
    """'between 2000 and 2100 GMT': the first number is a clock time like the second. 'between 12 and 8 p.m.',
    '2:00 - 2:30 pm': the first time takes the meridiem of the second when that keeps the two in order.
    'Tuesday, Jan 15, 1:00 PM - 1:15 PM', '9 a.m. to noon on Friday': a clock alone takes the day of the other
    end."""
    year, bare = _sole(left, "year"), _sole(left, "bare")
    if _clock_only(right) and year is not None and year % 100 < 60 and year // 100 < 24:
        left.hour, left.minute = divmod(year, 100)
        left.year = None
    if right.hour is not None and right.meridiem:
        if bare is not None and 1 <= bare <= 12:
            left.hour, left.minute, left.bare = bare, 0, None
        if left.hour is not None and not left.meridiem and left.hour < 12 <= right.hour - left.hour:
            left.hour += 12
    for clock, dated in ((left, right), (right, left)):
        if _clock_only(clock) and dated.hour is not None and not _clock_only(dated) and dated.bare is None:
            clock.year, clock.month, clock.day, clock.weekday = dated.year, dated.month, dated.day, dated.weekday


def _inherit(left: Partial, right: Partial) -> bool:
    """Fill what one endpoint leaves implicit from the other ('November 1-8', '2019-21', '2 - 3 pm')."""
    _share_clock_fields(left, right)
    if right.bare is not None:
        if left.month is not None and left.day is not None:
            right.month, right.day, right.bare = left.month, right.bare, None
            right.year = right.year if right.year is not None else left.year
        elif left.year is not None and left.month is None and right.bare < 100:
            right.year, right.bare = left.year // 100 * 100 + right.bare, None
            if right.year < left.year:
                return False
        else:
            return False
    if left.bare is not None:
        if right.month is None:
            return False
        left.month, left.day, left.bare = right.month, left.bare, None
    if left.year is None and right.year is not None and left.month is not None:
        left.year = right.year - (1 if right.month is not None and left.month > right.month else 0)
    return True


def _endpoint(tokens: list[Tok]) -> Optional[tuple[Optional[str], Partial]]:
    mod, rest = _strip_prefix(tokens, lexicon()["mod_prefixes"])
    if mod not in (None, "START", "MID", "END", "APPROX"):
        return None
    found = _partial(_strip_the(rest), allow_bare=True)
    return (mod, found) if found else None


def _today_like(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'now', 'today', 'yesterday', 'tomorrow' as a range endpoint: a day, bounded by itself.

    'now' keeps its TimeML value PRESENT_REF; its bounds are the publication day."""
    words = _words(tokens)
    parsed = _relative_day(["today" if words == ["now"] else words[0]], ctx) if len(words) == 1 else None
    if parsed is None or parsed.type != "date":
        return None
    parsed = _finish(parsed, None, ctx, None)
    return replace(parsed, value="PRESENT_REF") if words == ["now"] else parsed


def _deictic_range(tokens: list[Tok], cut: int, ctx: Context) -> Optional[Parsed]:
    """'between now and November 15', 'from 2010 to today': a range with a day named relative to publication;
    the other end is the first such day after it ('between now and Feb. 10' even in a past-tense clause), or the
    last before it."""
    left, right = _today_like(tokens[:cut], ctx), _today_like(tokens[cut + 1:], ctx)
    if left is None and right is None:
        return None
    if left is None and right is not None and right.earliest:
        before = replace(ctx, anchor=date.fromisoformat(right.earliest), tense="past", ordered=True)
        left = read_single(tokens[:cut], before)
    if right is None and left is not None and left.latest:
        right = read_single(tokens[cut + 1:], _from_start(left.latest, ctx))
    if left is None or right is None or "duration" in (left.type, right.type) or left.kind in ("set", "vague") \
            or right.kind in ("set", "vague"):
        return None
    first = left.earliest if left.value == "PRESENT_REF" else left.value
    last = right.latest if right.value == "PRESENT_REF" else right.value
    value = f"{first}/{last}" if first and last else None
    parts = ((tokens[0].start, tokens[cut - 1].end, left), (tokens[cut + 1].start, tokens[-1].end, right))
    return Parsed("range", value, None, left.earliest, right.latest, kind="range", parts=parts)


def _days_of_month(tokens: list[Tok], separators: list[str], ctx: Context) -> Optional[Parsed]:
    """'from 4 to 22 this month', 'between 3 and 12 of Sept': two day numbers sharing the month named after them."""
    if len(tokens) < 4 or tokens[1].key not in separators:
        return None
    first, second = _DAY_RE.match(tokens[0].key), _DAY_RE.match(tokens[2].key)
    if not first or not second or not 1 <= int(first.group(1)) < int(second.group(1)) <= 31:
        return None
    rest = tokens[4:] if tokens[3].key in ("in", "of") else tokens[3:]
    month = read_single(rest, ctx) if rest else None
    if month is None or month.type != "date" or not month.value or not _MONTH_VALUE_RE.fullmatch(month.value):
        return None
    year, number = (int(part) for part in month.value.split("-"))
    try:
        start, end = date(year, number, int(first.group(1))), date(year, number, int(second.group(1)))
    except ValueError:
        return None
    left = Parsed("date", start.isoformat(), None, start.isoformat(), start.isoformat())
    right = Parsed("date", end.isoformat(), None, end.isoformat(), end.isoformat())
    parts = ((tokens[0].start, tokens[0].end, left), (tokens[2].start, tokens[-1].end, right))
    return Parsed("range", f"{start.isoformat()}/{end.isoformat()}", None, start.isoformat(), end.isoformat(),
                  kind="range", parts=parts)


def _range(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    between = ctx.between
    if tokens and tokens[0].key in lex["range_starts"]:
        between = between or tokens[0].key == "between"
        tokens = tokens[1:]
        ctx = replace(ctx, opened=True)
    separators = lex["range_separators"] + (["and"] if between else [])
    days = _days_of_month(tokens, separators, ctx)
    if days is not None:
        return days
    for cut in range(1, len(tokens) - 1):
        if tokens[cut].key in lex["period_ends"] and tokens[cut].key not in separators:
            found = _period_to(tokens, cut, ctx)  # 'the year ended December 31'
            if found is not None:
                return found
        if tokens[cut].key not in separators:
            continue
        found = _deictic_range(tokens, cut, ctx) or _period_to(tokens, cut, ctx) or _calendar_range(tokens, cut, ctx) \
            or _whole_days_range(text, tokens, cut, ctx)
        if found is not None:
            return found
    return None


def _weekdays_of_a_week(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'next week between Wednesday and Friday', 'from Monday to Wednesday next week': both days fall in the
    named week, not around publication."""
    lex = lexicon()
    words = _words(tokens)
    if len(words) > 4 and words[1] == "week" and words[0] in lex["deictic"]:
        step, rest = lex["deictic"][words[0]], tokens[2:]
    elif len(words) > 4 and words[-1] == "week" and words[-2] in lex["deictic"]:
        step, rest = lex["deictic"][words[-2]], tokens[:-2]
    else:
        return None
    rest = [tok for tok in rest if tok.key not in ("on", "of", ",")]
    if words[0] == "past" or words[-2] == "past" or not any(tok.key in lex["weekdays"] for tok in rest) or any(
            tok.key not in lex["weekdays"] and tok.key not in lex["range_starts"] + lex["range_separators"] + ["and"]
            for tok in rest):
        return None
    if ctx.anchor is None:
        return Parsed("range", None, kind="range")
    monday = ctx.anchor + timedelta(days=7 * step - ctx.anchor.isoweekday() + 1)
    return _range(text, rest, replace(ctx, anchor=monday, tense="future", ordered=True))


def _period_to(tokens: list[Tok], cut: int, ctx: Context) -> Optional[Parsed]:
    """'the three months to September', 'the year to March 2005', 'the year ended Dec 31, 1986', 'the week to
    Wednesday February 25': the months (or days) of a reporting period that ends in the named month (or on the
    named day)."""
    lex = lexicon()
    if tokens[cut].key not in lex["period_ends"]:
        return None
    leading = _strip_the(tokens[:cut])
    if len([tok for tok in leading if tok.key != "-"]) > 2:
        return None  # a table's number before 'Two weeks ended Feb 25' counts nothing
    counted = (1.0, leading[0].key) if _words(leading) in (["month"], ["quarter"], ["year"], ["week"], ["fortnight"]) \
        else _amount_and_unit(leading)
    months = {"month": 1, "quarter": 3, "year": 12}
    if counted is None or counted[0] == "X" or counted[1] not in months and counted[1] not in lex["unit_days"] \
            or not float(counted[0]).is_integer():
        return None
    _, rest = _strip_prefix(tokens[cut + 1:], {"the end of": "END", "end of": "END"})
    ending = _point(_strip_the(rest), ctx) if rest else None
    if ending is not None and ending.type == "date" and ending.value is None and ctx.anchor is None:
        return Parsed("range", None, kind="range")
    if ending is None or ending.type != "date" or not ending.value or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?",
                                                                                   ending.value):
        return None
    amount = int(counted[0])
    if amount >= _MOST_PERIODS:
        return None  # '1985 year ended December 28, 1985': a fiscal year's label, not 1,985 years
    if counted[1] in lex["unit_days"]:
        if len(ending.value) == 7:
            return None
        start = _days_away(date.fromisoformat(ending.value), 1 - amount * lex["unit_days"][counted[1]])
        if start is None:
            return None
        start_value = start.isoformat()
    elif len(ending.value) == 7:
        year, month = _shift_months(int(ending.value[:4]), int(ending.value[5:]), 1 - amount * months[counted[1]])
        start_value = f"{year}-{month:02d}"
    else:
        after = date.fromisoformat(ending.value) + timedelta(days=1)  # 'nine months ended September 30': from January 1
        year, month = _shift_months(after.year, after.month, -amount * months[counted[1]])
        start_value = date(year, month, min(after.day, monthrange(year, month)[1])).isoformat()
    first = _finish(Parsed("date", start_value), None, ctx, None)
    last = _finish(ending, None, ctx, None)
    parts = ((leading[0].start, tokens[cut - 1].end, first), (tokens[cut + 1].start, tokens[-1].end, last))
    return Parsed("range", f"{first.value}/{last.value}", None, first.earliest, last.latest, kind="range",
                  parts=parts)


def _inverted(first: Parsed, last: Parsed) -> bool:
    """Whether the range would end before it starts: 'ran from October 1 to [the next] November 7', 'the November
    to April shipment' read in the past tense."""
    return bool(first.value and last.value and _ISO_MONTH_OR_MOMENT_RE.fullmatch(first.value)
                and _ISO_MONTH_OR_MOMENT_RE.fullmatch(last.value) and last.value < first.value[:len(last.value)])


def _from_start(start: str, ctx: Context) -> Context:
    """The context to read a range's yearless end in once the tense put it before the start ('ran from October 1
    to November 7' published on October 24): the first such day after the start."""
    day = date.fromisoformat(start[:10]) if _ISO_DAY_RE.match(start) else date(int(start[:4]), int(start[5:7]), 1)
    return replace(ctx, anchor=day, tense="future", ordered=True)


def _calendar_range(tokens: list[Tok], cut: int, ctx: Context) -> Optional[Parsed]:
    """Endpoints that share what one of them leaves out ('November 1-8', 'Monday to Friday', '2019-21')."""
    left, right = _endpoint(tokens[:cut]), _endpoint(tokens[cut + 1:])
    bare_start = left is not None and left[1].bare is not None
    if not left or not right or not _inherit(left[1], right[1]):
        return None
    first, last = _resolve(left[1], ctx), _resolve(right[1], ctx)
    if first is None or last is None or bare_start and _inverted(first, last):  # '[February] 27-July 7'
        return None
    if first.value and _inverted(first, last) and (_clock_only(right[1]) or right[1].year is None):
        if _clock_only(right[1]):  # '2300 GMT - 0100 GMT': past midnight
            later = _resolve(right[1], replace(ctx, anchor=date.fromisoformat(first.value[:10]) + timedelta(days=1)))
        else:
            later = _resolve(right[1], _from_start(first.value, ctx))
        if later is None:
            return None
        last = later
    if left[1].weekday is not None and right[1].weekday is not None and first.value and last.value:
        start = date.fromisoformat(first.value)
        last = replace(last, value=(start + timedelta(days=(right[1].weekday - left[1].weekday) % 7)).isoformat())
    first, last = _finish(first, left[0], ctx, None), _finish(last, right[0], ctx, None)
    value = f"{first.value}/{last.value}" if first.value and last.value else None
    parts = ((tokens[0].start, tokens[cut - 1].end, first), (tokens[cut + 1].start, tokens[-1].end, last))
    return Parsed("range", value, None, first.earliest, last.latest, kind="range", parts=parts)


def _whole_days_range(text: str, tokens: list[Tok], cut: int, ctx: Context) -> Optional[Parsed]:
    """Two days or times that each read alone, in order: 'Friday the 11th until Tuesday the 15th', 'January 12,
    2016 - 01/22/2016', '6pm today until 12.01am on 9 November' (spellings the shared-field reading of
    ``_calendar_range`` cannot combine). Yearless '10/1' and '11/7' are days here after 'from' or 'between'
    unless one of them is a common fraction ('from 1/2 to 3/4')."""
    sides, days = [], []
    spelled = [text[part[0].start:part[-1].end] for part in (tokens[:cut], tokens[cut + 1:])]
    numeric_ctx = replace(ctx, dated=ctx.dated or ctx.opened and not any(map(_FRACTION_RE.fullmatch, spelled)))
    for part, spelling in zip((tokens[:cut], tokens[cut + 1:]), spelled):
        parsed = _clock_on_day(text, part, ctx) or read_single(part, ctx) or _numeric(spelling, numeric_ctx)
        if parsed is None or parsed.type not in ("date", "time") or not parsed.value \
                or not _ISO_MOMENT_RE.fullmatch(parsed.value):
            return None
        sides.append(parsed)
        days.append(parsed.value)
    (first, last), (start, end) = sides, days
    if start > end:
        later = read_single(tokens[cut + 1:], _from_start(start, ctx)) \
            or _numeric(spelled[1], replace(_from_start(start, ctx), dated=numeric_ctx.dated))
        if later is None or not later.value or not _ISO_MOMENT_RE.fullmatch(later.value) or start > later.value:
            return None
        last, end = later, later.value
    parts = ((tokens[0].start, tokens[cut - 1].end, first), (tokens[cut + 1].start, tokens[-1].end, last))
    return Parsed("range", f"{start}/{end}", None, first.earliest, last.latest, kind="range", parts=parts)


def _is_clock_word(key: str) -> bool:
    lex = lexicon()
    return bool(_CLOCK_RE.match(key) or _DOT_CLOCK_RE.match(key) or _DAY_RE.match(key)) or key in lex["meridiem"] \
        or key in lex["clock_words"] or key in lex["range_separators"] or key in lex["range_starts"] or key == "and"


def _clock_on_day(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'10:35 a.m. yesterday', 'today at 8.30pm', '9 a.m. to noon tomorrow': a clock time, or a range of
    them, on the day an expression beside it names; read alone, a clock time falls on the publication day."""
    if ctx.anchor is None or not any(tok.key in lexicon()["meridiem"] or _CLOCK_RE.match(tok.key)
                                     or tok.key in lexicon()["clock_words"] for tok in tokens):
        return None
    for cut in range(1, len(tokens)):
        for clock, day_words in ((tokens[:cut], tokens[cut:]), (tokens[cut:], tokens[:cut])):
            clock, day_words = _trim_glue(clock), _trim_glue(day_words)
            if not clock or not day_words or not all(_is_clock_word(tok.key) for tok in clock) \
                    or any(_is_clock_word(tok.key) and not _DAY_RE.match(tok.key) for tok in day_words):
                continue
            named = read_single(day_words, ctx)
            day = _DAY_OR_PART_RE.fullmatch(named.value or "") if named and named.type in ("date", "time") else None
            if day is None:
                continue
            on_day = replace(ctx, anchor=date.fromisoformat(day[1]), tense=None)
            parsed = _range(text, clock, on_day) or _point(clock, on_day)
            if parsed is not None and parsed.type == "time":
                return _finish(parsed, None, on_day, None)
            if parsed is not None and parsed.kind == "range" and all(part.type == "time" for *_, part in parsed.parts):
                return parsed
    return None


def _split_year(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'1986/87', 'the 1987/88 season': a season, crop or fiscal year across two calendar years. With its months
    in brackets ('1987/88 (April-March)') it is those twelve months; without, both years ('1986/1987', as
    '1986-87' reads), since the text does not say where in them it starts."""
    mod, rest = _strip_prefix(tokens, lexicon()["mod_prefixes"])  # 'late 1986/87'
    words = _words(_strip_the(rest))
    if mod not in (None, "START", "MID", "END", "APPROX") or len(words) != 3 or words[1] != "/" or not _YEAR_RE.match(words[0]) or not words[2].isdigit() \
            or len(words[2]) not in (2, 4):
        return None
    first = int(words[0])
    second = first + 1
    if words[2] != str(second) and words[2] != f"{second % 100:02d}":
        return None  # '2000/01' is a split year, '1986/85' and '1986/89' are not
    if ctx.split_months is not None:
        start, end = (f"{first}-{ctx.split_months[0]:02d}", f"{second}-{ctx.split_months[1]:02d}")
        bounds = f"{start}-01", f"{end}-{monthrange(second, ctx.split_months[1])[1]:02d}"
    else:
        start, end = str(first), str(second)
        bounds = f"{start}-01-01", f"{end}-12-31"
    return Parsed("range", f"{start}/{end}", mod, *bounds, kind="range")
