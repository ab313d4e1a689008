"""One expression, not a range: the rule table ``RULES`` decides which reading wins.

``read_single`` takes off what modifies the whole expression ('late', 'by', 'the end of') and tries the
table's rules in order on the rest. The two rules defined here read a smaller expression inside theirs
('the first half of [next year]', '[Friday] night'), so they sit beside the reader they call rather than
in a module it imports.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date
from typing import Optional

from ..calendar import _finish
from ..lexicon import _ISO_DAY_RE, _MONTH_VALUE_RE, _YEAR_RE, lexicon
from ..values import Context, Parsed, Rule, Tok
from .absolute import _fiscal_year, _point, _wire_clock
from .amounts import _amount_and_unit
from .durations import _duration, _set, _vague
from .periods import (
    _day_of_deictic_month, _day_of_month, _deictic_point, _deictic_year, _month_of, _months_range, _nth_in_month,
    _nth_weekday_alone, _quarter_of_months, _rest_of, _week_of, _weekday_and_day, _weekday_in_week, _weekend,
)
from .relative import _ago, _day_of_story, _in_future, _part_of_story_day, _relative, _story_day, _story_period
from .tokens import _strip_prefix, _strip_the, _trim_glue, _words


def _first_or_last_part(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'the first nine months of 1986', 'the last three months of 2004', 'the last 10 days of March', 'the second
    half of February': the months of a year or the days of a month a company or trade report covers."""
    words = _words(tokens)
    if len(words) < 4 or words[0] not in ("first", "second", "latter", "last", "final") or "of" not in words:
        return None
    cut = words.index("of")
    named = tokens[cut + 1:]
    if _words(named) == ["the", "year"]:
        named = [Tok("this", named[0].start, named[0].end), named[1]]
    whole = read_single(named, ctx) if named else None
    if whole is None or whole.type != "date" or whole.mod is not None or not whole.value:
        return None
    first, half = words[0] == "first", words[1:cut] == ["half"]
    if words[0] == "second" and not half:
        return None
    if month := _MONTH_VALUE_RE.fullmatch(whole.value):
        year, number = int(month[1]), int(month[2])
        length = monthrange(year, number)[1]
        if half:
            days = length // 2
            start, end = (1, days) if first else (days + 1, length)
        else:
            counted = _amount_and_unit(tokens[1:cut])
            if counted is None or counted[1] != "day" or counted[0] not in range(1, length):
                return None
            days = int(counted[0])
            start, end = (1, days) if first else (length - days + 1, length)
        low, high = date(year, number, start).isoformat(), date(year, number, end).isoformat()
        return Parsed("range", f"{low}/{high}", None, low, high, kind="range")
    counted = None if half else _amount_and_unit(tokens[1:cut])
    if counted is None or counted[1] != "month" or counted[0] not in range(1, 12) or not _YEAR_RE.fullmatch(
            whole.value):
        return None  # 'the first half of 1986' is a half-year, read as a point
    months = int(counted[0])
    start = 1 if first else 13 - months
    return _months_range(int(whole.value), start, int(whole.value), start + months - 1)


def _part_of_named_day(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'last Friday night', 'next Monday afternoon', 'overnight on Saturday': a part of a day that a relative
    expression names (a day spelled in fields, 'Tuesday evening', reads as one partial)."""
    parts = lexicon()["parts_of_day"]
    if len(tokens) < 2 or (tokens[-1].key in parts) == (tokens[0].key in parts):
        return None
    part, rest = (tokens[-1], tokens[:-1]) if tokens[-1].key in parts else (tokens[0], tokens[1:])
    rest = _trim_glue(rest)
    named = read_single(rest, ctx) if rest else None
    if named is None or named.type != "date" or not named.value or not _ISO_DAY_RE.fullmatch(named.value):
        return None
    return Parsed("time", f"{named.value}T{parts[part.key]}")


# The readings of one expression, tried in this order on its words once a leading modifier ('late', 'by',
# 'the end of') and 'the' are taken off: the first rule that reads them wins. Where two rules could read
# the same words the earlier is the more particular: sets and 'ago' before the durations they contain
# ('every two weeks', 'two weeks ago' before 'two weeks'), named parts of periods before plain points
# ('the week of March 6' before 'March 6'), and fields read as one point last but one.
RULES: tuple[Rule, ...] = (
    Rule("'recently', 'the past', 'now'", _vague),
    Rule("'every week', 'twice a year', 'quarterly'", _set),
    Rule("'two weeks ago', 'a year earlier', 'three days from now', 'two Tuesdays ago'", _ago),
    Rule("'the next day', 'the following week', 'the year before' (counted from the story's last date)",
         _day_of_story),
    Rule("'fiscal 1987', 'the 1987 fiscal year', 'FY 2020'", _fiscal_year),
    Rule("'(in) two weeks' said of the future, '(in) a month's time'", _in_future),
    Rule("'the rest of the year', 'the year to date'", _rest_of),
    Rule("'Friday the 15th'", _weekday_and_day),
    Rule("'the 20th of next month'", _day_of_deictic_month),
    Rule("'today', 'yesterday afternoon', 'last week', 'next Friday', 'this summer'", _relative),
    Rule("'the weekend'", _weekend),
    Rule("'the week of March 6', 'the week beginning February 4', 'Easter week'", _week_of),
    Rule("'the month of September'", _month_of),
    Rule("'February this year', 'the third quarter last year'", _deictic_year),
    Rule("'last Oct. 23', 'next Thanksgiving'", _deictic_point),
    Rule("'Friday next week', 'Sunday of last week'", _weekday_in_week),
    Rule("'the first Tuesday in November', 'the last week of 2015'", _nth_in_month),
    Rule("'the second Sunday' (no month named)", _nth_weekday_alone),
    Rule("'the 27th' alone ('on the 27th')", _day_of_month),
    Rule("'the September quarter', 'the July-to-September quarter'", _quarter_of_months),
    Rule("'the first nine months of 1986', 'the second half of February'", _first_or_last_part),
    Rule("'0620 hrs', '1650 hours' (a wire clock time, not a count of hours)", _wire_clock),
    Rule("'two weeks', 'the past year', 'five and a half hours'", _duration),
    Rule("'(In the) morning' telling of the story's day", _part_of_story_day),
    Rule("'March 3, 2004', 'October', 'the 1990s', 'Q3', '10:30 a.m.', 'Easter'", _point),
    Rule("'last Friday night', 'next Monday afternoon'", _part_of_named_day),
)


def read_single(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """The reading of one expression: its modifiers taken off, then the first rule of ``RULES`` that reads the
    rest, with the modifiers put back on its value (a range is read by extractor.dates.normalise.ranges)."""
    lex = lexicon()
    whole = _vague(tokens, ctx)
    if whole:
        return whole
    if _words(tokens) == ["year", "-", "end"]:
        tokens = tokens[::-1]  # 'by year-end' as 'end-year'
    mod, rest = _strip_prefix(tokens, lex["mod_prefixes"])
    glue = tokens[len(tokens) - len(rest) - 1].key if mod is not None else None
    part_of = glue == "of"  # 'end of the week', not 'mid-week'
    clamp, tokens = _strip_prefix(rest, lex["clamp_prefixes"])
    if clamp and _words(tokens) == ["in", "the", "day"]:
        return _finish(_story_day(ctx), None, ctx, clamp)
    if clamp and _words(tokens)[:2] == ["in", "the"] and len(tokens) == 3:
        tokens = [Tok("this", tokens[1].start, tokens[1].end), tokens[2]]
    tokens = _strip_the(tokens)
    tokens = [tok for index, tok in enumerate(tokens) if tok.key != "calendar" or index + 1 == len(tokens)
              or tokens[index + 1].key != "year"]  # 'this calendar year'
    if not tokens:
        return None
    if len(tokens) == 2 and tokens[0].key in lex["possessives"] and tokens[1].key in ("week", "weekend"):
        tokens, ctx = tokens[1:], replace(ctx, definite=True)  # 'his weekend', 'her week'
    if ctx.definite and mod is None and clamp is None and _words(tokens) in (["week"], ["month"]):
        return _finish(_story_period(tokens[0].key, ctx), None, ctx, None)
    if ctx.definite and mod is None and clamp is None and _words(tokens) == ["day"]:
        return _finish(_story_day(ctx), None, ctx, None)  # "off the day's highs": the day of the story
    if part_of and _words(tokens) in (["week"], ["month"], ["quarter"], ["year"], ["decade"]) \
            or glue == "-" and _words(tokens) == ["year"]:
        tokens = [Tok("this", tokens[0].start, tokens[0].start), *tokens]  # 'the end of the year': this one
    for rule in RULES:
        parsed = rule.read(tokens, ctx)
        if parsed is not None and parsed.kind == "duration" and mod in ("START", "MID", "END"):
            return None
        if parsed is not None:
            return _finish(parsed, mod, ctx, clamp)
    return None
