"""Quote-mark pairing: which marks of an article open and close a quotation.

Pure text, no model: an unbalanced or stray mark is dropped rather than swallowing the rest of the
article, and a quote reopened at a new paragraph (news style) ends where its paragraph ends.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .lexicon import QuoteWords

# Where a doc's paired quotation spans are cached, found once for every quote's speaker.
QUOTED = "extractor_quotes_quoted"


def _straight_role(text: str, i: int) -> str:
    """Whether a straight ``"`` at ``i`` looks like an opening or closing mark, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = (before.isspace() or before in "([{/\u2013\u2014-") and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _role(text: str, i: int, words: QuoteWords) -> str:
    """Whether a mark opens, closes or may do either: a curly or angled mark says so by its glyph,
    unless the glyph does both (the '“' that opens an English quote closes a German '„...“')."""
    glyph = text[i]
    if glyph == '"':
        return _straight_role(text, i)
    if glyph in words.pairs and any(glyph in closers for closers in words.pairs.values()):
        return "either"
    return "open" if glyph in words.pairs else "close"


def _continues_paragraph(text: str, open_at: int, mark_at: int) -> Optional[int]:
    """End of a quote left open where a new paragraph of the same quote starts (news style).

    Writers open every paragraph of a long quote but close only the last; such an opening
    mark follows a finished sentence, so the quote so far ends at that sentence.
    """
    stripped = text[open_at:mark_at].rstrip()
    sentence = stripped.rstrip("'\u2019)")
    if len(sentence) > 1 and sentence[-1] in ".!?":
        return open_at + len(stripped)
    return None


def pair_quote_marks(text: str, words: Optional[QuoteWords] = None) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included; unbalanced marks are dropped, never fatal."""
    words = words or QuoteWords.load()
    spans: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    for match in words.mark_pattern.finditer(text):
        i = match.start()
        role = _role(text, i, words)
        if open_at is None:
            if role != "close" and text[i] in words.pairs:
                open_at = i
            continue
        if text[i] in words.pairs[text[open_at]] and role != "open":
            spans.append((open_at, i + 1))
            open_at = None
        elif role == "open" or (role == "either" and text[i] in words.pairs):
            end = _continues_paragraph(text, open_at, i)
            if end is not None:
                spans.append((open_at, end))
            open_at = i
    return spans


def quoted_spans(doc: Doc, words: QuoteWords, text: Optional[str] = None) -> list[tuple[int, int]]:
    """The article's paired quotation spans, found once per doc for all the quotes' subjects; ``text``: the
    doc's text where the caller has it (each ``Doc.text`` joins every token)."""
    cached = doc.user_data.get(QUOTED)
    if cached is None:
        cached = doc.user_data[QUOTED] = pair_quote_marks(doc.text if text is None else text, words)
    return cached
