"""Qualifiers around a number: bounds ("more than", "topped"), signs ("minus 5"), shares ("one in five")
and uncertainty ("12 ± 4"), and the low and high a qualifier gives the value.
"""

from __future__ import annotations

from typing import Optional

from spacy.symbols import VERB
from spacy.tokens import Doc

from .lexicon import Lexicon
from .recognise import core_at
from .spans import Core, Phrase
from .tokens import MAX_PHRASE_TOKENS, is_break, skip

LOWER_BOUNDS = ("more_than", "at_least")
UPPER_BOUNDS = ("less_than", "at_most")
_INCLUSIVE = {"more_than": "at_least", "less_than": "at_most"}
_INCLUSIVE_OPPOSITES = {"more_than": "at_most", "less_than": "at_least"}


def read_before(lex: Lexicon, doc: Doc, phrase: Phrase, floor: int) -> None:
    start = phrase.start
    if phrase.currency is None:
        currency = lex.currency_before.ending(doc, start, floor)
        if currency is not None and doc[currency[0]].lower_ in ("a", "an") and doc[currency[0]].whitespace_:
            currency = lex.currency_before.ending(doc, start, currency[0] + 1)  # "a $90 million fine" is no A$
        if currency is not None:
            start, phrase.currency, phrase.money = currency[0], currency[1], True
    opener = doc[start - 1].lower_ if start - 1 >= floor else ""
    if opener in lex.range_openers:
        phrase.opener = (start - 1, lex.range_openers[opener])
    if phrase.cores[0].vague is not None:
        phrase.qualifier = "vague"
    else:
        qualifier = lex.qualifiers_before.ending(doc, start, floor)
        if qualifier is not None and (_glued_sign(doc, qualifier[0]) or _preposition(lex, doc, start)):
            qualifier = None
        qualifier = qualifier or _comparator_verb(lex, doc, start, floor)
        if qualifier is not None:
            start, phrase.qualifier = qualifier
    phrase.start = start


def _glued_sign(doc: Doc, i: int) -> bool:
    """A comparison sign closing a word is no bound: the ">" of a ticker "<RD> 2.30 dlrs", of "x>10"; nor is
    an angle bracket around a name ("<5300 Richmond Road Corp>")."""
    if doc[i].is_alpha:
        return False
    if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1].isalnum():
        return True
    closing = (t for t in doc[i + 1 : i + MAX_PHRASE_TOKENS + 2] if t.text == ">" or "\n" in t.text)
    return doc[i].text == "<" and next(closing, doc[i]).text == ">"


def _preposition(lex: Lexicon, doc: Doc, start: int) -> bool:
    """"over a" that the parse makes a preposition over a noun phrase ("a" its determiner) bounds nothing: "thumped
    over a 40m penalty", "a crisis over a five billion ECU shortfall". Only a share keeps it as its bound
    ("represented over a 93 pct acceptance"): a percentage after it is a threshold passed. (The parser's verb
    particles are no guide: it makes one of "earned up to £85,000" as of "turned up to one gig".)"""
    article = start - 1
    if doc[article].lower_ not in ("a", "an") or doc[article].dep_ != "det":
        return False
    after = skip(doc, start)
    while after < len(doc) and (doc[after].like_num or doc[after].lower_ in lex.scales):
        after = skip(doc, after + 1)
    return after >= len(doc) or lex.percent.at(doc, after) is None


def _comparator_verb(lex: Lexicon, doc: Doc, start: int, floor: int) -> Optional[tuple[int, str]]:
    """"the toll topped 3,000", "exports exceeded 2 million": a verb of going past sets the lower bound.

    Only the verb itself straight before the number ("the top 10 clubs" ranks; "exceeded it by 3" measures
    a gap). Negated it caps instead ("will not exceed 10 pct"), and "equals or exceeds" includes the number.
    """
    verb = start - 1
    if verb < floor or doc[verb].pos != VERB:  # the tag's id: read for every figure, faster than its name
        return None
    qualifier = lex.comparator_verbs.get(doc[verb].lemma_.lower())
    if qualifier is None:
        return None
    if any(child.dep_ == "neg" for child in doc[verb].children):
        return verb, _INCLUSIVE_OPPOSITES[qualifier]
    if verb >= 2 and doc[verb - 1].lower_ == "or" and doc[verb - 2].lemma_.lower() in ("equal", "meet", "match"):
        return verb - 2, _INCLUSIVE[qualifier]
    return verb, qualifier


def read_sign(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"minus 5", "negative one": a sign word before the number."""
    before = phrase.start - 1
    while before >= 0 and doc[before].is_space and not is_break(doc[before]):
        before -= 1
    if before >= 0 and doc[before].lower_ in lex.negators and len(phrase.cores) == 1:
        phrase.cores[0].value = -phrase.cores[0].value
        phrase.start = before
        opener = doc[before - 1].lower_ if before > 0 else ""
        if phrase.opener is None and opener in lex.range_openers:  # "between minus 10 and 5"
            phrase.opener = (before - 1, lex.range_openers[opener])


def read_spaced_minus(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"- 10 k" alone on its line (a table cell, a figure quoted by itself) is negative.

    A hyphen with a space after it is a dash or a bullet wherever words share its line ("- 10 people died").
    """
    first = phrase.cores[0]
    before = first.start - 1
    if len(phrase.cores) > 1 or phrase.start != first.start or before < 0 or doc[before].text not in ("-", "−"):
        return
    if not doc[before].whitespace_ or not _line_edge(doc, before - 1, -1):
        return
    if not _line_edge(doc, phrase.end, 1):
        return
    first.value, phrase.start = -first.value, before


def _line_edge(doc: Doc, k: int, step: int) -> bool:
    """Whether only spaces lie between token ``k`` (walking by ``step``) and the edge of its line."""
    while 0 <= k < len(doc):
        if not doc[k].is_space:
            return False
        if "\n" in doc[k].text:
            return True
        k += step
    return True


def read_ratio(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"one in five", "1 in 4 adults", "one out of three", "one over three": a share, valued as a fraction.

    The second number must be larger, not a year, and not followed by a time word ("3 in 10 years");
    after "over" nothing may follow ("1 over 3", not "1 over 3 days"), and then a single digit divides
    even a larger number ("2000 over 3", "22 over 7").
    """
    first = phrase.cores[0]
    if len(phrase.cores) > 1 or first.vague or first.scaled or phrase.money or phrase.percent or phrase.unit:
        return
    match = lex.ratio_words.at(doc, skip(doc, first.end))
    if match is None or first.start > 0 and doc[first.start - 1].lower_ in lex.label_nouns:
        return  # "beyond round four in eight attempts"
    start = skip(doc, match[0])
    second = core_at(lex, doc, start) if start < len(doc) else None
    if second is None or second.vague or second.value >= 1000 and not second.scaled:
        return
    if second.value <= first.value and (match[1] != "strict" or not 0 < second.value < 10):
        return  # "blood pressure of 120 over 80" is no share
    after = skip(doc, second.end)
    if after < len(doc) and (doc[after].lemma_.lower() in lex.time_nouns or lex.units.at(doc, after)):
        return
    if match[1] == "strict" and after < len(doc) and not doc[after].is_punct:
        return
    first.value, first.end = first.value / second.value, second.end
    phrase.end = second.end


def read_uncertainty(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"9.83e-3 +/- 1e-5 km/s2", "12 ± 4": a value and its uncertainty, read as the range they span."""
    if len(phrase.cores) > 1 or phrase.cores[0].vague is not None:
        return
    mark = skip(doc, phrase.end)
    text, j = "", mark
    while j < len(doc) and len(text) < 3 and not doc[j].is_space:
        text += doc[j].text
        j += 1
        if text in ("±", "+/-", "+-"):
            break
    if text not in ("±", "+/-", "+-"):
        return
    spread = core_at(lex, doc, skip(doc, j)) if skip(doc, j) < len(doc) else None
    if spread is None or spread.vague is not None or spread.value <= 0:
        return
    first = phrase.cores[0]
    low = Core(first.start, first.end, first.value - spread.value, unit=first.unit)
    high = Core(spread.start, spread.end, first.value + spread.value, unit=spread.unit)
    phrase.cores, phrase.qualifier, phrase.joiner, phrase.end = [low, high], "range", "±", spread.end
    phrase.unit = phrase.unit or high.unit or first.unit


def bounds(phrase: Phrase) -> tuple[float, Optional[float], Optional[float]]:
    first = phrase.cores[0]
    if first.vague is not None:
        return first.value, first.vague[0], first.vague[1]
    value = first.value
    if phrase.qualifier == "range":
        return value, value, phrase.cores[-1].value
    if phrase.qualifier in LOWER_BOUNDS:
        return value, value, None
    if phrase.qualifier in UPPER_BOUNDS:
        return value, None, value
    return value, None, None
