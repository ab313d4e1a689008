"""The Matcher patterns that find what the model's DATE and TIME entities miss, made cheap to run.

The patterns live in extractor/data/dates.json; this module expands their word-list placeholders and
turns their commonest word tests into vocabulary flags, which the Matcher checks in C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from spacy.attrs import IDS
from spacy.vocab import Vocab

from .lexicon import lexicon


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
