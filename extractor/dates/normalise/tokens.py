"""The rules' own tokens: an expression's text cut and folded so that spellings read alike.

spaCy's tokens are not used here so that ``parse`` works on a bare string, without a model: 'Oct-2',
'twenty-first' and '2019/aug/01' become the tokens the rules expect.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from ..lexicon import _DAY_RE, _SHORT_DECADE_RE, _YEAR_RE, lexicon
from ..values import Tok


_TOKEN_RE = re.compile(
    r"\d{4}-[qh][1-4]\b|\b[qh][1-4]-\d{4}\b"
    r"|\d{4}[-/][a-z]{3,9}\.?[-/]\d{1,2}\b"
    r"|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2})?|\d{1,2}:\d{2}|\b[1-3]/[2-4]\b(?!/)|[ap]\.m\.|['’]\d0s|\b[qh][1-4]\b"
    r"|['’]\d{2}\b(?!['’])|\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
    r"|[a-z]+(?:['’]s)?\.?|[-–—/,]|\S"
)
_NAMED_ISO_RE = re.compile(r"(\d{4})[-/]([a-z]{3,9})\.?[-/](\d{1,2})$")


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
    """'Oct-2', 'Oct/2' and 'Dec-2017' read as 'Oct 2' and 'Dec 2017', and '16-Mar-1987' as '16 Mar 1987' (one
    day, not a range from the 16th to March): a dash or slash glued between a month name and a day number or a
    year, or between a day number and a month name (not 'Oct. 27-Nov. 8', whose day has its month)."""
    months = lexicon()["months"]

    def glued(index: int) -> bool:
        if tokens[index].key not in ("-", "/") or not 0 < index < len(tokens) - 1 \
                or tokens[index - 1].end != tokens[index].start or tokens[index].end != tokens[index + 1].start:
            return False
        before, after = tokens[index - 1].key, tokens[index + 1].key
        return before in months and bool(_DAY_RE.match(after) or _YEAR_RE.match(after)) \
            or after in months and bool(_DAY_RE.fullmatch(before)) and not (index > 1 and tokens[index - 2].key in months)

    return [tok for index, tok in enumerate(tokens) if not glued(index)]


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


def _trim_glue(tokens: list[Tok]) -> list[Tok]:
    glue = lexicon()["time_day_glue"]
    start, end = 0, len(tokens)
    while start < end and tokens[start].key in glue:
        start += 1
    while end > start and tokens[end - 1].key in glue:
        end -= 1
    return tokens[start:end]
