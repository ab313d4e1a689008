"""Figures with decimals or fractions that, once every other stage has had its say, still count nothing.

Things are counted whole, so a figure written with decimals or a fraction alone ("offered 0.40 over", "3 Months
803.5 803.5", "priced at 99.8125", "at 149.99 each", "the kwacha fell from 2.20 to the dollar", "rose 7/8 to
15-3/4") is a price, a rate, a time or a level whose kind, unit and currency the text leaves open: read as a count
of nothing it is wrong in kind, and a table's cell under no usable header or a price with no currency is nothing a
reader can check. It is dropped, unless its sentence says what it is: ``IDENTIFIERS``, asked in order, each
reading the figure's tokens and, where it knows, typing the record in place. An index's level or move ("the ISEQ
index ... closed up 23 points to 6661.89", "the first section index rose 8.76 to 1,942.07") is a measure in points
of that index, whole figures too; an earthquake's "6.5 on the Richter scale" a measure in magnitude. A premium
quoted over a futures month ("Mar/May  50 over May") counts nothing either, whole or not, and is dropped, and so
is a figure on a futures table's line ("MAY7  4676  OFF 238"), a count written as a dealer's quote ("95.26-28",
"1.80-85 mark range"), whatever noun the parser hangs after it, and one above one that counts a singular noun ("a
100-1/4 issue price", "a time of 21.00"): the thing's level, as no count of things is written with decimals.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..doc_utils import sentence_bounds, sentence_tokens
from .changes import Record
from .lexicon import Lexicon
from .tokens import span_text

# Figures with decimals or a fraction's eighths and nothing else, or two such joined by a dash, "to" or "and", the
# second maybe cut to its last digits: "0.40", "- 1885.00", "3013.00  - 3023.00", a stock's "up 4-1/8", "1-1/4 to
# 91-1/4", a bond's "rose 7/32", "from 97.169 to\n97.189", "between 0.7600 and 0.7660", "96.20-22".
_FIGURE = r"\d[\d,]*\.\d+|(?:\d+-)?\d+/\d+"
_BARE_FRACTION = re.compile(
    rf"^(?:(?:from|between)\s+)?[-−]?\s*(?P<first>{_FIGURE})(?:\s*(?:[-–]|to|and)\s*(?:{_FIGURE}|\d+))?$")
# A dealer's quote: a figure with decimals, a dash and the high end, whole or cut to its last digits ("95.26-28",
# "24.92-95", "82.92-83.02"), whatever word follows it.
_QUOTE = re.compile(r"^(?P<first>\d[\d,]*\.\d+)\s*[-–]\s*\d[\d,]*(?:\.\d+)?(?!\S)")
# A figure with decimals or a price's fraction opening a record's text, whatever follows ("100-1/4 issue price").
_LEADING_FIGURE = re.compile(rf"^(?P<first>{_FIGURE})(?!\S)")
_EIGHTHS = re.compile(r"^(?:(?P<whole>\d+)-)?(?P<top>\d+)/(?P<bottom>\d+)$")
_PRICE_DENOMINATORS = frozenset({8, 16, 32, 64})  # a price quoted in eighths of a dollar or 32nds of a point
_PREMIUM_WORDS = frozenset({"over", "under"})
_PREMIUM_REACH = 4  # tokens after the figure that hold "over" and the month, line breaks between
_CONTRACT = re.compile(r"^[A-Z]{3}\d$")  # a futures contract's month and year: "MAY7", "FEB8"
_ROW_REACH = 12  # tokens back along a table's line to its contract code
_POINT_WORDS = frozenset({"point", "points"})
_LEVEL_PREPOSITIONS = frozenset({"to", "at"})
_MOVE_ADVERBS = frozenset({"higher", "lower", "up", "down", "off"})
_NAME_DEPS = frozenset({"compound", "nmod", "amod"})  # a word inside an index's name: "Dow" of "Dow Jones ... average"
_LEFT_OUT = frozenset({"det", "poss", "predet", "case"})  # what an index's name does not hold: "the", "Ecuador's"
_INDEX_REACH = 30  # tokens before the figure that may name its index: the walk stays short in a long table
_MAGNITUDE_REACH = 9  # tokens after the figure that may reach "scale" ("8.0 on the open-ended Richter scale")


def settle_bare_fractions(lex: Lexicon, doc: Doc, records: list[Record]) -> list[Record]:
    """The records with each count of nothing (or of points) the sentence identifies typed, and without the bare
    decimal figures none could; a record that counts something named is passed over after a look at its keys."""
    kept = []
    for found in records:
        if found["unit"] == "point" and found["counted"] is None:
            span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
            if span is not None:
                _index_level(lex, doc, span, found)  # "up 0.7% at 11,740.60 points": the points of the index named
        if found["kind"] == "count" and found["unit"] is None and (
                _is_quote(found) or not _counts_nothing(lex, found["counted"]) and _levels_one(lex, doc, found)):
            continue
        if found["kind"] != "count" or found["unit"] is not None or not _counts_nothing(lex, found["counted"]):
            kept.append(found)
            continue
        span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
        if span is not None and any(rule(lex, doc, span, found) for rule in IDENTIFIERS):
            kept.append(found)
        elif not _is_bare_fraction(found) and (span is None or not (_is_premium(lex, doc, span)
                                                                    or _in_futures_row(doc, span))):
            kept.append(found)
    return kept


def _in_futures_row(doc: Doc, span: Span) -> bool:
    """A figure on a line of a futures table, after a contract month's code ("MAY7  4676  OFF 238  APR7", "JUL7
    5510   UP   20"): the table's open interest or prices in a unit no header names."""
    for k in range(span.start - 1, max(span.start - _ROW_REACH, -1), -1):
        token = doc[k]
        if "\n" in token.text:
            return False
        if _CONTRACT.match(token.text):
            return True
    return False


def _is_premium(lex: Lexicon, doc: Doc, span: Span) -> bool:
    """A price quoted against a futures month, "Mar/May  50 over May", "traded down to 24 over July": a premium
    or discount in a coin or money per unit the quote leaves to a caption or an earlier figure."""
    words = [token.lower_ for token in doc[span.end : min(span.end + _PREMIUM_REACH, len(doc))] if not token.is_space]
    return len(words) > 1 and words[0] in _PREMIUM_WORDS and words[1] in lex.months


def _counts_nothing(lex: Lexicon, counted: Optional[str]) -> bool:
    """No counted noun, or one an index's figure takes from its partner ("points", "consumer price index"), or a
    table's next label ("14  JUN7", "97  UNCH")."""
    if counted is None or _CONTRACT.match(counted) or counted == "UNCH":
        return True
    words = counted.lower().split()
    return counted.lower() in _POINT_WORDS or bool(words) and words[-1] in lex.index_level_words


def _is_bare_fraction(found: Record) -> bool:
    """A count of nothing written as decimals or a price's fraction alone and valued as written (no scale taken
    from a partner); a plain fraction ("3/4") is a share unless it is in eighths or a move ("down 1/4")."""
    if found["counted"] is not None:
        return False
    written = _BARE_FRACTION.match(found["text"])
    if written is None or abs(found["value"]) != _written_value(written["first"]):
        return False
    fraction = _EIGHTHS.match(written["first"])
    return (fraction is None or fraction["whole"] is not None or int(fraction["bottom"]) in _PRICE_DENOMINATORS
            or found["change"] is not None)


def _levels_one(lex: Lexicon, doc: Doc, found: Record) -> bool:
    """A figure above one written with decimals or a price's fraction and valued as written, counting a singular noun:
    no count, which is whole, but the thing's level with terms the text leaves open ("a 100-1/4 issue price", "The
    average price ... was 96.926", "a time of 21.00", "Revision 4.0 system"); below one it is a share of the thing
    ("exchange 0.523 common share for each")."""
    counted = found["counted"]
    written = _LEADING_FIGURE.match(found["text"])
    if counted is None or written is None or abs(found["value"]) <= 1 \
            or abs(found["value"]) != _written_value(written["first"]):
        return False
    span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
    if span is None:
        return False
    head = counted.split()[-1].lower()
    nouns = [token for token in sentence_tokens(doc, span.start) if token.lower_ == head]
    if not nouns:
        return False
    noun = min(nouns, key=lambda token: abs(token.i - span.start))
    return noun.tag_ == "NN" and noun.lower_ not in lex.singular_counts


def _is_quote(found: Record) -> bool:
    """A count written as a dealer's quote and valued as written (no scale): no number of things, whatever noun the
    parser hangs after it ("95.26-28 in late Tokyo trade" after a bond is its price in 32nds, "1.80-85 mark range",
    "66.50-67.50, two loads")."""
    written = _QUOTE.match(found["text"])
    return written is not None and found["low"] is not None and found["low"] == _written_value(written["first"])


def _written_value(figure: str) -> float:
    """"1,942.07" -> 1942.07, "15-3/4" -> 15.75."""
    fraction = _EIGHTHS.match(figure)
    if fraction is None:
        return float(figure.replace(",", ""))
    return int(fraction["whole"] or 0) + int(fraction["top"]) / int(fraction["bottom"])


def _index_level(lex: Lexicon, doc: Doc, span: Span, found: Record) -> bool:
    """A figure whose sentence names an index before it, or that a move in points reaches ("fell 12.3 points to
    1,942.07"), is that index's level or move: a measure in points, counting the index the sentence names."""
    index = _index_before(lex, doc, span)
    if index is None and not _after_points(doc, span.start):
        return False
    found.update(kind="measure", unit="point", counted=None if index is None else _index_name(doc, index))
    return True


def _index_before(lex: Lexicon, doc: Doc, span: Span) -> Optional[Token]:
    """The last index word before the figure in its sentence, near enough to name it ("index", "Dow", "Nikkei")."""
    for token in reversed(doc[max(sentence_bounds(doc, span.start)[0], span.start - _INDEX_REACH) : span.start]):
        if token.lower_ in lex.index_level_words:
            return token
    return None


def _after_points(doc: Doc, start: int) -> bool:
    """The figure follows "points to" or "points at", maybe with "higher" between ("15 points higher at 4,751")."""
    i = start - 1
    if i < 1 or doc[i].lower_ not in _LEVEL_PREPOSITIONS:
        return False
    i -= 1
    if doc[i].lower_ in _MOVE_ADVERBS and i > 0:
        i -= 1
    return doc[i].lower_ in _POINT_WORDS


def _index_name(doc: Doc, word: Token) -> str:
    """The index's name around its word, without determiner, owner or a wire's ticker code: "the Dow Jones
    Industrial Average .DJI" -> "Dow Jones Industrial Average", "Ecuador's consumer price index" -> "consumer
    price index"."""
    head = word
    while head.dep_ in _NAME_DEPS and head.head.i > head.i:
        head = head.head
    start, end = head.left_edge.i, head.i + 1
    while start < word.i and (doc[start].is_space or doc[start].dep_ in _LEFT_OUT or doc[start].tag_ == "POS"):
        start += 1
    while end - 1 > word.i and doc[end - 1].text.startswith("."):
        end -= 1
    return span_text(doc, start, end)


def _magnitude(lex: Lexicon, doc: Doc, span: Span, found: Record) -> bool:
    """An earthquake's size: "measuring 6.5 on the Richter scale", "8.0 on the open-ended Richter scale", "a
    magnitude 6.5 quake", "a 6.3 magnitude quake" (a name, "Mr Richter", is no scale)."""
    sentence_start, sentence_end = sentence_bounds(doc, span.start)
    end = min(span.end + _MAGNITUDE_REACH, sentence_end)
    words = [token.lower_ for token in doc[span.end : end] if not token.is_space]
    before = doc[span.start - 1].lower_ if span.start > sentence_start else ""
    near = before in lex.magnitude_words or any(word in lex.magnitude_words for word in words[:2])
    if not near and not any(word in lex.magnitude_scales and after == "scale" for word, after in zip(words, words[1:])):
        return False
    found.update(kind="measure", unit="magnitude")
    return True


IDENTIFIERS: tuple[Callable[[Lexicon, Doc, Span, Record], bool], ...] = (_magnitude, _index_level)
