"""Dates: time expressions resolved to TimeML TIMEX3 values against the publication date.

Candidates come from the model's DATE/TIME entities plus Matcher patterns for what a small
model misses; each candidate's short text is then parsed by rules (cached per text, anchor,
tense and context) so the expensive work happens once per distinct expression. dateparser is
only a fallback for absolute spellings the rules do not cover (``11/08/2023``).
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional

from dateparser.date import DateDataParser
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .doc_utils import ensure_extension, mention, text_of
from .resources import load_json

ensure_extension("dates")

_TOKEN_RE = re.compile(
    r"\d{4}-[qh][1-4]\b|\b[qh][1-4]-\d{4}\b"
    r"|\d{4}[-/][a-z]{3,9}\.?[-/]\d{1,2}\b"
    r"|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2})?|\d{1,2}:\d{2}|\b[1-3]/[2-4]\b(?!/)|[ap]\.m\.|['’]\d0s|\b[qh][1-4]\b"
    r"|['’]\d{2}\b(?!['’])|\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
    r"|[a-z]+(?:['’]s)?\.?|[-–—/,]|\S"
)
_NAMED_ISO_RE = re.compile(r"(\d{4})[-/]([a-z]{3,9})\.?[-/](\d{1,2})$")
_MONTH_DAY_TOKEN_RE = re.compile(r"([a-z]{3,9})\.?[-/.](?:\d{1,2}(?:st|nd|rd|th)?|\d{4})")
_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")
_ISO_MONTH_OR_MOMENT_RE = re.compile(r"\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?")
_CLOCK_MOMENT_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_MONTH_VALUE_RE = re.compile(r"(\d{4})-(\d{2})")
_PART_OF_YEAR_RE = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_DAY_OR_PART_RE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T[A-Z]{2})?")
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2}))?$")
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR_RE = re.compile(r"\d{4}$")
_DECADE_RE = re.compile(r"(\d{3})0s$")
_SHORT_YEAR_RE = re.compile(r"['’]\d{2}")
_SHORT_DECADE_RE = re.compile(r"['’]?(\d)0s$")
_CLOCK_RE = re.compile(r"(\d{1,2}):(\d{2})$")
_DOT_CLOCK_RE = re.compile(r"(\d{1,2})\.(\d{2})$")
_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+$|\d+(?:\.\d+)?$")
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}([/.])\d{1,2}\1\d{2,4}")
_COMMA_YEAR_RE = re.compile(r"^(\d{1,2}/\d{1,2}),(\d{2}|\d{4})$")
_NUMERIC_RE = re.compile(r"(\d{1,4})( ?([/.-]) ?)(\d{1,4})(?:\3(\d{2,4}))?")
_PERIOD_CODE_RE = re.compile(r"([qh])([1-4])$")
_CLOCK_VALUE_RE = re.compile(r"T\d{2}:\d{2}$")
_ASIDE_RE = re.compile(r"\([^()]*\)")
_PERIOD_STAMP_RE = re.compile(r"(\d{4})-([qh])([1-4])|([qh])([1-4])-(\d{4})")
_FRACTION_RE = re.compile(r"([1-3])/([2-4])")
# How near a yearless date in the publication's year must be to outweigh the tense (see _pick).
_NEAR_DAYS = 62
_DIRECTION_REFS = {-1: "PAST_REF", 1: "FUTURE_REF"}
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_RATE_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return load_json("dates.json")


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word that may belong to a time expression: candidates are trimmed to these."""
    lex = lexicon()
    words: set[str] = set()
    for name in ("months", "weekdays", "units", "numbers", "ordinals", "spelled_decades", "seasons", "parts_of_day",
                 "clock_words", "meridiem", "relative_days", "deictic", "ago_words", "mod_prefixes", "clamp_prefixes",
                 "sets", "vague", "holidays", "floating_holidays", "relative_day_phrases", "week_of"):
        for key in lex[name]:
            words.update(key.split())
    words.update(lex["vague_quantities"], lex["unanchored_offsets"], lex["set_determiners"], lex["ignorable"])
    words.update({"ago", "other", "recent", "ahead", "and", "weekend"})
    words.update(f"{day}s" for day in lex["weekdays"] if day.endswith("day"))
    return frozenset(words)


@dataclass(frozen=True)
class Context:
    """What the text alone does not say: the anchor day, the tense and the words around the span."""

    anchor: Optional[date]
    tense: Optional[str] = None
    between: bool = False
    rate: bool = False
    signal: Optional[str] = None
    ahead: bool = False
    dated: bool = False
    day_of_month: bool = False
    opened: bool = False
    definite: bool = False  # 'the' or a possessive before: 'over the week' is a particular week, not a length
    # The tense orders the span after or before another date (a range's end, a day of a named week) rather
    # than telling of publication: the publication-year reading of a yearless day (see _pick) does not apply.
    ordered: bool = False
    # A lone part of the day that tells when on the story's day ('In the morning, lawmakers grilled...',
    # 'Morning ring dealings ended'), see _tells_part_of_day.
    day_part: bool = False
    # The months a split year names in brackets after it ('1987/88 (April-March)', '1986/87 season (Oct/Sept)').
    split_months: Optional[tuple[int, int]] = None


@dataclass(frozen=True)
class Parsed:
    type: str
    value: Optional[str]
    mod: Optional[str] = None
    earliest: Optional[str] = None
    latest: Optional[str] = None
    kind: str = "point"
    parts: tuple[tuple[int, int, "Parsed"], ...] = ()
    # An anaphoric expression ('the next day', 'two days later', 'the following week'): amount, unit,
    # direction, part of day and whether the value names the whole unit (a week, not a day a week away),
    # counted from the last date the story named, which only the whole document knows.
    offset: Optional[tuple[float, str, int, Optional[str], bool]] = None


@dataclass(frozen=True)
class Tok:
    key: str
    start: int
    end: int


@dataclass
class Partial:
    """The calendar fields an absolute-looking expression states, before resolution."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    hour: Optional[int] = None
    minute: int = 0
    pod: Optional[str] = None
    decade: Optional[int] = None
    century: Optional[int] = None
    quarter: Optional[int] = None
    half: Optional[int] = None
    season: Optional[str] = None
    bare: Optional[int] = None
    holiday: Optional[str] = None
    meridiem: bool = False


# ---------------------------------------------------------------- tokens


def _tokenize(text: str) -> list[Tok]:
    tokens: list[Tok] = []
    for match in _TOKEN_RE.finditer(text.lower()):
        word = match.group()
        key = word if word in ("a.m.", "p.m.") else word.rstrip(".")
        key = re.sub(r"['’]s$", "", key) if not _SHORT_DECADE_RE.match(key) else key
        key = _named_iso(key) or key
        tokens.append(Tok(key or word, match.start(), match.end()))
    return _spelled_month_days(_spelled_ordinals(_joined_month_days(tokens)))


def _joined_month_days(tokens: list[Tok]) -> list[Tok]:
    """'Oct-2', 'Oct/2' and 'Dec-2017' read as 'Oct 2' and 'Dec 2017': a dash or slash glued between a month
    name and a day number or a year."""
    months = lexicon()["months"]
    return [tok for index, tok in enumerate(tokens)
            if not (tok.key in ("-", "/") and 0 < index < len(tokens) - 1 and tokens[index - 1].key in months
                    and tokens[index - 1].end == tok.start and tok.end == tokens[index + 1].start
                    and (_DAY_RE.match(tokens[index + 1].key) or _YEAR_RE.match(tokens[index + 1].key)))]


def _named_iso(word: str) -> Optional[str]:
    """'2019-sep-1' and '2019/aug/01' (stamps with a month name between year and day) as '2019-09-01'."""
    match = _NAMED_ISO_RE.match(word)
    month = lexicon()["months"].get(match[2]) if match else None
    return f"{match[1]}-{month:02d}-{int(match[3]):02d}" if match and month else None


def _spelled_ordinals(tokens: list[Tok]) -> list[Tok]:
    """'twenty-first' and 'thirty first' become one day token ('21st'), so 'May twenty-first' reads like 'May 21st'
    and 'the twenty second' is a day, not a count of seconds."""
    ordinals = lexicon()["ordinals"]

    def day(tens: int, unit: str, _: list[Tok]) -> Optional[str]:
        if not 1 <= ordinals.get(unit, 0) <= 9:
            return None
        number = tens + ordinals[unit]
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix}"

    return _merged_tens(tokens, day)


def _spelled_month_days(tokens: list[Tok]) -> list[Tok]:
    """'May twenty one' and 'June thirty-one': tens and a unit spelled after a month name are its day; so is a
    number word alone ('effective April one, 1987', as 1987 wire copy writes it), unless it counts a unit
    ('in March two years ago')."""
    lex = lexicon()
    units = lex["day_count_words"][:9]

    def day(tens: int, unit: str, merged: list[Tok]) -> Optional[str]:
        if not merged or merged[-1].key not in lex["months"] or unit not in units:
            return None
        number = tens + lex["numbers"][unit]
        return str(number) if number <= 31 else None

    merged = _merged_tens(tokens, day)
    return [Tok(str(lex["numbers"][tok.key]), tok.start, tok.end)
            if index and merged[index - 1].key in lex["months"] and tok.key in lex["day_count_words"]
            and (index + 1 == len(merged) or merged[index + 1].key not in lex["units"]) else tok
            for index, tok in enumerate(merged)]


def _merged_tens(tokens: list[Tok], day: Callable[[int, str, list[Tok]], Optional[str]]) -> list[Tok]:
    """Tokens with each spelled tens word and its unit ('twenty one', 'thirty-first') joined into the one token
    ``day`` makes of them (given the tens, the unit and the tokens so far), where it makes one."""
    tens_words = lexicon()["ordinal_tens"]
    merged: list[Tok] = []
    index = 0
    while index < len(tokens):
        tens = tens_words.get(tokens[index].key)
        glue = 1 if index + 2 < len(tokens) and tokens[index + 1].key in ("-", "–") else 0
        unit = tokens[index + 1 + glue] if tens and index + 1 + glue < len(tokens) else None
        text = day(tens, unit.key, merged) if tens and unit is not None else None
        if text is not None and unit is not None:
            merged.append(Tok(text, tokens[index].start, unit.end))
            index += 2 + glue
            continue
        merged.append(tokens[index])
        index += 1
    return merged


def _words(tokens: list[Tok]) -> list[str]:
    return [tok.key for tok in tokens]


def _phrase(tokens: list[Tok]) -> str:
    return " ".join(_words(tokens))


def _strip_the(tokens: list[Tok]) -> list[Tok]:
    return tokens[1:] if len(tokens) > 1 and tokens[0].key == "the" else tokens


def _strip_prefix(tokens: list[Tok], table: dict[str, str]) -> tuple[Optional[str], list[Tok]]:
    """Remove the longest leading phrase of ``table`` (and a hyphen after it, as in 'mid-October')."""
    for size in (3, 2, 1):
        if len(tokens) > size and " ".join(_words(tokens[:size])) in table:
            rest = tokens[size:]
            if rest and rest[0].key in ("-", "–") and len(rest) > 1:
                rest = rest[1:]
            return table[" ".join(_words(tokens[:size]))], rest
    return None, tokens


# ---------------------------------------------------------------- calendar helpers


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
    'Dec. 20' written on 30 December a year ahead; 'took effect on Jan first' written in November stays)."""
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
    if not ctx.ordered and chosen.year != anchor.year == nearest.year and abs((nearest - anchor).days) <= _NEAR_DAYS:
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


# ---------------------------------------------------------------- quantities


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
    if index < len(words) and words[index] in ("a", "an") and index + 1 < len(words):
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


# ---------------------------------------------------------------- rules


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


def _set(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    lex = lexicon()
    phrase = _phrase(tokens)
    if phrase in lex["sets"]:
        return Parsed("set", lex["sets"][phrase], kind="set")
    words = _words(tokens)
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
    found = _amount_and_unit(body)
    if found is None:
        return None
    amount, unit = found
    if amount == "X":
        return Parsed("date", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="vague")
    if ctx.anchor is None:
        return Parsed("date", None, kind="ago")
    return Parsed("date", _offset_value(amount, unit, sign, ctx.anchor + timedelta(days=base)), kind="ago")


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


def _whole_unit(value: str, unit: str) -> str:
    """The week or quarter a day or month lies in, for 'the following week' or 'the previous quarter'."""
    if unit == "week":
        return _week_value(date.fromisoformat(value))
    if unit == "quarter":
        return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    return value


def _counted_weekdays(tokens: list[Tok]) -> Optional[tuple[int, int]]:
    """'two Tuesdays' (of 'two Tuesdays ago') as (2, 2): how many of which weekday."""
    words = _words(tokens)
    amount, index = _quantity(tokens, 0)
    weekday = lexicon()["weekdays"].get(words[-1][:-1]) if words and words[-1].endswith("days") else None
    if weekday is None or amount in (None, "X") or index != len(words) - 1 or amount < 1 \
            or not float(amount).is_integer():
        return None
    return int(amount), weekday


def _nth_weekday_away(anchor: date, weekday: int, count: int, sign: int) -> Optional[date]:
    """The ``count``-th ``weekday`` strictly before (``sign`` -1) or after ``anchor``."""
    if sign < 0:
        first = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7 or 7)
    else:
        first = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    return _days_away(first, 7 * sign * (count - 1))


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
    if found is None:
        return None
    return Parsed("duration", _duration_value(*found), kind="duration")


# ---------------------------------------------------------------- absolute points


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
        return Parsed("date", _iso(_day_of(found, ctx)))
    if found.month is not None:
        if found.year is None and ctx.anchor is None:
            return Parsed("date", None)
        year = found.year if found.year is not None else _year_for_month(found.month, ctx)
        return Parsed("date", f"{year}-{found.month:02d}")
    if found.year is not None:
        return Parsed("date", str(found.year))
    return None


def _point(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    found = _partial(tokens)
    return _resolve(found, ctx) if found else None


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
    whole = _single(named, ctx) if named else None
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


# ---------------------------------------------------------------- ranges


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
        left = _single(tokens[:cut], before)
    if right is None and left is not None and left.latest:
        right = _single(tokens[cut + 1:], _from_start(left.latest, ctx))
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
    month = _single(rest, ctx) if rest else None
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
        parsed = _clock_on_day(text, part, ctx) or _single(part, ctx) or _numeric(spelling, numeric_ctx)
        if parsed is None or parsed.type not in ("date", "time") or not parsed.value \
                or not _ISO_MOMENT_RE.fullmatch(parsed.value):
            return None
        sides.append(parsed)
        days.append(parsed.value)
    (first, last), (start, end) = sides, days
    if start > end:
        later = _single(tokens[cut + 1:], _from_start(start, ctx)) \
            or _numeric(spelled[1], replace(_from_start(start, ctx), dated=numeric_ctx.dated))
        if later is None or not later.value or not _ISO_MOMENT_RE.fullmatch(later.value) or start > later.value:
            return None
        last, end = later, later.value
    parts = ((tokens[0].start, tokens[cut - 1].end, first), (tokens[cut + 1].start, tokens[-1].end, last))
    return Parsed("range", f"{start}/{end}", None, first.earliest, last.latest, kind="range", parts=parts)


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


def _part_of_named_day(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'last Friday night', 'next Monday afternoon', 'overnight on Saturday': a part of a day that a relative
    expression names (a day spelled in fields, 'Tuesday evening', reads as one partial)."""
    parts = lexicon()["parts_of_day"]
    if len(tokens) < 2 or (tokens[-1].key in parts) == (tokens[0].key in parts):
        return None
    part, rest = (tokens[-1], tokens[:-1]) if tokens[-1].key in parts else (tokens[0], tokens[1:])
    rest = _trim_glue(rest)
    named = _single(rest, ctx) if rest else None
    if named is None or named.type != "date" or not named.value or not _ISO_DAY_RE.fullmatch(named.value):
        return None
    return Parsed("time", f"{named.value}T{parts[part.key]}")


def _is_clock_word(key: str) -> bool:
    lex = lexicon()
    return bool(_CLOCK_RE.match(key) or _DOT_CLOCK_RE.match(key) or _DAY_RE.match(key)) or key in lex["meridiem"] \
        or key in lex["clock_words"] or key in lex["range_separators"] or key in lex["range_starts"] or key == "and"


def _trim_glue(tokens: list[Tok]) -> list[Tok]:
    glue = lexicon()["time_day_glue"]
    start, end = 0, len(tokens)
    while start < end and tokens[start].key in glue:
        start += 1
    while end > start and tokens[end - 1].key in glue:
        end -= 1
    return tokens[start:end]


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
            named = _single(day_words, ctx)
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


# ---------------------------------------------------------------- assembly


_POINT_MODS = ("START", "MID", "END", "APPROX")


def _finish(parsed: Parsed, mod: Optional[str], ctx: Context, clamp: Optional[str]) -> Parsed:
    """Attach the modifier that suits the kind of expression and bound the resolved value."""
    lex = lexicon()
    if parsed.kind == "duration":
        return replace(parsed, mod=mod)
    if parsed.kind in ("set", "vague", "range"):
        return parsed
    if parsed.kind == "ago" and mod in lex["point_mods"]:
        mod = lex["point_mods"][mod]
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


def _single(tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
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
    if part_of and _words(tokens) in (["week"], ["month"], ["quarter"], ["year"], ["decade"]) \
            or glue == "-" and _words(tokens) == ["year"]:
        tokens = [Tok("this", tokens[0].start, tokens[0].start), *tokens]  # 'the end of the year': this one
    for rule in (_vague, _set, _ago, _day_of_story, _fiscal_year, _in_future, _rest_of, _weekday_and_day, _day_of_deictic_month,
                 _relative, _weekend, _week_of, _month_of, _deictic_year, _deictic_point, _weekday_in_week,
                 _nth_in_month, _nth_weekday_alone, _day_of_month, _quarter_of_months, _first_or_last_part, _duration,
                 _part_of_story_day, _point, _part_of_named_day):
        parsed = rule(tokens, ctx)
        if parsed is not None and parsed.kind == "duration" and mod in ("START", "MID", "END"):
            return None
        if parsed is not None:
            return _finish(parsed, mod, ctx, clamp)
    return None


@lru_cache(maxsize=32)
def _date_parser(published: Optional[str], preference: Optional[str]) -> DateDataParser:
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


def _fallback(text: str, ctx: Context) -> Optional[Parsed]:
    """Numeric spellings ('11/08/2023') through dateparser; without an anchor only when a year is stated."""
    lex = lexicon()
    words = re.findall(r"[a-z]+", text.lower())
    if not re.search(r"\d", text) or len(text) > 30 or any(
            word not in lex["months"] and word not in ("of", "the", "st", "nd", "rd", "th") for word in words):
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


@lru_cache(maxsize=8192)
def parse(text: str, ctx: Context) -> Optional[Parsed]:
    """The TIMEX3 reading of one time expression, or None when it is not one."""
    tokens = _tokenize(text)
    if not tokens:
        return None
    parsed = _weekdays_of_a_week(text, tokens, ctx) or _clock_on_day(text, tokens, ctx) or _split_year(tokens, ctx) \
        or _range(text, tokens, ctx) or _single(tokens, ctx) or _numeric(text, ctx) or _fallback(text, ctx)
    if parsed is not None and parsed.type == "time" and parsed.kind == "point" and parsed.value \
            and _CLOCK_VALUE_RE.search(parsed.value) and (found := _partial(tokens)) and _clock_only(found):
        # 'At 6:36 p.m., the operator ordered...' after 'on Friday': the story's day, else publication's
        return replace(parsed, offset=(0.0, "day", 1, parsed.value[11:], False))
    return parsed


# ---------------------------------------------------------------- spaCy side


def _expand(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace ``"@name"`` placeholders in Matcher patterns by the word list they name, and let a line break
    stand between any two of their words."""
    lex = lexicon()
    lists = {
        "period_words": ["week", "weekend", "month", "year", "quarter", "decade", "century", "night", "morning",
                         "afternoon", "evening", *lex["weekdays"], *lex["months"], *lex["seasons"]],
        "quantity_words": [*lex["numbers"], *lex["vague_quantities"]],
        "set_words": [word for word in lex["sets"] if " " not in word],
        "nth_month_words": ["month", *lex["months"]],
        "months": [*lex["months"], *(f"{month}." for month in lex["months"] if len(month) <= 4)],
        "plain_months": [month for month in lex["months"] if month not in lex["ambiguous_months"]],
        "month_day_shapes": [letters + separator + digits + suffix
                             for letters in ("xxx", "xxxx", "Xxx", "Xxxx", "XXX", "XXXX")
                             for separator in "-/." for digits in ("d", "dd") for suffix in ("", "xx")],
        "weekday_plurals": [f"{day}s" for day in lex["weekdays"] if day.endswith("day")],
        "day_words": [*lex["ordinals"], *lex["day_count_words"]],
        "nth_words": [word for word, number in lex["ordinals"].items() if word.isalpha() and number <= 4],
    }
    expanded: list[dict[str, Any]] = []
    for spec in pattern:
        spec = dict(spec)
        for attr, value in list(spec.items()):
            if isinstance(value, dict) and isinstance(value.get("IN"), str):
                name = value["IN"][1:]
                spec[attr] = {"IN": list(lists.get(name) or lex[name])}
        if expanded:
            expanded.append(_LINE_BREAK)
        expanded.append(spec)
    return expanded


# Wire copy is often hard-wrapped ("set for March\n15"): words of one expression may sit either side of a
# line break, but not of a blank line.
_LINE_BREAK = {"TEXT": {"REGEX": r"^[ \t]*\n[ \t]*\Z"}, "OP": "?"}


@dataclass(frozen=True)
class _WordTest:
    """A Matcher word test (``IN`` a list or ``REGEX``) on a lexical attribute, kept as a vocabulary flag.

    The Matcher runs a Python test for every pattern that could start at every token; a flag is
    computed once per vocabulary entry and checked in C, which makes the dates component several
    times cheaper on running text."""

    attr: Callable[[str], str]
    words: frozenset[str] = frozenset()
    regex: Optional[str] = None

    def __call__(self, text: str) -> bool:
        value = self.attr(text)
        return bool(re.search(self.regex, value)) if self.regex is not None else value in self.words


_LEXICAL = ("LOWER", "SHAPE", "TEXT", "ORTH")
_FLAG_BITS = 64
_SPARE_FLAGS = tuple(IDS[f"FLAG{bit}"] for bit in range(_FLAG_BITS) if f"FLAG{bit}" in IDS)


def _word_flag(vocab: Vocab, name: str, test: dict[str, Any]) -> Optional[int]:
    """The flag for one word test: reused when the vocabulary already has it, None when no bit is free."""
    if name not in _LEXICAL or set(test) not in ({"IN"}, {"REGEX"}):
        return None
    attr = str if name in ("TEXT", "ORTH") else vocab.lex_attr_getters[IDS[name]]
    wanted = _WordTest(attr, frozenset(test["IN"])) if "IN" in test else _WordTest(attr, regex=test["REGEX"])
    for flag, getter in vocab.lex_attr_getters.items():
        if isinstance(flag, int) and flag < _FLAG_BITS and getter == wanted:
            return flag
    free = [bit for bit in _SPARE_FLAGS if bit not in vocab.lex_attr_getters]
    return vocab.add_flag(wanted, free[0]) if free else None


def _flagged(vocab: Vocab, patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Patterns whose word tests at the tokens a match can start with, and whose line-break tests, are
    vocabulary flags.

    Only those are worth a flag: the Matcher tests the first positions on every token and the line break
    between every two words of a match in progress; other positions only where a match has begun, and
    flag bits are few."""
    flagged = []
    for pattern in patterns:
        specs = [dict(spec) for spec in pattern]
        leading = True
        for spec in specs:
            if leading or spec == _LINE_BREAK:
                for name, test in list(spec.items()):
                    flag = _word_flag(vocab, name, test) if isinstance(test, dict) else None
                    if flag is not None:
                        del spec[name]
                        spec[flag] = True
            leading = leading and spec.get("OP") in ("?", "*")
        flagged.extend(_spelled_out(specs))
    return flagged


def _spelled_out(specs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A pattern whose first word test is a short list left without a flag, as one pattern per word: the
    Matcher checks an exact word in C, a list in Python."""
    first = specs[0]
    words = first.get("LOWER", {}).get("IN") if isinstance(first.get("LOWER"), dict) else None
    if not words or len(words) > 8 or set(first) != {"LOWER"}:
        return [specs]
    return [[{"LOWER": word}, *specs[1:]] for word in words]


def _is_date_token(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    stamp = _MONTH_DAY_TOKEN_RE.fullmatch(word)
    return (word in _vocabulary() or token.like_num or bool(re.match(r"['’/-]?\d", word))
            or "-" in word and all(part in _vocabulary() or part.isdigit() for part in word.split("-"))
            or bool(_PERIOD_CODE_RE.match(word)) or bool(stamp and stamp[1] in lexicon()["months"])
            or token.lower_ in ("a.m.", "p.m.", "-", "–", "/"))


def _trim(span: Span) -> Optional[Span]:
    lex = lexicon()
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in lex["trim_leading"] or span.doc[start].is_space
                           or span.doc[start].is_punct and span.doc[start].text not in ("'", "’")):
        start += 1
    while end > start and (span.doc[end - 1].lower_ in lex["trim_trailing"] or not _is_date_token(span.doc[end - 1])
                           and not (span.doc[end - 1].lower_ == "date" and end - 2 >= start
                                    and span.doc[end - 2].lower_ in ("to", "-"))):
        end -= 1  # but 'the year to date' keeps its end
    if start >= end:
        return None
    if end - start == 1 and span.doc[start].lower_ in ("past", "future", "present") and start > span.start:
        start -= 1
    return span.doc[start:end]


def _rejected(span: Span) -> bool:
    """Ages, verbs spelled like months ('May', 'March', 'the March on Washington'), month and weekday
    spellings that are lowercase English words ('may', 'sun'; 'june' is a month in any case), a surname spelled
    like a month after a first name ('Theresa May first said'), a number word counting what follows a month
    ('in May one person died'), titles that end in a unit ('60 Minutes') or name a film ('the Friday the 13th
    franchise') or a paper ('the Sunday Times'), amounts that change ('rise from 4 to 5'), and ordinals
    counted for someone ('his second Sunday in charge')."""
    lex = lexicon()
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    following = [tok for tok in doc[span.end:span.end + 3] if tok.lower_ not in ("-", "–")]
    after = following[0] if following else None
    if before is not None and before.lower_ in lex["age_before"]:
        return True
    if any(tok.lower_ in lex["age_after"] or tok.lower_.endswith(("-old", "-olds")) for tok in (*span, *following[:1])):
        return True  # 'a 35-year-old', 'for over 16-year-olds'
    if _decade_of_life(span):
        return True
    if len(span) == 1 and (_lone_year_in_table(span[0], before, after) or _model_number(span[0], before, after)):
        return True
    if len(span) == 3 and span[0].lower_ in lex["weekdays"] and span[1].lower_ == "the" and after is not None \
            and after.pos_ == "NOUN":
        return True
    if len(span) == 1 and span[0].lower_ in lex["weekdays"] and before is not None and before.lower_ in (
            "the", "'s", "’s") and after is not None and after.text[:1].isupper() and not _names_calendar(after) \
            and after.lower_ not in lex["parts_of_day"]:
        return True  # a title: 'the Sunday Times', "BBC One's Sunday AM programme"
    if len(span) == 1 and span[0].lower_[:-1] in lex["weekdays"] and span[0].lower_.endswith("s") \
            and after is not None and after.is_title and after.is_alpha and not _names_calendar(after) \
            and after.lower_ not in lex["parts_of_day"]:
        return True  # a name: 'Fridays For Future'
    if len(span) == 1 and span[0].lower_ in lex["relative_days"] and span[0].is_title \
            and span[0].i > span.sent.start and before is not None and (before.tag_ == "POS" or before.lower_ in (
            "'", "’", "the")):
        return True  # a programme: "told NBC News' Today show", "Radio 4's Today programme"
    if len(span) == 2 and span[0].lower_ in lex["ordinals"] and span[1].lower_ in lex["weekdays"] \
            and before is not None and before.tag_ in ("PRP$", "POS"):
        return True
    if before is not None and before.lower_ in lex["range_starts"] and span.start > 1 and span[0].like_num \
            and len(span[0].text) <= 2 and doc[span.start - 2].lemma_ in lex["change_verbs"]:
        return True
    if span[0].lower_ in lex["ambiguous_months"] and len(span) > 1 and span[1].is_alpha and before is not None \
            and before.pos_ == "PROPN" \
            and before.is_title and before.lower_.rstrip(".") not in lex["weekdays"] and before.lower_ not in lex["months"]:
        return True
    if len(span) >= 2 and span[-1].lower_ in lex["day_count_words"] and span[-2].lower_ in lex["months"] \
            and after is not None and (after.lower_ == "of" or after.is_lower and after.pos_ in ("NOUN", "ADJ", "NUM")):
        return True  # 'in May one person died', 'in March one of them': a count, not a spelled day
    if span.text.lower() == "now" and after is not None and after.lower_ == "that" and (
            span.start == span.sent.start or before is not None and (before.is_punct or before.dep_ == "cc")
            or before is not None and before.pos_ in ("NOUN", "PROPN") and after.dep_ == "mark"):
        return True  # 'Now that his federal trial has ended', '..., now that digital TV reaches', 'at a crossroads
        # now that its founder has left': a conjunction (not 'I hope now that the government will act')
    if span[-1].lower_ == "fall" and _fall_is_a_decline(span):
        return True
    if span.text.lower() == "soon" and before is not None and before.lower_ == "as" and after is not None \
            and after.lower_ == "as":
        return True
    if span[0].lower_ in (*lex["frequencies"], "times") or len(span) > 1 and span[1].lower_ == "times":
        if after is not None and (after.lower_ in lex["unanchored_offsets"] or after.lower_ in lex["ago_words"]):
            return True  # 'four times a year earlier': a multiple of what 'a year earlier' dates
    if span[-1].lower_ in ("before", "after") and span.end < len(doc) and doc[span.end].is_alpha:
        return True  # 'the day before the election': counted from an event, not a date
    if len(span) > 1 and span[-1].lower_ == "quarter" and span[-2].lower_ in ("a", "one") and after is not None \
            and after.lower_ == "of" and not any(
            tok.lower_ in lex["units"] or _names_calendar(tok) for tok in _object_phrase(after)):
        return True  # 'more than a quarter of Clinton's supporters': a share, not three months
    determiner = span[0] if len(span) == 2 else before if len(span) == 1 else None
    if span[-1].lower_ in ("week", "month") and determiner is not None and (
            determiner.lower_ == "the" or determiner.lower_ in lex["possessives"]) and _week_picked_out(span):
        return True
    for token in span:
        if _short_decade_misread(token):
            return True
        word = token.lower_.rstrip(".")
        if word in lex["months"] or word in lex["weekdays"]:
            if word in lex["ambiguous_months"] and token.tag_ in _VERB_TAGS or word in lex["lowercase_words"] \
                    and token.is_lower:
                return True
            if word in lex["ambiguous_months"] and len(span) == 1 and (
                    before is None or before.lower_ not in lex["month_context"]
                    or before.lower_ == "the" and after is not None and after.lower_ in ("on", "of", "to", "for")):
                return True
        if word in lex["holiday_capitals"] and token.is_lower:
            return True
        if word in lex["units"] and token.is_title and token.i > span.sent.start and token.i > span.start \
                and doc[token.i - 1].like_num:
            return True
        if word in lex["units"] and token.i == span.start and _name_spelled_like_unit(token):
            return True
        if word in lex["sets"] and len(span) == 1 and _names_a_title(token, after):
            return True
        if word in lex["seasons"] and len(span) == 1 and token.dep_ in ("compound", "amod", "nmod"):
            return True
    return False


def _names_a_title(token: Token, after: Optional[Token]) -> bool:
    """'the Daily Mail', 'Weekly Standard', 'a weekly' (the paper), 'the Communist Party daily Granma': a set word
    that is a noun or part of a name. Lowercase before a name that itself modifies a common noun it is the
    adjective of a recurring event ('the quarterly Tankan survey', 'the annual Glastonbury festival'), a set."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if after is None or after.pos_ != "PROPN":
        return False
    name_end = after.i
    while name_end < len(token.doc) and token.doc[name_end].pos_ == "PROPN":
        name_end += 1
    headed = name_end < len(token.doc) and token.doc[name_end].pos_ == "NOUN"
    return not (token.is_lower and token.dep_ == "amod" and headed)


def _decade_of_life(span: Span) -> bool:
    """'in his late thirties', 'friends who are in their seventies', 'in their 30s, 40s and 50s': a decade after a
    possessive is an age (a number of kind age), not the 1930s."""
    lex = lexicon()
    doc = span.doc
    decades = [tok for tok in span if tok.lower_ in lex["spelled_decades"] or re.fullmatch(r"\d0s", tok.text)]
    if not decades:
        return False
    index = decades[0].i - 1
    while index >= 0 and (doc[index].lower_ in lex["life_decade_glue"] or doc[index].lower_ in lex["spelled_decades"]
                          or re.fullmatch(r"\d0s", doc[index].text)):
        index -= 1
    return index >= 0 and doc[index].lower_ in lex["possessives"]


def _name_spelled_like_unit(token: Token) -> bool:
    """'Australian Timothy Weeks', 'King and Weeks were abducted', 'the Magic Years Child Care': inside a
    sentence a capitalised unit word that no amount counts is a name. After a quotation mark, colon or line
    break the capital may open a clause ('said: "Weeks of talks ...'), so only a word before it counts."""
    if not token.is_title or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    lex = lexicon()
    return before.is_alpha and not before.like_num and before.lower_ not in lex["numbers"] \
        and before.lower_ not in lex["vague_quantities"] and before.lower_ not in lex["ordinals"]


def _fall_is_a_decline(span: Span) -> bool:
    """'were blamed for the fall', 'the fall in prices', 'The January fall came after', 'predicts this fall from the
    current 2.1% level': 'fall' is the season only with a season cue, 'last', 'next' or 'this' ('corn farmers this
    fall'), a year ('fall 2019'), or 'in', 'during', 'by' ... 'the fall' ('by the fall'), and then not followed by
    'in' or 'of' and more than a year ('the fall of Saddam') nor by 'from' or 'to' an amount."""
    lex = lexicon()
    doc = span.doc
    after = doc[span.end:span.end + 4]
    changed = len(after) > 1 and (after[0].lower_ in ("in", "of") and not _YEAR_RE.match(after[1].text)
                                  or after[0].lower_ in ("from", "to") and any(tok.like_num for tok in after[1:]))
    if len(span) > 1:
        seasonal = any(tok.lower_ in lex["deictic"] or _YEAR_RE.match(tok.text) for tok in span)
        return not seasonal or span[0].lower_ == "this" and changed  # not 'last fall to receive 92 pct'
    cue = doc[span.start - 2:span.start] if span.start > 1 else None
    before = doc[span.start - 1] if span.start > 0 else None
    return changed or not (before is not None and before.lower_ in lex["season_cues"]
                           or cue is not None and cue[1].lower_ == "the" and cue[0].lower_ in lex["season_prepositions"])


def _week_picked_out(span: Span) -> bool:
    """'the week that the company announced losses', 'the week I'd had', 'the week to 25 December', 'the week
    ending Jan 30', 'his month-long bidding war', 'every day of the week': a week the words after it pick out,
    or any week, not the story's."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("PRON", "ADP", "SCONJ") or after.tag_ == "VBG"
                              or after.text in ("-", "–") or after.lower_ in ("that", "when")):
        return True
    if any(child.dep_ in ("relcl", "acl", "prep") and child.i >= span.end for child in span.root.children):
        return True
    of = doc[span.start - 2] if span.start > 1 else None
    day = of.head if of is not None and of.lower_ == "of" else None
    return day is not None and day.lower_ in ("day", "days") and (
        day.lower_ == "days" or any(child.lower_ in ("any", "every", "each", "a") for child in day.children))


def _object_phrase(preposition: Token) -> Span:
    """The words from a preposition to the noun it governs ('of [Hillary Clinton's supporters]'), without what
    hangs after that noun."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    doc = preposition.doc
    return doc[preposition.i + 1 : objects[0].i + 1] if objects else doc[preposition.i + 1 : preposition.i + 2]


def _names_calendar(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in lexicon()["months"] or word in lexicon()["weekdays"] or bool(_YEAR_RE.match(word))


def _lone_year_in_table(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """A lone year among other numbers is a table cell, not a year."""
    return bool(_YEAR_RE.match(token.text)) and any(
        neighbour is not None and neighbour.like_num for neighbour in (before, after))


def _model_number(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """'RTX 2080', 'a 2080 Ti', 'RTX 3070s': a product's number that reads as a year or decade decades after
    publication, next to an upper-case name (not 'by 2050', not 'the 2030s')."""
    match = re.fullmatch(r"(\d{4})s?", token.text)
    published = _anchor(token.doc._.published)
    if not match or published is None or int(match[1]) <= published.year + 30:
        return False
    vocabulary = _vocabulary()
    named_before = before is not None and before.is_upper and before.is_alpha and len(before) > 1 \
        and before.lower_ not in vocabulary
    named_after = after is not None and after.is_title and after.is_alpha and after.lower_ not in vocabulary
    return named_before or named_after


def _short_decade_misread(token: Token) -> bool:
    """'the 70s' and "'70s" are decades; '30s' after anything else ('the mid 30s') is a price or an age."""
    return bool(re.fullmatch(r"\d0s", token.text)) and (
        token.i == 0 or token.nbor(-1).lower_ not in ("the", "'", "’"))


def _extend(span: Span) -> Span:
    """Take in a modifier just before the span ('late' October, 'around' two weeks) and a time zone after it."""
    lex = lexicon()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in lex["timezones"]:
        span = doc[span.start:span.end + 1]
    first = doc[span.start].lower_
    counted = doc[span.start].like_num or first in lex["numbers"] or first in lex["vague_quantities"]
    for size in (3, 2, 1):
        start = span.start - size
        if start < 0:
            continue
        phrase = " ".join(tok.lower_ for tok in doc[start:span.start])
        mod = lex["mod_prefixes"].get(phrase) or lex["clamp_prefixes"].get(phrase)
        if phrase.endswith("-"):
            mod = lex["mod_prefixes"].get(phrase) or lex["mod_prefixes"].get(phrase[:-1].rstrip())
        if mod in ("START", "MID", "END", "before", "after") or mod and counted:
            return doc[start + (doc[start].lower_ == "the"):span.end]
    return span


def _tense(span: Span) -> Optional[str]:
    """Tense of the verb the expression hangs from: it decides which Wednesday or October is meant.

    A date naming a noun ("around Wednesday's ruling") does not take the future of its clause: the
    ruling is as likely to be past."""
    token = span.root
    tense = _clause_tense(span)
    if tense == "future" and token.dep_ in ("compound", "poss", "nmod", "amod") and token.head.pos_ == "NOUN":
        return None
    return tense


def _clause_tense(span: Span) -> Optional[str]:
    """Future after will/shall/going to, an intention ('plans to'), a directive's infinitive ('ordered him to
    appear') or an obligation ('should', 'must'); past for a past or perfect verb ('has been searching')."""
    token = span.root
    for _ in range(10):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        token = span.sent.root
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return "future" if token.lemma_ in lexicon()["intention_verbs"] else "past"
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in ("will", "shall", "'ll", "wo") for aux in auxiliaries):
        return "future"
    if any(child.lower_ == "going" for child in auxiliaries) or token.head.lower_ == "going":
        return "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries) and token.head is not token:
        governor = token.head
        forward = lexicon()["intention_verbs"] + lexicon()["directive_verbs"]
        told_before = governor.tag_ == "VBN" and any(
            child.lemma_ in ("have", "be") and child.tag_ == "VBD" for child in governor.children)
        if told_before or governor.tag_ == "VBD" and governor.lemma_ in lexicon()["intention_verbs"]:
            # 'had aimed to save £220m by 31 December', 'was expected to launch on October 15', 'was asked to
            # break the news on Dec. 18', 'planned to open in March': the plan may be over
            return None
        return "past" if governor.tag_ == "VBD" and governor.lemma_ not in forward else "future"
    if token.lemma_ in lexicon()["intention_verbs"] and not any(child.dep_ == "xcomp" for child in token.children):
        return "future"
    if token.tag_ == "VB" and any(aux.lower_ in ("should", "must", "may", "might") for aux in auxiliaries):
        return "future"
    if token.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if token.tag_ in ("VBN", "VBG") and any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if token.tag_ == "VBN" and not auxiliaries and any(child.dep_ == "nsubj" for child in token.children):
        return "past"  # 'Violence flared over the weekend': a past verb the tagger took for a participle
    if token.tag_ in ("VBN", "VBD") and not auxiliaries and token.dep_ == "conj" and _told_in_past(token.head):
        return "past"  # 'was elected in 1992 and re-elected the next year': shares the past of its first verb
    return None


def _told_in_past(verb: Token) -> bool:
    """A past verb, or a participle with a past auxiliary ('was elected', 'had joined')."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in verb.children)


def _word_before(span: Span) -> Optional[Token]:
    """The word before the span, past runs of spaces and line breaks that text copied from web pages keeps."""
    index = span.start - 1
    while index >= 0 and span.doc[index].is_space:
        index -= 1
    return span.doc[index] if index >= 0 else None


def _context(span: Span, anchor: Optional[date]) -> Context:
    lex = lexicon()
    before = _word_before(span)
    frequency = (*lex["frequencies"], "times")
    rate = before is not None and (before.like_num or before.ent_type_ in _RATE_LABELS or before.lower_ in frequency)
    governs = before is not None and span.root.head == before
    return Context(
        anchor=anchor,
        tense=_tense(span),
        between=before is not None and before.lower_ == "between",
        rate=rate,
        signal=lex["signals"].get(before.lower_) if governs else None,
        ahead=before is not None and before.lower_ == "in" and not (
            before.i > 0 and span.doc[before.i - 1].lower_ in frequency),
        dated=before is not None and before.lower_ in lex["date_prepositions"],
        opened=before is not None and before.lower_ in lex["range_starts"],
        definite=before is not None and (before.lower_ == "the" or before.lower_ in lex["possessives"]),
        day_of_month=_names_day_of_month(span),
        day_part=_tells_part_of_day(span),
        split_months=_bracketed_months(span),
    )


_BRACKETED_MONTHS_RE = re.compile(r"(?:\s+[a-z]+)?\s*\(\s*([a-z]+)\.?\s*[-–/]\s*([a-z]+)\.?\s*\)")


def _bracketed_months(span: Span) -> Optional[tuple[int, int]]:
    """'1987/88 (April-March)', '1986/87 season (October/September)', '1985/86 (Sept-Aug)': the months of a split
    year, when the second comes before the first in the calendar (twelve months across the turn of a year)."""
    if not re.search(r"\d/\d", span.text):
        return None
    found = _BRACKETED_MONTHS_RE.match(span.doc.text[span.end_char:span.end_char + 40].lower())
    months = lexicon()["months"]
    if found is None or found[1] not in months or found[2] not in months:
        return None
    start, end = months[found[1]], months[found[2]]
    return (start, end) if end < start else None


def _tells_part_of_day(span: Span) -> bool:
    """'In the morning, Democratic lawmakers grilled...', 'Prices eased during the afternoon', 'LME afternoon ring
    dealings ended': a part of the day after 'in the' in a clause of the past (not 'I take my pills in the
    morning', nor 'the morning of the vote', which the words after pick out, nor 'until three or four in the
    morning', a clock time), or naming a market session without a determiner in a clause not of the future
    (wire reports of the day's trading; not 'the Evening Standard', nor 'members approved the evening
    session', a session as an institution)."""
    lex = lexicon()
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in lex["story_day_parts"]:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    session = after is not None and after.lower_ in lex["session_nouns"] and (
        before is None or before.tag_ not in ("DT", "PRP$", "POS"))
    told = span.start > 1 and before is not None and before.lower_ == "the" \
        and doc[span.start - 2].lower_ in lex["day_part_prepositions"] and (after is None or after.lower_ != "of") \
        and not (span.start > 2 and _clock_hour(doc[span.start - 3]))
    tense = _clause_tense(span)
    return session and tense != "future" or told and tense == "past"


def _clock_hour(token: Token) -> bool:
    """'until three or four in the morning', '10 in the evening': the part of the day belongs to a clock time."""
    return token.like_num or token.lower_ in lexicon()["meridiem"] or token.lower_ in lexicon()["clock_words"]


def _names_day_of_month(span: Span) -> bool:
    """'for the 27th', 'on the 15th': a lone day number after 'the' that counts nothing (not 'the 21st
    century', 'the 6-year-old', 'the 10 or so images')."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in ("-", "–", "/")
                              or after.pos_ not in ("PUNCT", "ADP", "AUX", "VERB", "SCONJ")):
        return False
    return bool(_DAY_RE.match(span.text.lower()))


def _anchor(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _value_record(text: str, start: int, parsed: Parsed) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "type": parsed.type, "value": parsed.value,
            "mod": parsed.mod, "earliest": parsed.earliest, "latest": parsed.latest}


def _record(span: Span, parsed: Parsed) -> dict[str, Any]:
    doc = span.doc
    record = mention(doc, span.start_char, span.end_char)
    record.update({"type": parsed.type, "value": parsed.value, "mod": parsed.mod, "earliest": parsed.earliest,
                   "latest": parsed.latest, "from": None, "to": None})
    if parsed.parts:
        for key, (start, end, part) in zip(("from", "to"), parsed.parts):
            begin = span.start_char + start
            record[key] = _value_record(text_of(doc, begin, span.start_char + end), begin, part)
    return record


def _joinable(first: Span, first_parsed: Parsed, second: Span, second_parsed: Parsed) -> Optional[str]:
    """The type two neighbouring expressions would make together, if the words between them allow it."""
    lex = lexicon()
    gap = [token.lower_ for token in first.doc[first.end:second.start]
           if not (token.is_space and token.text.count("\n") <= 1)]
    before = first.doc[first.start - 1].lower_ if first.start > 0 else ""
    if len(gap) == 1 and (gap[0] in lex["range_separators"] or gap[0] == "and" and before == "between"):
        return "range"
    kinds = {first_parsed.type, second_parsed.type}
    if kinds == {"date", "range"} and all(word in lex["range_in_period_glue"] for word in gap):
        return "range"
    if kinds == {"date"} and all(word in ("on", "of") for word in gap):
        return "date"
    if kinds == {"time", "date"} and len(gap) <= 3 and all(word in lex["time_day_glue"] for word in gap):
        return "time"
    weekday = lex["weekdays"].get(second.text.lower()) if len(second) == 1 else None
    if weekday and gap in ([","], [",", "a"]) and first_parsed.value and _ISO_DAY_RE.fullmatch(first_parsed.value) \
            and date.fromisoformat(first_parsed.value).isoweekday() == weekday:
        return "apposition"  # 'on Dec. 18, a Wednesday': the same day
    if kinds == {"time"} and [word for word in gap if word not in ("local", "time")] == ["("] \
            and second.end < len(second.doc) and second.doc[second.end].text == ")":
        return "aside"
    return None


_GRANULARITY = {"minute": 0, "day": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


def _story_point(value: str) -> Optional[tuple[datetime, int]]:
    """The moment, day, month, quarter or year a date names as a point to count from, with its granularity (a
    half or a season counts as its year); None for a decade, which 'a year earlier' could not be counted from."""
    if _CLOCK_MOMENT_RE.match(value):
        return datetime.fromisoformat(value[:16]), _GRANULARITY["minute"]
    if _ISO_DAY_RE.match(value):
        return datetime.fromisoformat(value[:10]), _GRANULARITY["day"]
    if match := _MONTH_VALUE_RE.fullmatch(value):
        return datetime(int(match[1]), int(match[2]), 1), _GRANULARITY["month"]
    if match := _PART_OF_YEAR_RE.fullmatch(value):
        if match[2].startswith("Q"):
            return datetime(int(match[1]), int(match[2][1]) * 3 - 2, 1), _GRANULARITY["quarter"]
        return datetime(int(match[1]), 1, 1), _GRANULARITY["year"]
    if _YEAR_RE.match(value):
        return datetime(int(value), 1, 1), _GRANULARITY["year"]
    return None


def _counted_from(told: datetime, offset: tuple[float, str, int, Optional[str], bool]) -> tuple[str, str]:
    """The type and value ``offset`` names counted from the story's point ``told``."""
    lex = lexicon()
    amount, unit, sign, part, whole = offset
    if unit in lex["time_units"]:
        seconds = {"second": 1, "minute": 60, "hour": 3600}[unit] * amount
        try:
            return "time", f"{told + sign * timedelta(seconds=seconds):%Y-%m-%dT%H:%M}"
        except OverflowError:
            return "date", _DIRECTION_REFS[sign]
    value = _offset_value(amount, unit, sign, told.date())
    if value in _DIRECTION_REFS.values():
        return "date", value
    value = _whole_unit(value, unit) if whole else value
    return ("time", f"{value}T{part}") if part else ("date", value)


def _told_days(found: list[tuple[Span, Parsed]], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
    """Resolve 'the next day', 'two days later', 'a year earlier' and 'thirty minutes later' from the last date
    the story named before them (not from publication: 'He was arrested on Tuesday. The next day...'; 'at
    end-1986 from 25.4 billion a year earlier'; 'the blast hit at 10:35 a.m. Thirty minutes later...'); without
    one as fine as their unit ('1986. Two months later') they stay unresolved. A clock time alone ('on Friday.
    At 6:36 p.m., ...') takes the story's day when that is within a week of publication: further off it is
    more often an anniversary named in passing ('the 11 September attacks') than the day of the story."""
    lex = lexicon()
    told: Optional[tuple[datetime, int]] = None
    resolved = []
    for span, parsed in found:
        if parsed.offset is not None and told is not None:
            unit = parsed.offset[1]
            needed = "minute" if unit in lex["time_units"] else "day" if unit in lex["unit_days"] \
                else unit if unit in ("month", "quarter") else "year"
            bare_clock = parsed.offset[0] == 0.0 and parsed.kind == "point"  # a clock time or part of day alone
            recent = anchor is None or abs((told[0].date() - anchor).days) <= 7
            if told[1] <= _GRANULARITY[needed] and (recent or not bare_clock):
                kind, value = _counted_from(told[0], parsed.offset)
                parsed = _finish(replace(parsed, type=kind, value=value), None, Context(anchor), None)
        if parsed.value and parsed.type in ("date", "time", "range") and parsed.value[:1].isdigit() \
                and not _comparison_point(span):
            told = _story_point(parsed.value.split("/")[-1])  # a range's end ('ran to Wednesday. The next day')
        resolved.append((span, parsed))
    return resolved


def _comparison_point(span: Span) -> bool:
    """'a rise of three from yesterday's afternoon kerb close', 'still below last night's close': the day of a
    price the figures are compared with, not the day the story goes on to tell of ('It eased during the
    morning')."""
    doc = span.doc
    following = doc[span.end:span.end + 4]
    return any(token.tag_ == "POS" for token in doc[span.start:span.end + 1]) \
        and any(token.lower_ in lexicon()["price_points"] for token in following)


class DateFinder:
    """Finds, filters, merges and resolves the time expressions of a doc."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.matcher.add("DATE", _flagged(nlp.vocab, [_expand(pattern) for pattern in lexicon()["patterns"]]))
        self.matcher.add("RATE", lexicon()["rate_patterns"])
        self.rate = nlp.vocab.strings["RATE"]

    def __call__(self, doc: Doc) -> Doc:
        anchor = _anchor(doc._.published)
        found = _told_days(self._merge_adjacent(self._parsed_spans(doc, anchor), anchor), anchor)
        doc._.dates = [_record(span, parsed) for span, parsed in found]
        return doc

    def _candidates(self, doc: Doc) -> Iterable[Span]:
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                yield ent
        for label, start, end in self.matcher(doc):
            yield doc[end - 2:end] if label == self.rate else doc[start:end]

    @staticmethod
    def _pieces(candidates: Iterable[Span]) -> Iterable[Span]:
        """Each candidate, then the items of a list of calendar names it holds ('January, February and March',
        'Wednesday, Thursday or Friday', '1997 and 2001'): the model often tags a list as one entity. Counted
        spans ('two or three years', 'four hours and 21 minutes') are no such list."""
        for candidate in candidates:
            yield candidate
            cuts = [token.i for token in candidate if token.lower_ in (",", "and", "or", "&")]
            pieces = [candidate.doc[start:end] for start, end in
                      zip([candidate.start] + [cut + 1 for cut in cuts], cuts + [candidate.end]) if start < end]
            if cuts and all(any(_names_calendar(token) for token in piece) for piece in pieces):
                yield from pieces

    def _parsed_spans(self, doc: Doc, anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
        parsed: dict[tuple[int, int], tuple[Span, Parsed]] = {}
        for candidate in self._pieces(self._candidates(doc)):
            span = _trim(candidate)
            if span is None or _rejected(span):
                continue
            span = _extend(span)
            if (span.start, span.end) in parsed:
                continue
            result = parse(span.text, _context(span, anchor))
            if result is not None:
                parsed[(span.start, span.end)] = (span, result)
        kept = filter_spans([span for span, _ in parsed.values()])
        return [parsed[(span.start, span.end)] for span in kept]

    def _merge_adjacent(self, found: list[tuple[Span, Parsed]], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
        """Join a range the model split in two ('October 27' to 'November 8') and a clock time with its day."""
        merged: list[tuple[Span, Parsed]] = []
        for item in found:
            while merged:
                joined = self._joined(merged[-1], item, anchor)
                if joined is None:
                    break
                item = joined
                merged.pop()
            merged.append(item)
        return merged

    @staticmethod
    def _joined(first: tuple[Span, Parsed], second: tuple[Span, Parsed],
                anchor: Optional[date]) -> Optional[tuple[Span, Parsed]]:
        """The two as one expression ('6pm today' until '12.01am on 9 November' once the second is joined); a
        time given again in another zone is an aside of the first ('3pm local time (1400 GMT)'), and so is the
        weekday of a day ('on Dec. 18, a Wednesday')."""
        wanted = _joinable(first[0], first[1], second[0], second[1])
        if not wanted:
            return None
        doc = first[0].doc
        if wanted in ("aside", "apposition"):
            return doc[first[0].start:second[0].end + (wanted == "aside")], first[1]
        joined = doc[first[0].start:second[0].end]
        result = parse(_ASIDE_RE.sub(lambda aside: " " * len(aside[0]), joined.text), _context(first[0], anchor))
        return (joined, result) if result is not None and result.type == wanted else None


@Language.factory("extractor_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp)
