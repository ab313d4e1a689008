"""Later mentions: the forms by which the people named in full are mentioned again (the surname, a family
name put first), proposed to the resolver and sought where the model did not tag them."""

from __future__ import annotations

from collections import Counter
from typing import Any, Optional

import numpy
from spacy.attrs import ENT_TYPE, IS_UPPER
from spacy.tokens import Doc

from ..doc_utils import word_ids, words_at
from ..resolve import proposals, resolved
from .lexicon import PeopleLexicon
from .names import NameMention, family_words, grow, name_mention


def propose_surnames(doc: Doc, names: list[NameMention]) -> None:
    """The forms by which these people are mentioned again, for the resolver's rule that an organization
    named only by them is the person (``resolve.rules.surnames_are_people``)."""
    found = proposals(doc)
    found.surnames = name_forms(names)
    found.family_names = _family_names_first(names)


def later_mentions(
    doc: Doc, lexicon: PeopleLexicon, names: list[NameMention], blocked: set[int], orth: numpy.ndarray,
    organizations: Optional[list[dict[str, Any]]] = None,
) -> list[NameMention]:
    """Surname-only mentions the model did not tag ('Vucic spoke to N1'), also in a headline's capitals
    ('SHEARER NAMED AS ENGLAND CAPTAIN' over a story on Alan Shearer). ``orth``: the article's words (ORTH);
    ``organizations``: the organizations resolved now, when the caller holds them (the rules redo each ask)."""
    organization_words = {
        word
        for org in (resolved(doc, "organizations", with_unsupported=True) if organizations is None else organizations)
        for word in org["name"].replace("'", " ").replace("’", " ").split()
    }
    surnames = name_forms(names)
    family_names = _family_names_first(names)
    repeated = repeated_single_names(names)
    tagged_otherwise = _tagged_otherwise(doc, orth) if repeated else Counter()
    singles = {
        word for word, count in repeated.items()
        if word not in organization_words and word.lower() not in lexicon.nationalities
        and count > tagged_otherwise[word]
    }
    taken = {i for name in names for i in range(name.start, name.end)}
    found: list[NameMention] = []
    for i in _written_as(doc, orth, surnames | singles | family_names.keys()):
        token = doc[i]
        text = token.text.title() if token.is_upper else token.text
        known = text in surnames or (text == token.text and text in singles) or (
            token.ent_type_ == "ORG" and text in family_names)
        if known and token.i not in taken and token.i not in blocked and token.pos_ == "PROPN":
            span = grow(doc[token.i : token.i + 1], lexicon, blocked | taken)
            taken.update(range(span.start, span.end))
            found.append(name_mention(span))
            if len(span) == 1:
                found[-1].words = (text,)
    return sorted(names + found, key=lambda name: name.start) if found else names


def _written_as(doc: Doc, orth: numpy.ndarray, forms: set[str]) -> list[int]:
    """Tokens written as one of ``forms``, or in capitals as one ('SHEARER' of a headline for 'Shearer'), read
    from token arrays."""
    if not forms:
        return []
    strings = doc.vocab.strings
    capitals = {strings[word] for word in set(orth[doc.to_array(IS_UPPER) == 1].tolist())}
    return words_at(orth, word_ids(forms | {word for word in capitals if word.title() in forms}))


def _tagged_otherwise(doc: Doc, orth: numpy.ndarray) -> Counter[str]:
    """How often the model tags each word as another kind of entity than a person, counted once per article
    from token arrays."""
    kinds = doc.to_array(ENT_TYPE)
    strings = doc.vocab.strings
    words = Counter(orth[(kinds != 0) & (kinds != strings["PERSON"])].tolist())
    return Counter({strings[word]: count for word, count in words.items()})


def repeated_single_names(names: list[NameMention]) -> dict[str, int]:
    """Surnames the model tags alone more than once ('Niederreiter', when the full name was missed):
    the article's other uses of the word are the same person, unless the word also names an
    organization of the article ('Stella' of "Stella's Cafe") or the model tags it as another kind of
    entity more often ('Durham' the county side), which the caller checks against these counts; it
    leaves out headlines in capitals."""
    counts: dict[str, int] = {}
    for name in names:
        if len(name.words) == 1:
            counts[name.words[0]] = counts.get(name.words[0], 0) + 1
    return {word: count for word, count in counts.items() if count > 1}


def _family_names_first(names: list[NameMention]) -> dict[str, int]:
    """The first word of each two-word name, by which names that put the family name first are shortened
    ('Wang' of 'Wang Donghai', as merge.group_names reads them) where the model tags that short form as an organization,
    with the offset of the first such name: a short form follows the full name (not 'Pirelli' of a later
    'Pirelli Cables')."""
    firsts: dict[str, int] = {}
    for name in names:
        if len(name.words) == 2 and len(name.words[0]) > 2 and name.words[0].isalpha():
            firsts[name.words[0]] = min(firsts.get(name.words[0], name.start_char), name.start_char)
    return firsts


def name_forms(names: list[NameMention]) -> set[str]:
    """Surnames of the people named in full, by which the article mentions them again: the last word (before a
    generational suffix: 'Gerstner' of 'Louis Gerstner Jr.'), and a hyphenated surname whole ('Al-Kahlot' of
    'Mustafa Al-Kahlot')."""
    forms = set()
    for name in names:
        words = family_words(name.words)
        if len(words) > 1:
            forms.add(words[-1])
            first = len(words) - 1
            while first >= 2 and words[first - 1] == "-":
                first -= 2
            if first > 0:
                forms.add("".join(words[first:]))
    return forms
