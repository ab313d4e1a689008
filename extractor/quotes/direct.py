"""Direct quotes: text between paired quote marks, and who the words around it say spoke them.

The patterns news writing uses are tried in a fixed order (see ``find_direct``); a short quote that
none of them attributes is a scare quote ('their "acquiescent" attitude'), not speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Callable, NamedTuple, Optional

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..doc_utils import sentence_of
from .cues import (
    SENTENCE_END, Attribution, according_to, attribution_for, dash_source, inverted_subject, is_boundary, is_cue,
    is_verb,
    describes_a_noun, subject_of,
)
from .lexicon import QuoteWords
from .marks import quoted_spans
from .spans import SUBJECTS, TEXT, break_between, trimmed, word_count

# A word of a quotation, as a title test reads it: letters and digits, with the apostrophes and hyphens inside.
_WORD = re.compile(r"[^\W_](?:[\w'\u2019-]*\w)?")
# What ends a quote's own words before an attribution follows ('...," he said', '...?" she asked').
_CLOSING_PUNCT = set(",?!-\u2013\u2014\u2026:")


def _token_at(doc: Doc, starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def _after_quote(
    doc: Doc, text: str, first: int, close_char: int, words: QuoteWords, long_quote: bool = False
) -> Optional[Attribution]:
    """'"...," X said', '"...," said X', '"..." - X', '"...", according to X', but not a clause joined after
    it ('"value impaired," but bankers said'); and a whole quoted
    sentence whose writer dropped the comma ('"... to management" UFCW Local 832 president Jeff
    Traeger said Saturday.'), when a name and a reporting verb end the sentence."""
    inner = text[max(close_char - 4, 0) : close_char - 1].rstrip("'\u2019")[-1:]
    after = text[close_char:].lstrip()[:1]
    bare = long_quote and inner.isalnum() and after.isalpha()
    if inner not in _CLOSING_PUNCT and after not in {",", "-", "\u2013", "\u2014"} and not bare:
        return None
    end = min(first + words.window, len(doc))
    window: list[Token] = []
    for token in map(doc.__getitem__, range(first, end)):
        if is_boundary(token, words):
            break
        window.append(token)
    if not window:
        return None
    lead = window[1:2] if window[0].text == "," else window[:1]
    if lead and lead[0].dep_ == "cc":
        return None  # a new clause: 'rejected these accusations as "patently false," and both ... told'
    if lead and lead[0].text in words.dashes:
        return dash_source(window)
    for token in window:
        source = according_to(token)
        if source is not None:
            return Attribution(speaker=source, cue="according to")
        if token.pos_ in {"VERB", "AUX"} and is_cue(token, words):
            if any(is_verb(t) for t in window[: window.index(token)]):
                return None
            between = trimmed(doc, first, token.i)
            if bare and (between is None or between[-1].pos_ != "PROPN" or not _ends_sentence(token)):
                return None
            if between is None:
                between = inverted_subject(doc, token, words)
            return attribution_for(token, words, between)
    return None


def _ends_sentence(verb: Token) -> bool:
    """Whether only the verb's time words ('said Saturday') and a full stop follow it in its sentence."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text in SENTENCE_END or token.is_space:
            return True
        if token.head.i != verb.i or token.ent_type_ not in {"DATE", "TIME"}:
            return False
    return True


def _before_quote(doc: Doc, open_token: int, words: QuoteWords) -> Optional[Attribution]:
    """'X said: "..."', 'X told RTV: "..."', 'Said X: "..."', 'X said "..."'."""
    i = open_token - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    last = i - 1 if doc[i].text in {":", ","} else i
    start = max(last - words.window, 0)
    for j in range(last, start - 1, -1):
        token = doc[j]
        if is_boundary(token, words):
            return None
        if token.pos_ in {"VERB", "AUX"} and is_cue(token, words):
            if j != i and doc[i].text not in {":", ","}:
                return None
            if any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1 : last + 1]):
                return None
            fallback = inverted_subject(doc, token, words)
            return attribution_for(token, words, fallback)
    return None


def quote_record(doc: Doc, text: str, start: int, end: int, kind: str) -> dict[str, Any]:
    """A quote record with every key; built from the text in hand because ``Doc.text`` re-joins
    all tokens on each access."""
    return {
        "text": text[start:end], "start": start, "end": end, "sentence": sentence_of(doc, start),
        "kind": kind, "speaker": None, "speaker_mention": None, "cue": None, "medium": None,
    }


class _Quote(NamedTuple):
    """A paired quotation as the attribution rules see it."""

    doc: Doc
    text: str
    starts: list[int]
    start: int
    end: int
    words: QuoteWords
    long: bool  # long enough to be kept without an attribution


def _cue_after(quote: _Quote) -> Optional[Attribution]:
    if quote.text[quote.end - 1] not in quote.words.marks:
        return None
    first = _token_at(quote.doc, quote.starts, quote.end)
    return _after_quote(quote.doc, quote.text, first, quote.end, quote.words, quote.long)


def _cue_before(quote: _Quote) -> Optional[Attribution]:
    return _before_quote(quote.doc, _token_at(quote.doc, quote.starts, quote.start), quote.words)


def _cue_around(quote: _Quote) -> Optional[Attribution]:
    if not quote.long:
        return None
    first = _token_at(quote.doc, quote.starts, quote.start + 1)
    return _enclosing_speech(quote.doc, first, (quote.start, quote.end), quote.words)


# How a direct quote finds its attribution: the first rule that gives one wins. A short quote none
# of them attributes is dropped; a long one is kept, to take the previous speech's speaker.
ATTRIBUTION_RULES: tuple[tuple[str, Callable[[_Quote], Optional[Attribution]]], ...] = (
    ("after the closing mark: '\"...,\" X said', 'said X', '- X', 'according to X'", _cue_after),
    ("before the opening mark: 'X said: \"...\"', 'X told RTV: \"...\"', 'Said X: \"...\"'", _cue_before),
    ("a long quote inside reported speech: 'said he wanted the wage to become a \"symbol of decency\"'",
     _cue_around),
)


def find_direct(doc: Doc, text: str, words: QuoteWords) -> list[tuple[dict[str, Any], Optional[Attribution]]]:
    """Every paired quotation worth keeping, with the attribution ``ATTRIBUTION_RULES`` give it; the pairs are
    the ones the speakers' subjects are read against (``quoted_spans``), paired once per article."""
    pairs = quoted_spans(doc, words, text)
    if not pairs:
        return []
    starts = doc.to_array(IDX).tolist()
    found: list[tuple[dict[str, Any], Optional[Attribution]]] = []
    for start, end in pairs:
        long = word_count(text[start:end]) >= words.min_unattributed_words
        quote = _Quote(doc, text, starts, start, end, words, long)
        titled = _title_cased(text[start:end], words) and not _goes_on_speaking(quote, pairs)
        if _names_a_work(doc, _token_at(doc, starts, start), words) or (titled and _after_a_work_noun(quote)):
            continue
        attribution = next((a for _, rule in ATTRIBUTION_RULES if (a := rule(quote)) is not None), None)
        if attribution is None and (not long or titled or _names_a_thing(quote)):
            continue  # a scare quote ('their current "acquiescent" attitude'), a title or a name, not speech
        if attribution is not None and attribution.cue_token is not None and describes_a_noun(attribution.cue_token):
            continue  # a coined term, not speech ('"quadruple play", too, with mobile services added into the mix')
        found.append((quote_record(doc, text, start, end, "direct"), attribution))
    return found


def _names_a_work(doc: Doc, opening: int, words: QuoteWords) -> bool:
    """Whether a quotation is a work's title: the word before its opening mark names or performs one
    with no speaker of its own ('a poem called “Winter Solstice, Camelot Station,”', 'to perform
    “Takin’ It to the Streets.”'); in 'what he called "a cynical ploy"' the quoted words are his."""
    i = opening - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].lower_ not in words.title_words:
        return False
    return not any(c.dep_ in SUBJECTS for c in doc[i].children)


def _title_cased(quoted: str, words: QuoteWords) -> bool:
    """Whether quoted words are written as a title, every word capitalised but the small ones ('"Takin' It to the
    Streets"', '"Dancing with the Stars."', '"Action Plan for the Development of Italy"', '"Meth. We're on it."'):
    a work, programme, slogan or sign, not a sentence someone spoke."""
    found = [w for w in _WORD.findall(quoted) if w.lower() not in words.title_small_words]
    return len(found) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in found)


def _goes_on_speaking(quote: _Quote, pairs: list[tuple[int, int]]) -> bool:
    """Whether a quotation opens a sentence just after another quotation of its paragraph and a short attribution
    ('"Here comes Big Daddy," she said, clapping. "The Donald. Big Daddy."'): the speaker goes on, though the words
    are capitalised like a title."""
    before = quote.text[max(quote.start - 3, 0) : quote.start].rstrip()
    previous = [end for _, end in pairs if end <= quote.start]
    if not before or before[-1] not in ".!?" or not previous:
        return False
    if word_count(quote.text[previous[-1] : quote.start]) > quote.words.window:
        return False
    doc = quote.doc
    first, last = _token_at(doc, quote.starts, previous[-1] - 1), _token_at(doc, quote.starts, quote.start)
    return last < len(doc) and not break_between(doc[min(first, last)], doc[last])


def _after_a_work_noun(quote: _Quote) -> bool:
    """Whether a title follows the noun for the work it names, with or without a comma ('Appearing on the NBC News
    program, "Meet the Press," the Kansas senator said'): the quotation is the programme's name, though a
    reporting verb follows it."""
    doc, words = quote.doc, quote.words
    before = _token_at(doc, quote.starts, quote.start) - 1
    while before >= 0 and (doc[before].is_space or doc[before].text == ","):
        before -= 1
    return before >= 0 and doc[before].lemma_.lower() in words.work_nouns and doc[before].pos_ == "NOUN"


def _names_a_thing(quote: _Quote) -> bool:
    """Whether a quotation no words attribute names a thing: a work or campaign noun before it ('In his book
    "Financial Freedom: A Proven Path to All the Money You Will Ever Need," Sabatier shares') or a common noun
    right after it that it names ('Lycos Europe's "Make love not spam" campaign was intended', 'While the
    "Meth. We're on it." campaign did not appeal'). Left unattributed, such words would take the previous
    speaker or a name nearby."""
    doc, words = quote.doc, quote.words
    before = _token_at(doc, quote.starts, quote.start) - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and doc[before].lemma_.lower() in words.work_nouns and doc[before].pos_ == "NOUN":
        return True
    after = _token_at(doc, quote.starts, quote.end)
    return after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].text[:1].islower() \
        and doc[after].idx == quote.end + 1


def _enclosing_speech(doc: Doc, first: int, span: tuple[int, int], words: QuoteWords) -> Optional[Attribution]:
    """A partial quote inside reported speech ('he wanted the wage to become a "symbol of decency"')
    is the reporting verb's speaker's wording. The parser hangs a quote paragraph on the next
    paragraph's verb ('READ MORE: Justin Trudeau says ...'); a verb past a paragraph break is no
    quote's frame."""
    if first >= len(doc):
        return None
    token = doc[first]
    while token.head.i != token.i:
        token = token.head
        if span[0] <= token.idx < span[1]:
            continue
        if break_between(doc[first], token) or _after_its_sentence(doc, token, span, words):
            return None
        if token.pos_ == "VERB" and is_cue(token, words):
            if subject_of(token, words) is None:
                return None
            return attribution_for(token, words, None)
    return None


def _after_its_sentence(doc: Doc, verb: Token, span: tuple[int, int], words: QuoteWords) -> bool:
    """Whether a verb comes after a quote that ends its sentence and line: web copy breaks paragraphs with
    one newline, and the parser may hang a quote on the next paragraph's verb ('... rather than returning
    to say, Palmyra." / Robertson, the U.S. commander, said: "...')"""
    if verb.idx < span[1]:
        return False
    text = doc.user_data.get(TEXT) or doc.text
    ending = text[span[0] : span[1]].rstrip().rstrip("".join(words.marks))[-1:]
    return ending in {".", "!", "?"} and "\n" in text[span[1] : verb.idx]
