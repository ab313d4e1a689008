"""Ranges: "10 to 15", "between 10% and 15%", "3.5–4.0 TeV", "more than 10 and fewer than 40".

A range shares its scale and unit between its ends only where they belong to both ("$2 to $3 million"
but not "$450,000 to $2.1 million"); "rose from 10 to 15" is a change, two values, not a range.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.tokens import Doc

from .lexicon import Lexicon
from .measure import read_after
from .qualifiers import LOWER_BOUNDS, UPPER_BOUNDS, read_before
from .recognise import core_at
from .spans import Core, Phrase, PhraseAt
from .tokens import MAX_PHRASE_TOKENS, PLAIN, skip
from .values import extend_scales, far_apart, is_year_number, token_amount, unscaled_value

# Each end holds a digit, asked by a lookahead: written inside the end ('[^-]*\d[^-]*') the digit could be any of
# its digits, and a long token with no dash (a run of figures) was read again from each of them.
_LIST_MARKS = frozenset({",", ";", "and"})  # what comes before a later item of a list
_ELIDED_REACH = 60  # tokens back to the "between" that opened a list of ranges
_RANGE_TOKEN = re.compile(r"^((?=[^-–—~]*\d)[^-–—~]*)([-–—~])((?=[^-–—~]*\d)[^-–—~]*)$")


def range_token(lex: Lexicon, doc: Doc, i: int, floor: int) -> Optional[Phrase]:
    """"3.5–4.0 TeV", "20,000–25,000", "20~100", "5k-20k": a range the tokenizer keeps as one token.

    A pair of years ("1914–1918") is a date, left to the dates component.
    """
    found = _RANGE_TOKEN.match(doc[i].text)
    if found is None:
        return None
    ends = [end for end in (lex.digit_token.match(found[1]), lex.digit_token.match(found[3])) if end is not None]
    if len(ends) < 2 or any(end["unit"] and end["unit"] not in lex.letter_scales for end in ends):
        return None
    (low, low_scale), (high, high_scale) = (token_amount(lex, end) for end in ends)
    if all(PLAIN.match(end[0]) and is_year_number(float(end[0])) for end in ends):
        return None
    if high_scale > 1 and low_scale == 1 and low < high / high_scale:
        low *= high_scale  # "3-5bn"
    if low >= high or found[2] != "~" and far_apart(low, high):
        return None
    cores = [Core(i, i + 1, low, scaled=low_scale > 1), Core(i, i + 1, high, scaled=high_scale > 1)]
    extend_scales(lex, doc, cores[1])  # "$2-$3.8 trillion": the scale word after the token scales both
    if cores[1].value != high:
        cores[0].value *= cores[1].value / high
    phrase = Phrase(i, cores[1].end, cores, qualifier="range", joiner=found[2])
    read_before(lex, doc, phrase, floor)
    phrase.currency = phrase.currency or next(
        (lex.currency_symbols.get(end["cur"].lower()) for end in ends if end["cur"]), None)
    phrase.money = phrase.currency is not None
    phrase.qualifier = "range"
    read_after(lex, doc, phrase)
    return phrase


def read_range(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    first = phrase.cores[0]
    end = skip(doc, phrase.end)
    mark = _unit_mark(lex, doc, end) if first.unit is None else None
    if mark is not None:  # "between 10% and 15%", "44 mg to 50 mg"
        end = skip(doc, mark[0])
    money_mark = _between_currency(lex, doc, phrase, end) if mark is None else None
    if money_mark is not None:  # "between 150 euros and 300 euros"
        end = skip(doc, money_mark[0])
    start = skip(doc, end + 1)
    if start >= len(doc) or first.vague is not None or first.fraction:
        return
    joiner = doc[end].lower_
    opener = phrase.opener
    elided = False  # "between 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa": the list's later ranges
    if opener is not None and joiner == opener[1]:
        if joiner == "to" and _is_change(lex, doc, opener[0]):
            if mark is None:
                _share_unit(lex, doc, phrase, start)
            return
    elif joiner not in lex.range_joiners or joiner == "to" and opener is not None and opener[1] != "and":
        if joiner != "and" or opener is not None or not _elided_between(lex, doc, phrase.start):
            return
        elided = True
    currency = lex.currency_before.at(doc, start)
    if currency is not None and phrase.money:
        start = skip(doc, currency[0])
    second = core_at(lex, doc, start)
    if second is None or second.vague is not None:
        return
    if opener is not None and opener[1] == "and" == joiner:
        _scale_like_first(lex, doc, phrase, second)
    if money_mark is not None:
        second_money = lex.currency_after.at(doc, skip(doc, second.end))
        if second_money is None or second_money[1] != money_mark[1]:
            return  # "between 150 euros and 300 dollars" names two sums
    if elided and (mark is not None or not _names_unit_after(lex, doc, skip(doc, second.end))):
        return  # an elided range names its unit or currency once, after its high end
    if joiner == "or" and first.scaled and second.scaled and \
            first.value / unscaled_value(lex, doc, first) != second.value / unscaled_value(lex, doc, second):
        return  # "10 bln or 10 tln" are two alternatives, not a range
    if mark is not None:
        second_mark = _unit_mark(lex, doc, skip(doc, second.end))
        changed = joiner == "to" and _governed_by_change(lex, doc, first)
        if second_mark is None or second_mark[1] != mark[1] or changed:
            return  # "fell 2.89 mln barrels to 248.44 mln barrels" is two values
    low = first.value
    if second.scaled and not first.scaled:
        base = unscaled_value(lex, doc, second)
        if low >= base and opener is None:
            return  # "rose 32,000 to 1.41 million": the first figure is whole, a change, not a range's end
        if low < base:
            low *= second.value / base  # "$2 to $3 million"; "$450,000 to $2.1 million" keeps its own
    if joiner == "to" and opener is None and mark is None and _amount_then_level(lex, doc, phrase, low, second):
        return
    if joiner in ("-", "–") and second.start == end + 1 and not doc[end].whitespace_:
        low = _complete_abbreviated(doc, first, second, low)
    if mark is not None and opener is not None and low > second.value:
        low, second.value = second.value, low  # "ranged from -18 °C to -34 °C"
    if low >= second.value:
        if joiner in ("-", "–", "—") and not (phrase.money or first.scaled):
            phrase.skip = True  # a score ("3-1"); "£50bn - 14% higher" keeps its first figure
            phrase.end = second.end
        return
    if joiner in ("-", "–", "—") and far_apart(low, second.value):
        return  # "(1985 - 182,959)", "frame 1 - 500-600 lbs": neighbouring figures, not the ends of a range
    if opener is not None and joiner == opener[1]:
        phrase.start = min(phrase.start, opener[0])
    first.value = low
    phrase.cores.append(second)
    phrase.joiner = joiner
    phrase.qualifier = "range"
    phrase.end = second.end


def join_bounds(lex: Lexicon, doc: Doc, first: Phrase, phrase_at: PhraseAt) -> Phrase:
    """"more than 10 and fewer than 40 people", "above $200,000 but below $300,000": a lower and an upper
    bound side by side bound one quantity, read as the range between them.

    Only a conjunction or comma may lie between the two, the lower end must be below the upper, and
    they may not differ in unit or currency ("more than 10 people died and fewer than 40 were hurt"
    keeps its two counts).
    """
    if first.qualifier not in LOWER_BOUNDS + UPPER_BOUNDS or len(first.cores) > 1:
        return first
    k = skip(doc, first.end)
    joiners = k
    while k < len(doc) and doc[k].lower_ in lex.bound_joiners:
        k = skip(doc, k + 1)
    if k == joiners or k >= len(doc):
        return first
    second = next((p for p in (phrase_at(lex, doc, c, k) for c in range(k, min(k + MAX_PHRASE_TOKENS, len(doc))))
                   if p is not None), None)
    if second is None or second.start != k or len(second.cores) > 1 or second.cores[0].vague is not None:
        return first
    pair = (first.qualifier in LOWER_BOUNDS, second.qualifier in LOWER_BOUNDS)
    if second.qualifier not in LOWER_BOUNDS + UPPER_BOUNDS or pair[0] == pair[1]:
        return first
    low, high = (first, second) if pair[0] else (second, first)
    if low.cores[0].value >= high.cores[0].value or any(
            getattr(first, key) and getattr(second, key) and getattr(first, key) != getattr(second, key)
            for key in ("unit", "currency")):
        return first
    return Phrase(
        first.start, second.end, [low.cores[0], high.cores[0]], qualifier="range",
        currency=first.currency or second.currency, money=first.money or second.money,
        percent=first.percent or second.percent, unit=first.unit or second.unit, joiner=doc[joiners].lower_,
    )


def _elided_between(lex: Lexicon, doc: Doc, start: int) -> bool:
    """"N and M" as a later item of a list whose first item opened with "between" in the same sentence
    ("between 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa, 10\nand 75 mm in Santa Fe"): the list leaves
    out the opener it shares."""
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].lower_ not in _LIST_MARKS:
        return False
    for j in range(k, max(k - _ELIDED_REACH, -1), -1):
        if doc[j].lower_ in lex.range_openers and lex.range_openers[doc[j].lower_] == "and":
            return True
        if doc[j].is_sent_start:
            return False
    return False


def _between_currency(lex: Lexicon, doc: Doc, phrase: Phrase, i: int) -> Optional[tuple[int, Any]]:
    """The currency word at token ``i`` after the low end of "between 150 euros and 300 euros", where each end names
    its money: ``(end, currency)``. Only after "between": "from 20 dlrs to 15 dlrs" may be a fall."""
    if phrase.money or phrase.opener is None or phrase.opener[1] != "and" or i >= len(doc):
        return None
    return lex.currency_after.at(doc, i)


def _scale_like_first(lex: Lexicon, doc: Doc, phrase: Phrase, second: Core) -> None:
    """"between £190m and £265m": the low end of money took its bare "m" as a million (``metre_or_million``, which
    reads money's "m" so), and the high end's "m" is read the same; no other stage reads it before the range."""
    after = skip(doc, second.end)
    if phrase.money and phrase.cores[0].scaled and not second.scaled and after < len(doc) \
            and doc[after].lower_ in lex.metre_or_million:
        second.value *= lex.suffix_scales["m"]
        second.scaled, second.end = True, after + 1


def _complete_abbreviated(doc: Doc, first: Core, second: Core, low: float) -> float:
    """Wire shorthand for a range's ends: "1.7770-80" is 1.7770 to 1.7780 (the high end repeats only its last
    decimals) and "75-100,000 bpd" 75,000 to 100,000 (the low end shares the thousands). Returns the low end."""
    low_text, high_text = doc[first.start].text, doc[second.start].text
    decimals = re.fullmatch(r"(\d+)\.(\d+)", low_text)
    if decimals is not None and PLAIN.match(high_text) and len(high_text) < len(decimals[2]) + 1 \
            and first.end == first.start + 1 and second.end == second.start + 1:
        second.value = float(f"{decimals[1]}.{decimals[2][: len(decimals[2]) - len(high_text)]}{high_text}")
    elif re.fullmatch(r"\d{1,3}", low_text) and re.fullmatch(r"\d{1,3}(?:,000)+", high_text) \
            and low * 1000 < second.value:
        return low * 1000
    return low


def _governed_by_change(lex: Lexicon, doc: Doc, core: Core) -> bool:
    """Whether a change verb ("fell", "rose") governs the number within a few steps up the parse."""
    token = doc[core.start]
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.change_verbs:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _amount_then_level(lex: Lexicon, doc: Doc, phrase: Phrase, low: float, second: Core) -> bool:
    """"ended down $1.33 to $42.12", "fell 61.07 to 2,713.81", "rose 7/8 to 15-3/4": after "up", "down" or a
    change verb, "X to Y" is the amount of a change and the level it reached, two numbers, when the level is
    over three times the amount or either is a wire price in eighths ("2-1/8"). Closer ends, or ends sharing a
    percent or unit, stay a range of the change: "down 20 to 24 pct", "rose 1.00 to 1.50 dlrs", "increased two
    to eight basis points".
    """
    first = phrase.cores[0]  # ``low`` is its value with any scale it shares ("two to three mln")
    before = phrase.start - 1
    while before >= 0 and (doc[before].is_space or doc[before].lower_ == "by"):
        before -= 1
    after_change = before >= 0 and (doc[before].lower_ in ("up", "down") or doc[before].pos_ in ("VERB", "AUX")
                                    and doc[before].lemma_.lower() in lex.change_verbs)
    if not after_change or low <= 0:
        return False
    if _wire_eighths(doc, first) or _wire_eighths(doc, second):
        return True
    shared_mark = _unit_mark(lex, doc, skip(doc, second.end)) is not None  # "rose two to eight basis points"
    return second.value > 3 * low and not second.fraction and not shared_mark


def _wire_eighths(doc: Doc, core: Core) -> bool:
    """A price in whole and fractional points, as wires quote shares: "15-3/4", "2-1/8"."""
    return core.end == core.start + 3 and doc[core.start + 1].text == "-" and "/" in doc[core.start + 2].text


def _is_change(lex: Lexicon, doc: Doc, opener: int) -> bool:
    """"rose from 10 to 15" is two values, not a range."""
    head = doc[opener].head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.change_verbs


def _unit_mark(lex: Lexicon, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
    """A percent word or unit starting at token ``i``: ``(end, name)``."""
    if i >= len(doc):
        return None
    return lex.percent.at(doc, i) or lex.units.at(doc, i)


def _names_unit_after(lex: Lexicon, doc: Doc, i: int) -> bool:
    """A percent word, unit or currency word starts at token ``i``."""
    return _unit_mark(lex, doc, i) is not None or i < len(doc) and lex.currency_after.at(doc, i) is not None


def _share_unit(lex: Lexicon, doc: Doc, phrase: Phrase, start: int) -> None:
    """In "from 10 to 15 percent" the first value takes the second one's percent, currency or unit."""
    second = core_at(lex, doc, start)
    if second is None:
        return
    target = Phrase(second.start, second.end, [second], currency=phrase.currency, money=phrase.money)
    read_after(lex, doc, target)
    phrase.percent, phrase.money = phrase.percent or target.percent, phrase.money or target.money
    phrase.currency, phrase.unit = phrase.currency or target.currency, phrase.unit or target.unit
