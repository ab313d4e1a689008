"""What the stages read of one article, taken from the doc once: its text and the token attributes the rules
test. ``Doc.text`` joins a new Token object per token on every call, and each ``Doc.to_array`` call walks
every token, so reading them once per article spares much of the component's time."""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, LENGTH, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.tokens import Doc


class Reading:
    """One article's text and token attribute columns (numpy arrays with one row per token)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        table = doc.to_array([ORTH, LOWER, IS_SPACE, SPACY, LIKE_NUM, IS_ALPHA, IS_LOWER, LENGTH])
        self.orth, self.lower, self.space, self.spacy = table.T[:4]
        self.like_num, self.alpha, self.is_lower, self.length = table.T[4:]

    @cached_property
    def text(self) -> str:
        """``Doc.text``, joined once for the rules that search the whole article."""
        return self.doc.text
