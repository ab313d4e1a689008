"""What the stages read of one article, taken from the doc once: its text and the token attributes the rules
test. ``Doc.text`` joins a new Token object per token on every call, and each ``Doc.to_array`` call walks
every token, so reading them once per article spares much of the component's time."""

from __future__ import annotations

from functools import cached_property
from typing import Iterable

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, LENGTH, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.strings import get_string_id
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



def string_ids(words: Iterable[str]) -> numpy.ndarray:
    """The words' string ids (a hash of the text, the same in every vocab), sorted for ``among``."""
    return numpy.array(sorted({get_string_id(word) for word in words}), dtype="uint64")


def among(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for ``ids`` sorted, by binary search: ``isin`` sorts the article's tokens
    with the ids on every call."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    return ids[numpy.searchsorted(ids, values).clip(max=len(ids) - 1)] == values
