"""Referents: who a pronoun, a description or an unattributed quote means, from the article so far.

This is coreference, not quotation: a document-level resolver of pronoun referents ('he said'),
salience (news keeps its topic in subject position) and gender evidence ('Ms. May', 'his wife,
Jane Doe'). The quote finders and the people component consult it. It reads nothing of the quote
finders but what they hand it (the word lists, and the article's quoted and reported spans as
``Speech``) and imports only ``spans``, ``doc_utils`` and ``entities`` (and the word lists' type, absolutely), so
that it can move with ``spans.py`` into ``extractor/resolve/`` unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Optional

import numpy
from spacy.attrs import DEP, IDX
from spacy.tokens import Doc, Span, Token

from ..doc_utils import in_ticker_marks, sentence_starts, text_of
from ..entities import NOT_PEOPLE, labelled_entities, role_words
from .spans import (
    SUBJECTS, children, doc_text, group_phrase, named_apposition, noun_phrase, overlaps, span_record, unit_of,
    within_paragraph, without_article, word_count,
)

if TYPE_CHECKING:  # the word lists' type only: the resolver reads them as it is handed them
    from extractor.quotes.lexicon import QuoteWords

# (start, end, canonical name, kind, text) of a person's or organization's mention.
EntityMention = tuple[int, int, str, str, str]
# Where a doc's referents are cached, for the mention list they were built from.
REFERENTS = "extractor_quotes_referents"
# Where the mentions holding each token are cached for a mention list while quotes are resolved.
MENTIONS_AT = "extractor_quotes_mentions_at"
# Dependencies that start a clause of their own: climbing a name's heads stops at them.
_CLAUSE_DEPS = {"nsubj", "nsubjpass", "dobj", "ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp"}
# Clauses inside a noun phrase that describe its referent ('X, who plays Hermione'), with the object in them.
_DESCRIBING_CLAUSE_DEPS = {"relcl", "dobj"}
# Entity labels that narrow a description to someone unnamed ("the Nova Scotia judge").
_PLACE_LABELS = {"GPE", "LOC", "NORP"}
# The nouns a post ends in ('minister', 'secretary', 'manager'), from the people data.
_ROLE_HEADS = role_words("role_heads")
# Capitalised words that describe a person by party ('the Kentucky Republican'), from the people data.
_PARTY_WORDS = role_words("party_words")
# Where a role's own words end and what it is a role of begins ('spokeswoman for the ministry').
_ROLE_COMPLEMENT = re.compile(r"\s(?:of|for|at|in|with|to|on)\s")
# How many sentences back a name of the pronoun's known gender beats a nearer name of unknown gender.
_GENDER_REACH = 3
# How a phrase fronted before a clause's subject hangs on its verb ('At a conference hosted by X, he said').
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})
# The least salience of a subject (``_subject_rank``): an organization that acts, not one merely mentioned.
_SUBJECT_SALIENCE = 2
# Tags of a plural noun.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# How a paragraph of running text ends; a line without one is a headline or page furniture.
_PARAGRAPH_ENDS = frozenset(".!?:;\"'\u201d\u2019)\u2026")
# An age that makes a description a person's ('the 26-year-old right wing').
_AGE = re.compile(r"\byears?[- ]old\b", re.IGNORECASE)
# How a noun for a person ends ('the rookie defenceman', 'the spokeswoman'), beyond the people data's list.
_PERSON_ENDINGS = ("man", "woman", "person")
# Determiners of a complement that leaves its body unnamed ('the head of a leading bank').
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
# Determiners of a plural description that takes up a group named before ('these officials').
_PLURAL_DETERMINERS = frozenset({"these", "those"})
# How many characters before a person's name the words of their title are read ('shadow chancellor Oliver Letwin').
_TITLE_REACH = 80
# The organization types a public body's noun ('the commission', 'the government') never means.
_NOT_PUBLIC_TYPES = frozenset({"company", "media"})
# Lower-case words inside a company's name ('Miller Tabak Hirsch and Co', 'Bank of Tokyo').
_NAME_JOINS = frozenset({"and", "of", "&"})
# The event kind of organizations named together as a subject: a group, whom a later 'the companies' means.
_BODIES = "bodies"
# The event kind of a spokesperson or official who speaks ('a senior official said', 'the official said').
_PROXY = "proxy"
# The kind of a referent that is a description a later 'it' takes up ('The administration opposes ... It argues',
# 'the lawsuit noted ... It stated'): whom it means is what the speaker rules make of its words.
DESCRIBED = "described"


class Referent(NamedTuple):
    """A name or resolved subject pronoun outside direct quotes, as pronouns and floating quotes see it;
    ``topic`` when it is a person the article names in full ('Story continues below advertisement' names
    no one) as the subject of its sentence's main verb, what the sentence is about."""

    start: int
    end: int
    sentence: int
    name: str
    kind: str
    salience: int
    reported: bool = False
    speaks: bool = False
    topic: bool = False
    bodies: bool = False  # organizations named together ('Texaco Inc and Honeywell Inc said')
    fleeting: bool = False  # an unnamed official who spoke, whom only a pronoun in the next sentence means
    described: int = -1  # the head of a description a later 'it' takes up, for a ``DESCRIBED`` referent
    thing: bool = False  # a name the model tags a person that the people component found no person's (``NOT_PEOPLE``)


@dataclass(frozen=True)
class Speech:
    """What the quote finders know of the article: names inside ``quoted`` words are what someone
    said, not referents; names inside ``reported`` speech are what a speaker said, not who speaks
    next; a subject of one of the reporting verbs at token indices ``cues`` speaks."""

    quoted: list[tuple[int, int]]
    reported: list[tuple[int, int]]
    cues: set[int]


def entity_mentions(doc: Doc) -> list[EntityMention]:
    """``(start, end, canonical name, kind, text)`` for every person and organization mention.

    spaCy's own PERSON/ORG entities fill in where the entity components found nothing, so
    speakers still resolve to names when those components are missing; an all-lowercase one
    ('the rookie defenceman' tagged ORG) is a description, not a name. Where the organizations component ran, the
    model's ORG entities it left out (a product, a film, a name with no support in the article: 'iPod') are no
    speakers either. The model's entities of those labels are read from the article's columns
    (``entities.labelled_entities``): ``Doc.ents`` makes a Span of every entity, most of other labels.
    """
    found: list[EntityMention] = []
    organizations = doc._.organizations
    for kind, records in (("person", doc._.people or []), ("org", organizations or [])):
        for record in records:
            for item in record.get("mentions", []):
                found.append((item["start"], item["end"], record["name"], kind, item["text"]))
    covered = _Coverage(found)
    bodies_decided = organizations is not None  # the organizations ran and left the model's other ORGs out
    labels = {"PERSON": "person"} if bodies_decided else {"PERSON": "person", "ORG": "org"}
    body_names = {name for record in organizations or [] for name in (record["name"], *record.get("aliases", []))}
    for label, kind in labels.items():  # the order they are read in is no matter: the mentions are sorted
        for ent in labelled_entities(doc, label):
            if covered.overlaps(ent.start_char, ent.end_char):
                continue
            span = within_paragraph(_name_words(ent), ent.root)
            if span is None or all(t.is_lower for t in span):
                continue
            if kind == "person" and span.root.dep_ != "compound" and (span.text in body_names or _party_name(span)):
                continue  # 'Labour' beside the Labour Party, 'the Lib Dems': a party the model took for a person
            span = _given_name(span) if kind == "person" else span
            found.append((span.start_char, span.end_char, span.text, kind, span.text))
    found.sort()
    return found


def _spelled_body(token: Token, mentions: list[EntityMention]) -> Optional[str]:
    """The organization whose initials a capitalised subject the entity components missed spells: 'IEL said' after
    '<Industrial Equity Ltd> (IEL)' is the company, which a later 'it added' means, not a person."""
    text = token.text
    if token.pos_ != "PROPN" or not text.isupper() or not text.isalpha() or len(text) < 2 \
            or _mentions_at(token.doc, mentions).get(token.idx):
        return None
    return next((record["name"] for record in token.doc._.organizations or [] if spells(text, record["name"])), None)


def spells(word: str, name: str) -> bool:
    """Whether a word is a name's initials, with or without its small words ('IEL': 'Industrial Equity Ltd', 'OECD':
    'Organization for Economic Cooperation and Development')."""
    words = name.split()
    return word in ("".join(w[0] for w in words), "".join(w[0] for w in words if w[0].isupper()))


def _party_name(span: Span) -> bool:
    """Whether every word names a party or its members ('Labour', 'Lib Dems', 'Republicans')."""
    return all(token.lower_ in _PARTY_WORDS or token.lower_.removesuffix("s") in _PARTY_WORDS for token in span)


class _Coverage:
    """The entity components' mentions as sorted starts and the furthest end reached by each prefix, so
    that whether a model entity overlaps one is a binary search, not a pass over all of them. A model
    entity's own mention need not join them: it lies before the next entity starts."""

    def __init__(self, mentions: list[EntityMention]) -> None:
        ordered = sorted((m[0], m[1]) for m in mentions)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the mentions starting before ``end``
        return before > 0 and self.reach[before - 1] > start


def _name_words(ent: Span) -> Span:
    """An entity without words the small model glues onto names ('the', 'Said Mr Fogg')."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].pos_ in {"DET", "VERB", "AUX", "PUNCT"}:
        start += 1
    return ent.doc[start : ent.end]


def _given_name(ent: Span) -> Span:
    """The small model often tags only the surname of an unfamiliar name ('Rados [Jurovic]')."""
    doc = ent.doc
    if len(ent) == 1 and ent.start > 0:
        before = doc[ent.start - 1]
        if before.pos_ == "PROPN" and not before.ent_type_ and before.head == ent.root and before.is_title:
            return doc[ent.start - 1 : ent.end]
    return ent


# A mention's tokens by its characters, found once per pass through the article: several rules read them.
_Spans = dict[tuple[int, int], Optional[Span]]


def _span_of(doc: Doc, mention: EntityMention, spans: _Spans) -> Optional[Span]:
    key = mention[0], mention[1]
    if key not in spans:
        spans[key] = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    return spans[key]


def _subject_token(doc: Doc, mention: EntityMention, spans: _Spans) -> Optional[Token]:
    """The subject a mention is, directly or through an apposition, coordination or compound
    ('Lonechild said ...', 'Sharks head coach Peter DeBoer said ...'), or the name a copula
    introduces ('Rooting for Staunton ... was Cate Blanchett'); None for a non-subject."""
    span = _span_of(doc, mention, spans)
    if span is None:
        return None
    token = span.root
    for _ in range(3):
        if token.dep_ in SUBJECTS or token.dep_ == "attr":
            return token
        if token.dep_ not in {"appos", "conj", "compound"} or token.head.i == token.i:
            return None
        token = token.head
    return None


def _subject_rank(subject: Token) -> int:
    """3 for the subject of a sentence's main verb, 2 for a subordinate clause's: in 'Sarah Buckley
    ... said Covington Catholic has "a culture of entitlement"' the story is about the speaker, not
    the subject of her reported words."""
    verb = subject.head
    if verb.dep_ == "conj":
        verb = verb.head
    return 3 if verb.dep_ == "ROOT" else 2


def _is_topic(subject: Token) -> bool:
    """Whether a subject is what its sentence is about: the singular subject of the main verb, not a
    name a copula introduces ('One of his fellow pupils ... was Vladimir Putin') nor a plural one
    ('The Lib Dems would cut ...'), which no 'he' or 'she' means."""
    return subject.dep_ in SUBJECTS and subject.tag_ not in _PLURAL_TAGS and _subject_rank(subject) == 3


def _describes_other(doc: Doc, found: EntityMention, mentions: list[EntityMention], spans: _Spans) -> bool:
    """Whether a mention sits inside another same-kind entity's noun phrase ('X, analyst at
    [Gartner]', 'Emma Watson, who plays [Hermione]'), where a later pronoun cannot point at it."""
    span = _span_of(doc, found, spans)
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i and token.dep_ not in _CLAUSE_DEPS - _DESCRIBING_CLAUSE_DEPS:
        token = token.head
        if any(m[3] == found[3] and m is not found for m in _mentions_at(doc, mentions).get(token.idx, ())):
            return True
    return False


def _salience(
    doc: Doc, mention: EntityMention, mentions: list[EntityMention], subject: Optional[Token], spans: _Spans
) -> int:
    """A subject's rank, 0 for a name inside another's description, else 1; ``subject``: the mention's
    ``_subject_token``, which its referent reads too."""
    if subject is not None:
        return _subject_rank(subject)
    return 0 if _describes_other(doc, mention, mentions, spans) else 1


def _gender_evidence(
    doc: Doc, mention: EntityMention, words: QuoteWords, quoted: list[tuple[int, int]], spans: _Spans
) -> Optional[str]:
    """A person's gender where the article states it: a courtesy title or gendered noun before the
    name ('Ms. May', 'British actor Clive Owen'), a gendered noun in apposition ('his wife, Jane Doe',
    'Jane Doe, an actress,'), or the pronoun subject of the person's own reported clause ('Lonechild
    said she felt ...'); a pronoun in their quoted words is someone else ('"He has a great array of
    experience," said Lisa Harris'), and so is one in a clause the person only knows or thinks ('Harper knew
    in his bones that she was perfect for the part')."""
    if mention[3] != "person":
        return None
    span = _span_of(doc, mention, spans)
    if span is None:
        return None
    if span.start > 0:
        title = doc[span.start - 1]
        if title.text == "." and span.start > 1:
            title = doc[span.start - 2]
        courtesy = title.lower_.rstrip(".")
        gender = words.gender_nouns.get(courtesy) or (words.genders.get(courtesy) if title.pos_ != "PRON" else None)
        if gender:
            return gender
    root = span.root
    described = [child for child in children(root) if child.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    for noun in described:
        if noun.pos_ == "NOUN" and noun.lower_ in words.gender_nouns:
            return words.gender_nouns[noun.lower_]
    if root.dep_ not in SUBJECTS or root.head.lemma_ not in words.verbs:
        return None
    for clause in children(root.head):
        if clause.dep_ == "ccomp":
            for subject in children(clause):
                inside = overlaps(subject.idx, subject.idx + 1, quoted)
                if subject.dep_ in SUBJECTS and subject.lower_ in words.genders and not inside:
                    return words.genders[subject.lower_]
    return None


def _known_genders(
    doc: Doc, mentions: list[EntityMention], words: QuoteWords, quoted: list[tuple[int, int]], spans: _Spans
) -> dict[str, str]:
    """Each person's gender as the article states it, else as their first given name implies
    ('Martin Scorsese', 'Sergeant-at-Arms Kevin Vickers'); names common to both sexes ('Kim',
    'Robin') imply none."""
    known: dict[str, str] = {}
    for mention in mentions:
        gender = _gender_evidence(doc, mention, words, quoted, spans)
        if gender:
            known.setdefault(mention[2], gender)
    for record in doc._.people or []:
        for role in record.get("roles", []):
            own = _ROLE_COMPLEMENT.split(role.lower())[0]  # 'presenter of the best actress award' is no actress
            gendered = [words.gender_nouns[w] for w in own.split() if w in words.gender_nouns]
            if gendered:
                known.setdefault(record["name"], gendered[-1])
    for mention in mentions:
        given = [w for w in mention[2].lower().split()[:-1] if w in words.given_names] if mention[3] == "person" else []
        if given:
            known.setdefault(mention[2], words.given_names[given[0]])
    return known


def _pronoun_kind(lower: str, words: QuoteWords) -> str:
    """Which referents a pronoun can mean: a person, a group of people, or an organization ('it')."""
    if lower in words.person_pronouns:
        return "person"
    if lower in words.plural_pronouns:
        return "plural"
    return "org" if lower in words.group_pronouns else ""


def _unrecognised_speaker(
    token: Token, mentions: list[EntityMention], words: QuoteWords, introduced: set[str]
) -> Optional[str]:
    """A proper name the entity components missed that speaks ('Hereditary Chief Na'moks said he
    ...') or that its sentence is about, as the subject of its main verb, when the model reads a person there, an
    owner's possessive introduces it ('Arsenal's Edu has lifted the lid ... The Brazilian confirmed') or the article
    gave it so before, which ``introduced`` holds ('But Edu was highly critical of ..., particularly on Jose Antonio
    Reyes. "...," he said' is Edu, not Reyes, whom the people component found): the person a following 'he', 'she'
    or description means, not an earlier name nor one the sentence names beside it. A bare name the model reads as
    no one may be a club's or a town's ('Sale host Bath in the Powergen Cup')."""
    if token.pos_ != "PROPN" or token.tag_ != "NNP" or _mentions_at(token.doc, mentions).get(token.idx):
        return None
    if token.head.lemma_.lower() in words.verbs:
        return without_article(noun_phrase(token)).text if token.ent_type_ in {"", "PERSON"} else None
    name = _own_name(token)
    owned = name.start > 0 and token.doc[name.start - 1].tag_ == "POS"  # the model tags 'Arsenal's Edu' one body
    if not (token.ent_type_ == "PERSON" or owned or name.text in introduced) or not _is_topic(token) \
            or any(c.dep_ == "det" for c in children(token)) or token.lower_ in _ROLE_HEADS:
        return None  # 'The e-University was scrapped', 'The Life of Mary Queen of Scots': a body's or a title's name
    introduced.add(name.text)
    return name.text


def _own_name(token: Token) -> Span:
    """A proper name's own words: the capitalised words the parser joins to it, not an owner before them ('Arsenal's
    Edu' is Edu)."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start : token.i + 1]


def _unnamed_speaker(token: Token, mentions: list[EntityMention], words: QuoteWords, cues: set[int]) -> Optional[str]:
    """Someone the article does not name who speaks ('President Castro's chief aide said ... "...," he said',
    'the chief executive of a leading European car maker told BBC News'): the one a following 'he' or 'she'
    means, not the name inside the description. A definite description of someone named ('the striker') and a
    spokesperson, who speaks for the body named with them, are left to their own rules; a bare noun is no
    description but one the parser cut from a title ('The She Hate Me director urged')."""
    if token.tag_ != "NN" or token.head.i not in cues or token.lemma_.lower() not in words.person_nouns:
        return None
    if token.lemma_.lower() in words.proxy_nouns or _mentions_at(token.doc, mentions).get(token.idx):
        return None
    if _definite(token, words) and not _of_someone_unnamed(token) or not token.n_lefts + token.n_rights:
        return None
    return _own_words(token)


def _described_subject(token: Token, mentions: list[EntityMention], words: QuoteWords, cues: set[int]) -> bool:
    """Whether a subject is a description that speaks, which a later 'it' may take up ('the lawsuit noted ... It
    stated', '"...," said the magazine. "...," it concluded', 'The industry said ... it said'): a singular common
    noun with a determiner, no person (WordNet's nouns for one too: 'a clergyman has said', 'The news and financial
    data seller said' after Reuters); wire copy keeps the body it quotes in subject position, so the speaker before
    the pronoun is whom it means, not an organization named in between."""
    if token.tag_ != "NN" or not token.is_lower or token.head.i not in cues \
            or _mentions_at(token.doc, mentions).get(token.idx):
        return False
    lemma = token.lemma_.lower()
    if lemma in words.person_nouns or lemma in words.stand_in_nouns or lemma in words.proxy_nouns or (
            lemma in words.speaking_plurals and lemma not in words.speaking_nouns and lemma not in words.group_nouns):
        return False
    return any(c.dep_ in {"det", "poss"} for c in children(token))


def _own_words(token: Token) -> str:
    """The words that identify an unnamed speaker, as the speaker rules give them."""
    return without_article(group_phrase(noun_phrase(token))).text


def _speaks_for_someone(token: Token, mentions: list[EntityMention], words: QuoteWords) -> bool:
    """Whether a spokesperson's phrase names whom they speak for ('a spokesman for X', 'X's spokesman', 'a Bayern
    official', 'a source close to X'): the speaker rules give their words to that body, which a pronoun may mean.
    With no one named ('a senior Japanese government official said') a later 'he said' is the official's."""
    if any(c.dep_ in {"poss", "acl", "relcl", "appos"} or (c.dep_ == "prep" and c.lower_ in words.proxy_preps)
           for c in children(token)):
        return True
    held = _mentions_at(token.doc, mentions)
    return any(t.ent_type_ in {"ORG", "PERSON"} or t.idx in held for t in noun_phrase(token))


def _speaks_by_role(token: Token, words: QuoteWords, cues: set[int]) -> bool:
    """Whether a subject that speaks is someone the article gives only a role: a spokesperson or official
    ('a senior official said'), or a definite description of a role an article often leaves unnamed ('the aide
    to Lyng said'), which takes up whoever spoke so before."""
    if token.tag_ != "NN" or token.head.i not in cues:
        return False
    lemma = token.lemma_.lower()
    return lemma in words.proxy_nouns or (lemma in words.stand_in_nouns and _definite(token, words))


def _definite(token: Token, words: QuoteWords) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words.definite for c in children(token))


def _proxy_speaker(
    token: Token, mentions: list[EntityMention], words: QuoteWords, history: list[Referent]
) -> Optional[str]:
    """A spokesperson or official who speaks without the article naming them ('a senior Japanese government
    official said'), in the words the speaker rules give them, or the body they speak for ('A spokeswoman for
    Human Rights Watch said', 'a Coast Guard spokesman said'); a definite one ('The official said', 'the aide to
    Lyng said') is the latest who spoke called by the same noun, also when the speaker rules gave that one as the
    body spoken for ('a Treasury spokesman said ... The spokesman said' is the Treasury again). A 'he said' or 'She
    added' in the next sentence means them, not a person named before who has not spoken ('George Schultz's one day
    stop-over', 'The Lib Dems plan to oppose the Bill') nor one named inside the words 'he' reports ('a bill
    introduced by Democratic Senator Lloyd Bentsen, he said')."""
    if _mentions_at(token.doc, mentions).get(token.idx):
        return None
    if _definite(token, words):
        text = doc_text(token.doc)
        for earlier in reversed(history):
            noun = text[earlier.start : earlier.end].lower()
            called = noun == token.lower_ or earlier.name.split()[-1:] == [token.lower_]
            if earlier.kind == "person" and earlier.speaks and called:
                return earlier.name
        return None
    if not _speaks_for_someone(token, mentions, words):
        return _own_words(token)
    return _body_spoken_for(token, mentions, words)


def _body_spoken_for(token: Token, mentions: list[EntityMention], words: QuoteWords) -> Optional[str]:
    """The organization a spokesperson's phrase names as the one they speak for, as the speaker rules read it:
    the owner ('the ministry's spokesman'), the object of 'for' ('a spokeswoman for Human Rights Watch') or a
    body's name before the noun ('a Coast Guard spokesman'); none for one only placed near a body ('a source close
    to VW') or named beside ('a spokesman, John Smith')."""
    held = _mentions_at(token.doc, mentions)
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in words.proxy_preps:
            heads = [obj for obj in children(child) if obj.dep_ == "pobj"]
        elif child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ == "ORG"):
            heads = [child]
        else:
            continue
        for head in heads:
            for i in range(head.left_edge.i, head.right_edge.i + 1):
                found = held.get(token.doc[i].idx)
                bodies = [m for m in found or () if m[3] == "org"]
                if bodies:
                    return bodies[0][2]
    return None


def _plural_subject(token: Token, mentions: list[EntityMention], words: QuoteWords) -> Optional[str]:
    """The group a plural common-noun subject names ('several auto-industry executives have warned
    ... They say'), as a later 'they' may mean it; None when a name already stands there, or when the noun names
    what cannot speak ('Indonesia's economic changes have been welcomed by the World Bank and international bankers
    ..., though they say': the bankers speak, not the changes)."""
    if token.tag_ not in _PLURAL_TAGS or _mentions_at(token.doc, mentions).get(token.idx) \
            or token.lemma_.lower() not in words.speaking_plurals:
        return None
    return without_article(group_phrase(noun_phrase(token))).text


def referents_of(
    doc: Doc, mentions: list[EntityMention], words: QuoteWords, speech: Speech
) -> tuple[list[Referent], dict[str, str]]:
    """A referent for every name outside direct quotes and every subject pronoun, resolved in one
    pass through the article so that pronoun chains carry their referent along ('Vickers said ...
    He said ... "...," he said'); and each person's gender, as the article states it or as its
    first pronoun implies. Names inside reported speech are marked: they are what a speaker said,
    not who speaks next. Cached on the doc for its mention list while quotes are resolved."""
    cached = doc.user_data.get(REFERENTS)
    if cached is not None and cached[0] is mentions:
        return cached[1]
    quoted, reported, cues = speech.quoted, speech.reported, speech.cues
    spans: _Spans = {}
    known = _known_genders(doc, mentions, words, quoted, spans)
    people = {record["name"] for record in doc._.people or [] if " " in record["name"]}
    not_people = [tuple(found) for found in doc.user_data.get(NOT_PEOPLE, ())]
    events = _named(doc, mentions, words, quoted, spans)
    introduced: set[str] = set()  # the names the entity components missed that the article gives a person's
    for t in map(doc.__getitem__, _subject_indices(doc)):
        if overlaps(t.idx, t.idx + 1, quoted):
            continue
        if t.pos_ == "PRON" and _pronoun_kind(t.lower_, words):
            events.append((t.idx, t))
            continue
        named = named_apposition(t) or ticker_owner(t, mentions) or t
        together = coordinated_names(named, mentions)
        if together is not None:
            joint = _mention_at(named, mentions)
            events.append((t.idx, (together[0], _BODIES if joint and joint[3] == "org" else "plural", t)))
        else:
            unnamed = _unnamed_speaker(t, mentions, words, cues)
            spelled = _spelled_body(t, mentions)
            found = ((_plural_subject(t, mentions, words), "plural"),
                     ("" if _described_subject(t, mentions, words, cues) else None, DESCRIBED),
                     (spelled, "org"),
                     (_unrecognised_speaker(t, mentions, words, introduced) if spelled is None else None, "person"),
                     (unnamed, "person"),
                     ("" if unnamed is None and _speaks_by_role(t, words, cues) else None, _PROXY))
            events.extend((t.idx, (name, kind, t)) for name, kind in found if name is not None)
    events.sort(key=lambda event: event[0])
    history: list[Referent] = []
    joint: set[str] = set()  # the names of organizations named together so far

    def referent(
        char: int, end: int, name: str, kind: str, salience: int, subject: Optional[Token], bodies: bool = False,
        fleeting: bool = False, described: int = -1, thing: bool = False,
    ) -> Referent:
        speaks = subject is not None and subject.head.i in cues
        inside = not speaks and overlaps(char, char + 1, reported)
        topic = name in people and subject is not None and _is_topic(subject)
        return Referent(char, end, unit_of(doc, char), name, kind, salience, inside, speaks, topic, bodies, fleeting,
                        described, thing)

    for char, item in events:
        if isinstance(item, Token):
            kind = _pronoun_kind(item.lower_, words)
            gender = words.genders.get(item.lower_)
            fitting = _outside_fronted([r for r in history if not r.thing], item)
            subject = _subject_before(item, mentions, words)
            if subject is not None:
                name, kind = _taking_up(subject, item, fitting, known, words)
                history.append(referent(char, char + len(item.text), name, kind, _subject_rank(item), item,
                                        described=subject.i))
                continue
            found = pick(fitting, kind, gender, known, unit_of(doc, char))
            taken = pick(fitting, kind, gender, known, unit_of(doc, char), True) if kind == "org" else found
            if taken is not None:  # the name the pronoun means as before, and the description it may take up
                history.append(referent(char, char + len(item.text), found.name if found else "",
                                        kind if found else DESCRIBED, _subject_rank(item), item,
                                        described=taken.described))
                if gender:
                    known.setdefault(found.name, gender)
        elif isinstance(item[2], Token):
            name, kind, token = item
            if kind == _PROXY:
                name, kind = _proxy_speaker(token, mentions, words, history) or "", "person"
                if name:
                    history.append(referent(char, char + len(token.text), name, kind, _subject_rank(token), token,
                                            fleeting=True))
                continue
            if kind == DESCRIBED:  # named as what an 'it' here would have meant without it
                before = pick(history, "org", None, known, unit_of(doc, char))
                history.append(referent(char, char + len(token.text), before.name if before else "", kind,
                                        _subject_rank(token), token, described=token.i))
                continue
            bodies = kind == _BODIES
            kind = "plural" if bodies else kind
            if kind == "plural":
                name = _same_group(token, history, words) or name
            history.append(referent(
                char, char + len(token.text), name, kind, _subject_rank(token), token, bodies or name in joint))
            if bodies:
                joint.add(name)
        else:
            subject = _subject_token(doc, item, spans)
            salience = _salience(doc, item, mentions, subject, spans)
            thing = item[3] == "person" and overlaps(item[0], item[1], not_people)
            history.append(referent(char, item[1], item[2], item[3], salience, subject, thing=thing))
    doc.user_data[REFERENTS] = (mentions, (history, known))
    return history, known


def _named(
    doc: Doc, mentions: list[EntityMention], words: QuoteWords, quoted: list[tuple[int, int]], spans: _Spans
) -> list[tuple[int, Any]]:
    """The names outside direct quotes that a later pronoun may mean, by where they start."""
    text = doc_text(doc)
    return [(m[0], m) for m in mentions
            if not overlaps(m[0], m[1], quoted) and not _names_no_one(doc, text, m, words, spans)]


def _subject_indices(doc: Doc) -> list[int]:
    """Indices of the doc's subjects, read from its dependency column (a comparison per label costs a
    fraction of ``numpy.isin``'s sort on every article)."""
    deps = doc.to_array(DEP)
    found = numpy.zeros(len(deps), dtype=bool)
    for label in SUBJECTS:
        found |= deps == doc.vocab.strings[label]
    return numpy.flatnonzero(found).tolist()


def _names_no_one(doc: Doc, text: str, mention: EntityMention, words: QuoteWords, spans: _Spans) -> bool:
    """A person's name that no later pronoun means: one that modifies a common noun ('an Oscar
    nomination') or stands in a headline or page-furniture line ('Man Shot at Dallas Gas Station
    Dies at Hospital'): a short paragraph of one line that ends without a sentence's closing mark
    (wire copy runs its whole body into one hard-wrapped paragraph ending in 'REUTER', and a web
    page's last paragraph may lose its full stop)."""
    if mention[3] != "person":
        return False
    span = _span_of(doc, mention, spans)
    if span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
        return True
    start = text.rfind("\n\n", 0, mention[0])
    end = text.find("\n\n", mention[1])
    paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()
    if not paragraph or "\n" in paragraph or paragraph[-1] in _PARAGRAPH_ENDS:
        return False
    return word_count(paragraph) <= words.headline_max_words


def _same_group(token: Token, history: list[Referent], words: QuoteWords) -> Optional[str]:
    """The group a definite plural description takes up ('officials involved said ... the officials
    said'): the latest plural referent named with the same noun, or for an institution noun the organizations
    that spoke together ('Lotus Development Corp and MCI Communications Corp said ... the companies said'); a
    group named inside reported speech is what was said ('if the organisers "expunge ..." ... But the organisers
    of the play say'), none that speaks."""
    if token.tag_ not in _PLURAL_TAGS or not any(
        c.dep_ == "det" and c.lower_ in words.definite | _PLURAL_DETERMINERS for c in children(token)
    ):
        return None
    bodies = token.lemma_.lower() in words.institution_nouns
    for earlier in reversed(history):
        if earlier.kind != "plural" or earlier.reported:
            continue
        if token.lower_ in earlier.name.lower().split() or (bodies and earlier.bodies and earlier.speaks):
            return earlier.name
    return None


def pick(
    history: list[Referent], kind: str, gender: Optional[str], known: dict[str, str], at: Optional[int] = None,
    descriptions: bool = False,
) -> Optional[Referent]:
    """In the latest sentence naming a fitting referent, its last subject, else its last name that
    does not merely describe another ('Brian Gammage, vice-president of research at Gartner').

    News writing keeps its topic in subject position ('He said the business, along with ...
    Martin Legere, gave ... "...," he said': the nearest name is an object), but introduces a new
    speaker anywhere in a sentence ('... for Mississauga accountant Babatunji Farinloye, 50. "...,"
    he says'). Names inside reported speech are what was said, not who says more: a speaker a few
    sentences back beats them ('Japanese firms have asked ..., they told Reuters' after '...,
    officials involved said'). Names the article gives the other gender do not fit, and a name of
    the pronoun's own gender a few sentences back beats nearer ones of unknown gender unless one of
    them speaks in the sentence ``at`` which the pronoun stands or the one before ('Keanu Reeves
    ... said being on the red carpet was ... "...," he said' after 'Actor Christian Slater ... was
    greeted') or is what the sentence before is about, its main subject ('Williams, 24, was
    disappointed with her display. "She played some nice points ...," she said' after Elena
    Dementieva spoke); within one sentence the subject still wins ('spokesperson Lu Kang gave no details
    about Kim's schedule. But he said'). An organization named only beside what another does ('firms listed on
    the Tokyo Stock Exchange', 'In a filing with the Securities and Exchange Commission') is no 'it' while one
    that was a subject a few sentences back fits: wire copy keeps the body it quotes in subject position. An unnamed
    official who spoke fits only a pronoun in the next sentence ('"...," a spokesperson said. On Dec. 13, the mayor
    brought up the 24/7 construction plan up again ... "...," he said' is the mayor). With ``descriptions``, a
    description that spoke (``DESCRIBED``) fits an 'it' too."""
    kinds = {"org", "plural"} if kind == "plural" else {"org", DESCRIBED} if kind == "org" and descriptions else {kind}
    fitting = [r for r in history if r.kind in kinds and (gender is None or known.get(r.name, gender) == gender)
               and not (r.fleeting and (at is None or at - r.sentence > 1))]
    if not fitting:
        return None
    speaking = [r for r in fitting if not r.reported]
    if speaking and fitting[-1].sentence - speaking[-1].sentence <= _GENDER_REACH:
        fitting = speaking
    acting = [r for r in fitting if r.salience >= _SUBJECT_SALIENCE] if kind == "org" else []
    if acting and fitting[-1].sentence - acting[-1].sentence <= _GENDER_REACH:
        fitting = acting
    sure = [r for r in fitting if gender is not None and known.get(r.name) == gender]
    nearer = [r for r in fitting if sure and r.sentence > sure[-1].sentence]
    # whether one of the nearer speaks now is asked only when they are near enough to matter: a long run of them
    # lies far past the last sure one
    if nearer and nearer[-1].sentence - sure[-1].sentence <= _GENDER_REACH and not any(
        (r.speaks and (at is None or at - r.sentence <= 1)) or (r.topic and at is not None and at - r.sentence == 1)
        for r in nearer
    ):
        fitting = sure
    latest = fitting[-1].sentence
    in_sentence = [r for r in fitting if r.sentence == latest]
    return max(reversed(in_sentence), key=lambda r: (r.salience, r in sure))


def antecedent(
    doc: Doc, pronoun: Token, mentions: list[EntityMention], words: QuoteWords, speech: Speech
) -> Optional[Referent]:
    """Whom a speaker pronoun ('he said', 'her statement', 'quoted him as saying') means, from the names, descriptions
    and pronouns before it: a ``DESCRIBED`` referent leaves the caller to read its description's words."""
    history, known = referents_of(doc, mentions, words, speech)
    own = _own_subject(pronoun)
    before = _outside_fronted([r for r in history if r.start < pronoun.idx and not r.thing and r.start not in own],
                              pronoun)
    subject = _subject_before(pronoun, mentions, words)
    if subject is not None:
        name, kind = _taking_up(subject, pronoun, before, known, words)
        return Referent(subject.idx, subject.idx + len(subject.text), unit_of(doc, subject.idx), name, kind,
                        _subject_rank(subject), described=subject.i)
    lower = words.object_pronouns.get(pronoun.lower_, pronoun.lower_)  # 'quoted him as saying' means as 'he said'
    kind, gender = _pronoun_kind(lower, words), words.genders.get(lower)
    people = [r for r in before if r.kind == "person"] if kind == "person" else []
    if people and people[-1].fleeting and known.get(people[-1].name, gender) == gender \
            and _still_unnamed(people[-1], pronoun, words, speech):
        return people[-1]
    return pick(before, kind, gender, known, unit_of(doc, pronoun.idx), True)


def _still_unnamed(official: Referent, pronoun: Token, words: QuoteWords, speech: Speech) -> bool:
    """Whether an unnamed official who spoke last is whom a 'he' or 'she' a few sentences on means, past the next
    sentence ``pick`` keeps them to: when no subject of the writer's words since could be one person ('A spokesman said:
    "..." The decision on how to police individual hunts will be left to local forces, with more officers sent to
    hunts where disruption is expected. He said police would consider evidence' is the spokesman, not the farmer
    Geoff Brooks named before him; 'more officers' are no one person)."""
    doc = pronoun.doc
    called = doc.char_span(official.start, official.end, alignment_mode="expand")
    if called is None or _definite(called.root, words) \
            or unit_of(doc, pronoun.idx) - official.sentence > words.float_reach:
        # 'The Fed spokesman said' takes up one who spoke before, whom the speaker rules may name otherwise
        return False
    between = doc.char_span(official.end, pronoun.idx, alignment_mode="expand") if official.end < pronoun.idx else None
    return between is None or not any(
        t.dep_ in SUBJECTS and t.tag_ not in _PLURAL_TAGS and not overlaps(t.idx, t.idx + 1, speech.quoted)
        and (t.pos_ == "PROPN" or t.lower_ in words.person_pronouns or t.lemma_.lower() in words.person_nouns)
        for t in between)


def _subject_before(pronoun: Token, mentions: list[EntityMention], words: QuoteWords) -> Optional[Token]:
    """The description a subject 'he', 'she' or 'it' opening its sentence takes up: the subject of the main verb of
    the sentence just before, when it is a definite common noun that can speak and fits the pronoun ('The opposition
    also made political capital from the figures. It said' is the opposition, not the agency that spoke before;
    'The Shanghai official said that ... He said' the official, not a trader named before). News keeps whom it
    tells of in subject position, and no name stands there for the other rules to weigh; a name there, or a
    subject before the pronoun in its own sentence ('When the minister arrived, he said'), is left to them."""
    lower = pronoun.lower_
    if pronoun.dep_ not in SUBJECTS or lower not in words.person_pronouns and _pronoun_kind(lower, words) != "org":
        return None
    if pronoun.head.pos_ == "AUX" or pronoun.head.i < pronoun.i:
        return None  # 'Is it fair to say that ...', 'It is clear that': a question or a copula's dummy subject
    doc = pronoun.doc
    starts = sentence_starts(doc)[0]
    at = bisect_right(starts, pronoun.i) - 1
    if at < 1 or any(t.dep_ in SUBJECTS for t in doc[starts[at] : pronoun.i]):
        return None
    previous = doc[starts[at - 1] : starts[at]]
    verb = previous.root
    subject = next((c for c in children(verb) if c.dep_ in SUBJECTS), None)
    if subject is None or subject.tag_ != "NN" or not subject.is_lower or not _definite(subject, words) \
            or _mentions_at(doc, mentions).get(subject.idx):
        return None
    lemma = subject.lemma_.lower()
    if lower not in words.person_pronouns:
        return subject if lemma in words.speaking_nouns and lemma not in words.person_nouns \
            and lemma not in words.study_nouns else None
    gender = words.gender_nouns.get(subject.lower_)
    if lemma not in words.person_nouns or gender not in (None, words.genders[lower]):
        return None
    unnamed = lemma in words.stand_in_nouns or lemma in words.proxy_nouns
    return None if unnamed and _speaks_for_someone(subject, mentions, words) else subject


def _taking_up(
    subject: Token, pronoun: Token, history: list[Referent], known: dict[str, str], words: QuoteWords
) -> tuple[str, str]:
    """The name and kind of a pronoun that takes up the description ``subject`` (``_subject_before``), whose words
    the speaker rules read: an 'it' keeps the organization it would mean without it, which a word for a body takes
    up ('The company also reported a loss. It said'), and a 'he' or 'she' the person it would mean, else the
    description's own words."""
    at = unit_of(pronoun.doc, pronoun.idx)
    if pronoun.lower_ in words.person_pronouns:
        found = pick(history, "person", words.genders[pronoun.lower_], known, at)
        return (found.name if found is not None else _own_words(subject)), "person"
    found = pick(history, "org", None, known, at)
    return (found.name, "org") if found is not None else ("", DESCRIBED)


def _own_subject(pronoun: Token) -> set[int]:
    """Where the words of an object pronoun's own verb's subject start: that subject is someone else ('Antara quoted
    him as saying' is not the agency Antara, but the governor named before)."""
    if pronoun.dep_ != "dobj":
        return set()
    return {token.idx for subject in children(pronoun.head) if subject.dep_ in SUBJECTS for token in subject.subtree}


def taken_up(doc: Doc, token: Token, mentions: list[EntityMention], words: QuoteWords, speech: Speech) -> Optional[str]:
    """Whom a definite description of a role that speaks ('The spokesman said') means, as the pronouns after it
    read it: the speaker rules and the pronouns must agree on who that is."""
    history, _ = referents_of(doc, mentions, words, speech)
    return next((r.name for r in history if r.start == token.idx and r.kind == "person"), None)


def _outside_fronted(history: list[Referent], pronoun: Token) -> list[Referent]:
    """The referents a subject pronoun may mean: not a name that only takes part in an event a phrase fronted before
    it in its own clause tells of ('At a conference hosted by UK finance minister Gordon Brown on Friday, he said'
    is not Brown, 'Commenting on Mr Makarov's case, he said' not Makarov), though the one the phrase is about may
    be ('For Espinos, who understands ..., he's simply filling a market niche'), as may a subject there ('When
    Smith arrived, he said')."""
    hidden = {token.idx for phrase in children(pronoun.head) if phrase.i < pronoun.i and phrase.dep_ in _FRONTED_DEPS
              for token in phrase.subtree if _under_a_verb(token, phrase)}
    if not hidden:
        return history
    return [r for r in history if r.salience >= _SUBJECT_SALIENCE or r.start not in hidden]


def _under_a_verb(token: Token, phrase: Token) -> bool:
    """Whether a verb lies on the way from ``token`` up to the head of the ``phrase`` holding it, that one included."""
    while token.i != phrase.i:
        token = token.head
        if token.pos_ == "VERB":
            return True
    return False


def _mention_at(token: Token, mentions: list[EntityMention]) -> Optional[EntityMention]:
    """The mention holding ``token``, if the entity components or the model named it."""
    holding = _mentions_at(token.doc, mentions).get(token.idx)
    return holding[0] if holding else None


def _mentions_at(doc: Doc, mentions: list[EntityMention]) -> dict[int, list[EntityMention]]:
    """The mentions holding each token, by the token's first character, in the order of ``mentions``: every
    subject and every link of a name's head chain asks, so the list is read once, not once per question.
    Cached on the doc for its mention list while quotes are resolved."""
    cached = doc.user_data.get(MENTIONS_AT)
    if cached is not None and cached[0] is mentions:
        return cached[1]
    starts = doc.to_array(IDX).tolist()
    holding: dict[int, list[EntityMention]] = {}
    for mention in mentions:
        for i in range(bisect_left(starts, mention[0]), bisect_left(starts, mention[1])):
            holding.setdefault(starts[i], []).append(mention)
    doc.user_data[MENTIONS_AT] = (mentions, holding)
    return holding


def coordinated_names(token: Token, mentions: list[EntityMention]) -> Optional[tuple[str, dict[str, Any]]]:
    """'Tore Sohlberg and Lehla Abreder said', 'Both Sandmann and Phillips have said', 'Texaco Inc and Honeywell
    Inc said': people, or organizations, who speak together are one speaker, named by all their names, as a later
    'they' means all of them; a conjunct inside the first name ('Procter and Gamble') is part of it."""
    first = _mention_at(token, mentions)
    if first is None:
        return None
    found = [first]
    conjuncts = [child for child in children(token) if child.dep_ == "conj"]
    while conjuncts:  # a list's conjuncts hang one on another ('A, B and C')
        child = conjuncts.pop(0)
        conjuncts.extend(c for c in children(child) if c.dep_ == "conj")
        other = _mention_at(child, mentions)
        if other is not None and other[0] < first[1] and first[0] < other[1]:
            continue
        if other is None or other[3] != first[3]:
            return None
        found.append(other)
    found.sort()
    if len(found) < 2:
        return None
    names = [m[2] for m in found]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    start, end = found[0][0], found[-1][1]
    return name, span_record(text_of(token.doc, start, end), start, end)


def is_ticker(token: Token) -> bool:
    """Whether a word is a wire's ticker, between angle brackets ('<RWNT.L>', '<UK.>'): ``doc_utils.in_ticker_marks``,
    which reads the article's words, not Token objects (every subject and speaker asks)."""
    return in_ticker_marks(token.doc, token.i, token.i + 1)


def ticker_firm(token: Token, words: QuoteWords) -> Optional[Span]:
    """The capitalised words a ticker follows when the entity components found no company there ('Rowntree
    Mackintosh Plc <RWNT.L>', 'Sweden's Stora Kopparbergs Bergslags\nAB <SKPS.ST>', a number inside it too: 'Dutch
    insurer Stad Rotterdam Anno 1720\nN.V. <ASRN.AS>'): the company's name in the
    article's words, also for a spokesperson's ('A spokesman for Preussag\nAG <PRSG.F> said'); none after another
    preposition, where the company is only named inside the subject ('A shareholder group led by Barris Industries
    Inc <BRSS.O> said', 'shares of\nAmerican Home Products <AHP>, said')."""
    doc, first = token.doc, token.sent.start
    if first == token.i - 1 and token.i > 1:
        first = doc[token.i - 2].sent.start  # the parser may open a sentence at the ticker's mark, never the wire
    start = end = _skip_spaces(doc, token.i - 2, first) + 1
    while start > first:
        before = _skip_spaces(doc, start - 1, first)
        joining = doc[before].lower_ in _NAME_JOINS or (doc[before].text == "-" and not doc[before].whitespace_) \
            or doc[before].pos_ == "NUM"  # 'Stad Rotterdam Anno 1720 N.V. <ASRN.AS>'
        if _name_word(doc[before]) or (joining and start < end and before > first
                                       and _name_word(doc[_skip_spaces(doc, before - 1, first)])):
            start = before
        else:
            break
    if start == end or not _name_word(doc[start]):
        return None
    preposition = _skip_spaces(doc, start - 1, first)
    if start > first and doc[preposition].pos_ == "ADP":
        noun = doc[_skip_spaces(doc, preposition - 1, first)]
        if doc[preposition].lower_ not in words.proxy_preps or noun.lower_ not in words.proxy_nouns:
            return None
    return doc[start:end]


def _name_word(token: Token) -> bool:
    """Whether a word may stand in a company's name: a proper noun, or a capitalised noun the tagger read as a common
    one ('Elders IXL Ltd')."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


def _skip_spaces(doc: Doc, i: int, first: int) -> int:
    """The index of the last word at or before ``i`` that is no line break or run of spaces (at least ``first``), or of
    a blank line, where a name never goes on (a headline the parser ran into the sentence)."""
    while i > first and doc[i].is_space and doc[i].text.count("\n") < 2:
        i -= 1
    return i


def ticker_owner(token: Token, mentions: list[EntityMention]) -> Optional[Token]:
    """The company a wire's ticker in angle brackets follows, which the parser may make the subject in its place
    ('Beecham Group Plc <BHAM.L> said', 'Boeing Co and ARGOSystems Inc <ARGI.O> said': the head of the companies'
    coordination); none after a preposition ('shares of American Home Products <AHP>, said')."""
    if not is_ticker(token):
        return None
    doc = token.doc
    opening = doc[token.i - 1].idx
    bodies = [m for m in mentions if m[3] == "org" and m[1] <= opening and not text_of(doc, m[1], opening).strip()]
    span = doc.char_span(bodies[-1][0], bodies[-1][1], alignment_mode="expand") if bodies else None
    if span is None:
        return None
    before = span.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and doc[before].pos_ == "ADP":
        return None
    owner = span.root
    while owner.dep_ == "conj" and owner.head.i != owner.i:
        owner = owner.head
    return owner


def described(phrase: Span, words: QuoteWords, mentions: list[EntityMention], speech: Speech) -> Optional[str]:
    """Who a definite description means: news writing names a speaker once, then calls them
    'the mayor', 'the 26-year-old right wing', 'the company' or 'the officials'.

    An institution noun ('the agency') means the latest organization of that kind, preferably one
    whose name holds the noun ('the diocese' -> 'Roman Catholic Diocese of Covington'), else the
    organization in focus when nothing narrows the noun ('the agency', not 'the paramedics union'), or the one that
    has just spoken when a modifier only describes it ('the Paris-based economics think tank'); a word for an outlet
    the latest outlet that spoke ('the paper');
    a plural the group named before with the same noun ('officials involved said ... the officials
    said'); a role the person the article gives that role, before or, when only one person has it,
    after ('"...", the economy minister said. "...," said economy minister Heizo Takenaka'); any
    other singular description of a person the person in focus of a fitting gender ('the Australian-born
    actress', 'the 36-year-old'), unless a place narrows it to someone unnamed ('the Nova Scotia judge'),
    it names a study ('the survey found'), a thing ('the magazine', 'the station'), someone an article often
    leaves unnamed ('the spokesman', 'the aide': the person in focus is whom they speak for) or someone of an
    unnamed body ('the chief executive of a leading European car maker'); a capitalised party or people
    word is an epithet for the person in focus ('the Kentucky Republican')."""
    head = phrase.root
    nominal = head.tag_ in {"NN", "NNP"} or (head.tag_ == "JJ" and head.dep_ in SUBJECTS)
    if phrase[0].lower_ not in words.definite | _PLURAL_DETERMINERS or not (nominal or head.tag_ == "NNS"):
        return None
    if head.ent_type_ not in {"", "NORP", "DATE"} and not head.is_lower:
        return None
    doc = phrase.doc
    history, known = referents_of(doc, mentions, words, speech)
    before = [r for r in history if r.start < phrase.start_char and r.kind != DESCRIBED]
    if head.tag_ == "NNS":
        return _same_group(head, before, words)
    noun, body = head.lower_, _body_noun(head, words)
    if body in words.company_nouns:
        before = [r for r in before if r.kind != "org" or not _public_body(r.name, words)]
    outlet = _outlet_that_spoke(before, doc) if body in words.outlet_nouns else None
    if outlet is not None:
        return outlet
    if body in words.institution_nouns:
        named = [r for r in before if r.kind == "org" and noun in r.name.lower().split()]
        if named:
            return named[-1].name
        public = body in words.public_body_nouns and body not in words.any_body_nouns
        if len(phrase) == 2:
            spoke = [r for r in before if r.kind == "org" and r.speaks]
            if spoke and body in words.company_nouns:
                return _in_focus(spoke, before, doc).name  # wire copy's 'the company said' is the company that spoke
            found = pick(_public_bodies(before, doc) if public else before, "org", None, known)
            return found.name if found is not None else None
        if body in words.company_nouns:
            return _described_body(phrase, before, words)
        return _body_that_spoke(phrase, _public_bodies(before, doc) if public else before)
    held = _role_holder(phrase, before, words)
    if held is not None:
        return held
    if not head.is_lower and head.ent_type_ != "NORP" and head.lower_ not in _PARTY_WORDS:
        return None  # 'The Wrap', 'the Sioux Falls Argus Leader': a name the model missed, not the person in focus
    if head.lemma_.lower() in words.study_nouns:
        return None  # 'the survey found', 'the study suggests': a study is no person in focus
    if head.is_lower and any(token.ent_type_ in _PLACE_LABELS and token.head == head for token in phrase):
        return None
    if head.lemma_.lower() in words.stand_in_nouns or _of_someone_unnamed(head):
        return None
    if head.is_lower and head.lemma_.lower() in words.group_nouns:
        return None  # 'according to the record industry' is a group, not the analyst who spoke last
    at = unit_of(doc, phrase.start_char)
    found = pick(before, "person", words.gender_nouns.get(noun), known, at)
    about = found is not None and found.topic and at - found.sentence <= 1  # 'the top seed' after 'Federer ... was'
    if found is None or not (_names_a_person(phrase, words) or about or _last_to_speak(found.name, before)):
        return None  # 'the magazine said' is no person; 'the bow-tied maverick' may be who spoke last
    if head.lower_ in _ROLE_HEADS and _holds_other_posts(found.name, phrase, words):
        return None  # 'the prime minister' is not Lord Butler, the article's 'service chief'
    if head.lemma_.lower() in words.anyone_nouns and not _epithet(phrase):
        return None  # 'the patient wrote' is not Dr Owen Dempsey: the article names no one by a word for anyone
    return found.name


def _body_noun(head: Token, words: QuoteWords) -> str:
    """The noun for a body a description's head is: its lemma, or with the word before it where the two name a
    kind of body together ('the Paris-based economics think tank')."""
    lemma = head.lemma_.lower()
    if head.i > 0 and head.nbor(-1).dep_ == "compound" and head.nbor(-1).head == head:
        joined = f"{head.nbor(-1).lower_} {lemma}"
        if joined in words.institution_nouns:
            return joined
    return lemma


def _outlet_that_spoke(before: list[Referent], doc: Doc) -> Optional[str]:
    """The outlet a word for one means ('The paper said', 'the magazine said' after 'the New York Times said'): the
    latest organization the organizations give a medium's type that spoke, never a body it reported on."""
    kinds = organization_types(doc)
    spoke = [r for r in before if r.kind == "org" and r.speaks and kinds.get(r.name) == "media"]
    return spoke[-1].name if spoke else None


def _in_focus(spoke: list[Referent], before: list[Referent], doc: Doc) -> Referent:
    """The organization a bare 'the company' or 'the firm' means among those that spoke: the latest, unless it is an
    outlet that reported the story and another body has been a subject since ('..., the Sunday Telegraph reported.
    ... Rank now aims to concentrate on ... A spokesman for the firm' is Rank): that body is the business in focus."""
    kinds = organization_types(doc)
    last = spoke[-1]
    if kinds.get(last.name) != "media":
        return last
    acting = [r for r in before if r.kind == "org" and r.start > last.start and r.salience >= _SUBJECT_SALIENCE
              and kinds.get(r.name) != "media"]
    return acting[-1] if acting else last


def _body_that_spoke(phrase: Span, before: list[Referent]) -> Optional[str]:
    """The body a modified description of a kind of body means ('However, the Paris-based economics think tank said'
    after 'the OECD said'): the organization that spoke in the description's sentence or the one before, when no
    other has been named since; else no one the article names ('the paramedics union' may be another body), as when
    a place or a people narrows it to a body of its own ('The Indonesian government said' after the U.S. Embassy
    spoke)."""
    head = phrase.root
    if any(token.ent_type_ in _PLACE_LABELS and token.head == head for token in phrase):
        return None
    at = unit_of(phrase.doc, phrase.start_char)
    bodies = [r for r in before if r.kind == "org"]
    spoke = [r for r in bodies if r.speaks and at - r.sentence <= 1]
    if not spoke or any(r.name != spoke[-1].name for r in bodies if r.start > spoke[-1].start):
        return None
    return spoke[-1].name


def _public_bodies(history: list[Referent], doc: Doc) -> list[Referent]:
    """The referents a public body's noun may mean: no organization the organizations give a company's or an
    outlet's type ('the government said' is not the Vestey Group that spoke before, 'citing the regional health
    commission ... the commission said' not Xinhua News Agency)."""
    kinds = organization_types(doc)
    return [r for r in history if r.kind != "org" or kinds.get(r.name) not in _NOT_PUBLIC_TYPES]


def organization_types(doc: Doc) -> dict[str, Optional[str]]:
    """Each organization's type by its canonical name, as the organizations component gives it."""
    return {record["name"]: record.get("type") for record in doc._.organizations or []}


def _public_body(name: str, words: QuoteWords) -> bool:
    """Whether an organization's name makes it a public body, which no 'the company' or 'the firm' means ('The SEC
    had accused Titan ... The company says it no longer tolerates such practices' is Titan)."""
    return any(word in words.public_body_nouns for word in name.lower().split())


def _holds_other_posts(name: str, phrase: Span, words: QuoteWords) -> bool:
    """Whether the article gives the person roles, none of which is the post the description names: a post
    nobody here holds is someone the article leaves unnamed ('"...," said the strategist' is not President Reagan;
    'the regional manager for one of the majors' is not the Salomon Brothers analyst). An epithet describes the
    person in focus whatever their post ('the Uruguayan-born researcher', 'the 47-year-old director')."""
    if _epithet(phrase):
        return False
    title = {t.lower_ for t in _title_words(phrase)}
    roles = [posts for holder, posts in _posts(phrase.doc, words) if holder == name]
    return bool(roles) and not any(_holds(title, posts, words) for posts in roles)


def _holds(title: set[str], posts: frozenset[str], words: QuoteWords) -> bool:
    """Whether a role's words ``posts`` are the post a description's ``title`` names: all its words, and none that
    makes the post another one ('the chancellor' is not Oliver Letwin, 'shadow chancellor'; 'the minister' not a
    'deputy health minister': ``other_post_words`` in ``data/quotes.json``)."""
    return title <= posts and not (posts - title) & words.other_posts


def _posts(doc: Doc, words: QuoteWords) -> list[tuple[str, frozenset[str]]]:
    """Each role the people component gives a person, as the set of its lowercased words with abbreviated titles
    spelled out ('Republican Gov.' -> {'republican', 'governor'}), and a word that makes it another post where the
    article writes one right before it ('shadow chancellor Oliver Letwin' holds the post {'shadow', 'chancellor'}
    when his role reads 'chancellor')."""
    text = doc_text(doc)
    found: list[tuple[str, frozenset[str]]] = []
    for record in doc._.people or []:
        for role in record.get("roles", []):
            posts = {words.abbreviations.get(word, word) for word in role.lower().split()}
            for mention in record.get("mentions", []):
                written = text[max(mention["start"] - _TITLE_REACH, 0) : mention["start"]].lower().split()
                if len(written) > len(role.split()) and written[-len(role.split()):] == role.lower().split() \
                        and written[-len(role.split()) - 1] in words.other_posts:
                    posts.add(written[-len(role.split()) - 1])
            found.append((record["name"], frozenset(posts)))
    return found


def _title_words(phrase: Span) -> list[Token]:
    """A description's head and the words that make it a post ('foreign secretary', 'regional manager',
    'campaign's director'), or just its head after an epithet."""
    return [phrase.root] if _epithet(phrase) else [*_modifiers(phrase), phrase.root]


def _epithet(phrase: Span) -> bool:
    """An age, or a capitalised or hyphenated word, before the head describes the person rather than a post
    ('the 47-year-old director', 'the Ballymena-born actor')."""
    return any(not t.is_alpha or not t.is_lower for t in _modifiers(phrase))


def _modifiers(phrase: Span) -> list[Token]:
    return [t for t in phrase[1:] if t.i < phrase.root.i and t.tag_ != "POS"]


def _described_body(phrase: Span, before: list[Referent], words: QuoteWords) -> Optional[str]:
    """The business a modified description means ('At 3GSM, Siemens showed off a system ... The German company
    said'): the organization last named as a subject a few sentences back, when no other has been named since
    ('Emirates is the number one buyer of Airbus' iconic A380 ... led the French manufacturer to announce' is not
    Boeing, named before Airbus) and not through a pronoun, which may have meant a body the article left
    unnamed ('Dick Clark Productions denied that it had settled')."""
    doc = phrase.doc
    bodies = [r for r in before if r.kind == "org" and not r.reported]
    named = [r for r in bodies if r.salience >= _SUBJECT_SALIENCE
             and text_of(doc, r.start, r.end).lower() not in words.group_pronouns]
    if not named or unit_of(doc, phrase.start_char) - named[-1].sentence > _GENDER_REACH:
        return None
    if any(r.name != named[-1].name for r in bodies if r.start > named[-1].start):
        return None
    return named[-1].name


def _last_to_speak(name: str, before: list[Referent]) -> bool:
    """Whether ``name`` is the last speaker and no other person has been named since ('says Cambridge
    cartoonist Andre Campbell ... Campbell has cerebral palsy ... says the bow-tied maverick')."""
    speaking = [i for i, r in enumerate(before) if r.speaks]
    if not speaking or before[speaking[-1]].name != name:
        return False
    return all(r.name == name for r in before[speaking[-1]:] if r.kind == "person")


def _names_a_person(phrase: Span, words: QuoteWords) -> bool:
    """Whether a description names a person: by a noun for one ('the striker', 'the defenceman'), an age
    ('the 26-year-old right wing') or a capitalised epithet ('the Kentucky Republican', 'the German')."""
    head = phrase.root
    if not head.is_lower or head.lower_ in words.person_nouns or head.lemma_.lower() in words.person_nouns:
        return True
    if head.lower_.endswith(_PERSON_ENDINGS):
        return True
    return head.lower_ in words.gender_nouns or _AGE.search(phrase.text) is not None


def _of_someone_unnamed(head: Token) -> bool:
    """Whether a description's complement is indefinite: 'the chief executive of a leading European car
    maker' is someone the article does not name, not the person it is about."""
    return any(
        prep.dep_ == "prep" and any(
            obj.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in children(obj))
            for obj in children(prep))
        for prep in children(head)
    )


def _role_holder(phrase: Span, before: list[Referent], words: QuoteWords) -> Optional[str]:
    """The person whose role the description names: the latest named before with a role holding its
    title's words ('the foreign secretary' is not the 'Home Secretary' Charles Clarke), else the only person
    whose role is the description's words, wherever the article names them ('the home secretary' is not a later
    'Shadow home secretary David Davis')."""
    title = {t.lower_ for t in _title_words(phrase)}
    wanted = " ".join(t.lower_ for t in phrase[1:])
    held = _posts(phrase.doc, words)
    titled = [r for r in before if any(name == r.name and _holds(title, posts, words) for name, posts in held)]
    if titled:
        return titled[-1].name
    exact = {name for name, posts in held if posts == set(wanted.split())}
    return exact.pop() if len(exact) == 1 else None
