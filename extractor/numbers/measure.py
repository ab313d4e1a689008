"""What names a number's kind after it: percent, currency and coins, units, rates and hyphenated units.

"5%", "$3 50 cents", "200 km per hour", "$80 a barrel", "a 45-acre farm".
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .recognise import core_at
from .spans import Phrase
from ..doc_utils import has_digit, sentence_tokens
from .tokens import BRACKETS, skip

INCH_MARKS = ('"', "″", "''")


def read_after(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    start = end = skip(doc, phrase.end)
    if end < len(doc) and doc[end].lower not in lex.after_start_ids and not doc[end].is_space:
        percent = subunit = unit = None  # the word after is none of the four tables' first words
        currency = _country_currency(lex, doc, end)
    else:
        percent = lex.percent.at(doc, end)
        currency = lex.currency_after.at(doc, end)
        if currency is None and phrase.cores[-1].scaled:  # "6.91 billion won"; "Halo 2 won" is a verb
            currency = lex.scaled_currencies.at(doc, end)
            if currency is not None and doc[end].lower_ in lex.modifier_currencies and not _modifies_noun(doc[end]):
                currency = None  # "topped the 100 million mark": a threshold, no sum
        subunit = lex.subunits.at(doc, end)
        unit = _cased_unit(lex, doc, end) or lex.units.at(doc, end) if phrase.unit is None else None
        if unit is None and phrase.unit is None:
            unit = _bracketed_unit(lex, doc, end)
    if currency is not None and doc[end].lower_ in lex.weight_or_money and unit is not None and not phrase.money \
            and (not phrase.cores[-1].scaled or _of_after(doc, currency[0])):
        currency = None  # "4,000 pounds", "265 mln pounds of copper": a weight; "52.7 mln pounds" is money
    if percent is not None:
        phrase.percent, end = True, percent[0]
        phrase.unit = percent[1] if percent[1] != "percent" else None
    elif subunit is not None and (currency is None or subunit[0] > currency[0]):
        phrase.money, end = True, subunit[0]
        phrase.currency, phrase.unit = subunit[1][0] or phrase.currency, subunit[1][1]
        phrase.currency = phrase.currency or coin_currency(lex, doc, phrase.unit)
    elif currency is not None:
        phrase.money, end = True, currency[0]
        phrase.currency = currency[1] or phrase.currency
        end = _read_cents(lex, doc, phrase, end)
        if phrase.unit is None:  # "141 Ecus a tonne", "1,417 dlrs per tonne"
            rate = skip(doc, end)
            read = _read_money_rate(lex, doc, phrase, rate)
            end = read if read > rate else end
    elif unit is not None and not phrase.money:
        phrase.unit, end = unit[1], unit[0]
        end = _read_rate(lex, doc, phrase, end)
        expression = lex.expressions.unit_at(doc, start)
        if expression is not None and expression[0] > end:  # "4 km cubed", "1e-5 km/s2"
            phrase.unit, end = expression[1], expression[0]
    elif phrase.unit is not None and not phrase.money:  # a glued unit's rate: "10km/hr"
        end = _read_rate(lex, doc, phrase, end)
    elif phrase.unit is None and not phrase.money:
        end = _read_symbol_unit(lex, doc, phrase, start)
        if end == start:
            _coordinated_unit(lex, doc, phrase, start)
    elif phrase.money and phrase.unit is None:
        end = _read_money_rate(lex, doc, phrase, start)
    after = lex.qualifiers_after.at(doc, skip(doc, end))
    if after is not None and phrase.qualifier in ("exact", "approximately") \
            and not _bounds_next_number(lex, doc, skip(doc, end), after[0]):
        phrase.qualifier, end = after[1], after[0]
    if end > start:
        phrase.end = end


def _cased_unit(lex: Lexicon, doc: Doc, i: int) -> Optional[tuple[int, str]]:
    """A unit symbol whose case names it ("197 Nm of torque": newton metre; "nm" is a nanometre): ``(end, name)``."""
    name = lex.cased_units.get(doc[i].text) if i < len(doc) else None
    return (i + 1, name) if name is not None else None


def _country_currency(lex: Lexicon, doc: Doc, i: int) -> Optional[tuple[int, Optional[str]]]:
    """A currency word after a country's word the currency table does not list ("41.7 billion Syrian pounds",
    "70 mln Zimbabwean dlrs"): that country's money, of a currency left unknown where the bare word's would be
    another country's (``shared_currency_words``: pounds are sterling, dlrs U.S. dollars); "Japanese yen" are yen."""
    word = doc[i]
    if not (word.is_title or word.is_upper) or word.pos_ not in ("PROPN", "ADJ") or not word.is_alpha \
            or word.lower_ in lex.scales or i + 1 >= len(doc) or not word.whitespace_:
        return None  # "5 MLN DLRS" is scaled, "145 The dollar" no country's
    found = lex.currency_after.at(doc, i + 1)
    if found is None or found[0] != i + 2:
        return None
    return found[0], None if doc[i + 1].lower_ in lex.shared_currency_words else found[1]


def _of_after(doc: Doc, i: int) -> bool:
    """Whether "of" follows at token ``i`` (spaces skipped): "mln pounds of wheat flour" weighs what it names."""
    k = skip(doc, i)
    return k < len(doc) and doc[k].lower_ == "of"


def _modifies_noun(token: Token) -> bool:
    """"a 300 mln mark private placement", "a 480 mln mark loss": a currency word that names money only as a modifier
    of a noun after it (the parser's compound or nmod)."""
    head = token.head
    return token.dep_ in ("compound", "nmod", "amod") and head.i > token.i and head.pos_ in ("NOUN", "PROPN")


def _bounds_next_number(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` read after a number open a bound on the next one: "or less" in
    "500 or less than 400" and "and over" in "10 and over 20" qualify what follows, not what precedes."""
    for j in range(start + 1, end):
        before = lex.qualifiers_before.at(doc, j)
        k = skip(doc, before[0] if before is not None else end)
        if k < len(doc) and doc[k].lower_ in ("than", "to") and before is None:
            k = skip(doc, k + 1)
        if k < len(doc) and core_at(lex, doc, k) is not None:
            return True
    return False


def _bracketed_unit(lex: Lexicon, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
    """"20 (kg)", "20 [kg]": a unit in brackets, as tables and spec sheets write it: ``(end, name)``."""
    if i + 2 >= len(doc) or doc[i].text not in BRACKETS:
        return None
    unit = lex.units.at(doc, i + 1)
    if unit is None or unit[0] >= len(doc) or doc[unit[0]].text != BRACKETS[doc[i].text]:
        return None
    return unit[0] + 1, unit[1]


def _read_cents(lex: Lexicon, doc: Doc, phrase: Phrase, end: int) -> int:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount in two coins.

    Without the coin's name only a bare number closing the clause counts ("thirteen dollars forty five.").
    """
    core = phrase.cores[-1]
    if len(phrase.cores) > 1 or core.scaled or core.vague is not None:
        return end
    j = skip(doc, end)
    joined = j < len(doc) and doc[j].lower_ == "and"
    j = skip(doc, j + 1) if joined else j
    cents = core_at(lex, doc, j) if j < len(doc) else None
    if cents is None or cents.vague is not None or cents.scaled or cents.unit or cents.currency \
            or not (0 < cents.value < 100 and float(cents.value).is_integer()):
        return end
    after = skip(doc, cents.end)
    subunit = lex.subunits.at(doc, after) if after < len(doc) else None
    if subunit is not None and subunit[1][0] in (None, phrase.currency):
        stop = subunit[0]
    elif not joined and (after >= len(doc) or doc[after].text in (".", ",", ";", "!", "?")):
        stop = cents.end
    else:
        return end
    core.value += cents.value / 100
    return stop


def _read_symbol_unit(lex: Lexicon, doc: Doc, phrase: Phrase, start: int) -> int:
    """Units outside the word list: "-1e-3 W/min", "3.5–4.0 TeV", "20 J/m^2 per year", "66 Ma ago",
    "2 in thick" (inches: "in" closing the clause or before a dimension), "2.123 pm" (picometres: a
    clock time has two digits of minutes). Returns the new end token."""
    if start >= len(doc):
        return start
    word = doc[start].text
    if word in lex.expressions.clock_units:
        decimals = doc[phrase.cores[-1].end - 1].text.partition(".")[2]
        if decimals and len(decimals) != 2 and decimals.isdigit():
            phrase.unit = lex.expressions.clock_units[word]
            return start + 1
        return start
    if word in INCH_MARKS:  # "a pen 10 \" long"; a glued quote before the number pairs with it instead
        glued_quote = phrase.start > 0 and doc[phrase.start - 1].text in INCH_MARKS \
            and not doc[phrase.start - 1].whitespace_
        if not glued_quote and lex.expressions.inch_followers.at(doc, skip(doc, start + 1)):
            phrase.unit = "inch"
            return start + 1
        return start
    if word == "in":
        nxt = skip(doc, start + 1)
        if nxt < len(doc) and doc[nxt].text in ("-", "–") and not doc[start].whitespace_:
            return start  # "one in-person meeting", "an in-house team": a word, no inch
        if nxt >= len(doc) or doc[nxt].is_punct or lex.expressions.inch_followers.at(doc, nxt):
            phrase.unit = "inch"
            return start + 1
        return start
    expression = lex.expressions.unit_at(doc, start)
    if expression is None:
        return start
    phrase.unit = expression[1]
    return expression[0]


def _coordinated_unit(lex: Lexicon, doc: Doc, phrase: Phrase, start: int) -> None:
    """"given 45 and 50 mg": a number coordinated with a measure takes its unit (the span stays the number)."""
    if start >= len(doc) or doc[start].lower_ not in ("and", "or") or phrase.cores[-1].vague is not None:
        return
    second = core_at(lex, doc, skip(doc, start + 1)) if skip(doc, start + 1) < len(doc) else None
    if second is None or second.vague is not None:
        return
    unit = second.unit or (lex.units.at(doc, skip(doc, second.end)) or (0, None))[1]
    if unit is not None:
        phrase.unit = unit


def _read_money_rate(lex: Lexicon, doc: Doc, phrase: Phrase, start: int) -> int:
    """"$15.4/hour", "£9.99 a month", "$0.03/kWh", "$80 a barrel": money per unit, unit "per hour" (the
    currency names the money); so is money per piece of a thing sold by the piece ("28 dlrs per bag", "22.75
    dlrs a unit")."""
    per = start
    if per >= len(doc) or doc[per].lower_ not in lex.rate_words:
        return start
    unit_start = skip(doc, per + 1)
    expression = lex.expressions.unit_at(doc, unit_start, after_per=True) or lex.units.at(doc, unit_start) \
        or _piece(lex, doc, unit_start, doc[per].lower_ == "per")
    if expression is None or _time_ago(lex, doc, expression[0]):
        return start
    phrase.unit = f"per {lex.expressions.time_names.get(expression[1], expression[1])}"
    return expression[0]


def _piece(lex: Lexicon, doc: Doc, i: int, after_per: bool) -> Optional[tuple[int, str]]:
    """A piece a price is per ("bag", "unit", "head"), read as a unit expression: its end and its name. After "a"
    it must close the phrase: "5 mln dlrs a unit of Xerox" is a sum and a subsidiary ("a 21 dlr per bag rise"
    has the rate)."""
    if i >= len(doc) or doc[i].lemma_.lower() not in lex.partitives:
        return None
    nxt = skip(doc, i + 1)
    if not after_per and nxt < len(doc) and (doc[nxt].lower_ == "of" or doc[nxt].pos_ in ("NOUN", "PROPN")):
        return None
    return i + 1, doc[i].lemma_.lower()


def _time_ago(lex: Lexicon, doc: Doc, after: int) -> bool:
    """Whether the word at ``after`` makes the "a year" before it a time back, no rate: "from £9.28bn a year
    earlier", "3 mln dlrs a year ago"."""
    after = skip(doc, after)
    return after < len(doc) and doc[after].lower_ in lex.rate_blockers


def _read_rate(lex: Lexicon, doc: Doc, phrase: Phrase, end: int) -> int:
    """"200 kilometres per hour", "188 miles an hour", "500,000 barrels a day": a unit per time unit."""
    per = skip(doc, end)
    noun = skip(doc, per + 1)
    if noun >= len(doc) or doc[per].lower_ not in lex.rate_words:
        return end
    if doc[noun].lemma_.lower() not in lex.time_nouns or _time_ago(lex, doc, noun + 1):
        return end
    time = doc[noun].lemma_.lower()
    time = lex.expressions.time_names.get(time, time)
    phrase.unit = lex.rate_units.get(f"{phrase.unit}/{time}", f"{phrase.unit} per {time}")
    return noun + 1


def read_glued_mark(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"12pc", "2.75pc", "212p", "50c": British and wire shorthand glued to the digits for per cent, pence and cents.

    Only in lower case ("386PC" is a computer). Pence count only in an article that names sterling ("1080p" is a
    screen), and a glued "c" is a cent only where the article names a currency with cents and the sentence
    speaks of no temperature ("30c" is warm). A coin takes the one currency with that coin the article names.
    """
    core = phrase.cores[0]
    text = doc[core.start].text
    if len(phrase.cores) > 1 or core.end != core.start + 1 or core.unit is None:
        return
    suffix = text[len(text.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")):]
    mark = lex.expressions.glued_marks.get(suffix.lower())
    if mark is None:
        return
    if suffix != suffix.lower():
        phrase.skip = mark != "cent"  # "386PC", "12P"; "30C" stays Celsius
        return
    if mark == "percent":
        phrase.percent, phrase.unit, core.unit = True, None, None
        return
    currency = coin_currency(lex, doc, mark)
    if mark == "cent" and (not _article_currencies(lex, doc) & lex.expressions.coin_currencies[mark]
                           or any(t.lower_ in lex.expressions.temperature_words
                                  for t in sentence_tokens(doc, core.start))):
        return
    if mark == "penny" and currency is None:
        phrase.skip = True
        return
    phrase.money, phrase.currency, phrase.unit, core.unit = True, currency, mark, None


def coin_currency(lex: Lexicon, doc: Doc, coin: Optional[str]) -> Optional[str]:
    """The currency of a coin named without one ("50 cents", "212p"): the only currency with that coin the article
    names, else none."""
    found = _article_currencies(lex, doc) & lex.expressions.coin_currencies.get(coin or "", set())
    return next(iter(found)) if len(found) == 1 else None


def _article_currencies(lex: Lexicon, doc: Doc) -> set[str]:
    """The currencies the article writes beside a number ("$15", "£3bn", "12 dlrs", "45 stg"), read once per doc."""
    if "numbers_currencies" in doc.user_data:
        return set(doc.user_data["numbers_currencies"])
    found: set[str] = set()
    for token in doc:
        shape = token.shape_  # a "d" for each digit: cheaper to read than the text (but "LONG" for a long word)
        if not (token.like_num or "d" in shape or shape == "LONG" and has_digit(token.text)):
            continue
        glued = lex.digit_token.match(token.text)
        if glued is not None and glued["cur"]:
            found.add(lex.currency_symbols.get(glued["cur"].lower()))
        before = lex.currency_before.ending(doc, token.i, max(token.i - 3, 0))
        if before is not None and not (doc[before[0]].lower_ in ("a", "an") and doc[before[0]].whitespace_):
            found.add(before[1])
        nxt = skip(doc, token.i + 1)
        while nxt < len(doc) and doc[nxt].lower_ in lex.scales:  # "12 mln dlrs"
            nxt = skip(doc, nxt + 1)
        after = lex.currency_after.at(doc, nxt) if nxt < len(doc) else None
        if after is not None and doc[nxt].lower_ not in lex.weight_or_money:
            found.add(after[1])
    found.discard(None)
    doc.user_data["numbers_currencies"] = sorted(found)
    return found


def hyphen_unit(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"a 45-acre farm", "a six-mile trip", "a one-yen bid", "a 12-cent dividend": a compound modifier
    naming a unit or currency."""
    end = phrase.cores[-1].end
    if phrase.unit or phrase.money or phrase.percent or end + 1 >= len(doc) or doc[end].text not in ("-", "–"):
        return
    if doc[end - 1].whitespace_ or doc[end].whitespace_:
        return
    unit = lex.units.at(doc, end + 1)
    currency = lex.currency_after.at(doc, end + 1)
    subunit = lex.subunits.at(doc, end + 1) or lex.compound_subunits.at(doc, end + 1)
    if unit is not None and unit[0] == end + 2:
        phrase.unit, phrase.end = unit[1], unit[0]
    elif currency is not None and currency[0] == end + 2:
        phrase.money, phrase.currency, phrase.end = True, currency[1] or phrase.currency, currency[0]
    elif subunit is not None and subunit[0] == end + 2:
        phrase.money, phrase.end = True, subunit[0]
        phrase.currency, phrase.unit = subunit[1][0] or phrase.currency, subunit[1][1]
