"""Span helpers on the parse: trimmed spans, noun phrases, paragraphs and sentence units.

News text carries headlines and page furniture in paragraphs of their own, and the parser runs
them into the next sentence; every span the quote finders and the referent resolver build is cut
at a paragraph break through these helpers, so that no headline word becomes a speaker or a claim.
They depend on nothing but spaCy and ``doc_utils``, so that they can move with ``referents.py`` to
``extractor/resolve/``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Optional

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..doc_utils import paragraph_breaks, sentence_starts


def label_ids(*labels: str) -> frozenset[int]:
    """The string ids of parse labels, as ``Token.dep``, ``pos`` and ``ent_type`` hold them: a test of the id
    decodes no label into a new string, as each read of ``Token.dep_`` does (most of what a label test costs)."""
    return frozenset(map(get_string_id, labels))


# Single labels the helpers test, by id (``label_ids``).
APPOS, CASE, CC, COMPOUND, POBJ, PREP = map(get_string_id, ("appos", "case", "cc", "compound", "pobj", "prep"))
PERSON, PROPN = get_string_id("PERSON"), get_string_id("PROPN")
# Reuters marks company names and tickers with them ('<Eni>').
ANGLE_BRACKETS = frozenset("<>")
# Dependency labels of a clause's subject.
SUBJECTS = {"nsubj", "nsubjpass"}
# What a group speaker's noun phrase stops at: comments on the group, not words identifying it.
_GROUP_STOPS = label_ids("relcl", "appos", "punct", "cc", "conj", "parataxis", "advcl", "mark", "ccomp", "case")
# The parts of speech of a group speaker's head whose phrase takes in its modifiers ('people arrested last week').
_GROUP_HEADS = label_ids("NOUN", "PRON", "NUM", "DET", "ADJ")
# Dependents that describe a speaker without naming it ("X, a spokesman for Y,", "X, who ..."), and
# the possessive ending of an author ("the union's release").
_DESCRIPTIVE_DEPS = label_ids("appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "parataxis", "case")


# Where the children of a doc's tokens are kept while its quotes are found.
CHILDREN = "extractor_quotes_children"


def children(token: Token) -> list[Token]:
    """``token.children`` as a list, kept per token while the article's quotes are found: the walk covers the
    token's whole subtree (a verb's: its clause), and the rules ask for a cue's or a speaker's children again and
    again (its subjects, auxiliaries, negation, clauses, appositions)."""
    kept = token.doc.user_data.get(CHILDREN)
    if kept is None:
        return list(token.children)
    found = kept.get(token.i)
    if found is None:
        found = kept[token.i] = list(token.children)
    return found


def trimmed(doc: Doc, start: int, end: int) -> Optional[Span]:
    """``doc[start:end]`` without punctuation, whitespace or the wire's angle brackets ('<REED.L>') at its
    edges (None when nothing is left); a percent sign is its number's ('40% said', 'rose 5%')."""
    while start < end and _edge(doc[start]):
        start += 1
    while end > start and _edge(doc[end - 1]):
        end -= 1
    return Span(doc, start, end) if end > start else None  # Span(), not doc[start:end]: no slice to normalise


def _edge(token: Token) -> bool:
    return (token.is_punct and token.text != "%") or token.is_space or token.text in ANGLE_BRACKETS


def noun_phrase(token: Token) -> Span:
    """The words naming ``token``'s referent: its subtree without descriptive appendages, from the kept
    children's edges (a token's left and right edges are its subtree's first and last tokens, which the
    parse keeps: no walk of the subtree)."""
    start, end = token.i, token.i + 1
    for child in children(token):
        if child.dep not in _DESCRIPTIVE_DEPS:
            start = min(start, child.left_edge.i)
            end = max(end, child.right_edge.i + 1)
    phrase = trimmed(token.doc, start, end)
    phrase = within_paragraph(phrase, token) if phrase is not None else None
    return phrase or token.doc[token.i : token.i + 1]


def named_apposition(token: Token) -> Optional[Token]:
    """'his lawyer, Antony Townsden, said': the proper name in apposition to a common noun, or the
    person's name in apposition to a capitalised title ('Keeper of the Ruler's Seal, Syed Danial
    Syed Ahmad, said'), also when letters after the name head it ('Scottish Finance Minister, Tom
    McCabe MSP, said')."""
    for child in children(token):
        if child.dep != APPOS or child.pos != PROPN:
            continue
        if token.pos != PROPN or (_names_a_person(child) and token.ent_type != PERSON):
            return child
    if token.ent_type == PERSON:
        return None  # a title's name after 'of' names someone only for a title the model did not tag a person
    owners = [token]  # the parser often hangs the name on the title's last noun ('Seal'), however deep in its 'of's
    while owners:  # ('the president of the West German Federation of Banks, Hanns Christian Schroeder-Hohenwarth')
        for preposition in children(owners.pop()):
            if preposition.dep != PREP or preposition.lower_ != "of":
                continue
            for owner in children(preposition):
                if owner.dep != POBJ:
                    continue
                found = next((c for c in children(owner) if c.dep == APPOS and _names_a_person(c)), None)
                if found is not None:
                    return found
                owners.append(owner)
    return None


def _names_a_person(token: Token) -> bool:
    """Whether a proper noun is a person's name or letters after one ('Tom McCabe MSP': the parser makes the
    letters the head, the name its compounds); a firm's 'Inc' after a founder's name is the firm's."""
    if token.ent_type == PERSON:
        return True
    return token.text.isupper() and any(c.dep == COMPOUND and c.ent_type == PERSON for c in children(token))


def break_between(a: Token, b: Token) -> bool:
    """Whether a paragraph break separates two tokens: a headline word is no sentence's subject."""
    low, high = sorted((a.i, b.i))
    breaks = paragraph_breaks(a.doc)
    at = bisect_left(breaks, low)
    return at < len(breaks) and breaks[at] < high


def span_record(text: str, start: int, end: int) -> dict[str, Any]:
    """A span as the output writes it (a speaker's words): plain JSON, offsets into the input."""
    return {"text": text, "start": start, "end": end}


def without_article(span: Span) -> Span:
    """'residents', not 'The residents': an unnamed speaker's name reads without its article."""
    if len(span) > 1 and span[0].lower_ in {"the", "a", "an"}:
        return span[1:]
    return span


# Where the article's text is kept while its quotes are found: each ``Doc.text`` joins every token.
TEXT = "extractor_quotes_text"


def doc_text(doc: Doc) -> str:
    """The doc's text: the one the quote finders hold while they run, else joined from its tokens."""
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text


# Where the sentence units of a doc are cached while its quotes are resolved.
UNITS = "extractor_quotes_units"


def unit_of(doc: Doc, char: int) -> int:
    """Index of the sentence holding ``char``, where a paragraph break also ends a sentence: the
    parser runs a headline ('READ MORE: ...') into the next paragraph's first sentence."""
    starts = doc.user_data.get(UNITS)
    if starts is None:
        breaks = [t.idx + len(t.text) for t in map(doc.__getitem__, paragraph_breaks(doc))]
        starts = doc.user_data[UNITS] = sorted(set(sentence_starts(doc)[1]) | set(breaks))
    return max(bisect_right(starts, char) - 1, 0)


def group_phrase(phrase: Span) -> Span:
    """An unnamed speaker with the modifiers that say who they are: 'one veteran of the government
    infrastructure projects', 'an expert cited in the report', 'people arrested last week'.

    News writing identifies anonymous and collective sources by what follows the noun, and a
    reader grouping quotes by speaker needs those words; a relative clause, an apposition or a
    coordinated addition ('familiar with the talks but unauthorized') only comments on them, and a wire's ticker
    after the words is none of them ('A shareholder group led by Barris Industries Inc <BRSS.O> said')."""
    head = phrase.root
    if head.pos not in _GROUP_HEADS:
        return phrase
    kept = {head.i, *range(phrase.start, phrase.end)}
    stack = [child for child in children(head) if child.dep not in _GROUP_STOPS]
    while stack:
        child = stack.pop()
        kept.add(child.i)
        stack.extend(c for c in children(child) if c.dep not in _GROUP_STOPS)
    first = end = min(kept)
    while (end + 1 in kept or _possessive_inside(head.doc, end + 1, kept)) \
            and not (end + 1 > head.i and head.doc[end + 1].dep == CC) and not _closing_ticker(head.doc, end + 1, kept):
        end += 1
    extended = trimmed(head.doc, first, end + 1)
    extended = within_paragraph(extended, head) if extended is not None else None
    return extended or phrase


def _closing_ticker(doc: Doc, i: int, kept: set[int]) -> bool:
    """Whether a wire's ticker opens at ``i`` with none of a group's words after it ('led by Barris Industries Inc
    <BRSS.O> said', not 'Dow Chemical Co's <DOW> Merrell Dow Pharmaceuticals Inc unit said')."""
    return doc[i].text == "<" and not any(k > i + 2 for k in kept)


def _possessive_inside(doc: Doc, i: int, kept: set[int]) -> bool:
    """Whether a possessive ending joins two words of a group's phrase ('some of Trump's defenders', 'a table drawn
    up by France's Le Figaro newspaper'): it stops a phrase only at its end, where it marks the group's own words
    as an owner's."""
    return i + 1 in kept and i - 1 in kept and doc[i].dep == CASE


def is_break(token: Token) -> bool:
    """A paragraph break (``paragraph_breaks``)."""
    if not token.is_space or "\n" not in token.text:
        return False
    breaks = paragraph_breaks(token.doc)
    at = bisect_left(breaks, token.i)
    return at < len(breaks) and breaks[at] == token.i


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` shares a character with any of ``spans`` (quoted or reported words)."""
    for s, e in spans:  # a plain loop: asked for every name and subject, mostly of an empty list
        if s < end and start < e:
            return True
    return False


def within_paragraph(content: Span, anchor: Token) -> Optional[Span]:
    """The part of ``content`` in the paragraph of ``anchor``: a headline is not part of the claim."""
    every = paragraph_breaks(content.doc)
    breaks = every[bisect_left(every, content.start) : bisect_left(every, content.end)]
    if not breaks:
        return content
    if anchor.i >= content.end:
        return trimmed(content.doc, breaks[-1] + 1, content.end)
    if anchor.i < content.start:
        return trimmed(content.doc, content.start, breaks[0])
    start = max([b + 1 for b in breaks if b < anchor.i], default=content.start)
    end = min([b for b in breaks if b > anchor.i], default=content.end)
    return trimmed(content.doc, start, end)


def word_count(text: str) -> int:
    """Words with a letter or digit in them: a lone dash or quote mark is no word of a quote."""
    return sum(1 for part in text.split() if any(ch.isalnum() for ch in part))
