"""Where an organization's name begins and ends, where the model's entity does not: the last of a body's briefs
after 'and' that it cut off ('the Ministry of International Trade' and 'Industry'), a firm's legal form it tagged
apart ('Mitsubishi Bank (Europe)' and 'SA'), and a function word it took in at the end ('Management Centre at')."""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..doc_utils import has_lower
from ..places import fold, gazetteer
from .candidates import Candidate, candidate_of, is_acronym
from .lexicon import OrganizationLexicon
from .reading import Reading

# The words after which an institution's head names its briefs ('Ministry of', 'Group on', 'Organisation for').
BRIEF_OPENERS = frozenset({"of", "on", "for"})
JOINERS = frozenset({"and", "&"})
# The longest run of capitalised words after 'and' read as one brief ('Red Crescent Societies').
LONGEST_BRIEF = 3
PLACE_LABELS = frozenset({"GPE", "LOC"})
# The most tokens after 'for' a body's briefs may take ('Margarine, Fats and Oils').
LONGEST_FOR_BRIEF = 8
# What joins the subjects after 'for', and the model's labels of words that are no subject (a date, a place, a figure).
PORTFOLIO_JOINERS = frozenset({"and", "&", ","})
NO_BRIEF_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# A verb's tags: a capitalised verb after the subjects is the clause's ('Savings Will create').
CLAUSE_TAGS = frozenset({"MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
# Initials a body may go by ('DLJ', 'UFCWU'): fewer letters are spelled by chance too often.
INITIALISM = re.compile(r"\b[A-Z]{3,6}\b")
# The most capitalised words before a name that initials may take in ('Monopolies', 'Australia and New Zealand').
LONGEST_SPELLED_START = 4
# What may stand between the words of a name the initials spell ('Donaldson, Lufkin and Jenrette').
SPELLED_JOINERS = frozenset({"and", "&", ","})
# The most capitalised words before a firm's name that its split start may be ('Pemberton Houston Willoughby').
LONGEST_SPLIT_START = 3
# The model's labels of the first words of a firm's name it tags apart: none, a person's, a place's, a body's.
SPLIT_START_LABELS = frozenset({"", "PERSON", "GPE", "ORG"})


def without_function_word_ends(entities: list[Span], lexicon: OrganizationLexicon) -> list[Span]:
    """A name the model runs on over a preposition, a conjunction or a relative word after it ('the Scottish Local
    Authority Management Centre at' Strathclyde University, 'The Associated Press that' Carlineo never intended):
    no name ends in one, and the name ends before it."""
    names: list[Span] = []
    for ent in entities:
        end = ent.end
        while end > ent.start + 1 and (ent.doc[end - 1].is_space or ent.doc[end - 1].is_lower
                                       and ent.doc[end - 1].text in lexicon.not_name_endings):
            end -= 1
        names.append(ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label))
    return names


def without_person_before_of(entities: list[Span], lexicon: OrganizationLexicon) -> list[Span]:
    """A person's surname and 'of' the model takes into the name of the body after them, where it tags the given
    name right before as a person's ('said Dillard\nSpriggs of Petroleum Analysis Ltd'): the person's post, no part
    of the body's name, which begins after 'of'. Not where the word before 'of' is a body's head or a post ('Bank of
    America', 'Governor of'), nor before a place and a legal form, a subsidiary's name ('Richardson\nGreenshields of
    Canada Ltd')."""
    names: list[Span] = []
    for ent in entities:
        doc, before = ent.doc, ent.start - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        first = ent[0]
        if len(ent) > 2 and ent[1].lower_ == "of" and before >= 0 and doc[before].ent_type_ == "PERSON" \
                and first.is_title and first.text not in lexicon.of_heads and first.lower_ not in lexicon.body_words \
                and first.lower_ not in lexicon.head_types and first.lower_ not in lexicon.title_heads \
                and not _a_place_with_legal_form(ent[2:], lexicon):
            ent = Span(doc, ent.start + 2, ent.end, label=ent.label)
        names.append(ent)
    return names


def with_briefs_after_and(entities: list[Span], lexicon: OrganizationLexicon) -> list[Span]:
    """An institution's name the model cuts at 'and' before its last brief ('the Ministry of International Trade'
    and 'Industry', 'Organisation for Economic Cooperation' and 'Development', 'Parliamentary Group on Betting' and
    'Gaming'): the name runs on over 'and' and the capitalised words after, which it may tag as a name of its own
    ('Red Crescent Societies'), where its head comes before 'of', 'on' or 'for' and the words after that are
    subjects, not places, figures or posts ('Bank of Japan and Bank of England', 'Group of Five and Canada' stay
    apart), and what follows 'and' is no other body's, place's or person's name."""
    return run_on(entities, lambda ent: _brief_after_and_end(ent, lexicon) if _names_briefs(ent, lexicon) else ent.end)


def with_briefs_after_for(entities: list[Span], lexicon: OrganizationLexicon) -> list[Span]:
    """A body's name the model ends at its head word, before 'for' and the capitalised subjects it is for ('the Japan
    Committee' for 'Economic Development', 'the Commodity Board' for 'Margarine, Fats and Oils', 'Americus Trust' for
    'American Home Products Shares'): the name runs on over 'for' and those words, with commas and an 'and' between,
    across a wire's line breaks, where none is a place, a date, a figure, a post or a body's word; an entity the model
    tagged there is taken in."""
    return run_on(entities, lambda ent: _brief_after_for_end(ent, lexicon)
                  if ent[-1].text in lexicon.for_heads else ent.end)


def _brief_after_for_end(ent: Span, lexicon: OrganizationLexicon) -> int:
    """Where the name ends once 'for' and the subjects after it are taken in; ``ent.end`` where none follow, or
    where a capitalised word, a longer name's, runs on after them ('for Southern Africa', 'for Merck and Co Inc')."""
    doc = ent.doc
    at = _after_line_breaks(doc, ent.end)
    if at >= len(doc) or doc[at].text != "for":
        return ent.end
    last, end = None, _after_line_breaks(doc, at + 1)
    while end < len(doc) and end - at <= LONGEST_FOR_BRIEF:
        word = doc[end]
        if _a_subject_word(word, lexicon) and word.ent_type_ not in NO_BRIEF_LABELS and word.tag_ not in CLAUSE_TAGS \
                and word.text not in lexicon.firm_endings and fold(word.text) not in gazetteer():
            last = end + 1
        elif word.text not in PORTFOLIO_JOINERS or last is None or _after_line_breaks(doc, last) != end:
            break
        end = _after_line_breaks(doc, end + 1)
    if last is None or end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha \
            or doc[last - 1].ent_type_ == "NORP" or doc[last - 1].tag_ == "JJ":
        return ent.end  # a longer name, or an adjective whose noun is cut ('for Advanced Russian\nstudies')
    return last


def with_rest_named_whole(reading: Reading, candidates: list[Candidate]) -> list[Candidate]:
    """A name cut at 'and' where the article names the whole elsewhere, alone or after other words ('Customs' of
    'Customs and Border Protection typically requires' beside 'U.S. Customs and Border Protection', or beside
    'Customs and Border Protection' its initials 'CBP' join, ``with_spelled_starts``): the name runs on over 'and' to
    the whole name's end, where the words after it are the whole's; the names it now covers go."""
    wholes = [words for words in (candidate.text.split() for candidate in candidates)
              if not JOINERS.isdisjoint(words[1:-1])]
    if not wholes:
        return candidates
    doc = reading.doc
    ends = [_named_whole_end(doc, candidate, wholes) for candidate in candidates]
    grown = {index: end for index, end in enumerate(ends) if end > candidates[index].end}
    if not grown:
        return candidates
    return [candidate_of(doc[candidate.start : grown[index]], candidate.type, candidate.key) if index in grown
            else candidate for index, candidate in enumerate(candidates)
            if index in grown or not any(candidates[other].start <= candidate.start and candidate.end <= end
                                         for other, end in grown.items())]


def _named_whole_end(doc: Doc, candidate: Candidate, wholes: list[list[str]]) -> int:
    """Where the name ends once 'and' and the rest of a whole name (``wholes``, each as its words) that holds it are
    taken in; the name's end where the article does not go on with such a rest."""
    at = _after_line_breaks(doc, candidate.end)
    if at + 1 >= len(doc) or doc[at].lower_ not in JOINERS:
        return candidate.end
    words, end = candidate.text.split(), candidate.end
    for whole in wholes:
        for start in range(len(whole) - len(words) - 1):
            if whole[start : start + len(words)] == words and whole[start + len(words)].lower() in JOINERS:
                end = max(end, _written_on(doc, at + 1, whole[start + len(words) + 1 :]) or end)
    return end


def _written_on(doc: Doc, at: int, words: list[str]) -> Optional[int]:
    """The end of ``words`` as the article writes them from ``at`` on, across a wire's line breaks; None where it
    writes other words."""
    for word in words:
        at = _after_line_breaks(doc, at)
        if at >= len(doc) or doc[at].text != word:
            return None
        at += 1
    return at


def run_on(entities: list[Span], end_of: Callable[[Span], int]) -> list[Span]:
    """Each name run on to the end ``end_of`` finds for it; a name it now covers the start of (the brief after 'and',
    the words after a particle, which the model may tag as a name of their own) is taken into the name before."""
    names: list[Span] = []
    for ent in entities:
        if names and ent.start < names[-1].end:
            continue
        end = end_of(ent)
        names.append(ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label))
    return names


def with_legal_forms_joined(entities: list[Span], lexicon: OrganizationLexicon) -> list[Span]:
    """A firm's legal form the model tags as a name of its own, after the name before it and 'and', a comma or a
    country in brackets ('Bank of America NT and SA', 'Petroleos de Venezuela, S.A.', 'Mitsubishi Bank (Europe) SA',
    'Citicorp Investment Bank (Switzerland) AG'): a legal form names no body alone, and is that name's end. So is a
    place with a legal form after the name before it and 'of', where the model cut a subsidiary's name ('Canadian
    Pacific Oil and Gas\nof Canada Ltd')."""
    names: list[Span] = []
    for ent in entities:
        if names and (all(word.is_space or word.text in lexicon.legal_forms for word in ent)
                      and _joins_a_legal_form(ent.doc[names[-1].end : ent.start])
                      or _a_place_with_legal_form(ent, lexicon) and _only_of(ent.doc[names[-1].end : ent.start])):
            name = names.pop()
            ent = Span(ent.doc, name.start, ent.end, label=name.label)
        names.append(ent)
    return names


def _a_place_with_legal_form(ent: Span, lexicon: OrganizationLexicon) -> bool:
    """A place's name and a legal form ('Canada Ltd', 'U.K. Plc'), which names no firm alone."""
    words = [word.text for word in ent if not word.is_space]
    return len(words) > 1 and words[-1] in lexicon.legal_forms and fold(" ".join(words[:-1])) in gazetteer()


def _only_of(between: Span) -> bool:
    """Whether the words between two names are 'of' alone, across a wire's line breaks."""
    return [word.lower_ for word in between if not word.is_space] == ["of"]


def _joins_a_legal_form(between: Span) -> bool:
    """Whether the words between a name and a legal form join them: 'and' ('NT and SA'), a comma ('Petroleos de
    Venezuela, S.A. said'), or a country's or a region's capitalised name in brackets ('(Europe)', '(U.K.)'), across
    a wire's line breaks."""
    words = [word for word in between if not word.is_space]
    if [word.lower_ for word in words] in (["and"], [","]):
        return True
    return len(words) in range(3, 6) and words[0].text == "(" and words[-1].text == ")" \
        and all(word.is_title or word.is_upper for word in words[1:-1])


def _names_briefs(ent: Span, lexicon: OrganizationLexicon) -> bool:
    """Whether the name is an institution's head, 'of', 'on' or 'for' and its briefs: capitalised words, with
    commas between ('Ministry of Finance, Economic Affairs'), none a place, a figure, a firm's legal form or a post."""
    opener = next((word.i for word in ent[1:] if word.text in BRIEF_OPENERS), None)
    if opener is None or not any(word.text in lexicon.of_heads or word.lower_ in lexicon.body_words
                                 for word in ent.doc[ent.start : opener]):
        return False
    briefs = [word for word in ent.doc[opener + 1 : ent.end] if word.text != "," and word.lower_ != "the"]
    return bool(briefs) and all(_a_subject_word(word, lexicon) and fold(word.text) not in gazetteer()
                                for word in briefs)


def _brief_after_and_end(ent: Span, lexicon: OrganizationLexicon) -> int:
    """Where the name ends once 'and' and the brief after it are taken in; ``ent.end`` where no such brief
    follows."""
    doc = ent.doc
    at = _after_line_breaks(doc, ent.end)
    if at + 1 >= len(doc) or doc[at].lower_ not in JOINERS:
        return ent.end
    end = _after_line_breaks(doc, at + 1)
    brief: list[Token] = []
    while end < len(doc) and _a_capitalised_word(doc[end]) and len(brief) < LONGEST_BRIEF:
        brief.append(doc[end])
        end = _after_line_breaks(doc, end + 1)
    if not brief or end < len(doc) and (_a_capitalised_word(doc[end]) or doc[end].tag_ == "POS"):
        return ent.end  # no brief, a longer name ('Morgan Stanley International') or an owner ("Japan's")
    if brief[0].text in lexicon.first_names or not all(
            _a_subject_word(word, lexicon)
            and (word.ent_type_ not in PLACE_LABELS or fold(word.text) not in gazetteer()) for word in brief):
        return ent.end  # a body ('Citibank', 'Salomon Inc'), a place ('Canada') or a person ('Alex Azar')
    return brief[-1].i + 1


def _a_subject_word(word: Token, lexicon: OrganizationLexicon) -> bool:
    """A capitalised word of a body's brief ('Trade', 'Economic', 'Betting'): no figure, post, legal form or word
    that says what kind of body a name is ('Bank', 'Office', 'Labour'), nor a name the model tags as a person's in
    two words or more."""
    doc = word.doc
    return _a_capitalised_word(word) and not word.like_num and word.lower_ not in lexicon.title_heads \
        and word.text not in lexicon.of_heads and word.lower_ not in lexicon.head_types \
        and not (word.ent_type_ == "PERSON" and (word.ent_iob_ == "I" or word.i + 1 < len(doc)
                                                  and doc[word.i + 1].ent_iob_ == "I"))


def _a_capitalised_word(word: Token) -> bool:
    return (word.is_title or word.is_upper) and word.is_alpha


def _after_line_breaks(doc: Doc, at: int) -> int:
    """The token at ``at`` or after it past the white space of a wire's line breaks (``len(doc)`` at the end)."""
    while at < len(doc) and doc[at].is_space:
        at += 1
    return at


def with_spelled_starts(reading: Reading, candidates: list[Candidate]) -> list[Candidate]:
    """A body's name the model cuts at 'and' or a comma, tagging only its last words ('Lufkin and Jenrette
    Securities', 'Banking Group Ltd', 'Merger Commission'), takes in the capitalised words before it where they and
    the name's first words spell initials the article uses on their own ('Donaldson,\nLufkin and Jenrette
    Securities' beside 'DLJ clients', 'Australia and New Zealand Banking Group Ltd' beside 'ANZ Securities Asia Ltd',
    'Monopolies and Merger\nCommission, MMC'): the initials show the words name one body. Not where the article
    names the parts apart, two bodies the initials happen to spell together ('the proposed merger of Santa Fe and
    Southern Pacific' beside 'SFSP', 'Santa Fe enter into'); the names the longer one takes in go."""
    text = reading.text
    initialisms = {match.group() for match in INITIALISM.finditer(text) if not _in_capitals_line(text, match.start())}
    if not initialisms:
        return candidates
    doc = reading.doc
    names: list[Candidate] = []
    for candidate in candidates:
        start = None if is_acronym(candidate.text) else _spelled_start(doc, candidate, initialisms)
        if start is None or not _only_together(doc[start : candidate.end], candidate, text):
            names.append(candidate)
            continue
        names = [name for name in names if not start <= name.start < candidate.end]
        names.append(candidate_of(doc[start : candidate.end], candidate.type, candidate.key))
    return names


def _in_capitals_line(text: str, at: int) -> bool:
    """On a line with no lowercase letter, a heading's or a table's ('ANZ BANK PLANS 100 MLN'), where any word is in
    capitals."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return not has_lower(text[start : end if end >= 0 else len(text)])


def _spelled_start(doc: Doc, candidate: Candidate, initialisms: set[str]) -> Optional[int]:
    """The farthest capitalised word before the name from which the words up to it and its first ones spell
    initials the article uses, over 'and', '&', commas and a wire's line breaks; None if there is no such word."""
    words: list[int] = []  # the capitalised words before the name, nearest first
    at = candidate.start - 1
    while at >= 0 and len(words) < LONGEST_SPELLED_START:
        token = doc[at]
        if token.is_alpha and (token.is_title or token.is_upper):
            words.append(at)
        elif not token.is_space and token.lower_ not in SPELLED_JOINERS:
            break
        at -= 1
    own = "".join(token.text[0] for token in doc[candidate.start : candidate.end]
                  if token.is_alpha and (token.is_title or token.is_upper))
    # Initials the words before spell alone are theirs, not the name's, unless the name runs straight on from them
    # ('Australia and New Zealand Banking Group Ltd' and 'ANZ'; not 'International Monetary Fund and World Bank').
    fewest = 0 if words and all(token.is_space for token in doc[words[0] + 1 : candidate.start]) else 1
    found = None
    for count in range(1, len(words) + 1):
        letters = "".join(doc[i].text[0] for i in reversed(words[:count]))
        if any(letters + own[:size] in initialisms for size in range(fewest, len(own) + 1)):
            found = words[count - 1]
    return found


def _only_together(whole: Span, candidate: Candidate, text: str) -> bool:
    """Whether the article writes the name's first part only before its second ('Donaldson, Lufkin, Wulff will
    continue' is the firm again) and its last part only in the whole name: a part named on its own is a body of its
    own."""
    words = [token.text for token in whole if not token.is_space]
    last = candidate.text.split()
    cut = next((i for i, word in enumerate(words) if word.lower() in SPELLED_JOINERS), len(words) - len(last))
    second = next(word for word in words[cut:] if word.lower() not in SPELLED_JOINERS)
    alone = _written(words[:cut]) + r"(?!\s*(?:,|and|&)?\s*" + re.escape(second) + r"(?![\w&-]))"
    together = len(re.findall(_written(words), text))
    return not re.search(alone, text) and len(re.findall(_written(last), text)) <= together


def _written(words: list[str]) -> str:
    """A pattern of the words as the article may write them, any white space between, whole words only."""
    return r"(?<![\w&'-])" + r"\s*".join(re.escape(word) for word in words) + r"(?![\w&-])"


def with_split_start(span: Span, lexicon: OrganizationLexicon) -> Span:
    """A firm's name ending in its legal form whose first words the model tags as a person, a place or a body of
    their own, across a wire's line break or a space ('Pemberton' and 'Houston Willoughby' before 'Bell Gouinlock
    Inc', 'Shearson\nLehman Brothers Inc', 'Volvo Finance North America Inc', 'Iowa-Illinois\nGas and Electric
    Co.'): the name takes in the run of capitalised proper nouns right before it, up to three, a hyphen's pair one.
    Not where the run opens a sentence or a paragraph, runs on further, holds a legal form or a post (two names of a
    list, 'Exxon Corp Mobil Corp'; 'Chairman'), or an entity the model tagged there begins before it ('Bank of
    England'): no name of one firm."""
    doc = span.doc
    if not len(span) or span[-1].text not in lexicon.partnership_endings:
        return span
    start, words, at = span.start, 0, span.start - 1
    while at >= 0:
        word = doc[at]
        if word.is_space and word.text.lstrip(" ") == "\n":  # not a paragraph's break or a line's indent
            at -= 1
        elif _a_split_start_word(word, lexicon) and words < LONGEST_SPLIT_START:
            words, start, at = words + 1, at, at - 1
        elif word.text == "-" and at == start - 1 and at > 0 and not word.whitespace_ \
                and not doc[at - 1].whitespace_ and _a_split_start_word(doc[at - 1], lexicon):
            start, at = at - 1, at - 2  # 'Iowa-Illinois'
        else:
            break
    if start == span.start or at < 0 or doc[at].is_space or _a_split_start_word(doc[at], lexicon) \
            or doc[start].is_sent_start or doc[start].ent_iob_ == "I":
        return span
    return doc[start : span.end]


def without_seat(span: Span, lexicon: OrganizationLexicon) -> Span:
    """A firm's name the model runs on after its legal form over 'of' and a place ('Heini's Nursery Inc of Miami',
    'Nomura Securities Co\nLtd of Japan'): the place says where the firm is, and the name ends at the form
    (``seated_legal_forms``: 'Corp' and 'Co' are left out, as names run on after them, 'Petroleum Corp of Jamaica')."""
    doc = span.doc
    for at in range(span.start + 1, span.end - 1):
        after = _after_line_breaks(doc, at + 1)
        if doc[at].text in lexicon.seated_legal_forms and after < span.end and doc[after].lower_ == "of":
            return doc[span.start : at + 1]
    return span


def with_region_in_brackets(span: Span, lexicon: OrganizationLexicon) -> Span:
    """A firm's name the model ends before the country or region in brackets that its legal form follows ('Barrick
    Resources' of 'Barrick Resources (USA) Inc', 'Sony' of 'Sony (U.K.) Ltd', across a wire's line break): the name
    runs on to the legal form, as where the model tags it whole ('Mitsubishi Bank (Europe) SA'). Not a partner's
    tail, whose firm's first partners the model tagged apart ('N.M. Rothschild\nand' 'Sons')."""
    doc = span.doc
    at = _after_line_breaks(doc, span.end)
    if not len(span) or at + 3 >= len(doc) or span[0].text in lexicon.partner_tails \
            or doc[at].text != "(" or doc[at + 2].text != ")" \
            or not (doc[at + 1].is_upper or doc[at + 1].is_title) or not doc[at + 1].text[:1].isalpha():
        return span
    form = _after_line_breaks(doc, at + 3)
    return doc[span.start : form + 1] if form < len(doc) and doc[form].text in lexicon.legal_forms else span


def _a_split_start_word(word: Token, lexicon: OrganizationLexicon) -> bool:
    """A capitalised proper noun that may open a firm's name: no function word, legal form or post."""
    return word.is_alpha and word.is_title and word.tag_ in ("NNP", "NNPS") and not word.is_stop \
        and word.ent_type_ in SPLIT_START_LABELS and word.text not in lexicon.firm_endings \
        and word.lower_ not in lexicon.title_heads
