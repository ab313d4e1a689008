"""Which gazetteer names the place ruler pre-sets as GPE/LOC entities before ``ner`` runs, and where the article
names a place by its demonym ("Serbian police").

Countries, regions, capitals and big cities are marked on sight; smaller towns need a cue that
the word names a place: a locative preposition ("near Pirot"), "the town of", or a list with a
place already accepted ("Subotica, Sombor and Kikinda"). Names glued to other capitalised words
or after an honorific are left to the model: they belong to organizations and people.
"""

from __future__ import annotations

from typing import Iterable, Optional

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span

from ..doc_utils import in_ticker_marks, words_at
from .cues import (
    _after, _after_name_particle, _before, _capitalised, _capitalised_word, _celestial, _completes_a_title,
    _hyphenated, _is_abbreviation, _is_dateline, _locative_cue, _names_water, _speaks,
)
from .lookup import Candidate, Gazetteer, fold, longest_match

# Words that join the items of a list of places.
LIST_LINKS = frozenset({",", "and", "or", "&"})

# Population thresholds for the ruler: a city that large is worth pre-empting the model for; smaller
# towns only when the article already mentions their country.
RULER_BIG_CITY = 500_000
RULER_MIN_POPULATION = 15000
RULER_MIN_POPULATION_IN_CONTEXT = 5000


def ruler_places(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Strong names at once, then smaller towns for as long as cues link them to accepted places."""
    words = doc.to_array([LOWER, IS_LOWER, ORTH])
    matches = [(span, candidate) for span, candidate in _matches(doc, gaz, words) if _plausible(span, candidate, gaz)]
    context = {candidate.country_code for _, candidate in matches if candidate.feature in {"country", "region"}}
    context.update(code for _, code in demonym_matches(doc, gaz, words[:, 0]))
    # A town before an officer's title, as before its people, only in a country the article names; abroad, a namesake
    # the index lacks is as likely (Delft of Cape Town is no Delft in the Netherlands).
    matches = [(span, candidate) for span, candidate in matches
               if _strong(span, candidate) or candidate.country_code in context or not _titled(span, gaz)]
    accepted = {span.start: span for span, candidate in matches if _strong(span, candidate)}
    pending = [span for span, candidate in matches
               if span.start not in accepted and _sizable(span, candidate, context, gaz)]
    local = {span.start for span, _ in matches if _in_context(span, context, gaz)}
    while pending:
        cued = [span for span in pending
                if _has_place_cue(span, accepted, gaz) or (span.start in local and _residents_cue(span, gaz))]
        if not cued:
            break
        accepted.update((span.start, span) for span in cued)
        pending = [span for span in pending if span.start not in accepted]
    taken = {i for span in accepted.values() for i in range(span.start, span.end)}
    named = [span for span in _named_settlements(doc, gaz, words) if taken.isdisjoint(range(span.start, span.end))]
    return list(accepted.values()) + named


def _in_context(span: Span, context: set[Optional[str]], gaz: Gazetteer) -> bool:
    """Whether a namesake of the name lies in a country the article names ('Clarinda' in a story about Iowa, though
    the likeliest Clarinda is Australian)."""
    return any(candidate.country_code in context for candidate in gaz.candidates(fold(span.text)))


# The most words a settlement's name after 'the town of' may run to ('Kasba Bonli').
SETTLEMENT_NAME_TOKENS = 3


def _named_settlements(doc: Doc, gaz: Gazetteer, words: numpy.ndarray) -> list[Span]:
    """Names the index lacks right after a settlement's noun and 'of' ('the small town of Kasba Bonli', 'the
    county of Huade'; ``settlement_nouns`` in places_rules.json), which the model tags persons or organizations as
    often as places: the text says what they are. Names the index knows are the cues' to find (``_locative_cue``)."""
    found = []
    for i in numpy.flatnonzero(words[:, 0] == doc.vocab.strings["of"]).tolist():
        if i == 0 or doc[i - 1].text not in gaz.settlement_nouns:
            continue
        end = i + 1
        while end < len(doc) and end - i <= SETTLEMENT_NAME_TOKENS and doc[end].is_alpha \
                and _capitalised(doc[end]) and not doc[end].is_stop:
            end += 1
        following = doc[end] if end < len(doc) else None
        if end == i + 1 or (following is not None and following.is_alpha and _capitalised(following)):
            continue
        span = Span(doc, i + 1, end, label="GPE")
        if fold(span.text) not in gaz and fold(span.text) not in gaz.common_words:
            found.append(span)
    return found


def _matches(doc: Doc, gaz: Gazetteer, words: numpy.ndarray) -> Iterable[tuple[Span, Candidate]]:
    """The longest gazetteer name at each capitalised word that can open one (``_openings``), left to right, none
    inside another."""
    end = 0
    for i in _openings(doc, gaz, words):
        found = longest_match(doc, i, gaz.__contains__, gaz.prefixes, gaz.max_tokens) if i >= end else None
        if found is None:
            continue
        end, key = found
        candidate = gaz.candidates(key)[0]
        yield Span(doc, i, end, label="GPE" if candidate.country_code else "LOC"), candidate


# Distinct words the ruler's memo (``Gazetteer.openings``) keeps; a long run meets ever more: keep memory flat.
OPENINGS_MEMO = 100_000


def _openings(doc: Doc, gaz: Gazetteer, words: numpy.ndarray) -> list[int]:
    """The capitalised words that are a one-word name or open a longer one, from the columns ``words`` (LOWER,
    IS_LOWER, ORTH): numpy finds the words not in lowercase, and each distinct word is asked once per process, by
    its id. Reading and looking up every capitalised word of every article ('The', 'Reuters', 'Mr') was half the
    ruler."""
    unlowered = numpy.flatnonzero(words[:, 1] == 0).tolist()
    memo, strings = gaz.openings, doc.vocab.strings
    found = []
    for i, orth in zip(unlowered, words[unlowered, 2].tolist()):
        opens = memo.get(orth)
        if opens is None:
            if len(memo) >= OPENINGS_MEMO:
                memo.clear()
            opens = memo[orth] = _opens_a_name(strings[orth], gaz)
        if opens:
            found.append(i)
    return found


def _opens_a_name(word: str, gaz: Gazetteer) -> bool:
    key = fold(word)
    return _capitalised_word(word) and (key in gaz or key in gaz.prefixes)


def _plausible(span: Span, candidate: Candidate, gaz: Gazetteer) -> bool:
    key = fold(span.text)
    if key in gaz.common_words or key in gaz.org_heads or key in gaz.not_places or not _capitalised(span[-1]):
        return False
    if _is_dateline(span):
        return True
    if _names_water(span, gaz) or _completes_a_title(span, gaz) or in_ticker_marks(span.doc, span.start, span.end) \
            or (_celestial(span, gaz) and not _qualified(span)):
        return False
    if span.text.isupper() and candidate.feature != "country":
        return False
    if _is_abbreviation(span) and candidate.feature != "country":
        preceding = _before(span)
        return preceding is not None and preceding.text == ","
    if candidate.feature != "country" and _speaks(span, gaz):
        return False
    return not _glued_to_name(span, gaz)


def _qualified(span: Span) -> bool:
    """Followed by a comma, as a town is by its region or country ("Jupiter, Florida")."""
    following = _after(span)
    return following is not None and following.text == ","


def _glued_to_name(span: Span, gaz: Gazetteer) -> bool:
    """Part of a longer name: "Belgrade University", "Iain Ferguson", "Mr Howard", "Bank of England", "Electricite de
    France"."""
    following, preceding = _after(span), _before(span)
    if _hyphenated(span, preceding, following) or _after_name_particle(span, gaz):
        return True
    if following is not None and following.is_alpha and _capitalised(following) and not _titled(span, gaz):
        return True
    if preceding is None:
        return False
    if preceding.text.rstrip(".") in gaz.honorifics:
        return True
    opens_sentence = preceding.is_sent_start and (preceding.is_stop or preceding.lower_ in gaz.locatives)
    if _capitalised(preceding) and preceding.text.rstrip(".").isalpha() and not opens_sentence:
        return True
    head = _before(span, 2)
    return preceding.lower_ == "of" and head is not None and fold(head.text) in gaz.org_heads


def _titled(span: Span, gaz: Gazetteer) -> bool:
    """Before an officer's title ('Jefferson Parish Sheriff Harry Lee'): ``post_titles`` in places_rules.json."""
    following = _after(span)
    return following is not None and following.text in gaz.post_titles


def _strong(span: Span, candidate: Candidate) -> bool:
    return candidate.strong or candidate.population >= RULER_BIG_CITY or _is_dateline(span)


def _sizable(span: Span, candidate: Candidate, context: set[Optional[str]], gaz: Gazetteer) -> bool:
    if not any(token.pos_ == "PROPN" for token in span):
        return False
    if candidate.population >= RULER_MIN_POPULATION or candidate.cued:
        return True
    return any(namesake.population >= RULER_MIN_POPULATION_IN_CONTEXT and namesake.country_code in context
               for namesake in gaz.candidates(fold(span.text)))


def _has_place_cue(span: Span, accepted: dict[int, Span], gaz: Gazetteer) -> bool:
    if _locative_cue(span, gaz):
        return True
    preceding, following, head = _before(span), _after(span), _before(span, 2)
    if preceding is not None and preceding.lower_ in LIST_LINKS and head is not None:
        if head.i + 1 in {place.end for place in accepted.values()}:
            return True
    if following is None or following.lower_ not in LIST_LINKS:
        return False
    next_word = _after(span.doc[following.i : following.i + 1])
    return next_word is not None and next_word.i in accepted


def _residents_cue(span: Span, gaz: Gazetteer) -> bool:
    """A town's people or officers right after its name ('The Ballymena man', 'the Salford MP', 'Jefferson Parish
    Sheriff Harry Lee'): ``resident_nouns`` and ``post_titles`` in ``data/places_rules.json``."""
    following = _after(span)
    return following is not None and following.i == span.end and (
        following.text in gaz.post_titles or following.text in gaz.resident_nouns)


def demonym_matches(
    doc: Doc, gaz: Gazetteer, lower: Optional[numpy.ndarray] = None
) -> Iterable[tuple[Span, Optional[str]]]:
    """Capitalised demonyms ("Serbian", "South African") with the country code (or place) they point to; ``lower``:
    the doc's LOWER column, where the caller has read it."""
    lower = doc.to_array(LOWER) if lower is None else lower
    resume = 0
    for token in map(doc.__getitem__, words_at(lower, gaz.demonym_first_ids)):
        if token.i < resume or not _capitalised(token):
            continue
        found = longest_match(doc, token.i, gaz.demonyms.__contains__, gaz.demonym_prefixes, 3)
        if found is not None:
            resume, key = found
            yield doc[token.i : resume], gaz.demonyms[key]
