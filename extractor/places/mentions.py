"""Reading the model's place entities and the article's demonyms as mentions of places, each with the
gazetteer entries it may mean: names trimmed and split at commas, names that are people, bodies or a
government acting ('Seoul expects') left out, and "X, Y" qualifiers linked ("Paris, Texas")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable, Iterator, Optional, Sequence

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..doc_utils import doc_text, read_data
from ..entities import labelled_entities, role_words
from .clubs import club_mentions
from .cues import (
    _after, _before, _before_a_land_noun, _capitalised, _celestial, _completes_a_title, _in_a_company_name,
    _names_water,
)
from .firms import firm_mentions
from ..doc_utils import word_ids, words_at
from .lookup import Candidate, Gazetteer, fold, gazetteer
from .recognise import demonym_matches

PLACE_LABELS = frozenset({"GPE", "LOC"})
# A demonym inside these entities is not a mention of its country ("speaks French", "Indian Ocean").
DEMONYM_BLOCKING_LABELS = frozenset({"PERSON", "LANGUAGE", "LOC", "FAC"})
DEMONYM_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
LEADING_ARTICLES = frozenset({"the"})

FIRST_NAMES = "people_first_names.json"

# Where places keep the capitals they read as their governments (first token, end token, country code) for
# organizations (``capital_governments``): ints and strings, which a doc's user data can be saved with.
GOVERNMENTS = "extractor.capital_governments"
# A LOC entity that no region or natural feature bears may still be a town this big ("Saskatoon").
LOC_TOWN_MIN_POPULATION = 15000
# A town smaller than this, before a made thing's noun, is the thing's name ('a Delta rocket').
PRODUCT_TOWN_MAX = 500_000
# The most people a town may have whose name the article writes as a thing's after 'the' ('the Crystal is').
THING_TOWN_MAX = 100_000
# A verb's tags and the possessive's, after a thing's name ('the Crystal is', "the Republic's only victory").
THING_NAME_ENDINGS = frozenset({"VBZ", "VBD", "VBP", "MD", "POS"})
# What stands between a place and the country or state it is in: "X, Y" or "X, in (the) Y".
QUALIFYING_GAPS = ([","], [",", "in"], [",", "in", "the"])
LONGEST_QUALIFYING_GAP = max(map(len, QUALIFYING_GAPS))
# Places no country holds, or that are countries themselves: never inside another country's qualifier.
WHOLE_FEATURES = frozenset({"country", "continent", "body_of_water"})
# A country's divisions, which qualify a town of that country ("Runcorn, Cheshire").
DIVISION_FEATURES = frozenset({"region", "county"})


def _names_a_currency(span: Span, gaz: Gazetteer) -> bool:
    """'Canadian dlrs', 'French francs': the money's adjective, no mention of the country (``currency_words``)."""
    after = next((token for token in span.doc[span.end : span.end + 3] if not token.is_space), None)
    return after is not None and after.lower_ in gaz.currency_words


def _is_demonym_mention(span: Span) -> bool:
    """A demonym modifying a noun or tagged NORP; not a language, nor part of a person or place name."""
    if any(token.ent_type_ in DEMONYM_BLOCKING_LABELS for token in span) or _listed_with_a_language(span[-1]):
        return False
    head = span[-1]
    return head.ent_type_ == "NORP" or head.dep_ in DEMONYM_DEPS


def _listed_with_a_language(word: Token) -> bool:
    """The word, or the word it is part of, is in a list holding a word the model tags a language: languages all
    ('interviews in three languages; English, French and Swiss-German')."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is word and not any(child.dep_ == "conj" for child in word.children):
        return False
    return any(token.ent_type_ == "LANGUAGE" for token in _conjuncts(first))


def _conjuncts(first: Token) -> Iterator[Token]:
    """The first word of a list and every word 'and' or a comma joins to it."""
    yield first
    for child in first.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


@dataclass
class _Mention:
    span: Span
    via: str
    key: str
    candidates: tuple[Candidate, ...]
    within: Optional["_Mention"] = None
    resolved: Optional[Candidate] = None


def _trim(span: Span) -> Optional[Span]:
    """The name proper: without a leading "the" and trailing punctuation or possessive."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and _leading_extra(doc[start]):
        start += 1
    while end > start and _trailing_extra(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def _leading_extra(token: Token) -> bool:
    return token.lower_ in LEADING_ARTICLES or token.is_punct


def _trailing_extra(token: Token) -> bool:
    return token.is_punct or token.tag_ == "POS"


def _split_commas(span: Span) -> list[Span]:
    """"Paris, Texas" tagged as one entity becomes two names."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            parts.append(span.doc[start : token.i])
            start = token.i + 1
    parts.append(span.doc[start : span.end])
    return [part for part in parts if len(part)]


def _person_name_tokens(doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer) -> frozenset[str]:
    """Words of the article's people's names: of several-word PERSON entities, and after a courtesy title
    ('Mr Blair', so that 'the rift between Blair and Brown camps' is no town in Nebraska). A PERSON entity with an
    institution's word in it is a body the model mistook ('Abuja Chamber of Commerce and Industry'): its town
    stays a town elsewhere ('its stay in Abuja'), and so does one whose name the model tags an organization elsewhere
    ('Franco Nevada said' beside 'Franco Nevada stock is up': 'in northern Nevada' stays); a word in capitals inside a
    name written otherwise is an abbreviation the model ran into it, no word of the name ('Henry Lazenby US', a
    byline: 'US tariffs' stays)."""
    after_title = (doc[i + 1] for i in words_at(doc.to_array(LOWER), _honorific_ids()) if i + 1 < len(doc))
    titled = (token.text for token in after_title if token.is_title)
    bodies = {ent.text for ent in ents if ent.label_ == "ORG"}
    people = (ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 and ent.text not in bodies
              and not any(token.lower_ in gaz.org_heads for token in ent))
    return frozenset(token.text for ent in people for token in ent
                     if not (token.is_upper and not ent.text.isupper())) | frozenset(titled)


@lru_cache(maxsize=1)
def _honorific_ids() -> numpy.ndarray:
    return word_ids(role_words("honorifics"))


def _name_mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Place entities looked up by name. A demonym the model tags as a place ("the Balkan country",
    "Kazakh officials") is left to the demonym reader: its namesakes are provinces and alternate town names.
    The entities are read once and handed to each helper (``doc.ents`` makes new spans at every reading); the
    word sets only some names are checked against are gathered when first asked."""
    ents = doc.ents
    person_tokens = cache(lambda: _person_name_tokens(doc, ents, gaz))
    short_forms = cache(lambda: _organization_short_forms(ents, gaz))
    acting = _governments(ents, gaz)
    if gaz is gazetteer():
        doc.user_data[GOVERNMENTS] = [(span.start, span.end, country) for span, country in acting]
    governments = {span.start for span, _ in acting}
    others = cache(lambda: _other_kinds(ents))
    found: list[_Mention] = []
    unproven: list[_Mention] = []
    for ent in ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        for part in _split_commas(ent):
            name = _trim(part)
            if name is None or not any(char.isupper() for char in name.text) or name.start in governments:
                continue
            key = fold(name.text)
            if key in gaz.not_places or key in gaz.demonyms or (
                    len(name) == 1 and name.text in person_tokens() and not _named_a_settlement(name, gaz)):
                continue
            if _names_water(name, gaz) or _ends_a_body_name(name, gaz) or _in_a_company_name(name, gaz) \
                    or _completes_a_title(name, gaz):
                continue  # 'the Sea of Oman' is no mention of Oman, 'the Federal Reserve Bank of New York' of New York
            candidates = gaz.candidates(key) or gaz.candidates(_without_direction(name, gaz))
            if _called_a_county(name, gaz):
                candidates = _counties(candidates, gaz.candidates(key + " county"))
                if not candidates:
                    continue  # a county the index lacks: 'Berrien' alone is no town of that name
            elif _called_a_division(name, gaz):
                candidates = _divisions(candidates)
            elif not candidates and _ends_in_a_division_word(name, gaz):
                candidates = _divisions(gaz.candidates(fold(name[:-1].text)))
            if ent.label_ == "LOC":
                candidates = _loc_candidates(candidates)
            if candidates and _before_a_land_noun(name, gaz):
                candidates = tuple(candidate for candidate in candidates if candidate.feature != "body_of_water")
                if not candidates:
                    continue  # 'The Pacific states' are no ocean
            if _described_as_body(name, gaz) or not candidates and name.text in short_forms():
                continue  # 'at Mila, an AI research institute'; 'a partner at Rhodium' of 'the Rhodium Group'
            if candidates and all(candidate.cued for candidate in candidates) \
                    and not _cued_region_named(name, ent.label_, gaz, others):
                continue
            if candidates or _plausible_unknown_place(name, ent.label_, gaz, others):
                found.append(_Mention(name, "name", key, candidates))
            elif _shaped_as_a_place(name) and not _named_otherwise(name, gaz, others):
                unproven.append(_Mention(name, "name", key, candidates))
    # A name the index lacks that the article shows a place at one mention ('in Khayelitsha') is that place at its
    # other mentions the model tags a place too ('moved back to Khayelitsha'), where no such evidence stands.
    proven = {item.key for item in found if not item.candidates}
    found = sorted(found + [item for item in unproven if item.key in proven], key=lambda item: item.span.start)
    _link_qualifiers(doc, found)
    products = {item.key for item in found if _names_a_product(item, gaz) or _named_as_a_thing(item, doc)}
    glued = _glued_names(doc, found)
    listed = {id(item) for item in found if _listed_among_companies(item, gaz) or _listed_among_people(item, gaz)} \
        | club_mentions(doc, found, gaz) \
        | firm_mentions(found, gaz)
    return [item for item in found if id(item) not in glued and id(item) not in listed
            and (item.within is not None or not (_celestial(item.span, gaz) or item.key in products))]


def _glued_names(doc: Doc, found: list[_Mention]) -> set[int]:
    """Two place names with nothing but a space or a wire's line break between them are one name of something else
    ('a 5.35 pct interest in Chicago Milwaukee', the company Chicago Milwaukee Corp), unless the second holds the
    first ('Austin Texas'). A line of capitals after the other name is a dateline after a headline ('... missing in
    Oregon' over 'SANTA FE, N.M. (AP)'), and a blank line parts two paragraphs."""
    glued: set[int] = set()
    for first, second in zip(found, found[1:]):
        gap = doc[first.span.end : second.span.start]
        if any(not token.is_space for token in gap) or gap.text.count("\n") > 1:
            continue
        if first.span.text.isupper() != second.span.text.isupper() or _holds(second, first):
            continue
        glued.update((id(first), id(second)))
    return glued


def _listed_among_companies(item: _Mention, gaz: Gazetteer) -> bool:
    """A town's name in a list of three or more whose other items are a company the model tags and no place is a
    company too ('players made by Samsung, Rio and Creative' names no Rio de Janeiro); a country or region stays, and
    so does a list holding another place name ('Manchester Gorton, Sheffield Central, Oxford East, Newcastle'), and a
    dateline's capitals the parser runs into the story ('BAAR, SWITZERLAND' over 'Ascom, a global ... provider')."""
    towns = bool(item.candidates) and all(candidate.feature == "city" for candidate in item.candidates)
    return towns and not item.span.text.isupper() and _listed_among(item, gaz, "ORG")


def _listed_among_people(item: _Mention, gaz: Gazetteer) -> bool:
    """A one-word name of a region or a town in a list of three or more whose other items are a person the model tags
    and no place is a person too ('Def Jam's artists include LL Cool J, DMX, Ludacris, Ja Rule and Ashanti' names no
    Ashanti region of Ghana); a country stays, and so does a list holding another place name."""
    regions = bool(item.candidates) and all(candidate.feature != "country" for candidate in item.candidates)
    return regions and len(item.span) == 1 and not item.span.text.isupper() and _listed_among(item, gaz, "PERSON")


def _listed_among(item: _Mention, gaz: Gazetteer, label: str) -> bool:
    """The name is in a list of three or more whose other items hold a name the model tags ``label`` and no place."""
    first = _first_conjunct(item.span)
    members = [first, *(token for token in first.subtree if token.dep_ == "conj" and token.i > first.i)]
    others = [token for token in members if not item.span.start <= token.i < item.span.end]
    return len(others) >= 2 and any(token.ent_type_ == label for token in others) and not any(
        token.ent_type_ in PLACE_LABELS or token.ent_type_ == "NORP" or fold(token.text) in gaz for token in others)


def _holds(holder: _Mention, item: _Mention) -> bool:
    place = holder.candidates[0] if holder.candidates else None
    return place is not None and place.feature in {"country", "region"} and any(
        place.contains(candidate) for candidate in item.candidates)


def _names_a_product(item: _Mention, gaz: Gazetteer) -> bool:
    """A town's name right before a made thing's noun is the thing's name ('an unmanned Delta rocket' is no Delta,
    British Columbia), and so is the same bare name elsewhere in the article ('The Delta was the first of six
    rockets'): ``product_nouns`` in ``data/places_rules.json``. A place the world knows stays ('a Chicago export
    elevator')."""
    following = _after(item.span)
    if following is None or following.i != item.span.end or following.lower_ not in gaz.product_nouns:
        return False
    return bool(item.candidates) and all(
        candidate.feature == "city" and not candidate.capital and candidate.population < PRODUCT_TOWN_MAX
        for candidate in item.candidates)


def _named_as_a_thing(item: _Mention, doc: Doc) -> bool:
    """A small town's name the article also writes as a thing's, after 'the' and before a verb or a possessive ('the
    Crystal is the best looking of all the DualShock controllers' beside 'PS4 DualShock Controller in Crystal', "the
    Republic's only victory"): no town takes the article, so the name is the thing's at every mention, as a product's
    is (``_names_a_product``)."""
    if not item.candidates or not all(candidate.feature == "city" and not candidate.capital
                                      and candidate.population < THING_TOWN_MAX for candidate in item.candidates):
        return False
    for found in re.finditer(rf"\b[Tt]he {re.escape(item.span.text)}\b", doc_text(doc)):
        name = doc.char_span(found.start() + 4, found.end())
        if name is not None and name.end < len(doc) and doc[name.end].tag_ in THING_NAME_ENDINGS:
            return True
    return False


def _ends_a_body_name(name: Span, gaz: Gazetteer) -> bool:
    """After 'of' or 'of the' that follows a body's capitalised head word ('the Federal Reserve Bank of New York',
    'the Writers Guild of America'): the end of the body's name, which the guide does not count as a mention of the
    place (``body_name_heads`` in ``data/places_rules.json``)."""
    article = _before(name)
    offset = 2 if article is not None and article.lower_ == "the" else 1
    preposition, head = _before(name, offset), _before(name, offset + 1)
    return preposition is not None and preposition.lower_ == "of" and head is not None and _capitalised(head) \
        and fold(head.text) in gaz.body_name_heads


def capital_governments(doc: Doc, gaz: Optional[Gazetteer] = None) -> list[tuple[Span, str]]:
    """Capitals standing for their country's government, with its country code: 'Seoul expects', 'Kabul had
    ensured', 'negotiate peace with Kabul'. The guide counts them as the government (an organization), not the
    city; 'in Kabul' and 'the Kabul government' stay places, as does a name in capitals (a dateline, 'BELGRADE, March
    30 - Yugoslav trade is declining', or a headline). Organizations read the same list, as places kept it where
    they read the doc with the package's gazetteer (``GOVERNMENTS``), not found again."""
    gaz = gaz or gazetteer()
    kept = doc.user_data.get(GOVERNMENTS) if gaz is gazetteer() else None
    if kept is not None:
        return [(doc[start:end], country) for start, end, country in kept]
    return _governments(labelled_entities(doc, "GPE"), gaz)  # not ``Doc.ents``: a Span of every entity


def _governments(ents: Sequence[Span], gaz: Gazetteer) -> list[tuple[Span, str]]:
    found = []
    for ent in ents:
        name = _trim(ent) if ent.label_ == "GPE" and not ent.text.isupper() else None
        country = _capital_country(name, gaz) if name is not None else None
        if country is not None and _acts(name, gaz):
            found.append((name, country))
    return found


def _capital_country(name: Span, gaz: Gazetteer) -> Optional[str]:
    """The country whose national capital the name most likely is ('Washington' is the capital before the state;
    'Victoria' the Australian state, not the Seychelles' capital), or was in the wire archives' time ('Bonn':
    ``former_capitals``)."""
    key = fold(name.text)
    candidates = gaz.candidates(key)
    if not candidates or key in gaz.capitals_of_bodies:
        return None
    if key in gaz.former_capitals:
        return gaz.former_capitals[key]
    best = max(candidates, key=Candidate.base_score)
    return best.country_code if best.capital and best.feature == "city" else None


def _acts(name: Span, gaz: Gazetteer) -> bool:
    """The subject of a verb of saying, deciding or acting, alone or joined by 'and' ('GW and Seoul plans'), or of
    'be' ready or willing ('Washington would be ready to put up'), the one a verb of telling, urging or blaming
    addresses ('urged Tokyo to stimulate domestic demand', 'called on Bonn', 'Washington is only allowed to vote'), or
    the party one negotiates with. A lone name with a plural verb is a team ('If Madrid do not want me'), and a verb
    across a line break is the parser joining a headline to the story."""
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_ in gaz.addressing_verbs:
        return True
    if root.dep_ == "pobj" and gaz.addressing_particles.get(root.head.head.lemma_) == root.head.lower_:
        return True
    if root.dep_ == "nsubjpass" and root.head.lemma_ in gaz.addressing_verbs:
        return True  # 'Currently Washington is only allowed to vote'
    if root.dep_ == "nsubj":
        verb = root.head
        between = root.doc[min(root.i, verb.i) : max(root.i, verb.i)]
        plural = root == name.root and not any(child.dep_ == "conj" for child in root.children) and any(
            token.tag_ == "VBP" for token in [verb, *verb.children] if token == verb or token.dep_ == "aux")
        acting = verb.lemma_ in gaz.government_verbs or verb.lemma_ == "be" and any(
            child.dep_ == "acomp" and child.lower_ in gaz.government_states for child in verb.children)
        return acting and not plural and not any("\n" in token.text for token in between)
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    holder = root.head.head
    return holder.lemma_ in gaz.negotiation_words or (
        holder.dep_ == "dobj" and holder.head.lemma_ in gaz.negotiation_words)


def _organization_short_forms(ents: tuple[Span, ...], gaz: Gazetteer) -> frozenset[str]:
    """A word the model names an organization by, alone ('OpenAI') or with a generic head ('Rhodium' of 'the
    Rhodium Group'), by which the article may name it again ('researchers at OpenAI in San Francisco', 'a
    partner at Rhodium')."""
    words = (tuple(token.text for token in ent if token.lower_ != "the") for ent in ents if ent.label_ == "ORG")
    return frozenset(name[0] for name in words if len(name) == 1 or (len(name) == 2 and fold(name[1]) in gaz.org_heads))


def _described_as_body(name: Span, gaz: Gazetteer) -> bool:
    """The article calls the name a body in an apposition of its own ('Mila, an AI research institute'), not a
    place ('The Pittsburgh, Pennsylvania-based company' is the company's)."""
    after = _after(name)
    return after is not None and after.text == "," and any(
        child.dep_ == "appos" and child.i >= name.end and child.lemma_.lower() in gaz.body_nouns
        and any(det.dep_ == "det" and det.i > name.end for det in child.children)
        for child in name.root.children)


def _cued_region_named(name: Span, label: str, gaz: Gazetteer, others: Callable[[], frozenset[str]]) -> bool:
    """A region with few towns on record may share its name with a person or a people ('Hela', 'Rodrigues',
    'Nguni'): it is named where the text calls it a division ('Zabul province') or on the evidence a name the
    gazetteer does not know needs ('in Zabul')."""
    return (_called_a_division(name, gaz) or name[-1].lower_ in gaz.division_words
            or _plausible_unknown_place(name, label, gaz, others))


def _loc_candidates(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A LOC entity names a region or natural feature far more often than a town ("the Atlantic" is not
    Atlantic, Iowa), but the model also tags some towns LOC: a sizable one is kept when no wider place
    bears the name ("Saskatoon", "Cork")."""
    wider = tuple(candidate for candidate in candidates if candidate.feature != "city")
    return wider or tuple(candidate for candidate in candidates if candidate.population >= LOC_TOWN_MIN_POPULATION)


def _called_a_division(name: Span, gaz: Gazetteer) -> bool:
    """'New York state', 'Buenos Aires province', 'upstate New York' (``division_words`` in places_rules.json)."""
    following, preceding = _after(name), _before(name)
    return (following is not None and following.lower_ in gaz.division_words) or (
        preceding is not None and preceding.lower_ in gaz.division_openers)


# What may stand between a name and the 'counties' that closes the list it opens: the list's other names and its
# commas and conjunctions ('Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties').
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
# How far a list may run after a name before its 'counties'.
COUNTY_LIST_SPAN = 30


def _called_a_county(name: Span, gaz: Gazetteer) -> bool:
    """'Los Angeles county', 'Los Angeles and Orange counties', 'Barry, ... and Van Buren counties'
    (``county_words`` in places_rules.json, lowercase: 'Orange County' is the model's whole name)."""
    doc = name.doc
    for index in range(name.end, min(len(doc), name.end + COUNTY_LIST_SPAN)):
        token = doc[index]
        if token.is_space or token.text in _LIST_JOINERS or _capitalised(token):
            continue
        return token.text in gaz.county_words
    return False


def _counties(own: tuple[Candidate, ...], counties: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A name called a county is a county of that name or a division the name itself holds ('Kent county' is
    Kent, England, in an English story): the article's places choose among them, as among any namesakes."""
    return tuple(candidate for candidate in own if candidate.feature in DIVISION_FEATURES) + tuple(
        candidate for candidate in counties if candidate.feature == "county")


def _ends_in_a_division_word(name: Span, gaz: Gazetteer) -> bool:
    """'customers in New York State': the whole name tagged, which the index lacks."""
    return len(name) > 1 and name[-1].lower_ in gaz.division_words and _placed_by_preposition(name, gaz)


def _divisions(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The first-order divisions among a name's candidates, none when the index has none ('Quezon province' is
    no Quezon City); a country's name keeps its candidates ('the Kuwait state oil company')."""
    if any(candidate.feature == "country" for candidate in candidates):
        return candidates
    return tuple(candidate for candidate in candidates if candidate.feature == "region")


def _without_direction(name: Span, gaz: Gazetteer) -> str:
    """The key of "Southern Texas" without its compass word, to look up the place it lies in."""
    if len(name) > 1 and name[0].lower_ in gaz.directions:
        return fold(name[1:].text)
    return ""


# Entity labels by which the article names something other than a place; the same name under one of them
# elsewhere is evidence that an unknown name is not a place ('Gazprom chief Alexei Miller').
OTHER_KINDS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP", "LAW"})
# A name in one of these relations modifies or renames another noun rather than standing for a place.
MODIFYING_DEPS = frozenset({"compound", "appos", "nmod", "amod"})


def _other_kinds(ents: tuple[Span, ...]) -> frozenset[str]:
    """Names the article gives another kind elsewhere, folded and without a leading 'the'."""
    return frozenset(fold(name.text) for ent in ents if ent.label_ in OTHER_KINDS
                     for name in [_trim(ent)] if name is not None)


def _plausible_unknown_place(name: Span, label: str, gaz: Gazetteer, others: Callable[[], frozenset[str]]) -> bool:
    """A name the gazetteer does not know has no coordinates to check it by, and half of those the model tags as
    places are software, companies, newspapers, films, people or events ('Windows XP', 'Gazprom', 'the Sun',
    'Vera Drake', 'Haydn Gwnne', 'the Isle of Man TT'). So it is a place only with the article's evidence for it and
    none against. For: the model's LOC label on a name of a natural feature, a street or a park ('the Nu River',
    'Mount Everest', 'Central Park': ``feature_heads`` in ``data/places_rules.json``) that neither modifies nor
    renames a noun ('the Bonhams and Butterfields sale', 'her book Small Island'), or being itself (or the first of a
    list it heads) the object of a preposition of place that rarely takes anything else ('in Heringsdorf', 'near
    Kinross', 'in the North East'), not on a role or a stake ('her role in Vera Drake', 'trade in Gazprom'). Against:
    a person's name shape (a courtesy title, 'Mr Ash'; a first name and one more word, 'Haydn Gwnne'), a title's
    capital 'The' inside a sentence ('The Pajama Game'), an organization's head word ('the Northern Echo'), the same
    name given another kind elsewhere in the article, a capitalised word after it (part of a longer name, 'Kentish
    Town'), an initialism ending a longer name (a product or an event: 'Windows XP', 'the Isle of Man TT') and a lone
    common word ('the West', 'T in the Park'). A name right after a settlement's noun and 'of' ('the small town of
    Kasba Bonli') is a place where its own shape says nothing against it, whatever the model tags it elsewhere."""
    if not _shaped_as_a_place(name):
        return False
    if _named_a_settlement(name, gaz):
        return not _named_otherwise(name, gaz, lambda: frozenset())
    stands_alone = label == "LOC" and _names_a_feature(name, gaz) and _first_conjunct(name).dep_ not in MODIFYING_DEPS
    return (stands_alone or _placed_by_preposition(name, gaz)) and not _named_otherwise(name, gaz, others)


def _shaped_as_a_place(name: Span) -> bool:
    """Capitalised at both ends, not one letter, not all capitals (a headline's or an initialism's)."""
    return all(_capitalised(token) for token in (name[0], name[-1])) and len(name[0]) >= 2 and not name.text.isupper()


def _named_a_settlement(name: Span, gaz: Gazetteer) -> bool:
    """Right after a settlement's noun and 'of' ('the small town of Kasba Bonli'; ``settlement_nouns``): the text
    says it is a place, which outweighs the model's other tag for the name elsewhere in the article."""
    preceding, head = _before(name), _before(name, 2)
    return preceding is not None and preceding.lower_ == "of" and head is not None and head.text in gaz.settlement_nouns


def _names_a_feature(name: Span, gaz: Gazetteer) -> bool:
    return len(name) > 1 and (name[-1].lower_ in gaz.feature_heads or name[0].lower_.rstrip(".") in gaz.feature_openers)


def _first_conjunct(name: Span) -> Token:
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def _placed_by_preposition(name: Span, gaz: Gazetteer) -> bool:
    root = _first_conjunct(name)
    preposition = root.head
    return (root.dep_ == "pobj" and preposition.lower_ in gaz.unknown_place_prepositions
            and preposition.head.lemma_.lower() not in gaz.not_locative_heads)


def _named_otherwise(name: Span, gaz: Gazetteer, others: Callable[[], frozenset[str]]) -> bool:
    key = fold(name.text)
    preceding, following = _before(name), _after(name)
    person = name[0].text.rstrip(".") in gaz.honorifics or (len(name) == 2 and name[0].text in first_names())
    title = preceding is not None and preceding.text == "The" and not preceding.is_sent_start
    longer = following is not None and following.is_alpha and _capitalised(following)
    common = len(name) == 1 and (name[0].lower_ in gaz.place_nouns or key in gaz.common_words)
    initialism = len(name) > 1 and name[-1].text.isupper() and len(name[-1].text) > 1
    return person or title or longer or common or initialism or fold(name[-1].text) in gaz.org_heads or key in others()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names (the people component's list), for the shape of a person's name."""
    return frozenset(read_data(FIRST_NAMES)["first_names"])


def _link_qualifiers(doc: Doc, found: list[_Mention]) -> None:
    """In "X, Y" or "X, in (the) Y" where Y is a country or US state holding an X, Y qualifies X, and is that
    country or state. Where "in" says Y holds X and no namesake of X lies there, X is no place the index knows
    ('the Midlands, in the UK' is not Zimbabwe's Midlands); a list ('Kent, Sussex') says nothing of the kind, but
    a town before a region or county of another country is no namesake abroad either (``_abroad_of``)."""
    for first, second in zip(found, found[1:]):
        gap = _words_between(doc, first.span.end, second.span.start, LONGEST_QUALIFYING_GAP + 1)
        if gap not in QUALIFYING_GAPS:
            continue
        holders = [candidate for candidate in second.candidates[:1] if candidate.feature in {"country", "region"}]
        if holders and any(holders[0].contains(candidate) for candidate in first.candidates):
            first.within = second
            second.candidates = tuple(holders)  # 'Albany, New York': the state, not the bigger city
        elif holders and len(gap) > 1 and first.candidates and first.candidates[0].feature not in WHOLE_FEATURES:
            first.candidates = ()
        elif _abroad_of(first, second):
            first.candidates = ()


def _words_between(doc: Doc, start: int, end: int, most: int) -> list[str]:
    """The lowercase words of tokens ``start`` to ``end``, whitespace tokens skipped, no more than ``most``: a gap
    longer than any qualifier's need not be read to its end (reading each gap whole was a tenth of this component)."""
    words: list[str] = []
    for index in range(start, end):
        token = doc[index]
        if not token.is_space:
            words.append(token.lower_)
            if len(words) == most:
                break
    return words


def _abroad_of(town: _Mention, division: _Mention) -> bool:
    """'Rockingham, Northamptonshire': a town the index knows only abroad, before a region or county of a country,
    is a village the index lacks, not Rockingham in Western Australia; a list mixing a foreign town with another
    country's counties is far rarer than a village with its county."""
    holder = division.candidates[0] if division.candidates else None
    if holder is None or holder.feature not in DIVISION_FEATURES or holder.country_code is None or not town.candidates:
        return False
    return all(candidate.feature == "city" and not candidate.capital and candidate.country_code != holder.country_code
               for candidate in town.candidates)


def _demonym_mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    found = []
    for span, target in demonym_matches(doc, gaz):
        place = _demonym_place(target, gaz)
        if place is not None and _is_demonym_mention(span) and not _names_a_currency(span, gaz):
            found.append(_Mention(span, "demonym", fold(place.name), (place,)))
    return found


# The model's labels for the named things whose names may hold a demonym: a body, an event or an award, a work, a
# product, a law ('the Australian Open', 'the British Book Awards'; the model's labels for these vary).
NAMED_THING_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def names_holding_demonyms(doc: Doc, demonyms: list[_Mention], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The names the model tags a named thing that hold one of the ``demonyms`` and a word after it that heads the
    name of an event, an award or a body ('the Australian Open', 'the British Book Awards', 'the Mid-American
    Conference West Division': ``event_heads`` and ``org_heads`` in places_rules.json), as character spans with
    their text: the resolver decides which are such a thing's own name, in which the demonym is no mention of its
    country (``resolve.rules.names_inside_bodies_are_not_places``). A name with no such word is left alone: the
    model's span may be a piece of a description ('American Olympic' of 'American Olympic stars')."""
    found: dict[int, tuple[int, int, str]] = {}
    for item in demonyms:
        last = item.span[-1]
        if last.ent_type_ not in NAMED_THING_LABELS:
            continue
        start, end = last.i, last.i + 1
        while doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if start not in found and any(fold(token.text) in gaz.named_thing_heads for token in doc[last.i + 1:end]):
            name = doc[start:end]
            found[start] = (name.start_char, name.end_char, name.text)
    return list(found.values())


def _demonym_place(target: Optional[str], gaz: Gazetteer) -> Optional[Candidate]:
    """What a demonym points to: a country code, a wider place's name ("North American" -> North
    America), or null for adjectives of no one place ("Latin American"), listed so that the "American"
    inside them is not read as the United States."""
    if target is None:
        return None
    if target in gaz.countries:
        return gaz.country(target)
    named = gaz.candidates(fold(target))
    return named[0] if named else None
