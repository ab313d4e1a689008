"""People the model tags as an organization or a date, or leaves untagged: a common given name and one or two
capitalised surnames, with evidence that a person is meant."""

from __future__ import annotations

import re
from functools import cache
from typing import Callable, Optional

import numpy
from spacy.attrs import IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..doc_utils import lowercase_words, sentence_tokens, words_at
from ..places import fold, gazetteer
from ..resolve import proposals
from .lexicon import PeopleLexicon
from .names import NameMention, line_break, name_mention, post_body
from .surnames import name_forms
from .titles import title
from .tokens import conjuncts

# A surname capitalised after its Scottish or Irish prefix ('McGregor', 'MacColl').
MC_SURNAME = re.compile(r"Ma?c[A-Z][a-z]+")


def given_name_people(
    doc: Doc, lexicon: PeopleLexicon, names: list[NameMention], places: set[int], byline: set[int], orth: numpy.ndarray
) -> list[NameMention]:
    """People the model tags as an organization or a date, or leaves untagged ('Danish supermodel Helena
    Christensen', 'including Keanu Reeves and Benjamin Bratt', 'Australian Timothy Weeks'): a common given
    name and one or two capitalised surnames, the whole of any entity it stands in, with evidence that a
    person is meant: a role or nationality right before it, a role in apposition after or before it, 'who'
    after it, 'starring' before it, a list that holds people and no organization, the agent of a work's making
    ('directed by Sofia Coppola'), or the surname alone elsewhere in the article speaking or after a courtesy title ('Hare told BBC
    Radio Five Live', 'said Dementieva'). A given name alone is no evidence, as brands carry them ('Investment bank
    Morgan Stanley', "Altria's Philip Morris"). The resolver gives these names to people over the
    organizations proposed on them (``resolve.rules.given_names_are_people``). ``orth``: the article's words (ORTH)."""
    people = {i for name in names for i in range(name.start, name.end)}
    surnames = name_forms(names)
    taken = people | places | byline
    lowercase = cache(lambda: lowercase_words(doc))
    spoken = cache(lambda: _surnames_spoken(doc, lexicon))
    bodies_end = cache(lambda: {item["end"] for org in proposals(doc).organizations for item in org["mentions"]})
    found: list[NameMention] = []
    for i in _words_among(orth.tolist(), lexicon.first_name_id_set):
        token = doc[i]
        span = _given_name_span(token, lexicon, lowercase, bodies_end)
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        strong = _titled(span, lexicon, taken) or _made_by(span, lexicon) or _starring(span) \
            or token.ent_iob_ == "I" and title(span, lexicon, taken)[0] is not None \
            or span[-1].text in spoken()
        if not (strong or not _region(token) and (
                _role_after(span, lexicon) or _role_before(span, lexicon) or _who_after(span)
                or _listed_with_people(span, lexicon, people, surnames))):
            continue
        taken.update(range(span.start, span.end))
        found.append(name_mention(span))
        # the whole entity of the model's, with a nationality opening it ('Frenchman Cyril Saulnier'), is no body's
        start = doc[span.start - 1].idx if token.ent_iob_ == "I" and _after_nationality(token, lexicon) \
            else span.start_char
        proposals(doc).given_names.append((start, span.end_char))
    return sorted(names + found, key=lambda name: name.start) if found else names


def _words_among(words: list[int], ids: frozenset[int]) -> list[int]:
    """``words_at`` for a long word list held as a set of string ids (the first names): the article's words
    (``words``, a token column as a list) are looked up in it, not it searched for each of them."""
    return [i for i, word in enumerate(words) if word in ids] if not ids.isdisjoint(words) else []


def described_people(
    doc: Doc, lexicon: PeopleLexicon, names: list[NameMention], excluded: set[int], lower: numpy.ndarray
) -> list[NameMention]:
    """People the model tags as an organization right after the noun of a calling only people have, whatever
    their given name ('design engineer Takuo Miyagishima', 'Late R&B star Aaliyah'; not a post a company holds
    too, 'lead manager Citibank', 'Alfa Romeo owner Fiat', nor 'broadcaster ITV'): one to three capitalised
    words, none a body's last word ('Records', 'Software') nor an acronym; a plural noun is a list's or a
    team's ('champions Chelsea'). The resolver gives them to people as it does given names. Sought only after
    the callings the article holds (``lower``: its LOWER column), outside ``excluded`` and the names found."""
    found: list[NameMention] = []
    taken: Optional[set[int]] = None
    for i in words_at(lower[:-1], lexicon.person_calling_ids):
        before, first = doc[i], doc[i + 1]
        if first.ent_iob_ != "B" or first.ent_type_ != "ORG" or not (before.is_lower and before.tag_ == "NN"):
            continue
        end = i + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ent = doc[i + 1 : end]
        if taken is None:
            taken = excluded | {j for name in names for j in range(name.start, name.end)}
        if not 1 <= len(ent) <= 3 or taken.intersection(range(ent.start, ent.end)):
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if not all(_capitalised(token) and token.is_alpha and not token.is_upper for token in ent) \
                or ent[-1].text in lexicon.institution_heads or after is not None and _capitalised(after):
            continue  # the tag may cover part of a name only ('defender Dirk' of 'Dirk Medved')
        found.append(name_mention(ent))
        proposals(doc).given_names.append((ent.start_char, ent.end_char))
    return sorted(names + found, key=lambda name: name.start) if found else names


def _given_name_span(token: Token, lexicon: PeopleLexicon, lowercase: Callable[[], set[str]],
                     bodies_end: Callable[[], set[int]]) -> Optional[Span]:
    """A given name and the one or two capitalised surnames after it, ending where the capitals end, not
    cutting an entity of the model's other than a person's. A country is no given name ('France Telecom');
    a surname is no plural or word the article writes in lowercase ('Kaiser Chiefs', 'Merrill Lynch
    Futures'), and is capitalised as a word or after Mc/Mac ('Ewan McGregor'), the last one double-barrelled
    perhaps ('Magnus McEwen-King'), as the given name may be ('Jean-Philippe Cotis'). ``lowercase`` gives those
    words, gathered once per article when first asked."""
    if token.text not in lexicon.first_names or not token.is_title or token.pos_ != "PROPN" \
            or token.ent_type_ not in ("ORG", "DATE", "") \
            or token.ent_iob_ == "I" and not _after_nationality(token, lexicon) and not _after_body(token, bodies_end) \
            and not _after_post(token, lexicon):
        return None
    if "country" in _place_features(token.text):
        return None
    doc = token.doc
    end = token.i + 1
    # a double-barrelled given name ('said Jean-Philippe Cotis, the OECD's chief economist')
    double = int(end + 1 < len(doc) and doc[end].text == "-" and not token.whitespace_ and not doc[end].whitespace_
                 and doc[end + 1].text in lexicon.first_names)
    end += 2 * double
    # a wire's line break right after the given name ('Secretary of Agriculture Richard\nLyng')
    broken = int(end + 1 < len(doc) and line_break(doc[end]) and _capitalised(doc[end + 1]))
    end += broken
    while end < len(doc) and end - token.i - broken - 2 * double <= 3 and _capitalised(doc[end]) \
            and doc[end].tag_ == "NNP" and doc[end].is_alpha and doc[end].ent_type_ in ("ORG", "DATE", "") \
            and not lexicon.is_title_word(doc[end]) and doc[end].lower_ not in lowercase():
        end += 1
    joined = end > token.i + 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and _capitalised(doc[end + 1]) and doc[end + 1].is_alpha
    if joined:
        end += 2  # a double-barrelled surname ('Broadreach chief executive Magnus McEwen-King')
    span = doc[token.i : end]
    if not 2 <= len(span) - 2 * (joined + double) - broken <= 3 or span[-1].text in lexicon.institution_heads:
        return None
    if end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].is_title and doc[end].pos_ == "PROPN"):
        return None
    return span


def _after_nationality(token: Token, lexicon: PeopleLexicon) -> bool:
    """The model's entity opens with a nationality right before the given name ('Frenchman Cyril Saulnier' tagged an
    organization): the name is the person's, the nationality a description."""
    before = token.doc[token.i - 1]
    return before.ent_iob_ == "B" and before.lower_ in lexicon.nationalities


def _after_body(token: Token, bodies_end: Callable[[], set[int]]) -> bool:
    """The organizations cut the model's entity right before the given name, at the end of a body's name ('Governor
    of the Bank of England Robin Leigh-Pemberton'): the name after it is the holder's."""
    before = token.doc[token.i - 1]
    return before.idx + len(before.text) in bodies_end()


def _after_post(token: Token, lexicon: PeopleLexicon) -> bool:
    """The model's entity opens with the body of a post written before it and runs on into the holder's name
    ('Secretary of Agriculture Richard\nLyng' tagged 'Agriculture Richard Lyng', an organization)."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start < token.i and post_body(token.doc[start : token.i], lexicon)


def _capitalised(token: Token) -> bool:
    return token.is_title or MC_SURNAME.fullmatch(token.text) is not None


def _made_by(span: Span, lexicon: PeopleLexicon) -> bool:
    """The agent of a verb of making a work, which a person does ('The wistful romantic comedy directed by
    Sofia Coppola', 'Primer, written and directed by Shane Carruth'); the name must be what 'by' governs,
    not a word before it ('a note written by Morgan Stanley analysts')."""
    by = span.root.head
    return span.root.dep_ == "pobj" and by.dep_ == "agent" and by.lower_ == "by" \
        and by.head.lemma_.lower() in lexicon.creator_verbs


def _starring(span: Span) -> bool:
    """The star a work names ('Mississippi Masala, starring Denzel Washington', "Finding Forrester, starring Sean
    Connery"): people act in films; a work stars in nothing ('starring in One Flew Over ...' names a title)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "starring"


def _surnames_spoken(doc: Doc, lexicon: PeopleLexicon) -> set[str]:
    """Capitalised words used alone as a person is: after a courtesy title ('Mr Souness') or as the subject
    of a verb of speaking a person does ('Hare told BBC Radio Five Live', 'Kluft said: "I knew about her"'),
    with no capitalised word beside them that would make them part of a longer name ('Dow Jones said')."""
    found = set()
    words = doc.to_array([IS_TITLE, POS])
    for i in numpy.flatnonzero((words[:, 0] == 1) & (words[:, 1] == PROPN)).tolist():
        token = doc[i]
        if _in_longer_name(token):
            continue
        before = doc[token.i - 1] if token.i else None
        if before is not None and before.lower_ in lexicon.honorifics or _speaks(token, lexicon):
            found.add(token.text)
    return found


def _speaks(token: Token, lexicon: PeopleLexicon) -> bool:
    """The subject of a verb of speaking in a sentence that quotes or that says 'he', 'she' or 'I' after it
    ('Souness said he did not think'), as companies say 'it' ('Marietta said it will also build')."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.speech_verbs:
        return False
    words, text = lexicon.quote_words, sentence_tokens(token.doc, token.i).text
    return any(mark in text for mark in words.marks) or any(
        word.lower_ in words.person_pronouns or word.text == "I" for word in verb.subtree if word.i > token.i)


def _in_longer_name(token: Token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" and (doc[i].is_title or doc[i].is_upper)
               for i in (token.i - 1, token.i + 1))


def _titled(span: Span, lexicon: PeopleLexicon, taken: set[int]) -> bool:
    """A role noun in lowercase or a nationality right before the name ('spokesman Glyn Davies', 'Australian
    Timothy Weeks'); a capitalised word there is part of a longer name ('Producer Price Index'), and a name
    after a preposition is what the role is of ('A spokesperson for Delta Airlines')."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not (before.is_lower and lexicon.is_role_head(before) or before.lower_ in lexicon.nationalities):
        return False
    return title(span, lexicon, taken)[0] is not None


def _listed_with_people(span: Span, lexicon: PeopleLexicon, people: set[int], surnames: set[str]) -> bool:
    """A name in a list with a person (one the model tags so, one found already, or one named by the surname
    of a person named in full) and with no organization other than names that open with a given name
    ('including Keanu Reeves and Benjamin Bratt', 'Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and
    Richard Gere', 'to meet DiCaprio and Keanu Reeves' after 'Leonardo DiCaprio'; not 'Altria Group, RJ
    Reynolds Tobacco, ... and Brown and Williamson')."""
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    others = [token for token in conjuncts(top) if not span.start <= token.i < span.end]
    person = [token.ent_type_ == "PERSON" or token.i in people or token.text in surnames for token in others]
    given = [token.doc[token.left_edge.i].text in lexicon.first_names for token in others]
    return any(person) and not any(token.ent_type_ == "ORG" and not (known or named) or _firm_role(token)
                                   for token, known, named in zip(others, person, given))


def _firm_role(token: Token) -> bool:
    """A person named with the firm their role is at ('McGinley Futures analyst Brian Singer'): the name
    before 'and' may be the firm's first part ('Carroll McEntee and McGinley Futures'), no person."""
    doc = token.doc
    before = doc[token.left_edge.i : token.i]
    return any(word.ent_type_ == "ORG" and any(later.is_lower for later in doc[word.i + 1 : token.i])
               for word in before)


def _role_after(span: Span, lexicon: PeopleLexicon) -> bool:
    """A role in apposition after the name ('Julia Eccleshare, chair of the adult judging panel')."""
    return any(child.dep_ == "appos" and child.i >= span.end and lexicon.is_role_head(child)
               for child in span.root.children)


def _role_before(span: Span, lexicon: PeopleLexicon) -> bool:
    """A role set off by commas right before the name ("Kenteris's lawyer, Gregory Ioannidis, reacted", "The
    Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed"): not a role a firm holds too ('its
    adviser, Morgan Stanley,')."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    role = doc[span.start - 2]
    return role.is_lower and lexicon.is_role_head(role) and role.lower_ not in lexicon.firm_roles


def _who_after(span: Span) -> bool:
    """A relative clause of a person after the name ('Dwain Chambers, who was banned for two years', 'Felipe
    Vivancos, who won the 60m hurdles'): 'who' follows the name or its comma."""
    doc, after = span.doc, span.end
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and doc[after].lower_ == "who"


def _region(token: Token) -> bool:
    """A given name that also names a region ('Carolina', 'Sofia', 'Virginia') opens a name only on the
    strongest evidence, a role before it, a work it made or its surname spoken alone ('Olympic heptathlon
    champion Carolina Kluft', 'directed by Sofia Coppola'; not 'Virginia Tech')."""
    return "region" in _place_features(token.text)


@cache
def _place_features(word: str) -> frozenset[str]:
    """The kinds of the places a given name also names ('country', 'region'), kept per word (only the given names'
    list is asked, so the cache stays that small): folding a name and looking it up in the gazetteer for every
    given name of every article was a large part of this stage."""
    gaz = gazetteer()
    key = fold(word)
    return frozenset(place.feature for place in gaz.candidates(key)) if key in gaz else frozenset()
