"""People the model tags as an organization or a date, or leaves untagged: a common given name and one or two
capitalised surnames, with evidence that a person is meant."""

from __future__ import annotations

from functools import cache
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..places import fold, gazetteer
from ..resolve import proposals
from .lexicon import PeopleLexicon
from .names import NameMention, name_mention
from .surnames import name_forms
from .titles import title
from .tokens import conjuncts


def given_name_people(
    doc: Doc, lexicon: PeopleLexicon, names: list[NameMention], places: set[int], byline: set[int]
) -> list[NameMention]:
    """People the model tags as an organization or a date, or leaves untagged ('Danish supermodel Helena
    Christensen', 'including Keanu Reeves and Benjamin Bratt', 'Australian Timothy Weeks'): a common given
    name and one or two capitalised surnames, the whole of any entity it stands in, with evidence that a
    person is meant: a role or nationality right before it, a role in apposition after it, or a list that
    holds people and no organization. A given name alone is no evidence, as brands carry them ('Investment
    bank Morgan Stanley', "Altria's Philip Morris"). The resolver gives these names to people over the
    organizations proposed on them (``resolve.rules.given_names_are_people``)."""
    people = {i for name in names for i in range(name.start, name.end)}
    surnames = name_forms(names)
    taken = people | places | byline
    lowercase = cache(lambda: {token.lower_ for token in doc if token.is_lower})
    found: list[NameMention] = []
    for token in doc:
        span = _given_name_span(token, lexicon, lowercase) if token.text in lexicon.first_names else None
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if not (_titled(span, lexicon, taken) or _role_after(span, lexicon)
                or _listed_with_people(span, lexicon, people, surnames)):
            continue
        taken.update(range(span.start, span.end))
        found.append(name_mention(span))
        proposals(doc).given_names.append((span.start_char, span.end_char))
    return sorted(names + found, key=lambda name: name.start) if found else names


def _given_name_span(token: Token, lexicon: PeopleLexicon, lowercase: Callable[[], set[str]]) -> Optional[Span]:
    """A given name and the one or two capitalised surnames after it, ending where the capitals end, not
    cutting an entity of the model's other than a person's. A country or region is no given name ('France
    Telecom'), and a surname is no plural or word the article writes in lowercase ('Kaiser Chiefs',
    'Merrill Lynch Futures'). ``lowercase`` gives those words, gathered once per article when first asked."""
    if token.text not in lexicon.first_names or not token.is_title or token.pos_ != "PROPN" \
            or token.ent_type_ not in ("ORG", "DATE", "") or token.ent_iob_ == "I" \
            or any(place.feature in ("country", "region") for place in _places_named(token.text)):
        return None
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].tag_ == "NNP" \
            and doc[end].is_alpha and doc[end].ent_type_ in ("ORG", "DATE", "") and not lexicon.is_title_word(doc[end]) \
            and doc[end].lower_ not in lowercase():
        end += 1
    span = doc[token.i : end]
    if not 2 <= len(span) <= 3 or span[-1].text in lexicon.institution_heads:
        return None
    if end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].is_title and doc[end].pos_ == "PROPN"):
        return None
    return span


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
    return any(person) and not any(token.ent_type_ == "ORG" and not (known or named)
                                   for token, known, named in zip(others, person, given))


def _role_after(span: Span, lexicon: PeopleLexicon) -> bool:
    """A role in apposition after the name ('Julia Eccleshare, chair of the adult judging panel')."""
    return any(child.dep_ == "appos" and child.i >= span.end and lexicon.is_role_head(child)
               for child in span.root.children)


def _places_named(word: str) -> tuple[Any, ...]:
    gaz = gazetteer()
    key = fold(word)
    return gaz.candidates(key) if key in gaz else ()
