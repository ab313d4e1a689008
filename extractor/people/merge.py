"""One record per person: the mentions of a name grouped (a surname with the full name it ends) and their
roles gathered."""

from __future__ import annotations

from typing import Any, Mapping

from spacy.tokens import Doc

from ..doc_utils import mention
from ..entities import NAME_PARTICLES, clean_spaces
from .names import NameMention, family_words


def group_names(names: list[NameMention], short_forms: Mapping[str, frozenset[str]]) -> list[list[NameMention]]:
    """One group per person: a shorter name ('Lukovic') joins the nearest earlier full name it ends ('Dejan
    Lukovic'), or ends but for a generational suffix ('Gerstner' of 'Louis Gerstner Jr.'), when that is in its
    sentence or the one before, else the first earlier one, else the first later one; so does a name that opens
    a full name up to its particle ('Sheikh Ali' of 'Sheikh Ali al-Khalifa al-Sabah'); a lone first word joins a
    full name it starts the same way, as Asian names put the family name first ('Kim' after 'Kim Jong-un' and
    'Kim Yong-chol'). A particle matches in either case
    ('Van Nistelrooy' opening a sentence is Ruud van Nistelrooy). The same name with its given name as an
    initial or a short form is the one person when the article names only one that way ('C Paterson' of a
    line-up is Chris Paterson, 'Jim Ammeen' the 'James Ammeen' of the paragraph before)."""
    groups: list[list[NameMention]] = []
    owner: dict[int, int] = {}
    by_length = sorted(range(len(names)), key=lambda i: (-len(names[i].words), i))
    keys = [_key(name.words) for name in names]
    families = [_key(family_words(name.words)) for name in names]
    for index in by_length:
        words = names[index].words
        matches = [other for other in owner if keys[other][-len(words) :] == keys[index]
                   or len(families[other]) > len(words) and families[other][-len(words) :] == keys[index]]
        if not matches:
            matches = [other for other in owner if _shortened_from_its_end(names[other].words, words)]
        if not matches and len(words) == 1:
            matches = [other for other in owner if len(names[other].words) > 1 and names[other].words[0] == words[0]]
        if not matches:
            variants = {owner[other] for other in owner
                        if _given_name_variant(families[other], families[index], short_forms)}
            matches = [min(other for other in owner if owner[other] in variants)] if len(variants) == 1 else []
        if not matches:
            owner[index] = len(groups)
            groups.append([names[index]])
            continue
        before = [other for other in matches if other < index]
        target = max(before) if before else min(matches)
        if before and names[index].sentence - names[target].sentence > 1:
            # past the next sentence, the first named: news copy gives a namesake ('a Scott Meadows, who
            # appears to be the brother of the congressman') his full name each time and leaves the surname
            # to the story's subject
            target = min(before)
        owner[index] = owner[target]
        groups[owner[target]].append(names[index])
    for group in groups:
        group.sort(key=lambda item: item.start)
    groups.sort(key=lambda group: group[0].start)
    return groups


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word.lower() if word.lower() in NAME_PARTICLES else word for word in words)


def _given_name_variant(one: tuple[str, ...], other: tuple[str, ...],
                        short_forms: Mapping[str, frozenset[str]]) -> bool:
    """The same full name but for the given name, which one writes as its initial ('C Paterson', 'R de Marigny')
    or a short form ('Jim' of 'James') of the other's."""
    if len(one) != len(other) or len(one) < 2 or one[1:] != other[1:] or one[0] == other[0]:
        return False
    return any(_stands_for(short, full, short_forms) for short, full in ((one[0], other[0]), (other[0], one[0])))


def _stands_for(short: str, full: str, short_forms: Mapping[str, frozenset[str]]) -> bool:
    if not full[1:].islower():
        return False  # no initials either
    initials = short.replace(".", "")
    if initials.isalpha() and initials.isupper() and len(initials) <= 3:
        return initials[0] == full[0]
    return full.lower() in short_forms.get(short.lower(), ())


def _shortened_from_its_end(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """'Sheikh Ali' of 'Sheikh Ali al-Khalifa al-Sabah': Arabic names, and others with a particle before the
    family name, are shortened by leaving off the particle and what follows it."""
    return len(full) > len(words) and full[: len(words)] == words and full[len(words)].lower() in NAME_PARTICLES


def record(doc: Doc, group: list[NameMention]) -> dict[str, Any]:
    roles: list[str] = []
    for item in group:
        roles.extend(role for role in item.roles if role not in roles)
    # a role another ends with says nothing more ('champion' beside 'Sydney 200m champion', 'father' beside 'Mr
    # Conlon's father'), as one mention's title may be cut shorter than another's
    roles = [role for role in roles if not any(other.endswith(f" {role}") for other in roles)]
    name = clean_spaces(max(group, key=lambda item: (len(item.words), len(item.text))).text)
    return {
        "name": name,
        "roles": roles,
        "mentions": [mention(doc, item.start_char, item.end_char, item.text) for item in group],
    }
