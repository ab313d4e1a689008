"""Unit expressions outside the word lists: SI prefixes, powers and compounds, built once from a table."""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.tokens import Doc, Token

from .tokens import MAX_PHRASE_TOKENS, Phrases, is_break, span_text


class UnitExpressions:
    """Unit expressions after a number: SI prefixes on symbols, powers, and compounds with "/" or "per".

    "km/s2" is kilometre per square second, "J/m^2 per year" joule per square metre per year, "fb−1"
    inverse femtobarn, "4 cubic kilometers" and "4 km cubed" cubic kilometre. The patterns are built once
    from ``data/numbers_units.json``; each number reads only the few characters after it.
    """

    _POWER = re.compile(r"\^?([-−]?[123])(?!\d|\.\d)|([²³])|(⁻¹)")
    _POWER_WORD_BEFORE = re.compile(r"(square|sq\.?|cubic|cu\.?)\s+", re.IGNORECASE)
    _POWER_WORD_AFTER = re.compile(r"\s+(squared|cubed)\b", re.IGNORECASE)
    _PER = re.compile(r"\s*/\s*|\s+per\s+", re.IGNORECASE)
    _POWER_NAMES = {1: "", 2: "square ", 3: "cubic ", -1: "inverse ", -2: "inverse square ", -3: "inverse cubic "}

    def __init__(self, data: dict[str, Any]):
        symbols: dict[str, str] = dict(data["unprefixed_symbols"])
        self.unprefixed = set(data["unprefixed_symbols"].values()) - set(data["symbols"].values())
        symbols.update(data["symbols"])
        for prefix, prefix_name in data["prefixes"].items():
            for symbol, name in data["symbols"].items():
                symbols.setdefault(prefix + symbol, prefix_name + name)
        self.symbols = symbols
        self.symbol_pattern = re.compile(
            "(" + "|".join(map(re.escape, sorted(symbols, key=len, reverse=True))) + r")(?![A-Za-z])"
        )
        self.names: dict[str, str] = data["names"]
        names = "|".join(map(re.escape, sorted(self.names, key=len, reverse=True)))
        prefixes = "|".join(data["name_prefixes"])
        self.name_pattern = re.compile(rf"({prefixes})?({names})(?:e?s)?(?![a-z])", re.IGNORECASE)
        self.blocklist = set(data["standalone_blocklist"])
        self.durations = set(data["duration_names"])
        self.years_ago: dict[str, str] = data["year_ago_symbols"]
        self.clock_units: dict[str, str] = data["clock_units"]
        self.inch_followers = Phrases({word: True for word in data["inch_followers"]})
        self.compound_names: dict[str, str] = data["compound_names"]
        self.time_names: dict[str, str] = data["time_abbreviations"]
        self.glued_marks: dict[str, str] = data["glued_marks"]
        self.coin_currencies: dict[str, set[str]] = {coin: set(codes) for coin, codes in data["coin_currencies"].items()}
        self.temperature_words = set(data["temperature_words"])
        # Every ASCII character an expression can open with (a name's or a prefix's in either case, a symbol's, a
        # power word's): most words after a number open none, and ``unit_at`` then builds no text to parse.
        openers = [*data["name_prefixes"], *self.names, *symbols, "square", "sq", "cubic", "cu"]
        self.ascii_openers = {case for word in openers for case in (word[0], word[0].lower(), word[0].upper())}
        # Every ASCII word an expression can open with as a whole word: a name with its prefix and plural, a power
        # word; symbols are matched as written (``unit_at`` parses no text after a plain word outside these).
        self.name_words = {f"{prefix}{name}{plural}".lower() for prefix in ("", *data["name_prefixes"])
                           for name in self.names for plural in ("", "s", "es")} | {"square", "sq", "cubic", "cu"}

    def parse(self, text: str, glued: bool = False, after_per: bool = False) -> Optional[tuple[int, str]]:
        """``(length, name)`` of the unit expression that opens ``text``, if it is one worth trusting.

        A lone symbol without prefix, power or "/" must be two letters or more and no English word
        ("am", "in"); "Ma" and "Ga" (million, billion years) only glued to the number or before "ago".
        ``after_per``: the text follows "/" or "per" ("$15.4/hour"), where any unit is trusted.
        """
        first = self._factor(text, 0)
        if first is None:
            return None
        end, name, is_symbol, plain = first
        names, compound = [name], False
        while True:
            per = self._PER.match(text, end)
            factor = self._factor(text, per.end()) if per is not None else None
            if factor is None:
                break
            end, compound = factor[0], True
            names.append(factor[1])
        if after_per:
            return end, self.name(" per ".join(names))
        if not compound and not is_symbol and plain is not None and name in self.durations:
            return None  # "two weeks" is a duration, for the dates component
        if not compound and is_symbol and plain is not None:
            symbol = text[:end]
            if symbol in self.years_ago:
                ago = re.match(r"\s+ago\b", text[end:])
                return (end, self.years_ago[symbol]) if glued or ago else None
            if len(symbol) < 2 or symbol in self.blocklist or symbol.isupper():
                return None  # "386 PC", "5 TV channels": capitals are acronyms, not "petacoulomb"
        return end, self.name(" per ".join(names))

    def name(self, unit: str) -> str:
        """The one name news gives a compound unit: "mi/h" and "miles per hour" are both "mph"."""
        return self.compound_names.get(unit, unit)

    def _factor(self, text: str, start: int) -> Optional[tuple[int, str, bool, Optional[str]]]:
        """One unit with its power: ``(end, name, is a symbol, the bare atom when it has no power)``."""
        power, pos = 1, start
        before = self._POWER_WORD_BEFORE.match(text, pos)
        if before is not None:
            power, pos = (2 if before[1].lower().startswith("s") else 3), before.end()
        symbol = self.symbol_pattern.match(text, pos) if before is None else None
        name_match = self.name_pattern.match(text, pos)
        if name_match is not None and (symbol is None or name_match.end() > symbol.end()):
            name = (name_match[1] or "").lower() + self.names[name_match[2].lower()]
            end, is_symbol = name_match.end(), False
        elif symbol is not None:
            name, end, is_symbol = self.symbols[symbol[1]], symbol.end(), True
        else:
            return None
        bare = power == 1
        found = self._POWER.match(text, end)
        if found is not None and is_symbol and self.symbols[symbol[1]] in self.unprefixed and "^" not in found[0]:
            found = None  # "2d3" is a company, not cubic days
        if found is not None and power == 1 and is_symbol:
            raw = found[1] or found[2] or found[3]
            power = {"²": 2, "³": 3, "⁻¹": -1}.get(raw) or int(raw.replace("−", "-"))
            end, bare = found.end(), False
        after = self._POWER_WORD_AFTER.match(text, end)
        if after is not None and power == 1:
            power, end, bare = (2 if after[1].lower() == "squared" else 3), after.end(), False
        return end, self._POWER_NAMES[power] + name, is_symbol, (text[start:end] if bare else None)

    def _opens_none(self, word: str, space: str) -> bool:
        """A word of ASCII letters before a space that is no name, symbol or power word ("vs", "shares"): each
        pattern an expression opens with stops at a letter, so its match would end inside the word, never on a
        token boundary."""
        return bool(space) and word.isascii() and word.isalpha() and word not in self.symbols \
            and word.lower() not in self.name_words

    def may_open(self, token: Token) -> bool:
        """Whether a unit expression may start at ``token``: most words after a number open none."""
        word = token.text
        return not token.is_space and not (word[0].isascii() and word[0] not in self.ascii_openers
                                           or self._opens_none(word, token.whitespace_))

    def unit_at(self, doc: Doc, i: int, after_per: bool = False) -> Optional[tuple[int, str]]:
        """``(end token, name)`` of a unit expression starting at token ``i`` and ending on a token boundary."""
        if i >= len(doc) or not self.may_open(doc[i]):
            return None
        start = doc[i].idx
        parsed = self.parse(span_text(doc, i, i + MAX_PHRASE_TOKENS + 2), after_per=after_per)
        if parsed is None:
            return None
        stop = start + parsed[0]
        j = i
        while j < len(doc) and doc[j].idx < stop and not is_break(doc[j]):
            j += 1
        last = doc[j - 1]
        ends = last.idx + len(last) == stop or last.idx + len(last) == stop + 1 and last.text.endswith(".")
        return (j, parsed[1]) if ends else None  # a sentence's full stop may be glued: "at 3.5–4.0 TeV."
