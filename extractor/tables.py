"""Tables of figures in wire copy: which lines are the rows of one, whose labels name no team or body.

A wire story is often a table: a label, then columns of figures, often in capitals ('ST PAUL     1,400  300
1,700  2,800', 'NYSE COMPOSITE        171.45 UP  0.49', 'WEEK AGO    4,900  700    5,600  12,800'). Its labels are
a market's town, an index, a commodity, a month or a comparison, not a team or a body. A sports table has the same
shape ('Chelsea 25 19 5 1 47 8 62', 'NEW YORK 74 59 .556 -', 'Arsenal 2 Southampton 0'), so a table of figures is
told by what no sports table writes in a row: a figure of four digits or more or with a thousands separator
('1,400', '9726', '95638000'), two figures with a decimal point ('171.45 UP 0.49'; a standings row has one
percentage), a fraction but a half or a bid and an offer ('29 3/8', '1.6213/23'), an empty cell ('---', 'n/a',
'nil') or a month labelling the row ('JUN 30 59 14 75'). One such row makes its whole table one of figures: the lines
around it with no blank line or prose between, each a label and figures or a line of headings ('WEST FARGO  400  500
900  400' below 'OKLA CITY  200  6,800  7,000  500').
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .doc_utils import doc_text
from .resources import load_json

_WORDS = load_json("tables.json")
MONTH_LABELS = frozenset(_WORDS["month_labels"])
EMPTY_CELLS = frozenset(_WORDS["empty_cells"])
# A figure, as a table or a results line writes it: '1,400', '171.45', '.556', '-0.5', '(12)', '1986/87', '0-1'.
FIGURE = re.compile(r"[-+(]*\$?\.?\d[\d,./:-]*%?\)?")
# ... with four digits or more, or a thousands separator, before any decimal point: no score or game count.
LARGE_FIGURE = re.compile(r"[-+(]*\$?(?:\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?%?\)?")
DECIMAL_FIGURE = re.compile(r"[-+(]*\$?\d*\.\d+%?\)?")
# ... holding a slash between digits: a fraction of a price ('29 3/8', '7/32') or a rate's bid and offer ('1.6213/23',
# '52/49'); not a half, a baseball table's games behind ('BOSTON 69 65 .515 5 1/2'), nor a season ('1986/87').
QUOTED_FIGURE = re.compile(r"(?!(?:19|20)\d\d/\d\d$)(?!.*\b1/2$).*\d/\d")
# A lowercase word longer than this makes a line prose ('mln', 'vs', 'up' and 'unch' are a table's).
TABLE_WORD_MAX_LETTERS = 5
ROW, HEADING = "row", "heading"


def figures_table_rows(doc: Doc, breaks: list[int]) -> set[int]:
    """The first tokens of the lines that are rows of a table of figures. ``breaks``: the tokens holding the
    article's line breaks, in order; a blank line (a break of two line ends or more) ends a table."""
    text = doc_text(doc)
    rows: set[int] = set()
    table: list[int] = []  # the rows of the table read so far
    figures = False  # whether a row of it holds what only a table of figures writes
    start = 0
    for end in (*breaks, len(doc)):
        line = text[doc[start].idx : doc[end].idx if end < len(doc) else len(text)] if start < end else ""
        kind, marked = _line(line)
        if kind == ROW:
            table.append(start)
        figures = figures or marked
        if kind is None or end == len(doc) or doc[end].text.count("\n") > 1:
            if figures:
                rows.update(table)
            table, figures = [], False
        start = end + 1
    return rows


def _line(line: str) -> tuple[Optional[str], bool]:
    """What a line is: ``ROW`` (a label, then figures), ``HEADING`` (capitalised words, or figures alone: a table's
    column headings, '1986/87  1985/86') or None (prose, or nothing); and whether it is a row holding what only a
    table of figures writes."""
    words = line.split()
    if not words or any(word.isalpha() and word.islower() and len(word) > TABLE_WORD_MAX_LETTERS
                        and word not in EMPTY_CELLS for word in words):
        return None, False
    cells = [n for n, word in enumerate(words) if FIGURE.fullmatch(word) or word.lower() in EMPTY_CELLS]
    if not cells or cells[0] == 0:
        lowercase = any(word.isalpha() and word.islower() for word in words)
        return (None if lowercase and not cells else HEADING), False
    values = [words[n] for n in cells]
    label = words[: cells[0]]
    marked = any(LARGE_FIGURE.fullmatch(value) for value in values) \
        or sum(DECIMAL_FIGURE.fullmatch(value) is not None for value in values) > 1 \
        or any(value.lower() in EMPTY_CELLS for value in values) \
        or any(QUOTED_FIGURE.match(value) for value in values) \
        or (len(label) == 1 and label[0].lower() in MONTH_LABELS)
    return ROW, marked
