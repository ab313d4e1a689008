"""Quotations: direct speech between quote marks and indirect speech under a reporting verb.

Each quote names its speaker through the people and organizations components (which run
first), so that a quote's ``speaker`` is the same canonical name the article's entities use.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple, Optional

import numpy
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .doc_utils import ensure_extension, sentence_of
from .resources import load_json

ensure_extension("quotes")

_SENTENCE_END = {".", "!", "?"}
_CLOSING_PUNCT = set(",?!-\u2013\u2014\u2026:")
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "dative"}
_NAME_POS = {"PROPN", "NOUN", "DET", "ADJ", "PRON"}
_CLAUSE_DEPS = {"nsubj", "nsubjpass", "dobj", "ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp"}
# Entity labels that narrow a description to someone unnamed ("the Nova Scotia judge").
_PLACE_LABELS = {"GPE", "LOC", "NORP"}
# A common noun's modifiers that place a speaker ('close to VW') rather than name them.
_MODIFIER_DEPS = {"amod", "acl", "relcl"}
# What a group speaker's noun phrase stops at: comments on the group, not words identifying it.
_GROUP_STOPS = {"relcl", "appos", "punct", "cc", "conj", "parataxis", "advcl", "mark", "ccomp", "case"}
# Clauses inside a noun phrase that describe its referent ('X, who plays Hermione'), with the object in them.
_DESCRIBING_CLAUSE_DEPS = {"relcl", "dobj"}
# Dependents that describe a speaker without naming it ("X, a spokesman for Y,", "X, who ..."), and
# the possessive ending of an author ("the union's release").
_DESCRIPTIVE_DEPS = {"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "parataxis", "case"}


@dataclass(frozen=True)
class QuoteWords:
    """The word lists (``extractor/data/quotes.json``) as sets, built once per component."""

    verbs: frozenset[str]
    direct_only: frozenset[str]
    document_nouns: frozenset[str]
    proxy_nouns: frozenset[str]
    proxy_preps: frozenset[str]
    origin_preps: frozenset[str]
    institution_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    genders: dict[str, str]
    gender_nouns: dict[str, str]
    given_names: dict[str, str]
    relative_pronouns: frozenset[str]
    subordinators: frozenset[str]
    definite: frozenset[str]
    pairs: dict[str, frozenset[str]]
    marks: frozenset[str]
    mark_pattern: re.Pattern[str]
    dashes: frozenset[str]
    min_unattributed_words: int
    min_indirect_tokens: int
    window: int
    float_reach: int
    headline_max_words: int

    @classmethod
    def load(cls) -> "QuoteWords":
        data = load_json("quotes.json")
        pairs = {mark: frozenset(closers) for mark, closers in data["quote_pairs"].items()}
        marks = frozenset(pairs) | frozenset(c for closers in pairs.values() for c in closers)
        return cls(
            verbs=frozenset(data["reporting_verbs"]),
            direct_only=frozenset(data["direct_only_verbs"]),
            document_nouns=frozenset(data["document_nouns"]),
            proxy_nouns=frozenset(data["proxy_nouns"]),
            proxy_preps=frozenset(data["proxy_prepositions"]),
            origin_preps=frozenset(data["origin_prepositions"]),
            institution_nouns=frozenset(data["institution_nouns"]),
            person_pronouns=frozenset(data["person_pronouns"]),
            group_pronouns=frozenset(data["group_pronouns"]),
            plural_pronouns=frozenset(data["plural_pronouns"]),
            genders=dict(data["gender_words"]),
            gender_nouns=dict(data["gender_nouns"]),
            given_names={name: gender for gender, names in data["given_name_genders"].items() for name in names},
            relative_pronouns=frozenset(data["relative_pronouns"]),
            subordinators=frozenset(data["subordinators"]),
            definite=frozenset(data["definite_determiners"]),
            pairs=pairs,
            marks=marks,
            mark_pattern=re.compile("[" + re.escape("".join(sorted(marks))) + "]"),
            dashes=frozenset(data["dashes"]),
            min_unattributed_words=int(data["min_unattributed_words"]),
            min_indirect_tokens=int(data["min_indirect_tokens"]),
            window=int(data["attribution_window"]),
            float_reach=int(data["floating_quote_reach"]),
            headline_max_words=int(data["headline_max_words"]),
        )

    @property
    def cue_ids(self) -> numpy.ndarray:
        """Hashes of the lemmas and words that start indirect speech, to find them without a token loop."""
        forms = {form for verb in self.verbs - self.direct_only for form in (verb, verb.title())} | {"according"}
        return numpy.array(sorted(get_string_id(form) for form in forms), dtype="uint64")


@dataclass
class Attribution:
    """Who said a quote and how: the speaker's words, the cue and the outlet's words."""

    speaker: Optional[Span]
    cue: Optional[str]
    cue_token: Optional[Token] = None
    medium: Optional[Span] = None


# ---------------------------------------------------------------- quote marks


def _straight_role(text: str, i: int) -> str:
    """Whether a straight ``"`` at ``i`` looks like an opening or closing mark, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = (before.isspace() or before in "([{/\u2013\u2014-") and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _role(text: str, i: int, words: QuoteWords) -> str:
    glyph = text[i]
    if glyph == '"':
        return _straight_role(text, i)
    if glyph in words.pairs and any(glyph in closers for closers in words.pairs.values()):
        return "either"
    return "open" if glyph in words.pairs else "close"


def _continues_paragraph(text: str, open_at: int, mark_at: int) -> Optional[int]:
    """End of a quote left open where a new paragraph of the same quote starts (news style).

    Writers open every paragraph of a long quote but close only the last; such an opening
    mark follows a finished sentence, so the quote so far ends at that sentence.
    """
    stripped = text[open_at:mark_at].rstrip()
    sentence = stripped.rstrip("'\u2019)")
    if len(sentence) > 1 and sentence[-1] in ".!?":
        return open_at + len(stripped)
    return None


def pair_quote_marks(text: str, words: Optional[QuoteWords] = None) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included; unbalanced marks are dropped, never fatal."""
    words = words or QuoteWords.load()
    spans: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    for match in words.mark_pattern.finditer(text):
        i = match.start()
        role = _role(text, i, words)
        if open_at is None:
            if role != "close" and text[i] in words.pairs:
                open_at = i
            continue
        if text[i] in words.pairs[text[open_at]] and role != "open":
            spans.append((open_at, i + 1))
            open_at = None
        elif role == "open" or (role == "either" and text[i] in words.pairs):
            end = _continues_paragraph(text, open_at, i)
            if end is not None:
                spans.append((open_at, end))
            open_at = i
    return spans


# ---------------------------------------------------------------- speaker phrases


def _trimmed(doc: Doc, start: int, end: int) -> Optional[Span]:
    """``doc[start:end]`` without punctuation or whitespace at its edges (None when nothing is left)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def noun_phrase(token: Token) -> Span:
    """The words naming ``token``'s referent: its subtree without descriptive appendages."""
    keep = [token]
    stack = [child for child in token.children if child.dep_ not in _DESCRIPTIVE_DEPS]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(child.children)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    phrase = _trimmed(token.doc, start, end)
    phrase = _within_paragraph(phrase, token) if phrase is not None else None
    return phrase or token.doc[token.i : token.i + 1]


def _named_apposition(token: Token) -> Optional[Token]:
    """'his lawyer, Antony Townsden, said': the proper name in apposition to a common noun, or the
    person's name in apposition to a capitalised title ('Keeper of the Ruler's Seal, Syed Danial
    Syed Ahmad, said')."""
    for child in token.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        if token.pos_ != "PROPN" or (child.ent_type_ == "PERSON" and token.ent_type_ != "PERSON"):
            return child
    for preposition in token.children:  # the parser often hangs the name on the title's last noun ('Seal')
        if preposition.dep_ == "prep" and preposition.lower_ == "of" and token.ent_type_ != "PERSON":
            for owner in preposition.children:
                for child in owner.children if owner.dep_ == "pobj" else ():
                    if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                        return child
    return None


def _break_between(a: Token, b: Token) -> bool:
    """Whether a paragraph break separates two tokens: a headline word is no sentence's subject."""
    low, high = sorted((a.i, b.i))
    return any(_is_break(t) for t in a.doc[low:high])


def subject_of(verb: Token, words: QuoteWords, quoted: Optional[list[tuple[int, int]]] = None) -> Optional[Token]:
    """The subject of a reporting verb, through coordination ('said X and added'), participles
    (', adding') and relative clauses ('the ministry, which said').

    With the article's ``quoted`` spans, words inside a quotation never speak for a verb outside it:
    in 'Nienaber said "nobody knows the story behind it," and added' the parser hangs 'added' on
    the quoted 'knows', and the speaker is found by climbing on to 'said'."""
    quoted = quoted or []
    outside = not _overlaps(verb.idx, verb.idx + 1, quoted)
    seen = 0
    while seen < 4:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                if outside and _overlaps(child.idx, child.idx + 1, quoted):
                    break
                if _break_between(child, verb):
                    return None
                if child.lower_ in words.relative_pronouns and verb.dep_ == "relcl":
                    return verb.head
                return _named_apposition(child) or child
        climbs = {"conj", "advcl", "xcomp"}
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
            return None  # 'it is too early to say whether', 'even harder to predict how': nobody speaks
        if outside and _overlaps(verb.head.idx, verb.head.idx + 1, quoted):
            climbs = climbs | {"ccomp"}
        inside = outside and _overlaps(verb.idx, verb.idx + 1, quoted)
        if (verb.dep_ in climbs or inside) and verb.head.i != verb.i and not _break_between(verb, verb.head):
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def quoted_spans(doc: Doc, words: QuoteWords) -> list[tuple[int, int]]:
    """The article's paired quotation spans, found once per doc for all the quotes' subjects."""
    cached = doc.user_data.get(_QUOTED)
    if cached is None:
        cached = doc.user_data[_QUOTED] = pair_quote_marks(doc.text, words)
    return cached


# ---------------------------------------------------------------- speaker resolution


EntityMention = tuple[int, int, str, str, str]


def entity_mentions(doc: Doc) -> list[EntityMention]:
    """``(start, end, canonical name, kind, text)`` for every person and organization mention.

    spaCy's own PERSON/ORG entities fill in where the entity components found nothing, so
    speakers still resolve to names when those components are missing; an all-lowercase one
    ('the rookie defenceman' tagged ORG) is a description, not a name.
    """
    found: list[EntityMention] = []
    for kind, records in (("person", doc._.people or []), ("org", doc._.organizations or [])):
        for record in records:
            for item in record.get("mentions", []):
                found.append((item["start"], item["end"], record["name"], kind, item["text"]))
    for ent in doc.ents:
        kind = {"PERSON": "person", "ORG": "org"}.get(ent.label_)
        if kind and not any(m[0] < ent.end_char and ent.start_char < m[1] for m in found):
            span = _within_paragraph(_name_words(ent), ent.root)
            if span is None or all(t.is_lower for t in span):
                continue
            span = _given_name(span) if kind == "person" else span
            found.append((span.start_char, span.end_char, span.text, kind, span.text))
    found.sort()
    return found


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


def _span_record(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end}


def _without_article(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ in {"the", "a", "an"}:
        return span[1:]
    return span


def _overlapping(phrase: Span, mentions: list[EntityMention]) -> Optional[EntityMention]:
    """The entity mention in ``phrase``: the one holding its head first, people before organizations."""
    head = phrase.root
    hits = [m for m in mentions if m[0] < phrase.end_char and phrase.start_char < m[1]
            and not _in_modifier(head, m)]
    if not hits:
        return None
    return min(hits, key=lambda m: (not (m[0] <= head.idx < m[1]), m[3] != "person"))


def _in_modifier(head: Token, mention: EntityMention) -> bool:
    """Whether a name sits in a clause or adjective describing a common-noun speaker: in 'industry
    sources close to VW' or 'people briefed by the ministry' the name says who the speakers are
    near, not who speaks."""
    if head.pos_ != "NOUN":
        return False
    return any(
        child.dep_ in _MODIFIER_DEPS
        and child.left_edge.idx <= mention[0] < child.right_edge.idx + len(child.right_edge)
        for child in head.children
    )


def _subject_token(doc: Doc, mention: EntityMention) -> Optional[Token]:
    """The subject a mention is, directly or through an apposition, coordination or compound
    ('Lonechild said ...', 'Sharks head coach Peter DeBoer said ...'), or the name a copula
    introduces ('Rooting for Staunton ... was Cate Blanchett'); None for a non-subject."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(3):
        if token.dep_ in _SUBJECTS or token.dep_ == "attr":
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


def _describes_other(doc: Doc, found: EntityMention, mentions: list[EntityMention]) -> bool:
    """Whether a mention sits inside another same-kind entity's noun phrase ('X, analyst at
    [Gartner]', 'Emma Watson, who plays [Hermione]'), where a later pronoun cannot point at it."""
    span = doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i and token.dep_ not in _CLAUSE_DEPS - _DESCRIBING_CLAUSE_DEPS:
        token = token.head
        if any(m[0] <= token.idx < m[1] and m[3] == found[3] and m is not found for m in mentions):
            return True
    return False


def _salience(doc: Doc, mention: EntityMention, mentions: list[EntityMention]) -> int:
    """A subject's rank, 0 for a name inside another's description, else 1."""
    subject = _subject_token(doc, mention)
    if subject is not None:
        return _subject_rank(subject)
    return 0 if _describes_other(doc, mention, mentions) else 1


def _gender_evidence(
    doc: Doc, mention: EntityMention, words: QuoteWords, quoted: list[tuple[int, int]]
) -> Optional[str]:
    """A person's gender where the article states it: a courtesy title or gendered noun before the
    name ('Ms. May', 'British actor Clive Owen'), a gendered noun in apposition ('his wife, Jane Doe',
    'Jane Doe, an actress,'), or the pronoun subject of the person's own reported clause ('Lonechild
    said she felt ...'); a pronoun in their quoted words is someone else ('"He has a great array of
    experience," said Lisa Harris')."""
    if mention[3] != "person":
        return None
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
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
    described = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    for noun in described:
        if noun.pos_ == "NOUN" and noun.lower_ in words.gender_nouns:
            return words.gender_nouns[noun.lower_]
    if root.dep_ not in _SUBJECTS:
        return None
    for clause in root.head.children:
        if clause.dep_ == "ccomp":
            for subject in clause.children:
                inside = _overlaps(subject.idx, subject.idx + 1, quoted)
                if subject.dep_ in _SUBJECTS and subject.lower_ in words.genders and not inside:
                    return words.genders[subject.lower_]
    return None


def _known_genders(
    doc: Doc, mentions: list[EntityMention], words: QuoteWords, quoted: list[tuple[int, int]]
) -> dict[str, str]:
    """Each person's gender as the article states it, else as their first given name implies
    ('Martin Scorsese', 'Sergeant-at-Arms Kevin Vickers'); names common to both sexes ('Kim',
    'Robin') imply none."""
    known: dict[str, str] = {}
    for mention in mentions:
        gender = _gender_evidence(doc, mention, words, quoted)
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


class Referent(NamedTuple):
    """A name or resolved subject pronoun outside direct quotes, as pronouns and floating quotes see it."""

    start: int
    end: int
    sentence: int
    name: str
    kind: str
    salience: int
    reported: bool = False
    speaks: bool = False


# Where a role's own words end and what it is a role of begins ('spokeswoman for the ministry').
_ROLE_COMPLEMENT = re.compile(r"\s(?:of|for|at|in|with|to|on)\s")
# How many sentences back a name of the pronoun's known gender beats a nearer name of unknown gender.
_GENDER_REACH = 3
_REFERENTS = "extractor_quotes_referents"
_QUOTED = "extractor_quotes_quoted"
_UNITS = "extractor_quotes_units"
_REPORTED = "extractor_quotes_reported"
# How a paragraph of running text ends; a line without one is a headline or page furniture.
_PARAGRAPH_ENDS = frozenset(".!?:;\"'\u201d\u2019)\u2026")
# Determiners of a plural description that takes up a group named before ('these officials').
_PLURAL_DETERMINERS = frozenset({"these", "those"})


def _unit_of(doc: Doc, char: int) -> int:
    """Index of the sentence holding ``char``, where a paragraph break also ends a sentence: the
    parser runs a headline ('READ MORE: ...') into the next paragraph's first sentence."""
    starts = doc.user_data.get(_UNITS)
    if starts is None:
        breaks = [t.idx + len(t.text) for t in doc if _is_break(t)]
        sentences = {sent.start_char for sent in doc.sents} if doc.has_annotation("SENT_START") else {0}
        starts = doc.user_data[_UNITS] = sorted(sentences | set(breaks))
    return max(bisect_right(starts, char) - 1, 0)


def _pronoun_kind(lower: str, words: QuoteWords) -> str:
    if lower in words.person_pronouns:
        return "person"
    if lower in words.plural_pronouns:
        return "plural"
    return "org" if lower in words.group_pronouns else ""


def _unrecognised_speaker(token: Token, mentions: list[EntityMention], words: QuoteWords) -> Optional[str]:
    """A proper name the entity components missed that speaks ('Hereditary Chief Na'moks said he
    ...'): the person a following 'he' or 'she' means, not an earlier name."""
    if token.pos_ != "PROPN" or token.head.lemma_.lower() not in words.verbs or token.tag_ != "NNP":
        return None
    if token.ent_type_ not in {"", "PERSON"} or any(m[0] <= token.idx < m[1] for m in mentions):
        return None
    return _without_article(noun_phrase(token)).text


def _plural_subject(token: Token, mentions: list[EntityMention]) -> Optional[str]:
    """The group a plural common-noun subject names ('several auto-industry executives have warned
    ... They say'), as a later 'they' may mean it; None when a name already stands there."""
    if token.tag_ not in {"NNS", "NNPS"} or any(m[0] <= token.idx < m[1] for m in mentions):
        return None
    return _without_article(_group_phrase(noun_phrase(token))).text


def _referents(
    doc: Doc, mentions: list[EntityMention], words: QuoteWords
) -> tuple[list[Referent], dict[str, str]]:
    """A referent for every name outside direct quotes and every subject pronoun, resolved in one
    pass through the article so that pronoun chains carry their referent along ('Vickers said ...
    He said ... "...," he said'); and each person's gender, as the article states it or as its
    first pronoun implies. Names inside reported speech are marked: they are what a speaker said,
    not who speaks next. Cached on the doc for its mention list while quotes are resolved."""
    cached = doc.user_data.get(_REFERENTS)
    if cached is not None and cached[0] is mentions:
        return cached[1]
    quoted = quoted_spans(doc, words)
    reported, cues = doc.user_data.get(_REPORTED, ([], set()))
    known = _known_genders(doc, mentions, words, quoted)
    events: list[tuple[int, Any]] = [
        (m[0], m) for m in mentions if not _overlaps(m[0], m[1], quoted) and not _names_no_one(doc, m, words)
    ]
    for t in doc:
        if t.dep_ not in _SUBJECTS or _overlaps(t.idx, t.idx + 1, quoted):
            continue
        together = _coordinated_names(_named_apposition(t) or t, mentions)
        if t.pos_ == "PRON" and _pronoun_kind(t.lower_, words):
            events.append((t.idx, t))
        elif together is not None:
            events.append((t.idx, (together[0], "plural", t)))
        else:
            found = ((_plural_subject(t, mentions), "plural"), (_unrecognised_speaker(t, mentions, words), "person"))
            events.extend((t.idx, (name, kind, t)) for name, kind in found if name is not None)
    events.sort(key=lambda event: event[0])
    history: list[Referent] = []

    def referent(char: int, end: int, name: str, kind: str, salience: int, subject: Optional[Token]) -> Referent:
        speaks = subject is not None and subject.head.i in cues
        inside = not speaks and _overlaps(char, char + 1, reported)
        return Referent(char, end, _unit_of(doc, char), name, kind, salience, inside, speaks)

    for char, item in events:
        if isinstance(item, Token):
            kind = _pronoun_kind(item.lower_, words)
            gender = words.genders.get(item.lower_)
            found = _pick(history, kind, gender, known, _unit_of(doc, char))
            if found is not None:
                history.append(referent(char, char + len(item.text), found.name, kind, _subject_rank(item), item))
                if gender:
                    known.setdefault(found.name, gender)
        elif isinstance(item[2], Token):
            name, kind, token = item
            if kind == "plural":
                name = _same_group(token, history, words) or name
            history.append(referent(char, char + len(token.text), name, kind, _subject_rank(token), token))
        else:
            subject = _subject_token(doc, item)
            history.append(referent(char, item[1], item[2], item[3], _salience(doc, item, mentions), subject))
    doc.user_data[_REFERENTS] = (mentions, (history, known))
    return history, known


def _names_no_one(doc: Doc, mention: EntityMention, words: QuoteWords) -> bool:
    """A person's name that no later pronoun means: one that modifies a common noun ('an Oscar
    nomination') or stands in a headline or page-furniture line ('Man Shot at Dallas Gas Station
    Dies at Hospital'): a short paragraph of one line that ends without a sentence's closing mark
    (wire copy runs its whole body into one hard-wrapped paragraph ending in 'REUTER', and a web
    page's last paragraph may lose its full stop)."""
    if mention[3] != "person":
        return False
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
        return True
    text = doc.text
    start = text.rfind("\n\n", 0, mention[0])
    end = text.find("\n\n", mention[1])
    paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()
    if not paragraph or "\n" in paragraph or paragraph[-1] in _PARAGRAPH_ENDS:
        return False
    return _word_count(paragraph) <= words.headline_max_words


def _same_group(token: Token, history: list[Referent], words: QuoteWords) -> Optional[str]:
    """The group a definite plural description takes up ('officials involved said ... the officials
    said'): the latest plural referent named with the same noun."""
    if token.tag_ not in {"NNS", "NNPS"} or not any(
        c.dep_ == "det" and c.lower_ in words.definite | _PLURAL_DETERMINERS for c in token.children
    ):
        return None
    for earlier in reversed(history):
        if earlier.kind == "plural" and token.lower_ in earlier.name.lower().split():
            return earlier.name
    return None


def _pick(
    history: list[Referent], kind: str, gender: Optional[str], known: dict[str, str], at: Optional[int] = None
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
    greeted'); within one sentence the subject still wins ('spokesperson Lu Kang gave no details
    about Kim's schedule. But he said')."""
    kinds = {"org", "plural"} if kind == "plural" else {kind}
    fitting = [r for r in history if r.kind in kinds and (gender is None or known.get(r.name, gender) == gender)]
    if not fitting:
        return None
    speaking = [r for r in fitting if not r.reported]
    if speaking and fitting[-1].sentence - speaking[-1].sentence <= _GENDER_REACH:
        fitting = speaking
    sure = [r for r in fitting if gender is not None and known.get(r.name) == gender]
    nearer = [r for r in fitting if sure and r.sentence > sure[-1].sentence]
    speaking_now = any(r.speaks and (at is None or at - r.sentence <= 1) for r in nearer)
    if nearer and nearer[-1].sentence - sure[-1].sentence <= _GENDER_REACH and not speaking_now:
        fitting = sure
    latest = fitting[-1].sentence
    in_sentence = [r for r in fitting if r.sentence == latest]
    return max(reversed(in_sentence), key=lambda r: (r.salience, r in sure))


def _antecedent(doc: Doc, pronoun: Token, mentions: list[EntityMention], words: QuoteWords) -> Optional[str]:
    """Who a speaker pronoun ('he said', 'her statement') means, from the names and pronouns before it."""
    history, known = _referents(doc, mentions, words)
    before = [r for r in history if r.start < pronoun.idx]
    kind, gender = _pronoun_kind(pronoun.lower_, words), words.genders.get(pronoun.lower_)
    found = _pick(before, kind, gender, known, _unit_of(doc, pronoun.idx))
    return found.name if found is not None else None


def _last_speaker(earlier: Iterable[dict[str, Any]]) -> Optional[str]:
    """A pronoun with no named antecedent ('A spokesman said ... He said') points at the last speaker."""
    for quote in reversed(list(earlier)):
        if quote.get("speaker"):
            return quote["speaker"]
    return None


def _last_institution(earlier: Iterable[dict[str, Any]], people: set[str]) -> Optional[str]:
    """The most recent non-person speaker: who issued the statement a later 'statement said' means."""
    for quote in reversed(list(earlier)):
        if quote.get("speaker") and quote["speaker"] not in people:
            return quote["speaker"]
    return None


def resolve_speaker(
    phrase: Span,
    earlier: Iterable[dict[str, Any]] = (),
    words: Optional[QuoteWords] = None,
    mentions: Optional[list[EntityMention]] = None,
) -> tuple[Optional[str], Optional[dict[str, Any]]]:
    """``(speaker, speaker_mention)`` for the words naming a speaker.

    ``earlier`` are the quotes already resolved in the article, in order: an institution's
    'statement' or 'announcement' speaks for whoever last spoke as an institution.
    ``mentions`` is ``entity_mentions(doc)`` when the caller resolves many speakers.
    """
    words = words or QuoteWords.load()
    doc = phrase.doc
    mentions = entity_mentions(doc) if mentions is None else mentions
    head = phrase.root
    lower = head.lower_
    own = _span_record(phrase.text, phrase.start_char, phrase.end_char)
    if head.pos_ == "PRON" and (lower in words.person_pronouns or lower in words.group_pronouns):
        return (_antecedent(doc, head, mentions, words) or _last_speaker(earlier)), own
    if head.lemma_.lower() in words.document_nouns or head.lemma_.lower() in words.proxy_nouns:
        author = _author(head, words)
        if author is not None:
            return resolve_speaker(author, earlier, words, mentions)
        if head.lemma_.lower() in words.document_nouns:
            if not any(c.dep_ in {"det", "poss"} and c.lower_ in words.definite for c in head.children):
                return None, own
            people = {record["name"] for record in doc._.people or []}
            return _last_institution(earlier, people), own
    together = _coordinated_names(head, mentions)
    if together is not None:
        return together
    found = _overlapping(phrase, mentions)
    if found is not None:
        if not _names_a_modifier(head, found):
            return found[2], _span_record(found[4], found[0], found[1])
    else:
        described = _described(phrase, words, mentions)
        if described is not None:
            return described, own
    group = _group_phrase(phrase)
    return _without_article(group).text, _span_record(group.text, group.start_char, group.end_char)


def _mention_at(token: Token, mentions: list[EntityMention]) -> Optional[EntityMention]:
    return next((m for m in mentions if m[0] <= token.idx < m[1]), None)


def _coordinated_names(token: Token, mentions: list[EntityMention]) -> Optional[tuple[str, dict[str, Any]]]:
    """'Tore Sohlberg and Lehla Abreder said', 'Both Sandmann and Phillips have said': people who
    speak together are one speaker, named by all their names, as a later 'they' means all of them."""
    first = _mention_at(token, mentions)
    if first is None or first[3] != "person":
        return None
    found = [first]
    for child in token.children:
        if child.dep_ == "conj":
            other = _mention_at(child, mentions)
            if other is None or other[3] != "person":
                return None
            found.append(other)
    if len(found) < 2:
        return None
    names = [m[2] for m in found]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    start, end = found[0][0], found[-1][1]
    return name, _span_record(token.doc.text[start:end], start, end)


def _names_a_modifier(head: Token, mention: EntityMention) -> bool:
    """Whether a name only modifies a common-noun speaker: 'McCallum's staff', 'Surrey staff',
    'Brexit backers' and 'the United Nations' climate change panel' are groups of their own, who
    speak for themselves, not the person, place or body their name starts with."""
    if head.pos_ != "NOUN" or mention[0] <= head.idx < mention[1]:
        return False
    return any(
        child.dep_ in {"poss", "compound"}
        and child.left_edge.idx <= mention[0] < child.right_edge.idx + len(child.right_edge)
        for child in head.children
    )


def _group_phrase(phrase: Span) -> Span:
    """An unnamed speaker with the modifiers that say who they are: 'one veteran of the government
    infrastructure projects', 'an expert cited in the report', 'people arrested last week'.

    News writing identifies anonymous and collective sources by what follows the noun, and a
    reader grouping quotes by speaker needs those words; a relative clause, an apposition or a
    coordinated addition ('familiar with the talks but unauthorized') only comments on them."""
    head = phrase.root
    if head.pos_ not in {"NOUN", "PRON", "NUM", "DET", "ADJ"}:
        return phrase
    keep = [head]
    stack = [child for child in head.children if child.dep_ not in _GROUP_STOPS]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in _GROUP_STOPS)
    indices = sorted({t.i for t in keep} | {t.i for t in phrase})
    end = indices[0]
    while end + 1 in indices and not (end + 1 > head.i and head.doc[end + 1].dep_ == "cc"):
        end += 1
    extended = _trimmed(head.doc, indices[0], end + 1)
    extended = _within_paragraph(extended, head) if extended is not None else None
    return extended or phrase


def described_referent(phrase: Span, words: QuoteWords, mentions: list[EntityMention]) -> Optional[str]:
    """Who a definite description means, resolved as a described speaker is, for the people
    component, which gives that person the description as a role ('the Australian-born actress
    stopped to sign autographs'); the referents cached for ``mentions`` are dropped after."""
    try:
        return _described(phrase, words, mentions)
    finally:
        phrase.doc.user_data.pop(_REFERENTS, None)


def _described(phrase: Span, words: QuoteWords, mentions: list[EntityMention]) -> Optional[str]:
    """Who a definite description means: news writing names a speaker once, then calls them
    'the mayor', 'the 26-year-old right wing', 'the company' or 'the officials'.

    An institution noun ('the agency') means the latest organization of that kind, preferably one
    whose name holds the noun ('the diocese' -> 'Roman Catholic Diocese of Covington'), else the
    organization in focus when nothing narrows the noun ('the agency', not 'the paramedics union');
    a plural the group named before with the same noun ('officials involved said ... the officials
    said'); a role the person the article gives that role, before or, when only one person has it,
    after ('"...", the economy minister said. "...," said economy minister Heizo Takenaka'); any
    other singular description the person in focus of a fitting gender ('the Australian-born
    actress'), unless a place narrows it to someone unnamed ('the Nova Scotia judge'); a
    capitalised party or people word is an epithet for the person in focus ('the Kentucky
    Republican')."""
    head = phrase.root
    nominal = head.tag_ in {"NN", "NNP"} or (head.tag_ == "JJ" and head.dep_ in _SUBJECTS)
    if phrase[0].lower_ not in words.definite | _PLURAL_DETERMINERS or not (nominal or head.tag_ == "NNS"):
        return None
    if head.ent_type_ not in {"", "NORP", "DATE"} and not head.is_lower:
        return None
    doc = phrase.doc
    history, known = _referents(doc, mentions, words)
    before = [r for r in history if r.start < phrase.start_char]
    if head.tag_ == "NNS":
        return _same_group(head, before, words)
    noun = head.lower_
    if head.lemma_.lower() in words.institution_nouns:
        named = [r for r in before if r.kind == "org" and noun in r.name.lower().split()]
        if named:
            return named[-1].name
        found = _pick(before, "org", None, known) if len(phrase) == 2 else None
        return found.name if found is not None else None
    held = _role_holder(phrase, before, doc)
    if held is not None:
        return held
    if head.is_lower and any(token.ent_type_ in _PLACE_LABELS and token.head == head for token in phrase):
        return None
    found = _pick(before, "person", words.gender_nouns.get(noun), known, _unit_of(doc, phrase.start_char))
    return found.name if found is not None else None


def _role_holder(phrase: Span, before: list[Referent], doc: Doc) -> Optional[str]:
    """The person whose role the description names: the latest named before with a role holding its
    noun, else the only person whose role is the description's words, wherever the article names
    them ('the home secretary' is not a later 'Shadow home secretary David Davis')."""
    noun = phrase.root.lower_
    wanted = " ".join(t.lower_ for t in phrase[1:])
    roles = [(record["name"], role.lower()) for record in doc._.people or [] for role in record.get("roles", [])]
    titled = [r for r in before if any(name == r.name and noun in role.split() for name, role in roles)]
    if titled:
        return titled[-1].name
    exact = {name for name, role in roles if role == wanted}
    return exact.pop() if len(exact) == 1 else None


def _author(head: Token, words: QuoteWords) -> Optional[Span]:
    """Who a document or spokesperson speaks for: 'the ministry's statement', 'a spokesman for X',
    'a statement issued by X', 'a release sent to media from X'."""
    for child in head.children:
        pronoun_owner = child.lower_ in words.person_pronouns or child.lower_ in words.group_pronouns
        if child.dep_ == "poss" and (child.pos_ != "PRON" or pronoun_owner):
            return noun_phrase(child)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in words.proxy_preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return noun_phrase(obj)
    for child in head.children:
        if child.dep_ == "compound" and child.ent_type_ == "ORG":
            return noun_phrase(child)
    for child in head.children:
        if child.dep_ == "acl":
            for agent in child.children:
                origin = agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ in words.origin_preps)
                objects = [obj for obj in agent.children if origin and obj.dep_ == "pobj"]
                if objects:
                    return noun_phrase(objects[0])
    return None


def resolve_medium(phrase: Optional[Span], mentions: Optional[list[EntityMention]] = None) -> Optional[str]:
    """The outlet in a 'told X' object: an organization's canonical name, else the proper-noun run."""
    if phrase is None:
        return None
    mentions = entity_mentions(phrase.doc) if mentions is None else mentions
    found = _overlapping(phrase, [m for m in mentions if m[3] == "org"])
    if found is not None:
        return found[2]
    run: list[Token] = []
    for token in phrase:
        if token.pos_ == "PROPN":
            run.append(token)
        elif run:
            break
    if not run:
        return None
    return phrase.doc[run[0].i : run[-1].i + 1].text


# ---------------------------------------------------------------- attribution of direct quotes


def _token_at(doc: Doc, starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def _is_break(token: Token) -> bool:
    """A paragraph break; single newlines only wrap lines in hard-wrapped wire copy."""
    return token.is_space and token.text.count("\n") >= 2


def _is_boundary(token: Token, words: QuoteWords) -> bool:
    return token.text in _SENTENCE_END or _is_break(token) or token.text in words.marks


def _medium_of(verb: Token) -> Optional[Span]:
    if verb.lemma_.lower() != "tell":
        return None
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            return noun_phrase(child)
    return None


def _attribution_for(verb: Token, words: QuoteWords, fallback: Optional[Span]) -> Attribution:
    subject = subject_of(verb, words, quoted_spans(verb.doc, words))
    speaker = noun_phrase(subject) if subject is not None else fallback
    if speaker is not None and speaker.start <= verb.i < speaker.end:
        speaker = _trimmed(verb.doc, verb.i + 1, speaker.end) if verb.i + 1 < speaker.end else fallback
    return Attribution(speaker=speaker, cue=verb.text, cue_token=verb, medium=_medium_of(verb))


def _according_to(token: Token) -> Optional[Span]:
    """The source in 'according to X', when ``token`` is 'according'."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    for child in token.nbor().children:
        if child.dep_ == "pobj":
            return noun_phrase(child)
    return _trimmed(token.doc, token.i + 2, min(token.i + 6, len(token.doc)))


def _after_quote(
    doc: Doc, text: str, first: int, close_char: int, words: QuoteWords, long_quote: bool = False
) -> Optional[Attribution]:
    """'"...," X said', '"...," said X', '"..." - X', '"...", according to X'; and a whole quoted
    sentence whose writer dropped the comma ('"... to management" UFCW Local 832 president Jeff
    Traeger said Saturday.'), when a name and a reporting verb end the sentence."""
    inner = text[max(close_char - 4, 0) : close_char - 1].rstrip("'\u2019")[-1:]
    after = text[close_char:].lstrip()[:1]
    bare = long_quote and inner.isalnum() and after.isalpha()
    if inner not in _CLOSING_PUNCT and after not in {",", "-", "\u2013", "\u2014"} and not bare:
        return None
    end = min(first + words.window, len(doc))
    tokens = [doc[i] for i in range(first, end)]
    window: list[Token] = []
    for token in tokens:
        if _is_boundary(token, words):
            break
        window.append(token)
    if not window:
        return None
    lead = window[1:2] if window[0].text == "," else window[:1]
    if lead and lead[0].text in words.dashes:
        return _dash_source(window)
    for token in window:
        source = _according_to(token)
        if source is not None:
            return Attribution(speaker=source, cue="according to")
        if token.lemma_.lower() in words.verbs and token.pos_ in {"VERB", "AUX"}:
            if any(_is_verb(t) for t in window[: window.index(token)]):
                return None
            between = _trimmed(doc, first, token.i)
            if bare and (between is None or between[-1].pos_ != "PROPN" or not _ends_sentence(token)):
                return None
            if between is None:
                between = _inverted_subject(doc, token, words)
            return _attribution_for(token, words, between)
    return None


def _ends_sentence(verb: Token) -> bool:
    """Whether only the verb's time words ('said Saturday') and a full stop follow it in its sentence."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text in _SENTENCE_END or token.is_space:
            return True
        if token.head.i != verb.i or token.ent_type_ not in {"DATE", "TIME"}:
            return False
    return True


def _is_verb(token: Token) -> bool:
    """A verb, but not a capitalised word the small model mistags after a quote ('," DeBoer said')."""
    return token.pos_ in {"VERB", "AUX"} and not (token.text[:1].isupper() and token.text != "I")


def _dash_source(window: list[Token]) -> Optional[Attribution]:
    names = [t for t in window if t.pos_ == "PROPN"]
    if not names:
        return None
    doc = names[0].doc
    last = names[0].i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    return Attribution(speaker=doc[names[0].i : last + 1], cue=None)


def _inverted_subject(doc: Doc, verb: Token, words: QuoteWords) -> Optional[Span]:
    """'said Dr Avineri': the name after the verb, when the parser gave the verb no subject; a
    description the parser reads as the verb's object is whole ('added the Uruguayan-born researcher')."""
    for child in verb.rights:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.lemma_.lower() != "tell":
            return noun_phrase(child)
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ in _NAME_POS and not _is_boundary(doc[end], words):
        end += 1
    return _trimmed(doc, verb.i + 1, end)


def _before_quote(doc: Doc, open_token: int, words: QuoteWords) -> Optional[Attribution]:
    """'X said: "..."', 'X told RTV: "..."', 'Said X: "..."', 'X said "..."'."""
    i = open_token - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    last = i - 1 if doc[i].text in {":", ","} else i
    start = max(last - words.window, 0)
    for j in range(last, start - 1, -1):
        token = doc[j]
        if _is_boundary(token, words):
            return None
        if token.lemma_.lower() in words.verbs and token.pos_ in {"VERB", "AUX"}:
            if j != i and doc[i].text not in {":", ","}:
                return None
            if any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1 : last + 1]):
                return None
            fallback = _inverted_subject(doc, token, words)
            return _attribution_for(token, words, fallback)
    return None


# ---------------------------------------------------------------- indirect speech


def _content_of(clause: Token, verb: Token, words: QuoteWords) -> Optional[Span]:
    """The reported words: the clause after its "that", or before a trailing "X reported"."""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if clause.i > verb.i:
        start = max(start, verb.i + 1)
        while start < end and (_is_filler(doc[start]) or _is_subordinator(doc[start], clause, words)):
            start += 1
    span = _trimmed(doc, start, end)
    return _within_paragraph(span, verb) if span is not None else None


def _apart(content: Span, verb: Token) -> bool:
    """Whether a paragraph break separates reported words from their verb: the parser joins a
    headline ('READ MORE: Proposed plans ...') to the next paragraph's sentence."""
    return _break_between(content[-1], verb) if content.end <= verb.i else _break_between(verb, content[0])


def _closed_by_semicolon(content: Span, verb: Token) -> bool:
    """Reported words before their verb end in a comma ('..., they said'); a semicolon closes a
    sentence of its own that the parser hangs on the next clause's verb ('The Conservatives
    believe ...; they say their research shows ...')."""
    if content.end > verb.i:
        return False
    following = [t for t in content.doc[content.end : verb.i] if not t.is_space]
    return bool(following) and following[0].text == ";"


def _is_filler(token: Token) -> bool:
    return token.is_punct or token.is_space


def _is_subordinator(token: Token, clause: Token, words: QuoteWords) -> bool:
    """The 'that' introducing the reported clause itself (an 'if' of a clause inside it stays)."""
    return token.dep_ == "mark" and token.head == clause and token.lower_ in words.subordinators


def _nested(inner: Span, outer: Span) -> bool:
    """Speech reported inside other reported speech ('X said Y had told Z that ...') belongs to X."""
    same = (outer.start, outer.end) == (inner.start, inner.end)
    return outer.start <= inner.start and inner.end <= outer.end and not same


def _absorb_partial_quote(content: Span, direct: list[tuple[int, int]]) -> Span:
    """Trimming punctuation cuts the closing mark off a partial quote that ends the clause; put it back."""
    for start, end in direct:
        if content.start_char < start < content.end_char < end:
            extended = content.doc.char_span(content.start_char, end, alignment_mode="expand")
            return extended if extended is not None else content
    return content


def _clashes(content: Span, direct: list[tuple[int, int]]) -> bool:
    """Reported speech may hold a partial quote ('said it was a "symbol of decency"') but must not
    be a direct quote's own words or cut through one."""
    start, end = content.start_char, content.end_char
    return any(s < end and start < e and not (start <= s and e <= end) for s, e in direct)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _indirect(
    doc: Doc, words: QuoteWords, cue_ids: numpy.ndarray, direct: list[tuple[int, int]]
) -> list[tuple[Span, Attribution]]:
    """Clauses under a reporting verb ('X said that ...', '..., X reported') and 'according to' claims."""
    found: list[tuple[Span, Attribution]] = []
    table = doc.to_array([LEMMA, LOWER])
    hits = numpy.isin(table[:, 0], cue_ids) | numpy.isin(table[:, 1], cue_ids)
    for i in numpy.flatnonzero(hits).tolist():
        token = doc[i]
        if token.lower_ == "according":
            item = _according_clause(token, words, direct)
            if item is not None:
                found.append(item)
            continue
        if token.pos_ != "VERB":
            continue
        if _overlaps(token.idx, token.idx + len(token), direct):
            continue
        subject = subject_of(token, words)
        if subject is None or any(c.dep_ == "nsubjpass" for c in token.children):
            continue
        if subject.lower_ in ("that", "this") and subject.i == token.i - 1 and doc[token.i + 1:token.i + 2].text == ",":
            continue  # 'That said, he remains popular': a discourse marker, not speech
        for clause in token.children:
            if clause.dep_ != "ccomp":
                continue
            content = _content_of(clause, token, words)
            if content is None or len(content) < words.min_indirect_tokens or _apart(content, token):
                continue
            if _closed_by_semicolon(content, token):
                continue
            content = _absorb_partial_quote(content, direct)
            if _clashes(content, direct):
                continue
            found.append((content, _attribution_for(token, words, None)))
    return found


def _according_clause(
    token: Token, words: QuoteWords, direct: list[tuple[int, int]]
) -> Optional[tuple[Span, Attribution]]:
    """'X happened, according to Y': the claim is the clause the phrase hangs on, minus the phrase."""
    source = _according_to(token)
    if source is None or _overlaps(token.idx, source.end_char, direct):
        return None
    doc = token.doc
    head = token.head
    sent = token.sent
    skip_start, skip_end = token.left_edge.i, max(token.right_edge.i, source.end - 1) + 1
    lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head.i != token.i else (sent.start, sent.end)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    before = _trimmed(doc, lo, skip_start) if skip_start > lo else None
    after = _trimmed(doc, skip_end, hi) if hi > skip_end else None
    candidates = [c for c in (before, after) if c is not None]
    if not candidates:
        return None
    content = max(candidates, key=len)
    content = _within_paragraph(content, token)
    if content is None or len(content) < words.min_indirect_tokens or _clashes(content, direct):
        return None
    return content, Attribution(speaker=source, cue="according to")


def _within_paragraph(content: Span, anchor: Token) -> Optional[Span]:
    """The part of ``content`` in the paragraph of ``anchor``: a headline is not part of the claim."""
    breaks = [t.i for t in content if _is_break(t)]
    if not breaks:
        return content
    if anchor.i >= content.end:
        return _trimmed(content.doc, breaks[-1] + 1, content.end)
    if anchor.i < content.start:
        return _trimmed(content.doc, content.start, breaks[0])
    start = max([b + 1 for b in breaks if b < anchor.i], default=content.start)
    end = min([b for b in breaks if b > anchor.i], default=content.end)
    return _trimmed(content.doc, start, end)


# ---------------------------------------------------------------- the component


def _word_count(text: str) -> int:
    return sum(1 for part in text.split() if any(ch.isalnum() for ch in part))


def _record(doc: Doc, text: str, start: int, end: int, kind: str) -> dict[str, Any]:
    """A quote record with every key; built from the text in hand because ``Doc.text`` re-joins
    all tokens on each access."""
    return {
        "text": text[start:end], "start": start, "end": end, "sentence": sentence_of(doc, start),
        "kind": kind, "speaker": None, "speaker_mention": None, "cue": None, "medium": None,
    }


def _direct(doc: Doc, text: str, words: QuoteWords) -> list[tuple[dict[str, Any], Optional[Attribution]]]:
    starts = doc.to_array(IDX).tolist()
    found: list[tuple[dict[str, Any], Optional[Attribution]]] = []
    for start, end in pair_quote_marks(text, words):
        first_after = _token_at(doc, starts, end)
        long_quote = _word_count(text[start:end]) >= words.min_unattributed_words
        attribution = None
        if text[end - 1] in words.marks:
            attribution = _after_quote(doc, text, first_after, end, words, long_quote)
        if attribution is None:
            attribution = _before_quote(doc, _token_at(doc, starts, start), words)
        if attribution is None:
            if _word_count(text[start:end]) < words.min_unattributed_words:
                continue
            attribution = _enclosing_speech(doc, _token_at(doc, starts, start + 1), (start, end), words)
        found.append((_record(doc, text, start, end, "direct"), attribution))
    return found


def _enclosing_speech(doc: Doc, first: int, span: tuple[int, int], words: QuoteWords) -> Optional[Attribution]:
    """A partial quote inside reported speech ('he wanted the wage to become a "symbol of decency"')
    is the reporting verb's speaker's wording. The parser hangs a quote paragraph on the next
    paragraph's verb ('READ MORE: Justin Trudeau says ...'); a verb past a paragraph break is no
    quote's frame."""
    if first >= len(doc):
        return None
    token = doc[first]
    while token.head.i != token.i:
        token = token.head
        if span[0] <= token.idx < span[1]:
            continue
        if _break_between(doc[first], token):
            return None
        if token.pos_ == "VERB" and token.lemma_.lower() in words.verbs:
            if subject_of(token, words) is None:
                return None
            return _attribution_for(token, words, None)
    return None


def _float(
    record: dict[str, Any],
    last_speech: Optional[tuple[dict[str, Any], int]],
    doc: Doc,
    text: str,
    words: QuoteWords,
    mentions: list[EntityMention],
) -> None:
    """A quote without attribution of its own (news style: '"...," he said. "We also ..."', or a
    quote paragraph after the speaker's reported words) carries on the previous speech, unless a
    person named since then introduces it ('Durning did not need much coaxing. "I'm thankful ..."').
    Nothing within a few sentences: no speaker."""
    sentence = _unit_of(doc, record["start"])
    history, known = _referents(doc, mentions, words)
    named = _pick([r for r in history if r.end <= record["start"]], "person", None, known, sentence)
    spoken = -1
    if last_speech is not None and record["start"] >= last_speech[0]["end"]:
        spoken = _unit_of(doc, last_speech[1])
    if named is not None and named.sentence > spoken and sentence - named.sentence <= words.float_reach:
        record["speaker"] = named.name
        record["speaker_mention"] = _span_record(text[named.start : named.end], named.start, named.end)
    elif last_speech is not None and spoken >= 0 and sentence - spoken <= words.float_reach:
        for key in ("speaker", "speaker_mention", "cue", "medium"):
            record[key] = last_speech[0][key]


def extract_quotes(doc: Doc, words: QuoteWords, cue_ids: Optional[numpy.ndarray] = None) -> list[dict[str, Any]]:
    """All quotes of ``doc`` in text order, speakers resolved against the entity components.

    A partial quote inside reported speech ('said he wanted the wage to become a "symbol of
    decency"') is part of that indirect quote, not a quote of its own."""
    cue_ids = words.cue_ids if cue_ids is None else cue_ids
    text = doc.text
    direct = _direct(doc, text, words)
    spans = [(record["start"], record["end"]) for record, _ in direct]
    indirect = _indirect(doc, words, cue_ids, spans)
    reported = [
        (content, attribution) for content, attribution in indirect
        if not any(_nested(content, other) for other, _ in indirect)
    ]
    items: list[tuple[dict[str, Any], Optional[Attribution]]] = [
        (record, attribution) for record, attribution in direct
        if not any(c.start_char <= record["start"] and record["end"] <= c.end_char for c, _ in reported)
    ]
    for content, attribution in reported:
        items.append((_record(doc, text, content.start_char, content.end_char, "indirect"), attribution))
    items.sort(key=lambda item: item[0]["start"])
    cues = {a.cue_token.i for _, a in [*direct, *indirect] if a is not None and a.cue_token is not None}
    doc.user_data[_REPORTED] = ([(content.start_char, content.end_char) for content, _ in reported], cues)
    mentions = entity_mentions(doc) if items else []
    resolved: list[dict[str, Any]] = []
    last_speech: Optional[tuple[dict[str, Any], int]] = None
    for record, attribution in items:
        if attribution is not None:
            _apply(record, attribution, resolved, words, mentions)
        else:
            _float(record, last_speech, doc, text, words, mentions)
        if attribution is not None or record["speaker"]:
            cue = attribution.cue_token if attribution is not None else None
            last_speech = (record, max(cue.idx if cue is not None else 0, record["end"] - 1))
        resolved.append(record)
    doc.user_data.pop(_REFERENTS, None)
    doc.user_data.pop(_UNITS, None)
    doc.user_data.pop(_REPORTED, None)
    return resolved


def _apply(
    record: dict[str, Any],
    attribution: Attribution,
    earlier: list[dict[str, Any]],
    words: QuoteWords,
    mentions: list[EntityMention],
) -> None:
    record["cue"] = attribution.cue
    if attribution.speaker is not None:
        record["speaker"], record["speaker_mention"] = resolve_speaker(attribution.speaker, earlier, words, mentions)
    record["medium"] = resolve_medium(attribution.medium, mentions)


@Language.factory("extractor_quotes")
def make_quotes(nlp: Language, name: str):
    """Quotes and their speakers; runs after people and organizations, whose names it reuses."""
    words = QuoteWords.load()
    cue_ids = words.cue_ids

    def component(doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, words, cue_ids)
        return doc

    return component
