"""A table whose header gives its figures' scale: "(in 000's bushels)", "In OOOs of bushels as of April 7", "in
thousands of tonnes, were -", "Week end Apr 2 (in mln francs)".

A wire's table of figures states the scale and the unit once, in a header or the sentence that introduces it, and
its cells are bare figures ("Wheat   23991   21214"): read alone they are 1,000 or 1,000,000 times too small and
count nothing. The header holds for the paragraphs of figures below it until the table ends: a blank line, a
paragraph of prose, or the next header. Each cell there takes the header's scale, and its unit (a measure),
currency (money) or counted noun ("Cotton (Mln Bales)"). A cell whose scale or unit the article leaves open is
dropped rather than shown that far off: below a header with an exception ("Except Stocks", "unless noted"), none
("in thousands -"), one for two things ("(in thousands/cars)") or two that differ ("in mln hectares, with ...
production in mln tonnes"), in a table whose columns carry their own units by a letter's key ("x - in thousand
running bales"), in a row of rates or with a unit of its own ("AvgPrice", "Yield (bu)"), or in a table of figures
after the header's table has ended ("Factory and Warehouse Stocks, continued -"). The header's own words are no
number ("thousands of tonnes", the "000" of "000's").

A header is "in" or a bracket, a scale (``table_headers`` in ``data/numbers.json``), "of" or "/", then a currency,
a unit or (in brackets) a noun, closed by a bracket, a dash, a comma or the end of its line; or, with no scale, "in"
or a bracket, a currency, "per" and a unit ("Offered prices in U.S. Dlrs per tonne"): prices at scale one, whose
cells are right as they are where the header leaves them open. A line is prose where it holds ``_PROSE_WORDS``
lower-case words: a table's row or caption has a label and figures.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Doc, Token

from .changes import Record
from .counted import json_number
from .lexicon import Lexicon
from .rows import previous_word
from ..doc_utils import has_digit
from .tokens import is_break, skip, span_text

_PROSE_WORDS = 5
_MAX_NOUN_WORDS = 3
_EXCEPTION_REACH = 8  # tokens after a header's unit that may hold its exception ("..., Except Stocks)")
_DASHES = frozenset({"-", "--", "–", "—"})
_TABLE_WORDS = frozenset({"nil", "n/a", "na", "unch"})  # what a table writes in a cell for no figure


class Header(NamedTuple):
    """A table header's tokens ``[start, end)`` and what its cells are; ``kind`` None where it leaves that open."""

    start: int
    end: int
    scale: float
    kind: Optional[str]
    unit: Optional[str] = None
    currency: Optional[str] = None
    counted: Optional[str] = None
    keyed: bool = False

    def terms(self) -> tuple:
        return self.scale, self.kind, self.unit, self.currency, self.counted


def scale_table_cells(lex: Lexicon, doc: Doc, records: list[Record]) -> list[Record]:
    """The records with each table cell scaled by its header, and the cells of undecided scale and the headers'
    own words left out; a doc with no header (almost every one) is returned as it is after one look-up, and one
    with no figure that may be a cell before any look-up."""
    if not any(_may_be_cell(record) for record in records):
        return records
    headers = _headers(lex, doc)
    if not headers:
        return records
    paragraphs = _paragraphs(doc, headers[0].start)
    cells = _cells_by_paragraph(doc, records, paragraphs, headers[0].start)
    if not cells:
        return records
    keyed = any(header.keyed for header in headers)
    live: list[Header] = []  # the headers some cell lies below: a table's, whose own words are no number
    dropped: set[int] = set()
    scope: Optional[Header] = None
    scope_words: list[Header] = []
    scaled_above = False  # below price headers alone a cell is right unscaled, so one left open stays
    for p, (start, end, prose, after_blank) in enumerate(paragraphs):
        own = [header for header in headers if start <= header.start < end]
        if after_blank or prose:
            scope, scope_words = None, []
        if own:
            scope, scope_words = own[0], own
            scaled_above = scaled_above or any(header.scale != 1.0 for header in own)
            if any(header.terms() != scope.terms() for header in own):
                scope = scope._replace(kind=None)  # two headers over one table: which holds where is left open
            continue  # the header's own paragraph is prose or a caption: its figures are no cells
        if prose or p not in cells:
            continue
        live += [header for header in scope_words if header not in live]
        for n, token in cells[p]:
            if scope is None or scope.kind is None or keyed or _row_own_terms(lex, doc, token, scope.scale != 1.0):
                if scaled_above or scope is None and not any(header.scale == 1.0 for header in headers):
                    dropped.add(n)
            else:
                _scale(records[n], scope)
    if not live:
        return records  # figures after a header no table follows: prose that named a scale, not a table's
    for n, record in enumerate(records):
        if any(_overlaps(doc, record, header) for header in live):
            dropped.add(n)
    return [record for n, record in enumerate(records) if n not in dropped]


def _headers(lex: Lexicon, doc: Doc) -> list[Header]:
    """Every table header of the doc, found from its scale words: one look-up of each token's ``lower`` id in the
    tokens ``DocTokens`` already holds (``doc_utils.columns`` costs more, and this component reads nothing else
    from it), then a closer look at the few that are a scale word or "per"."""
    scale_ids, header_ids = lex.table_headers["scale_ids"], lex.table_headers["header_ids"]
    found = []
    for i in [i for i, token in enumerate(doc) if token.lower in header_ids]:
        header = _header_at(lex, doc, i) if doc[i].lower in scale_ids else _rate_header_at(lex, doc, i)
        if header is not None:
            found.append(header)
    return found


def _rate_header_at(lex: Lexicon, doc: Doc, per: int) -> Optional[Header]:
    """A header of prices in a currency per unit, with no scale: "Offered prices in U.S. Dlrs per tonne", "(In
    Dlrs Per Ton)", "in dlrs per cwt-"; its cells are that money at scale one. One that names a coin or no
    currency ("(CENTS PER LB)") or whose rows it leaves open ("SPOT UNLESS SPECIFIED") heads a table of its own
    whose cells keep the figures they are."""
    money = previous_word(doc, per)
    opener = previous_word(doc, money) if money > 0 else -1
    if opener >= 0 and doc[opener].lower_ in ("in", "(") and doc[money].is_alpha:
        coin = _price_header(lex, doc, opener, per, None, None)  # "(CENTS PER LB)": its own table, prices open
    else:
        coin = None
    for start in (money - 1, money):  # "U.S. Dlrs" before "Dlrs"
        if start < 1:
            continue
        found = lex.currency_after.at(doc, start)
        opener = previous_word(doc, start)
        if found is None or found[0] != money + 1 or found[1] is None or opener < 0 \
                or doc[opener].lower_ not in ("in", "("):
            continue
        return _price_header(lex, doc, opener, per, "money", found[1])
    return coin


def _price_header(lex: Lexicon, doc: Doc, opener: int, per: int, kind: Optional[str], currency: Optional[str]
                  ) -> Optional[Header]:
    """The price header from ``opener`` whose unit follows "per" (token ``per``), if it closes with no exception
    (with one, its kind is left open)."""
    j = skip(doc, per + 1)
    unit = lex.units.at(doc, j) if j < len(doc) and doc[j].text[0].isalpha() else None  # not "per 60-kilo bag"
    if unit is None and j < len(doc) and doc[j].text.endswith("-"):
        glued = lex.units.table.get(doc[j].lower_.rstrip("-"))
        unit = (j + 1, glued) if glued is not None else None
    if unit is None or not _closes(doc, unit[0]):
        return None
    if _excepts(lex, doc, unit[0]):
        kind = None
    start = opener - 1 if doc[opener].lower_ == "in" and opener > 0 and doc[opener - 1].text == "(" else opener
    return Header(start, unit[0], 1.0, kind, f"per {unit[1]}" if kind else None, currency)


def _header_at(lex: Lexicon, doc: Doc, i: int) -> Optional[Header]:
    """The header whose scale word is token ``i``: "in" or a bracket before it, its terms after it."""
    table = lex.table_headers
    opener = previous_word(doc, i)
    if opener < 0:
        return None
    key = previous_word(doc, opener) if doc[opener].lower_ in table["openers"] else opener
    letter = previous_word(doc, key) if key > 0 and doc[key].text in _DASHES else -1
    keyed = letter >= 0 and _is_key(doc[letter])
    if not keyed and doc[opener].lower_ not in table["openers"]:
        return None
    bracketed = doc[opener].text == "(" or opener > 0 and doc[opener - 1].text == "("
    j = skip(doc, i + 1)
    if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
        j = skip(doc, j + 1)  # "in 000's bushels"
    slashed = j < len(doc) and doc[j].text == "/"  # "(in thousands/cars)": the scale of one, the count of another
    if j < len(doc) and doc[j].lower_ in ("of", "/"):
        j = skip(doc, j + 1)
    kind, unit, currency, counted, end = _terms(lex, doc, j, bracketed)
    if kind is None or slashed or not _closes(doc, end):
        kind, end = None, i + 1  # "in mln 480-lb bales --": a scale whose unit we cannot read leaves its cells open
    elif _excepts(lex, doc, end):
        kind = None  # "(In Thousands of Barrels a Day, Except Stocks)": which rows the scale holds for is open
    return Header(opener, end, table["scales"][doc[i].lower_], kind, unit, currency, counted, keyed)


def _is_key(token: Token) -> bool:
    """A footnote's key letter ("x - in thousand running bales", "Y-In thousand running bales", "x - mln cwts")."""
    return len(token.text) == 1 and token.is_alpha


def _terms(lex: Lexicon, doc: Doc, j: int, bracketed: bool
           ) -> tuple[Optional[str], Optional[str], Optional[str], Optional[str], int]:
    """``(kind, unit, currency, counted, end)`` the words from token ``j`` name: a currency, a unit (also one the
    tokenizer glued to a closing dash, "bushels-"), in brackets a noun ("thousands/cars"), or nothing (kind None)."""
    if j >= len(doc):
        return None, None, None, None, j
    found = lex.currency_after.at(doc, j)
    if found is not None:
        return "money", None, found[1], None, found[0]
    found = lex.units.at(doc, j)
    if found is not None:
        return "measure", found[1], None, None, found[0]
    glued = lex.units.table.get(doc[j].lower_.rstrip("-")) if doc[j].text.endswith("-") else None
    if glued is not None:
        return "measure", glued, None, None, j + 1
    end = j
    while end < len(doc) and end - j < _MAX_NOUN_WORDS and doc[end].is_alpha:
        end += 1
    if bracketed and end > j and doc[end - 1].pos_ == "NOUN":
        return "count", None, None, span_text(doc, j, end), end
    return None, None, None, None, j


def _closes(doc: Doc, end: int) -> bool:
    """Whether the header ends at token ``end``: a bracket, a dash, a comma, a colon, a full stop, the end of its
    line, or "as of", "with", "except", "unless" after it."""
    if end >= len(doc) or doc[end].is_space and "\n" in doc[end].text or doc[end - 1].text.endswith("-"):
        return True
    k = skip(doc, end)
    if k >= len(doc):
        return True
    token = doc[k]
    return token.text in _DASHES or token.text in (")", ",", ":", ".") or token.lower_ in ("as", "with", "except",
                                                                                          "unless")


def _excepts(lex: Lexicon, doc: Doc, end: int) -> bool:
    """An exception to the header's scale before its bracket closes or its line ends ("except where noted")."""
    for k in range(end, min(end + _EXCEPTION_REACH, len(doc))):
        token = doc[k]
        if token.lower_ in lex.table_headers["exceptions"]:
            return True
        if token.text == ")" or is_break(token):
            return False
    return False


def _paragraphs(doc: Doc, first: int) -> list[tuple[int, int, bool, bool]]:
    """``(start, end, prose, after a blank line)`` of each paragraph from the one holding token ``first``: a
    paragraph opens after a blank line or an indented new line (``tokens.is_break``)."""
    start = first
    while start > 0 and not is_break(doc[start - 1]):
        start -= 1
    found = []
    after_blank = False
    k = start
    for k in range(start, len(doc) + 1):
        if k == len(doc) or is_break(doc[k]):
            if k > start:
                found.append((start, k, _is_prose(doc, start, k), after_blank))
            if k < len(doc):
                after_blank, start = doc[k].text.count("\n") > 1, k + 1
    return found


def _is_prose(doc: Doc, start: int, end: int) -> bool:
    """Whether the paragraph's first line reads as prose: ``_PROSE_WORDS`` lower-case words or more."""
    words = 0
    for token in doc[start:end]:
        if token.is_space and "\n" in token.text:
            break
        words += token.is_alpha and token.is_lower
    return words >= _PROSE_WORDS


def _cells_by_paragraph(doc: Doc, records: list[Record], paragraphs: list[tuple[int, int, bool, bool]],
                        first: int) -> dict[int, list[tuple[int, int]]]:
    """The records that may be a table's cells, with their first token, by the paragraph they lie in, from the
    first header on: a bare count (no unit, currency or percent) that counts nothing, or a noun the parse ran
    it into across a line, a column or a bracket ("1,181.1\nCotton Oils", "48.0 (nil"); "33 lots" counts lots."""
    cells: dict[int, list[tuple[int, int]]] = {}
    p = 0
    start_char = doc[first].idx
    for n, record in enumerate(records):
        if record["start"] < start_char or not _may_be_cell(record):
            continue
        span = doc.char_span(record["start"], record["end"], alignment_mode="expand")
        if span is None:
            continue
        while p < len(paragraphs) and paragraphs[p][1] <= span.start:
            p += 1
        if p < len(paragraphs) and paragraphs[p][0] <= span.start:
            cells.setdefault(p, []).append((n, span.start))
    return cells


def _may_be_cell(record: Record) -> bool:
    """A bare count, not vague, that counts nothing (``_counts_nothing``): only such a figure is a table's cell."""
    return record["kind"] == "count" and record["unit"] is None and record["qualifier"] != "vague" \
        and _counts_nothing(record)


def _counts_nothing(record: Record) -> bool:
    counted = record["counted"]
    if counted is None or not any(map(str.isalpha, counted)):
        return True
    text = record["text"]
    return "\n" in text or "  " in text or "(" in text or counted.lower() in _TABLE_WORDS


def _row_own_terms(lex: Lexicon, doc: Doc, token: int, labels: bool) -> bool:
    """Whether the cell's row says it is no amount in the header's unit: a rate's label ("Yield", "AvgPrice",
    "Pct of Capacity") below a header of scaled amounts (``labels``; below one of prices a price's row and a
    grade's "5 pct" are its cells, but not a row that names its own price, "ANIMAL FAT - cts per lb"), or a unit of
    its own in brackets ("Yield (bu)")."""
    k = token - 1
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        if doc[k].lower_ in lex.table_headers["rate_labels"] if labels else doc[k].lower_ == "per":
            return True
        if doc[k].text == "(" and any(table.at(doc, k + 1) is not None
                                      for table in (lex.units, lex.currency_after, lex.percent)):
            return True
        k -= 1
    return False


def _scale(record: Record, header: Header) -> None:
    """The cell's value at the header's scale, with its kind and terms; a cell's text is its figure alone (the
    parse may run a cell into the next: "505.6   4,612.1", "48.0 (nil")."""
    for key in ("value", "low", "high"):
        if record[key] is not None:
            record[key] = json_number(record[key] * header.scale)
    change = record.get("change")
    if change is not None:
        for key in ("from", "by"):
            if change.get(key) is not None:
                change[key] = json_number(change[key] * header.scale)
    figure = record["text"].split()[0]
    if record["counted"] is not None and figure != record["text"] and has_digit(figure):
        record.update(text=figure, end=record["start"] + len(figure))
    record.update(kind=header.kind, unit=header.unit, currency=header.currency, counted=header.counted)


def _overlaps(doc: Doc, record: Record, header: Header) -> bool:
    """Whether the record lies among the header's words ("thousands of tonnes" read as a vague amount)."""
    last = doc[header.end - 1]
    return record["start"] < last.idx + len(last) and record["end"] > doc[header.start].idx
