"""What one token is to a name: a piece after a hyphen, a hyphen joining two parts, a name's word, and the
words coordinated with it."""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Token

NAME_PUNCT = frozenset("-'’.")
# The tags of an adjective or a participle.
ADJECTIVE_TAGS = frozenset({"JJ", "VBN", "VBG", "VBD"})


def conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def two_part(hyphen: Token) -> bool:
    """A hyphen joining two parts of a name ('Jong-un', 'Tyler-Sharman'), not a place's chain of
    parts ('Chester-le-Street') or a headline's capitals ('FOOTBALL-RANDALL')."""
    doc = hyphen.doc
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    chained = after.i + 1 < len(doc) and doc[after.i + 1].text == "-" and not after.whitespace_
    return not chained and not before.is_upper and not after.is_upper


def hyphen_piece(token: Token) -> bool:
    """The part of a word after a hyphen the tokenizer split off ('un' of 'Kim Jong-un', 'Raybould'
    of 'Wilson-Raybould'): letters glued to a hyphen that is glued to the word before."""
    doc = token.doc
    if token.i < 2 or not token.is_alpha:
        return False
    hyphen, before = doc[token.i - 1], doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ and before.is_alpha


def adjective_piece(token: Token) -> bool:
    """A lowercase adjective or participle after a hyphen, which makes the word before it part of a compound
    adjective ('Oscar-nominated', 'Blair-led', 'Australian-born'), not of a name ('Kim Jong-un')."""
    return token.is_lower and token.tag_ in ADJECTIVE_TAGS and hyphen_piece(token)


def name_token(token: Token) -> bool:
    text = token.text
    return any(char.isalpha() for char in text) and all(char.isalpha() or char in NAME_PUNCT for char in text)


def hangs_from(head: Token, positions: Iterable[int]) -> bool:
    """Whether a token at one of ``positions`` is ``head`` or one of its descendants, read from the HEAD column: those
    hold every token of ``head.subtree``, so a rule seeking a few words in a subtree walks it only when one of them is
    there (a long clause's walk, a table's run-on sentence, makes a Token object per word and was most of such a rule's
    time)."""
    positions = list(positions)
    if not positions:
        return False
    steps = head.doc.to_array(HEAD).view(numpy.int64).tolist()  # each token's offset to its head, 0 at a root
    for i in positions:
        for _ in range(len(steps)):  # as ``Token.ancestors``, no longer than the doc on a malformed parse
            if i == head.i:
                return True
            if not steps[i]:
                break
            i += steps[i]
    return False
