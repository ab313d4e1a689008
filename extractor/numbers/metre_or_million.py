"""The bare "m" after digits: a million ("3.4m tonnes", "seen by 14m") or a metre ("2.5m high", "the 60m").

The worst error a number can have is a wrong magnitude, so this reading gets its own module: first
the words around the figure, then the article's other "m" figures.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .lexicon import Lexicon
from .recognise import core_at
from .spans import Phrase, PhraseAt
from .tokens import BRACKETS, skip

_THOUSAND = 1000
_MILLION = 1_000_000
_M_READING = "numbers.m_reading"  # doc.user_data key: how the article reads a bare "m" after digits


def read_metre_or_million(lex: Lexicon, doc: Doc, phrase: Phrase, phrase_at: PhraseAt) -> None:
    """A bare "m" after digits: million or metre, by what the figure measures (``_m_reading``).

    Where nothing around it tells, the article's other bare "m" figures do when they all read one way
    ("peaked at 11.9m" in a story of "14m viewers"); with no such figures it is a metre ("won the 100m").
    """
    end = skip(doc, phrase.end)
    if end >= len(doc) or doc[end].lower_ not in lex.metre_or_million or phrase.cores[-1].scaled:
        return
    value = phrase.cores[-1].value
    reading = "million" if phrase.money else _m_reading(lex, doc, end, value, phrase_at)
    if reading is None and abs(value) < _THOUSAND:
        money = _scaled_money_before(lex, doc, phrase.start)
        if money is not None:
            reading, phrase.money, phrase.currency = "million", True, money or None
    if reading is None and abs(value) < _THOUSAND:
        reading = _article_m_reading(lex, doc, phrase_at)
    if reading == "million":
        core = phrase.cores[-1]
        core.value *= lex.suffix_scales["m"]
        core.scaled, core.end = True, end + 1
    else:
        phrase.unit = "metre"
    phrase.end = end + 1


def _m_reading(lex: Lexicon, doc: Doc, m: int, value: float, phrase_at: PhraseAt) -> Optional[str]:
    """"million" or "metre" for the bare "m" at token ``m`` after ``value``, from the words around it; None if
    they do not say.

    Million: a currency, coin or unit after it ("70m euros", "3.4m tonnes", "1m barrels"), money in brackets
    after it ("204.3m (£109m)"), a counted plural ("20m households"), the agent of a passive ("seen by
    14m"). Metre: a dimension word ("2.5m high"), a race ("the 60m hurdles", "800m title"), a measure in
    brackets after it ("1.3m (4.2ft)").
    """
    after = skip(doc, m + 1)
    word = doc[after].lower_ if after < len(doc) else ""
    if word in lex.metre_words or word in lex.race_nouns:
        return "metre"
    if word and (lex.currency_after.at(doc, after) or lex.subunits.at(doc, after) or lex.units.at(doc, after)):
        return "million"
    inside = skip(doc, after + 1)
    if word in BRACKETS and inside < len(doc):
        if lex.currency_before.at(doc, inside):
            return "million"
        bracketed = phrase_at(lex, doc, inside, inside)
        if bracketed is not None and bracketed.start == inside:
            return "million" if bracketed.money else "metre" if bracketed.unit else None
    if abs(value) >= _THOUSAND:
        return None  # "the 10,000m", "1500m AAAs title": news writes a thousand million as "bn"
    counted = word.isalpha() and _counts_plural(lex, doc, m)
    return "million" if counted or _is_agent(doc, m) else None


def _scaled_money_before(lex: Lexicon, doc: Doc, start: int) -> Optional[str]:
    """The currency of a sum in millions or more earlier in the sentence ("" when it names none), or None:
    "Fiat is to get 1bn euros immediately, with another 550m to follow", "five million lira ... and the 20m
    note": a bare "m" after such a sum counts the same money."""
    i = start - 1
    while i >= 0 and not doc[i + 1].is_sent_start:
        scale = lex.scale_of(doc[i].text)
        if scale is not None and scale >= _MILLION:
            after = lex.currency_after.at(doc, skip(doc, i + 1))
            if after is not None:
                return after[1] or ""
            before = lex.currency_before.ending(doc, i)
            found = lex.digit_token.match(doc[i].text)
            if before is not None or found is not None and found["cur"]:
                return (before[1] if before is not None else lex.currency_symbols.get(found["cur"].lower())) or ""
        i -= 1
    return None


def _is_agent(doc: Doc, m: int) -> bool:
    """"seen by 14m": a figure that does something counts people or things, never a length."""
    return any(t.head.dep_ == "agent" for t in (doc[m], doc[m - 1]))


def _article_m_reading(lex: Lexicon, doc: Doc, phrase_at: PhraseAt) -> Optional[str]:
    """The one reading every bare "m" of the article that its words decide agrees on, if they agree."""
    if _M_READING not in doc.user_data:
        doc.user_data[_M_READING] = None  # a figure in brackets read on the way asks again
        readings = set()
        for t in doc:
            if t.lower_ not in lex.metre_or_million or t.i == 0 or doc[t.i - 1].whitespace_:
                continue
            core = core_at(lex, doc, t.i - 1)
            if core is not None and lex.currency_before.ending(doc, t.i - 1) is None:
                readings.add(_m_reading(lex, doc, t.i, core.value, phrase_at))
        readings.discard(None)
        doc.user_data[_M_READING] = readings.pop() if len(readings) == 1 else None
    return doc.user_data[_M_READING]


def _counts_plural(lex: Lexicon, doc: Doc, end: int) -> bool:
    """Whether the token after position ``end`` starts a plural noun phrase that is not a unit."""
    after = skip(doc, end + 1)
    if after >= len(doc) or lex.units.at(doc, after) is not None:
        return False
    nouns = [doc[after], doc[end].head, doc[after].head]
    return any(n.i >= after and n.tag_ in ("NNS", "NNPS") and lex.units.at(doc, n.i) is None for n in nouns)
