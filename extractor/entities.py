"""Helpers the organizations and people components share: trimming entity spans, places and mention lookups."""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_LOWER, LENGTH
from spacy.tokens import Doc, Span, Token

from .doc_utils import COLUMNS, columns, sentence_tokens
from .resources import load_json

# Where the people component leaves the character spans of the names the model tags a person that its rules found
# to be a thing's, a firm's or a place's ('Yukos said it would consider its options'), which no pronoun means.
NOT_PEOPLE = "extractor_people_not_people"
LEADING_ARTICLES = frozenset({"the", "a", "an"})
TRAILING_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Fewer letters than this in capitals make an acronym or a label, not a sentence written in capitals.
CAPITALS_MIN_LETTERS = 20
# Bracketed places in one sentence that make it a line-up, whose other bracketed words are clubs.
LINE_UP = 3
# Lowercase particles inside surnames ('Joost van der Westhuizen', 'de Silva'): ``surname_particles`` in people.json.
NAME_PARTICLES = frozenset(load_json("people.json")["surname_particles"])
# A line of a table has at most this many words after its label per figure ('Avg shrs 5.0 mln vs 3.3 mln'; not
# 'McDonnell Douglas said on December 30 that Korean Air was').
LABEL_LINE_WORDS_PER_FIGURE = 3
# ... and no lowercase word longer than this: abbreviations ('shrs', 'mln', 'vs', 'cts', 'total').
LABEL_WORD_MAX_LETTERS = 5
# The ASCII capitals and small letters, the only letters of ASCII text, for ``bytes.translate`` to delete.
_ASCII_CAPITALS = string.ascii_uppercase.encode("ascii")
_ASCII_SMALL = string.ascii_lowercase.encode("ascii")
# A line's words of letters ('dn' of 'dn 3', 'mln' of '28.8mln').
_LETTERS = re.compile(r"[A-Za-z]+")
# The gap between two cells of a table's row ('WHEAT 295     dn 3').
_CELLS = re.compile(r"\S(?: {2,}|\t)\S")


def labelled_entities(doc: Doc, label: str) -> list[Span]:
    """``[ent for ent in doc.ents if ent.label_ == label]``, found in the article's ENT_IOB and ENT_TYPE columns
    (``doc_utils.columns``): ``Doc.ents`` makes a Span of every entity, most of another label."""
    table = columns(doc)
    iob, kind = table[:, COLUMNS.index(ENT_IOB)], table[:, COLUMNS.index(ENT_TYPE)]
    found = []
    for start in numpy.flatnonzero((iob == 3) & (kind == doc.vocab.strings[label])).tolist():
        end = start + 1
        while end < len(iob) and iob[end] == 1:
            end += 1
        found.append(Span(doc, start, end, label=label))
    return found


def labels_a_line(span: Span) -> bool:
    """Earnings tables label their figures with a word or two opening the line ('Revs 28.8 mln vs 32.5 mln',
    'Avg shrs 5.0 mln vs 3.3 mln', 'Pay Aug 15'), as do commodity tables ('Sunoil prev 37.4, Feb 107.3, Mar
    24.5, Apr 3.2, May nil,'): a name opening a line of figures and abbreviations, a third of its words at least
    figures, labels it. Wire copy is wrapped, so a line of prose opens with a name too ('Alan Garcia last night for one
    hour.'): it has longer lowercase words."""
    doc = span.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].text:
        return False
    words = []
    for token in doc[span.end :]:
        if "\n" in token.text:
            break
        if not (token.is_space or token.is_punct):
            words.append(token)
    # the label's own figures count too ('Shr 3.07 dlrs vs 3.08 dlrs'); scores and dates joined by hyphens do
    # not: a results line opens with a player ('Tim Henman ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4 6-2')
    figures = sum(_figure(token) for token in (*span, *words))
    return 0 < figures and len(words) <= figures * LABEL_LINE_WORDS_PER_FIGURE \
        and not any(token.is_lower and len(token) > LABEL_WORD_MAX_LETTERS for token in words)


def table_row(line: str) -> bool:
    """A row of a table's figures: cells apart by two spaces or more, a third of its words at least figures (as a line
    ``labels_a_line`` labels) and its lowercase words abbreviations ('NO 2 OR BETTER SWW WHEAT 295     dn 3'). A wrapped
    line of prose has single spaces ('17 to 3.20, CRA 36 to 8.70 and MIM 19 to 3.35.'), or more words to a figure or
    a longer lowercase word ('McDonnell Douglas said on December 30 that')."""
    words = line.split()
    figures = sum(any(character.isdigit() for character in word) for word in words)
    return 0 < figures and len(words) <= figures * LABEL_LINE_WORDS_PER_FIGURE and _CELLS.search(line) is not None \
        and not any(word.islower() and len(word) > LABEL_WORD_MAX_LETTERS for word in _LETTERS.findall(line))


def _figure(token: Token) -> bool:
    """A figure of a table, not a score's or a date's part joined by a hyphen ('6-3', '6 - 3', '1996-08-30')."""
    doc = token.doc
    joined = "-" in token.text or any(0 <= i < len(doc) and doc[i].text == "-" for i in (token.i - 1, token.i + 1))
    return not joined and any(char.isdigit() for char in token.text)


def trim_name(span: Span) -> Span:
    """Drop a leading article and a trailing possessive or punctuation, which the model includes in entities
    but which are not part of the name ('the Serbian Interior Ministry', "Reuters's")."""
    doc = span.doc
    start, end = _part_with_root(span)
    while start < end and (doc[start].lower_ in LEADING_ARTICLES or _blank(doc[start])):
        start += 1
    while end > start and _trailing_junk(doc[end - 1]):
        end -= 1
    return doc[start:end]


def _trailing_junk(token: Token) -> bool:
    return token.lower_ in TRAILING_POSSESSIVES or _blank(token)


def _blank(token: Token) -> bool:
    return token.is_punct or token.is_space


def _part_with_root(span: Span) -> tuple[int, int]:
    """Entities sometimes run across a paragraph break ('COCOA REVIEW\n\nShowers'): keep the side of the break
    that holds the entity's head."""
    start, end = span.start, span.end
    for token in span:
        if token.is_space and token.text.count("\n") > 1:
            if token.i < span.root.i:
                start = token.i + 1
            else:
                end = token.i
                break
    return start, end


def clean_spaces(text: str) -> str:
    """Names and roles as one line: line breaks and runs of spaces inside them become single spaces."""
    return " ".join(text.split())


def normalise(name: str) -> str:
    """A comparison key that ignores case, dots in acronyms ('U.N.') and '&' versus 'and'."""
    return " ".join(name.replace(".", "").replace("&", "and").lower().split())


def without_article(norm: str) -> str:
    return norm[4:] if norm.startswith("the ") else norm


def title_key(title: str) -> str:
    """A work's title compared as every mention of it: 'The Aviator' is 'Aviator'."""
    return without_article(normalise(title))


def covered_tokens(doc: Doc, records: Iterable[dict[str, Any]], skip_via: frozenset[str] = frozenset()) -> set[int]:
    """Indices of the tokens under the mentions of fact records (a component's proposals or the resolver's
    lists): each from the first token ending after the mention's start to the last starting before its end (as
    ``Doc.char_span(..., alignment_mode="expand")``), found by bisecting the tokens' offsets rather than making a
    Span per mention."""
    tokens: set[int] = set()
    bounds: Optional[tuple[list[int], list[int]]] = None
    for record in records or ():
        for item in record.get("mentions", ()):
            if item.get("via") in skip_via:
                continue
            if bounds is None:
                table = columns(doc)
                starts = table[:, COLUMNS.index(IDX)]
                bounds = starts.tolist(), (starts + table[:, COLUMNS.index(LENGTH)]).tolist()
            first, end = bisect_right(bounds[1], item["start"]), bisect_left(bounds[0], item["end"])
            tokens.update(range(first, end))
    return tokens


def is_capitalised(token: Token) -> bool:
    """Capitalised as a name is: 'McCallum', 'DeBoer' and 'MacLeod' count, which ``str.istitle`` rejects."""
    text = token.text
    mixed = text[:1].isupper() and any(char.islower() for char in text)
    return token.is_title or (token.is_upper and len(text) > 1) or mixed


def in_capitals(span: Span) -> bool:
    """A name in a sentence written wholly in capitals, as wire flashes and headlines are ('MEAD CORP 1ST QTR
    OPER SHR 1.09 DLRS'): there the model tags verbs and figures as names ('SIGNS MERGER', 'BERGER SAYS'), so a
    name needs evidence beyond its tag. A sentence whose lowercase words' letters (from the token columns) make over
    a tenth of its characters, nearly every one, is no such sentence, which is told before its text is built."""
    sent = sentence_tokens(span.doc, span.start)
    table = columns(span.doc)[sent.start : sent.end]
    alpha, lower, length = (table[:, COLUMNS.index(attr)] for attr in (IS_ALPHA, IS_LOWER, LENGTH))
    if int((alpha * lower * length).sum()) * 10 > sent.end_char - sent.start_char:
        return False
    text = sent.text
    if text.isascii():  # counted by deleting the capitals, then the small letters, in C: the same counts
        small = text.encode("ascii").translate(None, _ASCII_CAPITALS)
        upper = len(text) - len(small)
        letters = upper + len(small) - len(small.translate(None, _ASCII_SMALL))
    else:
        alphabetic = [char for char in text if char.isalpha()]
        letters, upper = len(alphabetic), sum(char.isupper() for char in alphabetic)
    return letters >= CAPITALS_MIN_LETTERS and upper >= 0.9 * letters


def bracketed_country_names(doc: Doc, places: set[int], opens: list[int]) -> list[Span]:
    """Sportspeople in results and line-ups carry their country or club in brackets: 'Scott Draper (Australia)',
    'Maarten den Bakker (Netherlands)'. Two to four name words (and lowercase particles) right before a
    bracketed place name a person; the model often tags them ORG. In a line-up of such names, a club that is no
    place names one too ('A Craig (Glasgow), C Cusiter (Borders), S Danielli (Borders)'). ``opens``: the indices of
    the article's opening brackets (from its ORTH column); most articles have no place in brackets and stop there."""
    names: list[Span] = []
    clubs: list[Span] = []
    if not any(i + 1 in places for i in opens if i >= 2):
        return names
    for token in (doc[i] for i in opens if i >= 2):
        placed = _bracket_end(doc, token.i, lambda inside: inside.i in places)
        club = placed is None and _bracket_end(doc, token.i, lambda inside: inside.is_alpha and is_capitalised(inside))
        if placed is None and not club:
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and _bracket_name_word(doc[start - 1], places):
            start -= 1
        while start < token.i and doc[start].lower_ in NAME_PARTICLES:
            start += 1
        if token.i - start >= 2:
            (names if placed is not None else clubs).append(doc[start : token.i])
    line_ups = {sent.start for sent in (name.sent for name in names)} if len(names) >= LINE_UP else set()
    in_line_ups = [club for club in clubs if club.sent.start in line_ups
                   and sum(name.sent.start == club.sent.start for name in names) >= LINE_UP]
    return sorted(names + in_line_ups, key=lambda span: span.start) if in_line_ups else names


def _bracket_end(doc: Doc, opening: int, inside: Callable[[Token], bool]) -> Optional[int]:
    """Where the bracket opened at ``opening`` closes, when one to four words all ``inside`` fill it."""
    close = opening + 1
    while close < len(doc) and close - opening <= 4 and inside(doc[close]):
        close += 1
    return close if opening + 1 < close < len(doc) and doc[close].text == ")" else None


def _bracket_name_word(token: Token, places: set[int]) -> bool:
    """A word of a name: capitalised, an initial or a particle; not a place or a stop word ('At The Oval')."""
    if token.i in places:
        return False
    if token.lower_ in NAME_PARTICLES:
        return True
    return not token.is_stop and ((token.is_alpha and is_capitalised(token)) or _is_initial(token))


def _is_initial(token: Token) -> bool:
    """'A.' of 'A. Dale', or a hyphenated name ('Anne-Gaelle')."""
    text = token.text
    parts = text.split("-")
    return (len(text) == 2 and text[0].isupper() and text[1] == ".") or (
        len(parts) > 1 and all(part.isalpha() and part[0].isupper() for part in parts)
    )


@lru_cache(maxsize=None)
def role_words(kind: str) -> frozenset[str]:
    """Lowercased title vocabulary from the people data: ``role_words`` ('deputy', 'defence', 'minister')
    or ``role_heads``, the nouns a role ends in ('minister', 'director')."""
    return frozenset(word.lower() for word in load_json("people.json")[kind])
