"""A results table's row: "Net 387,000 vs 240,000", "Revs 24.3 mln vs 26.5 mln", "Net loss 316,289 vs loss 189,140".

A wire's results table names the account once at the start of each line and often no money at all: the row's
label says what its figures are (money for an account such as "Net" or "Revs"; "Avg shrs" counts shares), and
the figure right after it is an amount, not the number of a label ("Article 5") or a name ("Destiny 2"). Every
word of the label is a table's word (``results_rows`` in ``data/numbers.json``), so a line of prose that opens
with "Net income rose to 5 mln" is no row.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .spans import Phrase
from .tokens import span_text

_MAX_LABEL_WORDS = 5
_COMPARED = frozenset({"vs", "vs.", "versus"})
_DASHES = frozenset({"-", "–", "—"})
_LINE_SCORE_PERIODS = 3  # the fewest periods of a line score (ice hockey's)


class Row(NamedTuple):
    """Whether the row's label names an account of money, and what the figure is of: the label, or the
    account word between "vs" and the figure ("vs loss 367,000")."""

    money: bool
    account: str


def results_row(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Row]:
    """The row ``phrase`` is a figure of: its line opens with a label of table words, then the figure, and goes on
    with nothing or with "vs" and the other figure; or the figure is that other one, right after "vs" (and an
    account word)."""
    before = previous_word(doc, phrase.start)
    if before < 0 or (word := doc[before].lower_) not in lex.row_words and word not in _COMPARED:
        return None  # most figures: the word before them settles it without reading the line
    line_start = _line_start(doc, phrase.start)
    label_end = line_start
    while label_end < phrase.start and doc[label_end].lower_ in lex.row_words:
        label_end += 1
    first_figure = _next_word(doc, label_end)
    if label_end == line_start or label_end - line_start > _MAX_LABEL_WORDS or first_figure >= len(doc) \
            or not doc[line_start].text[0].isupper() or not doc[label_end - 1].is_alpha \
            or not (doc[first_figure].like_num or any(map(str.isdigit, doc[first_figure].text))):
        return None  # the label runs straight into its first figure ("Other Check...242.9" is no row)
    words = {doc[k].lower_ for k in range(line_start, label_end)}
    money = bool(words & lex.row_accounts) and not words & lex.row_counts
    label = span_text(doc, line_start, label_end)
    if label_end == phrase.start:
        return Row(money, label) if _ends_row(doc, phrase.end) else None
    account = None
    if before > label_end and doc[before].lower_ in lex.row_accounts:
        account = doc[before].text
        before = previous_word(doc, before)
    if before <= label_end or doc[before].lower_ not in _COMPARED:
        return None
    return Row(money, account or label)


def in_line_score(doc: Doc, i: int) -> bool:
    """Whether the whole number at token ``i`` is in a game's line score: a team's name, its score in each of three
    periods or more and, after a spaced dash, the game's ("Rockledge 14 11 6 15 — 44"), which ends the line. The guide
    counts scores no numbers. The total need not be the periods' sum: pages get it wrong (that line's sum is 46)."""
    if not _is_score_figure(doc[i]):
        return False
    nxt = _next_word(doc, i + 1)
    if nxt < len(doc) and not (_is_score_figure(doc[nxt]) or doc[nxt].text in _DASHES or doc[nxt].is_space):
        return False  # most figures: the word after them settles it without reading the line
    k = label = _line_start(doc, i)
    while k < len(doc) and not doc[k].is_space and not doc[k].text.isdecimal():
        k += 1
    periods = 0
    while k < len(doc) and _is_score_figure(doc[k]):
        periods, k = periods + 1, _next_word(doc, k + 1)
    if k == label or periods < _LINE_SCORE_PERIODS or k >= len(doc) or doc[k].text not in _DASHES \
            or not (doc[k - 1].whitespace_ or doc[k - 1].is_space) or not doc[k].whitespace_:
        return False
    total = _next_word(doc, k + 1)
    end = _next_word(doc, total + 1)
    return total < len(doc) and _is_score_figure(doc[total]) and (end >= len(doc) or doc[end].is_space) and i <= total


def _is_score_figure(token: Token) -> bool:
    """A bare whole number small enough to be a score: digits only, three at most ("1,234" and "12.5" are none)."""
    return len(token.text) <= 3 and token.text.isdecimal()


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line token ``i`` is on."""
    k = i
    while k > 0 and not (doc[k - 1].is_space and "\n" in doc[k - 1].text):
        k -= 1
    return k


def previous_word(doc: Doc, i: int) -> int:
    """The token before ``i`` that is no space within the line (-1 at a line's start)."""
    k = i - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    return -1 if k < 0 or doc[k].is_space else k


def _next_word(doc: Doc, i: int) -> int:
    """The first token from ``i`` that is no space within the line (a space holding a line break stops it)."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    return i


def _ends_row(doc: Doc, end: int) -> bool:
    """Whether the line goes on after the first figure with nothing or with "vs" (a table's row, not a sentence)."""
    k = _next_word(doc, end)
    return k >= len(doc) or doc[k].is_space or doc[k].lower_ in _COMPARED
