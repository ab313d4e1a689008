"""Titles of films, shows, records and books in the article, which are neither organizations nor people:
the article marks them as works (a work noun before them, a cue, a performer in them)."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ..doc_utils import lowercase_words, word_ids
from .candidates import Candidate
from .lexicon import OrganizationLexicon
from .reading import Lazy, Reading
from .recognise import name_head

# Inside a title after a work noun ('the film Pirates of the Caribbean').
TITLE_JOINERS = frozenset({"of", "the", "a", "an", "and", "on", "in", "over", "to", "for", "'s", "’s"})
# What may end a title set off after a work noun ('his last album, Genius Loves Company.').
TITLE_CLOSERS = frozenset({",", ".", ";", ":", ")", "-", "–", "—"})
# Dependencies of a word heading a noun phrase.
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})
# Words between the article and the work noun that describes a title ('a romantic comedy', 'the 1998 film').
DESCRIBING_POS = frozenset({"ADJ", "ADV", "NUM"})
# What the model may tag a title that its credits or a list mark as such (not a person, place or date).
TITLE_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})
# An owner's possessive, after which a programme's name may follow ("BBC Two's Newsnight").
POSSESSIVES = word_ids(["'s", "’s"])
# How far 'best' may come before the work noun ending an award's category ('best traditional pop album').
CATEGORY_REACH = 4
# The words before a programme's name and its noun that say whose it is ('the Newsnight programme', 'its CLPS program').
OWNING = frozenset({"the", "its", "their"})


def work_titles(reading: Reading, lexicon: OrganizationLexicon) -> list[Span]:
    """Titles of films, shows, records and books in the article: names right after a work noun, a cue or a title
    verb ('whose movie The Aviator', 'starring in One Flew Over The Cuckoo's Nest', 'an offering entitled
    Underexposure'), given as examples after a work noun in the plural ('whose films include Schindler's List'),
    set off by commas after a work noun ('his last album, Genius Loves Company.'), described by one after a comma
    ('Clue, a comedy based on the board game'), given an award for a work ('best album for Confessions'), before the
    noun of a performer in it ('former Grange Hill actress Amma Asante'), right before its credits ('The Polar Express, starring Tom Hanks'), or after a character played
    in it ('her role as Katharine Hepburn in The Aviator'); and the names coordinated with one ('The Motorcycle
    Diaries and the forthcoming thriller The Woodsman'). The model's own WORK_OF_ART tag is no evidence: it gives
    it to 'LIFFE' and 'the All Blacks'."""
    doc, lower = reading.doc, reading.lower
    strings = doc.vocab.strings
    starts: list[int] = []  # where a title starts
    closed: list[int] = []  # where a title starts that must end at a comma or a stop ('album, Absolution,')
    nouns: list[int] = []  # work nouns that may describe the name before them
    performers: list[int] = []  # performer nouns, after the title they play in
    credits: list[int] = []  # credits, after their title
    played: list[int] = []  # 'in' after a person's name, which may be a character's
    for i in reading.indices(lexicon.work_word_ids, lower=True):
        word = strings[int(lower[i])]
        examples = _examples_at(doc, i + 1, lexicon) if word in lexicon.work_plurals else None
        if examples is not None:
            starts.append(examples)
        elif word in lexicon.work_nouns and (awarded := _awarded_at(doc, i, lexicon)) is not None:
            starts.append(awarded)
        elif word in lexicon.work_nouns and _used_as_a_noun(doc[i]):
            starts.append(i + 1)
            if i + 2 < len(doc) and doc[i + 1].text == "," and not _of_a_noun(doc[i]):
                closed.append(i + 2)
            nouns.append(i)
        elif word in lexicon.performer_nouns:
            if doc[i].pos == NOUN:
                performers.append(i)
        elif word in lexicon.credits:
            credits.append(i)
        elif word in lexicon.title_verbs or i and (strings[int(lower[i - 1])], word) in lexicon.work_cues:
            starts.append(i + 1)
        elif word == "in" and i and doc[i - 1].ent_type_ == "PERSON":
            played.append(i)
    if not (starts or performers or credits or played):
        return []
    ents = {ent.start: ent for ent in reading.entities}
    ends = {ent.end: ent for ent in ents.values()}
    titles = [_title_at(doc, start, ents) for start in starts if start < len(doc)]
    titles += [title for title in (_title_at(doc, start, ents) for start in closed) if title is not None and (
        title.end == len(doc) or doc[title.end].text in TITLE_CLOSERS)]
    titles += [_described_title(doc, i, ents) for i in nouns]
    titles += [_played_in(i, ents, lexicon) for i in performers]
    titles += [_credited(doc, i, ends, lexicon) for i in credits]
    titles += [_title_at(doc, i + 1, ents) for i in played
               if i + 1 < len(doc) and _a_character(doc, ends.get(i), lexicon)]
    found = [title for title in titles if title is not None]
    return found + _coordinated(found, ents)


def programme_titles(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate],
                     outlets: list[Span]) -> list[Span]:
    """The names of broadcasters' programmes and bodies' schemes, which are no bodies (GUIDE: shows are none): a
    name right after an outlet's possessive ('Lord Armstrong told BBC Two's Newsnight', 'told the BBC's World
    Business Report'), or between a possessive, 'its', 'their' or 'the' and a programme noun ('told the BBC's Focus
    on Africa programme', 'to join its Commercial Lunar Payload Services program'). An outlet is one of ``outlets``
    (the media list's names the article holds) or a name with a media word ('Radio 4'); a name with a type of its
    own (a listed outlet, a known name, a type's head word) is no programme ("Judy Finnigan's Channel 4 show",
    "CNN's White House")."""
    nouns = set(reading.indices(lexicon.programme_noun_ids, lower=True))
    possessives = set(reading.indices(POSSESSIVES)) if outlets or nouns else set()
    if not nouns and not possessives:
        return []
    doc = reading.doc
    listed = {span.text for span in outlets}
    owners = {span.end: span for span in (*reading.entities, *outlets)}
    found = []
    for candidate in candidates:
        if candidate.type or candidate.key or not candidate.start:
            continue
        before = candidate.start - 1
        owner = owners.get(before) if before in possessives else None
        if owner is not None and _an_outlet(owner, listed, lexicon) or candidate.end in nouns \
                and doc[candidate.end].pos == NOUN and (before in possessives or doc[before].lower_ in OWNING):
            name = doc[candidate.start : candidate.end]
            if name.text not in listed and candidate.norm not in lexicon.known \
                    and name_head(name) not in lexicon.head_types:
                found.append(name)
    return found


def _an_outlet(owner: Span, listed: set[str], lexicon: OrganizationLexicon) -> bool:
    """A broadcaster or paper: a media list name, or a name with a word that types it media ('Radio 4')."""
    return owner.text in listed or any(
        lexicon.type_phrases.get((token.lower_,)) == lexicon.media_type for token in owner)


def title_tails(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the one-word names the article uses only as the end of a longer capitalised
    title after 'of' ('Rings' of 'Lord of the Rings', 'Azkaban' of 'Harry Potter and the Prisoner of Azkaban',
    'Opera' of 'The Phantom of the Opera'): the model tags the end alone, which names nothing. A name used on its
    own too is left to the other evidence, and so is a longer one ('the Proceedings of the National Academy of
    Sciences')."""
    tails: set[str] = set()
    alone: set[str] = set()
    lowercase = Lazy(lambda: lowercase_words(doc))
    for candidate in candidates:
        (tails if _title_tail(doc, candidate, lexicon, lowercase) else alone).add(candidate.norm)
    return tails - alone


def _title_tail(
    doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon, lowercase: Callable[[], set[str]]
) -> bool:
    """The word before 'of (the)' is capitalised, not only because it opens the sentence ('Shares of IBM' beside
    'shares'), and is no person's name, title or body's head, and the name is a word, no acronym, that names no
    body: 'analyst Orin Middleton of Barclays Capital', 'Detective Inspector Paul Miller of Thames Valley Police'
    and 'the President of the European Parliament' name bodies. A courtesy title right before 'of' titles no one
    ('Lord of the Rings'). ``lowercase`` gives the article's lowercase words."""
    name = doc[candidate.start]
    if candidate.end - candidate.start != 1 or not name.is_title or name.lower_ in lexicon.head_types \
            or candidate.norm in lexicon.known:
        return False
    of = candidate.start - (2 if candidate.start > 1 and doc[candidate.start - 1].lower_ == "the" else 1)
    if of < 1 or doc[of].lower_ != "of":
        return False
    word = doc[of - 1]
    lower = word.lower_
    return word.is_alpha and word.is_title and word.ent_type_ != "PERSON" and lower not in lexicon.title_words \
        and lower not in lexicon.title_heads and lower not in lexicon.head_types \
        and not (word.is_sent_start and lower in lowercase())


def _awarded_at(doc: Doc, noun: int, lexicon: OrganizationLexicon) -> Optional[int]:
    """Where the title starts after an award's category that ends in a work noun, perhaps an award's noun, and
    'for' ('Usher won best male and best album for Confessions', 'best rap song for Jesus Walks', 'the best single
    prize for Your Game'): that award goes to a work; a person's category has no work noun ('best actor for Jamie
    Foxx'). None elsewhere."""
    at = noun + 1
    if at < len(doc) and doc[at].lower_ in lexicon.award_nouns:
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ != "for" or not doc[at + 1].text[:1].isupper():
        return None
    return at + 1 if any(token.lower_ == "best" for token in doc[max(0, noun - CATEGORY_REACH) : noun]) else None


def _examples_at(doc: Doc, at: int, lexicon: OrganizationLexicon) -> Optional[int]:
    """Where the first example starts after a work noun in the plural and a cue that gives examples ('films
    include Schindler's List', 'hits such as Sex And The City', 'movies, including School Daze'); None without
    such a cue."""
    if at < len(doc) and doc[at].text == ",":
        at += 1
    for cue in lexicon.example_cues.get(doc[at].lower_, ()) if at < len(doc) else ():
        if tuple(token.lower_ for token in doc[at : at + len(cue)]) == cue:
            return at + len(cue)
    return None


def _credited(doc: Doc, at: int, ends: dict[int, Span], lexicon: OrganizationLexicon) -> Optional[Span]:
    """The name right before its credits and a name in them ('The Polar Express, starring Tom Hanks', 'House of
    Flying Daggers, directed by Yimou Zhang'); not a person's ('produced by Harvey Weinstein, starring ...')."""
    for cue in lexicon.credits[doc[at].lower_]:
        after = at + len(cue)
        if after < len(doc) and tuple(token.lower_ for token in doc[at:after]) == cue and doc[after].is_title:
            title = ends.get(at - 1 if at and doc[at - 1].text == "," else at)
            return title if title is not None and title.label_ in TITLE_LABELS else None
    return None


def _a_character(doc: Doc, name: Optional[Span], lexicon: OrganizationLexicon) -> bool:
    """A person's name after a performance and 'as', or after 'playing': a character ('her role as Katharine
    Hepburn in', 'playing Howard Hughes in'), the title of what it is played in following. ``name`` is the
    entity ending before 'in' (None where 'in' is inside the person's entity)."""
    return name is not None and name.label_ == "PERSON" and any(
        name.start >= len(cue) and tuple(token.lower_ for token in doc[name.start - len(cue) : name.start]) == cue
        for cue in lexicon.character_cues)


def _coordinated(titles: list[Span], ents: dict[int, Span]) -> list[Span]:
    """The names the model tags as a title might be that are coordinated with a title, or with the work noun
    it is in apposition to ('The Motorcycle Diaries and the forthcoming thriller The Woodsman'): a list of
    works."""
    if not titles:
        return []
    by_token = {i: ent for ent in ents.values() if ent.label_ in TITLE_LABELS for i in range(ent.start, ent.end)}
    found = []
    for title in titles:
        root = title.root
        for word in (root, root.head) if root.dep_ == "appos" else (root,):
            found += [by_token[conjunct.i] for conjunct in word.conjuncts if conjunct.i in by_token]
    return found


def _title_at(doc: Doc, start: int, ents: dict[int, Span]) -> Optional[Span]:
    """The model's entity at ``start`` unless it is a person's, place's or date's name, else the capitalised
    words there ('film Vera Drake', which the model may tag a person); after a person's possessive, the words
    after it ('her role in Mike Nichols' Closer'); a name whose possessive a lowercase word follows is the
    maker's or owner's, no title ('the lead role in Jordan's film', 'his role in Labour's poster campaign')."""
    ent = ents.get(start)
    if ent is not None and ent.label_ == "PERSON":
        possessive = next((i for i in range(ent.start + 1, min(ent.end + 1, len(doc))) if doc[i].tag_ == "POS"), None)
        if possessive is not None:
            start = possessive + 1
            ent = ents.get(start)
    title = ent if ent is not None and ent.label_ not in ("PERSON", "GPE", "DATE") else _title_run(doc, start)
    if title is not None and title.end < len(doc) and doc[title.end].tag_ == "POS":
        rest = _title_run(doc, title.end + 1)  # 'his role in Dead Man's Shoes', not 'a role in Jordan's film'
        return doc[title.start : rest.end] if rest is not None else None
    return title


def _used_as_a_noun(word: Token) -> bool:
    """A work noun as a noun: the tagger may call one an adjective where it heads the phrase ('their own
    fund-raising single, We Are The World') or stands before the title it describes ('the £3m musical Billy
    Elliot'), not where it qualifies a common noun ('a single company', 'musical director')."""
    return word.pos == NOUN or word.dep_ in NOUN_DEPS \
        or word.dep_ == "amod" and word.head.pos == PROPN and word.nbor().pos == PROPN and word.head.i > word.i


def _of_a_noun(work: Token) -> bool:
    """'The director of the film, Vinod Pande, says': the name after the comma is the director's."""
    return work.dep_ == "pobj" and work.head.lower_ == "of" and work.head.head.pos == NOUN


def _played_in(performer: int, ents: dict[int, Span], lexicon: OrganizationLexicon) -> Optional[Span]:
    """The organization's name the model tags right before 'actress', 'actor' or 'cast' ('Holby City actor',
    'Friends actress'), unless its head makes it a body ('Royal Shakespeare Company actor')."""
    ent = next((ent for ent in ents.values() if ent.end == performer and ent.label_ == "ORG"), None)
    return ent if ent is not None and name_head(ent) not in lexicon.head_types else None


def _described_title(doc: Doc, noun: int, ents: dict[int, Span]) -> Optional[Span]:
    """The entity right before ', a comedy' or ', the film' ('Clue, a comedy based on the board game'), to which
    the work noun is in apposition: not where the noun qualifies another ('Stephen Fry, a comedy writer', 'his
    sister Claire, a film-maker') or opens the next clause ('Directed by Antoine Fuqua, the film was poorly
    received')."""
    if doc[noun].dep_ != "appos":
        return None
    article = noun - 1
    while article > 0 and noun - article <= 3 and doc[article].pos_ in DESCRIBING_POS:
        article -= 1
    if article < 2 or doc[article].lower_ not in ("a", "an", "the") or doc[article - 1].text != ",":
        return None
    return next((ent for ent in ents.values() if ent.end == article - 1 and ent.label_ not in ("GPE", "DATE")), None)


def _title_run(doc: Doc, start: int) -> Optional[Span]:
    """Capitalised words from ``start``, with lowercase joiners between them ('Pirates of the Caribbean')."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in TITLE_JOINERS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
        end += 1
    return doc[start:end] if end > start and doc[start].text[:1].isupper() else None
