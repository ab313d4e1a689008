"""Cues: reporting verbs and the speaker phrases they govern ('X said', 'said X', 'according to X').

Both quote finders read a quote's attribution from here: the verb's subject through coordination
and participles, the name after an inverted verb, the source after 'according to' or a dash, and
the outlet a speaker 'told'. What those words mean (a pronoun, a description) is ``speakers.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .lexicon import QuoteWords
from .marks import quoted_spans
from .spans import (
    ANGLE_BRACKETS, PERSON, PROPN, SUBJECTS, break_between, children, is_break, label_ids, named_apposition,
    noun_phrase, overlaps, trimmed,
)

# Tokens that end a sentence: a cue is not looked for past them.
SENTENCE_END = {".", "!", "?"}
# The objects of 'told' that name the outlet, not the speaker.
_OBJECTS = label_ids("dobj", "dative")
# Where a participle hangs when it describes a noun ('with mobile services added into the mix'), not a clause.
_DESCRIBING_DEPS = label_ids("pcomp", "acl", "amod")
# A verb's auxiliaries ('has said', 'was told').
_AUXILIARIES = label_ids("aux", "auxpass")
# The endings of a common noun that names a person ('chairwoman', 'salespeople').
_PERSON_ENDINGS = ("man", "men", "woman", "person", "people")
# Tags of a 'which' or 'what' subject.
_WH_TAGS = label_ids("WDT", "WP")
# Parts of speech a name after an inverted verb runs through ('said Dr Avineri').
_NAME_POS = label_ids("PROPN", "NOUN", "DET", "ADJ", "PRON")
# The labels the cues test, by id (``spans.label_ids``): a read of ``Token.dep_`` decodes a new string each time.
AUX, CCOMP, CONJ, DOBJ, NEG, NSUBJPASS, PCOMP, POBJ, RELCL, XCOMP = map(
    get_string_id, ("aux", "ccomp", "conj", "dobj", "neg", "nsubjpass", "pcomp", "pobj", "relcl", "xcomp"))
ADJ, NOUN, PRON = get_string_id("ADJ"), get_string_id("NOUN"), get_string_id("PRON")
NNS, VBD, VBN = get_string_id("NNS"), get_string_id("VBD"), get_string_id("VBN")
_SUBJECT_IDS = label_ids(*SUBJECTS)
# The dependencies a reporting verb climbs through to find its subject ('said X and added', ', adding').
_CLIMBS = label_ids("conj", "advcl", "xcomp")
# The entity types of a proper noun that may speak (none: an untagged name).
_SPEAKING_TYPES = label_ids("", "PERSON", "ORG", "NORP", "GPE")
# The words before a subject that deny it ('no one', 'neither').
_NEGATING_DEPS = label_ids("preconj", "det")
# A verb's parts of speech.
_VERB_POS = label_ids("VERB", "AUX")


@dataclass
class Attribution:
    """Who said a quote and how: the speaker's words, the cue and the outlet's words."""

    speaker: Optional[Span]
    cue: Optional[str]
    cue_token: Optional[Token] = None
    medium: Optional[Span] = None


# Where the subjects found for a doc's verbs, read with and without its quoted spans, are kept while its quotes
# are found: a cue's subject is asked for by the rules that reject it and again for its attribution.
SUBJECTS_FOUND = "extractor_quotes_subjects"


# How a participle describes the noun it hangs on ('87 pct-owned by', '95 pct owned by').
_PARTICIPLE_DEPS = label_ids("amod", "acl")


def subject_of(verb: Token, words: QuoteWords, quoted: Optional[list[tuple[int, int]]] = None) -> Optional[Token]:
    """The subject of a reporting verb, through coordination ('said X and added'), participles
    (', adding') and relative clauses ('the ministry, which said').

    With the article's ``quoted`` spans, words inside a quotation never speak for a verb outside it:
    in 'Nienaber said "nobody knows the story behind it," and added' the parser hangs 'added' on
    the quoted 'knows', and the speaker is found by climbing on to 'said'. While the article's quotes are found,
    each verb's subject is kept for either reading: a cue is asked for it by the rules that reject it and again
    for its attribution."""
    quoted = quoted or []
    found = verb.doc.user_data.get(SUBJECTS_FOUND)
    if found is None:
        return _subject_of(verb, words, quoted)
    key = (verb.i, bool(quoted))
    if key not in found:
        found[key] = _subject_of(verb, words, quoted)
    return found[key]


def _subject_of(verb: Token, words: QuoteWords, quoted: list[tuple[int, int]]) -> Optional[Token]:
    outside = not overlaps(verb.idx, verb.idx + 1, quoted)
    seen = 0
    while seen < 4:
        subjects = _subjects(verb)
        for child in subjects:
            if outside and overlaps(child.idx, child.idx + 1, quoted):
                break
            if break_between(child, verb):
                return None
            if child.lower_ in words.relative_pronouns and child.tag in _WH_TAGS:
                if verb.dep == RELCL:
                    return _person_before(child) or verb.head
                if len(subjects) > 1:
                    continue  # 'the courts which, said Mr Hopkins, "is part of ..."': the name after the verb speaks
                if _person_before(child) is None:
                    break  # 'He ruled out free personal care - which is on offer in Scotland, saying': a clause the
                    # parser hung on the main verb, whose subject says it, not the relative's noun
            child = _name_before_post(child, verb)
            return named_apposition(child) or child
        if _quoted_as(verb):
            verb = verb.head.head  # 'Nakasone was quoted by Kyodo as saying that ...': who was quoted speaks
            seen += 1
            continue
        source = _quoted_as_object(verb, words)
        if source is not None:
            return named_apposition(source) or source  # 'PAP quoted Baka as saying': Baka speaks, not PAP
        climbs = _CLIMBS
        if verb.dep == XCOMP and verb.head.pos == ADJ:
            return None  # 'it is too early to say whether', 'even harder to predict how': nobody speaks
        controller = _object_before(verb) if verb.dep == XCOMP else None
        if controller is not None:
            return named_apposition(controller) or controller  # 'led the French manufacturer to announce'
        first = first_reporting_verb(verb, words) if outside else None
        if first is not None:
            verb = first  # 'The WTO said that ... countries support ... and stressed that': the WTO stressed it
            seen += 1
            continue
        if outside and overlaps(verb.head.idx, verb.head.idx + 1, quoted):
            climbs = climbs | {CCOMP}
        inside = outside and overlaps(verb.idx, verb.idx + 1, quoted)
        if (verb.dep in climbs or inside) and verb.head.i != verb.i and not break_between(verb, verb.head):
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def first_reporting_verb(verb: Token, words: QuoteWords) -> Optional[Token]:
    """The reporting verb whose speaker says this one's words too, when the parser hung this second verb on the
    first one's claim: 'The WTO said that many developing countries support the end of quotas and stressed that
    funding was available', 'has said the current system is not sustainable ... and said there would be'. Only a
    verb with no subject of its own, in the first verb's form ('said ... and stressed'; 'has said' counts as 'said')
    while the claim's verb has another ('support', 'would not affect', 'was hoping'), after a claim that follows its
    verb; a verb in the claim's own form may be the claim's subject's ('the man approached the officers and
    claimed') and is left as the parse has it."""
    clause = verb.head
    if verb.dep != CONJ or clause.dep != CCOMP or verb.lemma_.lower() not in words.verbs:
        return None
    first = clause.head
    if not first.i < clause.i < verb.i or first.lemma_.lower() not in words.verbs or _subjects(verb):
        return None
    form = verb.tag_
    return first if form in {"VBD", "VBZ"} and form == _form(first) and clause.tag_ != form else None


def _form(verb: Token) -> str:
    """A reporting verb's tag, a perfect read as a past ('has said' as 'said'): a verb joined to a perfect claim
    shares its 'have' and its tag ('have been too rigid ... and warned' would be 'have warned')."""
    if verb.tag == VBN and any(child.dep == AUX and child.lemma_ == "have" for child in children(verb)):
        return "VBD"
    return verb.tag_


def _quoted_as(verb: Token) -> bool:
    """'saying' of 'was quoted as saying', the wire's way to report words another outlet printed; in the active
    'It quoted a joint statement ... as saying' the one quoted is the object, not the subject, and is left alone."""
    preposition = verb.head
    quoted = preposition.head
    return verb.dep == PCOMP and preposition.lower_ == "as" and quoted.lemma_.lower() == "quote" \
        and any(child.dep == NSUBJPASS for child in quoted.children)


def _quoted_as_object(verb: Token, words: QuoteWords) -> Optional[Token]:
    """Who speaks in the active 'X quoted Y as saying': the object of 'quoted' ('Arab News quoted Prince Saud as
    saying', 'GNA quoted Botchwey as saying that ...', 'the agency quoted him as saying'); the subject only relays
    the words. An object that cannot speak ('Des Browne quoted its five-year plan ... as saying') leaves the quote
    with no speaker, as before: the one who relays it is no surer."""
    preposition = verb.head
    quoted = preposition.head
    if verb.dep != PCOMP or preposition.lower_ != "as" or quoted.lemma_.lower() != "quote":
        return None
    source = next((child for child in children(quoted) if child.dep == DOBJ and child.i < preposition.i), None)
    return source if source is not None and _may_speak(source, words) else None


def _may_speak(token: Token, words: QuoteWords) -> bool:
    """Whether an object of 'quoted' names one who speaks: a person's or a body's name, 'him', 'her' or 'them', or a
    noun for people, a body or what speaks for one ('a naval analyst', 'the Bureau', 'a World Bank press release');
    not a thing ('its five-year plan')."""
    if token.pos == PRON:
        return token.lower_ in words.object_pronouns or token.lower_ in words.genders  # 'quoted He as saying': He Kang
    if token.pos == PROPN or token.ent_type:
        return token.ent_type in _SPEAKING_TYPES
    return token.pos == NOUN and token.lemma_.lower() in words.speaking_nouns


def _person_before(relative: Token) -> Optional[Token]:
    """The person named right before 'who', whatever the parser hung the clause on: a long title before the name
    misleads it ('backed by Culture, Media and Sport Secretary Tessa Jowell who said' hangs on 'Culture')."""
    doc = relative.doc
    before = relative.i - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    if relative.lower_ != "who" or before < 0 or doc[before].ent_type != PERSON:
        return None
    return doc[before]


def _name_before_post(subject: Token, verb: Token) -> Token:
    """A person's name the parser made a second subject, just before the post that follows it unpunctuated
    ('Dr Mike Watts head of exploration said', 'Yutaka Hashimoto general manager of Nippon Life said') or after a
    comma ('Cory Doctorow, European outreach coordinator for ... Electronic Fronter Foundation, said'): the name
    speaks, not the post."""
    if subject.pos != NOUN:
        return subject
    start = subject.left_edge.i
    for other in _subjects(verb):
        after = other.right_edge.i + 1
        if other.ent_type == PERSON and other.pos == PROPN and (
                after == start or (after + 1 == start and other.doc[after].text == ",")):
            return other
    return subject


def _object_before(verb: Token) -> Optional[Token]:
    """The object of the verb an infinitive complements, who does what it says: in 'its cutback led the
    French manufacturer to announce' or 'urged the minister to confirm' the object speaks, not the subject."""
    if not any(child.dep == AUX and child.lower_ == "to" for child in children(verb)):
        return None  # 'left UKIP saying ...': the subject says it
    for child in children(verb.head):
        if child.dep == DOBJ and child.i < verb.i:
            return child
    return None


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, nearest first: the parser splits a name after a hyphenated title into
    several subjects ('Arsenal vice-chairman David Dein has said': 'vice', '-' and 'Dein') and gives
    an inverted report after a list two ('..., in particular the UK, France and Spain, said the
    report'); the word next to the verb heads the speaker's phrase. The wire's closing mark after a
    company's name is no subject, though the parser may make it one ('<Parlux Fragrances Inc> said')."""
    found = [c for c in children(verb) if c.dep in _SUBJECT_IDS and c.text not in ANGLE_BRACKETS]
    return sorted((c for c in found if not _describes_name_before(c, found)), key=lambda c: abs(c.i - verb.i))


def _describes_name_before(subject: Token, subjects: list[Token]) -> bool:
    """Whether a subject the parser split off is a participle's phrase set off by a comma after a name that is a
    subject of the same verb, which it only describes: 'PanCanadian, 87 pct-owned by Canadian Pacific Ltd <CP>, said'
    and 'Newmont Gold Corp, 95 pct owned by Newmont Mining Corp, said' are PanCanadian and Newmont Gold speaking, not
    their owners."""
    if subject.pos == PROPN or subject.left_edge.i == 0 or subject.doc[subject.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep in _PARTICIPLE_DEPS and c.tag == VBN for c in children(subject)):
        return False
    return any(other.i < subject.i and other.pos == PROPN for other in subjects)


def is_cue(token: Token, words: QuoteWords) -> bool:
    """Whether a word reports speech: a reporting verb, and a verb that reports only a document's words
    ('"...," the statement read') only when a document is its subject, not 'he read the letter'."""
    lemma = token.lemma_.lower()
    if lemma not in words.verbs or mute_subject(token, words):
        return False
    if lemma not in words.document_verbs:
        return True
    subject = subject_of(token, words)
    return subject is not None and subject.lemma_.lower() in words.document_nouns


def mute_subject(verb: Token, words: QuoteWords) -> bool:
    """Whether an evidence verb's subject is a thing that cannot speak: 'Blood tests revealed that ...', 'A
    reading above 50 pct indicates the economy is expanding', 'nothing indicated he was ...' state what shows,
    in no one's words, where 'Rowling revealed', 'the survey suggests' and 'police confirmed' report. A name or
    a personal pronoun may speak; a common noun only when it names people, a body, a study or a document."""
    if verb.lemma_.lower() not in words.evidence_verbs:
        return False
    subject = subject_of(verb, words)
    if subject is None or subject.ent_type or subject.pos == PROPN or _capitalised_name(subject):
        return False
    lemma = subject.lemma_.lower()
    if subject.pos == PRON:
        return lemma in words.mute_pronouns or subject.lower_ in words.mute_pronouns
    return subject.pos == NOUN and lemma not in words.speaking_nouns and not lemma.endswith(_PERSON_ENDINGS)


def _capitalised_name(token: Token) -> bool:
    """A capitalised noun the model left untagged is a name ('Next year will see ..., Stuff predicts', 'Rowling has
    already revealed'), unless it only opens its sentence as a plural ('Images of bullet casings ... indicate')."""
    if not token.text[:1].isupper():
        return False
    opens = all(t.is_space for t in token.doc[token.sent.start : token.i])
    return not (opens and token.tag == NNS)


def describes_a_noun(verb: Token) -> bool:
    """Whether a reporting verb is a bare participle describing a noun ('with mobile services added into the
    mix'): it has no auxiliary and states nothing."""
    return verb.tag == VBN and verb.dep in _DESCRIBING_DEPS \
        and not any(c.dep in _AUXILIARIES for c in children(verb))


def writers_view(verb: Token, words: QuoteWords) -> bool:
    """Whether a reporting verb gives the writer's own view, no one's speech: its subject is 'I' or 'we'
    outside quotation marks ('Prior to September, I would have said ...', 'I have to say the two are a great
    pair') or a 'which' opening the sentence ('Which is not to say that ...'). A quoted 'we' is the speaker's,
    and a writer's own words in quotation marks ('I laughed and said, "I don't believe in the devil."') are
    speech."""
    subject = subject_of(verb, words, quoted_spans(verb.doc, words))
    if subject is None:
        return False
    return subject.lower_ in words.writers or (  # the sentence last: finding it costs more than the words' tests
        subject.tag in _WH_TAGS and subject.lower_ in words.relative_pronouns and subject.i == subject.sent.start)


def withheld(verb: Token, words: QuoteWords) -> bool:
    """Whether a reporting verb reports no statement: its speaker withholds it ('The Indian-born magnate did
    not say where the job losses would fall', 'Tony Blair's official spokesman declined to say whether the
    prime minister backed the plans') or it is only supposed ('others may argue that', 'let's say they cause
    you to grow'), also by a subject that names no one ('Neither Mr Howard nor Mr Letwin would say how', 'None of
    the firms would say'). The clause under it is the writer's, in no one's mouth."""
    if any(c.dep == NEG or (c.dep == AUX and c.lower_ in words.supposing) for c in children(verb)):
        return True
    subject = subject_of(verb, words)
    if subject is not None and (subject.lower_ in words.negative_subjects or any(
            c.dep in _NEGATING_DEPS and c.lower_ in words.negative_subjects for c in children(subject))):
        return True
    head = verb.head.lemma_.lower()
    return verb.head.i != verb.i and (
        (verb.dep == XCOMP and (head in words.withholding_verbs or _still_to_say(verb, words)))
        or (verb.dep == CCOMP and head in words.supposing)
    )


def _still_to_say(verb: Token, words: QuoteWords) -> bool:
    """Whether the 'have' a reporting infinitive hangs on leaves it unsaid: a right or a need to say it now ('what
    rights they have to say what they want') or a statement still to come ('The Tories ... have yet to say where
    they will fall'), not one told in the past ('McKiernan had to candidly acknowledge that ...')."""
    have = verb.head
    if have.lemma_.lower() not in words.obligation_verbs:
        return False
    return have.tag != VBD or any(c.lower_ in words.pending_adverbs for c in [*children(have), *children(verb)])


def is_boundary(token: Token, words: QuoteWords) -> bool:
    """Where the search for a quote's cue stops: a sentence end, a paragraph break or another quote mark."""
    return token.text in SENTENCE_END or is_break(token) or token.text in words.marks


def _medium_of(verb: Token) -> Optional[Span]:
    """The outlet a speaker 'told' ('told the BBC News website'), which is not the speaker."""
    if verb.lemma_.lower() != "tell":
        return None
    for child in children(verb):
        if child.dep in _OBJECTS:
            return noun_phrase(child)
    return None


def attribution_for(verb: Token, words: QuoteWords, fallback: Optional[Span]) -> Attribution:
    """The speaker words, cue and outlet of a reporting verb: its subject, else ``fallback`` (the
    words the quote's pattern puts there), never the verb itself."""
    subject = subject_of(verb, words, quoted_spans(verb.doc, words))
    speaker = noun_phrase(subject) if subject is not None else fallback
    if speaker is not None and speaker.start <= verb.i < speaker.end:
        speaker = trimmed(verb.doc, verb.i + 1, speaker.end) if verb.i + 1 < speaker.end else fallback
    return Attribution(speaker=speaker, cue=verb.text, cue_token=verb, medium=_medium_of(verb))


def according_to(token: Token) -> Optional[Span]:
    """The source in 'according to X', when ``token`` is 'according'."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    for child in children(token.nbor()):
        if child.dep == POBJ:
            return noun_phrase(child)
    return trimmed(token.doc, token.i + 2, min(token.i + 6, len(token.doc)))


def is_verb(token: Token) -> bool:
    """A verb, but not a capitalised word the small model mistags after a quote ('," DeBoer said')."""
    return token.pos in _VERB_POS and not (token.text[:1].isupper() and token.text != "I")


def dash_source(window: list[Token]) -> Optional[Attribution]:
    """'"..." - Andrew Chadwick, professor at ...': the proper-noun run after the dash, without a cue."""
    names = [t for t in window if t.pos == PROPN]
    if not names:
        return None
    doc = names[0].doc
    last = names[0].i
    while last + 1 < len(doc) and doc[last + 1].pos == PROPN:
        last += 1
    return Attribution(speaker=doc[names[0].i : last + 1], cue=None)


def inverted_subject(doc: Doc, verb: Token, words: QuoteWords) -> Optional[Span]:
    """'said Dr Avineri': the name after the verb, when the parser gave the verb no subject; a
    description the parser reads as the verb's object is whole ('added the Uruguayan-born researcher'). The words
    after 'told' are whom it was said to, never who said it ('John Tower, ..., told a press conference, "..."')."""
    if verb.lemma_.lower() == "tell":
        return None
    for child in verb.rights:
        if child.dep == DOBJ and child.pos == NOUN:
            return noun_phrase(child)
    end = verb.i + 1
    while end < len(doc) and doc[end].pos in _NAME_POS and not is_boundary(doc[end], words):
        end += 1
    return trimmed(doc, verb.i + 1, end)
