"""The word lists and text shapes every part of the reader shares.

The words live in extractor/data/dates.json; the regular expressions here are the shapes more than one
module tests a token against, kept in one place so that they cannot drift apart.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from ..resources import load_json


_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_VALUE_RE = re.compile(r"(\d{4})-(\d{2})")
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR_RE = re.compile(r"\d{4}$")
_SHORT_DECADE_RE = re.compile(r"['’]?(\d)0s$")
_CLOCK_RE = re.compile(r"(\d{1,2}):(\d{2})$")
_DOT_CLOCK_RE = re.compile(r"(\d{1,2})\.(\d{2})$")
_CLOCK_VALUE_RE = re.compile(r"T\d{2}:\d{2}$")
_FRACTION_RE = re.compile(r"([1-3])/([2-4])")


DATA = "dates.json"
_installed: Optional[dict[str, Any]] = None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists every part of the reader reads: those the dates component installed, else the package's."""
    return load_json(DATA) if _installed is None else _installed


def install(data: dict[str, Any]) -> None:
    """Make ``data`` the word lists the reader reads, in place of ``extractor/data/dates.json``: the dates
    component installs those it was built (or loaded) from. Readings cached from the former lists are the
    caller's to drop (``normalise.parse``)."""
    global _installed
    _installed = data
    lexicon.cache_clear()
    _vocabulary.cache_clear()
    _prefix_ends.cache_clear()


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


@lru_cache(maxsize=1)
def _prefix_ends() -> frozenset[str]:
    """Every ending of a modifier that may stand before an expression ('late', 'the end of', 'earlier'): a word
    that ends none of them, nor a hyphen, closes no modifier, which tells most spans at one look that none stands
    before them."""
    lex = lexicon()
    return frozenset(phrase[index:] for phrase in (*lex["mod_prefixes"], *lex["clamp_prefixes"])
                     for index in range(len(phrase)))
