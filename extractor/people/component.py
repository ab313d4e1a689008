"""People: the model's PERSON entities grown to full names, surname-only mentions merged into the full
name, and roles read from titles, appositions and a following 'He is the ...' sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable, Iterable, Optional

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_utils import SavesData, mention, read_data, sentence_of
from ..entities import (
    NAME_PARTICLES,
    bracketed_country_names,
    clean_spaces,
    covered_tokens,
    is_capitalised,
    role_words,
    trim_name,
)
from ..places import fold, gazetteer
from ..quotes import QuoteWords, described_referent
from ..resolve import demonym_tokens, place_tokens, proposals, resolved

DATA = "people.json"
# Common given names (built from US SSA baby names by benchmarks/build_first_names.py).
FIRST_NAMES = "people_first_names.json"
# The places component's demonyms: a nationality before a name is no part of it ('Kenyan Alice Timbilil').
DEMONYMS = "places_demonyms.json"
NAME_POS = frozenset({"PROPN"})
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Entity types that never belong to a title chain ('On Tuesday Interior Minister ...').
NOT_TITLE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Dependents of a role noun that are not part of the role ('director, who said ...').
NOT_ROLE_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl"})
NAME_PUNCT = frozenset("-'’.")
DASHES = frozenset({"-", "–", "—"})
LEADING_NOT_ROLE = frozenset({"det", "predet", "case", "nummod"})
# Words before a role noun that point to other people, not to the role ('the other two new players').
LEADING_NOT_ROLE_WORDS = frozenset({"other", "such"})
# Auxiliaries of a hypothetical 'be' ('if Gerrard would be a Liverpool player'), which gives no role.
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "can"})
# Modifiers of a role noun before a name ('park ranger Jamie Brown', 'Best actress winner Imelda Staunton').
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
ROLE_MODIFIER_POS = frozenset({"NOUN"})
# Subjects of a verb that are the person named: the name itself, or 'who' of a relative clause on it.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Partitives of a copular role ('were just some of the actors', 'is one of the founders').
PARTITIVES = frozenset({"one", "some", "all", "both", "two", "three", "among"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Clauses on an object that tell of the thing, not of the person ('led the research published in ...').
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
# What follows the verb of a 'who' clause that says what the person does ('plays Hermione in the films').
DEED_DEPS = frozenset({"dobj", "prep", "prt", "dative"})
SUBJECT_PRONOUNS = frozenset({"his", "her", "their", "its"})
# A byline or credit line is short: at most this many words, a third of it for one opening with 'By'.
BYLINE_MAX_WORDS = 36
# Regnal numbers after a name ('Queen Elizabeth I', 'Pedro II').
REGNAL_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"})


@dataclass
class NameMention:
    """One PERSON mention, grown to the full name, with the roles found around it."""

    start: int
    end: int
    words: tuple[str, ...]
    text: str
    start_char: int
    end_char: int
    roles: list[str] = field(default_factory=list)
    # roles given to a plural ('finance ministers A and B'), which the names coordinated with this one share
    shared: list[str] = field(default_factory=list)
    sentence: int = 0


class PeopleFinder(SavesData):
    """Built once per pipeline: the word lists from the data files, which save with the pipeline."""

    def __init__(self, data: dict[str, Any], first_names: dict[str, Any], demonyms: dict[str, Any]) -> None:
        self.data = {DATA: data, FIRST_NAMES: first_names, DEMONYMS: demonyms}
        self.build()

    def build(self) -> None:
        data = self.data[DATA]
        self.role_words = role_words("role_words")
        self.role_heads = role_words("role_heads") | frozenset(word.lower() for word in data["description_heads"])
        self.person_led_nouns = frozenset(data["person_led_nouns"])
        self.relational_endings = tuple(data["relational_adjective_endings"])
        self.honorifics = frozenset(word.lower() for word in data["honorifics"])
        self.joiners = frozenset(data["chain_joiners"])
        self.pronouns = frozenset(data["pronouns"])
        self.name_like_titles = frozenset(word.lower() for word in data["name_like_titles"])
        self.institution_heads = frozenset(data["institution_heads"])
        self.nationalities = frozenset(word.lower() for word in self.data[DEMONYMS] if " " not in word)
        self.first_names = frozenset(self.data[FIRST_NAMES]["first_names"])
        self.quote_words = QuoteWords.load()
        self.described_again = {noun: frozenset(kind) for noun, kind in data["described_again"].items()}
        self.deed_agents = dict(data["deed_agents"])
        self.deed_offices = frozenset(data["deed_offices"])
        self.deed_named = frozenset(data["deed_named"])
        self.deed_phrases = frozenset(data["deed_phrases"])
        openers = "|".join(r"\s+".join(map(re.escape, opener.split())) for opener in data["byline_openers"])
        self.byline = re.compile(rf"\s*[(\[]?\s*((?i:{openers}))\s*:?\s+[A-Z]")

    def __call__(self, doc: Doc) -> Doc:
        proposals(doc).people = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """Names outside the places and the organizations proposed; the surnames they give let the resolver
        hand it the organizations the model tagged by a surname, and later mentions are sought outside the
        organizations left. The one-word names and the article's lowercase words are left for the resolver,
        which drops a one-word name the article uses otherwise (``resolve.rules.words_used_otherwise_are_not_people``)."""
        places = place_tokens(doc)
        proposed = covered_tokens(doc, proposals(doc).organizations)
        byline = self._byline_tokens(doc)
        names = self._names(doc, places | proposed, demonym_tokens(doc), places, byline)
        names = self._given_name_people(doc, names, places, byline)
        self._propose_surnames(doc, names)
        organizations = resolved(doc, "organizations")
        names = self._later_mentions(doc, names, places | covered_tokens(doc, organizations))
        name_tokens = {i for name in names for i in range(name.start, name.end)}
        for name in names:
            span = doc[name.start : name.end]
            for role, plural in (self._title(span, name_tokens), *self._appositions(span), *self._predicates(span)):
                if role:
                    name.roles.append(role)
                    if plural:
                        name.shared.append(role)
        self._copular_roles(doc, names)
        _share_coordinated_roles(doc, names)
        found = proposals(doc)
        found.common_words = {token.text.capitalize() for token in doc if token.is_lower and token.pos_ != "PROPN"}
        found.one_word_names = {name.start_char for name in names if len(name.words) == 1}
        records = [self._record(doc, group) for group in _group(names)
                   if not all(self._modifies_a_thing(doc[name.start : name.end]) for name in group)
                   and not all(self._plays_a_part(doc[name.start : name.end]) for name in group)]
        self._described_roles(doc, records)
        return records

    def _described_roles(self, doc: Doc, records: list[dict[str, Any]]) -> None:
        """A person named and then described: 'Rooting for Staunton ... was Cate Blanchett ... the
        Australian-born actress stopped to sign autographs' gives Cate Blanchett 'Australian-born actress'. The
        description is a definite subject whose noun says the person's sex ('actress', 'businessman'), so that
        one person is meant: the one quotes would take it for as a speaker, named in its sentence or the one
        before, and either the only person named there or already given a role of the kind ('actors'), not
        another man just named ("The actor's friend Budd Schulberg told ... The actor refused"). Judging words are no part of the role ('The
        distressed actress told media')."""
        heads = [token for token in doc if token.dep_ in SUBJECT_DEPS and token.tag_ == "NN"
                 and token.lower_ in self.described_again
                 and any(child.dep_ == "det" and child.lower_ == "the" for child in token.lefts)
                 and not any(child.dep_ in CLAUSE_DEPS | {"poss"} for child in token.children)]
        if not heads:
            return
        mentions = sorted((item["start"], item["end"], record["name"], "person", item["text"])
                          for record in records for item in record["mentions"])
        by_name = {record["name"]: record for record in records}
        for head in heads:
            phrase = doc[head.left_edge.i : head.i + 1]
            record = by_name.get(described_referent(phrase, self.quote_words, mentions) or "")
            sentence = sentence_of(doc, head.idx)
            if record is None or not any(0 <= sentence - item["sentence"] <= 1 for item in record["mentions"]):
                continue
            near = {name for start, _, name, _, _ in mentions if start < head.idx
                    and 0 <= sentence - sentence_of(doc, start) <= 1}
            if near != {record["name"]} and not any(word in self.described_again[head.lower_]
                                                    for role in record["roles"] for word in role.lower().split()):
                continue
            start = head.i
            while start > phrase.start and self._describing_word(doc[start - 1]):
                start -= 1
            role = clean_spaces(doc[start : head.i + 1].text)
            if not any(set(role.lower().split()) <= set(other.lower().split()) for other in record["roles"]):
                record["roles"].append(role)

    def _describing_word(self, token: Token) -> bool:
        """A word of a description that says who the person is ('Australian-born', 'veteran', 'Hollywood'), not
        how they seem ('distressed', 'versatile')."""
        if token.dep_ in LEADING_NOT_ROLE:
            return False
        return self._role_modifier(token) or is_capitalised(token) or token.text == "-" or (
            token.i + 1 < len(token.doc) and token.nbor().text == "-" and not token.whitespace_)

    def _plays_a_part(self, span: Span) -> bool:
        """A one-word name that someone plays is a character, no person of the story ('Emma Watson, who plays
        Hermione', 'Matthew Perry, who played Chandler'); a full name may be a real person played ('playing late
        screen legend Katharine Hepburn')."""
        root = span.root
        return len(span) == 1 and root.dep_ in ("dobj", "appos") and root.head.lemma_.lower() in self.deed_phrases

    def _modifies_a_thing(self, span: Span) -> bool:
        """A name used only to qualify a thing is no person of the story: a brand, award, place or work ('a
        floor-length Armani dress', 'an Oscar nomination', 'a plain-speaking Yorkshire man', 'the Harry Potter
        films'). Nouns a person leads ('the Bush administration') and roles ('a Blair aide') keep the person."""
        root = span.root
        head = root.head
        return root.dep_ in ROLE_MODIFIER_DEPS and head.i >= span.end and head.pos_ == "NOUN" and head.is_lower \
            and not self._is_role_head(head) and head.lemma_ not in self.person_led_nouns

    def _names(
        self, doc: Doc, blocked: set[int], demonyms: set[int], places: set[int], byline: set[int]
    ) -> list[NameMention]:
        """'Name (Country)' names, which the model often tags ORG or cuts short ('C Latham (Australia)'), then
        PERSON entities cleaned and grown to full names; none in a byline."""
        names: list[NameMention] = []
        taken: set[int] = set(byline)
        spans = [self._clean(ent, demonyms) for ent in doc.ents if ent.label_ == "PERSON"]
        for span in [*bracketed_country_names(doc, places), *spans]:
            if span is None or all(self._is_title_word(token) for token in span):
                continue
            span = self._grow(span, blocked)
            tokens = set(range(span.start, span.end))
            if not len(span) or tokens & (blocked | taken) or not _looks_like_name(span) \
                    or len(span) > 1 and span[-1].text in self.institution_heads:
                continue
            taken |= tokens
            names.append(_name_mention(span))
        names.sort(key=lambda name: name.start)
        return names

    def _given_name_people(
        self, doc: Doc, names: list[NameMention], places: set[int], byline: set[int]
    ) -> list[NameMention]:
        """People the model tags as an organization or a date, or leaves untagged ('Danish supermodel Helena
        Christensen', 'including Keanu Reeves and Benjamin Bratt', 'Australian Timothy Weeks'): a common given
        name and one or two capitalised surnames, the whole of any entity it stands in, with evidence that a
        person is meant: a role or nationality right before it, a role in apposition after it, or a list that
        holds people and no organization. A given name alone is no evidence, as brands carry them ('Investment
        bank Morgan Stanley', "Altria's Philip Morris"). The resolver gives these names to people over the
        organizations proposed on them (``resolve.rules.given_names_are_people``)."""
        people = {i for name in names for i in range(name.start, name.end)}
        surnames = _name_forms(names)
        taken = people | places | byline
        lowercase = cache(lambda: {token.lower_ for token in doc if token.is_lower})
        found: list[NameMention] = []
        for token in doc:
            span = self._given_name_span(token, lowercase) if token.text in self.first_names else None
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            if not (self._titled(span, taken) or self._role_after(span)
                    or self._listed_with_people(span, people, surnames)):
                continue
            taken.update(range(span.start, span.end))
            found.append(_name_mention(span))
            proposals(doc).given_names.append((span.start_char, span.end_char))
        return sorted(names + found, key=lambda name: name.start) if found else names

    def _given_name_span(self, token: Token, lowercase: Callable[[], set[str]]) -> Optional[Span]:
        """A given name and the one or two capitalised surnames after it, ending where the capitals end, not
        cutting an entity of the model's other than a person's. A country or region is no given name ('France
        Telecom'), and a surname is no plural or word the article writes in lowercase ('Kaiser Chiefs',
        'Merrill Lynch Futures'). ``lowercase`` gives those words, gathered once per article when first asked."""
        if token.text not in self.first_names or not token.is_title or token.pos_ != "PROPN" \
                or token.ent_type_ not in ("ORG", "DATE", "") or token.ent_iob_ == "I" \
                or any(place.feature in ("country", "region") for place in _places_named(token.text)):
            return None
        doc = token.doc
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].tag_ == "NNP" \
                and doc[end].is_alpha and doc[end].ent_type_ in ("ORG", "DATE", "") and not self._is_title_word(doc[end]) \
                and doc[end].lower_ not in lowercase():
            end += 1
        span = doc[token.i : end]
        if not 2 <= len(span) <= 3 or span[-1].text in self.institution_heads:
            return None
        if end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].is_title and doc[end].pos_ == "PROPN"):
            return None
        return span

    def _titled(self, span: Span, taken: set[int]) -> bool:
        """A role noun in lowercase or a nationality right before the name ('spokesman Glyn Davies', 'Australian
        Timothy Weeks'); a capitalised word there is part of a longer name ('Producer Price Index'), and a name
        after a preposition is what the role is of ('A spokesperson for Delta Airlines')."""
        before = span.doc[span.start - 1] if span.start else None
        if before is None or not (before.is_lower and self._is_role_head(before) or before.lower_ in self.nationalities):
            return False
        return self._title(span, taken)[0] is not None

    def _listed_with_people(self, span: Span, people: set[int], surnames: set[str]) -> bool:
        """A name in a list with a person (one the model tags so, one found already, or one named by the surname
        of a person named in full) and with no organization other than names that open with a given name
        ('including Keanu Reeves and Benjamin Bratt', 'Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and
        Richard Gere', 'to meet DiCaprio and Keanu Reeves' after 'Leonardo DiCaprio'; not 'Altria Group, RJ
        Reynolds Tobacco, ... and Brown and Williamson')."""
        top = span.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        others = [token for token in _conjuncts(top) if not span.start <= token.i < span.end]
        person = [token.ent_type_ == "PERSON" or token.i in people or token.text in surnames for token in others]
        given = [token.doc[token.left_edge.i].text in self.first_names for token in others]
        return any(person) and not any(token.ent_type_ == "ORG" and not (known or named)
                                       for token, known, named in zip(others, person, given))

    def _role_after(self, span: Span) -> bool:
        """A role in apposition after the name ('Julia Eccleshare, chair of the adult judging panel')."""
        return any(child.dep_ == "appos" and child.i >= span.end and self._is_role_head(child)
                   for child in span.root.children)

    def _byline_tokens(self, doc: Doc) -> set[int]:
        """Tokens of byline and credit lines ('By Nada Tawfik, BBC News, New York', '(Reporting by Will Dunham;
        Editing by Tom Brown)'): their names are the writers, no people of the story. A line opening with 'By'
        is a byline only when short and not a sentence ('By Evan Symon, August 14, 2020 2:30 pm'; not 'By
        contrast, ...' nor 'By Monday the talks had stalled.')."""
        found: set[int] = set()
        starts: Optional[list[int]] = None  # each token's first character, read once the first byline is met
        start = 0
        for line in doc.text.split("\n"):
            end = start + len(line)
            match = self.byline.match(line)
            words = len(line.split())
            if match and words <= BYLINE_MAX_WORDS and (
                    match.group(1).lower() != "by" or words <= BYLINE_MAX_WORDS // 3 and not line.rstrip().endswith(".")):
                starts = starts if starts is not None else doc.to_array(IDX).tolist()
                found.update(range(bisect_left(starts, start), bisect_left(starts, end)))
            start = end + 1
        return found

    def _clean(self, ent: Span, demonyms: set[int]) -> Optional[Span]:
        """The name inside a PERSON entity: without a title, a leading nationality ('Mexican Ariel Cruz'),
        the dateline under a byline ('WASHINGTON' under 'Jim Adams'), a dash between words ('her husband
        Matthew Vaughn - Troy actress Diane Kruger'), lowercase words and figures after it
        ('J. Gillespie st Kaluwitharana', 'Aamir Sohail 5-0-31') and what follows a possessive."""
        span = trim_name(ent)
        doc = span.doc
        start, end = span.start, span.end
        for token in span[1:]:
            dateline = token.is_space and "\n" in token.text and token.i + 1 < end and doc[token.i + 1].is_upper
            lowercase = token.is_lower and token.is_alpha and token.lower_ not in NAME_PARTICLES
            possessive = token.tag_ == "POS"  # "Walker's Greensboro-area seat"
            dash = token.text in DASHES and bool(token.whitespace_) and bool(doc[token.i - 1].whitespace_)
            if dateline or possessive or dash or lowercase and not _hyphen_piece(token):
                end = token.i
                break
        while end > start and (doc[end - 1].is_punct or not _name_token(doc[end - 1])):
            end -= 1
        while start + 1 < end and (
            start in demonyms or doc[start].ent_type_ == "NORP" or doc[start].lower_ in self.nationalities
        ):
            start += 1
        if end - start < 1:
            return None
        return self._strip_titles(doc[start:end])

    def _propose_surnames(self, doc: Doc, names: list[NameMention]) -> None:
        """The forms by which these people are mentioned again, for the resolver's rule that an organization
        named only by them is the person (``resolve.rules.surnames_are_people``)."""
        found = proposals(doc)
        found.surnames = _name_forms(names)
        found.family_names = _family_names_first(names)

    def _later_mentions(self, doc: Doc, names: list[NameMention], blocked: set[int]) -> list[NameMention]:
        """Surname-only mentions the model did not tag ('Vucic spoke to N1'), also in a headline's capitals
        ('SHEARER NAMED AS ENGLAND CAPTAIN' over a story on Alan Shearer)."""
        organization_words = {
            word
            for org in resolved(doc, "organizations")
            for word in org["name"].replace("'", " ").replace("’", " ").split()
        }
        surnames = _name_forms(names)
        family_names = _family_names_first(names)
        repeated = _repeated_single_names(names)
        # How often the model tags each word as another kind of entity, counted once per article.
        tagged_otherwise = Counter(token.text for token in doc if token.ent_type_ not in ("", "PERSON")) \
            if repeated else Counter()
        singles = {
            word for word, count in repeated.items()
            if word not in organization_words and word.lower() not in self.nationalities
            and count > tagged_otherwise[word]
        }
        taken = {i for name in names for i in range(name.start, name.end)}
        found: list[NameMention] = []
        for token in doc:
            text = token.text.title() if token.is_upper else token.text
            known = text in surnames or (text == token.text and text in singles) or (
                token.ent_type_ == "ORG" and text in family_names)
            if known and token.i not in taken and token.i not in blocked and token.pos_ == "PROPN":
                span = self._grow(doc[token.i : token.i + 1], blocked | taken)
                taken.update(range(span.start, span.end))
                found.append(_name_mention(span))
                if len(span) == 1:
                    found[-1].words = (text,)
        return sorted(names + found, key=lambda name: name.start) if found else names

    def _is_title_word(self, token: Token) -> bool:
        return token.lower_ in self.role_words or token.lower_ in self.honorifics

    def _strip_titles(self, span: Span) -> Span:
        """The model sometimes tags 'Interior Minister Ivica Dacic' whole: the name starts after the last title
        word, provided everything before it is title words, adjectives or words right before a title word
        ('Tory Treasurer Lord Ashcroft'; 'John Major' stays whole)."""
        last = None
        for token in span[:-1]:
            if self._is_title_word(token):
                last = token.i
            elif token.pos_ != "ADJ" and not self._is_title_word(token.nbor()):
                break
        if last is not None and span.end - last == 2 and span.doc[last].lower_ in self.name_like_titles:
            last = None if last == span.start else last - 1
        return span if last is None else span.doc[last + 1 : span.end]

    def _grow(self, span: Span, blocked: set[int]) -> Span:
        """The model often keeps only the surname ('Jurovic' of 'Rados Jurovic'): take in neighbouring
        capitalised proper nouns that are neither titles nor other entities, surname particles ('Ruud van
        Nistelrooy') and a regnal number ('Queen Elizabeth I')."""
        if not len(span):
            return span
        doc, start, end = span.doc, span.start, span.end
        sentence = span.sent
        while start > sentence.start and self._first_name_word(doc[start - 1], blocked):
            start -= 1
        while start - 1 > sentence.start and _hyphen_piece(doc[start]) and _two_part(doc[start - 1]) \
                and is_capitalised(doc[start - 2]) and doc[start - 2].i not in blocked:
            start -= 2  # one word: 'Al-Kahlot' when only 'Kahlot' was found
            while start > sentence.start and self._first_name_word(doc[start - 1], blocked):
                start -= 1
        while start > sentence.start and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].i not in blocked:
            start -= 1
            while start > sentence.start and self._first_name_word(doc[start - 1], blocked):
                start -= 1
        while end < sentence.end:
            if self._name_word(doc[end], blocked):
                end += 1
            elif end + 1 < sentence.end and doc[end].text == "-" and _hyphen_piece(doc[end + 1]):
                if not _two_part(doc[end]):
                    break
                end += 2
            else:
                break
        if end < sentence.end and doc[end].text in REGNAL_NUMBERS and end > start:
            end += 1
        return doc[start:end]

    def _first_name_word(self, token: Token, blocked: set[int]) -> bool:
        """A name word before the name, where a nationality is no first name ('Kenyan Alice Timbilil'), nor is a
        state's abbreviation ('Sen. Richard Blumenthal, D-Conn. Schumer, he said')."""
        abbreviation = token.text.endswith(".") and len(token.text) > 2
        return token.lower_ not in self.nationalities and not abbreviation and self._name_word(token, blocked)

    def _name_word(self, token: Token, blocked: set[int]) -> bool:
        return (
            token.pos_ in NAME_POS
            and is_capitalised(token)
            and token.ent_type_ in ("", "PERSON")
            and token.i not in blocked
            and not self._is_title_word(token)
        )

    def _title(self, span: Span, other_names: set[int]) -> tuple[Optional[str], bool]:
        """'Deputy Police Director General Dejan Lukovic': the run of title words and capitalised words right
        before the name (and before a courtesy title: 'Tory Treasurer Lord Ashcroft'), kept when it holds a
        role noun. When the word before the name is a role noun, the lowercase words that modify it belong
        to the role too ('park ranger Jamie Brown', 'Best actress winner Imelda Staunton'), and so does a role
        noun joined to it ('Iranian-born model and actress Negar Khan'); a nationality
        alone is a description ('American Kevin King'). A plural role is shared by the names coordinated
        with this one ('finance ministers A and B')."""
        doc = span.doc
        end = span.start
        first = span.sent.start
        while end > first and doc[end - 1].lower_ in self.honorifics:
            end -= 1
        described = end > first and end - 1 not in other_names and self._is_role_head(doc[end - 1])
        start = end
        while start > first and start - 1 not in other_names:
            token = doc[start - 1]
            if self._chain_word(token) or self._compound_in_chain(token, start, span.end) \
                    or described and self._role_modifier(token):
                start -= 1
            elif token.lower_ in self.joiners and start - 2 >= first \
                    and (self._chain_word(doc[start - 2]) or described and self._is_role_head(doc[start - 2])) \
                    and not self._listed_before(doc[start - 2], span):
                start -= 2 if described and doc[start - 2].is_lower else 1
            elif token.text == "-" and not token.whitespace_ and start - 2 >= first \
                    and not doc[start - 2].whitespace_ and (described or self._chain_word(doc[start - 2])):
                start -= 2 if described else 1  # 'Vice-President Mike Pence', 're-elected President'
            elif not described and start < end and self._body_article(doc, start, first):
                start -= self._body_article(doc, start, first)
            else:
                break
        while start < end and (doc[start].lower_ in self.joiners or doc[start].text == "-"):
            start += 1
        chain = doc[start:end]
        if described or any(token.lower_ in self.role_heads for token in chain):
            return _phrase(chain, doc[end - 1]), doc[end - 1].tag_ in PLURAL_TAGS
        if len(chain) and all(token.lower_ in self.nationalities for token in chain):
            return clean_spaces(chain.text), False
        return None, False

    def _body_article(self, doc: Doc, start: int, first: int) -> int:
        """How many words before a body's name in a title ('Chairman of the Environmental Audit Committee Peter
        Ainsworth', 'The outgoing head of the troubled Child Support Agency Doug Smith') are its article and
        the adjectives after it, when a joiner and a title word come before them; 0 when they do not."""
        index = start - 1
        while index > first and doc[index].is_lower and doc[index].dep_ == "amod":
            index -= 1
        if index - 2 < first or doc[index].lower_ != "the" or doc[index - 1].lower_ not in self.joiners \
                or not self._chain_word(doc[index - 2]):
            return 0
        return start - index

    def _listed_before(self, token: Token, name: Span) -> bool:
        """The word before 'and' ends another item of a list, not a title shared by the name ('DR Congo's Alain
        Masudi and Nigerian midfielder Edith Agoye'; 'Arsenal and England defender Ashley Cole' is one title):
        another person's name, or a word the name is coordinated with, unless a role noun ('singer and actress
        Jennifer Lopez', which the parse coordinates)."""
        root = name.root
        coordinated = root.dep_ == "conj" and root.head.i == token.i and not (token.is_lower and self._is_role_head(token))
        return coordinated or token.ent_type_ == "PERSON" and token.lower_ not in self.role_words

    def _is_role_head(self, token: Token) -> bool:
        """A noun a role is built on, also in the plural ('finance ministers', 'both professors at ...')."""
        return token.lower_ in self.role_heads or (
            token.tag_ in PLURAL_TAGS and token.lemma_.lower() in self.role_heads)

    def _role_modifier(self, token: Token) -> bool:
        """A lowercase word modifying a role noun: a noun or adjective ('park', 'senior'), a role noun itself
        ('director husband'), the part of a hyphenated word after its hyphen ('Australian-born') or an adjective
        that says what field the role is in ('chief financial officer', 'BBC political editor'), not one that
        judges or dates it ('impressed manager', 'new manager')."""
        return token.is_lower and token.dep_ in ROLE_MODIFIER_DEPS and (
            token.pos_ in ROLE_MODIFIER_POS or _hyphen_piece(token) or self._is_role_head(token)
            or token.pos_ == "ADJ" and token.lower_.endswith(self.relational_endings))

    @staticmethod
    def _compound_in_chain(token: Token, start: int, end: int) -> bool:
        """A noun compounding into the title or name ('courts' of 'courts minister Christopher Leslie')."""
        return token.dep_ == "compound" and token.pos_ == "NOUN" and start <= token.head.i < end

    def _chain_word(self, token: Token) -> bool:
        if token.ent_type_ in NOT_TITLE_LABELS or token.is_punct:
            return False
        return token.lower_ in self.role_words or (is_capitalised(token) and token.pos_ in TITLE_POS)

    def _appositions(self, span: Span) -> Iterable[tuple[Optional[str], bool]]:
        """'Dejan Lukovic, the deputy police director', 'Tim Morrison, another top NSC aide', each role of a
        coordinated apposition ('Helena Kennedy, a Labour peer and a human rights lawyer') and 'the director
        of X, Rados Jurovic', 'The suspect, Michael Webb,'; a plural one is shared by the names coordinated
        with this one ('King and Weeks, both professors at ...')."""
        root = span.root
        name_tokens = set(range(span.start, span.end))
        for child in root.children:
            if child.dep_ == "appos" and child.i >= span.end:
                for noun in _conjuncts(child):
                    if self._is_role_head(noun):
                        yield self._role_phrase(noun, name_tokens), noun.tag_ in PLURAL_TAGS
        if root.dep_ == "appos" and root.head.i < span.start and self._is_role_head(root.head):
            yield self._role_phrase(root.head, set(tok.i for tok in root.subtree)), root.head.tag_ in PLURAL_TAGS

    def _predicates(self, span: Span) -> Iterable[tuple[Optional[str], bool]]:
        """Roles the name's own clauses give it: 'X, who is the director of ...', 'X, who has resigned as home
        secretary', 'X served as ambassador', 'A, B and C were just some of the actors'."""
        root = span.root
        verbs = [root.head] if root.dep_ in SUBJECT_DEPS and root.head.i != root.i else []
        clauses = [child for child in root.children if child.dep_ == "relcl" and any(
            grand.dep_ in SUBJECT_DEPS and grand.lower_ == "who" for grand in child.children)]
        for verb in verbs + clauses:
            found = self._verb_role(verb)
            if found is not None:
                yield found
        for verb in clauses:
            deed = self._deed_role(verb)
            if deed is not None:
                yield deed, False

    def _deed_role(self, verb: Token) -> Optional[str]:
        """What a 'who' clause says the person does or did, as news copy introduces people by it: the doer's
        noun of the verb's object ('X, who heads the agency' is head of the agency; 'who presented the best
        actress award', 'who has won a Golden Globe', not 'who wins a place on the bench'; 'who headed the
        record company' a former head), or the clause's own words when they name a part or work ('who plays
        Hermione in the Harry Potter films', 'who is currently starring in ...'). A pronoun object ('who directed
        him') or an unnamed thing played ('who played golf') gives none."""
        if any(child.dep_ == "neg" or child.lower_ in HYPOTHETICAL for child in verb.children):
            return None
        lemma = verb.lemma_.lower()
        after = [child for child in verb.children if child.i > verb.i and child.dep_ in DEED_DEPS]
        if lemma in self.deed_agents:
            obj = next((child for child in after if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                return None
            end = max([obj.i, *(child.right_edge.i for child in obj.rights if child.dep_ not in CLAUSE_DEPS)])
            words = _without_trailing_joiners(verb.doc[obj.left_edge.i : end + 1])
            if lemma in self.deed_named and not _names_something(words):
                return None
            former = "former " if verb.tag_ == "VBD" and lemma in self.deed_offices else ""
            return clean_spaces(f"{former}{self.deed_agents[lemma]} of {words.text}")
        if lemma not in self.deed_phrases or not after:
            return None
        end = max(child.right_edge.i for child in after)
        words = verb.doc[verb.i : end + 1]
        return clean_spaces(words.text) if _names_something(words[1:]) else None

    def _role_phrase(self, head: Token, exclude: set[int]) -> Optional[str]:
        """The role noun with its modifiers and prepositional phrases, without a leading article."""
        keep = {head.i}
        for child in head.children:
            if child.dep_ not in NOT_ROLE_DEPS:
                keep.update(token.i for token in child.subtree)
        for token in head.subtree:
            if token.dep_ == "relcl" and token.i != head.i:  # it tells of a noun inside the role, not the person
                keep.difference_update(inner.i for inner in token.subtree)
        keep -= exclude
        start = end = head.i
        while start - 1 in keep:
            start -= 1
        while end + 1 in keep:
            end += 1
        doc = head.doc
        while start < head.i and (doc[start].dep_ in LEADING_NOT_ROLE or doc[start].is_punct
                                  or doc[start].lower_ in LEADING_NOT_ROLE_WORDS
                                  or doc[start].dep_ == "poss" and doc[start].pos_ == "PRON"):
            start += 1
        while end > head.i and (doc[end].is_space or doc[end].is_punct and not _closes_bracket(doc[start:end + 1])):
            end -= 1
        return _phrase(doc[start : end + 1], head)

    def _copular_roles(self, doc: Doc, names: list[NameMention]) -> None:
        """'Schroeder is the German chancellor', and '... Rados Jurovic told RTV. He is the director of ...',
        where the role goes to the last person named in the sentence before."""
        if not names:
            return
        sentences = list(doc.sents)
        for index, sentence in enumerate(sentences):
            subject = _only_subject(sentence.root)
            found = self._verb_role(sentence.root) if subject is not None else None
            if found is None:
                continue
            role = found[0]
            named = [name for name in names if name.start <= subject.i < name.end]
            if not named and index > 0 and subject.lower_ in self.pronouns:
                previous = sentences[index - 1]
                named = [name for name in names if previous.start <= name.start < previous.end]
            if named:
                named[-1].roles.append(role)

    def _verb_role(self, verb: Token) -> Optional[tuple[str, bool]]:
        """The role a verb gives its subject, with whether it is plural: the attribute of 'be' ('is the German
        chancellor', 'were just some of the actors') or what it acts 'as' ('resigned as home secretary',
        'began her career as a lawyer'; not 'described him as a liar', whose 'as' is the object's)."""
        if any(child.dep_ == "neg" or child.lower_ in HYPOTHETICAL for child in verb.children):
            return None
        if verb.lemma_ == "be":
            for attribute in (child for child in verb.children if child.dep_ == "attr"):
                if attribute.lower_ in PARTITIVES:
                    attribute = next((grand for prep in attribute.children if prep.lower_ == "of"
                                      for grand in prep.children if grand.dep_ == "pobj"), attribute)
                if self._is_role_head(attribute):
                    return self._role_phrase(attribute, set()), attribute.tag_ in PLURAL_TAGS
            return None
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        if not all(any(grand.dep_ == "poss" and grand.lower_ in SUBJECT_PRONOUNS for grand in obj.children)
                   for obj in objects):
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and not any(grand.lower_ == "such" for grand in prep.children):
                role = next((grand for grand in prep.children if grand.dep_ == "pobj" and self._is_role_head(grand)), None)
                if role is not None:
                    return self._role_phrase(role, set()), role.tag_ in PLURAL_TAGS
        return None

    def _record(self, doc: Doc, group: list[NameMention]) -> dict[str, Any]:
        roles: list[str] = []
        for item in group:
            roles.extend(role for role in item.roles if role not in roles)
        name = clean_spaces(max(group, key=lambda item: len(item.words)).text)
        return {
            "name": name,
            "roles": roles,
            "mentions": [mention(doc, item.start_char, item.end_char) for item in group],
        }


def _closes_bracket(words: Span) -> bool:
    """The last word closes a bracket opened inside the words ('a specialist on the National Security Council
    (NSC)')."""
    return words[-1].text == ")" and words.text.count("(") == words.text.count(")")


def _names_something(words: Span) -> bool:
    return any(is_capitalised(token) and token.pos_ == "PROPN" for token in words)


def _without_trailing_joiners(words: Span) -> Span:
    """Words without a dangling 'and' or comma the parse left at their end ('who directed American Pie and
    About A Boy', its object cut before the second title)."""
    end = words.end
    while end > words.start + 1 and (words.doc[end - 1].dep_ == "cc" or words.doc[end - 1].is_punct):
        end -= 1
    return words.doc[words.start : end]


def _only_subject(verb: Token) -> Optional[Token]:
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def _phrase(words: Span, head: Token) -> str:
    """A role as one line, its head noun in the singular: each of 'finance ministers A and B' is a finance
    minister."""
    text = words.text
    if head.tag_ in PLURAL_TAGS and words.start <= head.i < words.end and head.lemma_.lower() != head.lower_:
        singular = head.lemma_.lower()
        if head.text[:1].isupper():
            singular = singular[:1].upper() + singular[1:]
        offset = head.idx - words.start_char
        text = text[:offset] + singular + text[offset + len(head.text) :]
    return clean_spaces(text)


def _share_coordinated_roles(doc: Doc, names: list[NameMention]) -> None:
    """Names coordinated with one given a plural role share it ('finance ministers A and B', 'A, B and C were
    just some of the actors')."""
    by_root = {doc[name.start : name.end].root.i: name for name in names}
    for name in names:
        if not name.shared:
            continue
        top = doc[name.start : name.end].root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        for token in _conjuncts(top):
            other = by_root.get(token.i)
            if other is not None and other is not name:
                other.roles.extend(role for role in name.shared if role not in other.roles)


def _places_named(word: str) -> tuple[Any, ...]:
    gaz = gazetteer()
    key = fold(word)
    return gaz.candidates(key) if key in gaz else ()


def _conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def _looks_like_name(span: Span) -> bool:
    """Words only, starting and ending with a capital: not table rows the model tags ('Maize Mar 48.0').
    A hyphenated last word counts by its first part ('Kim Jong-un'); hyphens between capitals join a
    headline's words ('FOOTBALL-RANDALL'), not a name's."""
    last = len(span) - 1
    while last > 0 and (_hyphen_piece(span[last]) or span[last].text == "-"):
        last -= 1
    hyphens = [token for token in span[:-1] if token.text == "-" and _hyphen_piece(token.nbor())]
    return (
        (is_capitalised(span[0]) or span[0].lower_ in NAME_PARTICLES)
        and is_capitalised(span[last])
        and not any(hyphen.nbor(-1).is_upper or hyphen.nbor().is_upper for hyphen in hyphens)
        and all(_name_token(token) or token.text == "-" for token in span if not token.is_space)
    )


def _two_part(hyphen: Token) -> bool:
    """A hyphen joining two parts of a name ('Jong-un', 'Tyler-Sharman'), not a place's chain of
    parts ('Chester-le-Street') or a headline's capitals ('FOOTBALL-RANDALL')."""
    doc = hyphen.doc
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    chained = after.i + 1 < len(doc) and doc[after.i + 1].text == "-" and not after.whitespace_
    return not chained and not before.is_upper and not after.is_upper


def _hyphen_piece(token: Token) -> bool:
    """The part of a word after a hyphen the tokenizer split off ('un' of 'Kim Jong-un', 'Raybould'
    of 'Wilson-Raybould'): letters glued to a hyphen that is glued to the word before."""
    doc = token.doc
    if token.i < 2 or not token.is_alpha:
        return False
    hyphen, before = doc[token.i - 1], doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ and before.is_alpha


def _name_mention(span: Span) -> NameMention:
    words = tuple(token.text for token in span if not token.is_space)
    return NameMention(span.start, span.end, words, span.text, span.start_char, span.end_char,
                       sentence=sentence_of(span.doc, span.start_char))


def _name_token(token: Token) -> bool:
    text = token.text
    return any(char.isalpha() for char in text) and all(char.isalpha() or char in NAME_PUNCT for char in text)


def _repeated_single_names(names: list[NameMention]) -> dict[str, int]:
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
    ('Wang' of 'Wang Donghai', as _group reads them) where the model tags that short form as an organization,
    with the offset of the first such name: a short form follows the full name (not 'Pirelli' of a later
    'Pirelli Cables')."""
    firsts: dict[str, int] = {}
    for name in names:
        if len(name.words) == 2 and len(name.words[0]) > 2 and name.words[0].isalpha():
            firsts[name.words[0]] = min(firsts.get(name.words[0], name.start_char), name.start_char)
    return firsts


def _name_forms(names: list[NameMention]) -> set[str]:
    """Surnames of the people named in full, by which the article mentions them again: the last word, and a
    hyphenated surname whole ('Al-Kahlot' of 'Mustafa Al-Kahlot')."""
    forms = set()
    for name in names:
        words = name.words
        if len(words) > 1:
            forms.add(words[-1])
            first = len(words) - 1
            while first >= 2 and words[first - 1] == "-":
                first -= 2
            if first > 0:
                forms.add("".join(words[first:]))
    return forms


def _group(names: list[NameMention]) -> list[list[NameMention]]:
    """One group per person: a shorter name ('Lukovic') joins the nearest earlier full name it ends ('Dejan
    Lukovic') when that is in its sentence or the one before, else the first earlier one, else the first
    later one; a lone first word joins a full name it starts the same way, as Asian names put the family
    name first ('Kim' after 'Kim Jong-un' and 'Kim Yong-chol')."""
    groups: list[list[NameMention]] = []
    owner: dict[int, int] = {}
    by_length = sorted(range(len(names)), key=lambda i: (-len(names[i].words), i))
    for index in by_length:
        words = names[index].words
        matches = [other for other in owner if names[other].words[-len(words) :] == words]
        if not matches and len(words) == 1:
            matches = [other for other in owner if len(names[other].words) > 1 and names[other].words[0] == words[0]]
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


@Language.factory(
    "extractor_people",
    default_config={"words": DATA, "first_names": FIRST_NAMES, "demonyms": DEMONYMS},
    requires=["doc.ents", "token.ent_type", "token.ent_iob", "token.tag", "token.dep", "token.head",
              "token.lemma", "doc._.entity_proposals"],
    assigns=["doc._.entity_proposals"],
)
def make_people(nlp: Language, name: str, words: str, first_names: str, demonyms: str) -> PeopleFinder:
    """``words``, ``first_names`` and ``demonyms``: the role and name word lists, the first names and the
    nationality words, each a file in ``extractor/data`` or a path."""
    return PeopleFinder(read_data(words), read_data(first_names), read_data(demonyms))
