"""The shape every stage passes on: one stretch of text naming an organization, and the comparison key of a
name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from spacy.tokens import Span

from ..entities import clean_spaces, normalise


@dataclass
class Candidate:
    """One stretch of text naming an organization, before mentions of the same body are merged."""

    start: int
    end: int
    text: str
    start_char: int
    end_char: int
    # The text as the article writes it (``text`` is on one line), which the mention records.
    written: str
    type: Optional[str] = None
    # Names one body whatever the words: a party's full name for its members, 'government:AF' for Kabul's.
    key: Optional[str] = None
    # A form a reader would not want as the name when the article has another ('Democratic' of 'Democrats').
    minor: bool = False

    @cached_property
    def norm(self) -> str:
        """Read by every merge step; a candidate's text does not change once found."""
        return normalise(self.text)


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("/", "")
    return " " not in name and letters.isupper() and len(letters) <= 6


def candidate_of(span: Span, kind: Optional[str] = None, key: Optional[str] = None) -> Candidate:
    written = span.text
    return Candidate(span.start, span.end, clean_spaces(written), span.start_char, span.end_char, written, kind, key)
