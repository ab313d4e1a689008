"""Numbers: counts, money, percentages and measures, with their qualifier and the noun they count.

A number phrase is read token by token (never by regex over the whole text):
``[range opener] [qualifier] [sign] [currency] core [joiner core] [percent | currency | unit] [postfix qualifier]``.
The core is digits ("4,500", "3bn", "-0.1", "40 000", "1/4", "1.3e6", "2.33 k", "1,3"), spelled words
("two hundred and five", "a dozen", "five point five", "3 hundred and 21", "three lakh crore"), a
fraction ("two thirds", "a third of", "one and a half", "half a million", "one in five"), an article
before a unit ("a tonne of") or a vague amount ("thousands", "tens of thousands", "several hundred"). Fractions and shares are valued as such (0.667, 0.2), kind ``count``.
The counted noun comes from the dependency parse: the head a number modifies, the object of a
following "of", or the attribute of a copula whose subject is the number ("of which 215 are passports").

Vague amounts take their order of magnitude as value and low bound, and stop just short of the
next one: "thousands" is 1000 (1000-9999), "tens of thousands" 10000 (10000-99999), "several
hundred" 300 (300-999). Ranges take their low end as value. Word lists live in ``data/numbers.json``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..doc_utils import ensure_extension, mention
from ..resources import load_json

ensure_extension("numbers")

_MAX_PHRASE_TOKENS = 6
_LOWER_BOUNDS = ("more_than", "at_least")
_UPPER_BOUNDS = ("less_than", "at_most")
_INCLUSIVE = {"more_than": "at_least", "less_than": "at_most"}
_INCLUSIVE_OPPOSITES = {"more_than": "at_most", "less_than": "at_least"}
_DASH_RANGE_SPAN = 20
_SCORE_LIMIT = 200  # no game's score reaches this; a dashed pair at or above it is a range
_NOUN_POS = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"nummod", "amod", "compound", "quantmod", "nmod", "det", "npadvmod", "appos"}
_LEADING_NOISE_DEPS = {"det", "poss", "predet", "case", "punct", "cc"}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_FRACTION = re.compile(r"^([-−]?)(\d{1,2})/(\d{1,3})$")
_GROUP = re.compile(r"^\d{3}(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+$")
_SCIENTIFIC = re.compile(r"^[-−]?\d+(?:\.\d+)?[eE][-+−]?\d{1,3}$")
_POWER_OF_TEN = re.compile(r"^([-−]?\d+(?:\.\d+)?)[×x*]10(?:\^|\*\*)?([-−]?\d{1,3})$")
_LEADING_NUMBER = re.compile(r"^([-−]?)(\d+(?:\.\d+)?)(?=[^\d,.])")
_SUSPENDED = re.compile(r"^(\d+(?:\.\d+)?)[-–]$")
_RANGE_TOKEN = re.compile(r"^([^-–—~]*\d[^-–—~]*)([-–—~])([^-–—~]*\d[^-–—~]*)$")
_POWER_TOKEN = re.compile(r"^([-−]?)(\d+(?:\.\d+)?)\^([-+−]*)(\d{1,3})$")
_EXPONENT = re.compile(r"^([-+−]*)(\d{1,3})$")
_TIMES_BASE = re.compile(r"^(\d+(?:\.\d+)?)[x×](\d+(?:\.\d+)?)$")
_TRILLION = re.compile(r"^(\d+(?:\.\d+)?)T\.?$")
_INCH_MARKS = ('"', "″", "''")
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_DECIMAL_COMMA = re.compile(r"^([-−]?\d{1,2}),(\d{1,2})$")
_THOUSAND = 1000
_M_READING = "numbers.m_reading"  # doc.user_data key: how the article reads a bare "m" after digits


def _skip(doc: Doc, j: int) -> int:
    """The first token at or after ``j`` that is not whitespace (wire copy is full of double spaces).

    Paragraph and table breaks are not skipped: a number never runs on across them.
    """
    while j < len(doc) and doc[j].is_space and not _is_break(doc[j]):
        j += 1
    return j


def _is_break(token: Token) -> bool:
    """A blank line or an indented new line: a paragraph or table boundary, not a wrapped line."""
    return token.is_space and ("\n\n" in token.text or "\n " in token.text)


class _Phrases:
    """Multi-token word lists, matched on the lower-cased token texts glued together.

    Gluing makes "per cent", "U.S. dollars" or "°C" match whatever way the tokenizer splits them.
    """

    def __init__(self, mapping: dict[str, Any]):
        self.table = {key.replace(" ", ""): value for key, value in mapping.items()}

    def at(self, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
        """Longest match starting at token ``i``: ``(end, value)``."""
        best = None
        text = ""
        for j in range(i, min(i + _MAX_PHRASE_TOKENS, len(doc))):
            if doc[j].is_space:
                if _is_break(doc[j]):
                    break
                continue
            text += doc[j].lower_
            if text in self.table:
                best = (j + 1, self.table[text])
        return best

    def ending(self, doc: Doc, end: int, floor: int = 0) -> Optional[tuple[int, Any]]:
        """Longest match ending just before token ``end``: ``(start, value)``."""
        best = None
        text = ""
        for j in range(end - 1, max(end - 1 - _MAX_PHRASE_TOKENS, floor - 1), -1):
            if doc[j].is_space:
                if _is_break(doc[j]):
                    break
                continue
            text = doc[j].lower_ + text
            if text in self.table:
                best = (j, self.table[text])
        return best


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
        self.inch_followers = _Phrases({word: True for word in data["inch_followers"]})
        self.money_names: dict[str, str] = data["money_unit_names"]

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
            return end, " per ".join(names)
        if not compound and not is_symbol and plain is not None and name in self.durations:
            return None  # "two weeks" is a duration, for the dates component
        if not compound and is_symbol and plain is not None:
            symbol = text[:end]
            if symbol in self.years_ago:
                ago = re.match(r"\s+ago\b", text[end:])
                return (end, self.years_ago[symbol]) if glued or ago else None
            if len(symbol) < 2 or symbol in self.blocklist or symbol.isupper():
                return None  # "386 PC", "5 TV channels": capitals are acronyms, not "petacoulomb"
        return end, " per ".join(names)

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

    def unit_at(self, doc: Doc, i: int, after_per: bool = False) -> Optional[tuple[int, str]]:
        """``(end token, name)`` of a unit expression starting at token ``i`` and ending on a token boundary."""
        if i >= len(doc) or doc[i].is_space:
            return None
        start = doc[i].idx
        parsed = self.parse(doc[i : i + _MAX_PHRASE_TOKENS + 2].text, after_per=after_per)
        if parsed is None:
            return None
        stop = start + parsed[0]
        j = i
        while j < len(doc) and doc[j].idx < stop and not _is_break(doc[j]):
            j += 1
        last = doc[j - 1]
        ends = last.idx + len(last) == stop or last.idx + len(last) == stop + 1 and last.text.endswith(".")
        return (j, parsed[1]) if ends else None  # a sentence's full stop may be glued: "at 3.5–4.0 TeV."


@dataclass
class _Core:
    """A number without its qualifier or unit; token indexes are ``[start, end)``."""

    start: int
    end: int
    value: float
    scaled: bool = False
    vague: Optional[tuple[float, float]] = None
    currency: Optional[str] = None
    unit: Optional[str] = None
    fraction: bool = False


@dataclass
class _Phrase:
    """A number with its qualifier, currency, unit and (for ranges) second core.

    ``opener`` is a range opener before the number ("between") with the joiner it expects ("and");
    ``skip`` marks what reads like a number but is not one (a score such as "3-1").
    """

    start: int
    end: int
    cores: list[_Core]
    qualifier: str = "exact"
    currency: Optional[str] = None
    money: bool = False
    percent: bool = False
    unit: Optional[str] = None
    skip: bool = False
    opener: Optional[tuple[int, str]] = None
    joiner: Optional[str] = None


class NumberFinder:
    """Holds the compiled word lists; called once per doc."""

    def __init__(self, data: dict[str, Any], unit_data: dict[str, Any]):
        self.expressions = UnitExpressions(unit_data)
        self.cardinals: dict[str, int] = data["cardinals"]
        self.scales: dict[str, float] = data["scales"]
        self.suffix_scales: dict[str, float] = data["suffix_scales"]
        self.letter_scales: dict[str, float] = data["letter_scales"]
        self.metre_or_million = set(data["ambiguous_metre"])
        self.metre_words = set(data["metre_words"])
        self.race_nouns = set(data["race_nouns"])
        self.fractions: dict[str, float] = data["fraction_words"]
        self.denominators: dict[str, int] = data["denominators"]
        self.ordinal_denominators = set(data["ordinal_denominators"])
        self.vulgar: dict[str, float] = data["vulgar_fractions"]
        self.negators = set(data["negators"])
        self.ratio_words = _Phrases(data["ratio_words"])
        self.rate_words = set(data["rate_words"])
        self.rate_units: dict[str, str] = data["rate_units"]
        self.weight_or_money = set(data["weight_or_money"])
        self.half_qualifiers = set(data["half_qualifiers"])
        self.age_words = set(data["age_words"])
        self.digit_denominators = set(data["digit_denominators"])
        self.unit_ordinals: dict[str, int] = data["unit_ordinals"]
        self.half_blockers = set(data["half_blockers"])
        self.article_units = set(data["article_units"])
        # Words a number phrase may hold besides the number (a DATE entity made only of these is a misfire).
        phrase_words = [*data["qualifiers_before"], *data["range_openers"], *data["range_joiners"], "and a an point"]
        self.number_words = {*self.cardinals, *self.scales, *self.denominators, *self.negators}
        self.number_words.update(word for phrase in phrase_words for word in phrase.split())
        self.vague = _Phrases({key: tuple(span) for key, span in data["vague"].items()})
        self.vague_needs_of = {key.replace(" ", "") for key in data["vague_needs_of"]}
        self.qualifiers_before = _Phrases(data["qualifiers_before"])
        self.qualifiers_after = _Phrases(data["qualifiers_after"])
        self.range_openers: dict[str, str] = data["range_openers"]
        self.range_joiners = set(data["range_joiners"])
        self.comparator_verbs: dict[str, str] = data["comparator_verbs"]
        self.bound_joiners = set(data["bound_joiners"])
        self.change_verbs = set(data["change_verbs"])
        self.percent = _Phrases(data["percent"])
        self.currency_before = _Phrases(data["currency_before"])
        self.currency_after = _Phrases(data["currency_after"])
        self.units = _Phrases(data["units"])
        self.subunits = _Phrases({key: tuple(value) for key, value in data["currency_subunits"].items()})
        self.compound_subunits = _Phrases({key: tuple(value) for key, value in data["compound_subunits"].items()})
        self.multipliers = set(data["multiplier_nouns"])
        self.fraction_nouns = set(data["fraction_nouns"])
        self.partitives = set(data["partitive_nouns"])
        self.time_nouns = set(data["time_nouns"])
        self.months = set(data["months"])
        self.label_nouns = set(data["label_nouns"])
        self.name_labels = set(data["name_entity_labels"])
        self.date_labels = set(data["date_entity_labels"])
        self.counted_pronouns = set(data["counted_pronouns"])
        symbols = sorted((k for k in data["currency_before"] if not k.isalpha()), key=len, reverse=True)
        suffixes = sorted(self.suffix_scales, key=len, reverse=True)
        self.suffix_units: dict[str, str] = data["suffix_units"]
        units = sorted(self.suffix_units, key=len, reverse=True)
        after_symbols = {k: v for k, v in data["currency_after"].items() if not re.fullmatch(r"[a-z. ]+", k)}
        self.digit_token = re.compile(
            rf"^(?P<sign>[-−])?(?P<cur>{'|'.join(map(re.escape, symbols))})?(?P<sign2>[-−])?(?P<num>{_DIGITS})"
            rf"(?:(?P<suf>{'|'.join(suffixes)})|(?P<unit>{'|'.join(map(re.escape, units))})"
            rf"|(?P<post>{'|'.join(map(re.escape, after_symbols))}))?\.?$",
            re.IGNORECASE,
        )
        self.currency_symbols = {k: v for k, v in data["currency_before"].items() if k in symbols}
        self.currency_symbols_after = after_symbols
        self.vague_starts = {key.split()[0] for key in data["vague"]}

    # ----------------------------------------------------------------- cores

    def core_at(self, doc: Doc, i: int) -> Optional[_Core]:
        """The number starting at token ``i``, if any."""
        word = doc[i].lower_
        if word in self.vague_starts:
            vague = self._vague_at(doc, i)
            if vague is not None:
                return vague
        if word in self.vulgar:
            return _Core(i, i + 1, self.vulgar[word], fraction=True)
        if "d" in doc[i].shape_:
            return self._digits_at(doc, i)
        if word in self.cardinals or word in ("a", "an") or word in self.fractions:
            core = self._spelled_at(doc, i)
            if core is None and word in ("a", "an") and self._is_article_unit(doc, i):
                return _Core(i, i + 1, 1.0)
            return core
        return None

    def _is_article_unit(self, doc: Doc, i: int) -> bool:
        """"a gallon of beer", "nearly a tonne", "a penny": one unit, named by the article.

        Not where the unit divides or takes a share: "30 miles a gallon", "1p a pint", "half a mile", "a
        quarter of a mile". The phrase must then read a unit (``phrase_at``).
        """
        nxt = _skip(doc, i + 1)
        if nxt >= len(doc) or doc[nxt].lower_ not in self.article_units:
            return False
        before = i - 1
        while before >= 0 and doc[before].is_space and not _is_break(doc[before]):
            before -= 1
        if before < 0:
            return True
        word = doc[before]
        return not (any(c.isdigit() for c in word.text) or word.lower_ in self.fractions or word.lower_ in ("of", "per")
                    or self.units.ending(doc, before + 1) or self.currency_after.ending(doc, before + 1)
                    or self.subunits.ending(doc, before + 1))

    def _vague_at(self, doc: Doc, i: int) -> Optional[_Core]:
        match = self.vague.at(doc, i)
        if match is None:
            return None
        end, (low, high) = match
        key = "".join(t.lower_ for t in doc[i:end] if not t.is_space)
        nxt = _skip(doc, end)
        if nxt < len(doc) and doc[nxt].lower_ in self.scales and doc[nxt].lower_ != "dozen":
            scale = self.scales[doc[nxt].lower_]
            return _Core(i, nxt + 1, low * scale, scaled=True, vague=(low * scale, (high + 1) * scale - 1))
        inner_start = _skip(doc, nxt + 1)
        if inner_start < len(doc) and doc[nxt].lower_ == "of":
            inner = self.vague.at(doc, inner_start)
            if inner is not None and inner[0] == inner_start + 1 and key != doc[inner_start].lower_:
                scale = inner[1][0]
                return _Core(i, inner[0], low * scale, scaled=True, vague=(low * scale, (high + 1) * scale - 1))
        elif key in self.vague_needs_of:
            return None
        return _Core(i, end, low, vague=(low, high))

    def _digits_at(self, doc: Doc, i: int) -> Optional[_Core]:
        fraction = _FRACTION.match(doc[i].text)
        if fraction is not None:
            numerator, denominator = int(fraction[2]), int(fraction[3])
            if not 0 < numerator < denominator or denominator not in self.digit_denominators:
                return None  # "9/11", "8/13 odds", "24/7"
            return _Core(i, i + 1, (-1 if fraction[1] else 1) * numerator / denominator, fraction=True)
        if _SCIENTIFIC.match(doc[i].text):
            return _Core(i, i + 1, float(doc[i].text.replace("−", "-")), scaled=True)
        found = self.digit_token.match(doc[i].text)
        if found is None:
            return self._unusual_digits_at(doc, i)
        value = float(found["num"].replace(",", ""))
        sign = -1.0 if found["sign"] or found["sign2"] else 1.0
        currency = self.currency_symbols.get(found["cur"].lower()) if found["cur"] else None
        if found["post"]:  # "100元", "100€"
            currency = self.currency_symbols_after[found["post"]]
        if found["suf"]:
            scale = self.suffix_scales[found["suf"].lower()]
            return _Core(i, i + 1, sign * value * scale, scaled=True, currency=currency)
        if found["unit"] in self.letter_scales:  # "US$ 1MM": a million, where "1mm" is a millimetre
            return _Core(i, i + 1, sign * value * self.letter_scales[found["unit"]], scaled=True, currency=currency)
        if found["unit"]:
            return _Core(i, i + 1, sign * value, unit=self.suffix_units[found["unit"].lower()])
        core = _Core(i, i + 1, value, currency=currency)
        if _PLAIN.match(found["num"]) and not found["sign"] and not found["sign2"]:
            words = self._spelled_at(doc, i)
            if words is not None and words.end > i + 1:
                words.currency = currency
                return words
        if self._power_after(doc, i + 1) is not None:
            core.value = sign * self._read_power(doc, core)
            return core
        self._add_fraction(doc, core)
        self._add_groups(doc, core, found["num"])
        self._add_mixed_fraction(doc, core)
        self._extend_scales(doc, core)
        core.value *= sign
        return core

    def _unusual_digits_at(self, doc: Doc, i: int) -> Optional[_Core]:
        """Power notation ("2.48×10−5"), a glued unit expression ("4km^3", "1Ga"), "$2.174T" (trillion),
        a suspended hyphen opening a range ("8- to 16-meter"), and a decimal comma ("5,00", "1,3": a
        comma before one or two digits cannot separate thousands; after three digits, "£135,00", it is
        more likely a thousands figure missing a digit, and is left alone)."""
        text = doc[i].text
        decimal = _DECIMAL_COMMA.match(text)
        if decimal is not None:
            return _Core(i, i + 1, float(f"{decimal[1]}.{decimal[2]}".replace("−", "-")))
        power = _POWER_OF_TEN.match(text)
        if power is not None:
            value = float(power[1].replace("−", "-")) * 10.0 ** int(power[2].replace("−", "-"))
            return _Core(i, i + 1, value, scaled=True)
        nxt = _skip(doc, i + 1)
        suspended = _SUSPENDED.match(text)
        if suspended is not None and nxt < len(doc) and doc[nxt].lower_ in ("to", "or"):
            return _Core(i, i + 1, float(suspended[1]))
        power_token = _POWER_TOKEN.match(text)
        if power_token is not None:
            exponent = -int(power_token[4]) if _negative(power_token[3]) else int(power_token[4])
            return _Core(i, i + 1, (-1 if power_token[1] else 1) * float(power_token[2]) ** exponent, scaled=True)
        times = _TIMES_BASE.match(text)
        if times is not None and self._power_after(doc, i + 1) is not None:
            core = _Core(i, i + 1, float(times[1]) * float(times[2]))
            core.value = self._read_power(doc, core, base=float(times[2])) * float(times[1])
            return core
        trillion = _TRILLION.match(text)
        if trillion is not None and i > 0 and doc[i - 1].text in self.currency_symbols:
            return _Core(i, i + 1, float(trillion[1]) * self.scales["trillion"], scaled=True)
        lead = _LEADING_NUMBER.match(text)
        if lead is None:
            return None
        parsed = self.expressions.parse(text[lead.end():], glued=True)
        if parsed is None or parsed[0] != len(text) - lead.end():
            return None
        sign = -1.0 if lead[1] else 1.0
        return _Core(i, i + 1, sign * float(lead[2]), unit=parsed[1])

    @staticmethod
    def _power_after(doc: Doc, i: int) -> Optional[int]:
        """The exponent after a glued "^" at token ``i`` ("1.1^23", "2.5^-1", "-1.1^--23"), if any."""
        if i + 1 >= len(doc) or doc[i].text != "^" or doc[i - 1].whitespace_ or doc[i].whitespace_:
            return None
        found = _EXPONENT.match(doc[i + 1].text)
        if found is None:
            return None
        return -int(found[2]) if _negative(found[1]) else int(found[2])

    def _read_power(self, doc: Doc, core: _Core, base: Optional[float] = None) -> float:
        """Raise ``core`` (or ``base``) to a "^" power that follows it, moving its end; the sign stays outside."""
        exponent = self._power_after(doc, core.end)
        value = core.value if base is None else base
        if exponent is None:
            return value
        core.end, core.scaled = core.end + 2, True
        return (-1 if value < 0 else 1) * abs(value) ** exponent

    @staticmethod
    def _add_groups(doc: Doc, core: _Core, digits: str) -> None:
        """Thousands grouped by single (or narrow no-break) spaces: "40 000", "1 234 567.89".

        Only a lead group of one to three digits followed by groups of exactly three, so "2019 100"
        or "in 3 100-metre heats" stay apart.
        """
        if not re.fullmatch(r"\d{1,3}", digits) or core.end != core.start + 1:
            return
        if core.start > 0 and (doc[core.start - 1].like_num or doc[core.start - 1].is_space):
            return  # a table column, not a grouped number
        if core.start > 0 and doc[core.start - 1].text in ("-", "–") and not doc[core.start - 1].whitespace_:
            return  # "grade 1-3 200 lbs": the end of a dashed pair, then the next column
        text, j = digits, core.start
        while True:
            gap, nxt = doc[j].whitespace_, j + 1
            if not gap and nxt < len(doc) and doc[nxt].text in ("\u202f", "\u00a0"):
                gap, nxt = doc[nxt].text, nxt + 1
            if gap not in (" ", "\u202f", "\u00a0") or nxt >= len(doc) or not _GROUP.match(doc[nxt].text):
                break
            text, j = text + doc[nxt].text, nxt
            if "." in doc[nxt].text:
                break
        if j > core.start and not (j + 1 < len(doc) and doc[j + 1].is_space):
            core.value, core.end = float(text), j + 1

    def _add_mixed_fraction(self, doc: Doc, core: _Core) -> None:
        """"2 1/2 miles", "10 ½": a whole number followed by a fraction."""
        nxt = _skip(doc, core.end)
        if nxt >= len(doc) or core.scaled or not doc[core.end - 1].whitespace_:
            return
        fraction = _FRACTION.match(doc[nxt].text)
        if fraction and not fraction[1] and 0 < int(fraction[2]) < int(fraction[3]):
            core.value += int(fraction[2]) / int(fraction[3])
            core.end = nxt + 1
        elif doc[nxt].text in self.vulgar:
            core.value += self.vulgar[doc[nxt].text]
            core.end = nxt + 1

    @staticmethod
    def _add_fraction(doc: Doc, core: _Core) -> None:
        """Wire-style mixed fractions: "7-3/4 pct" is 7.75."""
        i = core.start
        if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
            return
        fraction = _FRACTION.match(doc[i + 2].text)
        if fraction and not fraction[1] and 0 < int(fraction[2]) < int(fraction[3]):
            core.value += int(fraction[2]) / int(fraction[3])
            core.end = i + 3

    def _extend_scales(self, doc: Doc, core: _Core) -> None:
        """Fold following scale words in: "1.5 million", "3.5 mln", "two hundred thousand", "2.33 k".

        A scale letter ("k", "M", "G") counts only spaced straight after the digits, as finance and spec
        sheets write "1,674.5 G" ("5G" glued is a network); the case keeps "M" (mega) apart from "m" (metre).
        """
        total, current, big = 0.0, core.value, 1.0
        end = core.end
        j = _skip(doc, end)
        while j < len(doc):
            spaced_letter = end == core.end and doc[end - 1].whitespace_
            scale = self.scales.get(doc[j].lower_) or (self.letter_scales.get(doc[j].text) if spaced_letter else None)
            if scale is None:
                break
            total, current, big = _apply_scale(total, current, big, scale)
            end = j + 1
            j = _skip(doc, end)
        if end > core.end:
            core.end, core.value, core.scaled = end, total + current, True

    def _spelled_at(self, doc: Doc, i: int) -> Optional[_Core]:
        """Numbers in words, or digits continued by words: "two hundred and five", "3 hundred and 21",
        "three million, two hundred & forty", "five point five", "two thirds", "one and a half", "half a million",
        "3 million and a half".

        A fraction after "and" takes the last large scale ("3 million and a half" is 3.5 million);
        a singular ordinal ("a third") is a fraction only where no noun follows ("a third of them",
        not "a third attack").
        """
        tokens = []
        for token in doc[i : i + 20]:
            if _is_break(token) or len(tokens) == 16:
                break
            if not token.is_space:
                tokens.append(token)
        words = ["and" if t.text == "&" else t.lower_ for t in tokens]
        if words[0] in self.fractions and (len(words) < 2 or words[1] not in self.denominators):
            scaled = self._fraction_scaled(doc, tokens, words, 0, self.fractions[words[0]])
            return scaled if scaled is not None else self._bare_half(doc, tokens, words)
        total, current, last, big, j = 0.0, 0.0, "", 1.0, 0
        whole = None  # (index after the last complete number, its value)
        while j < len(words):
            if last and last not in ("and", "hyphen"):
                whole = (j, total + current)
            word = words[j]
            compound = self._compound_denominator(words, j, last) if last in ("unit", "teen", "tens", "scale") else None
            if compound is not None:  # "one twenty-fifth", "three twenty-firsts"
                denominator, k = compound
                return _Core(i, tokens[k - 1].i + 1, (total + current) / denominator, fraction=True)
            if word in self.cardinals:
                value = self.cardinals[word]
                if last == "tens" and value >= 10 or last in ("unit", "teen", "digits"):
                    break
                current += value
                last = "tens" if value >= 20 and value % 10 == 0 else "unit" if value < 10 else "teen"
            elif _PLAIN.match(word) and (j == 0 or self._digits_continue(words, j, last)):
                current += float(word)
                last = "digits"
            elif word in ("a", "an") and j == 0:
                if len(words) < 2 or words[1] not in self.scales and words[1] not in self.denominators \
                        and self._compound_denominator(words, 1, "unit") is None:
                    return None
                current, last = 1.0, "unit"
            elif word in self.scales and last and last not in ("and", "hyphen"):
                total, current, big = _apply_scale(total, current, big, self.scales[word])
                last = "scale"
            elif word == "and" and last in ("scale", "unit", "teen", "tens", "digits") and j + 1 < len(words):
                fraction = self._and_fraction(tokens, words, j + 1)
                if fraction is not None:
                    value, j = fraction
                    if j < len(words) and words[j] in self.scales:  # "two and a half million"
                        scale, j = self.scales[words[j]], j + 1
                        return _Core(i, tokens[j - 1].i + 1, total + (current + value) * scale, scaled=True)
                    scale = big if last == "scale" and big > 1 and current == 0 else 1.0
                    return _Core(i, tokens[j - 1].i + 1, total + current + value * scale, scaled=True)
                if last != "scale" or not (words[j + 1] in self.cardinals or _PLAIN.match(words[j + 1])):
                    break
                last = "and"
            elif word == "," and last == "scale" and self._continues_after_comma(words, j + 1, big):
                last = "and"
            elif word in ("-", "–") and self._joins_hyphen(words, j, last):
                last = "hyphen"
            elif word == "point" and last in ("unit", "teen", "tens", "scale") and j + 1 < len(words):
                decimals = self._decimals(words, j + 1)
                if decimals is None:
                    break
                fraction, j = decimals
                return _Core(i, tokens[j - 1].i + 1, total + current + fraction)
            elif word in self.denominators and last in ("unit", "teen", "tens", "scale", "hyphen", "digits"):
                numerator = total + current
                if not self._is_fraction(tokens, words, j, numerator):
                    break
                return self._fraction_scaled(doc, tokens, words, j, numerator / self.denominators[word], i)
            else:
                break
            j += 1
        if last and last not in ("and", "hyphen"):
            whole = (j, total + current)
        if whole is None or whole[0] == 1 and words[0] in ("a", "an"):
            return self._bare_half(doc, tokens, words)
        j, value = whole
        return _Core(i, tokens[j - 1].i + 1, value, scaled=any(w in self.scales for w in words[:j]))

    def _bare_half(self, doc: Doc, tokens: list[Token], words: list[str]) -> Optional[_Core]:
        """"more than half of the victims", "nearly half the population": half of a group, not "the second half"."""
        start = tokens[0].i
        before = doc[start - 1] if start > 0 else None
        if words[0] != "half" or before is not None and (before.lower_ in self.half_blockers or before.pos_ == "ADJ"):
            return None
        of_group = len(words) > 1 and words[1] in ("of", "the", "its", "their", "all")
        if not of_group and (before is None or before.lower_ not in self.half_qualifiers):
            return None
        return _Core(start, start + 1, 0.5, fraction=True)

    def _compound_denominator(self, words: list[str], j: int, last: str) -> Optional[tuple[int, int]]:
        """A spelled ordinal of several words ending the number: (denominator, end).

        "one twenty-fifth", "three twenty firsts", "a twenty-first"; after a numerator that cannot go
        on ("one" before "one hundred"), also hundreds: "one one hundred (and) fifth" is 1/105.
        """
        value, k = 0, j
        hundreds = j + 1 < len(words) and words[j + 1] == "hundred"
        if last != "scale" and self.cardinals.get(words[j], 10) < 10 and hundreds:
            value, k = self.cardinals[words[j]] * 100, j + 2
            k += k < len(words) and words[k] == "and"
        tens = self.cardinals.get(words[k], 0) if k < len(words) else 0
        if tens >= 20 and tens % 10 == 0:
            value += tens
            k += 1 + (k + 1 < len(words) and words[k + 1] in ("-", "–"))
            ordinal = self.unit_ordinals.get(words[k]) if k < len(words) else None
        elif value and k < len(words):
            ordinal = self.unit_ordinals.get(words[k]) or self.denominators.get(words[k])
        else:
            return None
        if ordinal is None or k + 1 < len(words) and words[k + 1] not in (".", ",", "of"):
            return None
        return value + ordinal, k + 1

    def _continues_after_comma(self, words: list[str], j: int, big: float) -> bool:
        """"three million, two hundred & forty": a comma after a large scale goes on with smaller groups.

        The words after it must hold a smaller scale word and no scale as large ("a thousand, two
        thousand" is a list; "three million, two of them" a count and its part).
        """
        smaller = False
        for word in words[j:]:
            scale = self.scales.get(word)
            if scale is not None:
                if scale >= big:
                    return False
                smaller = True
            elif word not in self.cardinals and word not in ("and", "-", "–"):
                break
        return smaller and j < len(words) and words[j] in self.cardinals

    def _joins_hyphen(self, words: list[str], j: int, last: str) -> bool:
        """A hyphen inside a spelled number: "twenty-one", "one-eighth", "five hundred-fifths"."""
        if last == "tens" and self._is_unit_word(words, j + 1):
            return True
        return last in ("unit", "teen", "tens", "scale") and j + 1 < len(words) and words[j + 1] in self.denominators

    def _digits_continue(self, words: list[str], j: int, last: str) -> bool:
        """Digits inside a worded number: "4 thousand 3 hundred and 21" (after "and" only below a hundred)."""
        if last == "and":
            return j >= 2 and words[j - 2] == "hundred"
        return last == "scale" and j + 1 < len(words) and words[j + 1] in self.scales

    def _is_fraction(self, tokens: list[Token], words: list[str], j: int, numerator: float) -> bool:
        """"two thirds", "a third of": "a third" alone is an ordinal ("slid in a third", "a third title").

        A singular ordinal after "a"/"one" is a fraction only before "of" or a scale word (or ending the
        text); a plural one always is; a singular one after a larger numerator only before "of".
        """
        word = words[j]
        singular = self.denominators.get(word + "s") == self.denominators[word]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        joined = nxt is not None and (nxt.lower_ in ("of", "percentage") or nxt.lower_ in self.scales)
        if word in self.time_nouns or word.rstrip("s") in self.time_nouns:  # "six quarters", "a quarter stake"
            return nxt is None or joined
        if singular and numerator != 1:  # "three-quarter length", "a two-third majority" are modifiers
            return joined
        if word not in self.ordinal_denominators or numerator != 1:
            return True
        return nxt is None or joined or nxt.text in (".", "!", "?")

    def _fraction_scaled(
        self, doc: Doc, tokens: list[Token], words: list[str], j: int, value: float, start: Optional[int] = None
    ) -> Optional[_Core]:
        """A fraction ending at ``words[j]``, times a following scale: "half million", "two thirds of a million"."""
        k = j + 1
        if k < len(words) and words[k] in ("a", "an") and k + 1 < len(words) and words[k + 1] in self.scales:
            k += 1
        elif k + 2 < len(words) and words[k] == "of" and words[k + 1] in ("a", "an") and words[k + 2] in self.scales:
            k += 2
        if k < len(words) and words[k] in self.scales:
            core = _Core(tokens[0].i if start is None else start, tokens[k].i + 1, value * self.scales[words[k]],
                         scaled=True)
            self._extend_scales(doc, core)
            return core
        if start is None:
            return None
        return _Core(start, tokens[j].i + 1, value, fraction=True)

    def _and_fraction(self, tokens: list[Token], words: list[str], j: int) -> Optional[tuple[float, int]]:
        """"and a half", "and three quarters", "and two thirds" after a whole number: (value, next index).

        Only a proper fraction makes a mixed number."""
        if j + 1 >= len(words) or words[j + 1] not in self.denominators:
            return None
        numerator = 1.0 if words[j] in ("a", "an") else self.cardinals.get(words[j])
        if numerator is None or numerator >= self.denominators[words[j + 1]]:
            return None  # "one hundred and thirty fifths" is 130 fifths, not 100 and 6
        if not self._is_fraction(tokens, words, j + 1, numerator):
            return None
        return numerator / self.denominators[words[j + 1]], j + 2

    def _decimals(self, words: list[str], j: int) -> Optional[tuple[float, int]]:
        """Digits spoken after "point": "point zero three" is .03, "point seventy-one" .71."""
        digits = ""
        while j < len(words):
            value = self.cardinals.get(words[j])
            if value is None or value >= 100:
                break
            if value >= 20 and value % 10 == 0 and j + 2 < len(words) and words[j + 1] in ("-", "–") \
                    and self._is_unit_word(words, j + 2):
                value += self.cardinals[words[j + 2]]
                j += 2
            digits += str(value)
            j += 1
        return (float("0." + digits), j) if digits else None

    def _is_unit_word(self, words: list[str], j: int) -> bool:
        """Whether ``words[j]`` is "one" to "nine" (what may follow "twenty-")."""
        return j < len(words) and self.cardinals.get(words[j], 10) < 10

    # --------------------------------------------------------------- phrases

    def phrase_at(self, doc: Doc, i: int, floor: int) -> Optional[_Phrase]:
        """The whole number phrase whose first core starts at token ``i``; ``floor`` is the previous phrase's end."""
        core = self.core_at(doc, i)
        if core is None:
            return self._range_token(doc, i, floor) or self._percent_of(doc, i)
        phrase = _Phrase(
            core.start, core.end, [core], currency=core.currency, money=core.currency is not None, unit=core.unit
        )
        self._read_before(doc, phrase, floor)
        self._read_sign(doc, phrase)
        self._read_ratio(doc, phrase)
        self._read_metre_or_million(doc, phrase)
        self._read_range(doc, phrase)
        self._read_uncertainty(doc, phrase)
        self._read_after(doc, phrase)
        self._hyphen_unit(doc, phrase)
        self._read_spaced_minus(doc, phrase)
        if doc[core.start].lower_ in ("a", "an") and core.end == core.start + 1 and phrase.unit is None \
                and not phrase.money:
            return None  # an article before a unit word that no unit reader took
        return phrase

    def _read_spaced_minus(self, doc: Doc, phrase: _Phrase) -> None:
        """"- 10 k" alone on its line (a table cell, a figure quoted by itself) is negative.

        A hyphen with a space after it is a dash or a bullet wherever words share its line ("- 10 people died").
        """
        first = phrase.cores[0]
        before = first.start - 1
        if len(phrase.cores) > 1 or phrase.start != first.start or before < 0 or doc[before].text not in ("-", "−"):
            return
        if not doc[before].whitespace_ or not self._line_edge(doc, before - 1, -1):
            return
        if not self._line_edge(doc, phrase.end, 1):
            return
        first.value, phrase.start = -first.value, before

    @staticmethod
    def _line_edge(doc: Doc, k: int, step: int) -> bool:
        """Whether only spaces lie between token ``k`` (walking by ``step``) and the edge of its line."""
        while 0 <= k < len(doc):
            if not doc[k].is_space:
                return False
            if "\n" in doc[k].text:
                return True
            k += step
        return True

    def _range_token(self, doc: Doc, i: int, floor: int) -> Optional[_Phrase]:
        """"3.5–4.0 TeV", "20,000–25,000", "20~100", "5k-20k": a range the tokenizer keeps as one token.

        A pair of years ("1914–1918") is a date, left to the dates component.
        """
        found = _RANGE_TOKEN.match(doc[i].text)
        if found is None:
            return None
        ends = [end for end in (self.digit_token.match(found[1]), self.digit_token.match(found[3])) if end is not None]
        if len(ends) < 2 or any(end["unit"] and end["unit"] not in self.letter_scales for end in ends):
            return None
        (low, low_scale), (high, high_scale) = (self._token_amount(end) for end in ends)
        if all(_PLAIN.match(end[0]) and self._is_year_number(float(end[0])) for end in ends):
            return None
        if high_scale > 1 and low_scale == 1 and low < high / high_scale:
            low *= high_scale  # "3-5bn"
        if low >= high or found[2] != "~" and _far_apart(low, high):
            return None
        cores = [_Core(i, i + 1, low, scaled=low_scale > 1), _Core(i, i + 1, high, scaled=high_scale > 1)]
        self._extend_scales(doc, cores[1])  # "$2-$3.8 trillion": the scale word after the token scales both
        if cores[1].value != high:
            cores[0].value *= cores[1].value / high
        phrase = _Phrase(i, cores[1].end, cores, qualifier="range", joiner=found[2])
        self._read_before(doc, phrase, floor)
        phrase.currency = phrase.currency or next(
            (self.currency_symbols.get(end["cur"].lower()) for end in ends if end["cur"]), None)
        phrase.money = phrase.currency is not None
        phrase.qualifier = "range"
        self._read_after(doc, phrase)
        return phrase

    def _token_amount(self, found: re.Match[str]) -> tuple[float, float]:
        """(value, scale) of one end of a one-token range read by ``digit_token``: "20k" is (20000, 1000)."""
        scale = 1.0
        if found["suf"]:
            scale = self.suffix_scales[found["suf"].lower()]
        elif found["unit"]:
            scale = self.letter_scales[found["unit"]]
        sign = -1.0 if found["sign"] or found["sign2"] else 1.0
        return sign * float(found["num"].replace(",", "")) * scale, scale

    def _read_uncertainty(self, doc: Doc, phrase: _Phrase) -> None:
        """"9.83e-3 +/- 1e-5 km/s2", "12 ± 4": a value and its uncertainty, read as the range they span."""
        if len(phrase.cores) > 1 or phrase.cores[0].vague is not None:
            return
        mark = _skip(doc, phrase.end)
        text, j = "", mark
        while j < len(doc) and len(text) < 3 and not doc[j].is_space:
            text += doc[j].text
            j += 1
            if text in ("±", "+/-", "+-"):
                break
        if text not in ("±", "+/-", "+-"):
            return
        spread = self.core_at(doc, _skip(doc, j)) if _skip(doc, j) < len(doc) else None
        if spread is None or spread.vague is not None or spread.value <= 0:
            return
        first = phrase.cores[0]
        low = _Core(first.start, first.end, first.value - spread.value, unit=first.unit)
        high = _Core(spread.start, spread.end, first.value + spread.value, unit=spread.unit)
        phrase.cores, phrase.qualifier, phrase.joiner, phrase.end = [low, high], "range", "±", spread.end
        phrase.unit = phrase.unit or high.unit or first.unit

    def _percent_of(self, doc: Doc, i: int) -> Optional[_Phrase]:
        """"per cent of 210" closing a clause, with no number before it: the percentage named after "of"."""
        percent = self.percent.at(doc, i)
        if percent is None or percent[1] != "percent" or i > 0 and doc[i - 1].like_num:
            return None
        of = _skip(doc, percent[0])
        start = _skip(doc, of + 1)
        if start >= len(doc) or doc[of].lower_ != "of":
            return None
        core = self.core_at(doc, start)
        after = _skip(doc, core.end) if core is not None else 0
        if core is None or core.vague or after < len(doc) and not doc[after].is_punct:
            return None
        return _Phrase(i, core.end, [core], percent=True)

    def _read_before(self, doc: Doc, phrase: _Phrase, floor: int) -> None:
        start = phrase.start
        if phrase.currency is None:
            currency = self.currency_before.ending(doc, start, floor)
            if currency is not None and doc[currency[0]].lower_ in ("a", "an") and doc[currency[0]].whitespace_:
                currency = self.currency_before.ending(doc, start, currency[0] + 1)  # "a $90 million fine" is no A$
            if currency is not None:
                start, phrase.currency, phrase.money = currency[0], currency[1], True
        opener = doc[start - 1].lower_ if start - 1 >= floor else ""
        if opener in self.range_openers:
            phrase.opener = (start - 1, self.range_openers[opener])
        if phrase.cores[0].vague is not None:
            phrase.qualifier = "vague"
        else:
            qualifier = self.qualifiers_before.ending(doc, start, floor)
            if qualifier is not None and self._glued_sign(doc, qualifier[0]):
                qualifier = None
            qualifier = qualifier or self._comparator_verb(doc, start, floor)
            if qualifier is not None:
                start, phrase.qualifier = qualifier
        phrase.start = start

    @staticmethod
    def _glued_sign(doc: Doc, i: int) -> bool:
        """A comparison sign closing a word is no bound: the ">" of a ticker "<RD> 2.30 dlrs", of "x>10"; nor is
        an angle bracket around a name ("<5300 Richmond Road Corp>")."""
        if doc[i].is_alpha:
            return False
        if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1].isalnum():
            return True
        closing = (t for t in doc[i + 1 : i + _MAX_PHRASE_TOKENS + 2] if t.text == ">" or "\n" in t.text)
        return doc[i].text == "<" and next(closing, doc[i]).text == ">"

    def _comparator_verb(self, doc: Doc, start: int, floor: int) -> Optional[tuple[int, str]]:
        """"the toll topped 3,000", "exports exceeded 2 million": a verb of going past sets the lower bound.

        Only the verb itself straight before the number ("the top 10 clubs" ranks; "exceeded it by 3" measures
        a gap). Negated it caps instead ("will not exceed 10 pct"), and "equals or exceeds" includes the number.
        """
        verb = start - 1
        if verb < floor or doc[verb].pos_ != "VERB":
            return None
        qualifier = self.comparator_verbs.get(doc[verb].lemma_.lower())
        if qualifier is None:
            return None
        if any(child.dep_ == "neg" for child in doc[verb].children):
            return verb, _INCLUSIVE_OPPOSITES[qualifier]
        if verb >= 2 and doc[verb - 1].lower_ == "or" and doc[verb - 2].lemma_.lower() in ("equal", "meet", "match"):
            return verb - 2, _INCLUSIVE[qualifier]
        return verb, qualifier

    def _read_metre_or_million(self, doc: Doc, phrase: _Phrase) -> None:
        """A bare "m" after digits: million or metre, by what the figure measures (``_m_reading``).

        Where nothing around it tells, the article's other bare "m" figures do when they all read one way
        ("peaked at 11.9m" in a story of "14m viewers"); with no such figures it is a metre ("won the 100m").
        """
        end = _skip(doc, phrase.end)
        if end >= len(doc) or doc[end].lower_ not in self.metre_or_million or phrase.cores[-1].scaled:
            return
        value = phrase.cores[-1].value
        reading = "million" if phrase.money else self._m_reading(doc, end, value)
        if reading is None and abs(value) < _THOUSAND:
            reading = self._article_m_reading(doc)
        if reading == "million":
            core = phrase.cores[-1]
            core.value *= self.suffix_scales["m"]
            core.scaled, core.end = True, end + 1
        else:
            phrase.unit = "metre"
        phrase.end = end + 1

    def _m_reading(self, doc: Doc, m: int, value: float) -> Optional[str]:
        """"million" or "metre" for the bare "m" at token ``m`` after ``value``, from the words around it; None if
        they do not say.

        Million: a currency, coin or unit after it ("70m euros", "3.4m tonnes", "1m barrels"), money in brackets
        after it ("204.3m (£109m)"), a counted plural ("20m households"), the agent of a passive ("seen by
        14m"). Metre: a dimension word ("2.5m high"), a race ("the 60m hurdles", "800m title"), a measure in
        brackets after it ("1.3m (4.2ft)").
        """
        after = _skip(doc, m + 1)
        word = doc[after].lower_ if after < len(doc) else ""
        if word in self.metre_words or word in self.race_nouns:
            return "metre"
        if word and (self.currency_after.at(doc, after) or self.subunits.at(doc, after) or self.units.at(doc, after)):
            return "million"
        inside = _skip(doc, after + 1)
        if word in _BRACKETS and inside < len(doc):
            if self.currency_before.at(doc, inside):
                return "million"
            bracketed = self.phrase_at(doc, inside, inside)
            if bracketed is not None and bracketed.start == inside:
                return "million" if bracketed.money else "metre" if bracketed.unit else None
        if abs(value) >= _THOUSAND:
            return None  # "the 10,000m", "1500m AAAs title": news writes a thousand million as "bn"
        counted = word.isalpha() and self._counts_plural(doc, m)
        return "million" if counted or self._is_agent(doc, m) else None

    @staticmethod
    def _is_agent(doc: Doc, m: int) -> bool:
        """"seen by 14m": a figure that does something counts people or things, never a length."""
        return any(t.head.dep_ == "agent" for t in (doc[m], doc[m - 1]))

    def _article_m_reading(self, doc: Doc) -> Optional[str]:
        """The one reading every bare "m" of the article that its words decide agrees on, if they agree."""
        if _M_READING not in doc.user_data:
            doc.user_data[_M_READING] = None  # a figure in brackets read on the way asks again
            readings = set()
            for t in doc:
                if t.lower_ not in self.metre_or_million or t.i == 0 or doc[t.i - 1].whitespace_:
                    continue
                core = self.core_at(doc, t.i - 1)
                if core is not None and self.currency_before.ending(doc, t.i - 1) is None:
                    readings.add(self._m_reading(doc, t.i, core.value))
            readings.discard(None)
            doc.user_data[_M_READING] = readings.pop() if len(readings) == 1 else None
        return doc.user_data[_M_READING]

    def _counts_plural(self, doc: Doc, end: int) -> bool:
        """Whether the token after position ``end`` starts a plural noun phrase that is not a unit."""
        after = _skip(doc, end + 1)
        if after >= len(doc) or self.units.at(doc, after) is not None:
            return False
        nouns = [doc[after], doc[end].head, doc[after].head]
        return any(n.i >= after and n.tag_ in ("NNS", "NNPS") and self.units.at(doc, n.i) is None for n in nouns)

    def _read_range(self, doc: Doc, phrase: _Phrase) -> None:
        first = phrase.cores[0]
        end = _skip(doc, phrase.end)
        mark = self._unit_mark(doc, end) if first.unit is None else None
        if mark is not None:  # "between 10% and 15%", "44 mg to 50 mg"
            end = _skip(doc, mark[0])
        start = _skip(doc, end + 1)
        if start >= len(doc) or first.vague is not None or first.fraction:
            return
        joiner = doc[end].lower_
        opener = phrase.opener
        if opener is not None and joiner == opener[1]:
            if joiner == "to" and self._is_change(doc, opener[0]):
                if mark is None:
                    self._share_unit(doc, phrase, start)
                return
        elif joiner not in self.range_joiners or joiner == "to" and opener is not None and opener[1] != "and":
            return
        currency = self.currency_before.at(doc, start)
        if currency is not None and phrase.money:
            start = _skip(doc, currency[0])
        second = self.core_at(doc, start)
        if second is None or second.vague is not None:
            return
        if joiner == "or" and first.scaled and second.scaled and \
                first.value / self._base(doc, first) != second.value / self._base(doc, second):
            return  # "10 bln or 10 tln" are two alternatives, not a range
        if mark is not None:
            second_mark = self._unit_mark(doc, _skip(doc, second.end))
            changed = joiner == "to" and self._governed_by_change(doc, first)
            if second_mark is None or second_mark[1] != mark[1] or changed:
                return  # "fell 2.89 mln barrels to 248.44 mln barrels" is two values
        low = first.value
        if second.scaled and not first.scaled:
            base = self._base(doc, second)
            if low >= base and opener is None:
                return  # "rose 32,000 to 1.41 million": the first figure is whole, a change, not a range's end
            if low < base:
                low *= second.value / base  # "$2 to $3 million"; "$450,000 to $2.1 million" keeps its own
        if joiner in ("-", "–") and second.start == end + 1 and not doc[end].whitespace_:
            low = self._complete_abbreviated(doc, first, second, low)
        if mark is not None and opener is not None and low > second.value:
            low, second.value = second.value, low  # "ranged from -18 °C to -34 °C"
        if low >= second.value:
            if joiner in ("-", "–", "—") and not (phrase.money or first.scaled):
                phrase.skip = True  # a score ("3-1"); "£50bn - 14% higher" keeps its first figure
                phrase.end = second.end
            return
        if joiner in ("-", "–", "—") and _far_apart(low, second.value):
            return  # "(1985 - 182,959)", "frame 1 - 500-600 lbs": neighbouring figures, not the ends of a range
        if opener is not None and joiner == opener[1]:
            phrase.start = min(phrase.start, opener[0])
        first.value = low
        phrase.cores.append(second)
        phrase.joiner = joiner
        phrase.qualifier = "range"
        phrase.end = second.end

    def _join_bounds(self, doc: Doc, first: _Phrase) -> _Phrase:
        """"more than 10 and fewer than 40 people", "above $200,000 but below $300,000": a lower and an upper
        bound side by side bound one quantity, read as the range between them.

        Only a conjunction or comma may lie between the two, the lower end must be below the upper, and
        they may not differ in unit or currency ("more than 10 people died and fewer than 40 were hurt"
        keeps its two counts).
        """
        if first.qualifier not in _LOWER_BOUNDS + _UPPER_BOUNDS or len(first.cores) > 1:
            return first
        k = _skip(doc, first.end)
        joiners = k
        while k < len(doc) and doc[k].lower_ in self.bound_joiners:
            k = _skip(doc, k + 1)
        if k == joiners or k >= len(doc):
            return first
        second = next((p for p in (self.phrase_at(doc, c, k) for c in range(k, min(k + _MAX_PHRASE_TOKENS, len(doc))))
                       if p is not None), None)
        if second is None or second.start != k or len(second.cores) > 1 or second.cores[0].vague is not None:
            return first
        pair = (first.qualifier in _LOWER_BOUNDS, second.qualifier in _LOWER_BOUNDS)
        if second.qualifier not in _LOWER_BOUNDS + _UPPER_BOUNDS or pair[0] == pair[1]:
            return first
        low, high = (first, second) if pair[0] else (second, first)
        if low.cores[0].value >= high.cores[0].value or any(
                getattr(first, key) and getattr(second, key) and getattr(first, key) != getattr(second, key)
                for key in ("unit", "currency")):
            return first
        return _Phrase(
            first.start, second.end, [low.cores[0], high.cores[0]], qualifier="range",
            currency=first.currency or second.currency, money=first.money or second.money,
            percent=first.percent or second.percent, unit=first.unit or second.unit, joiner=doc[joiners].lower_,
        )

    @staticmethod
    def _complete_abbreviated(doc: Doc, first: _Core, second: _Core, low: float) -> float:
        """Wire shorthand for a range's ends: "1.7770-80" is 1.7770 to 1.7780 (the high end repeats only its last
        decimals) and "75-100,000 bpd" 75,000 to 100,000 (the low end shares the thousands). Returns the low end."""
        low_text, high_text = doc[first.start].text, doc[second.start].text
        decimals = re.fullmatch(r"(\d+)\.(\d+)", low_text)
        if decimals is not None and _PLAIN.match(high_text) and len(high_text) < len(decimals[2]) + 1 \
                and first.end == first.start + 1 and second.end == second.start + 1:
            second.value = float(f"{decimals[1]}.{decimals[2][: len(decimals[2]) - len(high_text)]}{high_text}")
        elif re.fullmatch(r"\d{1,3}", low_text) and re.fullmatch(r"\d{1,3}(?:,000)+", high_text) \
                and low * 1000 < second.value:
            return low * 1000
        return low

    def _governed_by_change(self, doc: Doc, core: _Core) -> bool:
        """Whether a change verb ("fell", "rose") governs the number within a few steps up the parse."""
        token = doc[core.start]
        for _ in range(3):
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.change_verbs:
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _unit_mark(self, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
        """A percent word or unit starting at token ``i``: ``(end, name)``."""
        if i >= len(doc):
            return None
        return self.percent.at(doc, i) or self.units.at(doc, i)

    def _share_unit(self, doc: Doc, phrase: _Phrase, start: int) -> None:
        """In "from 10 to 15 percent" the first value takes the second one's percent, currency or unit."""
        second = self.core_at(doc, start)
        if second is None:
            return
        target = _Phrase(second.start, second.end, [second], currency=phrase.currency, money=phrase.money)
        self._read_after(doc, target)
        phrase.percent, phrase.money = phrase.percent or target.percent, phrase.money or target.money
        phrase.currency, phrase.unit = phrase.currency or target.currency, phrase.unit or target.unit

    def _base(self, doc: Doc, core: _Core) -> float:
        """The value of a scaled core before its closing scale words: "15" in "15 million", "5" in "5bn", "3" in
        "three million", "150" in "one hundred and fifty million"."""
        found = self.digit_token.match(doc[core.start].text)
        if found is not None and core.end == core.start + 1:
            return float(found["num"].replace(",", "")) or core.value
        scale, j = 1.0, core.end - 1
        while j > core.start and (doc[j].is_space or doc[j].lower_ in self.scales):
            scale *= self.scales.get(doc[j].lower_, 1.0)
            j -= 1
        return core.value / scale

    def _is_change(self, doc: Doc, opener: int) -> bool:
        """"rose from 10 to 15" is two values, not a range."""
        head = doc[opener].head
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.change_verbs

    def _read_after(self, doc: Doc, phrase: _Phrase) -> None:
        start = end = _skip(doc, phrase.end)
        percent = self.percent.at(doc, end)
        currency = self.currency_after.at(doc, end)
        subunit = self.subunits.at(doc, end)
        unit = self.units.at(doc, end) if phrase.unit is None else None
        if unit is None and phrase.unit is None:
            unit = self._bracketed_unit(doc, end)
        if currency is not None and doc[end].lower_ in self.weight_or_money and unit is not None \
                and not phrase.cores[-1].scaled and not phrase.money:
            currency = None
        if percent is not None:
            phrase.percent, end = True, percent[0]
            phrase.unit = percent[1] if percent[1] != "percent" else None
        elif subunit is not None and (currency is None or subunit[0] > currency[0]):
            phrase.money, end = True, subunit[0]
            phrase.currency, phrase.unit = subunit[1][0] or phrase.currency, subunit[1][1]
        elif currency is not None:
            phrase.money, end = True, currency[0]
            phrase.currency = currency[1] or phrase.currency
            end = self._read_cents(doc, phrase, end)
        elif unit is not None and not phrase.money:
            phrase.unit, end = unit[1], unit[0]
            end = self._read_rate(doc, phrase, end)
            expression = self.expressions.unit_at(doc, start)
            if expression is not None and expression[0] > end:  # "4 km cubed", "1e-5 km/s2"
                phrase.unit, end = expression[1], expression[0]
        elif phrase.unit is not None and not phrase.money:  # a glued unit's rate: "10km/hr"
            end = self._read_rate(doc, phrase, end)
        elif phrase.unit is None and not phrase.money:
            end = self._read_symbol_unit(doc, phrase, start)
            if end == start:
                self._coordinated_unit(doc, phrase, start)
        elif phrase.money and phrase.unit is None:
            end = self._read_money_rate(doc, phrase, start)
        after = self.qualifiers_after.at(doc, _skip(doc, end))
        if after is not None and phrase.qualifier in ("exact", "approximately") \
                and not self._bounds_next_number(doc, _skip(doc, end), after[0]):
            phrase.qualifier, end = after[1], after[0]
        if end > start:
            phrase.end = end

    def _bounds_next_number(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the words ``[start, end)`` read after a number open a bound on the next one: "or less" in
        "500 or less than 400" and "and over" in "10 and over 20" qualify what follows, not what precedes."""
        for j in range(start + 1, end):
            before = self.qualifiers_before.at(doc, j)
            k = _skip(doc, before[0] if before is not None else end)
            if k < len(doc) and doc[k].lower_ in ("than", "to") and before is None:
                k = _skip(doc, k + 1)
            if k < len(doc) and self.core_at(doc, k) is not None:
                return True
        return False

    def _bracketed_unit(self, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
        """"20 (kg)", "20 [kg]": a unit in brackets, as tables and spec sheets write it: ``(end, name)``."""
        if i + 2 >= len(doc) or doc[i].text not in _BRACKETS:
            return None
        unit = self.units.at(doc, i + 1)
        if unit is None or unit[0] >= len(doc) or doc[unit[0]].text != _BRACKETS[doc[i].text]:
            return None
        return unit[0] + 1, unit[1]

    def _read_cents(self, doc: Doc, phrase: _Phrase, end: int) -> int:
        """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount in two coins.

        Without the coin's name only a bare number closing the clause counts ("thirteen dollars forty five.").
        """
        core = phrase.cores[-1]
        if len(phrase.cores) > 1 or core.scaled or core.vague is not None:
            return end
        j = _skip(doc, end)
        joined = j < len(doc) and doc[j].lower_ == "and"
        j = _skip(doc, j + 1) if joined else j
        cents = self.core_at(doc, j) if j < len(doc) else None
        if cents is None or cents.vague is not None or cents.scaled or cents.unit or cents.currency \
                or not (0 < cents.value < 100 and float(cents.value).is_integer()):
            return end
        after = _skip(doc, cents.end)
        subunit = self.subunits.at(doc, after) if after < len(doc) else None
        if subunit is not None and subunit[1][0] in (None, phrase.currency):
            stop = subunit[0]
        elif not joined and (after >= len(doc) or doc[after].text in (".", ",", ";", "!", "?")):
            stop = cents.end
        else:
            return end
        core.value += cents.value / 100
        return stop

    def _read_symbol_unit(self, doc: Doc, phrase: _Phrase, start: int) -> int:
        """Units outside the word list: "-1e-3 W/min", "3.5–4.0 TeV", "20 J/m^2 per year", "66 Ma ago",
        "2 in thick" (inches: "in" closing the clause or before a dimension), "2.123 pm" (picometres: a
        clock time has two digits of minutes). Returns the new end token."""
        if start >= len(doc):
            return start
        word = doc[start].text
        if word in self.expressions.clock_units:
            decimals = doc[phrase.cores[-1].end - 1].text.partition(".")[2]
            if decimals and len(decimals) != 2 and decimals.isdigit():
                phrase.unit = self.expressions.clock_units[word]
                return start + 1
            return start
        if word in _INCH_MARKS:  # "a pen 10 \" long"; a glued quote before the number pairs with it instead
            glued_quote = phrase.start > 0 and doc[phrase.start - 1].text in _INCH_MARKS \
                and not doc[phrase.start - 1].whitespace_
            if not glued_quote and self.expressions.inch_followers.at(doc, _skip(doc, start + 1)):
                phrase.unit = "inch"
                return start + 1
            return start
        if word == "in":
            nxt = _skip(doc, start + 1)
            if nxt >= len(doc) or doc[nxt].is_punct or self.expressions.inch_followers.at(doc, nxt):
                phrase.unit = "inch"
                return start + 1
            return start
        expression = self.expressions.unit_at(doc, start)
        if expression is None:
            return start
        phrase.unit = expression[1]
        return expression[0]

    def _coordinated_unit(self, doc: Doc, phrase: _Phrase, start: int) -> None:
        """"given 45 and 50 mg": a number coordinated with a measure takes its unit (the span stays the number)."""
        if start >= len(doc) or doc[start].lower_ not in ("and", "or") or phrase.cores[-1].vague is not None:
            return
        second = self.core_at(doc, _skip(doc, start + 1)) if _skip(doc, start + 1) < len(doc) else None
        if second is None or second.vague is not None:
            return
        unit = second.unit or (self.units.at(doc, _skip(doc, second.end)) or (0, None))[1]
        if unit is not None:
            phrase.unit = unit

    def _read_money_rate(self, doc: Doc, phrase: _Phrase, start: int) -> int:
        """"$15.4/hour", "$350 per kg", "$80 a barrel": money per unit, named "dollar per hour"."""
        per = start
        if per >= len(doc) or doc[per].lower_ not in self.rate_words or phrase.currency not in self.expressions.money_names:
            return start
        unit_start = _skip(doc, per + 1)
        expression = self.expressions.unit_at(doc, unit_start, after_per=True) or self.units.at(doc, unit_start)
        if expression is None:
            return start
        phrase.unit = f"{self.expressions.money_names[phrase.currency]} per {expression[1]}"
        return expression[0]

    def _read_rate(self, doc: Doc, phrase: _Phrase, end: int) -> int:
        """"200 kilometres per hour", "188 miles an hour", "500,000 barrels a day": a unit per time unit."""
        per = _skip(doc, end)
        noun = _skip(doc, per + 1)
        if noun >= len(doc) or doc[per].lower_ not in self.rate_words:
            return end
        if doc[noun].lemma_.lower() not in self.time_nouns:
            return end
        time = doc[noun].lemma_.lower()
        phrase.unit = self.rate_units.get(f"{phrase.unit}/{time}", f"{phrase.unit} per {time}")
        return noun + 1

    def _hyphen_unit(self, doc: Doc, phrase: _Phrase) -> None:
        """"a 45-acre farm", "a six-mile trip", "a one-yen bid", "a 12-cent dividend": a compound modifier
        naming a unit or currency."""
        end = phrase.cores[-1].end
        if phrase.unit or phrase.money or phrase.percent or end + 1 >= len(doc) or doc[end].text not in ("-", "–"):
            return
        if doc[end - 1].whitespace_ or doc[end].whitespace_:
            return
        unit = self.units.at(doc, end + 1)
        currency = self.currency_after.at(doc, end + 1)
        subunit = self.subunits.at(doc, end + 1) or self.compound_subunits.at(doc, end + 1)
        if unit is not None and unit[0] == end + 2:
            phrase.unit, phrase.end = unit[1], unit[0]
        elif currency is not None and currency[0] == end + 2:
            phrase.money, phrase.currency, phrase.end = True, currency[1] or phrase.currency, currency[0]
        elif subunit is not None and subunit[0] == end + 2:
            phrase.money, phrase.end = True, subunit[0]
            phrase.currency, phrase.unit = subunit[1][0] or phrase.currency, subunit[1][1]

    def _read_sign(self, doc: Doc, phrase: _Phrase) -> None:
        """"minus 5", "negative one": a sign word before the number."""
        before = phrase.start - 1
        while before >= 0 and doc[before].is_space and not _is_break(doc[before]):
            before -= 1
        if before >= 0 and doc[before].lower_ in self.negators and len(phrase.cores) == 1:
            phrase.cores[0].value = -phrase.cores[0].value
            phrase.start = before
            opener = doc[before - 1].lower_ if before > 0 else ""
            if phrase.opener is None and opener in self.range_openers:  # "between minus 10 and 5"
                phrase.opener = (before - 1, self.range_openers[opener])

    def _read_ratio(self, doc: Doc, phrase: _Phrase) -> None:
        """"one in five", "1 in 4 adults", "one out of three", "one over three": a share, valued as a fraction.

        The second number must be larger, not a year, and not followed by a time word ("3 in 10 years");
        after "over" nothing may follow ("1 over 3", not "1 over 3 days"), and then a single digit divides
        even a larger number ("2000 over 3", "22 over 7").
        """
        first = phrase.cores[0]
        if len(phrase.cores) > 1 or first.vague or first.scaled or phrase.money or phrase.percent or phrase.unit:
            return
        match = self.ratio_words.at(doc, _skip(doc, first.end))
        if match is None or first.start > 0 and doc[first.start - 1].lower_ in self.label_nouns:
            return  # "beyond round four in eight attempts"
        start = _skip(doc, match[0])
        second = self.core_at(doc, start) if start < len(doc) else None
        if second is None or second.vague or second.value >= 1000 and not second.scaled:
            return
        if second.value <= first.value and (match[1] != "strict" or not 0 < second.value < 10):
            return  # "blood pressure of 120 over 80" is no share
        after = _skip(doc, second.end)
        if after < len(doc) and (doc[after].lemma_.lower() in self.time_nouns or self.units.at(doc, after)):
            return
        if match[1] == "strict" and after < len(doc) and not doc[after].is_punct:
            return
        first.value, first.end = first.value / second.value, second.end
        phrase.end = second.end

    # ------------------------------------------------------------ exclusions

    def is_excluded(self, doc: Doc, phrase: _Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
        """Dates, times, names, labels ("Article 5"), durations and fractions ("two thirds") are not numbers."""
        core_tokens = [doc[k] for core in phrase.cores for k in range(core.start, core.end)]
        return (
            phrase.skip
            or any(t.ent_type_ in self.name_labels and self._names_more_than_number(doc, t, phrase)
                   for t in core_tokens)
            or self._measures_time_or_part(doc, phrase, noun)
            or self._looks_like_date(doc, phrase, core_tokens, noun)
            or self._is_label(doc, phrase, phrase.cores[0])
            or self._is_name(doc, phrase, noun, sent_starts)
            or phrase.unit is None and not phrase.money and self._is_hyphen_compound(doc, phrase.cores[-1])
            or self._is_code(doc, phrase)
            or self._is_reference(doc, phrase, noun)
        )

    def _measures_time_or_part(self, doc: Doc, phrase: _Phrase, noun: Optional[Token]) -> bool:
        """"two weeks", "48 hours", "3 pm" are durations and times; "two thirds" is a fraction."""
        if phrase.unit is not None and phrase.end > phrase.cores[-1].end:
            return False  # the time word is the unit's ("2.123 pm", "W/min")
        if noun is not None and (noun.lemma_.lower() in self.time_nouns or noun.lower_ in self.time_nouns):
            return True
        nxt = _skip(doc, phrase.cores[-1].end)
        return nxt < len(doc) and (doc[nxt].lower_ in self.time_nouns or doc[nxt].lower_ in self.fraction_nouns
                                   or doc[nxt].lemma_.lower() in self.time_nouns)

    def _names_more_than_number(self, doc: Doc, token: Token, phrase: _Phrase) -> bool:
        """Whether the name entity around ``token`` has words besides numbers ("Boeing 747", not a lone "104").

        The phrase's own currency or unit is no such word: the model tags "8.6bn euros" a facility.
        """
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        words = (t.lower_ for t in doc[start:end] if t.is_alpha and not phrase.start <= t.i < phrase.end)
        return any(word not in self.cardinals and word not in self.scales for word in words)

    def _looks_like_date(self, doc: Doc, phrase: _Phrase, core_tokens: list[Token], noun: Optional[Token]) -> bool:
        """Next to a month name, inside a DATE/TIME entity, or a bare year.

        The tagger sometimes puts counts into DATE entities ("Between 10 and 15 people", "2000 people", "40C"):
        a non-year number modifying a common noun that is not a time word, or with a unit, still counts.
        """
        first, last = phrase.cores[0], phrase.cores[-1]
        neighbours = [doc[first.start - 1]] if first.start > 0 else []
        if _skip(doc, last.end) < len(doc):
            neighbours.append(doc[_skip(doc, last.end)])
        if any(t.lower_ in self.months and t.pos_ == "PROPN" for t in neighbours):
            return True
        if first.start > 0 and doc[first.start - 1].text in ("'", "’") and not doc[first.start - 1].whitespace_ \
                and doc[first.start].shape_ == "dd":
            return True  # "in '94"
        digits = [t for t in core_tokens if "d" in t.shape_]
        year_like = bool(digits) and all(self._is_year(t) for t in digits)
        counts_things = noun is not None and noun.pos_ == "NOUN" and not year_like
        has_unit = phrase.money or phrase.percent or phrase.unit is not None
        if not counts_things and not has_unit and self._in_date_entity(doc, core_tokens, year_like):
            return True
        dashed = phrase.joiner in ("-", "–", "—")  # "1990-1995"; "above 1000 and below 1500" counts
        return year_like and (phrase.qualifier == "exact" or dashed) and not has_unit and noun is None

    def _in_date_entity(self, doc: Doc, core_tokens: list[Token], year_like: bool) -> bool:
        """Inside a DATE/TIME entity that has date words besides the number ("two weeks", "Friday 13").

        The small model tags many lone numbers as dates ("42", "10k", "one and a half"): an entity
        made only of the number itself is a date only when the number looks like a year.
        """
        dated = [t for t in core_tokens if t.ent_type_ in self.date_labels]
        if not dated:
            return False
        if year_like or self._is_age(doc, core_tokens):
            return True
        inside = {t.i for t in core_tokens}
        for token in dated:
            start, end = token.i, token.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            words = (doc[k] for k in range(start, end) if k not in inside and doc[k].is_alpha)
            if any(word.lower_ not in self.number_words for word in words):
                return True
        return False

    def _is_age(self, doc: Doc, core_tokens: list[Token]) -> bool:
        """"died aged 94", "aged under 30", "Mutu, 25, was sacked": an age, which the model tags as a date."""
        first, last = core_tokens[0].i, core_tokens[-1].i
        k = first - 1
        while k > 0 and doc[k].lower_ in self.number_words:
            k -= 1
        if k >= 0 and doc[k].lower_ in self.age_words:
            return True
        before = doc[first - 1] if first > 0 else None
        after = doc[last + 1] if last + 1 < len(doc) else None
        between_commas = before is not None and before.text == "," and after is not None and after.text == ","
        return between_commas and first == last and doc[first].shape_ in ("d", "dd", "ddd")

    @staticmethod
    def _is_year(token: Token) -> bool:
        """Four digits in the range of years (written without a thousands separator)."""
        return token.shape_ == "dddd" and NumberFinder._is_year_number(int(token.text))

    @staticmethod
    def _is_year_number(value: float) -> bool:
        return 1000 <= value <= 2100

    def _is_label(self, doc: Doc, phrase: _Phrase, first: _Core) -> bool:
        """"Boeing 747", "Article 5", "F-16", "SCP2-173": a number naming something rather than counting it."""
        if phrase.start != first.start or first.start == 0:
            return False
        before = doc[first.start - 1]
        if before.lower_ in self.label_nouns or before.text == "#":
            return True
        if before.text in ("-", "–") and first.start >= 2 and any(c.isalpha() for c in doc[first.start - 2].text):
            return not before.whitespace_ and not doc[first.start - 2].whitespace_
        number = doc[first.start]
        return number.head.i == before.i and (before.pos_ == "PROPN" or before.pos_ == "NOUN" and before.is_title)

    @staticmethod
    def _is_name(doc: Doc, phrase: _Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
        """"Six Nations", "Super Mario 64 DS", "Destiny 2": a number inside a proper name the tagger missed."""
        first = doc[phrase.cores[0].start]
        names_noun = noun is not None and noun.pos_ == "PROPN"
        if names_noun and first.is_title and first.i not in sent_starts:
            return True
        if phrase.unit is not None or phrase.money or phrase.percent:
            return False  # "Everest 8,848 metres", "Processor 2.80 GHz", "Shr 23 cts": the name ends before
        before = doc[first.i - 1] if first.i > 0 else None
        if before is None or phrase.start != first.i or before.pos_ != "PROPN" or before.i in sent_starts:
            return False
        return noun is None or names_noun or first.is_title

    @staticmethod
    def _is_reference(doc: Doc, phrase: _Phrase, noun: Optional[Token]) -> bool:
        """Citation marks "(3)" and list numbering ("2. Avoid skipping meals") count nothing."""
        if noun is not None or phrase.money or phrase.percent or phrase.unit is not None or len(phrase.cores) > 1:
            return False
        start, end = phrase.start, phrase.end
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and after is not None and before.text in ("(", "[") and after.text in (")", "]"):
            return True
        opens_line = before is None or before.is_space and "\n" in before.text
        item = end + 1 < len(doc) and not (doc[end + 1].is_space and "\n" in doc[end + 1].text)
        return opens_line and after is not None and after.text in (".", ")") and item

    @staticmethod
    def _is_code(doc: Doc, phrase: _Phrase) -> bool:
        """"4K", "5G": digits glued to letters that are no unit or scale name a format, not an amount;
        "050505", "007": a leading zero makes digits an identifier."""
        if re.match(r"^0\d*[1-9]", doc[phrase.cores[0].start].text):
            return True
        if NumberFinder._glued_digit_groups(doc, phrase.cores[0].start) >= 3:
            return True  # "+1-222-555-0199", "978-3-16": phone numbers and catalogue codes
        end = phrase.cores[-1].end
        return phrase.end == end and end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha

    @staticmethod
    def _glued_digit_groups(doc: Doc, i: int) -> int:
        """How many groups of digits are glued by hyphens or slashes, with no space, into the run around token ``i``."""

        def joins(token: Token) -> bool:
            return token.text in ("-", "–", "/") or any(c.isdigit() for c in token.text)

        start = end = i
        while start > 0 and not doc[start - 1].whitespace_ and joins(doc[start - 1]):
            start -= 1
        while end + 1 < len(doc) and not doc[end].whitespace_ and joins(doc[end + 1]):
            end += 1
        return sum(1 for token in doc[start : end + 1] if any(c.isdigit() for c in token.text))

    @staticmethod
    def _is_hyphen_compound(doc: Doc, last: _Core) -> bool:
        """"eight-player", "one-off", "82-date tour": the number is part of a compound modifier."""
        end = last.end
        return (
            end + 1 < len(doc)
            and doc[end].text in ("-", "–")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        )

    # --------------------------------------------------------------- counted

    def counted(self, doc: Doc, phrase: _Phrase) -> tuple[Optional[Token], Optional[tuple[int, int]], str]:
        """The counted noun, its token span ``[start, end]`` and how it was found."""
        inside = set(range(phrase.cores[0].start, phrase.end))
        roots = [doc[k] for k in sorted(inside) if doc[k].head.i not in inside or doc[k].head.i == k]
        found = self._of_complement(doc, phrase, inside)
        if found is not None:
            return found[0], found[1], "of"
        for root in roots:
            head = root.head
            crosses_break = any(_is_break(doc[k]) for k in range(phrase.end, head.i))
            if root.dep_ in _MODIFIER_DEPS and head.pos_ in _NOUN_POS and head.i >= phrase.end and not crosses_break:
                span = self._noun_phrase(doc, head, phrase.end)
                if span is not None:
                    return head, span, "modifier"
        for root in roots:
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
                attrs = [c for c in root.head.rights if c.dep_ == "attr" and c.pos_ == "NOUN"]
                if attrs:
                    return attrs[0], self._noun_phrase(doc, attrs[0], attrs[0].left_edge.i), "predicate"
        return None, None, ""

    def _of_complement(self, doc: Doc, phrase: _Phrase, inside: set[int]) -> Optional[tuple[Token, tuple[int, int]]]:
        """ "thousands of migrants", "12% of voters", "20 kg of cocaine"."""
        end = _skip(doc, phrase.end)
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i not in inside:
            return None
        objects = [c for c in doc[end].children if c.dep_ == "pobj"]
        if not objects or objects[0].lower_ in self.counted_pronouns or objects[0].pos_ not in _NOUN_POS:
            return None
        return objects[0], self._noun_phrase(doc, objects[0], end + 1)

    def _noun_phrase(self, doc: Doc, noun: Token, start: int) -> Optional[tuple[int, int]]:
        """From ``start`` to ``noun`` (dropping determiners), plus "of X" after partitives ("rounds of ammunition")."""
        start = max(start, noun.left_edge.i)
        if start > noun.i or any(not noun.is_ancestor(doc[k]) for k in range(start, noun.i)):
            start = noun.i
        while start < noun.i and (self._is_filler(doc[start]) or doc[start].like_num or doc[start].dep_ == "nummod"):
            start += 1
        end = self._glued_end(doc, noun.i)
        if noun.lemma_.lower() in self.partitives:
            of = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
            objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            if objects and objects[0].pos_ in _NOUN_POS:
                end = self._glued_end(doc, objects[0].i)
        return start, end

    @staticmethod
    def _glued_end(doc: Doc, i: int) -> int:
        """Extend over hyphenated words the tokenizer split and the parser left apart ("e-mails")."""
        while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
            i += 2
        return i

    # ---------------------------------------------------------------- record

    def record(self, doc: Doc, phrase: _Phrase, sent_starts: set[int]) -> Optional[dict[str, Any]]:
        """The output record for ``phrase``, or None when it is not a number worth reporting."""
        noun, span, how = self.counted(doc, phrase)
        if self.is_excluded(doc, phrase, noun, sent_starts):
            return None
        first = phrase.cores[0]
        lone_one = doc[first.start].lower_ == "one" and first.end == first.start + 1 and first.value > 0
        if lone_one and how != "modifier" and not (phrase.money or phrase.unit or phrase.percent) \
                and not self._one_with_adjective(doc, first.start):
            return None
        kind = "percent" if phrase.percent else "money" if phrase.money else "measure" if phrase.unit else "count"
        if kind == "count" and (self._is_score(phrase, noun) or self._is_model_number(doc, phrase, noun)):
            return None
        counted, end_token = None, phrase.end
        if noun is not None and span is not None and not self._is_multiplier(doc, phrase):
            kind, counted, end_token = self._resolve_counted(doc, phrase, kind, noun, span, how)
        value, low, high = self._bounds(phrase)
        if any(bound is not None and not math.isfinite(bound) for bound in (value, low, high)):
            return None  # digits past a float's range: JSON has no infinity to write
        last = doc[end_token - 1]
        end_char = last.idx + len(last)
        glued_stop = phrase.unit is not None and last.i >= phrase.cores[-1].end and len(last.text) > 1 \
            and last.text.endswith(".") and _skip(doc, last.i + 1) >= len(doc)
        if last.text.endswith(".") and (last.lower_ in self.metre_or_million or last.i < phrase.cores[-1].end
                                        or glued_stop):
            end_char -= 1
        return mention(
            doc, doc[phrase.start].idx, end_char, value=_number(value), low=_number(low), high=_number(high),
            qualifier=phrase.qualifier, kind=kind, counted=counted, unit=phrase.unit,
            currency=phrase.currency if kind == "money" else None,
        )

    @staticmethod
    def _one_with_adjective(doc: Doc, i: int) -> bool:
        """"one last time", "one key witness": "one" before an adjective and its noun counts, though the
        parser may miss that it modifies the noun; "the one true heir" and "no one else" do not."""
        if i + 2 >= len(doc) or i > 0 and doc[i - 1].pos_ in ("DET", "PRON"):
            return False
        return doc[i + 1].pos_ == "ADJ" and doc[i + 2].pos_ == "NOUN"

    def _resolve_counted(
        self, doc: Doc, phrase: _Phrase, kind: str, noun: Token, span: tuple[int, int], how: str
    ) -> tuple[str, Optional[str], int]:
        """``(kind, counted, end token)``: a counted currency or unit turns a count into money or a measure.

        "millions of dollars" is money and "thousands of tonnes of grain" a measure of grain; money,
        percentages and measures only count what follows their "of" ("12% of voters").
        """
        currency = self.currency_after.at(doc, noun.i) if kind == "count" else None
        unit = self.units.at(doc, noun.i) if kind == "count" and how == "of" else None
        counted = None
        if currency is not None:
            kind, phrase.currency = "money", currency[1]
        elif unit is not None:
            kind, phrase.unit = "measure", unit[1]
            if span[1] > unit[0]:
                counted = self._text(doc, _skip(doc, unit[0] + 1), span[1])
        elif kind == "count" or how == "of":
            counted = self._text(doc, span[0], span[1])
        names_unit = how == "of" and (currency or unit) is not None
        adjacent = all(self._is_filler(doc[k]) for k in range(phrase.end, span[0]))
        end_token = max(phrase.end, span[1] + 1) if (counted is not None or names_unit) and adjacent else phrase.end
        return kind, counted, end_token

    def _is_multiplier(self, doc: Doc, phrase: _Phrase) -> bool:
        """"five times as many people" multiplies rather than counts."""
        nxt = _skip(doc, phrase.end)
        return nxt < len(doc) and doc[nxt].lemma_.lower() in self.multipliers

    @staticmethod
    def _text(doc: Doc, first: int, last: int) -> str:
        """Text of tokens ``first..last`` inclusive (a span's text: ``doc.text`` rebuilds the whole doc)."""
        return doc[first : last + 1].text

    @staticmethod
    def _is_filler(token: Token) -> bool:
        """Tokens that may sit between a number and the noun it counts: "hundreds of the"."""
        if token.is_space:
            return not _is_break(token)
        return token.lower_ == "of" or token.dep_ in _LEADING_NOISE_DEPS

    @staticmethod
    def _is_score(phrase: _Phrase, noun: Optional[Token]) -> bool:
        """"beat Chelsea 3-1", "lost 98-104": a dashed pair of small whole numbers that counts nothing plural is
        a score, not a range; "20,000-25,000" and "3-5bn" are beyond any score."""
        if phrase.joiner not in ("-", "–", "—") or phrase.start != phrase.cores[0].start:
            return False
        if noun is not None and noun.tag_ in ("NNS", "NNPS"):
            return False
        return all(not core.scaled and float(core.value).is_integer() and 0 <= core.value < _SCORE_LIMIT
                   for core in phrase.cores)

    @staticmethod
    def _is_model_number(doc: Doc, phrase: _Phrase, noun: Optional[Token]) -> bool:
        """"the 737-800 had", "its RB 211-524 engine": a dashed pair after a determiner or a name names a
        model; a range counts something plural or stands as an amount ("put the crowd at 20,000-25,000")."""
        if phrase.joiner not in ("-", "–", "—") or phrase.start != phrase.cores[0].start or phrase.start == 0:
            return False
        if noun is not None and noun.tag_ in ("NNS", "NNPS"):
            return False
        before = doc[phrase.start - 1]
        return before.pos_ in ("DET", "PRON", "PROPN") or before.tag_ == "PRP$" or before.is_upper

    @staticmethod
    def _bounds(phrase: _Phrase) -> tuple[float, Optional[float], Optional[float]]:
        first = phrase.cores[0]
        if first.vague is not None:
            return first.value, first.vague[0], first.vague[1]
        value = first.value
        if phrase.qualifier == "range":
            return value, value, phrase.cores[-1].value
        if phrase.qualifier in _LOWER_BOUNDS:
            return value, value, None
        if phrase.qualifier in _UPPER_BOUNDS:
            return value, None, value
        return value, None, None

    def __call__(self, doc: Doc) -> Doc:
        numbers = []
        sent_starts = {sent.start for sent in doc.sents} if doc.has_annotation("SENT_START") else {0}
        floor = 0
        i = 0
        while i < len(doc):
            phrase = self.phrase_at(doc, i, floor)
            if phrase is None:
                i += 1
                continue
            phrase = self._join_bounds(doc, phrase)
            found = self.record(doc, phrase, sent_starts)
            if found is not None:
                numbers.append(found)
            floor = i = max(phrase.end, i + 1)
        doc._.numbers = numbers
        return doc


def _apply_scale(total: float, current: float, big: float, scale: float) -> tuple[float, float, float]:
    """One scale word on a running number: (closed groups, the open group, the largest scale so far).

    "hundred" multiplies the open group and "dozen" only its part below a hundred ("three hundred and
    two dozen" is 324); a larger scale closes the group ("two hundred thousand"), and one larger than
    every scale before it, with no group open, multiplies the whole ("three lakh crore", "one thousand
    million").
    """
    if scale < 100:
        hundreds, rest = divmod(current, 100)
        return total, (hundreds * 100 + rest * scale if rest else current * scale), big
    if scale == 100:
        return total, current * scale, big
    if current == 0 and total > 0 and scale > big:
        return total * scale, 0.0, scale
    return total + current * scale, 0.0, scale


def _far_apart(low: float, high: float) -> bool:
    """Ends too far apart for a dashed range: news ranges span less than twentyfold ("10-15", "5k-20k")."""
    return 0 < low and high > _DASH_RANGE_SPAN * low


def _negative(signs: str) -> bool:
    """An odd number of minus signs: "-" and "--" before an exponent."""
    return sum(sign in "-−" for sign in signs) % 2 == 1


def _number(value: Optional[float]) -> Optional[float]:
    """Whole numbers as ints so JSON shows 4500, not 4500.0."""
    if value is None:
        return None
    value = float(f"{float(value):.12g}")
    return int(value) if value.is_integer() else value


@Language.factory("extractor_numbers")
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    return NumberFinder(load_json("numbers.json"), load_json("numbers_units.json"))
