"""Roles from the title before a name: 'Deputy Police Director General Dejan Lukovic', 'park ranger Jamie
Brown', 'American Kevin King'."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..doc_utils import paragraph_breaks, sentence_bounds
from ..entities import clean_spaces, is_capitalised
from .lexicon import PLURAL_TAGS, SUBJECT_DEPS, PeopleLexicon

TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Entity types that never belong to a title chain ('On Tuesday Interior Minister ...').
NOT_TITLE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# The units of an age that may open a role's words ('a 43-year old career spy agency bureaucrat').
AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks"})
# How many words a bracket the role's words leave open may hold before it closes ('Centre (NISCC' and ')').
BRACKET_WORDS = 4


def courtesy_titled(doc: Doc, start: int, lexicon: PeopleLexicon) -> bool:
    """Whether a courtesy title only people take ('Mr.', 'Mrs', 'Sir') stands right before the name's first word,
    or before the wire's line break there: no firm, place or work is called so."""
    before = start - 1
    if before >= 0 and doc[before].text == "\n":
        before -= 1
    return before >= 0 and doc[before].lower_ in lexicon.person_only_honorifics


def title(span: Span, lexicon: PeopleLexicon, other_names: set[int]) -> tuple[Optional[str], bool]:
    """'Deputy Police Director General Dejan Lukovic': the run of title words and capitalised words right
    before the name (and before a courtesy title: 'Tory Treasurer Lord Ashcroft', or a wire's line break), kept
    when it holds a role noun. When the word before the name is a role noun, the lowercase words that modify it
    belong to the role too ('park ranger Jamie Brown', 'Best actress winner Imelda Staunton', and how many times it
    was won: 'five time NBA champion Tim Duncan'), and so does a role noun joined to it ('Iranian-born model and
    actress Negar Khan'); a nationality alone is a description ('American Kevin King'). A plural role is shared by
    the names coordinated with this one ('finance ministers A and B')."""
    doc = span.doc
    end = span.start
    first = sentence_bounds(doc, span.start)[0]
    while end > first and (doc[end - 1].lower_ in lexicon.honorifics or doc[end - 1].text == "\n"):
        end -= 1  # and past a wire's line break between the title and the name ('President\nReagan said')
    if end > first and _object_before_a_clause(doc[end - 1], span, lexicon):
        return None, False
    misread = end > first and end - 1 not in other_names and _plural_role_read_as_verb(doc[end - 1], lexicon)
    described = end > first and end - 1 not in other_names and (lexicon.is_role_noun(doc[end - 1]) or misread)
    start = end
    while start > first and start - 1 not in other_names:
        token = doc[start - 1]
        if token.is_lower and token.text.endswith(".") and len(token) > 1:
            break  # a sentence's end the splitter missed ('at a cost of £50m. Chief executive John Beaumont')
        noun = start == end and (misread or token.pos_ != "VERB")  # the role noun however parsed, not 'accused'
        if _chain_word(token, lexicon) or _compound_in_chain(token, start, span.end) \
                or described and (noun or lexicon.role_modifier(token) or times_won(token)):
            start -= 1
        elif token.text == "\n" and start - 2 >= first and start < end:
            start -= 1  # a wire's line break inside the title ('Chancellor of the\nExchequer Nigel Lawson')
        elif token.lower_ in lexicon.joiners and start - 2 >= first \
                and (_chain_word(doc[start - 2], lexicon) or described and lexicon.is_role_head(doc[start - 2])) \
                and not _listed_before(doc[start - 2], lexicon, span):
            start -= 2 if described and doc[start - 2].is_lower else 1
        elif token.text == "-" and not token.whitespace_ and start - 2 >= first \
                and not doc[start - 2].whitespace_ and (described or _chain_word(doc[start - 2], lexicon)):
            start -= 2 if described else 1  # 'Vice-President Mike Pence', 're-elected President'
        elif not described and start < end and _body_article(doc, lexicon, start, first):
            start -= _body_article(doc, lexicon, start, first)
        else:
            break
    start = _after_listed_object(doc, lexicon, start, end, other_names)
    while start < end and (doc[start].lower_ in lexicon.joiners or doc[start].text in ("-", "\n")):
        start += 1
    if start < end and doc[end - 1].lower_ in lexicon.joiners:
        return None, False  # the name is what the title is of or for ('An attorney for Ammeen')
    start = _holder_start(doc, lexicon, start, end)
    if first < start < end and doc[start - 1].like_num and not doc[start - 1].whitespace_:
        start -= 1  # a figure glued to its unit ('400m runners Roger Black and Mark Richardson')
    chain = doc[start:end]
    if described or any(token.lower_ in lexicon.role_heads for token in chain):
        head = _role_head(chain, lexicon) if len(chain) else doc[end - 1]
        return phrase(chain, head, misread), head.tag_ in PLURAL_TAGS or misread
    if len(chain) and all(token.lower_ in lexicon.nationalities for token in chain):
        return clean_spaces(chain.text), False
    return None, False


def _object_before_a_clause(noun: Token, span: Span, lexicon: PeopleLexicon) -> bool:
    """Whether the plural noun before a name is whom a speaker told, the name no part of it: 'Byrd told reporters
    Baker visited him', 'Reagan told reporters Poindexter and ... North "just didn't tell me"' give Baker and
    Poindexter no role of reporter; a title compounds into its name ('finance ministers A and B'), and the object of
    another verb may be the name's ('The trek will feature members Tom Johnston, ...')."""
    return noun.tag_ == "NNS" and noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in lexicon.speech_verbs \
        and span.root.head.i != noun.i


def _role_head(chain: Span, lexicon: PeopleLexicon) -> Token:
    """The noun a title is built on: its last word, or the role noun before what the role is for or of when that
    ends it ("Labour's deputy minister for women Jacqui Smith" is one deputy minister for women, no 'woman')."""
    head = chain[-1]
    if len(chain) > 2 and chain[-2].lower_ in ("for", "of") and lexicon.is_role_head(chain[-3]) \
            and not lexicon.is_role_head(head):
        return chain[-3]
    return head


def _after_listed_object(doc: Doc, lexicon: PeopleLexicon, start: int, end: int, other_names: set[int]) -> int:
    """Where a title starts that the run of title words reached through a joiner from what another person is listed
    for ('Spain's Pedro Almodovar for Bad Education and Hong Kong director Wong Kar-Wai for 2046'): the words from a
    preposition right after another name up to the joiner are that person's, not this one's title."""
    if start < 2 or doc[start - 1].pos_ != "ADP" or start - 2 not in other_names:
        return start
    for index in range(end - 1, start - 1, -1):
        if doc[index].lower_ in lexicon.joiners:
            return index + 1
    return start


def times_won(token: Token) -> bool:
    """A count of the times a title was won or held is part of it ('three-time world champion', 'five time NBA
    champion'), unlike a count of people ('the two new players')."""
    return token.dep_ == "nummod" and token.head.lower_ in ("time", "times")


def _plural_role_read_as_verb(token: Token, lexicon: PeopleLexicon) -> bool:
    """A plural role noun right before a name that the tagger read as a verb with no subject ('American Olympic
    stars Justin Gatlin and Joanna Hayes', 'Merrill Lynch economists Raymond Stone and Ward McCarthy said'; not 'the
    film stars Tom Hanks', whose verb has its subject)."""
    return token.tag_ == "VBZ" and token.is_lower and token.lower_.endswith("s") \
        and token.lemma_.lower() in lexicon.role_heads \
        and not any(child.dep_ in SUBJECT_DEPS for child in token.children)


def _holder_start(doc: Doc, lexicon: PeopleLexicon, start: int, end: int) -> int:
    """Where the name's own title starts when the chain tells of someone else's relation to it: a lowercase
    word and 'of' or 'for' before a title with a role noun ('The son of former German President Richard von
    Weizsäcker' is the president, 'the wife of Prime Minister Tony Blair'); 'Secretary of State Colin
    Powell' and 'director of communications Jo Moore' are one title each."""
    for index in range(end - 2, start, -1):
        joiner, before = doc[index], doc[index - 1]
        if joiner.lower_ in lexicon.joiners and joiner.lower_ != "and" and before.is_lower \
                and any(token.lower_ in lexicon.role_heads for token in doc[index + 1 : end]):
            return index + 1
    return start


def _body_article(doc: Doc, lexicon: PeopleLexicon, start: int, first: int) -> int:
    """How many words before a body's name in a title ('Chairman of the Environmental Audit Committee Peter
    Ainsworth', 'The outgoing head of the troubled Child Support Agency Doug Smith') are its article and
    the adjectives after it, when a joiner and a title word come before them; 0 when they do not."""
    index = start - 1
    while index > first and doc[index].is_lower and doc[index].dep_ == "amod":
        index -= 1
    if index - 2 < first or doc[index].lower_ != "the" or doc[index - 1].lower_ not in lexicon.joiners \
            or not _chain_word(doc[index - 2], lexicon):
        return 0
    return start - index


def _listed_before(token: Token, lexicon: PeopleLexicon, name: Span) -> bool:
    """The word before 'and' ends another item of a list, not a title shared by the name ('DR Congo's Alain
    Masudi and Nigerian midfielder Edith Agoye'; 'Arsenal and England defender Ashley Cole' is one title):
    another person's name, or a word the name or its lowercase role noun is coordinated with ('Ziyi Zhang for House
    of Flying Daggers and UK star Kate Winslet'; 'Finance and Petroleum Minister' is one title), unless a role noun
    ('singer and actress Jennifer Lopez', which the parse coordinates)."""
    role = name.doc[name.start - 1] if name.start > 0 else name.root
    coordinated = (name.root.dep_ == "conj" and name.root.head.i == token.i
                   or role.is_lower and role.dep_ == "conj" and role.head.i == token.i) \
        and not (token.is_lower and lexicon.is_role_head(token))
    return coordinated or token.ent_type_ == "PERSON" and token.lower_ not in lexicon.role_words \
        or _described_name(token, lexicon)


def _described_name(token: Token, lexicon: PeopleLexicon) -> bool:
    """The word ends capitalised words that a lowercase role noun describes: another person's name, whatever the
    model tags it ('Cuban pianist Bebo Valdes and flamenco singer Diego El Cigala')."""
    start = token.i
    while start > 0 and token.doc[start - 1].is_title and token.doc[start - 1].lower_ not in lexicon.role_words:
        start -= 1
    before = token.doc[start - 1] if start > 0 else None
    return token.is_title and before is not None and before.is_lower and lexicon.is_role_head(before)


def _compound_in_chain(token: Token, start: int, end: int) -> bool:
    """A noun compounding into the title or name ('courts' of 'courts minister Christopher Leslie')."""
    return token.dep_ == "compound" and token.pos_ == "NOUN" and start <= token.head.i < end


def _chain_word(token: Token, lexicon: PeopleLexicon) -> bool:
    if token.ent_type_ in NOT_TITLE_LABELS or token.is_punct:
        return False
    return token.lower_ in lexicon.role_words or (is_capitalised(token) and token.pos_ in TITLE_POS)


def phrase(words: Span, head: Token, plural: bool = False) -> str:
    """A role as one line, its head noun in the singular: each of 'finance ministers A and B' is a finance
    minister. ``plural``: the head is a plural the tagger read as a verb ('economists')."""
    words = _role_edges(_within_paragraph(words, head))
    text = words.text
    if (plural or head.tag_ in PLURAL_TAGS) and words.start <= head.i < words.end \
            and head.lemma_.lower() != head.lower_:
        singular = head.lemma_.lower()
        if head.text[:1].isupper():
            singular = singular[:1].upper() + singular[1:]
        offset = head.idx - words.start_char
        text = text[:offset] + singular + text[offset + len(head.text) :]
    return clean_spaces(text)


def _within_paragraph(words: Span, head: Token) -> Span:
    """The role's words in the paragraph of its head noun: the parser runs a byline's role line into the next
    paragraph ('Caroline Hawley, BBC diplomatic correspondent\nWith the end of ...'), a subheading into the role
    after it ('Questioning Vindman's judgment\nRepublican counsel Steve Castor') and a list item into the one before
    ('for Othello at Trafalgar Studios\n - Best actress - Clare Higgins')."""
    every = paragraph_breaks(words.doc)
    breaks = every[bisect_left(every, words.start) : bisect_left(every, words.end)]
    if not breaks:
        return words
    doc = words.doc
    start = max([b + 1 for b in breaks if b < head.i], default=words.start)
    end = min([b for b in breaks if b > head.i], default=words.end)
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a list item's dash ('\n - Best actress - Clare Higgins')
    return doc[start:end]


def _role_edges(words: Span) -> Span:
    """The role's words cut or widened at their edges to whole words: a word the tokenizer split at its hyphen is
    the role's whole ('co-star', 'study co-author', 'senior vice president-investments'), but a prefix left after
    a conjunction is the start of another role, which is given apart ('a postdoctoral fellow at ..., and
    co-author of the study'); an age before the role is no part of it ('a 43-year old career spy agency
    bureaucrat'); and the role ends before a wire's ticker ('chairman emeritus of Merrill Lynch and Co <MER>') and
    before a bracket it leaves open, unless the bracket closes a few words on ('director of the National
    Infrastructure Security Coordination Centre (NISCC)')."""
    doc = words.doc
    start, end = words.start, words.end
    while start > 1 and _joining_hyphen(doc[start - 1]) and doc[start - 2].is_alpha:
        start -= 2
    if end + 1 < len(doc) and _joining_hyphen(doc[end]) and doc[end + 1].is_alpha:
        if end - 2 >= start and (doc[end - 2].dep_ == "cc" or doc[end - 2].is_punct):
            end -= 1  # the prefix of another role
        else:
            end += 2
    start = _after_age(doc, start, end)
    for index in range(start, end):
        if doc[index].text == "<" and index + 1 < len(doc) and doc[index + 1].text.isupper():
            end = index  # a ticker, not a company's name the wire marks ('of <Metropolitan Life\nInsurance Co.>')
            break
        if doc[index].text == "(" and not _closed(doc, index, end):
            closing = _closing_bracket(doc, end)
            end = index if closing is None else closing
            break
    while end - start > 1 and (doc[end - 1].is_space or doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct
                               and not (doc[end - 1].text == ")" and _opened(doc, start, end - 1))):
        end -= 1
    return doc[start:end] if end > start else words


def _joining_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _after_age(doc: Doc, start: int, end: int) -> int:
    """Where the role starts after an age that opens it ('43-year old', '43-year-old', '43 year old'), whose figure
    the words may have left out ('year old career ...' after '43-')."""
    index = start
    if doc[index].like_num:
        index += 1
    elif not (doc[index].lower_ in AGE_UNITS and index > 1 and _joining_hyphen(doc[index - 1])
              and doc[index - 2].like_num):
        return start
    while index < end and (doc[index].text == "-" or doc[index].lower_ in AGE_UNITS):
        index += 1
    return index + 1 if index + 1 < end and doc[index].lower_ == "old" else start


def _closing_bracket(doc: Doc, end: int) -> Optional[int]:
    """The end of the words after ``end`` up to a closing bracket a few words on ('(NISCC' and ')'), if any."""
    for index in range(end, min(end + BRACKET_WORDS, len(doc))):
        if doc[index].text == ")":
            return index + 1
        if doc[index].is_punct or doc[index].is_space:
            return None
    return None


def _closed(doc: Doc, opening: int, end: int) -> bool:
    return any(doc[index].text == ")" for index in range(opening + 1, end))


def _opened(doc: Doc, start: int, closing: int) -> bool:
    return any(doc[index].text == "(" for index in range(start, closing))
