"""Trade fairs, conferences and shows the model tags as organizations ('3GSM', 'CES', 'Cebit'): events are no
organizations (GUIDE), and the article says which names are events. The words are ``events`` in
``data/organizations.json``."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

from .candidates import Candidate
from .lexicon import OrganizationLexicon
from .reading import Lazy, Reading

COMMA, WHICH = get_string_id(","), get_string_id("which")


def event_names(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names the article uses for an event at one mention at least, none
    of them typed: right after an event noun ('the mobile phone conference 3GSM', 'a major mobile industry
    conference, 3GSM, which'), right before a fair's noun ('the 3GSM trade show', 'Macworld expo'), running from a
    date or taking place ('CES, which runs from 6 to 9 January', '3GSM, which takes place in Cannes'), or initials
    the article spells out as an event's name ('CES' beside 'the annual Consumer Electronics Show'). A name the
    article also writes before a body's noun is left alone ('Macworld magazine' beside 'Macworld expo')."""
    doc = reading.doc
    heads = Lazy(lambda: reading.indices(lexicon.event_head_ids))
    events: set[str] = set()
    bodies: set[str] = set()
    for candidate in candidates:
        if candidate.type or candidate.key:
            continue
        if _before_a_body_noun(reading, candidate, lexicon):
            bodies.add(candidate.norm)
        elif candidate.norm not in events and (
                _after_an_event_noun(reading, candidate, lexicon) or _before_a_fair_noun(reading, candidate, lexicon)
                or _held(reading, candidate, lexicon)
                or _spelled_as_an_event(doc, candidate, heads())):
            events.add(candidate.norm)
    return events - bodies


def _before_a_body_noun(reading: Reading, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    end = candidate.end
    return end < len(reading.lowers) and reading.is_lowers[end] == 1 and reading.lowers[end] in lexicon.kind_noun_ids


def _after_an_event_noun(reading: Reading, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Right after an event noun, or set off by commas after one ('conference 3GSM', 'conference, 3GSM,')."""
    orths, before = reading.orths, candidate.start - 1
    if before >= 1 and orths[before] == COMMA:
        if candidate.end >= len(orths) or orths[candidate.end] != COMMA:
            return False
        before -= 1
    return before >= 0 and reading.is_lowers[before] == 1 and reading.lowers[before] in lexicon.event_noun_ids


def _before_a_fair_noun(reading: Reading, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Right before the noun of a fair, which bodies hold no more than they hold a conference ('the 3GSM trade
    show', 'Macworld expo'; not 'the Labour conference'). The words are compared by their ids in the token columns,
    lowercase words only: no Token object is made for the words after each name."""
    end = candidate.end
    after = tuple(lower if written_lower == 1 else None for lower, written_lower
                  in zip(reading.lowers[end : end + 2], reading.is_lowers[end : end + 2]))
    return any(after[: len(phrase)] == phrase for phrase in lexicon.fair_noun_ids if len(after) >= len(phrase))


def _held(reading: Reading, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Running from a date or taking place, perhaps in a relative clause ('CES, which runs from 6 to 9 January',
    '3GSM, which takes place in Cannes', 'CES runs officially from')."""
    at, lowers = candidate.end, reading.lowers
    if at + 1 < len(lowers) and reading.orths[at] == COMMA and lowers[at + 1] == WHICH:
        at += 2
    words = tuple(lowers[at : at + 3])
    return any(words[: len(phrase)] == phrase for phrase in lexicon.event_verb_ids)


def _spelled_as_an_event(doc: Doc, candidate: Candidate, heads: list[int]) -> bool:
    """Initials whose letters open the capitalised words of an event's name in the article, the last an event's
    head ('CES' beside 'the annual Consumer Electronics Show'; ``heads``: where the article has one)."""
    letters = candidate.text
    if candidate.end - candidate.start != 1 or not letters.isalpha() or not letters.isupper() or len(letters) < 2:
        return False
    size = len(letters)
    for head in heads:
        if head >= size and all(word.is_title and word.text[0] == letter
                                for word, letter in zip(doc[head - size + 1 : head + 1], letters)):
            return True
    return False
