"""Numbers: counts, money, percentages and measures, with their qualifier and the noun they count.

A number phrase is read token by token (never by regex over the whole text):
``[range opener] [qualifier] [currency] core [joiner core] [percent | currency | unit] [postfix qualifier]``.
The core is digits ("4,500", "3bn"), spelled words ("two hundred and five", "a dozen") or a
vague amount ("thousands", "tens of thousands", "several hundred"). The counted noun comes
from the dependency parse: the head a number modifies, the object of a following "of", or the
attribute of a copula whose subject is the number ("of which 215 are passports").

Vague amounts take their order of magnitude as value and low bound, and stop just short of the
next one: "thousands" is 1000 (1000-9999), "tens of thousands" 10000 (10000-99999), "several
hundred" 300 (300-999). Ranges take their low end as value. Word lists live in ``data/numbers.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from .doc_utils import ensure_extension, mention
from .resources import load_json

ensure_extension("numbers")

_MAX_PHRASE_TOKENS = 6
_NOUN_POS = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"nummod", "amod", "compound", "quantmod", "nmod", "det", "npadvmod", "appos"}
_LEADING_NOISE_DEPS = {"det", "poss", "predet", "case", "punct", "cc"}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_GROUP_SCALES = (12, 100)
_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")


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

    def __init__(self, data: dict[str, Any]):
        self.cardinals: dict[str, int] = data["cardinals"]
        self.scales: dict[str, float] = data["scales"]
        self.suffix_scales: dict[str, float] = data["suffix_scales"]
        self.metre_or_million = set(data["ambiguous_metre"])
        self.fractions: dict[str, float] = data["fraction_words"]
        self.vague = _Phrases({key: tuple(span) for key, span in data["vague"].items()})
        self.vague_needs_of = {key.replace(" ", "") for key in data["vague_needs_of"]}
        self.qualifiers_before = _Phrases(data["qualifiers_before"])
        self.qualifiers_after = _Phrases(data["qualifiers_after"])
        self.range_openers: dict[str, str] = data["range_openers"]
        self.range_joiners = set(data["range_joiners"])
        self.change_verbs = set(data["change_verbs"])
        self.percent = _Phrases(data["percent"])
        self.currency_before = _Phrases(data["currency_before"])
        self.currency_after = _Phrases(data["currency_after"])
        self.units = _Phrases(data["units"])
        self.subunits = _Phrases({key: tuple(value) for key, value in data["currency_subunits"].items()})
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
        self.digit_token = re.compile(
            rf"^(?P<cur>{'|'.join(map(re.escape, symbols))})?(?P<num>{_DIGITS})"
            rf"(?:(?P<suf>{'|'.join(suffixes)})|(?P<unit>{'|'.join(map(re.escape, units))}))?$",
            re.IGNORECASE,
        )
        self.currency_symbols = {k: v for k, v in data["currency_before"].items() if k in symbols}
        self.vague_starts = {key.split()[0] for key in data["vague"]}

    # ----------------------------------------------------------------- cores

    def core_at(self, doc: Doc, i: int) -> Optional[_Core]:
        """The number starting at token ``i``, if any."""
        word = doc[i].lower_
        if word in self.vague_starts:
            vague = self._vague_at(doc, i)
            if vague is not None:
                return vague
        if "d" in doc[i].shape_:
            return self._digits_at(doc, i)
        if word in self.cardinals or word in ("a", "an") or word in self.fractions:
            return self._spelled_at(doc, i)
        return None

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
        found = self.digit_token.match(doc[i].text)
        if found is None:
            return None
        value = float(found["num"].replace(",", ""))
        currency = self.currency_symbols.get(found["cur"].lower()) if found["cur"] else None
        if found["suf"]:
            scale = self.suffix_scales[found["suf"].lower()]
            return _Core(i, i + 1, value * scale, scaled=True, currency=currency)
        if found["unit"]:
            return _Core(i, i + 1, value, unit=self.suffix_units[found["unit"].lower()])
        core = _Core(i, i + 1, value, currency=currency)
        self._add_fraction(doc, core)
        self._extend_scales(doc, core)
        return core

    @staticmethod
    def _add_fraction(doc: Doc, core: _Core) -> None:
        """Wire-style mixed fractions: "7-3/4 pct" is 7.75."""
        i = core.start
        if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
            return
        fraction = _FRACTION.match(doc[i + 2].text)
        if fraction and 0 < int(fraction[1]) < int(fraction[2]):
            core.value += int(fraction[1]) / int(fraction[2])
            core.end = i + 3

    def _extend_scales(self, doc: Doc, core: _Core) -> None:
        """Fold following scale words in: "1.5 million", "3.5 mln", "two hundred thousand".

        "hundred" and "dozen" multiply the current group; larger scales close it (as in "two hundred thousand").
        """
        total, current = 0.0, core.value
        end = core.end
        j = _skip(doc, end)
        while j < len(doc) and doc[j].lower_ in self.scales:
            scale = self.scales[doc[j].lower_]
            if scale in _GROUP_SCALES:
                current *= scale
            else:
                total += current * scale
                current = 0.0
            end = j + 1
            j = _skip(doc, end)
        if end > core.end:
            core.end, core.value, core.scaled = end, total + current, True

    def _spelled_at(self, doc: Doc, i: int) -> Optional[_Core]:
        tokens = []
        for token in doc[i : i + 16]:
            if _is_break(token) or len(tokens) == 12:
                break
            if not token.is_space:
                tokens.append(token)
        words = [t.lower_ for t in tokens]
        first = words[0]
        j = 0
        prefix = 1.0
        if first in self.fractions:
            if len(words) < 3 or words[1] not in ("a", "an") or words[2] not in self.scales:
                return None
            prefix, j = self.fractions[first], 1
            first = words[1]
        if first in ("a", "an"):
            if j + 1 >= len(words) or words[j + 1] not in self.scales:
                return None
            core = _Core(i, tokens[j].i + 1, prefix)
            self._extend_scales(doc, core)
            return core
        total, current = 0.0, 0.0
        last = ""
        while j < len(words):
            word = words[j]
            if word in self.cardinals:
                value = self.cardinals[word]
                if last == "tens" and value >= 10 or last in ("unit", "teen"):
                    break
                current += value
                last = "tens" if value >= 20 and value % 10 == 0 else "unit" if value < 10 else "teen"
            elif word in self.scales and last:
                scale = self.scales[word]
                if scale in _GROUP_SCALES:
                    current = (current or 1) * scale
                else:
                    total += (current or 1) * scale
                    current = 0.0
                last = "scale"
            elif word == "and" and last == "scale" and j + 1 < len(words) and words[j + 1] in self.cardinals:
                last = "and"
            elif word in ("-", "–") and last == "tens" and self._is_unit_word(words, j + 1):
                last = "hyphen"
            else:
                break
            j += 1
        if not last or last in ("and", "hyphen"):
            return None
        return _Core(i, tokens[j - 1].i + 1, total + current, scaled=any(w in self.scales for w in words[:j]))

    def _is_unit_word(self, words: list[str], j: int) -> bool:
        """Whether ``words[j]`` is "one" to "nine" (what may follow "twenty-")."""
        return j < len(words) and self.cardinals.get(words[j], 10) < 10

    # --------------------------------------------------------------- phrases

    def phrase_at(self, doc: Doc, i: int, floor: int) -> Optional[_Phrase]:
        """The whole number phrase whose first core starts at token ``i``; ``floor`` is the previous phrase's end."""
        core = self.core_at(doc, i)
        if core is None:
            return None
        phrase = _Phrase(
            core.start, core.end, [core], currency=core.currency, money=core.currency is not None, unit=core.unit
        )
        self._read_before(doc, phrase, floor)
        self._read_metre_or_million(doc, phrase)
        self._read_range(doc, phrase)
        self._read_after(doc, phrase)
        return phrase

    def _read_before(self, doc: Doc, phrase: _Phrase, floor: int) -> None:
        start = phrase.start
        if phrase.currency is None:
            currency = self.currency_before.ending(doc, start, floor)
            if currency is not None:
                start, phrase.currency, phrase.money = currency[0], currency[1], True
        opener = doc[start - 1].lower_ if start - 1 >= floor else ""
        if opener in self.range_openers:
            phrase.opener = (start - 1, self.range_openers[opener])
        if phrase.cores[0].vague is not None:
            phrase.qualifier = "vague"
        else:
            qualifier = self.qualifiers_before.ending(doc, start, floor)
            if qualifier is not None:
                start, phrase.qualifier = qualifier
        phrase.start = start

    def _read_metre_or_million(self, doc: Doc, phrase: _Phrase) -> None:
        """A bare "m" after digits means million for money and counted plurals ("2.5m people"), else metres."""
        end = _skip(doc, phrase.end)
        if end >= len(doc) or doc[end].lower_ not in self.metre_or_million or phrase.cores[-1].scaled:
            return
        if phrase.money or self._counts_plural(doc, end):
            core = phrase.cores[-1]
            core.value *= self.suffix_scales["m"]
            core.scaled, core.end = True, end + 1
        else:
            phrase.unit = "metre"
        phrase.end = end + 1

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
        start = _skip(doc, end + 1)
        if start >= len(doc) or first.vague is not None:
            return
        joiner = doc[end].lower_
        opener = phrase.opener
        if opener is not None and joiner == opener[1]:
            if joiner == "to" and self._is_change(doc, opener[0]):
                self._share_unit(doc, phrase, start)
                return
        elif joiner not in self.range_joiners or joiner == "to" and opener is not None:
            return
        currency = self.currency_before.at(doc, start)
        if currency is not None and phrase.money:
            start = _skip(doc, currency[0])
        second = self.core_at(doc, start)
        if second is None or second.vague is not None:
            return
        if second.scaled and not first.scaled and first.value < second.value:
            scale = second.value / self._base(doc, second)
            first.value *= scale
        if first.value >= second.value:
            if joiner in ("-", "–", "—"):
                phrase.skip = True
                phrase.end = second.end
            return
        if opener is not None and joiner == opener[1]:
            phrase.start = min(phrase.start, opener[0])
        phrase.cores.append(second)
        phrase.joiner = joiner
        phrase.qualifier = "range"
        phrase.end = second.end

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
        """The value of a scaled core before its scale words ("15" in "15 million")."""
        found = self.digit_token.match(doc[core.start].text)
        if found is None or found["suf"]:
            return core.value
        return float(found["num"].replace(",", "")) or core.value

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
        if percent is not None:
            phrase.percent, end = True, percent[0]
            phrase.unit = percent[1] if percent[1] != "percent" else None
        elif subunit is not None and (currency is None or subunit[0] > currency[0]):
            phrase.money, end = True, subunit[0]
            phrase.currency, phrase.unit = subunit[1][0] or phrase.currency, subunit[1][1]
        elif currency is not None:
            phrase.money, end = True, currency[0]
            phrase.currency = currency[1] or phrase.currency
        elif unit is not None and not phrase.money:
            phrase.unit, end = unit[1], unit[0]
        after = self.qualifiers_after.at(doc, _skip(doc, end))
        if after is not None and phrase.qualifier == "exact":
            phrase.qualifier, end = after[1], after[0]
        if end > start:
            phrase.end = end

    # ------------------------------------------------------------ exclusions

    def is_excluded(self, doc: Doc, phrase: _Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
        """Dates, times, names, labels ("Article 5"), durations and fractions ("two thirds") are not numbers."""
        core_tokens = [doc[k] for core in phrase.cores for k in range(core.start, core.end)]
        return (
            phrase.skip
            or any(t.ent_type_ in self.name_labels and self._names_more_than_number(doc, t) for t in core_tokens)
            or self._measures_time_or_part(doc, phrase, noun)
            or self._looks_like_date(doc, phrase, core_tokens, noun)
            or self._is_label(doc, phrase, phrase.cores[0])
            or self._is_name(doc, phrase, noun, sent_starts)
            or self._is_hyphen_compound(doc, phrase.cores[-1])
            or self._is_code(doc, phrase)
            or self._is_reference(doc, phrase, noun)
        )

    def _measures_time_or_part(self, doc: Doc, phrase: _Phrase, noun: Optional[Token]) -> bool:
        """"two weeks", "48 hours", "3 pm" are durations and times; "two thirds" is a fraction."""
        if noun is not None and (noun.lemma_.lower() in self.time_nouns or noun.lower_ in self.time_nouns):
            return True
        nxt = _skip(doc, phrase.cores[-1].end)
        return nxt < len(doc) and (doc[nxt].lower_ in self.time_nouns or doc[nxt].lower_ in self.fraction_nouns)

    def _names_more_than_number(self, doc: Doc, token: Token) -> bool:
        """Whether the name entity around ``token`` has words besides numbers ("Boeing 747", not a lone "104")."""
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        words = (t.lower_ for t in doc[start:end] if t.is_alpha)
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
        digits = [t for t in core_tokens if "d" in t.shape_]
        year_like = bool(digits) and all(self._is_year(t) for t in digits)
        counts_things = noun is not None and noun.pos_ == "NOUN" and not year_like
        has_unit = phrase.money or phrase.percent or phrase.unit is not None
        if any(t.ent_type_ in self.date_labels for t in core_tokens) and not counts_things and not has_unit:
            return True
        return year_like and phrase.qualifier == "exact" and not has_unit and noun is None

    @staticmethod
    def _is_year(token: Token) -> bool:
        """Four digits in the range of years (written without a thousands separator)."""
        return token.shape_ == "dddd" and 1000 <= int(token.text) <= 2100

    def _is_label(self, doc: Doc, phrase: _Phrase, first: _Core) -> bool:
        """"Boeing 747", "Article 5", "F-16": a number naming something rather than counting it."""
        if phrase.start != first.start or first.start == 0:
            return False
        before = doc[first.start - 1]
        if before.lower_ in self.label_nouns or before.text == "#":
            return True
        if before.text in ("-", "–") and first.start >= 2 and doc[first.start - 2].is_alpha:
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
        return opens_line and after is not None and after.text in (".", ")")

    @staticmethod
    def _is_code(doc: Doc, phrase: _Phrase) -> bool:
        """"4K", "5G": digits glued to letters that are no unit or scale name a format, not an amount."""
        end = phrase.cores[-1].end
        return phrase.end == end and end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha

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
        if doc[first.start].lower_ == "one" and first.end == first.start + 1 and how != "modifier":
            return None
        kind = "percent" if phrase.percent else "money" if phrase.money else "measure" if phrase.unit else "count"
        if kind == "count" and self._is_score(phrase, noun):
            return None
        counted, end_token = None, phrase.end
        if noun is not None and span is not None and not self._is_multiplier(doc, phrase):
            kind, counted, end_token = self._resolve_counted(doc, phrase, kind, noun, span, how)
        value, low, high = self._bounds(phrase)
        last = doc[end_token - 1]
        end_char = last.idx + len(last)
        if last.lower_ in self.metre_or_million and last.text.endswith("."):
            end_char -= 1
        return mention(
            doc, doc[phrase.start].idx, end_char, value=_number(value), low=_number(low), high=_number(high),
            qualifier=phrase.qualifier, kind=kind, counted=counted, unit=phrase.unit,
            currency=phrase.currency if kind == "money" else None,
        )

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
        """"beat Chelsea 3-1", "19-47": a hyphenated pair that counts nothing plural is a score, not a range."""
        if phrase.joiner not in ("-", "–", "—") or phrase.start != phrase.cores[0].start:
            return False
        return noun is None or noun.tag_ not in ("NNS", "NNPS")

    @staticmethod
    def _bounds(phrase: _Phrase) -> tuple[float, Optional[float], Optional[float]]:
        first = phrase.cores[0]
        if first.vague is not None:
            return first.value, first.vague[0], first.vague[1]
        value = first.value
        if phrase.qualifier == "range":
            return value, value, phrase.cores[-1].value
        if phrase.qualifier in ("more_than", "at_least"):
            return value, value, None
        if phrase.qualifier in ("less_than", "at_most"):
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
            found = self.record(doc, phrase, sent_starts)
            if found is not None:
                numbers.append(found)
            floor = i = max(phrase.end, i + 1)
        doc._.numbers = numbers
        return doc


def _number(value: Optional[float]) -> Optional[float]:
    """Whole numbers as ints so JSON shows 4500, not 4500.0."""
    if value is None:
        return None
    value = round(float(value), 6)
    return int(value) if value.is_integer() else value


@Language.factory("extractor_numbers")
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    return NumberFinder(load_json("numbers.json"))
