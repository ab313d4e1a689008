"""Token helpers every stage shares: skipping spaces within a paragraph, and multi-token word lists.

Wire copy is full of double spaces and tables; a number never runs on across a paragraph or table break.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Union

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..doc_utils import doc_text

MAX_PHRASE_TOKENS = 6
PLAIN = re.compile(r"^\d+$")
BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+")  # a blank line or an indented new line in a text (``is_break``)


class DocTokens(list):
    """A doc's tokens, made once per doc for the stages to read.

    ``doc[i]`` on a spaCy Doc builds a new Token object at every call, and the stages read each token of a doc
    about ten times (a million Token objects over 600 articles). This list indexes and iterates as the doc
    does, but a slice is a list of tokens, not a Span (``span_text`` reads a slice's text); every other
    attribute (``vocab``, ``user_data``, ``char_span``, ``to_array``...) is the doc's own.
    """

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.doc = doc
        self.user_data, self.vocab = doc.user_data, doc.vocab  # read often: not through ``__getattr__``
        self._text: Optional[str] = None

    @property
    def text(self) -> str:
        """``Doc.text``, joined once from the tokens held (each read of ``Doc.text`` makes a Token object per word
        and joins them all again) and kept with the doc for the components after (``doc_utils.doc_text``)."""
        if self._text is None:
            self._text = doc_text(self.doc, self)
        return self._text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc, name)


def span_text(doc: Union[Doc, DocTokens], start: int, end: int) -> str:
    """The text of tokens ``[start, end)`` (clipped to the doc), as a Span has it; ``doc`` may be ``DocTokens``,
    whose tokens are joined as they are (a Span and its text would make a Token object per word again)."""
    words = doc[start:end]
    if not len(words):
        return ""
    text = "".join([token.text_with_ws for token in words])
    return text[: len(text) - len(words[-1].whitespace_)]


def text_between(doc: Union[Doc, DocTokens], start: int, end: int) -> str:
    """``doc.text[start:end]``, cut from the text joined once per doc: the links between figures read many short
    stretches, and joining each one's tokens cost more than the whole text once."""
    if end <= start:
        return ""
    return (doc.text if isinstance(doc, DocTokens) else doc_text(doc))[start:end]


def skip(doc: Doc, j: int) -> int:
    """The first token at or after ``j`` that is not whitespace (wire copy is full of double spaces).

    Paragraph and table breaks are not skipped: a number never runs on across them.
    """
    end = len(doc)
    while j < end:
        token = doc[j]
        if not token.is_space or _breaks(token.text):
            break
        j += 1
    return j


def is_break(token: Token) -> bool:
    """A blank line or an indented new line: a paragraph or table boundary, not a wrapped line."""
    return token.is_space and _breaks(token.text)


# A word the tagger took for a noun is a verb when the parser hangs an object or an auxiliary on it, or reads it as a
# clause that describes a noun ("the previous record set last June 6": "set" as "acl"); a subject alone does not
# tell ("to make it seven victories": a noun's subject in a small clause).
_VERB_CHILD_DEPS = frozenset({"dobj", "nsubjpass", "aux", "auxpass"})
SPACED_DASHES = frozenset({"-", "--", "–", "—"})


def reads_as_verb(token: Token) -> bool:
    """Whether ``token``, whatever its tag, is a verb and cannot head what a figure counts: "the previous record set
    last June 6 of 1,240 billion pesetas" ("set", a participle describing the record), "an £800m bid undervalues
    club prospects" ("undervalues", with an object)."""
    return token.dep_ == "acl" or any(child.dep_ in _VERB_CHILD_DEPS for child in token.children)


def is_spaced_dash(token: Token) -> bool:
    """A dash with a space on both sides: it sets off an aside, a list or a wire's source tag ("at 7-3/4 pct -
    dealers"), never joins a noun phrase ("7-3/4", "Rolls-Royce" are glued)."""
    return token.text in SPACED_DASHES and bool(token.whitespace_) and token.i > 0 \
        and bool(token.doc[token.i - 1].whitespace_)


def _breaks(space: str) -> bool:
    """Whether a space's text is a break (``is_break``), read once: each read of a token's text decodes it anew."""
    return "\n\n" in space or "\n " in space


class Phrases:
    """Multi-token word lists, matched on the lower-cased token texts glued together.

    Gluing makes "per cent", "U.S. dollars" or "°C" match whatever way the tokenizer splits them.
    """

    def __init__(self, mapping: dict[str, Any]):
        self.table = {key.replace(" ", ""): value for key, value in mapping.items()}
        # Every start and every end of a key: a walk stops as soon as its glued text can grow into no key
        # (most tokens are no key's first word, so most walks read one token).
        self.prefixes = {key[:n] for key in self.table for n in range(1, len(key) + 1)}
        self.suffixes = {key[-n:] for key in self.table for n in range(1, len(key) + 1)}
        # The same as the ids a token's ``lower`` holds: a token's id is read faster than its text.
        self.prefix_ids = frozenset(map(get_string_id, self.prefixes))
        self.suffix_ids = frozenset(map(get_string_id, self.suffixes))

    def at(self, doc: Doc, i: int) -> Optional[tuple[int, Any]]:
        """Longest match starting at token ``i``: ``(end, value)``."""
        if i >= len(doc):
            return None
        first = doc[i]
        if first.lower not in self.prefix_ids and not first.is_space:
            return None  # most tokens are no key's first word: the walk below would stop at once
        best = None
        text = ""
        for j in range(i, min(i + MAX_PHRASE_TOKENS, len(doc))):
            token = doc[j]
            if token.is_space:
                if _breaks(token.text):
                    break
                continue
            text += token.lower_
            if text not in self.prefixes:
                break
            if text in self.table:
                best = (j + 1, self.table[text])
        return best

    def ending(self, doc: Doc, end: int, floor: int = 0) -> Optional[tuple[int, Any]]:
        """Longest match ending just before token ``end``: ``(start, value)``."""
        stop = max(end - 1 - MAX_PHRASE_TOKENS, floor - 1)
        if end - 1 <= stop:
            return None
        last = doc[end - 1]
        if last.lower not in self.suffix_ids and not last.is_space:
            return None  # most tokens end no key: the walk below would stop at once
        best = None
        text = ""
        for j in range(end - 1, stop, -1):
            token = doc[j]
            if token.is_space:
                if _breaks(token.text):
                    break
                continue
            text = token.lower_ + text
            if text not in self.suffixes:
                break
            if text in self.table:
                best = (j, self.table[text])
        return best
