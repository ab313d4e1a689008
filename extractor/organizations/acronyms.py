"""Acronyms the text defines ('the UN refugee agency (UNHCR)'): the two forms linked for the merge, and the
acronym's other uses found, which the model may not tag."""

from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import IS_UPPER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..doc_utils import word_ids, words_at
from ..entities import trim_name
from ..entities import normalise
from .candidates import Candidate, candidate_of, is_acronym
from .edges import _after_line_breaks
from .lexicon import OrganizationLexicon
from .reading import Reading
from .recognise import names_a_body
from .wire import before_ticker

# How many words before a bracket (or inside one) may spell out initials.
SPELLING_REACH = 10
# Words an acronym may skip ('letter of credit', 'crushed, torn and curled').
SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})
# What may close initials set off by a comma after their long form ('private sector credit, PSC, grew').
APPOSITION_CLOSES = frozenset({",", ".", ";", ")"})
CLOSING_BRACKET = get_string_id(")")
# What may join a body's name's words and spells no letter: a hyphenated word's hyphen, a plural's possessive.
NAME_JOINERS = frozenset({"-", "'", "'s", "\u2019", "\u2019s"})


def acronym_definitions(
    reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate], places: set[int]
) -> list[tuple[str, str]]:
    """Acronyms the text defines, 'the UN refugee agency (UNHCR)': link both forms and find the acronym's
    other uses, which the model may not tag. A long form in lowercase is a common noun's, and so is its
    acronym, wherever the model tags it ('a personal video recorder (PVR)', 'the export enhancement program
    (EEP)'), unless its last word names a body ('the federal open market committee, FOMC'). Wire line breaks
    inside or after the long form change nothing ('soft red winter\n(SRW) wheat')."""
    doc = reading.doc
    by_end = {candidate.end: candidate for candidate in candidates}
    chunks: Optional[dict[int, Span]] = None
    links: list[tuple[str, str]] = []
    common: set[str] = set()
    for paren in _bracketed_capitals(reading):
        acronym = doc[paren + 1].text
        if not is_acronym(acronym) or len(acronym.replace(".", "")) < 2:
            continue  # one capital in brackets is a wire's ticker or a list's letter ('Telegraph Co (T)')
        if _in_a_firms_name(doc, paren, lexicon):
            continue
        long_form = by_end.get(paren) or by_end.get(_before_wrap(reading, paren)) \
            or by_end.get(before_ticker(reading, paren))
        if _spelled_in_lowercase(_lowercase_words_before(doc, paren), acronym, lexicon):
            # 'crude palm oil (CPO) output', which no noun chunk ends at the bracket; 'Ordinary capital resources
            # (OCR) lending', which the model tags an organization
            common.add(normalise(acronym))
            if long_form is not None:
                common.add(long_form.norm)
            continue
        if long_form is not None:
            long_form = _widened(reading, lexicon, candidates, long_form, acronym)
        if long_form is None and chunks is None:
            chunks = {chunk.end: chunk for chunk in doc.noun_chunks}
        if long_form is None and chunks and paren in chunks:
            chunk = trim_name(chunks[paren])
            if len(chunk) and chunk.text[0] == acronym[0].lower() and chunk.text.islower():
                common.add(normalise(acronym))
            elif len(chunk) and chunk.text[0] == acronym[0] and chunk.root.i not in places:
                named = _name_opening(chunk, candidates, lexicon)
                if named is not None:
                    links.append((named.norm, normalise(acronym)))
                    continue
                if not names_a_body(chunk, lexicon, reading):
                    # 'the Strategic Petroleum Reserve (SPR)': a stockpile's initials name no body either
                    common.add(normalise(acronym))
                    continue
                long_form = candidate_of(chunk)
                candidates[:] = [c for c in candidates if c.end <= chunk.start or c.start >= chunk.end]
                candidates.append(long_form)
        if long_form is not None:
            links.append((long_form.norm, normalise(acronym)))
    common.update(normalise(doc[i].text) for i in _initials_uses(reading, candidates)
                  if _spelled_out_after(doc, i, lexicon) or _spelled_out_before(doc, i, lexicon))
    if common:
        candidates[:] = [candidate for candidate in candidates if candidate.norm not in common]
    if links:
        _add_acronym_uses(reading, candidates, {acronym for _, acronym in links})
    return links


def _in_a_firms_name(doc: Doc, paren: int, lexicon: OrganizationLexicon) -> bool:
    """Capitals in brackets before a legal form are part of the firm's name, the country or region its unit serves
    ('Sony (U.K.) Ltd', 'Barrick Resources (USA) Inc', 'Mansion House Securities (F.E.)\nLtd'), no initials the
    text defines for the name before them."""
    after = _after_line_breaks(doc, paren + 3)
    return after < len(doc) and doc[paren + 2].text == ")" and doc[after].text in lexicon.legal_forms


def _before_wrap(reading: Reading, i: int) -> int:
    """Where a name ends that a wrapped line's break parts from the bracket at ``i`` ('Companhia Nacional de
    Petroquimica EP\n(CNP)'); a paragraph's break parts the name from what follows."""
    before = i - 1
    return before if before >= 0 and reading.space[before] and reading.doc[before].text.count("\n") <= 1 else i


def _name_opening(chunk: Span, candidates: list[Candidate], lexicon: OrganizationLexicon) -> Optional[Candidate]:
    """The name found that opens a noun phrase ending in lowercase words before the bracket ('Ascom registered
    shares (ASCN)'): what the sentence says of the body, whose name the initials in brackets go with, not a longer
    name of it; a body's word in lowercase ends a name ('the Democratic party')."""
    last = chunk[-1]
    if not last.is_lower or last.lower_ in lexicon.head_types or last.lower_ in lexicon.body_words:
        return None
    return next((candidate for candidate in candidates if candidate.start == chunk.start and candidate.end < chunk.end
                 and all(word.is_lower or word.is_space for word in chunk.doc[candidate.end : chunk.end])), None)


def _widened(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate], long_form: Candidate,
             acronym: str) -> Candidate:
    """The long form taken back to the first word its initials spell, where the model cut it short of them:
    'World Anti-Doping Agency (WADA)' of the model's 'Anti-Doping Agency', 'Agricultural Stabilization and
    Conservation Service (ASCS)' of its 'Conservation Service', 'Saudi Arabian Monetary Agency (SAMA)'. The article
    spells the name out itself; the capitalised words and a name's small words before the cut ('and', 'of', 'for',
    'the', a wire's line break) are taken in up to the nearest start whose initials are exactly the acronym's,
    within the sentence, and only where the longer name still names a body. A long form that spells its initials
    already, or that no start before it completes, stays as the model tagged it."""
    doc = reading.doc
    letters = acronym.replace(".", "").upper()
    end = long_form.end
    if _spell_ends(doc, long_form.start, end, letters, lexicon):
        return long_form
    start, words = long_form.start, 0
    while start > 0 and words < SPELLING_REACH and not doc[start].is_sent_start and _name_word(doc[start - 1]):
        start -= 1
        if doc[start].is_space:
            continue
        words += 1
        if doc[start].text[0].isupper() and doc[start].lower_ not in SMALL_WORDS \
                and doc[start].text not in NAME_JOINERS and _spell_ends(doc, start, end, letters, lexicon) \
                and names_a_body(doc[start:end], lexicon, reading):
            widened = candidate_of(doc[start:end], long_form.type, long_form.key)
            candidates[:] = [c for c in candidates if c.end <= start or c.start >= end]
            candidates.append(widened)
            return widened
    return long_form


def _name_word(token: Token) -> bool:
    """A word a body's name may hold before its cut: a capitalised one, a name's small word, a hyphen or a
    possessive inside it and a hyphenated word's second part ('Anti-Doping', 'Low-fare', "Bankers' Automated
    Clearing Services"), a wire's line break."""
    return token.is_space or token.is_title or token.lower_ in SMALL_WORDS or token.text in NAME_JOINERS \
        or (token.is_upper and token.is_alpha) or _dotted(token.text) \
        or (token.is_alpha and token.i > 0 and token.doc[token.i - 1].text == "-")


def _dotted(text: str) -> bool:
    return len(text) > 1 and text.endswith(".") and text.replace(".", "").isalpha() \
        and text.replace(".", "").isupper()


def _spell_ends(doc: Doc, start: int, end: int, letters: str, lexicon: OrganizationLexicon) -> bool:
    """Whether the words ``start:end`` spell exactly ``letters``: each capitalised word its first letter, a dotted
    word all its letters ('U.N.'), a small word its first letter or none, the second part of a hyphenated word
    its first letter or none ('Anti-Doping': 'AD' in WADA, 'Live-Stock': 'L' in AMLC), a legal form closing a firm's
    name its letter or none."""
    reached = {0}
    for i in range(start, end):
        token = doc[i]
        text = token.text
        if token.is_space or text in NAME_JOINERS:
            continue
        optional = token.lower_ in SMALL_WORDS or (i > start and doc[i - 1].text == "-") \
            or (i == end - 1 and text in lexicon.partnership_endings)
        if not (token.is_alpha or _dotted(text) or text == "&" or text in lexicon.partnership_endings):
            return False
        spelled = text.replace(".", "").upper() if _dotted(text) else text[0].upper()
        if token.is_lower and not optional:
            return False
        after = {at + len(spelled) for at in reached if letters.startswith(spelled, at)}
        reached = after | reached if optional else after
        if not reached:
            return False
    return len(letters) in reached


def _lowercase_words_before(doc: Doc, end: int) -> list[str]:
    """The words in lowercase right before a bracket or a comma, which may spell out the initials after it, and
    the capitalised word opening the sentence before them ('Binge eating disorder (BED) is ...'); a wire's line
    breaks between them are skipped ('frozen\nconcentrated orange juice (FCOJ)')."""
    words: list[Token] = []
    start = end
    while start > 0 and len(words) < SPELLING_REACH and (doc[start - 1].is_space or (
            doc[start - 1].is_lower and doc[start - 1].is_alpha)):
        start -= 1
        if not doc[start].is_space:
            words.append(doc[start])
    opening = doc[start - 1] if start > 0 else None
    if opening is not None and words and len(words) < SPELLING_REACH and opening.is_sent_start \
            and opening.is_title and opening.is_alpha:
        words.append(opening)
    return [token.lower_ for token in reversed(words)]


def _spells(words: list[str], acronym: str) -> bool:
    """Whether ``words`` spell the initials, with or without their small words ('letter of credit': 'LOC')."""
    letters = acronym.replace(".", "").lower()
    return letters in ("".join(word[0] for word in words),
                       "".join(word[0] for word in words if word not in SMALL_WORDS))


def _spelled_in_lowercase(words: list[str], acronym: str, lexicon: OrganizationLexicon) -> bool:
    """Whether the last of ``words`` spell the initials ('crude palm oil' for 'CPO') and name no body by their
    last word ('federal open market committee'; ``spelled_bodies``)."""
    return bool(words) and words[-1] not in lexicon.spelled_bodies \
        and any(_spells(words[start:], acronym) for start in range(len(words)))


def _initials_uses(reading: Reading, candidates: list[Candidate]) -> list[int]:
    """Every use of the one-word initials among the candidates, tagged or not: the model may tag them where the
    article uses them alone and leave them where it spells them out ('The EEP (export enhancement program)')."""
    initials = {candidate.text for candidate in candidates if candidate.end - candidate.start == 1
                and is_acronym(candidate.text)}
    return words_at(reading.orth, word_ids(initials)) if initials else []


def _spelled_out_after(doc: Doc, i: int, lexicon: OrganizationLexicon) -> bool:
    """Initials spelled out in lowercase in brackets after them: a common noun's ('CTC (crushed, torn and
    curled) tea')."""
    opening = i + 1 + (i + 1 < len(doc) and doc[i + 1].is_space)
    if opening + 2 >= len(doc) or doc[opening].text != "(":
        return False
    inside = doc[opening + 1 : min(opening + SPELLING_REACH, len(doc))]
    closing = next((token.i for token in inside if token.text == ")"), None)
    words = [token.lower_ for token in doc[opening + 1 : closing] if token.is_alpha] if closing else []
    return bool(words) and all(token.is_lower for token in doc[opening + 1 : closing] if token.is_alpha) \
        and words[-1] not in lexicon.spelled_bodies and _spells(words, doc[i].text)


def _spelled_out_before(doc: Doc, i: int, lexicon: OrganizationLexicon) -> bool:
    """Initials after lowercase words that spell them out and a comma, with 'or' or set off by another comma or a
    stop: a common noun's ('hypersensitivity pneumonitis, or HP', 'private sector credit, PSC, grew', 'structured
    query language,\nSQL, a computer language')."""
    at = i - 1 - (i > 0 and doc[i - 1].is_space)
    said_or = at > 0 and doc[at].lower_ == "or"
    at -= said_or
    after = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "'s")
    if at < 1 or doc[at].text != "," or not (said_or or after >= len(doc) or doc[after].text in APPOSITION_CLOSES):
        return False
    return _spelled_in_lowercase(_lowercase_words_before(doc, at), doc[i].text, lexicon)


def _bracketed_capitals(reading: Reading) -> list[int]:
    """The opening brackets of one word in capitals in brackets, '(UNHCR)', "(MCA's)"."""
    orth, doc = reading.orth, reading.doc
    return [i for i in reading.opening_brackets if i + 2 < len(orth) and doc[i + 1].is_upper and (
        orth[i + 2] == CLOSING_BRACKET or i + 3 < len(orth) and orth[i + 3] == CLOSING_BRACKET
        and doc[i + 2].lower_ == "'s")]


def _add_acronym_uses(reading: Reading, candidates: list[Candidate], acronyms: set[str]) -> None:
    """Only a token in capitals can be an acronym's use, which ``IS_UPPER`` finds without reading every token:
    it is ``str.isupper`` of the token's text."""
    doc = reading.doc
    taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
    for token in (doc[i] for i in numpy.flatnonzero(doc.to_array(IS_UPPER)).tolist()):
        if token.i not in taken and token.text.isupper() and normalise(token.text) in acronyms:
            candidates.append(candidate_of(doc[token.i : token.i + 1]))
