"""Facts in words, the same in every renderer (terminal summary, HTML report).

A reader compares the two side by side, so an amount, a unit, a date or a cut quote must read the
same in both: the codes of the JSON (``P2W``, ``2023-11-07TEV``) are spelled out once, here.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from typing import Any, Callable, Optional

from .resources import load_json

DATE_MODS: dict[str, str] = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "by",
    "ON_OR_AFTER": "from",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}

SCALES: tuple[tuple[float, str], ...] = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

CUT = " […] "


# Numbers


def change_phrase(change: Optional[dict[str, Any]], amount: Callable[[float], str]) -> str:
    """"up", "down from 611", "up by 4.1 from 208": a number's change as a reader says it, amounts worded by
    ``amount``; empty for a number that is no change."""
    if not change:
        return ""
    words = [change["direction"]]
    if change.get("by") is not None:
        words.append(f"by {amount(change['by'])}")
    if change.get("from") is not None:
        words.append(f"from {amount(change['from'])}")
    return " ".join(words)


def number_value(number: dict[str, Any]) -> str:
    """The amount with its unit and change as a reporter writes it: '3 billion EUR', '118 miles', '55 cents USD',
    '9.99 USD per month', '1,000s', '1,000s of tonnes', '10–15%', '20 percentage points', '12 USD (up by 55)'."""
    qualifier = number.get("qualifier")
    if qualifier == "vague":
        amount = _vague_amount(number["value"], number.get("low"), number.get("high"))
    elif qualifier == "range" and number.get("low") is not None and number.get("high") is not None:
        amount = _range_amount(number["low"], number["high"])
    else:
        amount = format_amount(number["value"])
    worded = _with_unit(amount, number)
    change = change_phrase(number.get("change"), format_amount)
    return f"{worded} ({change})" if change else worded


def _with_unit(amount: str, number: dict[str, Any]) -> str:
    unit = number.get("unit")
    if number.get("kind") == "percent" and unit in (None, "percent"):
        return f"{amount}%"
    if number.get("qualifier") == "vague" and unit and not unit.startswith("per ") and amount.endswith("s"):
        amount += " of"  # 'thousands of tonnes': '1,000s of tonnes'
    if unit:
        one = number.get("value") == 1 and (number.get("qualifier") or "exact") not in ("range", "vague")
        unit = unit_name(" ".join(unit.split()), one)
    currency = number.get("currency") if number.get("kind") == "money" else None
    if currency and unit and unit.startswith("per "):
        return f"{amount} {currency} {unit}"
    return " ".join(part for part in (amount, unit, currency) if part)


def unit_name(unit: str, one: bool) -> str:
    """A unit's one name (singular in the JSON: 'mile', 'kilometre per hour', 'degree Celsius', 'penny') in the
    number an amount takes: '118 miles', '30 kilometres per hour', '40 degrees Celsius', '55 pence'. A rate
    alone ('per month') stays; ages are stored in the plural ('years') and are singular for one."""
    words = load_json("wording.json")
    if one:
        return words["unit_singulars"].get(unit, unit)
    if unit.startswith("per ") or unit in words["unit_singulars"]:
        return unit
    head, per, rate = unit.partition(" per ")
    noun_words = head.split()
    after = []
    while len(noun_words) > 1 and noun_words[-1] in words["unit_after_noun"]:
        after.insert(0, noun_words.pop())
    noun_words[-1] = _plural(noun_words[-1], words["unit_plurals"])
    return " ".join(noun_words + after) + (per + rate if per else "")


def _plural(noun: str, irregular: dict[str, str]) -> str:
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def _scaled(value: float) -> tuple[str, str]:
    """Split large round amounts into digits and a scale word (3 billion), as news text writes them."""
    for size, word in SCALES:
        scaled = value / size
        if 1 <= abs(scaled) < 1000 and round(scaled, 2) == scaled:
            return _digits(scaled), word
    return _digits(value), ""


def _digits(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_amount(value: float) -> str:
    """'4,500', '2.5', '3 billion': every digit a reader needs, large round amounts with their scale word."""
    digits, word = _scaled(value)
    return f"{digits} {word}" if word else digits


def _range_amount(low: float, high: float) -> str:
    low_digits, low_word = _scaled(low)
    high_digits, high_word = _scaled(high)
    if low_word == high_word:
        return f"{low_digits}–{high_digits}" + (f" {high_word}" if high_word else "")
    return f"{format_amount(low)}–{format_amount(high)}"


def _vague_amount(value: float, low: Optional[float], high: Optional[float]) -> str:
    """'thousands of' is stored as its order of magnitude: a plural of that magnitude ('1,000s', '100s of
    millions'); 'dozens' (24 to 99) or 'several' (3 to 9) name no magnitude, so their range is shown."""
    digits, word = _scaled(value)
    if word:
        return f"{word}s" if digits == "1" else f"{digits}s of {word}s"
    if (value > 0 and float(math.log10(value)).is_integer()) or low is None or high is None:
        return f"{format_amount(value)}s"
    return _range_amount(low, high)


# Quotes


def shorten(text: str, budget: int) -> str:
    """Keep the quote's opening and ending, which carry most of its claim, cutting at word boundaries; the cut is
    marked '[…]', as an editor marks one, so it is never read as the speaker's own ellipsis. Only a display is
    shortened: the JSON keeps every quote whole."""
    if len(text) <= budget:
        return text
    room = budget - len(CUT)
    head_room = room * 3 // 5
    head = text[:head_room].rsplit(" ", 1)[0] if " " in text[:head_room] else text[:head_room]
    tail_room = room - len(head)
    tail_text = text[-tail_room:]
    tail = tail_text.split(" ", 1)[1] if " " in tail_text else tail_text
    return f"{head.rstrip(' ,;')}{CUT}{tail.lstrip()}"


def preview(text: str, budget: int) -> str:
    """The opening of a long quote, cut at a word and marked '[…]'."""
    if len(text) <= budget:
        return text
    head = text[:budget + 1].rsplit(" ", 1)[0] if " " in text[:budget + 1] else text[:budget]
    return f"{head.rstrip(' ,;')}{CUT.rstrip()}"


# Places


def country_label(code: Optional[str], name: Optional[str], named: bool) -> str:
    """'Serbia (RS)'; a country the article never names but its places lie in ('Frankfurt') is marked implied
    and named from the gazetteer: 'Germany (DE, implied)'; places with no country are 'no country'."""
    if code is None:
        return "no country"
    name = name or _gazetteer_name(code)
    return f"{name or code} ({code})" if named else f"{name or code} ({code}, implied)"


def _gazetteer_name(code: str) -> Optional[str]:
    """The country's name from the gazetteer the places component already loaded."""
    from .places import gazetteer  # the places module loads spaCy: only when a label needs the gazetteer

    country = gazetteer().country(code)
    return country.name if country is not None else None


# Dates

_DURATION_RE = re.compile(r"P(?:([\dX.]+)Y)?(?:([\dX.]+)M)?(?:([\dX.]+)W)?(?:([\dX.]+)D)?"
                          r"(?:T(?:([\dX.]+)H)?(?:([\dX.]+)M)?(?:([\dX.]+)S)?)?")
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_VAGUE_VALUES = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PART_VALUE_RE = re.compile(r"(\d{4}(?:-\d{2}-\d{2})?)[-T]([A-Z]{2})")
_CENTURY_OR_DECADE_RE = re.compile(r"\d{2,3}")
_CLOCK_VALUE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_WIRE_CLOCK_RE = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
_FOLLOWING_WORD_RE = re.compile(r"\s*([A-Za-z]+)\b")


def wire_clock(date: dict[str, Any], text: Optional[str] = None) -> Optional[str]:
    """'16:30 EST' for a date whose words are a wire-style clock time ('1630 EST/2130 gmt', '0900 hrs') but whose
    value reads them as a year: a reader must not see the year 1630 open the timeline. ``text`` is the
    article, for the time zone written after the date's own words."""
    words = date["text"].split()
    if not words or not _WIRE_CLOCK_RE.fullmatch(words[0]) or date.get("value") != words[0]:
        return None
    after = " ".join(words[1:]) if len(words) > 1 else (text or "")[date["end"]:date["end"] + 12]
    following = _FOLLOWING_WORD_RE.match(after)
    if following is None or following[1].casefold() not in load_json("dates.json")["timezones"]:
        return None
    zone = following[1].upper() if following[1].casefold() not in ("hours", "hrs") else ""
    return f"{words[0][:2]}:{words[0][2:]} {zone}".rstrip()


def date_label(date: dict[str, Any], text: Optional[str] = None) -> str:
    """A date's value as a reader says it: ISO where that is plain, words where TimeML has a code ('2 weeks'
    for 'P2W', '2023-11-07 evening (Tue)', '2023-10 (late)'). ``text``, the article, tells a wire clock time
    from a year."""
    value = date.get("value")
    if (clock := wire_clock(date, text)) is not None:
        shown = clock
    elif value is None:
        shown = "unresolved"
    elif "/" in value:
        first, last = value.split("/", 1)
        shown = f"{plain_value(first)} → {plain_value(_drop_shared_year(first, last))}"
    elif date.get("type") in ("duration", "set") and (duration := _DURATION_RE.fullmatch(value)):
        shown = _plain_duration(duration, every=date["type"] == "set")
    else:
        shown = plain_value(value) + _weekday(value, date["text"])
    mod = DATE_MODS.get(date.get("mod") or "")
    return f"{shown} ({mod})" if mod else shown


def plain_value(value: str) -> str:
    """A TimeML value as a reader says it, where its code is not plain ISO: '198' is '1980s', '2023-SU'
    '2023 summer', '2023-11-08TEV' '2023-11-08 evening', '2023-11-08T15:00' '2023-11-08 15:00', 'PAST_REF'
    'the past'; ISO days, months, weeks and quarters stay."""
    if value in _VAGUE_VALUES:
        return _VAGUE_VALUES[value]
    if _CENTURY_OR_DECADE_RE.fullmatch(value):
        return f"{value}{'0' * (4 - len(value))}s"
    if (match := _PART_VALUE_RE.fullmatch(value)) and match[2] in {**_PARTS_OF_DAY, **_SEASONS}:
        return f"{match[1]} {_PARTS_OF_DAY.get(match[2]) or _SEASONS[match[2]]}"
    if _CLOCK_VALUE_RE.fullmatch(value):
        return value.replace("T", " ")
    return value


def _plain_duration(duration: re.Match, every: bool) -> str:
    """'P2W' as '2 weeks', 'PT1H30M' as '1 hour 30 minutes', 'PXY' as 'years'; a set's 'P1D' as 'every day',
    its 'PXD' as 'every few days'."""
    parts = []
    for amount, unit in zip(duration.groups(), _DURATION_UNITS):
        if amount is None:
            continue
        if amount == "X":
            parts.append(f"few {unit}s" if every else f"{unit}s")
        elif every and amount == "1":
            parts.append(unit)
        else:
            parts.append(f"{amount} {unit}{'' if amount == '1' else 's'}")
    if not parts:
        return duration.string
    return ("every " if every else "") + " ".join(parts)


def _drop_shared_year(first: str, last: str) -> str:
    if len(first) >= 5 and len(last) >= 5 and first[:5] == last[:5] and first[4] == "-":
        return last[5:]
    return last


def _weekday(value: str, text: str) -> str:
    """When the article names a weekday, show the resolved date's weekday so a mismatch is visible."""
    folded = text.casefold()
    if not any(day.casefold() in folded for day in calendar.day_name):
        return ""
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return ""
    return f" ({calendar.day_abbr[day.weekday()]})"


def timeline_key(date: dict[str, Any], text: Optional[str] = None) -> tuple[bool, str, str, int]:
    """Anchored dates in calendar order; durations, sets, unresolved ones and wire clock times read as years
    after, in text order."""
    earliest = date.get("earliest")
    if earliest is None or wire_clock(date, text) is not None:
        return (True, "", "", date["start"])
    return (False, earliest, date.get("latest") or earliest, date["start"])
