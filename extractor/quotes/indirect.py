"""Indirect quotes: reported speech under a reporting verb ('X said that ...', '..., X reported') and
'according to' claims.

Works on the parse: a reporting verb's clausal complement is the claim, unless it crosses a
paragraph break, is closed off by a semicolon, or cuts through a direct quote's own words.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..doc_utils import among, sentence_starts
from .cues import (
    Attribution, according_to, attribution_for, describes_a_noun, first_reporting_verb, mute_subject, subject_of, withheld,
    writers_view,
)
from .lexicon import QuoteWords
from .spans import break_between, children, label_ids, overlaps, trimmed, within_paragraph

# What a reported clause's subject may be: a noun, a passive's, a clause or an expletive 'there'.
_CLAUSE_SUBJECTS = label_ids("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
# Where the parser hangs a reported clause's subject on the reporting verb instead.
_HUNG_SUBJECTS = label_ids("dobj", "ccomp")
# The tags of a participle that may open a sentence's frame ('Noting ...', 'Asked about ...').
_PARTICIPLE_TAGS = label_ids("VBG", "VBN")
# Where the parser hangs a participle's phrase that opens a sentence, when it makes the phrase part of the claim.
_OPENING_PHRASE_DEPS = label_ids("csubj", "advcl", "dep")
# The parts of speech of a subject's words before a wire's mark ('its subsidiary <Beecham Pharmaceuticals>').
_NOUN_PHRASE_POS = label_ids("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM", "CCONJ", "PUNCT", "SPACE", "X")
# The labels the reported clauses are told by, as ids (``spans.label_ids``): a read of ``Token.dep_`` decodes a new
# string each time.
AUX, CC, CCOMP, CONJ, DOBJ, MARK, NSUBJ, NSUBJPASS, OPRD, PCOMP, PREP, PRT, XCOMP = map(get_string_id, (
    "aux", "cc", "ccomp", "conj", "dobj", "mark", "nsubj", "nsubjpass", "oprd", "pcomp", "prep", "prt", "xcomp"))
ADP, CCONJ, NOUN, VERB = map(get_string_id, ("ADP", "CCONJ", "NOUN", "VERB"))
VBG, VBN = get_string_id("VBG"), get_string_id("VBN")
_VERB_POS = label_ids("VERB", "AUX")
# The tags of a finite verb ('said', 'says', 'say'), and of a verb that states (with a past participle: 'has said').
_FINITE_TAGS = label_ids("VBD", "VBZ", "VBP")
_STATING_TAGS = label_ids("VBD", "VBZ", "VBP", "VBN")
# The objects a reporting verb takes between it and its claim ('told reporters', 'gave him').
_OBJECT_DEPS = label_ids("dobj", "dative")
# Where a reporting verb with a subject and a clause may hang itself.
_REPORTING_DEPS = label_ids("ccomp", "parataxis")


def _content_of(clause: Token, verb: Token, words: QuoteWords) -> Optional[Span]:
    """The reported words: the clause after its "that", or before a trailing "X reported". A paragraph break
    cuts off what lies beyond it, and what is left of a clause whose verb lies beyond it is no claim ('The company
    said the order was signed by ...\\n    Under the terms of the order, ..., the company said'): a piece with no verb
    of its own."""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if clause.i > verb.i:
        hung = _subject_as_object(clause, verb)
        start = verb.i + 1 if hung else max(start, verb.i + 1)
        while start < end and (_is_filler(doc[start]) or _is_subordinator(doc[start], verb if hung else clause, words)):
            start += 1
        if not hung:
            start = _wire_name_start(verb, start, words)
        end = min([end] + [c.i for c in children(clause) if c.i > start and first_reporting_verb(c, words) == verb]
                  + [c.left_edge.i for c in children(clause) if c.i > start and _own_report(c, words)])
        end = _past_false_break(doc, end, words)
    else:
        start = _before_false_break(doc, start, words)
    whole = _without_joining_word(trimmed(doc, start, end))
    span = within_paragraph(whole, verb) if whole is not None else None
    if span is None or span == whole or any(t.pos in _VERB_POS for t in span):
        return span
    return None


def _own_report(clause: Token, words: QuoteWords) -> bool:
    """Whether a clause is a report of its own that a conjunction joins to a claim, not part of it: 'Reagan said his
    budget hits the Gramm-Rudman goal for 1988 but the Congressional Budget Office said it is way off the mark',
    'Boeing said AMR will operate the 767's on North Atlantic routes, while Airbus said AMR will operate the A300's':
    a reporting verb with a subject and a clause of its own after 'but', 'and' or a contrasting 'while', which the
    parser hangs on the claim or makes the first verb's second clause. The writer sets two speakers' reports side by
    side, in the writer's own tense ('said', 'says', 'has said'); a report the first speaker relays is shifted back
    ('saying the inquiry was under way and the High Court had stressed his right to privacy did not affect his job')
    or opens with 'that' ('said that ... and that X said'), and an act to come is no report ('Qantas is talking to
    three engine makers ... and it will announce a decision')."""
    kids = children(clause)
    if clause.pos != VERB or clause.lemma_.lower() not in words.clause_cues \
            or not any(c.dep == NSUBJ for c in kids) or not any(c.dep == CCOMP for c in kids):
        return False
    helpers = [c.lower_ for c in kids if c.dep == AUX]
    if not (clause.tag in _FINITE_TAGS and not helpers
            or clause.tag == VBN and helpers in (["has"], ["have"])):
        return False
    opening = clause.left_edge
    if opening.dep == MARK:
        return opening.lower_ in words.contrasting and opening.head == clause
    before = opening.i - 1
    while before >= 0 and (clause.doc[before].is_space or clause.doc[before].text == ","):
        before -= 1
    return before >= 0 and clause.doc[before].pos == CCONJ


def _past_false_break(doc: Doc, end: int, words: QuoteWords) -> int:
    """Where a claim after its verb ends when the parser closed its sentence at an abbreviation's full stop that the
    wire follows with a capital where none belongs ('said that it chosen the CFM56-5-S3 engine, to be produced by
    <General Electric> of the U.S. And <SNECMA of France, because ...'): at the end of the sentence it began, unless
    that one has a reporting verb of its own."""
    following = end
    while following < len(doc) and doc[following].is_space:
        following += 1
    if not _false_break(doc, following, words):
        return end
    starts = sentence_starts(doc)[0]
    at = bisect_right(starts, following) - 1
    if starts[at] != following:
        return end
    closing = starts[at + 1] if at + 1 < len(starts) else len(doc)
    if any(t.lemma_.lower() in words.verbs for t in doc[following:closing] if t.pos == VERB):
        return end
    return closing


def _before_false_break(doc: Doc, start: int, words: QuoteWords) -> int:
    """Where a claim before its verb starts when the parser opened its sentence at a false break (``_false_break``:
    'Rowntree expects North American operations will this year ... be of the same order as those from the U.K. And
    the rest of Europe combined, the statement said'): where the sentence before began, unless that one has a
    reporting verb of its own (whose claim it is)."""
    starts = sentence_starts(doc)[0]
    at = bisect_right(starts, start) - 1
    opening = starts[at]
    while opening < start and doc[opening].is_space:
        opening += 1
    if at < 1 or not _false_break(doc, opening, words) \
            or any(not (t.is_space or t.is_punct or t.pos == CCONJ) for t in doc[opening:start]):
        return start
    previous = starts[at - 1]
    if any(t.lemma_.lower() in words.verbs for t in doc[previous:opening] if t.pos == VERB):
        return start
    return previous


def _false_break(doc: Doc, following: int, words: QuoteWords) -> bool:
    """Whether the word at ``following`` opens a sentence only because the parser took an abbreviation's full stop
    before it for a sentence's end, where the wire capitalises a word that carries the sentence on ('of the U.S. And
    <SNECMA of France')."""
    last = following - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    return following < len(doc) and doc[last].text.endswith(".") and len(doc[last].text) >= 3 \
        and doc[last].text[:-1].replace(".", "").isupper() and doc[following].is_title \
        and doc[following].lower_ in words.wire_capitals


def _without_joining_word(span: Optional[Span]) -> Optional[Span]:
    """A claim never ends in the word that joins it to what follows: the next clause of the same claim ('Selling a
    product is difficult, but altering behavior is much more difficult, Hege said') or the speaker's next verb
    ('said it is evaluating a plan ... but gave no details'). A wire's ticker before the word keeps its closing
    bracket ('a unit of United Technologies Corp <UTX>, and')."""
    while span is not None and span[-1].pos == CCONJ:
        end = span.end - 1
        while end > span.start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space) \
                and span.doc[end - 1].text != ">":
            end -= 1
        span = Span(span.doc, span.start, end) if end > span.start else None
    return span


def _joined(contents: list[Span]) -> list[Span]:
    """One reporting verb's claims in order, those the parser split at a conjunction made one again: 'X, but Y,
    delegates said' reports one claim, not 'X' and 'Y' apart."""
    whole: list[Span] = []
    for content in contents:
        between = content.doc[whole[-1].end : content.start] if whole else None
        if between is not None and any(t.pos == CCONJ for t in between) and all(
                t.pos == CCONJ or t.text == "," for t in between):
            whole[-1] = Span(content.doc, whole[-1].start, content.end)
        else:
            whole.append(content)
    return whole


def _with_first_clause(content: Span, verb: Token, words: QuoteWords) -> Span:
    """A claim before its verb with the clause the parser made the verb's head: 'Courts should be used as a last
    resort, but where they are, their orders should be enforced more rigorously, MPs said' hangs 'said' on 'used' as
    its conjunct, and the claim's first clause would be lost; as with two clauses the parser split ('X, but Y,
    delegates said', ``_joined``), the speaker reports both. Not when the head is a speaker's verb of its own."""
    head = verb.head
    if verb.dep != CONJ or content.end > verb.i or head.i >= content.start or head.pos not in _VERB_POS \
            or head.lemma_.lower() in words.verbs or not any(c.dep in _CLAUSE_SUBJECTS for c in children(head)):
        return content
    joining = next((c for c in children(head) if c.dep == CC and c.i < content.start), None)
    doc = verb.doc
    if joining is None or head.left_edge.i >= joining.i or any(
            not (t.is_punct or t.is_space) for t in doc[joining.i + 1 : content.start]):
        return content
    whole = within_paragraph(doc[head.left_edge.i : content.end], verb)
    return whole if whole is not None and whole.start == head.left_edge.i else content


def _subject_as_object(clause: Token, verb: Token) -> bool:
    """Whether the parser hung a clause's subject on its reporting verb, as an object or a clause of its own, and
    left the clause without one: 'said 4,250,000 shares of Uno Restaurant Corp, holding company for a chain of 37
    pizza restaurants, began trading', 'said her son's killer, Warren Leblanc, 17 - who was jailed ... - had
    mimicked', 'said whether Trump will agree to remove existing tariffs depends largely on ...'. Everything
    between verb and clause is then that subject (the audience of 'told' is not)."""
    if clause.pos not in _VERB_POS or verb.lemma_.lower() == "tell" or any(
            c.dep in _CLAUSE_SUBJECTS for c in children(clause)):
        return False
    gap = range(verb.i + 1, clause.left_edge.i)
    hung = [c for c in children(verb) if c.dep in _HUNG_SUBJECTS and c.left_edge.i in gap and c.right_edge.i in gap]
    if not hung or break_between(verb, clause):
        return False
    covered = {i for c in hung for i in range(c.left_edge.i, c.right_edge.i + 1)}
    doc = verb.doc
    return all(i in covered or doc[i].is_punct or doc[i].is_space for i in gap)


def _wire_name_start(verb: Token, start: int, words: QuoteWords) -> int:
    """Where a claim starts whose subject holds a company the wire marks in angle brackets: the parser splits 'GE said
    Investment Technologies Inc <IVES> developed the database', 'said Bank South Corp <BKSO> purchased' and 'said it
    and <VMS Realty Partners> of Chicago have agreed' at the mark, and the clause would start inside or just after
    it, its subject cut off. When only a noun phrase ('its subsidiary', 'it and') lies between the verb and the mark,
    the claim starts after the verb."""
    doc = verb.doc
    first = verb.i + 1
    while first < start and (_is_filler(doc[first]) or doc[first].lower_ in words.subordinators):
        first += 1
    opening = next((i for i in range(min(start, len(doc) - 1), first - 1, -1) if doc[i].text == "<"), None)
    if opening is None or verb.lemma_.lower() == "tell":
        return start  # nearly every clause: no mark between verb and claim
    closing = next((i for i in range(opening + 1, min(opening + 8, len(doc))) if doc[i].text == ">"), None)
    if closing is None or start > closing + 1:
        return start
    if all(_in_noun_phrase(doc[i]) for i in range(first, opening)) and not break_between(verb, doc[closing]):
        return first
    return start


def _in_noun_phrase(token: Token) -> bool:
    """A word of the subject a wire's mark ends ('Bank South Corp', 'its subsidiary', 'it and'), not of a verb or
    an adverbial phrase between a reporting verb and its claim ('said in a statement')."""
    return token.pos in _NOUN_PHRASE_POS or token.lower_ == "of"


def _apart(content: Span, verb: Token) -> bool:
    """Whether a paragraph break separates reported words from their verb: the parser joins a
    headline ('READ MORE: Proposed plans ...') to the next paragraph's sentence."""
    return break_between(content[-1], verb) if content.end <= verb.i else break_between(verb, content[0])


def _adverbial(content: Span, verb: Token, words: QuoteWords) -> bool:
    """Whether words before a reporting verb are the frame the sentence opens with, no claim of their own, while the
    verb reports words after it: an adverbial clause ('While slowing down humans' metabolic rate ... isn't possible
    yet, research team head Jennifer Ngo-Anh says the idea "is actually not so crazy."'), a participle's phrase
    ('Aiming to both stir economic growth and aid the country's poor, finance minister Trevor Manuel said the
    focus ...', 'Noting current debt servicing charges are about two billion punts a year, he added :"If we ...')
    or a preposition's ('In an article headlined, "Gulf oil sources say ...," it warned OPEC's official prices
    could face ...'), which the parser may make the claim of the verb."""
    if content.end > verb.i:
        return False
    first = content[0]
    if first.dep == MARK:
        opens = first.lower_ in words.adverbial_subordinators
    else:
        opens = (first.tag in _PARTICIPLE_TAGS and first.dep in _OPENING_PHRASE_DEPS) \
            or (first.pos == ADP and first.dep == PREP)
    return opens and (any(c.dep == CCOMP and c.i > verb.i for c in children(verb)) or _quote_follows(verb, words))


def _quote_follows(verb: Token, words: QuoteWords) -> bool:
    """Whether a direct quote opens right after a reporting verb, past a colon or a comma ('he added :"If we ...')."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and (doc[i].is_space or doc[i].text in {":", ","}):
        i += 1
    return i < len(doc) and doc[i].text[:1] in words.marks


def _main_clause(content: Span, verb: Token, words: QuoteWords) -> bool:
    """Whether the clause the parser hung on a reporting verb after a comma is the sentence's main clause: the verb
    heads a subordinate clause that has its object already ('At the same time as Nigeria announced its new
    initiative, Ghana - the world's second largest cocoa exporter - announced revenues from the industry had broken
    new records' makes the first 'announced' the root and Ghana's claim its)."""
    kids = children(verb)
    if content.start <= verb.i or not any(c.dep == MARK and c.lower_ not in words.subordinators for c in kids):
        return False
    done = next((c for c in kids if c.dep == DOBJ and verb.i < c.i < content.start), None)
    return done is not None and any(t.text == "," for t in verb.doc[done.i + 1 : content.start])


def _closed_by_semicolon(content: Span, verb: Token) -> bool:
    """Reported words before their verb end in a comma ('..., they said'); a semicolon closes a
    sentence of its own that the parser hangs on the next clause's verb ('The Conservatives
    believe ...; they say their research shows ...')."""
    if content.end > verb.i:
        return False
    following = [t for t in content.doc[content.end : verb.i] if not t.is_space]
    return bool(following) and following[0].text == ";"


def _subjectless(content: Span, verb: Token) -> bool:
    """Reported speech is a whole clause ('said the club may ...', 'said there was ...'); the parser
    reads a noun with a participle ('sections added to the festival') as speaker and verb, and the
    sentence's own verb, which has no subject left, as a claim that opens with that verb. A clause
    whose subject the parser hung elsewhere has it between cue and clause, as a verb ('said being
    honoured in the UK meant a lot to him') or as the cue's object ('Parry revealed Liverpool are
    still in negotiations')."""
    clause = next((c for c in children(verb) if c.dep == CCOMP and content.start <= c.i < content.end), None)
    if clause is None or clause.i != content.start or any(c.dep in _CLAUSE_SUBJECTS for c in children(clause)):
        return False
    between = verb.doc[verb.i + 1 : clause.i]
    return not any(t.pos in _VERB_POS or (t.dep in _OBJECT_DEPS and t.head == verb) for t in between)


def _is_filler(token: Token) -> bool:
    """Punctuation or space between a reporting verb and its clause, which is no part of the claim."""
    return token.is_punct or token.is_space


def _is_subordinator(token: Token, clause: Token, words: QuoteWords) -> bool:
    """The 'that' introducing the reported clause itself (an 'if' of a clause inside it stays), or one of the
    reporting verb's clauses when the parser split the claim over them ('alleged that Tova Noel and Michael
    Thomas ... "browsed the Internet," lingered ...': ``clause`` is then the verb)."""
    if token.dep != MARK or token.lower_ not in words.subordinators:
        return False
    return token.head == clause or (clause.pos == VERB and token.head.head == clause and token.head.dep == CCOMP)


def nested(inner: Span, outer: Span) -> bool:
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


def _no_speaker(verb: Token, words: QuoteWords, direct: list[tuple[int, int]]) -> bool:
    return subject_of(verb, words) is None or any(c.dep == NSUBJPASS for c in children(verb))


def _discourse_marker(verb: Token, words: QuoteWords, direct: list[tuple[int, int]]) -> bool:
    """'That said,': the verb's subject is the 'that' or 'this' just before it, a comma just after; the
    neighbours are read first, as nearly every cue has other ones and its subject need not be sought."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ not in ("that", "this") or doc[verb.i + 1:verb.i + 2].text != ",":
        return False
    subject = subject_of(verb, words)
    return subject is not None and subject.i == verb.i - 1


def _title_word(verb: Token, words: QuoteWords, direct: list[tuple[int, int]]) -> bool:
    """A cue capitalised inside a sentence is a word of a title ('Their singles include ..., You Said
    No, and Who's David?'); a wire line in capitals ('ROBERT MAXWELL SAID') still reports. Most cues are
    lower-case, and their sentence need not be found."""
    if not verb.text.istitle():
        return False
    first = all(t.is_space for t in verb.doc[verb.sent.start : verb.i])
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    after_break = previous is not None and (previous.is_space or previous.text in words.marks)
    return not first and not after_break


def _finding_by_no_body(verb: Token, words: QuoteWords, direct: list[tuple[int, int]]) -> bool:
    """A finding is stated: 'the survey found prices rose', not 'a project finding out how robots
    should react' nor 'Vodafone has found it difficult to satisfy ...'."""
    if verb.lemma_.lower() not in words.finding_verbs:
        return False
    stated = verb.tag in _STATING_TAGS and not any(c.dep == PRT for c in children(verb))
    if not stated or any(c.dep == CCOMP and c.pos not in _VERB_POS for c in children(verb)):
        return True
    subject = subject_of(verb, words)
    if subject is None:
        return True
    return subject.lemma_.lower() not in words.study_nouns


# When a reporting verb reports no speech: any rule that holds rejects it, in this order.
NOT_SPEECH: tuple[tuple[str, Callable[[Token, QuoteWords, list[tuple[int, int]]], bool]], ...] = (
    ("not used as a verb ('the said company')", lambda verb, words, direct: verb.pos != VERB),
    ("inside a direct quote's own words",
     lambda verb, words, direct: overlaps(verb.idx, verb.idx + len(verb), direct)),
    ("no one speaks: no subject, or a passive ('it was reported that')", _no_speaker),
    ("'That said, he remains popular': a discourse marker", _discourse_marker),
    ("a title word: a cue capitalised inside a sentence ('..., You Said No, and Who's David?')", _title_word),
    ("'find' reports a study's findings only ('the Tankan survey has found'), not a person's or a "
     "firm's ('he found the leaflet was true', 'Vodafone has found it difficult')",
     _finding_by_no_body),
    ("a thing, not a speaker, shows it ('Blood tests revealed', 'a reading above 50 pct indicates')",
     lambda verb, words, direct: mute_subject(verb, words)),
    ("the writer's own view ('I would have said', 'Which is not to say that')",
     lambda verb, words, direct: writers_view(verb, words)),
    ("a participle describing a noun ('with mobile services added into the mix')",
     lambda verb, words, direct: describes_a_noun(verb)),
    ("speech withheld or only supposed ('did not say where', 'declined to say whether', 'others may argue')",
     lambda verb, words, direct: withheld(verb, words)),
)

# When a reporting verb's clause is no claim: any rule that holds rejects it, in this order.
NOT_A_CLAIM: tuple[tuple[str, Callable[[Span, Token, QuoteWords], bool]], ...] = (
    ("too short to be a claim", lambda content, verb, words: len(content) < words.min_indirect_tokens),
    ("a paragraph break between the clause and its verb (a headline)", lambda content, verb, words: _apart(content, verb)),
    ("the main clause after a subordinate one whose verb has its object ('as Nigeria announced its new initiative, "
     "Ghana ... announced revenues ... had broken new records')", _main_clause),
    ("closed off by a semicolon before its verb", lambda content, verb, words: _closed_by_semicolon(content, verb)),
    ("the sentence's adverbial clause before a verb that reports a clause after it ('While ... isn't possible yet, "
     "X says the idea ...'), also a participle's or a preposition's phrase ('Noting ..., he said the drop ...', 'In an "
     "article headlined, \"...,\" it warned ...')", _adverbial),
    ("a clause with no subject of its own: the cue is a participle ('New sections added to this year's "
     "festival include Cinema of the Future')", lambda content, verb, words: _subjectless(content, verb)),
)


def find_indirect(
    doc: Doc, words: QuoteWords, cue_ids: numpy.ndarray, direct: list[tuple[int, int]]
) -> list[tuple[Span, Attribution]]:
    """Clauses under a reporting verb ('X said that ...', '..., X reported') and 'according to'
    claims; a claim may hold a partial quote but not cut through a direct quote's own words."""
    found: list[tuple[Span, Attribution]] = []
    for i in _cue_indices(doc, cue_ids):
        token = doc[i]
        if token.lower_ == "according":
            item = _according_clause(token, words, direct)
            if item is not None:
                found.append(item)
            continue
        reports = token.lemma_.lower() in words.clause_cues or token.lower_ in words.clause_cues
        requested = _object_claim(token, words)
        clauses = [clause for clause in children(token) if clause.dep == CCOMP] if reports else []
        if not clauses and requested is None:
            continue  # nothing said to read, and no one need be asked whether it is speech: 'call', 'accuse' with
            # no object's claim ('a company called'), a verb with no clause ('said in a statement', a direct quote's)
        if any(rejects(token, words, direct) for _, rejects in NOT_SPEECH):
            continue
        contents = _joined([content for content in (_content_of(clause, token, words) for clause in clauses
                                                    if not _own_report(clause, words)) if content is not None])
        contents = [_with_first_clause(content, token, words) for content in contents]
        for content in contents + ([requested] if requested is not None else []):
            if any(rejects(content, token, words) for _, rejects in NOT_A_CLAIM):
                continue
            content = _absorb_partial_quote(content, direct)
            if _clashes(content, direct):
                continue
            found.append((content, attribution_for(token, words, None)))
    return found


def _object_claim(verb: Token, words: QuoteWords) -> Optional[Span]:
    """A speech act whose words are its object and what it asks of it or lays at it ('urged the government to
    scrap the tax', 'warned his side not to be too complacent', 'accused the chancellor of using "fancy
    statistics"', 'called the impeachment process a sham'); a name it gives is none ('called the firm Acme')."""
    kind = words.object_claims.get(verb.lemma_.lower())
    if kind is None or not _stated(verb):
        return None
    kids = children(verb)
    taker = next((child for child in kids if child.dep == DOBJ and child.i > verb.i), None)
    complement = next((child for child in kids if taker is not None and child.i > taker.i
                       and _complements(child, kind)), None)
    if taker is None or complement is None:
        return None
    whole = trimmed(verb.doc, taker.left_edge.i, complement.right_edge.i + 1)
    return within_paragraph(whole, verb) if whole is not None else None


def _stated(verb: Token) -> bool:
    """Said, not only meant to be ('are to ask the buyer', 'People will ask you'), done by habit ('would ask him')
    or told of a thing ('adverts urging them'): a finite verb, a perfect ('has urged') or a progressive ('are
    urging')."""
    if verb.tag in _FINITE_TAGS:
        return True
    auxiliary = {VBN: "have", VBG: "be"}.get(verb.tag)
    return any(child.dep == AUX and child.lemma_ == auxiliary for child in children(verb))


def _complements(token: Token, kind: str) -> bool:
    """Whether ``token`` is the complement ``object_claim_verbs`` gives the verb: a to-infinitive, a noun it makes
    of the object ('oprd'), or a preposition's gerund ('of using')."""
    if kind == "to":
        return token.dep == XCOMP and any(child.dep == AUX and child.lower_ == "to" for child in children(token))
    if kind == "oprd":
        return token.dep == OPRD and token.pos == NOUN
    return token.dep == PREP and token.lower_ == kind and any(child.dep == PCOMP for child in children(token))


def _cue_indices(doc: Doc, cue_ids: numpy.ndarray) -> list[int]:
    """Tokens whose lemma or lower-case form is a cue in the sorted ``cue_ids``: a binary search of
    both columns at once costs a third of ``numpy.isin``'s sorting of each, on every article."""
    same = among(doc.to_array([LEMMA, LOWER]), cue_ids)
    return numpy.flatnonzero(same[:, 0] | same[:, 1]).tolist()


def _relayed_speech(token: Token, words: QuoteWords) -> bool:
    """'"...," he said, according to the Intelligencer', 'the Inner Mongolia health commission said, according to
    Reuters': a source after a reporting verb with a subject of its own only passed on what that subject said, who
    is the speaker. A verb with an object reports nothing ('US firms added only 146,000 jobs'), nor a passive ('were
    said to have'), and a source before it names whose account the sentence is ('According to Mr McGuire, research
    suggests ...')."""
    verb = token.head
    if verb.i > token.i or verb.pos != VERB or verb.lemma_.lower() not in words.verbs:
        return False
    deps = {c.dep for c in children(verb)}
    return NSUBJ in deps and DOBJ not in deps and (CCOMP in deps or verb.dep in _REPORTING_DEPS)


def _manner(according: Token) -> bool:
    """'Equity is distributed according to each member's trading volume', 'would be determined according to market
    conditions': right after a verb, 'according to' says how it is done and names no source, which news sets off
    after what it vouches for ('..., according to police', 'for 20 years according to box office figures')."""
    before = according.i - 1
    while before >= 0 and according.doc[before].is_space:
        before -= 1
    return before >= 0 and according.doc[before].pos == VERB


def _according_clause(
    token: Token, words: QuoteWords, direct: list[tuple[int, int]]
) -> Optional[tuple[Span, Attribution]]:
    """'X happened, according to Y': the claim is the clause the phrase hangs on, minus the phrase."""
    source = according_to(token)
    if source is None or overlaps(token.idx, source.end_char, direct):
        return None
    doc = token.doc
    head = token.head
    if _relayed_speech(token, words) or _manner(token):
        return None
    sent = token.sent
    skip_start, skip_end = token.left_edge.i, max(token.right_edge.i, source.end - 1) + 1
    lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head.i != token.i else (sent.start, sent.end)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    before = trimmed(doc, lo, skip_start) if skip_start > lo else None
    after = trimmed(doc, skip_end, hi) if hi > skip_end else None
    if before is not None and after is not None and (after[0].pos == CCONJ or after[0].dep == MARK):
        after = None  # 'X, according to Y, but Z': Y vouches for X; what the conjunction adds is the writer's
    candidates = [c for c in (before, after) if c is not None]
    if not candidates:
        return None
    content = max(candidates, key=len)
    content = within_paragraph(content, token)
    if content is None or len(content) < words.min_indirect_tokens or _clashes(content, direct):
        return None
    return content, Attribution(speaker=source, cue="according to")
