"""Companies the wire marks: Reuters writes a company's name in angle brackets where it first names it
('<Pratt and Whitney>', '<Qantas Airways Ltd>') and a ticker so after a name ('Boeing Co <BA>'). The mark
is the agency's own evidence that a company is named, whatever the model tags there: a part of it, a
person ('Pratt'), the name with the closing mark glued on ('Qantas Airways Ltd>'), or nothing."""

from __future__ import annotations

import re

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Span

from ..doc_utils import in_ticker_marks
from .candidates import Candidate
from .reading import Reading

OPEN, CLOSE = "<", ">"
OPEN_ID = get_string_id(OPEN)
# Longest name so marked ('<Merrill Lynch, Pierce, Fenner and Smith Ltd>' is 10 words with its commas).
MARKED_MAX_TOKENS = 14
# A ticker with its exchange, whatever stands before it ('Fiat S.P.A.,\n<FIAT.M>', '<BCS.L>').
EXCHANGE_TICKER = re.compile(r"[A-Z]{1,6}\.[A-Z]{1,3}")
# A name ends before these inside the marks ("<Hoechst Celanese Corp's>"), and a ticker follows them ("Dow
# Chemical Co's <DOW>").
POSSESSIVES = frozenset({"'s", "’s", "'"})
# A name may end in a legal form in lowercase, which a ticker follows ('Barclays Bank plc <BCS.L>').
LOWERCASE_LEGAL_FORMS = frozenset({"plc", "inc", "ltd", "corp", "co"})


def wire_marked_names(reading: Reading) -> list[Span]:
    """The names the wire marks as companies; not a ticker after the name it stands for ('Boeing Co <BA>',
    'Reed International Plc <REED.L>', 'Skanska AB <SKBS ST>'): capitals right after a name (``_after_a_name``), or
    a symbol with its exchange. A name in small letters after a possessive is a company's ("Britain's <Rolls-Royce
    Ltd>")."""
    doc = reading.doc
    opens = numpy.flatnonzero(reading.orth == OPEN_ID).tolist()
    names = []
    for i in opens:
        end = _closing(reading, i)
        if end is None:
            continue
        if _ticker(reading, i, doc[i + 1 : end].text):
            continue
        while end > i + 1 and doc[end - 1].text in POSSESSIVES:
            end -= 1
        if end > i + 1 and doc[i + 1].text[:1].isupper() and ":" not in doc[i + 1 : end].text:
            names.append(doc[i + 1 : end])  # not a title so marked ('<The Palace: Tale of Jang Noksu>')
    return names


def marked_ticker(reading: Reading, name: Candidate) -> bool:
    """Whether a name found is all that stands inside the wire's marks, and a ticker there ('CBS Inc <CBS>'),
    which the model, or the list of media names, may take for a name of its own. The marks are read as places and
    quotes read them (``doc_utils.in_ticker_marks``): past a wrapped line, with a market's full stop ('<UK.>')."""
    if not in_ticker_marks(reading.doc, name.start, name.end):
        return False
    opening = name.start - 1
    while reading.space[opening]:
        opening -= 1
    return _ticker(reading, opening, name.text)


def before_ticker(reading: Reading, i: int) -> int:
    """Where a name ends that the wire's ticker mark follows right before token ``i``, over wrapped lines: the
    initials in brackets after the mark are the name's ('Japan Airlines Co Ltd <JAPN.T> (JAL)', 'The Broken Hill Pty
    Co Ltd <BRKN.S>\n(BHP)'); ``i`` itself where no ticker stands there."""
    doc, closing = reading.doc, _skip_line_break(reading, i - 1)
    if closing < 0 or doc[closing].text != CLOSE:
        return i
    opening = next((j for j in range(closing - 1, max(closing - 4, -1), -1) if doc[j].text == OPEN), None)
    if opening is None or not _ticker(reading, opening, doc[opening + 1 : closing].text):
        return i
    return _skip_line_break(reading, opening - 1) + 1


def _skip_line_break(reading: Reading, i: int) -> int:
    """The token at or before ``i`` that is no wrapped line's break."""
    return i - 1 if i >= 0 and reading.space[i] and reading.doc[i].text.count("\n") <= 1 else i


def _ticker(reading: Reading, opening: int, text: str) -> bool:
    """A symbol with its exchange, or capitals right after a name."""
    return EXCHANGE_TICKER.fullmatch(text) is not None or text == text.upper() and _after_a_name(reading, opening)


def _closing(reading: Reading, opening: int) -> int | None:
    """The closing mark's index, if it closes the same name: no other opening or paragraph break before it."""
    doc = reading.doc
    for i in range(opening + 1, min(opening + MARKED_MAX_TOKENS + 2, len(doc))):
        text = doc[i].text
        if text == CLOSE:
            return i
        if text == OPEN or text.count("\n") > 1:
            return None
    return None


def _after_a_name(reading: Reading, opening: int) -> bool:
    """Whether the mark follows a name, as a ticker does, across at most a wrapped line: a capitalised word, a
    possessive ("Texas Air Corp's\n<TXN>"), a legal form in lowercase or the name's first ticker, as a firm listed
    twice has two ('Royal Dutch/Shell Group <RD> <SC>', 'Visual Graphics Corp <VGCA> <VGCB>')."""
    i = opening - 1
    if i >= 0 and reading.space[i] and reading.doc[i].text.count("\n") <= 1:
        i -= 1  # 'Ltd\n<MC.T>': the line wrapped between the name and its ticker
    if i < 0 or reading.space[i]:
        return False
    word = reading.doc[i].text
    if word == CLOSE:
        before = next((j for j in range(i - 1, max(i - 4, -1), -1) if reading.doc[j].text == OPEN), None)
        return before is not None and _ticker(reading, before, reading.doc[before + 1 : i].text)
    return word[:1].isupper() or word in POSSESSIVES or word in LOWERCASE_LEGAL_FORMS
