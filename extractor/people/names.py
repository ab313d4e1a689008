"""Names: the model's PERSON entities and 'Name (Country)' names, cleaned of titles, nationalities and
what the model runs into them, and grown to the full name; none in a byline."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Callable, Optional

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..doc_utils import COLUMNS, columns, doc_text, sentence_bounds, sentence_of, sentence_tokens
from ..entities import (
    NAME_PARTICLES, bracketed_country_names, clean_spaces, in_capitals, is_capitalised, labelled_entities, trim_name,
)
from ..doc_utils import words_at
from .lexicon import PLURAL_TAGS, PeopleLexicon
from .tokens import adjective_piece, hyphen_piece, name_token, two_part

NAME_POS = frozenset({"PROPN"})
OPENING_BRACKET = get_string_id("(")
# The brackets a byline may open with ('(Reporting by ...', '[By ...').
OPENING_BRACKETS = frozenset({OPENING_BRACKET, get_string_id("[")})
DASHES = frozenset({"-", "–", "—"})
# The function words that open a sentence, not a name, when the model runs a name on past its full stop.
SENTENCE_OPENER_POS = frozenset({"SCONJ", "ADP", "CCONJ", "DET", "PRON", "ADV"})
# A byline or credit line is short: at most this many words, a third of it for one opening with 'By'.
BYLINE_MAX_WORDS = 36
# What a word opening the sentence is when it is no name's first word ('Nevertheless Franz Ferdinand', 'Entering
# Westminster'): an adverb, a verb, a conjunction or preposition of three letters or more ('So Ji-sub', 'Do Kwon' are
# names), unless it is a given name; an auxiliary only opens a question ('Will Warren continue to face the heat?';
# 'Will Young won Pop Idol').
OPENER_POS = frozenset({"ADV", "VERB", "SCONJ", "ADP", "CCONJ"})
# Entities whose words, written before a given name, are a description ('Unison', 'Tory').
BODY_LABELS = frozenset({"ORG", "NORP"})
# Regnal numbers after a name ('Queen Elizabeth I', 'Pedro II').
REGNAL_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"})
# A wire wraps a paragraph's lines at about 65 characters: a line this long that breaks inside a name was wrapped.
WRAPPED_LINE = 40
# Written after a family name, the son's or the father's mark: 'Louis Gerstner Jr.' is mentioned again as 'Gerstner'.
GENERATIONAL_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# A surname particle's elided form, its last vowel dropped before a surname that opens with one: the d' of 'Valery
# Giscard d'Estaing' (de), the dell' of 'Marcello Dell'Utri' (della).
ELIDED_PARTICLES = frozenset(particle[:-1] for particle in NAME_PARTICLES if particle[-1] in "aeiou" and len(particle) > 1)


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
    # the role the title right before the name gives ('photographers' of 'photographers David Bailey')
    titled: Optional[str] = None


def family_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name's words up to its family name: without a generational suffix ('Louis Gerstner' of 'Louis
    Gerstner Jr.'), which a later mention leaves off. A regnal number stays ('Henry VIII' is no Mr Henry)."""
    return words[:-1] if len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES else words


def name_mention(span: Span) -> NameMention:
    words = tuple(token.text for token in span if not token.is_space)
    return NameMention(span.start, span.end, words, span.text, span.start_char, span.end_char,
                       sentence=sentence_of(span.doc, span.start_char))


def find_names(
    doc: Doc, lexicon: PeopleLexicon, blocked: set[int], demonyms: set[int], places: set[int], byline: set[int],
    orth: numpy.ndarray,
) -> list[NameMention]:
    """'Name (Country)' names, which the model often tags ORG or cuts short ('C Latham (Australia)'), then
    PERSON entities cleaned and grown to full names; none in a byline. ``orth``: the article's words (ORTH)."""
    names: list[NameMention] = []
    taken: set[int] = set(byline)
    spans = [_clean(ent, lexicon, demonyms) for ent in labelled_entities(doc, "PERSON")]
    # the words of the bodies and parties the article names, read once if a name's description asks for them
    bodies = cache(lambda: frozenset(clean_spaces(ent.text).lower() for ent in doc.ents if ent.label_ in BODY_LABELS))
    for span in [*bracketed_country_names(doc, places, numpy.flatnonzero(orth == OPENING_BRACKET).tolist()), *spans]:
        if span is None or all(lexicon.is_title_word(token) for token in span):
            continue
        model_start = span.start
        span = grow(span, lexicon, blocked)
        if not _opens_with_given_name(span, lexicon):
            span = _without_description(span, model_start, lexicon, bodies)
        tokens = set(range(span.start, span.end))
        if not len(span) or not tokens.isdisjoint(blocked) or not tokens.isdisjoint(taken) \
                or not _looks_like_name(span) or len(span) > 1 and span[-1].text in lexicon.institution_heads:
            continue
        taken |= tokens
        names.append(name_mention(span))
    names.sort(key=lambda name: name.start)
    return names


def _opens_with_given_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A given name first, but not a party's word that is one too ('Tory Neil Hamilton'; 'Tory Burch' stays)."""
    return bool(len(span)) and span[0].text in lexicon.first_names and span[0].lower_ not in lexicon.party_words


def _without_description(
    span: Span, model_start: int, lexicon: PeopleLexicon, bodies: Callable[[], frozenset[str]]
) -> Span:
    """The name without the description before it ('Tory Neil Hamilton', 'Blairite Alan Milburn', 'Minister for
    Work Jane Kennedy', 'Minister of Social Affairs Louw de Graaf'): the name starts at its first given name when
    every word before it is a party's, a nationality or a title word, or the words are a body or party the article
    tags elsewhere, or they follow a word that only describes a person ('the late Beatle George Harrison'); or at
    that given name or where the model started the name before it was grown, when the words before are a body's
    name after a post and 'of' or 'for' ('Corning Glass Works' stays). A particle is a name's
    ('El Hassane Lahssini'). Words of no such kind stay ('Hossain Mohammad Ershad', 'Lal Krishna Advani').
    ``bodies`` gives the names of those bodies and parties, read from the entities only when first asked."""
    doc = span.doc
    given = next((index for index in range(span.start + 1, span.end - 1) if doc[index].text in lexicon.first_names),
                 None)
    start = given if given is not None else model_start
    if not span.start < start < span.end - 1:
        return span
    before = doc[span.start : start]
    if any(token.lower_ in NAME_PARTICLES for token in before):
        return span  # 'El Hassane Lahssini'
    described = span.start > 0 and doc[span.start - 1].lower_ in lexicon.describing_adjectives
    if post_body(before, lexicon) or given is not None and (described or all(
            _describing(token, lexicon) for token in before) or clean_spaces(before.text).lower() in bodies()):
        return doc[start : span.end]
    return span


def _describing(token: Token, lexicon: PeopleLexicon) -> bool:
    lower = token.lower_
    return lower in lexicon.party_words or lower in lexicon.nationalities or lexicon.is_title_word(token) \
        or lexicon.is_role_head(token)


def post_body(words: Span, lexicon: PeopleLexicon) -> bool:
    """Capitalised words that name the body of a post written before them ('Minister for Work', 'Minister of\nSocial
    Affairs')."""
    doc = words.doc
    joiner = words.start - 1
    return joiner > 0 and doc[joiner].lower_ in ("of", "for") and lexicon.is_title_word(doc[joiner - 1]) \
        and all(is_capitalised(token) for token in words)


def byline_tokens(doc: Doc, lexicon: PeopleLexicon, lower: numpy.ndarray) -> set[int]:
    """Tokens of byline and credit lines ('By Nada Tawfik, BBC News, New York', '(Reporting by Will Dunham;
    Editing by Tom Brown)'): their names are the writers, no people of the story. A line opening with 'By'
    is a byline only when short and not a sentence ('By Evan Symon, August 14, 2020 2:30 pm'; not 'By
    contrast, ...' nor 'By Monday the talks had stalled.'). ``lower``: the article's words in lowercase (LOWER)."""
    found: set[int] = set()
    if not _line_opens_with(doc, lower, lexicon.byline_first_word_ids):
        return found
    starts: Optional[list[int]] = None  # each token's first character, read once the first byline is met
    start = 0
    for line in doc_text(doc).split("\n"):
        end = start + len(line)
        match = lexicon.byline.match(line)
        words = len(line.split())
        if match and words <= BYLINE_MAX_WORDS and (
                match.group(1).lower() != "by" or words <= BYLINE_MAX_WORDS // 3 and not line.rstrip().endswith(".")):
            starts = starts if starts is not None else doc.to_array(IDX).tolist()
            found.update(range(bisect_left(starts, start), bisect_left(starts, end)))
        start = end + 1
    return found


def _line_opens_with(doc: Doc, lower: numpy.ndarray, ids: numpy.ndarray) -> bool:
    """Whether a line's first word, after spaces and brackets, is one of the words of ``ids`` (``word_ids`` of
    lowercase words): found from the few places those words stand, and the words before them read from the token
    columns ('by' is common, and a Token object for the word before each was most of this test), so that the
    article's text is built and split into lines only when a byline may be there."""
    table, strings = columns(doc), doc.vocab.strings
    orth, is_space = table[:, COLUMNS.index(ORTH)], table[:, COLUMNS.index(IS_SPACE)]
    for i in words_at(lower, ids):
        before = i - 1
        while before >= 0 and (is_space[before] or orth[before] in OPENING_BRACKETS):
            if is_space[before] and "\n" in strings[orth[before]]:
                return True
            before -= 1
        if before < 0:
            return True
    return False


def _clean(ent: Span, lexicon: PeopleLexicon, demonyms: set[int]) -> Optional[Span]:
    """The name inside a PERSON entity: without a title, a leading nationality ('Mexican Ariel Cruz') or hashtag,
    the dateline under a byline ('WASHINGTON' under 'Jim Adams'), a dash between words ('her husband
    Matthew Vaughn - Troy actress Diane Kruger'), lowercase words and figures after it
    ('J. Gillespie st Kaluwitharana', 'Aamir Sohail 5-0-31') and what follows a possessive. In a sentence
    in capitals only a name opening with a given name is one ('ROBERT MAXWELL SAID', not 'BERGER SAYS')."""
    span = trim_name(ent)
    doc = span.doc
    start, end = span.start, span.end
    for token in span[1:]:
        if token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:-1].islower() and len(token) <= 3:
            return None  # a results line's 'Heritage d. Titusville' (defeated) or a case's 'Roe v. Wade': no initial
        dateline = token.is_space and "\n" in token.text and token.i + 1 < end and doc[token.i + 1].is_upper \
            and not _initial(doc[token.i + 1])  # a middle initial after a wire's line break ('Eugene\nA. Gordon')
        lowercase = token.is_lower and token.is_alpha and token.lower_ not in NAME_PARTICLES
        possessive = token.tag_ == "POS"  # "Walker's Greensboro-area seat"
        dash = token.text in DASHES and bool(token.whitespace_) and bool(doc[token.i - 1].whitespace_)
        # a function word capitalised after a full stop opens the next sentence ('Malcolm X. Besides Dee, Davis is')
        opener = token.pos_ in SENTENCE_OPENER_POS and token.is_title and doc[token.i - 1].text.endswith(".") \
            and token.lower_ not in NAME_PARTICLES
        if dateline or possessive or dash or opener or lowercase and not hyphen_piece(token):
            end = token.i
            break
    while end > start and (doc[end - 1].is_punct or not name_token(doc[end - 1])):
        end -= 1
    while start + 1 < end and (
        start in demonyms or doc[start].ent_type_ == "NORP" or doc[start].lower_ in lexicon.nationalities
        or _sentence_opener(doc[start], lexicon) or _tag_or_position(doc[start], lexicon)
        or _past_verb(doc[start], lexicon)
    ):
        start += 1
    if end - start < 1:
        return None
    name = _strip_titles(doc[start:end], lexicon)
    return None if name[0].text.capitalize() not in lexicon.first_names and in_capitals(name) else name


def _past_verb(token: Token, lexicon: PeopleLexicon) -> bool:
    """A verb's past form capitalised before a name is no part of it, however tagged: a wire capitalises a word after
    an abbreviation's full stop ('The U.K. Remained Rowntree's largest centre'). No given name is one."""
    lower = token.lower_
    return lower.endswith("ed") and lower in lexicon.common_words and token.text not in lexicon.first_names \
        and (lower[:-1] in lexicon.common_words or lower[:-2] in lexicon.common_words)


def _tag_or_position(token: Token, lexicon: PeopleLexicon) -> bool:
    """A hashtag is no part of a name ('#Browns Greedy Williams has been solid'), nor is a letters' abbreviation
    before a given name and a surname, a player's position or a body ('DL Larry Ogunjobi'; 'PJ Harvey' stays, and
    so does a title with a plural after a given name's word: 'BMJ Case Reports')."""
    doc, i = token.doc, token.i
    if i > 0 and doc[i - 1].text == "#" and not doc[i - 1].whitespace_:
        return True
    return token.is_upper and token.is_alpha and len(token) > 1 and i + 2 < len(doc) \
        and doc[i + 1].text in lexicon.first_names and doc[i + 2].is_title \
        and doc[i + 2].tag_ != "NNPS" and not lexicon.plural_noun(doc[i + 2].text)


def _sentence_opener(token: Token, lexicon: PeopleLexicon) -> bool:
    """A word the model ran into the name because it opens the sentence ('Hosting Cook at Dreamforce "is our dream,"
    Benioff said', 'Entering Westminster, he came to ...', 'Nevertheless Franz Ferdinand were ...'): no given name
    and read as a verb or an adverb (an auxiliary only in a question: 'Will Warren continue ...?'), or a long '-ing'
    word the tagger took for a proper noun before a given name or the surname of a person named in full elsewhere
    ('Tim Cook'; not 'Corning Glass Works', 'Downing St')."""
    if not (token.is_sent_start or _opens_a_line(token)) or token.text.capitalize() in lexicon.first_names:
        return False
    if token.pos_ == "AUX":
        return _asks(token)
    if token.pos_ in OPENER_POS:
        return len(token) > 2
    if len(token) < 6 or not token.lower_.endswith("ing") or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.text in lexicon.first_names or any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == after.text and not ent.start <= token.i < ent.end
        for ent in token.doc.ents)


def _asks(token: Token) -> bool:
    """The sentence from this word on is a question: its first full stop, mark or line break is a question mark."""
    for word in token.doc[token.i : sentence_bounds(token.doc, token.i)[1]]:
        if word.text in (".", "!", "?") or word.is_space and "\n" in word.text:
            return word.text == "?"
    return False


def _strip_titles(span: Span, lexicon: PeopleLexicon) -> Span:
    """The model sometimes tags 'Interior Minister Ivica Dacic' whole: the name starts after the last title
    word, provided everything before it is title words, adjectives, a party's words or words right before a title word
    ('Tory Treasurer Lord Ashcroft', 'Lib Dem MP Lembit Opik'; 'John Major' stays whole)."""
    last = span.start if _leading_description(span, lexicon) else None
    for token in span[:-1]:
        if lexicon.is_title_word(token):
            last = token.i
        elif token.pos_ != "ADJ" and token.lower_ not in lexicon.party_words \
                and not lexicon.is_title_word(token.nbor()):
            break
    if last is not None and span.end - last == 2 and span.doc[last].lower_ in lexicon.name_like_titles:
        last = None if last == span.start else last - 1
    return span if last is None else span.doc[last + 1 : span.end]


def _leading_description(span: Span, lexicon: PeopleLexicon) -> bool:
    """'Singer Alex Kapranos', 'former DJ Mike Read', 'Teenager LaShawn Merritt': a role noun or another noun for
    a person the model took into the name, capitalised only because it opens the sentence or the line (the parser
    may run a headline into the line after it: 'Spears seeks aborted tour payment' over 'Singer Britney Spears is
    suing ...'), or an initialism. Capitalised inside a sentence it is part of a name ('Star Trek', 'Model T')."""
    return len(span) > 1 and _description(span[0], lexicon)


def _description(token: Token, lexicon: PeopleLexicon) -> bool:
    return (lexicon.is_role_head(token) or _person_noun(token, lexicon)) \
        and (token.is_sent_start or token.is_upper or _opens_a_line(token))


def _person_noun(token: Token, lexicon: PeopleLexicon) -> bool:
    """A noun for a person that English writes in lowercase ('Teenager', 'Comic', 'Fellow'), or a rarer one before a
    given name and a surname ('Solicitor Gareth Pierce', 'Olympian Kelly Holmes'), which no name starts with, there
    also one whose commonest sense is no person ('Substitute Joe Pattison'); in the plural too ('Sprinters Kostas
    Kenteris and Katerina Thanou'): not a given name or a surname ('Hunter', 'Cook'), nor a courtesy title ('Sir')."""
    lower = token.lower_
    if token.tag_ in PLURAL_TAGS and lower.endswith("s") and lexicon.plural_noun(token.text):
        lower = lower[:-1]  # a plural the tagger took for a proper noun keeps itself as its lemma ('Sprinters')
    if lower in lexicon.role_nouns:
        person = lower in lexicon.common_words or _before_a_full_name(token, lexicon)
    else:
        person = lower in lexicon.kinds_of_people and _before_a_full_name(token, lexicon)
    return person and lower not in lexicon.common_surnames and token.text not in lexicon.first_names \
        and not lexicon.is_title_word(token)


def _before_a_full_name(token: Token, lexicon: PeopleLexicon) -> bool:
    """A given name and a surname follow, and no title runs on into the word across a wire's line break ('Central
    Bank Governor\nSheikh Salem Abdul-Aziz al-Sabah', where it is the title's)."""
    doc = token.doc
    before = next((word for word in reversed(doc[: token.i]) if not word.is_space), None)
    return token.i + 2 < len(doc) and doc[token.i + 1].text in lexicon.first_names and doc[token.i + 2].is_title \
        and not (before is not None and (lexicon.is_title_word(before) or lexicon.is_role_head(before)))


def _opens_a_line(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i else None
    return before is None or before.is_space and "\n" in before.text


def grow(span: Span, lexicon: PeopleLexicon, blocked: set[int]) -> Span:
    """The model often keeps only the surname ('Jurovic' of 'Rados Jurovic'): take in neighbouring
    capitalised proper nouns that are neither titles nor other entities, surname particles ('Ruud van
    Nistelrooy') and a regnal number ('Queen Elizabeth I')."""
    if not len(span):
        return span
    doc, start, end = span.doc, span.start, span.end
    sentence = sentence_tokens(doc, start)
    while start > sentence.start and _first_name_word(doc[start - 1], lexicon, blocked):
        start -= 1
    if start - 2 >= sentence.start and line_break(doc[start - 1]) \
            and _given_closing_a_line(doc, start - 2, lexicon, len(span) == 1) \
            and _first_name_word(doc[start - 2], lexicon, blocked):
        start -= 2  # a given name closing the wire's line before ('U.S. Trade Representative Clayton\nYeutter said')
        while start > sentence.start and _first_name_word(doc[start - 1], lexicon, blocked):
            start -= 1
    while start - 1 > sentence.start and hyphen_piece(doc[start]) and two_part(doc[start - 1]) \
            and is_capitalised(doc[start - 2]) and doc[start - 2].i not in blocked:
        start -= 2  # one word: 'Al-Kahlot' when only 'Kahlot' was found
        while start > sentence.start and _first_name_word(doc[start - 1], lexicon, blocked):
            start -= 1
    while start > sentence.start and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].i not in blocked:
        start -= 1
        while start > sentence.start and _first_name_word(doc[start - 1], lexicon, blocked):
            start -= 1
    while end < sentence.end:
        if _name_word(doc[end], lexicon, blocked) or (
                end > start and elided_surname(doc[end]) and doc[start].text in lexicon.first_names):
            end += 1
        elif end + 1 < len(doc) and end > start and line_break(doc[end]) \
                and _given_before_a_break(doc, start, end, lexicon) and _name_word(doc[end + 1], lexicon, blocked) \
                and not _opens_a_sentence(doc[end + 1]):
            end += 2  # a wire's line break after the given name ('Secretary of Commerce Malcolm\nBaldrige')
        elif after_particle := _surname_after_particle(doc, start, end, lexicon, blocked):
            end = after_particle
        elif end + 1 < sentence.end and doc[end].text == "-" and hyphen_piece(doc[end + 1]):
            if not two_part(doc[end]) or adjective_piece(doc[end + 1]):
                break
            end += 2
        else:
            break
    if end < sentence.end and doc[end].text in REGNAL_NUMBERS and end > start:
        end += 1
    return doc[start:end]


def _surname_after_particle(doc: Doc, start: int, end: int, lexicon: PeopleLexicon, blocked: set[int]) -> int:
    """Where the name ends when a surname's particle closes a wire's line and the surname opens the next: the model
    tags 'Richard von' and leaves 'Weizsaecker' ('West German President Richard von\nWeizsaecker met ...',
    'Financial Director Egon von\nGreyerz,'); 0 when it does not."""
    particle = end - 1 if doc[end - 1].lower_ in NAME_PARTICLES else end
    if particle - start < 1 or not doc[particle].is_lower or doc[particle].lower_ not in NAME_PARTICLES \
            or particle + 2 >= len(doc) or not line_break(doc[particle + 1]):
        return 0
    surname = doc[particle + 2]
    return surname.i + 1 if _name_word(surname, lexicon, blocked) and not _opens_a_sentence(surname) else 0


def _given_closing_a_line(doc: Doc, at: int, lexicon: PeopleLexicon, surname: bool) -> bool:
    """The word closing the wire's line before a name is a given name: one of the list, or, before a ``surname`` the
    model tags alone, a word English does not write in lowercase right after a title's head noun ('Trade Minister
    Hajime\nTamura was quoted'; not 'Finance and Petroleum Minister Sheikh\nAbdul-Aziz bin Khalifa al-Thani')."""
    word = doc[at]
    return word.text in lexicon.first_names or surname and at > 0 and lexicon.is_role_head(doc[at - 1]) \
        and word.lower_ not in lexicon.common_words


def _given_before_a_break(doc: Doc, start: int, end: int, lexicon: PeopleLexicon) -> bool:
    """The word before a wire's line break is a given name: one of the list, or one word the model alone tags a person
    before an untagged word English does not write in lowercase ('senior economists, including Susumu\nTaketomi of
    Industrial Bank of Japan, said')."""
    word, after = doc[end - 1], doc[end + 1]
    return word.text in lexicon.first_names or end - start == 1 and word.ent_type_ == "PERSON" \
        and word.ent_iob_ == "B" and after.ent_type_ == "" and after.lower_ not in lexicon.common_words


def line_break(token: Token) -> bool:
    """A wire's line break inside a paragraph: one newline, no indent (a paragraph opens on an indented line),
    before a word of two letters or more, between lines of which one at least the wire filled (the first may be
    short, its dateline cut: 'Secretary of Commerce Malcolm\nBaldrige expressed concern about the continuing U.S.
    trade'); a web page's short lines are items of their own ('A: Lebron James\nQ: Favorite places ...')."""
    if token.text != "\n" or token.i + 1 >= len(token.doc) or len(token.doc[token.i + 1]) < 2:
        return False
    text = doc_text(token.doc)
    after = text.find("\n", token.idx + 1)
    return token.idx - (text.rfind("\n", 0, token.idx) + 1) >= WRAPPED_LINE \
        or (len(text) if after < 0 else after) - token.idx - 1 >= WRAPPED_LINE


def _opens_a_sentence(token: Token) -> bool:
    """The word opens a sentence of its own, after a full stop the line break follows."""
    return token.is_sent_start and token.i > 1 and token.doc[token.i - 2].text in (".", "!", "?")


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[1] == "." and token.text[0].isupper()


def _first_name_word(token: Token, lexicon: PeopleLexicon, blocked: set[int]) -> bool:
    """A name word before the name, where a nationality is no first name ('Kenyan Alice Timbilil'), nor is a
    state's abbreviation ('Sen. Richard Blumenthal, D-Conn. Schumer, he said'), a description word
    ('Actor' of 'Actor Keanu Reeves'), a verb or adverb opening the sentence ('Hosting Cook'), a hashtag or a
    position ('#Browns', 'DL Larry Ogunjobi')."""
    abbreviation = token.text.endswith(".") and len(token.text) > 2
    return token.lower_ not in lexicon.nationalities and not abbreviation and not _description(token, lexicon) \
        and _name_word(token, lexicon, blocked) and not _sentence_opener(token, lexicon) \
        and not _past_verb(token, lexicon) \
        and not _tag_or_position(token, lexicon)


def _name_word(token: Token, lexicon: PeopleLexicon, blocked: set[int]) -> bool:
    return (
        token.pos_ in NAME_POS
        and is_capitalised(token)
        and token.ent_type_ in ("", "PERSON")
        and token.i not in blocked
        and not lexicon.is_title_word(token)
    )


def elided_surname(token: Token) -> bool:
    """A surname written after a particle's elided form, in one word ('d'Estaing', 'dell'Utri'): a name that opens
    with a given name takes it in ('Valery Giscard d'Estaing'), a bank's does not ('Caisse d'Epargne')."""
    particle, mark, surname = token.text.replace("\u2019", "'").partition("'")
    return bool(mark) and particle.lower() in ELIDED_PARTICLES and surname.istitle()


def _looks_like_name(span: Span) -> bool:
    """Words only, starting and ending with a capital: not table rows the model tags ('Maize Mar 48.0').
    A hyphenated last word counts by its first part ('Kim Jong-un'), unless that is a particle ('Bashar
    al-Assad'); hyphens between capitals join a headline's words ('FOOTBALL-RANDALL'), not a name's."""
    last = len(span) - 1
    while last > 0 and (hyphen_piece(span[last]) or span[last].text == "-"):
        if last > 1 and hyphen_piece(span[last]) and span[last - 2].lower_ in NAME_PARTICLES:
            break
        last -= 1
    hyphens = [token for token in span[:-1] if token.text == "-" and hyphen_piece(token.nbor())]
    return (
        (is_capitalised(span[0]) or span[0].lower_ in NAME_PARTICLES)
        and (is_capitalised(span[last]) or last > 0 and elided_surname(span[last]) and is_capitalised(span[last - 1]))
        and not any(hyphen.nbor(-1).is_upper or hyphen.nbor().is_upper for hyphen in hyphens)
        and all(name_token(token) or token.text == "-" for token in span if not token.is_space)
    )
