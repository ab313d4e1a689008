"""Recognition: where a number starts and what it is worth, token by token.

Digits with their glued currency, scale or unit ("$3bn", "20km"), powers and fractions ("1.3e6", "1/4",
"7-3/4"), thousands grouped by spaces ("40 000"), vague amounts ("tens of thousands") and an article
before a unit ("a tonne"); numbers in words are read by ``spelled``.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .lexicon import DIGITS, Lexicon
from .spans import Core
from .spelled import spelled_at
from ..doc_utils import has_digit
from .tokens import PLAIN, is_break, skip
from .values import extend_scales, negative

_FRACTION = re.compile(r"^([-−]?)(\d{1,2})/(\d{1,3})$")
_GROUP = re.compile(r"^\d{3}(?:\.\d+)?$")
_LEAD_GROUP = re.compile(r"\d{1,3}")
_SCIENTIFIC = re.compile(r"^[-−]?\d+(?:\.\d+)?[eE][-+−]?\d{1,3}$")
_POWER_OF_TEN = re.compile(r"^([-−]?\d+(?:\.\d+)?)[×x*]10(?:\^|\*\*)?([-−]?\d{1,3})$")
_LEADING_NUMBER = re.compile(r"^([-−]?)(\d+(?:\.\d+)?)(?=[^\d,.])")
_SUSPENDED = re.compile(r"^(\d+(?:\.\d+)?)[-–]$")
_POWER_TOKEN = re.compile(r"^([-−]?)(\d+(?:\.\d+)?)\^([-+−]*)(\d{1,3})$")
_EXPONENT = re.compile(r"^([-+−]*)(\d{1,3})$")
_TIMES_BASE = re.compile(r"^(\d+(?:\.\d+)?)[x×](\d+(?:\.\d+)?)$")
_TRILLION = re.compile(r"^(\d+(?:\.\d+)?)T\.?$")
_DECIMAL_COMMA = re.compile(r"^([-−]?\d{1,2}),(\d{1,2})$")
_MODEL_NAME = re.compile(r"^\d+E\d+$")  # "Boeing's 7E7": a capital E between whole numbers names a model
_DECADE = re.compile(r"^([2-9]0)('?s|’s)?$")
_SIGNED = re.compile(r"^(\+|minus-)(\d+(?:\.\d+)?)$", re.IGNORECASE)
# A figure with nothing glued on, the usual case: ``Lexicon.digit_token`` reads it alike, with every other group empty.
_PLAIN_FIGURE = re.compile(rf"^(?P<num>{DIGITS})\.?$")
# A token glued after a figure that continues it: a wire fraction's hyphen ("7-3/4"), a no-break space between
# groups of thousands.
_GLUED_CONTINUATIONS = frozenset({"-", "\u202f", "\u00a0"})


def core_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Core]:
    """The number starting at token ``i``, if any."""
    word = doc[i].lower_
    if word in lex.vague_starts:
        vague = _vague_at(lex, doc, i)
        if vague is not None:
            return vague
    if word in lex.vulgar:
        return Core(i, i + 1, lex.vulgar[word], fraction=True)
    if _may_be_decade(lex, word) and decade_of_life_start(lex, doc, i) is not None:
        low, high, end = _decade_at(lex, doc, i)
        return Core(i, end, low, vague=(low, high))
    if "d" in doc[i].shape_:
        return _digits_at(lex, doc, i)
    if word.endswith("fold") and word[: -len("fold")] in lex.cardinals:  # "fourfold", "tenfold"
        return Core(i, i + 1, float(lex.cardinals[word[: -len("fold")]]), unit="times")
    if word in lex.cardinals or word in ("a", "an") or word in lex.fractions:
        core = spelled_at(lex, doc, i)
        if core is None and word in ("a", "an") and _is_article_unit(lex, doc, i):
            return Core(i, i + 1, 1.0)
        return core
    return None


def decade_of_life_start(lex: Lexicon, doc: Doc, i: int) -> Optional[int]:
    """Where "in his [late] 40s" starts its age ("late" or the decade), when token ``i`` is the decade.

    Only after "in" and a possessive: "temperatures in the 40s" and "in the 1990s" are no one's age.
    """
    if _decade_at(lex, doc, i) is None:
        return None
    start = k = i
    if k >= 1 and doc[k - 1].lower_ in lex.age_decade_modifiers:
        start = k = k - 1
    elif k >= 2 and doc[k - 1].text in ("-", "–") and doc[k - 2].lower_ in lex.age_decade_modifiers:
        start = k = k - 2
    if k >= 2 and doc[k - 1].lower_ in lex.age_possessives and doc[k - 2].lower_ == "in":
        return start
    return None


def _may_be_decade(lex: Lexicon, word: str) -> bool:
    """The test ``_decade_at`` starts with, on the word ``core_at`` holds: most words fail it, and then no tokens
    need be read (most fail at its second character, which must be a zero)."""
    return word in lex.age_decades or word[1:2] == "0" and _DECADE.match(word) is not None


def _decade_at(lex: Lexicon, doc: Doc, i: int) -> Optional[tuple[int, int, int]]:
    """``(low, high, end)`` of a decade at token ``i``: "forties", "40s", "40's" (the "'s" a token of its own)."""
    word = doc[i].lower_
    if word in lex.age_decades:
        low, high = lex.age_decades[word]
        return low, high, i + 1
    found = _DECADE.match(word)
    if found is None:
        return None
    end = i + 1
    if not found[2]:
        if end >= len(doc) or doc[i].whitespace_ or doc[end].lower_ not in ("'s", "’s", "s"):
            return None
        end += 1
    low = int(found[1])
    return low, low + 9, end


def _is_article_unit(lex: Lexicon, doc: Doc, i: int) -> bool:
    """"a gallon of beer", "nearly a tonne", "a penny": one unit, named by the article.

    Not where the unit divides or takes a share: "30 miles a gallon", "1p a pint", "half a mile", "a
    quarter of a mile". The phrase must then read a unit (``phrase_at``).
    """
    nxt = skip(doc, i + 1)
    if nxt >= len(doc) or doc[nxt].lower_ not in lex.article_units:
        return False
    before = i - 1
    while before >= 0 and doc[before].is_space and not is_break(doc[before]):
        before -= 1
    if before < 0:
        return True
    word = doc[before]
    return not (has_digit(word.text) or word.lower_ in lex.fractions or word.lower_ in ("of", "per")
                or lex.units.ending(doc, before + 1) or lex.currency_after.ending(doc, before + 1)
                or lex.subunits.ending(doc, before + 1))


def _vague_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Core]:
    match = lex.vague.at(doc, i)
    if match is None:
        return None
    end, (low, high) = match
    key = "".join(t.lower_ for t in doc[i:end] if not t.is_space)
    nxt = skip(doc, end)
    scale, scale_end = 1, end
    while nxt < len(doc) and doc[nxt].lower_ in lex.scales and doc[nxt].lower_ != "dozen":
        scale *= lex.scales[doc[nxt].lower_]  # "several hundred thousand dollars": every scale after it multiplies
        scale_end, nxt = nxt + 1, skip(doc, nxt + 1)
    if scale != 1:
        return Core(i, scale_end, low * scale, scaled=True, vague=(low * scale, (high + 1) * scale - 1))
    inner_start = skip(doc, nxt + 1)
    if inner_start < len(doc) and doc[nxt].lower_ == "of":
        inner = lex.vague.at(doc, inner_start)
        if inner is not None and inner[0] == inner_start + 1 and key != doc[inner_start].lower_:
            scale = inner[1][0]
            return Core(i, inner[0], low * scale, scaled=True, vague=(low * scale, (high + 1) * scale - 1))
    elif key in lex.vague_needs_of:
        return None
    return Core(i, end, low, vague=(low, high))


def _digits_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Core]:
    text = doc[i].text
    plain = _PLAIN_FIGURE.match(text)
    if plain is not None:  # no fraction, power, sign, currency, scale or unit to look for
        return _figure_at(lex, doc, i, plain["num"], 1.0, None)
    fraction = _FRACTION.match(text)
    if fraction is not None:
        numerator, denominator = int(fraction[2]), int(fraction[3])
        if not 0 < numerator < denominator or denominator not in lex.digit_denominators:
            return None  # "9/11", "8/13 odds", "24/7"
        return Core(i, i + 1, (-1 if fraction[1] else 1) * numerator / denominator, fraction=True)
    if _SCIENTIFIC.match(text) and not _MODEL_NAME.match(text):
        return Core(i, i + 1, float(text.replace("−", "-")), scaled=True)
    found = lex.digit_token.match(text)
    if found is None:
        return _unusual_digits_at(lex, doc, i)
    value = float(found["num"].replace(",", ""))
    sign = -1.0 if found["sign"] or found["sign2"] else 1.0
    currency = lex.currency_symbols.get(found["cur"].lower()) if found["cur"] else None
    if found["post"]:  # "100元", "100€"
        currency = lex.currency_symbols_after[found["post"]]
    if found["suf"]:
        if found["suf"].lower() == "m" and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "/":
            return None  # "3.7m/h": a speed in an unclear unit, never 3.7 million
        scale = lex.suffix_scales[found["suf"].lower()]
        return Core(i, i + 1, sign * value * scale, scaled=True, currency=currency)
    if found["unit"] in lex.letter_scales:  # "US$ 1MM": a million, where "1mm" is a millimetre
        return Core(i, i + 1, sign * value * lex.letter_scales[found["unit"]], scaled=True, currency=currency)
    if found["unit"]:
        return Core(i, i + 1, sign * value, unit=lex.suffix_units[found["unit"].lower()])
    return _figure_at(lex, doc, i, found["num"], sign, currency)


def _figure_at(lex: Lexicon, doc: Doc, i: int, digits: str, sign: float, currency: Optional[str]) -> Core:
    """A figure with no scale or unit glued on, and what continues it: words ("3 hundred"), a power ("1.1^23"), a
    wire fraction ("7-3/4"), thousands grouped by spaces, a mixed fraction, a scale word."""
    core = Core(i, i + 1, float(digits.replace(",", "")), currency=currency)
    if PLAIN.match(digits) and sign > 0:
        words = spelled_at(lex, doc, i)
        if words is not None and words.end > i + 1:
            words.currency = currency
            return words
    if _power_after(doc, i + 1) is not None:
        core.value = sign * _read_power(lex, doc, core)
        return core
    if _may_go_on(lex, doc, i):
        _add_fraction(doc, core)
        _add_groups(doc, core, digits)
        _add_mixed_fraction(lex, doc, core)
        extend_scales(lex, doc, core)
    core.value *= sign
    return core


def _may_go_on(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether a wire fraction, thousands grouped by spaces, a mixed fraction or a scale word may continue the figure
    at token ``i``: each reader starts from the token after it or the next word, and most figures have neither
    ("12.5 pct", "150 dlrs", "in 1987."), so the one look here spares the four."""
    if i + 1 >= len(doc):
        return False
    text = doc[i + 1].text
    if text in _GLUED_CONTINUATIONS or _GROUP.match(text):
        return True  # "7-3/4", "40 000" or "40\u00a0000"
    nxt = skip(doc, i + 1)
    if nxt >= len(doc):
        return False
    word = doc[nxt]
    return _FRACTION.match(word.text) is not None or word.text in lex.vulgar or word.lower_ in lex.scales \
        or word.text in lex.letter_scales  # "2 1/2", "10 ½", "1.5 million", "1,674.5 G"


def _unusual_digits_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Core]:
    """Power notation ("2.48×10−5"), a glued unit expression ("4km^3", "1Ga"), "$2.174T" (trillion),
    a suspended hyphen opening a range ("8- to 16-meter"), a sign glued on ("+1.4%", "minus-12 yards"),
    and a decimal comma ("5,00", "1,3": a
    comma before one or two digits cannot separate thousands; after three digits, "£135,00", it is
    more likely a thousands figure missing a digit, and is left alone)."""
    text = doc[i].text
    signed = _SIGNED.match(text)
    if signed is not None:
        return Core(i, i + 1, (-1.0 if signed[1].lower() == "minus-" else 1.0) * float(signed[2]))
    decimal = _DECIMAL_COMMA.match(text)
    if decimal is not None:
        return Core(i, i + 1, float(f"{decimal[1]}.{decimal[2]}".replace("−", "-")))
    power = _POWER_OF_TEN.match(text)
    if power is not None:
        value = float(power[1].replace("−", "-")) * 10.0 ** int(power[2].replace("−", "-"))
        return Core(i, i + 1, value, scaled=True)
    nxt = skip(doc, i + 1)
    suspended = _SUSPENDED.match(text)
    if suspended is not None and nxt < len(doc) and doc[nxt].lower_ in ("to", "or"):
        return Core(i, i + 1, float(suspended[1]))
    power_token = _POWER_TOKEN.match(text)
    if power_token is not None:
        exponent = -int(power_token[4]) if negative(power_token[3]) else int(power_token[4])
        return Core(i, i + 1, (-1 if power_token[1] else 1) * float(power_token[2]) ** exponent, scaled=True)
    times = _TIMES_BASE.match(text)
    if times is not None and _power_after(doc, i + 1) is not None:
        core = Core(i, i + 1, float(times[1]) * float(times[2]))
        core.value = _read_power(lex, doc, core, base=float(times[2])) * float(times[1])
        return core
    trillion = _TRILLION.match(text)
    if trillion is not None and i > 0 and doc[i - 1].text in lex.currency_symbols:
        return Core(i, i + 1, float(trillion[1]) * lex.scales["trillion"], scaled=True)
    lead = _LEADING_NUMBER.match(text)
    if lead is None:
        return None
    parsed = lex.expressions.parse(text[lead.end():], glued=True)
    if parsed is None or parsed[0] != len(text) - lead.end():
        return None
    sign = -1.0 if lead[1] else 1.0
    return Core(i, i + 1, sign * float(lead[2]), unit=parsed[1])


def _power_after(doc: Doc, i: int) -> Optional[int]:
    """The exponent after a glued "^" at token ``i`` ("1.1^23", "2.5^-1", "-1.1^--23"), if any."""
    if i + 1 >= len(doc) or doc[i].text != "^" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return None
    found = _EXPONENT.match(doc[i + 1].text)
    if found is None:
        return None
    return -int(found[2]) if negative(found[1]) else int(found[2])


def _read_power(lex: Lexicon, doc: Doc, core: Core, base: Optional[float] = None) -> float:
    """Raise ``core`` (or ``base``) to a "^" power that follows it, moving its end; the sign stays outside."""
    exponent = _power_after(doc, core.end)
    value = core.value if base is None else base
    if exponent is None:
        return value
    core.end, core.scaled = core.end + 2, True
    return (-1 if value < 0 else 1) * abs(value) ** exponent


def _add_groups(doc: Doc, core: Core, digits: str) -> None:
    """Thousands grouped by single (or narrow no-break) spaces: "40 000", "1 234 567.89".

    Only a lead group of one to three digits followed by groups of exactly three, so "2019 100"
    or "in 3 100-metre heats" stay apart.
    """
    if not _LEAD_GROUP.fullmatch(digits) or core.end != core.start + 1:
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
    if j + 1 < len(doc) and (doc[j + 1].is_space or doc[j + 1].is_title and doc[j + 1].is_alpha):
        return  # a line's end, or a name after the last group: "400 737 Max jets" is 400 jets of a model
    if j > core.start:
        core.value, core.end = float(text), j + 1


def _add_mixed_fraction(lex: Lexicon, doc: Doc, core: Core) -> None:
    """"2 1/2 miles", "10 ½": a whole number followed by a fraction."""
    nxt = skip(doc, core.end)
    if nxt >= len(doc) or core.scaled or not doc[core.end - 1].whitespace_:
        return
    fraction = _FRACTION.match(doc[nxt].text)
    if fraction and not fraction[1] and 0 < int(fraction[2]) < int(fraction[3]):
        core.value += int(fraction[2]) / int(fraction[3])
        core.end = nxt + 1
    elif doc[nxt].text in lex.vulgar:
        core.value += lex.vulgar[doc[nxt].text]
        core.end = nxt + 1


def _add_fraction(doc: Doc, core: Core) -> None:
    """Wire-style mixed fractions: "7-3/4 pct" is 7.75."""
    i = core.start
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return
    fraction = _FRACTION.match(doc[i + 2].text)
    if fraction and not fraction[1] and 0 < int(fraction[2]) < int(fraction[3]):
        core.value += int(fraction[2]) / int(fraction[3])
        core.end = i + 3
