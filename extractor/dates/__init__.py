"""Dates: time expressions resolved to TimeML TIMEX3 values against the publication date.

Candidates come from the model's DATE/TIME entities plus Matcher patterns for what a small
model misses; each candidate's short text is then parsed by rules (cached per text, anchor,
tense and context) so the expensive work happens once per distinct expression. dateparser is
only a fallback for absolute spellings the rules do not cover (``11/08/2023``).

Where things are:

- ``component``: the spaCy factory ``extractor_dates`` (candidates, merging, ``doc._.dates`` records).
- ``patterns`` and ``recognise``: which spans are candidates, where they start and end, which are not dates.
- ``resolve``: what the sentence and the document add (tense, anchor, the story's own days).
- ``normalise``: the text of one expression to a value, by rule tables, usable without a model
  (``parse(text, Context(anchor))``); one module per family of expressions.
- ``calendar``, ``values``, ``lexicon``: arithmetic, the shapes passed around, the word lists.
"""

from __future__ import annotations

from .component import DateFinder, make_dates
from .normalise import parse
from .values import Context, Parsed

__all__ = ["Context", "DateFinder", "Parsed", "make_dates", "parse"]
