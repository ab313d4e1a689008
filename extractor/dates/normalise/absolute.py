"""Expressions that state their calendar fields ('March 3, 2004', 'the 1990s', 'Q3', '11/08/2023').

The fields are read first (a ``Partial``) and resolved after, so that one resolution serves every
spelling; a missing year is then taken from the anchor and the tense.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional

from ..calendar import _finish, _holiday_in, _iso, _month_day, _pick, _week_value, _weekday, _year_for_month
from ..lexicon import _CLOCK_RE, _DAY_RE, _DOT_CLOCK_RE, _SHORT_DECADE_RE, _YEAR_RE, lexicon
from ..values import Context, Parsed, Partial, Tok
from .tokens import _words

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2}))?$")
_DECADE_RE = re.compile(r"(\d{3})0s$")
_SHORT_YEAR_RE = re.compile(r"['’]\d{2}")
_PERIOD_STAMP_RE = re.compile(r"(\d{4})-([qh])([1-4])|([qh])([1-4])-(\d{4})")


def _fiscal_year(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'fiscal 1987', 'fiscal year 1986', 'the 1987 fiscal year', 'FY 2020': TimeML's ``FY1987``, without
    calendar bounds (a company's fiscal year may end in any month, or be named after the year it starts)."""
    words = _words(tokens)
    if words[1:] == ["fiscal", "year"]:
        words = ["fiscal", words[0]]
    if len(words) < 2 or words[0] not in ("fiscal", "fy") or words[1:-1] not in ([], ["year"]) \
            or not _YEAR_RE.match(words[-1]) or not 1000 <= int(words[-1]) <= 2199:
        return None
    return Parsed("date", f"FY{words[-1]}")


_WIRE_CLOCK_RE = re.compile(r"([01]\d|2[0-3])[0-5]\d$")
_SECOND_ZONE_RE = re.compile(r"\b([a-z]{2,4})(/([01]\d|2[0-3])[0-5]\d(?:\s+([a-z]{2,4})\b)?)", re.IGNORECASE)


def _wire_clock(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'0620 hrs', '1650 hours local time', '1100 hrs EDT': four digits that are a clock reading, before 'hrs' or
    'hours', are wire copy's time of day, not a count of hours (a count writes its thousands comma: '1,430
    hours')."""
    words = _words(tokens)
    if len(words) < 2 or not _WIRE_CLOCK_RE.fullmatch(words[0]) or words[1] not in ("hrs", "hours"):
        return None
    return _point(tokens, ctx)


def _second_zone(text: str) -> Optional[str]:
    """'1530 EST/2030 GMT': the text with the same time in a second zone after a slash blanked, offsets kept, as
    a bracketed one is ('1630 EST (2130 GMT)'); None when it has none."""
    zones = lexicon()["timezones"]

    def blank(found: re.Match[str]) -> str:
        if found[1].lower() not in zones:
            return found[0]
        kept = "" if found[4] is None or found[4].lower() in zones else found[0][found.start(4) - found.start():]
        return found[1] + " " * (len(found[2]) - len(kept)) + kept

    blanked = _SECOND_ZONE_RE.sub(blank, text)
    return blanked if blanked != text else None


def _partial(tokens: list[Tok], allow_bare: bool = False, year: Optional[int] = None) -> Optional[Partial]:
    """Read the calendar fields; any word that is not a calendar word rejects the text. ``year``: the year
    named around the words ('the second half of last year'), which must not name one themselves."""
    words = _words(tokens)
    found = Partial()
    index = 0
    while index < len(words):
        used = _read_calendar_words(found, words, index)
        if not used:
            return None
        index += used
    if year is not None:
        if found.year is not None or found.decade is not None:
            return None
        found.year = year
    return _settle(found, allow_bare)


def _read_calendar_words(found: Partial, words: list[str], index: int) -> int:
    """Record what the word at ``index`` states in ``found``; the number of words used, 0 for a foreign word."""
    lex = lexicon()
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    holiday = next((size for size in (3, 2, 1) if " ".join(words[index:index + size]) in lex["holidays"]), 0)
    if holiday:
        found.month, found.day = lex["holidays"][" ".join(words[index:index + holiday])]
        found.named_day = True
        return holiday
    floating = next((size for size in (4, 3, 2, 1)
                     if " ".join(words[index:index + size]) in lex["floating_holidays"]), 0)
    if floating:
        found.holiday = " ".join(words[index:index + floating])
        return floating
    if word in lex["ignorable"] and (word != "time" or index > 0):
        return 1
    if stamp := _PERIOD_STAMP_RE.fullmatch(word):  # '2017-q1', 'h2-2019'
        letter, number = (stamp[2], int(stamp[3])) if stamp[1] else (stamp[4], int(stamp[5]))
        if letter == "h" and number > 2:
            return 0
        found.year = int(stamp[1] or stamp[6])
        setattr(found, "quarter" if letter == "q" else "half", number)
    elif match := _ISO_RE.match(word):
        found.year, found.month, found.day = int(match[1]), int(match[2]), int(match[3])
        if match[4]:
            found.hour, found.minute = int(match[4]), int(match[5])
    elif word in lex["months"]:
        if found.month is not None:  # 'January, February': a list, not one date
            return 0
        found.month = lex["months"][word]
    elif word in lex["weekdays"]:
        if found.weekday is not None:
            return 0
        found.weekday = lex["weekdays"][word]
    elif _YEAR_RE.match(word) and following in lex["timezones"] and int(word[:2]) < 24 and int(word[2:]) < 60:
        found.hour, found.minute = int(word[:2]), int(word[2:])
        return 1 if following in lex["ignorable"] else 2  # '0620 hrs': the word says it is a clock time
    elif _YEAR_RE.match(word) and 1000 <= int(word) <= 2199:
        found.year = int(word)
    elif _SHORT_YEAR_RE.fullmatch(word):  # "in '98"
        found.year = _full_year(word[1:])
    elif _CLOCK_RE.match(word) or (_DAY_RE.match(word) or _DOT_CLOCK_RE.match(word)) and following in lex["meridiem"]:
        return _read_clock(found, word, following)
    elif match := _DAY_RE.match(word):
        if found.day is not None or found.bare is not None:
            return 0
        found.bare = int(match[1])
    elif word in lex["ordinals"] and following in ("quarter", "half", "century"):
        setattr(found, following, lex["ordinals"][word])
        return 2
    elif word in ("final", "last") and following == "quarter" and any(map(_YEAR_RE.match, words[index + 2:])):
        found.quarter = 4  # 'the final quarter of 2004'; 'the final quarter' alone may be a game's
        return 2
    elif word in lex["ordinals"] and (following in lex["months"] or following == "of"
                                      or index > 0 and words[index - 1] in lex["months"] and found.bare is None):
        found.bare = lex["ordinals"][word]
    else:
        return _read_period_word(found, word)
    return 1


def _read_clock(found: Partial, word: str, following: Optional[str]) -> int:
    """'14:30', '2:30 pm', '8.30pm' (a dot only before am or pm: '8.30' alone is a number), '8 p.m.'."""
    meridiem = lexicon()["meridiem"]
    match = _CLOCK_RE.match(word) or _DOT_CLOCK_RE.match(word)
    hour, minute = (int(match[1]), int(match[2])) if match else (int(_DAY_RE.match(word)[1]), 0)
    if following in meridiem:
        if not 1 <= hour <= 12:
            return 0
        hour = hour % 12 + meridiem[following]
    if hour > 23 or minute > 59:
        return 0
    found.hour, found.minute, found.meridiem = hour, minute, following in meridiem
    return 2 if following in meridiem else 1


def _read_period_word(found: Partial, word: str) -> int:
    """Decades, times of day, seasons, quarters and halves."""
    lex = lexicon()
    if match := _DECADE_RE.match(word):
        if match[1].endswith("0") and int(match[1]) < 200:  # 'the 1800s' is the century; 'the 2000s' a decade
            found.century = int(match[1]) // 10 + 1
        else:
            found.decade = int(match[1])
    elif match := _SHORT_DECADE_RE.match(word):
        found.decade = 190 + int(match[1]) if int(match[1]) else 200
    elif word in lex["spelled_decades"]:  # 'the seventies'
        found.decade = lex["spelled_decades"][word]
    elif word in lex["clock_words"]:
        found.hour, found.minute = lex["clock_words"][word]
        found.meridiem = True
    elif word in lex["parts_of_day"]:
        found.pod = lex["parts_of_day"][word]
    elif word in lex["seasons"]:
        found.season = lex["seasons"][word]
    elif re.fullmatch(r"q[1-4]", word):
        found.quarter = int(word[1])
    elif re.fullmatch(r"h[12]", word):
        found.half = int(word[1])
    else:
        return 0
    return 1


def _settle(found: Partial, allow_bare: bool) -> Optional[Partial]:
    """A bare number is a day next to a month; alone it only survives as a range endpoint. A weekday with a
    month but no day ('November on Friday') is two expressions, not one."""
    if found.bare is not None and found.month is not None and found.day is None:
        found.day, found.bare = found.bare, None
    if found.bare is not None and not allow_bare:
        return None
    if found.month is not None and not 1 <= found.month <= 12:
        return None
    if found.day is not None and (found.month is None or not 1 <= found.day <= 31):
        return None
    if found.month and found.day and found.day > monthrange(found.year or 2024, found.month)[1]:
        return None
    fields = (found.year, found.month, found.weekday, found.hour, found.pod, found.decade, found.century,
              found.quarter, found.half, found.season, found.bare, found.holiday)
    if all(field is None for field in fields):
        return None
    if found.pod and not (found.weekday or found.day):
        return None
    if found.weekday is not None and found.month is not None and found.day is None:
        return None
    if found.half is not None and found.year is None:
        return None
    return found


def _year_of_part(found: Partial, first_month: int, ctx: Context, last_month: int = 12) -> Optional[int]:
    """The year of a quarter, half or season named without one: the last that has begun (past tense), the next
    that has not ended (future tense: 'will close in the first quarter' said in November), else this year's."""
    if found.year is not None:
        return found.year
    if ctx.anchor is None:
        return None
    if ctx.tense == "past" and first_month > ctx.anchor.month:
        return ctx.anchor.year - 1
    if ctx.tense == "future" and last_month < ctx.anchor.month:
        return ctx.anchor.year + 1
    return ctx.anchor.year


def _day_of(found: Partial, ctx: Context) -> Optional[date]:
    if found.month is not None and found.day is not None:
        if found.year is not None:
            return date(found.year, found.month, found.day)
        return _month_day(found.month, found.day, ctx) if ctx.anchor else None
    if found.weekday is not None and found.month is None and found.year is None:
        return _weekday(found.weekday, ctx) if ctx.anchor else None
    if found.hour is not None and found.month is None and found.year is None:
        return ctx.anchor
    return None


def _resolve(found: Partial, ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    if found.decade is not None:
        return Parsed("date", f"{found.decade:03d}")
    if found.century is not None:
        return Parsed("date", f"{found.century - 1:02d}")
    if found.quarter is not None:
        year = _year_of_part(found, (found.quarter - 1) * 3 + 1, ctx, found.quarter * 3)
        return Parsed("date", f"{year}-Q{found.quarter}" if year else None)
    if found.half is not None:
        year = _year_of_part(found, (found.half - 1) * 6 + 1, ctx, found.half * 6)
        return Parsed("date", f"{year}-H{found.half}" if year else None)
    if found.season is not None:
        year = _year_of_part(found, lex["season_months"][found.season][0], ctx)
        return Parsed("date", f"{year}-{found.season}" if year else None)
    if found.holiday is not None:
        if found.year is not None:
            return Parsed("date", _holiday_in(found.holiday, found.year).isoformat())
        if ctx.anchor is None:
            return Parsed("date", None)
        days = [_holiday_in(found.holiday, year) for year in range(ctx.anchor.year - 1, ctx.anchor.year + 2)]
        return Parsed("date", _pick(days, ctx).isoformat())
    if found.hour is not None or found.pod is not None:
        day = _day_of(found, ctx)
        clock = f"{found.hour:02d}:{found.minute:02d}" if found.hour is not None else found.pod
        return Parsed("time", f"{day.isoformat()}T{clock}" if day else None)
    if found.day is not None or found.weekday is not None and found.month is None:
        return Parsed("date", _iso(_day_of(found, ctx)), unanchored=_unanchored_day(found, ctx))
    if found.month is not None:
        if found.year is None and ctx.anchor is None:
            return Parsed("date", None, unanchored=f"XXXX-{found.month:02d}")
        year = found.year if found.year is not None else _year_for_month(found.month, ctx)
        return Parsed("date", f"{year}-{found.month:02d}")
    if found.year is not None:
        return Parsed("date", str(found.year))
    return None


def _unanchored_day(found: Partial, ctx: Context) -> Optional[str]:
    """'July 25' without a publication date: XXXX-07-25; a weekday ('Friday, July 25') would need the year, and a
    holiday's name is as often a noun's modifier as a date ('a Christmas card'), so only a written day counts."""
    if ctx.anchor is not None or found.year is not None or found.month is None or found.day is None \
            or found.weekday is not None or found.named_day or not 1 <= found.day <= monthrange(2000, found.month)[1]:
        return None
    return f"XXXX-{found.month:02d}-{found.day:02d}"


def _point(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    found = _partial(tokens)
    return _resolve(found, ctx) if found else None


@lru_cache(maxsize=32)
def _date_parser(published: Optional[str], preference: Optional[str]) -> DateDataParser:
    """dateparser, imported when an expression first needs it: few do, and its import costs a fifth of a
    second."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    if preference:
        settings["PREFER_DATES_FROM"] = preference
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparser_value(text: str, published: Optional[str], preference: Optional[str]) -> Optional[str]:
    data = _date_parser(published, preference).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    moment = data.date_obj
    return {"day": moment.date().isoformat(), "month": f"{moment.year}-{moment.month:02d}",
            "year": str(moment.year), "week": _week_value(moment.date())}.get(data.period or "")


_NUMERIC_DATE_RE = re.compile(r"\d{1,4}([/.])\d{1,2}\1\d{2,4}")
_DECIMAL_FIGURE_RE = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_DAY_PAIR_RE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")


def _fallback(text: str, ctx: Context) -> Optional[Parsed]:
    """Numeric spellings ('11/08/2023') through dateparser; without an anchor only when a year is stated. Not a
    month beside a decimal figure, a table's month column and its figure ('Feb 872.0, March 164.6, total'), nor
    two months, a span of months ('rose in April/January 1986/87'): dateparser reads one date, no figure; nor two
    days of a month ('to March 19/20 from March 13/14', 'for May 5/30 shipment'), which it reads as a day and a
    year ('1920-03-19')."""
    lex = lexicon()
    words = re.findall(r"[a-z]+", text.lower())
    if not re.search(r"\d", text) or len(text) > 30 or any(
            word not in lex["months"] and word not in ("of", "the", "st", "nd", "rd", "th") for word in words):
        return None
    if _DECIMAL_FIGURE_RE.search(text) or _DAY_PAIR_RE.search(text) \
            or sum(word in lex["months"] for word in words) > 1:
        return None
    if not any(word in lex["months"] for word in words) and not _NUMERIC_DATE_RE.fullmatch(text.strip()):
        return None
    if ctx.anchor is None and not re.search(r"\b\d{4}\b", text):
        return None
    value = _dateparser_value(text, _iso(ctx.anchor), "past" if ctx.tense == "past" else None)
    if value is None:
        return None
    return _finish(Parsed("date", value), None, ctx, None)


def _full_year(digits: str) -> int:
    """'89' is 1989 and '07' 2007: two-digit years pivot at 50."""
    year = int(digits)
    return year if len(digits) == 4 else year + (2000 if year < 50 else 1900)


_COMMA_YEAR_RE = re.compile(r"^(\d{1,2}/\d{1,2}),(\d{2}|\d{4})$")
_NUMERIC_RE = re.compile(r"(\d{1,4})( ?([/.-]) ?)(\d{1,4})(?:\3(\d{2,4}))?")


def _numeric(text: str, ctx: Context) -> Optional[Parsed]:
    """All-digit dates: '2016-11' and '11/2016' (months, also spaced as '2016 - 11'; not the season
    '2010-11'), '02/22/2016', '21/04/16' or '08/12,2015' (days), and a yearless '4/22' (or '22/04', day
    first when the first number cannot be a month) only after a preposition such as 'on' or 'since'
    (elsewhere it is a fraction or a score)."""
    match = _NUMERIC_RE.fullmatch(_COMMA_YEAR_RE.sub(r"\1/\2", text.strip()))
    if not match:
        return None
    first, spaced, separator, second, third = match.groups()
    try:
        if third is not None:
            if spaced != separator:
                return None
            if len(first) == 4:
                day = date(int(first), int(second), int(third))
            elif len(first) <= 2 and len(second) <= 2:
                month, number = (int(second), int(first)) if int(first) > 12 else (int(first), int(second))
                day = date(_full_year(third), month, number)
            else:
                return None
            return _finish(Parsed("date", day.isoformat()), None, ctx, None)
        if separator == ".":
            return None
        if len(first) == 4 and len(second) <= 2 or len(first) <= 2 and len(second) == 4:
            year, month = (int(first), int(second)) if len(first) == 4 else (int(second), int(first))
            if not 1 <= month <= 12 or not 1000 <= year <= 2199 or len(first) == 4 and month == (year + 1) % 100:
                return None
            return _finish(Parsed("date", f"{year}-{month:02d}"), None, ctx, None)
        if separator != "/" or spaced != separator or not ctx.dated or len(first) > 2 or len(second) > 2:
            return None
        month, number = (int(second), int(first)) if int(first) > 12 else (int(first), int(second))
        date(2024, month, number)
    except ValueError:
        return None
    if ctx.anchor is None:
        return Parsed("date", None)
    day = _month_day(month, number, ctx)
    return _finish(Parsed("date", _iso(day)), None, ctx, None)
