"""The cross-type rules: where a mention one component proposed belongs to another kind of entity. They run
in the order of ``RULES``, each on the records of one kind, with the evidence the other components left."""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from spacy.tokens import Doc

from ..entities import covered_tokens, title_key
from .proposals import Proposals, proposals

Records = list[dict[str, Any]]
DEMONYM = frozenset({"demonym"})
# Lowercase words a body's proper name holds ('the Bank of England', 'American Telephone and Telegraph Co',
# 'British Printing and Communications Corp plc').
NAME_LOWERCASE_WORDS = frozenset({"the", "and", "of", "for", "plc"})
# Two words run together, as brands are ('DeepMind', 'YouTube'): a capital after four or more letters, past
# the prefixes of surnames and given names ('McDonald', 'MacArthur', 'LeBron', 'DeShawn').
BRAND_SHAPE = re.compile(r"[A-Z][a-z]{3,}[A-Z][A-Za-z]*")


def teams_are_not_places(places: Records, found: Proposals) -> Records:
    """A town named in a results line's team ('Mansfield 0-1 Leyton Orient') is the club, which
    organizations propose, not the place: those place mentions go, and a place left with none goes too."""
    return _without_mentions_in(places, found.teams)


def partners_are_not_places(places: Records, found: Proposals) -> Records:
    """A town named as a partner of a firm ('Prescott' of 'Prescott, Ball and Turben Inc') is no mention of
    the place: those mentions go, and a place left with none goes too."""
    return _without_mentions_in(places, found.firms)


def companies_named_for_small_towns_are_not_places(places: Records, found: Proposals) -> Records:
    """A small town's name that the article uses for a company it names is the company there: a short form the
    company's mentions use ('sold back to Gillette the shares' beside 'Gillette said', of 'Gillette Co'; 'market
    action in Dome' of 'Dome Petroleum Ltd') or its name less the last word ('51 pct of San Miguel's stock' of 'San
    Miguel Corp', 'the outstanding capital stock of Sealy' of 'Sealy Inc'). Those mentions go, and a place left with
    none goes too; a city and a town its state qualifies ('Hoffman Estates, Ill.') stay
    (``places.resolve.propose_places``)."""
    if not found.small_towns:
        return places
    names: set[str] = set()
    for org in _decided(found, "organizations"):
        if org.get("type") == "company":
            names.update(item["text"] for item in org["mentions"])
            words = org["name"].split()
            if len(words) > 1:
                names.add(" ".join(words[:-1]))
    kept = []
    for place in places:
        mentions = [item for item in place.get("mentions", ())
                    if item["start"] not in found.small_towns or item["text"] not in names]
        if mentions:
            kept.append({**place, "mentions": mentions})
    return kept


def names_inside_bodies_are_not_places(places: Records, found: Proposals) -> Records:
    """A demonym inside an organization's proper name is no mention of its country ('Indian Airlines', 'the Swiss
    National Bank', 'American Express': GUIDE), nor inside the name of an event, an award or a body the model tags
    that organizations do not take ('the Australian Open', 'the British Book Awards': ``Proposals.named_things``),
    where the rest of the name is capitalised and says more than which part of the state the body is ('the Serbian
    Interior Ministry', 'the German government' stay); a place left with no mention goes."""
    names = [(item["start"], item["end"], item["text"]) for org in _decided(found, "organizations")
             for item in org["mentions"]] + found.named_things
    if not names:
        return places
    kept = []
    for place in places:
        mentions = [item for item in place.get("mentions", ()) if item.get("via") != "demonym" or not any(
            start <= item["start"] and item["end"] <= end and _a_bodys_own_name(text, item["start"] - start,
                                                                               item["end"] - start, found)
            for start, end, text in names)]
        if mentions:
            kept.append({**place, "mentions": mentions})
    return kept


def _a_bodys_own_name(text: str, start: int, end: int, found: Proposals) -> bool:
    """Whether the name, less the demonym at ``start:end``, is capitalised words not all of a state's parts, or ending
    in a word that only qualifies a state's part ('Korean Air', unlike 'Indian Air Force'); the small words a name
    holds in lowercase are no sign of a common noun ('American Telephone and Telegraph Co')."""
    others = [word for word in (text[:start] + " " + text[end:]).split()
              if word.isalpha() and word.lower() not in NAME_LOWERCASE_WORDS]
    return bool(others) and all(word[0].isupper() for word in others) \
        and not (all(word.lower() in found.words.state_words for word in others)
                 and others[-1].lower() not in found.words.state_modifiers)


def surnames_are_people(organizations: Records, found: Proposals) -> Records:
    """The model tags some later surname mentions as ORG ("Sesar's report", "said Wang's arrest"): an
    organization named only by a person's surname, or by the family name of a two-word name after that
    name ('Wang' after 'Wang Donghai', not 'Pirelli' before 'Pirelli Cables'), is that person."""
    return [org for org in organizations if not all(
        item["text"] in found.surnames or found.family_names.get(item["text"], item["start"]) < item["start"]
        for item in org["mentions"])]


def given_names_are_people(organizations: Records, found: Proposals) -> Records:
    """A name people found to be a person's by its given name and a role or a coordinated person beside it
    ('Danish supermodel Helena Christensen', 'including Keanu Reeves and Benjamin Bratt'), a work it made
    ('directed by Sofia Coppola') or its surname speaking alone ('Hare told BBC Radio Five Live') is no
    organization there, though the model tagged it ORG: those mentions go, with the organization's other
    mentions in the same one word ('Late R&B star Aaliyah' then 'Aaliyah had completed a music video'), and an
    organization left with none goes too."""
    if not found.given_names:
        return organizations
    taken = {item["text"] for org in organizations for item in org["mentions"] if " " not in item["text"]
             and any(start <= item["start"] and item["end"] <= end for start, end in found.given_names)}
    return _without_mentions_in(organizations, found.given_names, taken)


def titles_are_not_people(people: Records, found: Proposals) -> Records:
    """A work's title the model tags a person ('novel, Cloud Atlas,', 'Purlie Victorious' after 'his own play',
    'Atomic Bomb' of 'album, How to Dismantle an Atomic Bomb,') is none: the mentions inside a title the article
    names as a work, or named as one, go, and a person left with none goes too; so does a person whose whole name
    is such a title, the work's hero ('the musical Billy Elliot', then 'The three boys playing Billy')."""
    if not found.titles:
        return people
    people = [person for person in people if title_key(person["name"]) not in found.titles]
    named = {item["text"] for person in people for item in person["mentions"] if title_key(item["text"]) in found.titles}
    return _without_mentions_in(people, found.title_spans, named)


def _without_mentions_in(records: Records, spans: list[tuple[int, int]], texts: frozenset[str] | set[str] = frozenset()
                         ) -> Records:
    """The records without their mentions inside any of the character spans or in one of ``texts``, and without
    those left with none."""
    if not spans:
        return records
    kept = []
    for record in records:
        mentions = [item for item in record.get("mentions", ()) if item["text"] not in texts
                    and not any(start <= item["start"] and item["end"] <= end for start, end in spans)]
        if mentions:
            kept.append({**record, "mentions": mentions})
    return kept


def _named_only_by(records: Records, words: frozenset[str]) -> Records:
    return [record for record in records if not all(item["text"] in words for item in record.get("mentions", ()))]


def group_words_are_not_people(people: Records, found: Proposals) -> Records:
    """The model tags a party's short forms, a people's name and a prize's as persons ('the Lib Dems', 'a Lib Dem
    spokesman', 'two-thirds of Britons', 'who has never won an Oscar', 'eight posthumous Grammy Awards'): a
    person named only by such words, or by the end of one of them ('Dems' beside 'Lib Dems'), is none."""
    words = found.words

    def group_word(text: str) -> bool:
        return text in words.nationalities or text in words.parties or text in words.awards \
            or text.rsplit(None, 1)[-1] in words.award_heads

    kept = []
    for person in people:
        texts = {item["text"] for item in person.get("mentions", ())}
        grouped = {text for text in texts if group_word(text)}
        if not grouped or not all(text in grouped or any(word.endswith(f" {text}") for word in grouped)
                                  for text in texts):
            kept.append(person)
    return kept


def nationalities_are_not_organizations(organizations: Records, found: Proposals) -> Records:
    """A nationality alone is no body ('Welsh councils', 'Britons support the couple'), though the model
    tags some ORG."""
    return _named_only_by(organizations, found.words.nationalities)


def unsupported_are_not_organizations(organizations: Records, found: Proposals) -> Records:
    """A name the model tags an organization with no support in the article ('The Motorcycle Diaries',
    'Macintosh', 'Glastonbury'; ``organizations.support``) is none."""
    return [org for org in organizations if org["mentions"][0]["start"] not in found.unsupported]


def words_used_otherwise_are_not_people(people: Records, found: Proposals) -> Records:
    """One word the model tags a person, never grown to a full name, that the article uses otherwise: as a
    place ('from the Rafah crossing' after 'the southern city of Rafah'; a dateline's 'TAYLORVILLE —' over
    'of Taylorville'), as an organization ('A spokesperson for OpenAI' beside 'But OpenAI declined') or the
    first word of one ('talks with Gregg' after 'Gregg River Co'), as a name the model tags an organization
    that the article does not support as one ('Valve', 'Halo'), or in lowercase, a common noun opening a
    sentence ('Coal has been in a slow-motion death spiral' among 'coal generation'); or a word shaped like a
    brand, two words run together ('DeepMind’s Go-playing program'). Such a person is none."""
    organizations = _decided(found, "organizations", but=unsupported_are_not_organizations)
    other_uses = {item["text"] for fact in (*_decided(found, "places"), *organizations) for item in fact["mentions"]}
    other_uses |= found.common_words | _first_words(organizations)
    return [person for person in people if not all(
        item["start"] in found.one_word_names and _used_otherwise(item["text"], other_uses)
        for item in person["mentions"])]


def bodies_named_alike_are_not_people(people: Records, found: Proposals) -> Records:
    """A name the article gives a body it supports is no person where the article gives it no role: the model tags
    some companies persons in one place and organizations in another ('Northrop Grumman’s OmegA' beside 'Draper,
    Lockheed Martin, and Northrop Grumman'). A person all of whose mentions are an organization's mentions
    elsewhere, with no role, is none; one with a role stays ('talent manager Scooter Braun' beside 'Scooter Braun's
    company')."""
    names = {item["text"] for org in _decided(found, "organizations") for item in org["mentions"]}
    return [person for person in people if person.get("roles") or not all(
        item["text"] in names for item in person["mentions"])]


def _used_otherwise(word: str, other_uses: set[str]) -> bool:
    return word in other_uses or word.isupper() and word.capitalize() in other_uses \
        or BRAND_SHAPE.fullmatch(word) is not None


def _first_words(organizations: Records) -> set[str]:
    """The first word of each organization named in several words, by which news copy shortens it; not of a name
    whose other words are lowercase, a leader's or a place's body ('the Trump administration'), whose first word
    names the leader or the place."""
    return {words[0] for org in organizations for words in [org["name"].split()] if len(words) > 1
            and words[0].isalpha() and not all(word.islower() for word in words[1:])}


# (kind whose records the rule decides, rule), applied in this order.
RULES: tuple[tuple[str, Callable[[Records, Proposals], Records]], ...] = (
    ("places", teams_are_not_places),
    ("places", partners_are_not_places),
    ("places", companies_named_for_small_towns_are_not_places),
    ("places", names_inside_bodies_are_not_places),
    ("organizations", surnames_are_people),
    ("organizations", given_names_are_people),
    ("organizations", nationalities_are_not_organizations),
    ("organizations", unsupported_are_not_organizations),
    ("people", group_words_are_not_people),
    ("people", titles_are_not_people),
    ("people", words_used_otherwise_are_not_people),
    ("people", bodies_named_alike_are_not_people),
)


def resolved(doc: Doc, kind: str, with_unsupported: bool = False) -> Records:
    """The records of ``kind`` ('places', 'organizations', 'people') as the rules decide them from what has
    been proposed so far: the final list once every entity component has run. ``with_unsupported`` keeps the
    organizations the article does not support, whose names people stay clear of as before."""
    return _decided(proposals(doc), kind, but=unsupported_are_not_organizations if with_unsupported else None)


def _decided(found: Proposals, kind: str, but: Optional[Callable[[Records, Proposals], Records]] = None) -> Records:
    """The records of ``kind`` after its rules, ``but`` one of them."""
    records = getattr(found, kind)
    for rule_kind, rule in RULES:
        if rule_kind == kind and rule is not but:
            records = rule(records, found)
    return records


def place_tokens(doc: Doc) -> set[int]:
    """Tokens of the places resolved so far by name (demonyms such as 'Serbian' do not count: they are part
    of organization names and roles)."""
    return covered_tokens(doc, resolved(doc, "places"), skip_via=DEMONYM)


def place_and_demonym_tokens(doc: Doc) -> tuple[set[int], set[int]]:
    """``place_tokens``, and the tokens the places component read as a nationality outside any place name
    ('Kenyan' of 'Kenyan Alice Timbilil'), from one resolving of the places, which the rules redo at each ask."""
    places = resolved(doc, "places")
    named = covered_tokens(doc, places, skip_via=DEMONYM)
    return named, covered_tokens(doc, places) - named
