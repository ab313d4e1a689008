"""Speakers: the canonical name a speaker phrase means ('he', 'the company', 'his report', 'Mr Lukovic').

A quote's speaker is the name the people and organizations components gave that entity, so that a
reader can group an article's quotes by who said them; pronouns and descriptions are handed to the
referent resolver (``referents.py``) with what the quote finders know of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Callable, Iterable, NamedTuple, Optional

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..doc_utils import sentence_starts
from ..entities import NOT_PEOPLE, role_words
from ..places import fold, gazetteer
from .cues import subject_of
from .lexicon import QuoteWords
from .marks import quoted_spans
from .referents import (
    MENTIONS_AT, REFERENTS, EntityMention, Speech, antecedent, coordinated_names, described, entity_mentions,
    is_ticker, organization_types, referents_of, spells, taken_up, ticker_firm, ticker_owner,
)
from .spans import (
    SUBJECTS, children, doc_text, group_phrase, label_ids, noun_phrase, overlaps, span_record, without_article,
)

# A speaker that is a share of the people asked ('40%', 'Thirty per cent'), who issue no document.
_SHARE = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)
# A common noun's modifiers that place a speaker ('close to VW') rather than name them.
_MODIFIER_DEPS = label_ids("amod", "acl", "relcl")
# Lower-case words inside a name ('Department of Energy', 'Securities and Exchange Commission').
_JOINING = frozenset({"of", "for", "and", "the", "de", "du", "la", "&"})
# The organization types an outlet may have: a medium's, or none the organizations could tell ('Sunday Times').
_OUTLET_TYPES = frozenset({"media", None})
# The prepositions that name a study's author ('a study by Gartner', 'figures from the Ministry of Economy').
_STUDY_AUTHOR_PREPS = frozenset({"by", "from"})
# The model's labels of a place's name: where a document or a spokesperson is, not who speaks.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The model's labels of words that name a person or a place, no outlet ('told US media').
_NO_OUTLET_LABELS = label_ids("PERSON", "GPE", "LOC")
# The nouns a post ends in ('President'), from the people data: a title told is no outlet.
_ROLE_HEADS = role_words("role_heads")
# The model's labels of the words that name a person or a body ('Rowling' may be tagged a common noun).
_NAME_LABELS = label_ids("PERSON", "ORG")
# The tags of a verb in the past or present tense, which heads a clause of its own.
_FINITE_TAGS = label_ids("VBD", "VBZ", "VBP")
# How a name hangs inside the subject phrase the parser built around it.
_NAME_PART_DEPS = label_ids("compound", "nmod", "appos")
# The labels the speakers are told by, as ids (``spans.label_ids``): a read of ``Token.dep_`` decodes a new string
# each time.
ACL, AGENT, AUX, CASE, COMPOUND, CONJ, DOBJ, NMOD, POBJ, POSS, PREP, RELCL = map(get_string_id, (
    "acl", "agent", "aux", "case", "compound", "conj", "dobj", "nmod", "pobj", "poss", "prep", "relcl"))
NOUN, PRON, PROPN = get_string_id("NOUN"), get_string_id("PRON"), get_string_id("PROPN")
NN, NNPS, NNS = get_string_id("NN"), get_string_id("NNPS"), get_string_id("NNS")
NORP, ORG, PERSON = get_string_id("NORP"), get_string_id("ORG"), get_string_id("PERSON")
_SUBJECT_IDS = label_ids(*SUBJECTS)
# The tags of a plural noun, of a singular one, and of a common one.
_PLURAL_TAGS, _SINGULAR_TAGS, _COMMON_TAGS = label_ids("NNS", "NNPS"), label_ids("NN", "NNP"), label_ids("NN", "NNS")
# The dependents that make a noun definite ('the', 'its') and that name its owner ("the company's", 'company').
_DEFINITE_DEPS, _OWNER_DEPS = label_ids("det", "poss"), label_ids("poss", "compound")
_NOUN_POS, _VERB_POS = label_ids("NOUN", "PROPN"), label_ids("VERB", "AUX")
# Where the quote finders leave the article's reported speech and reporting verbs for the resolver.
REPORTED = "extractor_quotes_reported"


def speech_of(doc: Doc, words: QuoteWords) -> Speech:
    """What the referent resolver needs to know of the article's quotes: its quoted spans, and the
    reported speech and reporting verbs once the quote finders have run (none before, when the
    people component asks)."""
    reported, cues = doc.user_data.get(REPORTED, ([], set()))
    return Speech(quoted_spans(doc, words), reported, cues)


def _overlapping(
    phrase: Span, mentions: list[EntityMention], head: Optional[Token] = None
) -> Optional[EntityMention]:
    """The entity mention in ``phrase``: the one holding its head first, people before organizations;
    ``head``: the phrase's root, when the caller holds it (``Span.root`` walks the phrase's heads)."""
    head = phrase.root if head is None else head
    hits = [m for m in mentions if m[0] < phrase.end_char and phrase.start_char < m[1]
            and not _in_modifier(head, m)]
    if not hits:
        return None
    return min(hits, key=lambda m: (not (m[0] <= head.idx < m[1]), m[3] != "person"))


def _in_modifier(head: Token, mention: EntityMention) -> bool:
    """Whether a name sits in a clause or adjective describing a common-noun speaker: in 'industry
    sources close to VW' or 'people briefed by the ministry' the name says who the speakers are
    near, not who speaks."""
    if head.pos != NOUN:
        return False
    return any(
        child.dep in _MODIFIER_DEPS
        and child.left_edge.idx <= mention[0] < child.right_edge.idx + len(child.right_edge)
        for child in children(head)
    )


def _last_speaker(earlier: Iterable[dict[str, Any]]) -> Optional[str]:
    """A pronoun with no named antecedent ('A spokesman said ... He said') points at the last speaker."""
    for quote in reversed(list(earlier)):
        if quote.get("speaker"):
            return quote["speaker"]
    return None


def _last_institution(earlier: Iterable[dict[str, Any]], people: set[str], bodies: set[str]) -> Optional[str]:
    """The most recent non-person speaker: who issued the statement a later 'statement said' means, when it is an
    organization the article names or a name. A share of those asked ('40% said', 'Thirty per cent said') issues no
    report, nor does a group in its own words ('in which people say, "I'm on meth." ... The report' is no report of
    the people's)."""
    for quote in reversed(list(earlier)):
        speaker = quote.get("speaker")
        if speaker and speaker not in people and not _SHARE.search(speaker):
            return speaker if speaker in bodies or _proper(speaker) else None
    return None


def _proper(name: str) -> bool:
    """Whether a speaker's words are a name the entity components may have missed ('Sunday Telegraph',
    'U.S. Attorney\u2019s Office'): every word but a joining one is capitalised."""
    return all(word[:1].isupper() or word in _JOINING for word in name.split())


Resolved = tuple[Optional[str], Optional[dict[str, Any]]]


class _Phrase(NamedTuple):
    """A speaker phrase as the speaker rules see it."""

    phrase: Span
    earlier: Iterable[dict[str, Any]]
    words: QuoteWords
    mentions: list[EntityMention]
    head: Token  # the phrase's root, found once for every rule

    @property
    def own(self) -> dict[str, Any]:
        return span_record(self.phrase.text, self.phrase.start_char, self.phrase.end_char)


def _by_pronoun(p: _Phrase) -> Optional[Resolved]:
    head, words = p.head, p.words
    lower = head.lower_
    if head.pos != PRON or (lower not in words.person_pronouns and lower not in words.group_pronouns
                               and lower not in words.object_pronouns):
        return None
    going_on = _goes_on(p)
    if going_on is not None:
        return going_on, p.own
    found = antecedent(head.doc, head, p.mentions, words, speech_of(head.doc, words))
    if found is not None and found.described >= 0 and head.dep in _SUBJECT_IDS:  # 'it said', not 'its study'
        description = head.doc[found.described]
        meant = resolve_speaker(noun_phrase(description), p.earlier, words, p.mentions)[0]
        if _description_stands(description, meant, found.name, p):
            return meant, p.own
    return ((found.name if found is not None else None) or _last_speaker(p.earlier)), p.own


def _goes_on(p: _Phrase) -> Optional[str]:
    """Whom a subject pronoun of a reporting verb means when the quote just before ends in its sentence or the one
    before: that quote's speaker, when the pronoun fits the words that named them. A writer goes on with the same
    speaker: a pronoun that 'added' whoever else the sentences name ('The spokesman ... said: "..." But he added that'
    is the spokesman, not Treasury Secretary James Baker named first; 'fund managers said ... they added'), any
    other when it is the first subject since that speaker was named and the speaker a name the article gives ('Yukos
    said it would consider its options in light of the ruling. However, it claimed' is Yukos, not Rosneft named in
    the sentence before; '"A proposed sales tax has become a political issue, partly because Nakasone breached his
    election pledge against introducing it," Shiratori said. "Moreover, ...," he said' is Shiratori, not the Nakasone
    his words name); the names a description was read as are left to the referent rules. An 'it' or 'they' goes on
    further, with the body whose statement the sentences carry (``_carries_statement``)."""
    head, words = p.head, p.words
    if head.dep not in _SUBJECT_IDS:
        return None
    earlier = p.earlier if isinstance(p.earlier, list) else list(p.earlier)
    last = earlier[-1] if earlier else None
    if last is None or not last.get("speaker") or not last.get("speaker_mention"):
        return None
    doc = head.doc
    mention = last["speaker_mention"]
    named = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if named is None or not _fits(head, named.root, last["speaker"], p):
        return None
    start = max(last["end"], mention["end"])
    sentences = _writers_sentences(doc, last["end"], head.idx, words)
    if sentences <= 1 and (head.head.lemma_.lower() in words.continuing_verbs or (
            _named_subject(named.root) and not _other_subject(doc, start, head, last["speaker"], p))):
        return last["speaker"]
    return last["speaker"] if _carries_statement(head, named.root, sentences, start, p) else None


def _carries_statement(pronoun: Token, named: Token, sentences: int, start: int, p: _Phrase) -> bool:
    """Whether an 'it' or 'they' that reports goes on with the body whose statement the sentences before carry, a few
    of the writer's sentences on: wire copy tells one body's statement sentence by sentence and names other bodies
    only in what it says or beside it ('Rochester Gas and Electric Corp said ... It said The First Boston Corp and
    E.F. Hutton and Co Inc are co-underwriters of the issue. It said net proceeds ...' is Rochester; 'The Plessey Co
    Plc said ... The major orders were from Sweden's Televerket, ... It said' is Plessey; 'The companies said ... It
    will enable parties ... They said' the companies), when that body spoke as the subject of its reporting verb and
    no subject of the writer's words since then ('The system will ...') could be the one the pronoun means."""
    words = p.words
    if pronoun.lower_ not in words.group_pronouns or pronoun.lower_ in words.writers \
            or sentences > words.float_reach or not _in_subject(named):
        return False
    doc = pronoun.doc
    between = doc.char_span(start, pronoun.idx, alignment_mode="expand") if start < pronoun.idx else None
    if between is None:
        return True
    reported = doc.user_data.get(REPORTED, ([], set()))[0]
    said = quoted_spans(doc, words) + reported
    return not any(t.dep in _SUBJECT_IDS and t.idx >= start and not overlaps(t.idx, t.idx + 1, said)
                   and _may_mean(t, pronoun, p) for t in between)


def _in_subject(named: Token) -> bool:
    """Whether the words that named a speaker are the subject of its verb, or the name in it that a wire's ticker
    ('The Plessey Co Plc <PLYL.L> said', which the parser makes the subject) or a post ('Sharks head coach Peter
    DeBoer said') heads."""
    for _ in range(3):
        if named.dep in _SUBJECT_IDS:
            return True
        if named.dep not in _NAME_PART_DEPS or named.head.i == named.i:
            return False
        named = named.head
    return False


def _may_mean(subject: Token, pronoun: Token, p: _Phrase) -> bool:
    """Whether a subject could be whom a later 'it' or 'they' means: of the pronoun's number, and a body or a name
    ('Banner Industries Inc', 'the bank', 'analysts', 'Texaco and Honeywell') or the same pronoun of a verb that
    reports nothing ('It will enable parties ...'); not a thing ('The sale', 'Terms were withheld') nor a person. A
    relative pronoun stands for the noun it follows."""
    words = p.words
    if subject.lower_ in words.relative_pronouns and subject.head.dep == RELCL:
        subject = subject.head.head
    if subject.pos == PRON:
        return subject.lower_ == pronoun.lower_ and subject.head.lemma_.lower() not in words.verbs
    plural = subject.tag in _PLURAL_TAGS or any(c.dep == CONJ for c in children(subject))
    if plural != (pronoun.lower_ in words.plural_pronouns):
        return False
    held = [m for m in p.mentions if m[0] <= subject.idx < m[1]]
    if held:
        return plural or any(m[3] == "org" for m in held)
    lemma = subject.lemma_.lower()
    if subject.pos == PROPN:
        return True
    return lemma in words.speaking_nouns and (plural or lemma not in words.person_nouns)


def _named_subject(named: Token) -> bool:
    """Whether the words that named the last speaker are a name as the subject of its reporting verb: a pronoun goes on
    with whom a report names, not with a title read as a name ('Egypt's Minister of State for Foreign Affairs, Boutros
    Boutros Ghali, said'), a description ('the first minister') or an object a participle's speaker was read from
    ('Mr Campbell then e-mailed Mr McFadyen pointing out the mistake, but suggesting ...')."""
    verb = named.head
    finite = verb.tag in _FINITE_TAGS or any(child.dep == AUX for child in children(verb))
    return finite and named.dep in _SUBJECT_IDS and named.lower_ not in _ROLE_HEADS \
        and (named.pos == PROPN or named.ent_type in _NAME_LABELS)


def _other_subject(doc: Doc, start: int, pronoun: Token, speaker: str, p: _Phrase) -> bool:
    """Whether the writer's words between a character and a pronoun hold a subject other than ``speaker``, whom the
    pronoun may mean ('..., but McIlroy is unfazed. He admitted'; 'All right Buckley, who hadn't sung in a long time
    ..., worried about doing justice to a song ... "...," she said')."""
    if start >= pronoun.idx:
        return False
    quoted = quoted_spans(doc, p.words)
    between = doc.char_span(start, pronoun.idx, alignment_mode="expand")
    return between is not None and any(
        t.dep in _SUBJECT_IDS and t.idx >= start and not overlaps(t.idx, t.idx + 1, quoted)
        and not any(m[2] == speaker and m[0] <= t.idx < m[1] for m in p.mentions) for t in between)


def _writers_sentences(doc: Doc, start: int, end: int, words: QuoteWords) -> int:
    """How many of the writer's sentences open between two characters: a sentence the parser began inside a direct
    quote, or at its end ('"Just now there is acute nervousness in the market," he\nsaid.'), is the speaker's."""
    starts = sentence_starts(doc)[1]
    quoted = quoted_spans(doc, words)
    return sum(1 for at in starts[bisect_right(starts, start) : bisect_right(starts, end)]
               if not overlaps(at, at + 1, quoted))


def _fits(pronoun: Token, named: Token, speaker: str, p: _Phrase) -> bool:
    """Whether a pronoun can mean the speaker ``named`` stood for: the same pronoun, a person's (not a body's, unless
    its spokesperson: 'The spokesman said') of no other gender, by a first name or as the article tells, for 'he' and
    'she', a plural for 'they', a body for 'it', also one the model tagged a person that the people rules found to be
    a firm's or a thing's ('Yukos said it would consider its options ... However, it claimed')."""
    words, lower, doc = p.words, pronoun.lower_, pronoun.doc
    if named.pos == PRON:
        return named.lower_ == lower
    bodies = {mention[2] for mention in p.mentions if mention[3] == "org"}
    if lower in words.plural_pronouns:  # a plural, or names said together ('Kenneth Thomas ... and his father')
        return named.tag in _PLURAL_TAGS or any(child.dep == CONJ for child in children(named))
    if named.tag not in _SINGULAR_TAGS:
        return False
    if lower in words.group_pronouns:
        return speaker in bodies or overlaps(named.idx, named.idx + 1, doc.user_data.get(NOT_PEOPLE, ()))
    lemma = named.lemma_.lower()
    if speaker in bodies and lemma not in words.proxy_nouns and lemma not in words.stand_in_nouns:
        return False
    gender = words.genders.get(lower)
    known = referents_of(doc, p.mentions, words, speech_of(doc, words))[1].get(speaker)
    given = words.given_names.get(speaker.split()[0].lower())
    return known in (None, gender) and given in (None, gender)


def _description_stands(description: Token, meant: Optional[str], name: str, p: _Phrase) -> bool:
    """Whether an 'it' that takes up a description that spoke means what the speaker rules make of the description
    ('the lawsuit noted ... It stated' is the lawsuit, '"...," said the statement quoted by IRNA. It claimed' the
    statement's issuer) rather than ``name``, the organization it would mean without it: when that is a name the
    article gives, when no organization fits, or when the description names what the organization is not (the
    industry, a magazine, a lawsuit); a word for a body ('the private research body said'), or one in the
    organization's name ('the trust said' after Houston Oil Trust), takes that organization up, as does one that
    names the organization by its initials ('A statement from OIL said' after Oil India Ltd). An 'it' never means a
    person ('The Cyprus-based newsletter also said ... It said' is no minister named before)."""
    people = {record["name"] for record in description.doc._.people or []}
    if p.head.lower_ in p.words.person_pronouns:
        return _person_stands(description, meant, people, p)
    if not meant or meant in people:
        return False
    if not name or any(meant == mention[2] for mention in p.mentions):
        return True
    lemma = description.lemma_.lower()
    body = lemma in p.words.institution_nouns or lemma in p.words.company_nouns
    return not body and description.lower_ not in name.lower().split() \
        and not any(spells(word, name) for word in meant.split())


def _person_stands(description: Token, meant: Optional[str], people: set[str], p: _Phrase) -> bool:
    """Whether a 'he' or 'she' that takes up a description (``referents`` reads it from the sentence before) means
    what the speaker rules make of it: someone an article often leaves unnamed ('The Shanghai official said ... He
    said'), or a person the article named before the description's sentence ('The home secretary has already
    admitted ... He has apologised' is David Blunkett; 'the chancellor said the cuts proposed by shadow chancellor
    Oliver Letwin ...' is not Letwin). A post the rules put no name to leaves the pronoun to the names before it."""
    lemma = description.lemma_.lower()
    if lemma in p.words.stand_in_nouns or lemma in p.words.proxy_nouns:
        return bool(meant)
    opening = description.sent.start_char
    return meant in people and any(m[2] == meant and m[1] <= opening for m in p.mentions)


def _by_author(p: _Phrase) -> Optional[Resolved]:
    """A document, a spokesperson or a study speaks for its author: 'the ministry's statement', 'a spokesman for
    X', 'according to data released by MOTIE', 'A separate study by Gartner said'. A study's 'of' names whom it
    asked or read ('The survey of more than 1,000 people', 'One review of 14 studies'), and researchers speak
    for themselves ('The Intel researchers said')."""
    head, words = p.head, p.words
    lemma = head.lemma_.lower()
    study = (lemma in words.study_nouns or head.lower_ in words.study_nouns) and lemma not in words.person_nouns
    if lemma not in words.document_nouns and lemma not in words.proxy_nouns and not study:
        return None
    author = _author(head, words, _STUDY_AUTHOR_PREPS if study and lemma not in words.document_nouns else None)
    if author is not None:
        return resolve_speaker(author, p.earlier, words, p.mentions)
    if lemma not in words.document_nouns:
        return None
    if not any(c.dep in _DEFINITE_DEPS and c.lower_ in words.definite for c in children(head)):
        return None, p.own
    issuer = _issuer(head, words)
    if issuer is not None:
        name = resolve_speaker(issuer, p.earlier, words, p.mentions)[0]
        if name in {mention[2] for mention in p.mentions}:
            return name, p.own
        return _by_own_words(p)
    people = {record["name"] for record in head.doc._.people or []}
    return _last_institution(p.earlier, people, {mention[2] for mention in p.mentions if mention[3] == "org"}), p.own


def _by_coordination(p: _Phrase) -> Optional[Resolved]:
    return coordinated_names(p.head, p.mentions)


def _by_ticker(p: _Phrase) -> Optional[Resolved]:
    if not is_ticker(p.head):
        return None
    owner = ticker_owner(p.head, p.mentions)
    if owner is None:
        firm = ticker_firm(p.head, p.words)
        if firm is None:
            return None, p.own
        return " ".join(firm.text.split()), span_record(firm.text, firm.start_char, firm.end_char)
    found = _overlapping(p.head.doc[owner.i : owner.i + 1], p.mentions, owner)
    return coordinated_names(owner, p.mentions) or (found and (found[2], span_record(found[4], found[0], found[1])))


def _by_name(p: _Phrase) -> Optional[Resolved]:
    found = _overlapping(p.phrase, p.mentions, p.head)
    if found is None or _names_a_modifier(p.head, found):
        return None
    return found[2], span_record(found[4], found[0], found[1])


def _by_description(p: _Phrase) -> Optional[Resolved]:
    if _overlapping(p.phrase, p.mentions, p.head) is not None:
        return None  # a name that only modifies the speaker ('Hallam's staff') is no description
    meant = described(p.phrase, p.words, p.mentions, speech_of(p.phrase.doc, p.words))
    return (meant, p.own) if meant is not None else None


def _by_same_description(p: _Phrase) -> Optional[Resolved]:
    """'A Bayern spokesman said ... "...," the spokesman said': a definite description of someone an article
    often leaves unnamed is the latest earlier speaker it called by the same noun, also one given as the body
    spoken for ('a Treasury spokesman said ... The spokesman said'), or whose name the noun followed, however the
    parser read it ('a Board of Foreign\nTrade official said' made 'Board' the subject; 'JIJI quoted the sources as
    saying' after 'quoted Bank of Japan sources as telling'). A plural one takes up a group that spoke as a subject
    first ('BNL officials said. The officials said'), as the pronouns after it do."""
    head, words = p.head, p.words
    noun = head.lemma_.lower()
    if noun not in words.stand_in_nouns or head.tag not in _COMMON_TAGS or p.phrase[0].lower_ not in words.definite:
        return None
    if head.tag == NNS and described(p.phrase, words, p.mentions, speech_of(head.doc, words)) is not None:
        return None
    text = doc_text(head.doc)
    for quote in reversed(list(p.earlier)):
        mention = quote.get("speaker_mention")
        if not quote.get("speaker") or not mention:
            continue
        after = text[mention["end"] : mention["end"] + len(head.text) + 1].split()[:1]
        if (noun if head.tag == NN else head.lower_) in mention["text"].lower().split() or after == [head.lower_]:
            return quote["speaker"], p.own
    found = taken_up(head.doc, head, p.mentions, words, speech_of(head.doc, words))
    return (found, p.own) if found else None


def _by_own_words(p: _Phrase) -> Optional[Resolved]:
    group = group_phrase(p.phrase)
    return without_article(group).text, span_record(group.text, group.start_char, group.end_char)


# Who a speaker phrase means: the first rule that applies decides (its speaker may be None).
SPEAKER_RULES: tuple[tuple[str, Callable[[_Phrase], Optional[Resolved]]], ...] = (
    ("a pronoun: its referent, else the last speaker ('He said', 'they told Reuters')", _by_pronoun),
    ("a document or spokesperson: its author ('his report said', 'a spokesman for X'), or the last "
     "institution that spoke ('the statement said')", _by_author),
    ("people speaking together: all their names ('Tore Sohlberg and Lehla Abreder said')", _by_coordination),
    ("a wire's ticker the parser made the subject: the company named before it ('Beecham Group Plc <BHAM.L> said'), "
     "or the companies ('Boeing Co and ARGOSystems Inc <ARGI.O> said'), else the capitalised words before it, else "
     "no one: a ticker is never a speaker ('Rowntree Mackintosh Plc <RWNT.L> announced')", _by_ticker),
    ("a name the entity components found, unless it only modifies the speaker ('Hallam's staff')", _by_name),
    ("someone an article often leaves unnamed: the speaker it last called so ('the spokesman')",
     _by_same_description),
    ("a description: whom the article named so ('the company', 'the top seed', 'the officials')", _by_description),
    ("anyone else: the words that identify the group ('people familiar with the talks')", _by_own_words),
)


def resolve_speaker(
    phrase: Span,
    earlier: Iterable[dict[str, Any]] = (),
    words: Optional[QuoteWords] = None,
    mentions: Optional[list[EntityMention]] = None,
) -> Resolved:
    """``(speaker, speaker_mention)`` for the words naming a speaker, by ``SPEAKER_RULES``.

    ``earlier`` are the quotes already resolved in the article, in order: an institution's
    'statement' or 'announcement' speaks for whoever last spoke as an institution.
    ``mentions`` is ``entity_mentions(doc)`` when the caller resolves many speakers.
    """
    words = words or QuoteWords.load()
    mentions = entity_mentions(phrase.doc) if mentions is None else mentions
    context = _Phrase(phrase, earlier, words, mentions, _named_head(phrase.root, words))
    return next(found for _, rule in SPEAKER_RULES if (found := rule(context)) is not None)


def _named_head(head: Token, words: QuoteWords) -> Token:
    """The word that names a speaker: letters after a person's name ('Brian Monteith MSP', 'Philippe Sands
    QC') head the phrase in the parse, and may be tagged a body of their own, but the person speaks."""
    if head.text in words.post_nominals and head.i > 0 and head.nbor(-1).ent_type == PERSON:
        return head.nbor(-1)
    return head


def _names_a_modifier(head: Token, mention: EntityMention) -> bool:
    """Whether a name only modifies a common-noun speaker: 'McCallum's staff', 'Surrey staff',
    'Brexit backers' and 'the United Nations' climate change panel' are groups of their own, who
    speak for themselves, not the person, place or body their name starts with."""
    if head.pos != NOUN or mention[0] <= head.idx < mention[1]:
        return False
    return any(
        child.dep in _OWNER_DEPS
        and child.left_edge.idx <= mention[0] < child.right_edge.idx + len(child.right_edge)
        for child in children(head)
    )


def described_referent(phrase: Span, words: QuoteWords, mentions: list[EntityMention]) -> Optional[str]:
    """Who a definite description means, resolved as a described speaker is, for the people
    component, which gives that person the description as a role ('the Australian-born actress
    stopped to sign autographs'); the referents cached for ``mentions`` are dropped after."""
    try:
        return described(phrase, words, mentions, speech_of(phrase.doc, words))
    finally:
        phrase.doc.user_data.pop(REFERENTS, None)
        phrase.doc.user_data.pop(MENTIONS_AT, None)


def _author(head: Token, words: QuoteWords, preps: Optional[frozenset[str]] = None) -> Optional[Span]:
    """Who a document or spokesperson speaks for: 'the ministry's statement', 'a spokesman for X',
    'a statement issued by X', 'a release sent to media from X'; an outlet that passed it on is no author
    ('the statement quoted by IRNA'), nor a place it came from ('The spokesman, talking by telephone from Rio de
    Janeiro, said'). ``preps`` are the prepositions that may name the author (the proxy ones)."""
    for child in children(head):
        pronoun_owner = child.lower_ in words.person_pronouns or child.lower_ in words.group_pronouns
        owner = child.dep == POSS or (child.dep == NMOD and any(c.dep == CASE for c in children(child)))
        if owner and (child.pos != PRON or pronoun_owner):
            return noun_phrase(child)
    for child in children(head):
        if child.dep == PREP and child.lower_ in (words.proxy_preps if preps is None else preps):
            for obj in children(child):
                if obj.dep == POBJ:
                    return noun_phrase(obj)
    for child in children(head):
        if child.dep == COMPOUND and child.ent_type == ORG:
            name = _entity_words(child, head)
            if head.lemma_.lower() not in words.proxy_nouns or not _a_country(name):
                return name
    for child in children(head):
        if child.dep == ACL and child.lemma_.lower() not in words.relaying_verbs:  # not 'quoted by IRNA'
            for agent in children(child):
                origin = agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ in words.origin_preps)
                objects = [obj for obj in children(agent) if origin and obj.dep_ == "pobj"
                           and (agent.dep_ == "agent" or obj.ent_type_ not in _PLACE_LABELS)]
                if objects:
                    return noun_phrase(objects[0])
    return None


def _entity_words(token: Token, head: Token) -> Span:
    """The whole name a body's word before a spokesperson or source belongs to, as the model tags it: the parser may
    hang each word of it on the noun ('U.S. Intelligence sources' is U.S. Intelligence, not the U.S.), or its last
    word alone ('a Coast Guard spokesman')."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < head.i and doc[end].ent_iob_ == "I":
        end += 1
    phrase = noun_phrase(token)
    return doc[min(start, phrase.start) : max(end, phrase.end)]


def _a_country(name: Span) -> bool:
    """Whether a body's words before a spokesperson are only a country's name or adjective, which the model may tag
    a body with the word the wire capitalises after it ('A U.S. Official said', 'a U.S. Spokesman said'): they say
    where the speaker is from, as 'a U.S. official' does, not who speaks."""
    key = fold(name.text)
    return key in gazetteer().demonyms or any(place.feature == "country" for place in gazetteer().candidates(key))


def _issuer(document: Token, words: QuoteWords) -> Optional[Span]:
    """Who issued the document a definite 'the statement' or 'the report' takes up: the author of the
    latest earlier such document or study the article gives an author, in the writer's words ('the U.S. Embassy
    says in a new report', 'Big Machine Records issued a statement', 'A study by analysts Jupiter Research
    suggested ... the report said', 'The Tower Commission report'), past mentions that name no author ('The
    statement, which was obtained by Variety, claimed') and capitalised titles ('told the BBC's World Business
    Report'); not merely the last body that spoke, which is the fallback
    when no author is named. An
    author who is no entity the article knows leaves the document its own words ('the letter'), as the
    parse may cut such an author short ('a group of black parents ... sent a letter' -> 'group')."""
    kinds = words.study_nouns | {document.lemma_.lower()}
    quoted = quoted_spans(document.doc, words)
    for token in reversed(document.doc[: document.i]):
        if token.lemma_.lower() not in kinds or token.pos not in _NOUN_POS \
                or overlaps(token.idx, token.idx + 1, quoted) or _in_title(token):
            continue
        found = _author(token, words) or _issuing_subject(token, words)
        if found is not None and not found.start <= document.i < found.end:
            return found  # not the document itself: 'In a study on probable fields, the report said' names no issuer
    return None


def _in_title(token: Token) -> bool:
    """Whether a document word is capitalised inside a sentence: part of a title ('told the BBC's World Business
    Report'), an outlet or a programme, not a document a later 'the report' takes up."""
    return token.is_title and token.i > token.sent.start


def _issuing_subject(document: Token, words: QuoteWords) -> Optional[Span]:
    """The subject of the verb that issues a document ('X issued a statement') or speaks in it ('X said in
    a statement', 'X denied the allegations in a statement')."""
    if document.dep == DOBJ and document.head.lemma_.lower() in words.issuing_verbs:
        verb = document.head
    elif document.dep == POBJ and document.head.lower_ in words.issuing_preps:
        verb = document.head.head
        if verb.pos == NOUN and verb.dep == DOBJ:
            verb = verb.head  # 'denied the allegations in a statement'
        if verb.lemma_.lower() not in words.verbs:
            return None
    else:
        return None
    if verb.pos not in _VERB_POS:
        return None
    subject = subject_of(verb, words)
    return noun_phrase(subject) if subject is not None else None


def resolve_medium(phrase: Optional[Span], mentions: Optional[list[EntityMention]] = None) -> Optional[str]:
    """The outlet in a 'told X' object: an organization's canonical name, else the proper-noun run. Whom a speaker
    told is no outlet when it is a body the organizations give another type ('told the Securities and Exchange
    Commission', 'told the Scottish Parliament'), a person ('Robinson tells Cockerell'), a place, a people, a group
    or a title ('told US media', 'told MPs', 'told President'); a name after 'the' is a title's, not a person's or
    a place's, whatever the model tagged ('told the Herald newspaper', 'tells The Hollywood Reporter')."""
    if phrase is None:
        return None
    mentions = entity_mentions(phrase.doc) if mentions is None else mentions
    found = _overlapping(phrase, [m for m in mentions if m[3] == "org"])
    if found is not None:
        return found[2] if organization_types(phrase.doc).get(found[2]) in _OUTLET_TYPES else None
    run: list[Token] = []
    for token in phrase:
        if token.pos == PROPN:
            run.append(token)
        elif run:
            break
    if not run or all(t.lower_ in _ROLE_HEADS for t in run) or any(
            t.tag == NNPS or t.ent_type == NORP for t in run):
        return None
    titled = run[0].i > 0 and phrase.doc[run[0].i - 1].lower_ == "the"
    if not titled and (_overlapping(phrase, [m for m in mentions if m[3] == "person"]) is not None
                       or any(t.ent_type in _NO_OUTLET_LABELS for t in run)):
        return None
    return phrase.doc[run[0].i : run[-1].i + 1].text
