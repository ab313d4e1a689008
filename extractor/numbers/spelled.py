"""Numbers in words: "two hundred and five", "three lakh crore", "five point five", "two thirds".

Its own module because English number words have a grammar of their own (scales, "and", hyphens,
ordinals as denominators) that has nothing to do with digits.
"""

from __future__ import annotations

import re
from typing import Optional, Union

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .spans import Core
from .tokens import PLAIN, is_break
from .values import apply_scale, extend_scales

# The words that may go on from a number word besides a cardinal, a scale or a denominator: "two and a half",
# "twenty-one", "five point five" ("&" reads as "and").
_CARDINAL_GOES_ON = frozenset({"and", "-", "–", "point"})
_DIGIT_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,3})$")
# Words before a whole number that make it the last of a list or range, not a mixed number's whole part.
_JOINED_BEFORE = frozenset({"and", "or", ",", "between", "to"})


def _settled_by_next_word(lex: Lexicon, doc: Doc, i: int) -> Union[Core, None, bool]:
    """Most articles, digits and number words start no longer worded number, and the word after them says so
    before the walk gathers its twenty tokens: None (no number), the first word alone, or False (the walk must
    read on). A number word ("two people", "one of") is read as the walk would end after it: its value, scaled
    where it is a scale word too."""
    first = doc[i].lower_
    if first in ("a", "an"):
        second = _second_word(doc, i)
        if not (second in lex.scales or second in lex.denominators or second in lex.cardinals):
            return None  # no scale, ordinal or compound ordinal ("a twenty-fifth") to count one of
    elif PLAIN.match(first):
        second = _second_word(doc, i)
        if not (second in lex.scales or second in lex.denominators or second == "and"):
            return Core(i, i + 1, float(first))  # no scale, fraction or "and" goes on from the digits
    elif first in lex.cardinals and first not in lex.fractions:
        second = _second_word(doc, i)
        if not (second in lex.cardinals or second in lex.scales or second in lex.denominators
                or second in _CARDINAL_GOES_ON):  # digits after a number word end it too ("one 747")
            return Core(i, i + 1, float(lex.cardinals[first]), scaled=first in lex.scales)
    return False


def spelled_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Core]:
    """Numbers in words, or digits continued by words: "two hundred and five", "3 hundred and 21", "three million,
    two hundred & forty", "five point five", "two thirds", "one and a half", "half a million", "3 million and a
    half" (a fraction's rules: ``_mixed_number``, ``_is_fraction``)."""
    settled = _settled_by_next_word(lex, doc, i)
    if settled is not False:
        return settled
    tokens, words = _words_at(doc, i)
    if words[0] in lex.fractions and (len(words) < 2 or words[1] not in lex.denominators):
        fraction = lex.fractions[words[0]]
        return _fraction_scaled(lex, doc, tokens, words, 0, fraction) or _bare_half(lex, doc, tokens, words)
    total, current, last, big, j, whole = 0.0, 0.0, "", 1.0, 0, None
    joined = None  # after a scale's "and": the number before it and that scale ("200 mln and ...")
    while j < len(words):  # whole: the index after the last complete number, and its value
        whole = (j, total + current) if last and last not in ("and", "hyphen") else whole
        word = words[j]
        compound = _compound_denominator(lex, words, j, last) if last in ("unit", "teen", "tens", "scale") else None
        if compound is not None:  # "one twenty-fifth", "three twenty-firsts"
            return Core(i, tokens[compound[1] - 1].i + 1, (total + current) / compound[0], fraction=True)
        if word in lex.cardinals:
            value = lex.cardinals[word]
            if last == "tens" and value >= 10 or last in ("unit", "teen", "digits"):
                break
            current += value
            last = "tens" if value >= 20 and value % 10 == 0 else "unit" if value < 10 else "teen"
        elif PLAIN.match(word) and (j == 0 or _digits_continue(lex, words, j, last)):
            current += float(word)
            last = "digits"
        elif word in ("a", "an") and j == 0:
            if not _article_is_one(lex, words):
                return None
            current, last = 1.0, "unit"
        elif word in lex.scales and last and last not in ("and", "hyphen"):
            if joined is not None and lex.scales[word] >= joined[2]:
                # "between 200 mln and one billion lire": a number goes down its scales, so one as large after
                # "and" is the next number's, not a part of this one
                return _whole_number(lex, doc, tokens, words, joined[:2], i)
            total, current, big = apply_scale(total, current, big, lex.scales[word])
            last = "scale"
        elif word == "and" and last in ("scale", "unit", "teen", "tens", "digits") and j + 1 < len(words):
            mixed = _mixed_number(lex, tokens, words, j + 1, i, (total, current, big, last)) \
                or _digit_mixed_number(lex, doc, tokens, words, j + 1, i, (total + current, last))
            if mixed is not None:
                return mixed
            if last != "scale" or not (words[j + 1] in lex.cardinals or PLAIN.match(words[j + 1])):
                break
            if lex.scales.get(words[j - 1], 0) > 100:  # not "a hundred and twenty thousand"
                joined = (j, total + current, big)
            last = "and"
        elif word == "," and last == "scale" and _continues_after_comma(lex, words, j + 1, big):
            last = "and"
        elif word in ("-", "–") and _joins_hyphen(lex, words, j, last):
            last = "hyphen"
        elif word == "point" and last in ("unit", "teen", "tens", "scale") and j + 1 < len(words):
            decimals = _decimals(lex, words, j + 1)
            if decimals is None:
                break
            return Core(i, tokens[decimals[1] - 1].i + 1, total + current + decimals[0])
        elif word in lex.denominators and last in ("unit", "teen", "tens", "scale", "hyphen", "digits"):
            numerator = total + current
            if not _is_fraction(lex, tokens, words, j, numerator):
                break
            return _fraction_scaled(lex, doc, tokens, words, j, numerator / lex.denominators[word], i)
        else:
            break
        j += 1
    whole = (j, total + current) if last and last not in ("and", "hyphen") else whole
    return _whole_number(lex, doc, tokens, words, whole, i)


def _words_at(doc: Doc, i: int) -> tuple[list[Token], list[str]]:
    """The words from token ``i`` on, up to a paragraph break (spaces skipped, "&" read as "and")."""
    tokens = []
    for token in doc[i : i + 20]:
        if token.is_space:
            if is_break(token):
                break
        elif len(tokens) == 16:
            break
        else:
            tokens.append(token)
    words = [t.lower_ for t in tokens]
    return tokens, ["and" if word == "&" else word for word in words]


def _second_word(doc: Doc, i: int) -> Optional[str]:
    """The word ``_words_at`` reads after token ``i`` (None where it reads none)."""
    for j in range(i + 1, min(i + 20, len(doc))):
        token = doc[j]
        if not token.is_space:
            return "and" if token.text == "&" else token.lower_
        if is_break(token):
            return None
    return None


def _article_is_one(lex: Lexicon, words: list[str]) -> bool:
    """"a hundred", "a third", "a twenty-fifth": an article that counts one of a scale or a denominator."""
    return len(words) >= 2 and (words[1] in lex.scales or words[1] in lex.denominators
                                or _compound_denominator(lex, words, 1, "unit") is not None)


def _mixed_number(lex: Lexicon, tokens: list[Token], words: list[str], j: int, i: int,
                  state: tuple[float, float, float, str]) -> Optional[Core]:
    """"two and a half million", "one and a half", "3 million and a half" from the fraction at ``words[j]``
    on: a fraction after "and" takes the last large scale ("3 million and a half" is 3.5 million)."""
    total, current, big, last = state
    fraction = _and_fraction(lex, tokens, words, j)
    if fraction is None:
        return None
    value, j = fraction
    if j < len(words) and words[j] in lex.scales:  # "two and a half million"
        scale, j = lex.scales[words[j]], j + 1
        return Core(i, tokens[j - 1].i + 1, total + (current + value) * scale, scaled=True)
    scale = big if last == "scale" and big > 1 and current == 0 else 1.0
    return Core(i, tokens[j - 1].i + 1, total + current + value * scale, scaled=True)


def _digit_mixed_number(lex: Lexicon, doc: Doc, tokens: list[Token], words: list[str], j: int, i: int,
                        state: tuple[float, str]) -> Optional[Core]:
    """"one and 5/8 pct", "31 and 7/8": a whole number joined by "and" to a proper fraction in digits is one mixed
    number, as "7-3/4" is; not after a scale word, nor a whole number that ends a list or range ("in years five and
    six and 3/4 point": the years, then a margin of 3/4 point)."""
    whole, last = state
    fraction = _DIGIT_FRACTION.match(words[j])
    if fraction is None or last == "scale":
        return None
    numerator, denominator = int(fraction[1]), int(fraction[2])
    if not 0 < numerator < denominator or denominator not in lex.digit_denominators:
        return None
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].lower_ in _JOINED_BEFORE:
        return None
    return Core(i, tokens[j].i + 1, whole + numerator / denominator)


def _whole_number(lex: Lexicon, doc: Doc, tokens: list[Token], words: list[str],
                  whole: Optional[tuple[int, float]], i: int) -> Optional[Core]:
    """The last complete number read (not a lone article), else a bare "half"."""
    if whole is None or whole[0] == 1 and words[0] in ("a", "an"):
        return _bare_half(lex, doc, tokens, words)
    j, value = whole
    return Core(i, tokens[j - 1].i + 1, value, scaled=any(w in lex.scales for w in words[:j]))


def _bare_half(lex: Lexicon, doc: Doc, tokens: list[Token], words: list[str]) -> Optional[Core]:
    """"more than half of the victims", "nearly half the population": half of a group, not "the second half"."""
    start = tokens[0].i
    before = doc[start - 1] if start > 0 else None
    if words[0] != "half" or before is not None and (before.lower_ in lex.half_blockers or before.pos_ == "ADJ"):
        return None
    of_group = len(words) > 1 and words[1] in ("of", "the", "its", "their", "all")
    if not of_group and (before is None or before.lower_ not in lex.half_qualifiers):
        return None
    return Core(start, start + 1, 0.5, fraction=True)


def _compound_denominator(lex: Lexicon, words: list[str], j: int, last: str) -> Optional[tuple[int, int]]:
    """A spelled ordinal of several words ending the number: (denominator, end).

    "one twenty-fifth", "three twenty firsts", "a twenty-first"; after a numerator that cannot go
    on ("one" before "one hundred"), also hundreds: "one one hundred (and) fifth" is 1/105.
    """
    value, k = 0, j
    hundreds = j + 1 < len(words) and words[j + 1] == "hundred"
    if last != "scale" and lex.cardinals.get(words[j], 10) < 10 and hundreds:
        value, k = lex.cardinals[words[j]] * 100, j + 2
        k += k < len(words) and words[k] == "and"
    tens = lex.cardinals.get(words[k], 0) if k < len(words) else 0
    if tens >= 20 and tens % 10 == 0:
        value += tens
        k += 1 + (k + 1 < len(words) and words[k + 1] in ("-", "–"))
        ordinal = lex.unit_ordinals.get(words[k]) if k < len(words) else None
    elif value and k < len(words):
        ordinal = lex.unit_ordinals.get(words[k]) or lex.denominators.get(words[k])
    else:
        return None
    if ordinal is None or k + 1 < len(words) and words[k + 1] not in (".", ",", "of"):
        return None
    return value + ordinal, k + 1


def _continues_after_comma(lex: Lexicon, words: list[str], j: int, big: float) -> bool:
    """"three million, two hundred & forty": a comma after a large scale goes on with smaller groups.

    The words after it must hold a smaller scale word and no scale as large ("a thousand, two
    thousand" is a list; "three million, two of them" a count and its part).
    """
    smaller = False
    for word in words[j:]:
        scale = lex.scales.get(word)
        if scale is not None:
            if scale >= big:
                return False
            smaller = True
        elif word not in lex.cardinals and word not in ("and", "-", "–"):
            break
    return smaller and j < len(words) and words[j] in lex.cardinals


def _joins_hyphen(lex: Lexicon, words: list[str], j: int, last: str) -> bool:
    """A hyphen inside a spelled number: "twenty-one", "one-eighth", "five hundred-fifths"."""
    if last == "tens" and _is_unit_word(lex, words, j + 1):
        return True
    return last in ("unit", "teen", "tens", "scale") and j + 1 < len(words) and words[j + 1] in lex.denominators


def _digits_continue(lex: Lexicon, words: list[str], j: int, last: str) -> bool:
    """Digits inside a worded number: "4 thousand 3 hundred and 21" (after "and" only below a hundred)."""
    if last == "and":
        return j >= 2 and words[j - 2] == "hundred"
    return last == "scale" and j + 1 < len(words) and words[j + 1] in lex.scales


def _is_fraction(lex: Lexicon, tokens: list[Token], words: list[str], j: int, numerator: float) -> bool:
    """"two thirds", "a third of": "a third" alone is an ordinal ("slid in a third", "a third title").

    A singular ordinal after "a"/"one" is a fraction only before "of" or a scale word (or ending the
    text); a plural one always is; a singular one after a larger numerator only before "of".
    """
    word = words[j]
    singular = lex.denominators.get(word + "s") == lex.denominators[word]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    joined = nxt is not None and (nxt.lower_ in ("of", "percentage") or nxt.lower_ in lex.scales)
    if word in lex.time_nouns or word.rstrip("s") in lex.time_nouns:  # "six quarters", "a quarter stake"
        return nxt is None or joined
    if singular and numerator != 1:  # "three-quarter length", "a two-third majority" are modifiers
        return joined
    if word not in lex.ordinal_denominators or numerator != 1:
        return True
    return nxt is None or joined or nxt.text in (".", "!", "?")


def _fraction_scaled(
    lex: Lexicon, doc: Doc, tokens: list[Token], words: list[str], j: int, value: float, start: Optional[int] = None
) -> Optional[Core]:
    """A fraction ending at ``words[j]``, times a following scale: "half million", "two thirds of a million"."""
    k = j + 1
    if k < len(words) and words[k] in ("a", "an") and k + 1 < len(words) and words[k + 1] in lex.scales:
        k += 1
    elif k + 2 < len(words) and words[k] == "of" and words[k + 1] in ("a", "an") and words[k + 2] in lex.scales:
        k += 2
    if k < len(words) and words[k] in lex.scales:
        core = Core(tokens[0].i if start is None else start, tokens[k].i + 1, value * lex.scales[words[k]],
                     scaled=True)
        extend_scales(lex, doc, core)
        return core
    if start is None:
        return None
    return Core(start, tokens[j].i + 1, value, fraction=True)


def _and_fraction(lex: Lexicon, tokens: list[Token], words: list[str], j: int) -> Optional[tuple[float, int]]:
    """"and a half", "and three quarters", "and two thirds" after a whole number: (value, next index).

    Only a proper fraction makes a mixed number."""
    if j + 1 >= len(words) or words[j + 1] not in lex.denominators:
        return None
    numerator = 1.0 if words[j] in ("a", "an") else lex.cardinals.get(words[j])
    if numerator is None or numerator >= lex.denominators[words[j + 1]]:
        return None  # "one hundred and thirty fifths" is 130 fifths, not 100 and 6
    if not _is_fraction(lex, tokens, words, j + 1, numerator):
        return None
    return numerator / lex.denominators[words[j + 1]], j + 2


def _decimals(lex: Lexicon, words: list[str], j: int) -> Optional[tuple[float, int]]:
    """Digits spoken after "point": "point zero three" is .03, "point seventy-one" .71."""
    digits = ""
    while j < len(words):
        value = lex.cardinals.get(words[j])
        if value is None or value >= 100:
            break
        if value >= 20 and value % 10 == 0 and j + 2 < len(words) and words[j + 1] in ("-", "–") \
                and _is_unit_word(lex, words, j + 2):
            value += lex.cardinals[words[j + 2]]
            j += 2
        digits += str(value)
        j += 1
    return (float("0." + digits), j) if digits else None


def _is_unit_word(lex: Lexicon, words: list[str], j: int) -> bool:
    """Whether ``words[j]`` is "one" to "nine" (what may follow "twenty-")."""
    return j < len(words) and lex.cardinals.get(words[j], 10) < 10
