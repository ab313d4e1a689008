"""Clubs named after their towns: in a sports story 'Tottenham manager Jacques Santini', 'Liverpool travel to Burnley'
and 'the 2-0 Uefa Cup win against Lazio' name clubs, which the guide counts as organizations, not places; and a town's
name in a team sheet ('Pilkington, Talbot, Buxton, Dimech, ...') is a player's surname. The words are ``clubs`` in
``data/places_rules.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..doc_utils import among, read_data, word_ids
from .cues import _after, _before, _capitalised
from .lookup import Gazetteer, fold

if TYPE_CHECKING:
    from .mentions import _Mention

# Places that are never a club's name here: a national side is its country acting, which the guide keeps.
WHOLE_FEATURES = frozenset({"country", "continent", "body_of_water"})
# A team sheet: a comma list of at least this many names, most of which no place bears.
TEAM_SHEET_ITEMS = 6
# How far a team sheet is read either side of a name (tokens).
TEAM_SHEET_REACH = 60
# What stands between the names of a team sheet besides commas: substitutes with their minute, '(Jenas 77)'.
SHEET_FILLERS = frozenset({"(", ")", "'"})
FIXTURE_WORDS = frozenset({"v", "v.", "vs", "vs."})
# The organizations' words, whose verbs of play make the sides they take as clubs (organizations/teams.py).
ORGANIZATION_WORDS = "organizations.json"
SIDE_VERB_LISTS = ("match_verbs", "contest_verbs", "sport_verbs")


@dataclass(frozen=True)
class ClubWords:
    """The word lists of ``clubs`` in ``data/places_rules.json``."""

    sport_min: int
    nations: frozenset[str]
    sport_ids: numpy.ndarray
    roles: frozenset[str]
    match_verbs: frozenset[str]
    club_nouns: frozenset[str]
    prepositions: frozenset[str]
    list_words: frozenset[str]
    place_prepositions: frozenset[str]
    rival_words: frozenset[str]


@lru_cache(maxsize=4)
def club_words(gaz: Gazetteer) -> ClubWords:
    """Built once per gazetteer, from its ``club_rules``."""
    rules = gaz.club_rules
    return ClubWords(rules["sport_min"], frozenset(fold(name) for name in rules["nations"]),
                     word_ids(rules["sport_words"]), frozenset(rules["club_role_words"]),
                     frozenset(rules["match_verbs"]), frozenset(rules["club_nouns"]),
                     frozenset(rules["club_prepositions"]), frozenset(rules["club_list_words"]),
                     frozenset(rules["place_prepositions"]), frozenset(rules["rival_words"]))


def club_mentions(doc: Doc, found: list["_Mention"], gaz: Gazetteer) -> set[int]:
    """The ids of the mentions that name a club or a player, not a place: in a sports story, a town or region the words
    at one of its mentions make a club ('Newcastle boss Graeme Souness'), at that mention and at the story's others
    but those after a preposition of place ('the European Indoors in Madrid'); and a town in a team sheet. A side of
    a verb of play is left to the organizations component (``_a_side_in_play``). A country
    or a home nation (a national side), a region of several countries ('interest from the Middle East'), a name its
    country or state qualifies, that state ('ARLINGTON, Texas') and a dateline's capitals stay."""
    words = club_words(gaz)
    holders = {id(item.within) for item in found if item.within is not None}
    towns = [item for item in found if item.candidates and item.within is None and id(item) not in holders
             and not item.span.text.isupper()
             and item.key not in words.nations
             and not any(candidate.feature in WHOLE_FEATURES or candidate.country_code is None
                         for candidate in item.candidates)]
    if not towns or not _sports_story(doc, words):
        return set()
    named = {id(item) for item in towns if _named_as_club(item.span, words) or _in_team_sheet(item.span, gaz)}
    clubs = {item.key for item in towns if id(item) in named}
    dropped = named | {id(item) for item in towns if item.key in clubs and not _placed(item.span, words)}
    return dropped - {id(item) for item in towns if id(item) in dropped and _a_side_in_play(item.span)}


def _a_side_in_play(name: Span) -> bool:
    """The subject or object of a verb of play, or after a preposition on one, or right before one ('Leicestershire
    beat Somerset', 'to face Lazio', 'lost to Newcastle'): the organizations component reads these among the places
    and makes them clubs where the words say so (``sides_in_play``), and the resolver then takes the place's mention
    away; a mention dropped here would leave it nothing to read."""
    first = _first_conjunct(name.root)
    verb = first.head if first.dep_ in ("nsubj", "dobj") else \
        first.head.head if first.dep_ == "pobj" and first.head.dep_ == "prep" else None
    following = name.doc[name.end] if name.end < len(name.doc) else None
    return any(token is not None and token.pos_ == "VERB" and token.lemma_.lower() in _side_verbs()
               for token in (verb, following))


@lru_cache(maxsize=1)
def _side_verbs() -> frozenset[str]:
    data = read_data(ORGANIZATION_WORDS)
    return frozenset(verb for key in SIDE_VERB_LISTS for verb in data[key])


def _sports_story(doc: Doc, words: ClubWords) -> bool:
    """At least ``sport_min`` different sport words ('league', 'striker', 'fixture'): a sports report, where a town
    is a club's name far more often than elsewhere."""
    lower = doc.to_array(LOWER)
    return len(numpy.unique(lower[among(lower, words.sport_ids)])) >= words.sport_min


def _placed(name: Span, words: ClubWords) -> bool:
    preceding = _before(name)
    return preceding is not None and preceding.lower_ in words.place_prepositions


def _named_as_club(name: Span, words: ClubWords) -> bool:
    """The words at this mention make it a club: a role after it ('Tottenham manager', 'the Bucharest side'), its
    player or result after its 's ("Tottenham's Ledley King", "Chelsea's 2-1 win"), a match verb or a plural verb it
    is the subject of ('Liverpool travel', 'Liverpool have'), a match verb it is the object of ('beat Slough'), a
    fixture ('Yeading v Newcastle', 'against Edinburgh', 'a defeat to Reading', 'a bid from Tottenham'), a list of
    clubs ('Spanish trio Real Madrid, Barcelona and Valencia') or a team sheet's colon ('Newcastle: Given, Carr')."""
    following, preceding = _after(name), _before(name)
    if following is not None and following.tag_ == "POS":
        return _owns_player_or_result(following, words)
    if following is not None and (following.lower_ in words.roles or following.lower_ in FIXTURE_WORDS
                                  or _opens_team_sheet(following)):
        return True
    if preceding is not None and preceding.lower_ in FIXTURE_WORDS:
        return True
    first = _first_conjunct(name.root)
    return _in_match(first, name.root, words) or _listed_as_clubs(first, words)


def _owns_player_or_result(possessive: Token, words: ClubWords) -> bool:
    """"Tottenham's Ledley King", "Chelsea's 2-1 win"."""
    owned = _after(possessive.doc[possessive.i : possessive.i + 1])
    if owned is not None and owned.like_num:
        owned = _after(owned.doc[owned.i : owned.i + 1])
    return owned is not None and (owned.ent_type_ == "PERSON" or owned.lower_ in words.club_nouns)


def _opens_team_sheet(colon: Token) -> bool:
    """'Newcastle: Given, Carr, Boumsong, ...': a colon, a capitalised name and a comma."""
    doc = colon.doc
    return colon.text == ":" and colon.i + 2 < len(doc) and _capitalised(doc[colon.i + 1]) and any(
        token.text == "," for token in doc[colon.i + 2 : colon.i + 5])


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _in_match(first: Token, root: Token, words: ClubWords) -> bool:
    """Subject or object of a match verb, subject of a plural verb on its own, or after 'against', or after a
    club preposition on a match or transfer noun."""
    head = first.head
    if first.dep_ == "nsubj":
        alone = first == root and not any(child.dep_ == "conj" for child in first.children)
        return head.lemma_ in words.match_verbs or (alone and any(
            token.tag_ == "VBP" for token in [head, *head.children] if token == head or token.dep_ == "aux"))
    if first.dep_ == "dobj":
        return head.lemma_ in words.match_verbs
    if first.dep_ != "pobj":
        return False
    return head.lower_ == "against" or (
        head.lower_ in words.prepositions and head.head.lemma_.lower() in words.club_nouns)


def _listed_as_clubs(first: Token, words: ClubWords) -> bool:
    """The first of a list right after a word for clubs: 'Spanish trio Real Madrid, Barcelona and Valencia'."""
    start = first.left_edge
    preceding = _before(start.doc[start.i : start.i + 1])
    return preceding is not None and preceding.lower_ in words.list_words


def _in_team_sheet(name: Span, gaz: Gazetteer) -> bool:
    """One name of a comma list of ``TEAM_SHEET_ITEMS`` or more, on one line, most of whose names no place bears:
    'Pilkington, Talbot, Buxton, Dimech, Artell, Corden, Murray, ...' lists players, not towns."""
    doc = name.doc
    before, after = _before(name), _after(name)
    if not ((before is not None and before.text == ",") or (after is not None and after.text == ",")):
        return False
    start, end = name.start, name.end
    while start > max(0, name.start - TEAM_SHEET_REACH) and _sheet_token(doc[start - 1]):
        start -= 1
    while end < min(len(doc), name.end + TEAM_SHEET_REACH) and _sheet_token(doc[end]):
        end += 1
    items = list(_items(doc[start:end]))
    if len(items) < TEAM_SHEET_ITEMS:
        return False
    places = sum(fold(item) in gaz for item in items)
    return 2 * places < len(items)


def _sheet_token(token: Token) -> bool:
    return token.text == "," or token.text in SHEET_FILLERS or token.like_num or (
        _capitalised(token) and token.is_alpha or "'" in token.text)


def _items(span: Span) -> Iterable[str]:
    """The names of a comma list, without the substitutes' brackets."""
    item: list[str] = []
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif token.text == "," and depth == 0:
            if item:
                yield " ".join(item)
            item = []
        elif depth == 0 and not token.like_num:
            item.append(token.text)
    if item:
        yield " ".join(item)
