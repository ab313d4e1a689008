"""Which of the model's ORG entities are organizations, and where their names start and end: the model's tag is
checked against evidence (a name's head: Act, Championships vs Ministry, Party; the number before a unit).
Titles of works are found in ``works``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Optional

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..entities import (NAME_PARTICLES, bracketed_country_names, in_capitals, labelled_entities, labels_a_line,
                        normalise, role_words, trim_name)
from .candidates import Candidate, candidate_of
from .edges import (_after_line_breaks, _joins_a_legal_form, run_on, with_briefs_after_and, with_briefs_after_for,
                    with_legal_forms_joined, with_split_start, without_function_word_ends,
                    with_region_in_brackets, without_person_before_of, without_seat)
from .lexicon import OrganizationLexicon
from ..doc_utils import doc_text, figure_shaped, has_digit, sentence_starts
from ..places import fold, gazetteer
from ..resolve import proposals
from .reading import Lazy, Reading, id_set
from .teams import scorers_line_test

# Between the subjects of one brief ('Trade and Industry Secretary', 'Culture, Media and Sport Secretary'), and
# between the briefs a body is named for ('Department for Culture, Media and Sport').
PORTFOLIO_JOINERS = frozenset({"and", "&", ","})
# What the model may tag a partner of a firm ('Ryan' PERSON, 'Prescott' GPE of 'Prescott, Ball and Turben Inc').
PARTNER_LABELS = frozenset({"", "PERSON", "ORG", "GPE"})
# ... of whom one at least must read as a person's name: a list of companies or places is no firm.
PERSON_LABELS = frozenset({"", "PERSON"})
# A match's score: '2-1', '3 - 0'.
SCORE = re.compile(r"\d{1,3}-\d{1,3}")
# The wire's marks around a company's name or ticker ('<Pratt and Whitney>', 'Boeing Co <BA>').
WIRE_MARKS = frozenset({"<", ">"})
# What joins two names the model may run together ('Gazprom and Rosneft').
JOINERS = frozenset({"and", "&"})
# The model's tags of the words after a head's 'of' that may end a body's name ('Bank of New York').
PLACE_OR_BODY = frozenset({"", "GPE", "LOC", "ORG", "NORP"})
# The same words and marks as string ids, tested in the token columns (``Reading.orths``, ``Reading.lowers``).
JOINER_IDS = frozenset(map(get_string_id, JOINERS))
BRIEF_OPENER_IDS = frozenset(map(get_string_id, ("of", "for")))
OF = get_string_id("of")
OF_IDS = frozenset({OF})
OF_TO_IDS = frozenset({OF, get_string_id("to")})
COMMA = get_string_id(",")
THE, HYPHEN = get_string_id("the"), get_string_id("-")
WIRE_MARK_IDS = frozenset(map(get_string_id, WIRE_MARKS))
OPENING_MARK, CLOSING_MARK = get_string_id("<"), get_string_id(">")
# What opens what a possessive's owner has ("McDonald's golden arches", "Mr Campbell's campaigning skills").
POSSESSED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "CD"})
HONORIFICS = role_words("honorifics")
# A verb in lowercase between two names makes them no one name ('Garrett hit Rudolph').
CLAUSE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
# A post's words, which open no partner's name ('CEO and Founder of Ceres Robotics Inc.') and which, before
# 'of', are no part of the body's name ('Founder of Ceres Robotics Inc.').
POST_WORDS = role_words("role_words")
POST_HEADS = role_words("role_heads")
POST_HEAD_IDS = id_set(POST_HEADS)
# The initials after which the wire capitalises any word ('U.S. Oil company'), and the common nouns' tags.
WIRE_INITIALS = frozenset({"U.S.", "U.K."})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# A middle initial in a person's name ('Eugene A. Gordon').
INITIAL = re.compile(r"[A-Z]\.")
# A partner's initials ('S.G.', 'J.P.', 'B.') and the tags of a proper noun.
INITIALS = re.compile(r"(?:[A-Z]\.)+")
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# White space that ends a paragraph: a blank line, or a line break before an indented line.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*[\n \t]")
# What follows a surname in a person's name ('Lester L. Colbert Jr.').
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The ENT_IOB values that open and continue an entity, and the labels ``surnames`` reads, as ENT_TYPE ids.
ENTITY_OPENING, ENTITY_INSIDE = 3, 1
PERSON, ORG = get_string_id("PERSON"), get_string_id("ORG")
# A dash set off by spaces between a description and a name ('a US winemaking arm - Diageo Chateau').
DASHES = frozenset({"-", "\u2013", "\u2014"})
# What may come before a sentence's first word ('"Speech is', '(Digital').
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", "-", "\u2013", "\u2014"})


def entity_candidates(
    reading: Reading, lexicon: OrganizationLexicon, places: set[int], found: list[Span], breaks: list[int]
) -> tuple[list[Candidate], list[Span]]:
    """The candidates from the model's ORG entities, and the firms among them named for partners the model
    tagged apart ('Prescott, Ball and Turben Inc'); ``found``: names found by their own evidence (teams, the
    companies the wire marks), which the model's entities there do not cut; ``breaks``: the article's line
    breaks (``line_breaks``)."""
    doc = reading.doc
    candidates = [candidate_of(name) for name in found]
    opens = reading.opening_brackets
    people = bracketed_country_names(doc, places, opens)
    claimed = {i for span in [*found, *people] for i in range(span.start, span.end)}

    def lowercase() -> frozenset[int]:
        return reading.lowercase_ids  # read when first asked

    capitals = _capitals_test(reading)
    by_place = _capitalised_by_place_test(reading, lexicon, lowercase)
    in_scorers_line = scorers_line_test(reading, breaks)
    table_label = _table_label_test(reading, lexicon, breaks)
    firms: list[Span] = []
    partnered: list[Span] = []  # the firms named for partners the model tags whole ('Cable and Wireless Plc')
    joined: set[int] = set()  # the words a name took in before its 'and', which name nothing alone
    for ent in _organization_entities(reading, lexicon):
        if claimed.intersection(range(ent.start, ent.end)):
            continue
        name = _without_post_nominals(trim_name(ent), lexicon)
        if name is None:
            continue
        name = _without_post(_without_lowercase_end(_without_lowercase_start(name, reading), lexicon, reading),
                             reading)
        span = _outside_marks(_after_owner(_with_listed_possessive(_without_holder(name, lexicon, reading), lexicon),
                                           lowercase), reading)
        if span is None:
            continue
        span = _complete(with_region_in_brackets(_before_bracket(span, opens, lexicon), lexicon), lexicon, reading)
        if span is not None:
            whole = _with_first_part(_without_score(without_seat(span, lexicon), reading), lexicon, reading)
            joined.update(range(whole.start, span.start))
            span = _with_untagged_start(whole, lexicon, reading)
            split = with_split_start(span, lexicon)
            joined.update(range(split.start, span.start))  # the words the model tagged a name of their own
            span = _with_partner_tail(split, lexicon, reading)
        if span is not None and capitals(span):
            span = _evidenced_in_capitals(span, lexicon, reading.text)
        if span is None:
            continue
        text = span.text  # read once for the tests
        if _is_name(span, text, lexicon, places, reading) and names_a_body(span, lexicon, reading, text) \
                and not _heading_word(span, text, lowercase) and not by_place(span) and not in_scorers_line(span) \
                and not table_label(span) and not _wire_capital(span, lexicon):
            firm = _with_partners(span, lexicon)
            if firm is not None:
                candidates.append(candidate_of(firm))
                claimed.update(range(firm.start, firm.end))  # the entity it took in: 'Sons Inc' of 'Alex. Brown and'
                if firm.start < span.start:
                    firms.append(firm)
                elif _named_for_partners(firm, lexicon.partnership_endings):
                    partnered.append(firm)
    if joined:
        candidates = [candidate for candidate in candidates if not joined.issuperset(range(candidate.start,
                                                                                           candidate.end))]
    if not firms and not partnered:
        return candidates, firms
    candidates = _with_firm_repeats(_outside(candidates, firms), firms + partnered, lexicon.partnership_endings)
    return candidates, firms


def _named_for_partners(firm: Span, endings: frozenset[str]) -> bool:
    """Whether a firm's name the model tags whole is its partners' capitalised names joined by 'and' and its legal
    form ('Cable and\nWireless Plc', 'Saatchi and Saatchi Co Plc'), which the article may repeat without the form."""
    written = [token.text for token in firm if not token.is_space]
    words = list(written)
    while len(words) > 1 and words[-1] in endings:
        words.pop()
    return len(words) < len(written) and not JOINERS.isdisjoint(words[1:-1]) and words[-1] not in JOINERS \
        and all(word[:1].isupper() or word in JOINERS for word in words)


def _with_firm_repeats(candidates: list[Candidate], firms: list[Span], endings: frozenset[str]) -> list[Candidate]:
    """A firm named for its partners is that firm where the article repeats its partners' names, with or without
    its legal form ('Bell and Howell said' after 'Bell and Howell Co', 'Reynolds and Reynolds advised'), whose parts
    the model tags apart there: one name, for which the parts go; not where a name the model tags there runs on
    beyond the words, a longer name's."""
    doc = firms[0].doc
    taken = [(firm.start, firm.end) for firm in firms]
    for firm in firms:
        words = [token.text for token in firm if not token.is_space]
        while len(words) > 1 and words[-1] in endings:
            words.pop()
        if JOINERS.isdisjoint(words):
            continue  # 'PayPerAction' of 'PayPerAction LLC', which the model tags whole
        written = r"(?<![\w.&'-])" + _written(firm, len(words)) + r"(?![\w&-])"
        for match in re.finditer(written, doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(span.start < end and start < span.end for start, end in taken):
                continue
            end = span.end
            while _after_line_breaks(doc, end) < len(doc) and doc[_after_line_breaks(doc, end)].text in endings:
                end = _after_line_breaks(doc, end) + 1
            inside = [candidate for candidate in candidates if span.start < candidate.end and candidate.start < end]
            if not inside or any(candidate.start < span.start or candidate.end > end for candidate in inside) \
                    or len(inside) == 1 and (inside[0].start, inside[0].end) == (span.start, end):
                continue
            at = candidates.index(inside[0])
            gone = {id(candidate) for candidate in inside}
            candidates = [candidate for candidate in candidates if id(candidate) not in gone]
            candidates.insert(at, candidate_of(doc[span.start : end]))
            taken.append((span.start, end))
    return candidates


def _written(firm: Span, size: int) -> str:
    """A pattern of the firm's first ``size`` words as written, any white space where it has some ('Merrill Lynch,
    Pierce' over a line break)."""
    words = [token for token in firm if not token.is_space][:size]
    return "".join(re.escape(token.text) + (r"\s+" if token.whitespace_ or firm.doc[token.i + 1].is_space else "")
                   for token in words[:-1]) + re.escape(words[-1].text)


def _organization_entities(reading: Reading, lexicon: OrganizationLexicon) -> list[Span]:
    """The model's ORG entities, with two names it ran together over 'and' apart where the article names one
    of them alone as an organization too, the second opens with 'The' or the first ends in a legal form ('the
    ability of Gazprom and Rosneft' beside 'Rosneft', 'both The Independent and The Times', 'underwriters Stephens
    Inc and Cazenove Inc.'), and over a list's comma (``_comma_apart``); a name with 'and' inside stays whole
    ('Toshiba Elevator and Building Systems', 'SG Corporate & Investment Banking'), as does a firm's with '&' named
    by one partner elsewhere ('Marsh & McLennan' beside 'Marsh'), and a body's briefs it tagged apart are joined
    (``_with_briefs``), as are the parts of a name it tags whole elsewhere (``_whole_where_tagged_whole``), a
    firm's service it tags apart (``_with_service_tails``) and the place or name after a head's 'of'
    (``_with_place_after_of``); no name runs over a paragraph's break (``_before_paragraph_break``), nor takes in a
    person's surname before 'of' (``without_person_before_of``)."""
    doc = reading.doc
    tagged = without_person_before_of([_before_paragraph_break(ent) for ent in labelled_entities(doc, "ORG")], lexicon)
    entities = _with_place_after_of(_with_service_tails(tagged, lexicon, reading), lexicon, reading)
    if reading.holds(lexicon.name_particle_ids):
        entities = _with_particle_tails(entities, lexicon.name_particles)
    entities = with_legal_forms_joined(with_briefs_after_and(without_function_word_ends(entities, lexicon), lexicon),
                                       lexicon)
    entities = with_briefs_after_for(entities, lexicon)
    entities, briefs = _with_briefs(entities, lexicon, reading)
    entities = [part for ent in entities for part in _comma_apart(ent, lexicon.firm_endings, reading)
                for part in _owner_apart(part, lexicon, reading)]
    joined = {ent.start for ent in entities if ent.start not in briefs and _inside(ent, JOINER_IDS, reading)}
    if not joined:
        return entities
    entities = _whole_where_tagged_whole(entities, {doc[start].text for start in joined})
    alone = {ent.text for ent in entities}
    names: list[Span] = []
    for ent in entities:
        names.extend(_apart(ent, alone, lexicon) if ent.start in joined else (ent,))
    return names


def _owner_apart(ent: Span, lexicon: OrganizationLexicon, reading: Reading) -> tuple[Span, ...]:
    """A firm's full name, ending in its legal form, and the name of a unit it owns, which the model runs together
    over the possessive ("Sun Co's Sun Refining and Marketing Co", "Coca-Cola Co's Entertainment Business Sector
    Inc"): two names. The legal form is read from the ORTH column (``Reading.orths``)."""
    orths, endings, doc = reading.orths, lexicon.partnership_ending_ids, reading.doc
    for i in range(ent.start + 1, ent.end - 2):
        if orths[i] in endings and doc[i + 1].tag_ == "POS" and doc[i + 2].text[:1].isupper():
            return doc[ent.start : i + 1], doc[i + 2 : ent.end]
    return (ent,)


def _with_service_tails(entities: list[Span], lexicon: OrganizationLexicon, reading: Reading) -> list[Span]:
    """A firm named for its services, which the model cuts at 'and' ('Western Carolina Savings' and 'Loan
    Association', 'Pacific Gas' and 'Electric'): one name where the second opens with a service word and the first
    ends in a body's or a service's word (``_names_a_service``); the capitalised words before the first part are
    taken in where the model left it untagged ('Metropolitan Federal Savings and Loan Association'). An article
    without a service word has none, and its names are not read."""
    if not reading.holds(lexicon.service_ids):
        return entities
    names: list[Span] = []
    for ent in entities:
        doc = ent.doc
        end = _first_part_end(ent, lexicon) if ent[0].text in lexicon.service_words else 0
        if end > 0:
            if names and names[-1].end == end:
                names[-1] = Span(doc, names[-1].start, ent.end, label=ent.label)
                continue
            start = end - 1
            while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ == "ORG" \
                    and doc[start - 1].lower_ not in lexicon.function_words:
                start -= 1
            ent = Span(doc, start, ent.end, label=ent.label)
        names.append(_with_untagged_service(ent, lexicon))
    return names


def _with_place_after_of(entities: list[Span], lexicon: OrganizationLexicon, reading: Reading) -> list[Span]:
    """A body's name the model ends at its head word, before 'of' and the place or name that is the rest of it ('the
    Federal Reserve Bank' of 'New York', 'Royal Bank' of 'Scotland', 'the European Court' of 'Justice'): the name
    runs on over 'of', an optional 'the' and the capitalised words after, across a wire's line break, which the
    model tags a place, an organization or nothing; an entity it tagged there is taken in. The head is read from
    the ORTH column (``Reading.orths``)."""
    names: list[Span] = []
    orths = reading.orths
    for ent in entities:
        if names and ent.start < names[-1].end:
            continue  # the name after 'of', taken into the name before
        if orths[ent.end - 1] in lexicon.of_head_ids:
            ent = Span(ent.doc, ent.start, _place_after_of_end(ent, lexicon.title_heads), label=ent.label)
        names.append(ent)
    return names


def _place_after_of_end(ent: Span, posts: frozenset[str]) -> int:
    """Where the name ends once the capitalised words after the head's 'of' are taken in, up to a post after them
    (``posts``: 'the Bank of Japan Governor'); ``ent.end`` where no such words follow or where they run on over
    'and' into a longer name, whose end the model leaves unclear."""
    doc = ent.doc
    at = _after_line_breaks(doc, ent.end)
    if at >= len(doc) or doc[at].text != "of":
        return ent.end
    at = _after_line_breaks(doc, at + 1)
    if at < len(doc) and doc[at].lower_ == "the":
        at = _after_line_breaks(doc, at + 1)
    end = last = at
    while end < len(doc) and _a_place_word(doc[end]) and not (end > at and doc[end].lower_ in posts):
        last = end + 1
        end = _after_line_breaks(doc, last)
    if last == at or end + 1 < len(doc) and doc[end].lower_ in JOINERS and doc[end + 1].is_title:
        return ent.end  # a longer name runs on over 'and' ('Stock Exchange of Singapore Dealing and Automated ...')
    return last


def _with_particle_tails(entities: list[Span], particles: frozenset[str]) -> list[Span]:
    """A Romance-language body's name the model ends before a lowercase particle inside it, or at one ('Banco' of
    'the state-controlled Banco do Brasil', 'Petroleos de' of 'Petroleos de Venezuela S.A.'): the name runs on over
    the particles and the capitalised words after each, whatever the model tags them ('Banco do Estado de Sao
    Paulo'); an organization it tagged there is taken in."""
    return run_on(entities, lambda ent: _particle_tail_end(ent, particles))


def _particle_tail_end(ent: Span, particles: frozenset[str]) -> int:
    """Where the name ends once the particles inside it (one or several: 'et de Placement') and the capitalised words
    after each are taken in; ``ent.end`` where none follows a capitalised word of the name."""
    doc = ent.doc
    at = ent.end - 1 if len(ent) > 1 and doc[ent.end - 1].text in particles else ent.end
    end = ent.end
    while at < len(doc) and doc[at].text in particles and doc[at - 1].is_title:
        word = at + 1
        while word < len(doc) and doc[word].text in particles:  # 'et de', 'de la'
            word += 1
        if word == len(doc) or not _a_name_word(doc[word]):
            break
        end = word + 1
        while end < len(doc) and _a_name_word(doc[end]):
            end += 1
        at = end
    return end


def _a_name_word(word: Token) -> bool:
    """A capitalised word, whatever the model tags it: a name's word after its particle is the name's ('Brasil' of
    'Banco do Brasil', which the model tags a person's)."""
    return (word.is_title or word.is_upper) and not word.is_punct


def _a_place_word(word: Token) -> bool:
    """A capitalised word a place's or a body's name is made of ('New', 'York', 'U.S.'), tagged as one or as
    nothing."""
    return (word.is_title or word.is_upper) and not word.is_punct and word.ent_type_ in PLACE_OR_BODY


def _first_part_end(ent: Span, lexicon: OrganizationLexicon) -> int:
    """Where the first part of a firm's name ends before 'and' and the service word opening ``ent`` ('Western
    Carolina Savings' before 'and Loan Association', across a wire's line breaks), or 0 where nothing before
    'and' names a service."""
    doc = ent.doc
    joiner = _before_line_breaks(doc, ent.start)  # 'Savings\nand Loan Association'
    end = _before_line_breaks(doc, joiner) + 1 if joiner > 0 else 0
    return end if end > 0 and doc[joiner].lower_ in JOINERS and _names_a_service(doc[end - 1], lexicon) else 0


def _with_untagged_service(ent: Span, lexicon: OrganizationLexicon) -> Span:
    """The name run on over 'and' and a service word the model left untagged after it, with the body words and legal
    forms that follow ('American Telephone' of 'American Telephone and Telegraph Co', 'Madill Bank' of 'Madill Bank
    and Trust Co', 'Federal Savings' of 'Federal Savings and Loan Insurance Corp'), when the name ends in a body's or
    a service's word."""
    doc = ent.doc
    if not _names_a_service(ent[-1], lexicon):
        return ent
    joiner = _after_line_breaks(doc, ent.end)
    service = _after_line_breaks(doc, joiner + 1)
    if service >= len(doc) or doc[joiner].lower_ not in JOINERS or doc[service].text not in lexicon.service_words \
            or doc[service].ent_type_:
        return ent
    end = service + 1
    while end < len(doc) and not doc[end].ent_type_ and (_ends_a_firm(doc[end], lexicon)
                                                          or doc[end].is_space and doc[end].text.count("\n") == 1):
        end += 1
    while doc[end - 1].is_space:
        end -= 1
    return Span(doc, ent.start, end, label=ent.label)


def _ends_a_firm(word: Token, lexicon: OrganizationLexicon) -> bool:
    """A capitalised body word, service word or legal form, as ends a firm's name ('Insurance Corp', 'Co',
    'Corporation')."""
    return word.is_title and (_a_body_word(word, lexicon) or word.text in lexicon.service_words)


def _before_line_breaks(doc: Doc, at: int) -> int:
    """The token before ``at``, past the white space of a wire's line breaks (-1 at the start)."""
    at -= 1
    while at >= 0 and doc[at].is_space:
        at -= 1
    return at


def _names_a_service(word: Token, lexicon: OrganizationLexicon) -> bool:
    """A body's or a service's word ending the first part of a firm's name ('Savings', 'Gas'), not a legal form,
    which ends a list's name ('Stephens Inc and Power Corp')."""
    return word.is_title and word.text not in lexicon.partnership_endings and (
        word.lower_ in lexicon.body_words or word.text in lexicon.service_words)


def _whole_where_tagged_whole(entities: list[Span], openings: set[str]) -> list[Span]:
    """Two names the model tags apart over 'and' where it tags the words whole elsewhere in the article ('Customs'
    and 'Border Protection' beside 'Customs and Border Protection'): one name, so the parts are not named alone
    either; ``openings``: the first words of the names with 'and' inside, which gate the test."""
    whole = {ent.text for ent in entities if ent[0].text in openings}
    names: list[Span] = []
    for ent in entities:
        if names and ent.start == names[-1].end + 1 and names[-1].doc[names[-1].end].lower_ in JOINERS:
            pair = Span(ent.doc, names[-1].start, ent.end, label=ent.label)
            if pair.text in whole:
                names[-1] = pair
                continue
        names.append(ent)
    return names


def _with_briefs(entities: list[Span], lexicon: OrganizationLexicon, reading: Reading) -> tuple[list[Span], set[int]]:
    """A body named for its briefs, which the model cuts at 'and' and commas ('Department for Education' and
    'Skills', 'the Department for Culture', 'Media' and 'Sport'): one name ('Department for Education and
    Skills'), which stays whole where the article names its first part alone too. Also gives where such
    names start."""
    found: list[Span] = []
    briefs: set[int] = set()
    for ent in entities:
        if found and ent.start < found[-1].end:
            continue  # a brief taken into the name before
        end = _briefs_end(ent, lexicon, reading)
        if end > ent.end:
            briefs.add(ent.start)
            ent = Span(ent.doc, ent.start, end, label=ent.label)
        found.append(ent)
    return found, briefs


def _briefs_end(ent: Span, lexicon: OrganizationLexicon, reading: Reading) -> int:
    """Where a name with 'of' or 'for' inside ends once the briefs listed after it are taken in: each one to
    three capitalised words of a minister's brief, after a comma or, the last, after 'and' or '&'
    ('Culture, Media and Sport'). No list ending in 'and', or one running into another name ('and Media
    Guardian'), takes in nothing."""
    if not _inside(ent, BRIEF_OPENER_IDS, reading):
        return ent.end
    doc = ent.doc
    at = ent.end
    while at + 1 < len(doc) and doc[at].lower_ in PORTFOLIO_JOINERS:
        end = at + 1
        while end < len(doc) and end - at <= 3 and _a_brief_word(doc[end], lexicon):
            end += 1
        if end == at + 1 or end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            return ent.end
        if doc[at].lower_ != ",":
            return end
        at = end
    return ent.end


def _a_brief_word(word: Token, lexicon: OrganizationLexicon) -> bool:
    return word.is_title and word.is_alpha and word.lower_ in lexicon.portfolios and word.ent_type_ in ("", "ORG")


def _before_paragraph_break(ent: Span) -> Span:
    """A name the model runs on over a paragraph's break into the next paragraph's first words ('General Instrument
    Corp.\n    S and P cited', 'Philippine Long Distance Telephone Co.\n    Figures quoted'): it ends before the
    break, which no name crosses."""
    for token in ent[1:]:
        if token.is_space and PARAGRAPH_BREAK.search(token.text):
            return ent.doc[ent.start : token.i]
    return ent


def _comma_apart(ent: Span, endings: frozenset[str], reading: Reading) -> tuple[Span, ...]:
    """Two names the model ran together over a comma, a list's ('the Football Licensing Authority, Investors in
    People UK', 'CBS All Access, Disney'); not a firm named for its partners or briefs, with 'and' after the comma
    ('Goldman, Sachs and Co', 'Ministry of Trade, Industry and Energy', the model's 'Ministry of Agriculture,
    Animal Husbandry' before 'and Fisheries'), a legal form after it ('Dräger, Inc.', 'Petroleos de Venezuela, S.A.')
    or a place ('University of California, San Francisco')."""
    doc = ent.doc
    orths = reading.orths
    at = [i for i in range(ent.start + 1, ent.end - 1) if orths[i] == COMMA]
    if len(at) != 1:
        return (ent,)
    second = doc[at[0] + 1 : ent.end]
    after = ent.end + (ent.end < len(doc) and doc[ent.end].is_space)
    if not second[0].text[:1].isupper() or second[0].text in endings or second[0].ent_type_ in ("GPE", "LOC") \
            or any(token.lower_ in JOINERS for token in second) or after < len(doc) and doc[after].lower_ in JOINERS:
        return (ent,)
    return (doc[ent.start : at[0]], second)


def _apart(ent: Span, alone: set[str], lexicon: OrganizationLexicon) -> tuple[Span, ...]:
    """Two names over 'and', where one is named alone elsewhere; not where the second is only a service and a legal
    form, no name by itself ('Pacific Gas and Electric Co' beside 'Pacific Gas', 'Carolina Power and Light Co')."""
    at = [token.i for token in ent[1:-1] if token.lower_ in JOINERS]
    if len(at) != 1:
        return (ent,)
    endings = lexicon.partnership_endings
    first, second = ent.doc[ent.start : at[0]], ent.doc[at[0] + 1 : ent.end]
    # named alone elsewhere, opening with 'The', or a legal form ending the first ('Stephens Inc and Cazenove Inc.')
    named = first.text in alone or second.text in alone or second[0].text == "The" or first[-1].text in endings
    firm = ent.doc[at[0]].text == "&"  # 'Marsh & McLennan' beside 'Marsh'
    firm = firm or len(second) == 2 and second[0].text in lexicon.service_words and second[1].text in endings \
        and first[-1].text not in endings
    return (first, second) if named and not firm and first[0].is_title and second[0].text[:1].isupper() else (ent,)


def _inside(ent: Span, ids: frozenset[int], reading: Reading) -> bool:
    """Whether one of the words ``ids`` (LOWER ids) is inside the name, neither its first word nor its last: read
    from the LOWER column (``Reading.lowers``), not from a Token object per word."""
    return ent.end - ent.start > 2 and not ids.isdisjoint(reading.lowers[ent.start + 1 : ent.end - 1])


def _outside(candidates: list[Candidate], firms: list[Span]) -> list[Candidate]:
    """Without the names a firm's partners took in ('Merrill Lynch' and 'Pierce' of 'Merrill Lynch, Pierce,
    Fenner and Smith Inc'), which the model tagged apart."""
    return [candidate for candidate in candidates if not any(
        firm.start <= candidate.start and candidate.end <= firm.end and candidate.end - candidate.start < len(firm)
        for firm in firms)]


def _capitals_test(reading: Reading) -> Callable[[Span], bool]:
    """``in_capitals`` for the names of one article, answered once per sentence (the one a name starts in, as
    ``Span.sent`` finds it); a sentence whose lowercase words' letters make over a tenth of its characters
    (nearly every sentence) is ruled out first from token counts: its capitals are under 90% of its letters.
    Those sentences are told for the whole article at once (``_plain_sentences``) when a first name is asked about."""
    doc = reading.doc
    starts = sentence_starts(doc)[0]
    answers: dict[int, bool] = {}
    plain: list[bool] = []

    def capitals(span: Span) -> bool:
        index = bisect_right(starts, span.start) - 1
        if index not in answers:
            if not plain:
                plain.extend(_plain_sentences(reading, starts))
            answers[index] = not plain[index] and in_capitals(span)
        return answers[index]

    return capitals


def _plain_sentences(reading: Reading, starts: list[int]) -> list[bool]:
    """For each sentence (``starts``: their first tokens), whether its lowercase words' letters make over a tenth
    of its characters, from the token columns: the letters summed per sentence in one call, the characters from
    the offsets of its first and last tokens."""
    letters = numpy.add.reduceat(reading.alpha * reading.is_lower * reading.length, starts)
    ends = numpy.array([*starts[1:], len(reading.doc)]) - 1
    chars = reading.idx[ends] + reading.length[ends] - reading.idx[starts]
    return (letters * 10 > chars).tolist()


def _evidenced_in_capitals(span: Span, lexicon: OrganizationLexicon, text: str) -> Optional[Span]:
    """A name in a sentence in capitals, kept on evidence beyond the model's tag, without the figures after it
    ('MEAD CORP' of 'MEAD CORP 1ST QTR'): its head says what kind of body it is ('BANK OF FRANCE', 'HUMANA
    INC', 'TREASURY'), it is a known name or a body standing alone ('EC', 'HOUSE'), or the article writes it
    in lowercase letters too (``text``, the article's). 'SIGNS MERGER', 'BAKER MET' and 'U.S. SENATE PANEL VOTES TO'
    have none of these."""
    end = span.end
    while end > span.start + 1 and any(char.isdigit() for char in span.doc[end - 1].text):
        end -= 1
    span = span.doc[span.start:end]
    norm = normalise(span.text)
    if name_head(span) in lexicon.head_types or norm in lexicon.known or norm in lexicon.institutions:
        return span
    written = re.compile(re.escape(span.text), re.IGNORECASE)
    return span if any(not match.group().isupper() for match in written.finditer(text)) else None


def _without_score(span: Span, reading: Reading) -> Span:
    """Scores after a side's name are no part of it ('Chelsea 2-1' of 'Liverpool beat Chelsea 2-1', a player's
    '7-6 6-3'); a number naming a branch stays ('UFCW Local 832'). A score ends in a digit: a name whose last word
    does not is returned before its last words are joined and matched, that word read from the ORTH column."""
    if span.end > span.start:
        last = span.doc.vocab.strings[reading.orths[span.end - 1]].replace(" ", "")
        if last and not last[-1].isdigit():
            return span
    while True:
        last = span[-1].text.replace(" ", "") if len(span) else ""
        if last and not last[-1].isdigit():
            return span
        if len(span) > 3 and SCORE.fullmatch(span[-3:].text.replace(" ", "")):
            span = span[:-3]
        elif len(span) > 1 and SCORE.fullmatch(span[-1].text):
            span = span[:-1]
        else:
            return span


def _outside_marks(span: Span, reading: Reading) -> Optional[Span]:
    """The name outside the wire's angle brackets, which a name the model tags may run into: the words after a
    closing mark ("BankAmerica Corp's <BAC> Bank of America unit" gives 'Bank of America'; 'R.J.R. Nabisco Inc
    <RJR>,' gives nothing of 'RJR>') and before an opening one ('Cie\n<BBCZ.Z>'); the names the wire marks
    themselves are found apart (``wire.wire_marked_names``)."""
    orths = reading.orths
    marks = [i for i in range(span.start, span.end) if orths[i] in WIRE_MARK_IDS]
    if not marks:
        return span
    start = max((i + 1 for i in marks if orths[i] == CLOSING_MARK), default=span.start)
    end = min((i for i in marks if orths[i] == OPENING_MARK and i >= start), default=span.end)
    return span.doc[start:end] if end > start else None


def _table_label_test(reading: Reading, lexicon: OrganizationLexicon, breaks: list[int]) -> Callable[[Span], bool]:
    """``_table_label`` for the names of one article. Only a name opening a line (after one of ``breaks``, the
    tokens holding a line break) whose line holds a figure may label it, which is told from where the article's
    line breaks stand and the words of the line from the name on (from the ORTH column) before ``labels_a_line``
    reads the line's tokens: a figure is a word with a digit, or one too long to be written (the word shapes
    'd' and 'LONG'). Only the lines asked about are read, not every word's shape."""
    doc = reading.doc
    strings = doc.vocab.strings

    def table_label(span: Span) -> bool:
        before = bisect_left(breaks, span.start - 1)
        if span.start > 0 and not (before < len(breaks) and breaks[before] == span.start - 1):
            return False
        after = bisect_left(breaks, span.end)
        end = breaks[after] if after < len(breaks) else len(doc)
        return any(figure_shaped(strings[word]) for word in reading.orth[span.start:end].tolist()) \
            and _table_label(span, lexicon)

    return table_label


def _table_label(span: Span, lexicon: OrganizationLexicon) -> bool:
    """A word labelling a table's line of figures ('Sunoil prev 37.4, Feb 107.3, Mar 24.5'), unless its head or
    the known names make it a body: a company opens a wire's line of figures too ('GELCO CORP <GEL> 2ND QTR NET')."""
    return labels_a_line(span) and name_head(span) not in lexicon.head_types and normalise(span.text) not in lexicon.known


def _with_partners(span: Span, lexicon: OrganizationLexicon) -> Optional[Span]:
    """A firm named for its partners, where the model tagged only its last part: the partners before it
    ('Ryan, Beck and Co', 'Prescott, Ball and Turben Inc', 'Merrill Lynch, Pierce, Fenner and Smith Inc'): the
    tagged part is one name and its legal form, and one partner at least reads as a person's name, not a company
    or a place of its own ('IBM, Apple and Dell Inc' and 'France and Juster Steel Corp' stay apart), unless the
    tagged part names partners itself ('Toomay, Mathis and Associates Inc') or the partners are names the model
    tags as organizations that name nothing apart (``_partners_alone``: 'Bolt Beranek and Newman Inc', 'Cable and
    Wireless Plc', 'International Minerals and Chemical Corp'); a legal form alone takes in the name it ends
    ('PayPerAction LLC'), else is no name."""
    endings = lexicon.partnership_endings
    if not len(span) or span[-1].text not in endings:
        return span
    doc = span.doc
    words = [token for token in span if not token.is_space]  # 'Wireless\nPlc', 'Co\nLtd'
    if all(token.text in endings for token in words):
        joiner = _before_line_breaks(doc, span.start)
        if joiner > 0 and doc[joiner].lower_ in JOINERS:  # 'Samuel Montagu and Co Ltd', 'S.G. Warburg and Co Ltd.'
            start = _company_partners_start(doc, joiner, endings)
            return doc[start : span.end] if start is not None else None
        start = span.start
        while start > 0 and span.start - start < 3 and _partner_word(doc[start - 1]):
            start -= 1
        return doc[start : span.end] if start < span.start else None
    start, partners = span.start, []
    inner = len(span) > 2 and span[1].lower_ in ("and", "&")  # 'Mathis and Associates Inc': a firm of partners
    joined = inner
    if not joined and len(words) > 1 and words[1].text in endings and start > 1 and doc[start - 1].lower_ in JOINERS:
        partners.append(_partner_before(doc, start - 1, endings))
        start = partners[-1].start if partners[-1] is not None else start
        joined = partners[-1] is not None
    while joined and start > 1 and doc[start - 1].text == ",":
        partner = _partner_before(doc, start - 1, endings)
        if partner is None:
            break
        partners.append(partner)
        start = partner.start
    named = [partner for partner in partners if partner is not None]
    if not named or not inner and all(partner[0].ent_type_ not in PERSON_LABELS for partner in named) \
            and not _partners_alone(span, named, lexicon):
        return span
    return doc[start : span.end]


def _company_partners_start(doc: Doc, joiner: int, endings: frozenset[str]) -> Optional[int]:
    """Where the partners' names start before the 'and' (``joiner``) of a firm named '... and Co' or '... and Sons'
    whose legal form alone the model tags ('Samuel Montagu and Co Ltd', 'S.G. Warburg and Co Ltd.', 'Frank B.
    Hall and Co Inc', 'Kidder, Peabody and Co Inc'): each partner one to four capitalised words or initials ending
    in a word, partners set apart by commas; none where a longer run of capitals or a legal form comes before (a
    list: 'Salomon Brothers Inc, Dillon' stops at the comma), nor a sentence's opening common noun
    ('Underwriters')."""
    first = start = _company_partner_start(doc, joiner)
    if first is not None and any(INITIALS.fullmatch(token.text) for token in doc[first:joiner]):
        return first  # a person's full name is no partner among others ('Schroder Wagg, S.G. Warburg and Co Ltd')
    while start is not None and start > 1 and doc[start - 1].text == "," and doc[start - 2].text not in endings:
        earlier = _company_partner_start(doc, start - 1)
        if earlier is None:
            break
        start = earlier
    if start != first and _word_before(doc, start) >= 0 and doc[_word_before(doc, start)].lower_ in JOINERS:
        return first  # a clause's comma: 'between Jefferies and Boesky, Jefferies and Co would hold'
    return start


def _company_partner_start(doc: Doc, end: int) -> Optional[int]:
    """Where one partner's name ending before ``end`` starts (``_company_partners_start``), or None."""
    start, words = end, 0
    while words < 4 and _company_partner_word(doc, _word_before(doc, start)):
        start, words = _word_before(doc, start), words + 1  # 'S.G.\nWarburg', 'Lowell H.\nListrom'
    if start == end or not doc[_word_before(doc, end)].is_alpha or start > 0 and doc[start - 1].text == "-" \
            or _company_partner_word(doc, _word_before(doc, start)):
        return None  # a name cut short ('Gabelli-Rosenthal and Partners LP') or running on
    return start


def _word_before(doc: Doc, at: int) -> int:
    """The token before ``at``, past one line break of wrapped wire copy (not a paragraph's), or -1."""
    at -= 1
    if at > 0 and doc[at].is_space and doc[at].text.count("\n") == 1 and not doc[at].text.strip("\n"):
        at -= 1
    return at


def _company_partner_word(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` may be part of a partner's name: initials, or a capitalised word, not in
    capitals (a headline's), not a post's word, not a sentence's opening common noun."""
    if at < 0:
        return False
    token = doc[at]
    if INITIALS.fullmatch(token.text):
        return True
    return token.is_alpha and token.text[0].isupper() and (len(token) == 1 or not token.is_upper) \
        and token.lower_ not in POST_WORDS \
        and not (token.is_sent_start and token.tag_ not in PROPER_NOUN_TAGS)


def _partners_alone(span: Span, partners: list[Span], lexicon: OrganizationLexicon) -> bool:
    """Whether the partners before 'and' the model tagged as organizations, and the one word of the tagged part
    before its legal form, are one firm's name (``span``: the tagged part): each partner is a whole entity the
    model tags ORG, and neither it nor that word is a listed or known name or stands in the article apart from
    the firm's name ('Newman', 'Bolt Beranek' of 'Bolt Beranek and Newman Inc'; 'Wireless' of 'Cable and Wireless
    Plc'). A list of firms names its parts apart ('IBM and Hitachi Ltd', 'Amoco and Exxon Corp's')."""
    doc = span.doc
    if any(partner[0].ent_iob_ != "B" or partner[-1].ent_type_ != "ORG" or partner.end < len(doc)
           and doc[partner.end].ent_iob_ == "I" for partner in partners):
        return False
    # not after 'and', a capitalised word or a comma, where a list or a name runs on before ('Hicks and Haas and
    # Acadia Partners LP', 'Lovett Mitchell\nWebb and Garrison Inc', 'McCarthy, Crisanti and Maffei Inc.'), unless
    # the comma ends a firm's name or its ticker before ('Advest Inc, Blunt Ellis and Loewi Inc', 'Unisys Corp <UIS>,')
    before = _before_line_breaks(doc, partners[-1].start)
    if before >= 0 and (doc[before].lower_ in JOINERS or doc[before].is_title or doc[before].text == ","
                        and (before < 1 or doc[before - 1].text not in lexicon.partnership_endings | WIRE_MARKS)):
        return False
    names = [" ".join(partner.text.split()) for partner in partners] + [span[0].text]
    if any(lexicon.listed(name) or normalise(name) in lexicon.known for name in names) or lexicon.listed(span.text):
        return False
    words = [r"\s+".join(map(re.escape, name.split())) for name in names]
    # the article's text without the firm's name, wherever it stands ('Cable and Wireless' again, without 'Plc')
    firm = r",?\s+".join(words[::-1][1:]) + r"\s+(?:and|&)\s+" + words[-1] if len(words) > 2 else \
        r"\s+(?:and|&)\s+".join(words)
    rest = re.sub(firm, " ", doc.text)
    return not any(re.search(rf"(?<![\w.&'-]){word}(?![\w&'-])", rest) for word in words)


def _partner_before(doc: Doc, end: int, endings: frozenset[str]) -> Optional[Span]:
    """The one or two capitalised words ending before ``end`` ('Ball', 'Merrill Lynch', 'Prescott'); none that end
    in a legal form, a firm of its own ('underwriters Stephens Inc and Cazenove Inc.')."""
    if end > 0 and doc[end - 1].text in endings:
        return None
    start = end
    while start > 0 and end - start < 2 and _partner_word(doc[start - 1]):
        start -= 1
    if start == end or start > 0 and _partner_word(doc[start - 1]):
        return None
    return doc[start:end]


def _without_lowercase_start(span: Span, reading: Reading) -> Span:
    """A body's name without the lowercase words the model tags before it, an adjective or a common noun and a
    dash after it ('the federal Bureau of Prisons', 'rival bank UFJ Holdings', 'arm - Diageo Chateau & Estate
    Wines'), where a capitalised word follows them; a name's particle stays ('al-Qaeda', 'de Beers')."""
    is_lowers, alphas = reading.is_lowers, reading.alphas
    start, end = span.start, span.end
    if start >= end or not (is_lowers[start] and alphas[start]):
        return span  # most names
    doc = span.doc
    while start < end - 1 and is_lowers[start] and alphas[start] and doc[start].lower_ not in NAME_PARTICLES:
        start += 1
    if start < end - 1 and doc[start].text in DASHES and doc[start - 1].whitespace_:
        start += 1
    return doc[start:end] if start > span.start and doc[start].text[:1].isupper() else span


def _without_lowercase_end(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Span:
    """A body's name without the lowercase words the model tags after it, what the sentence says of the body rather
    than its name ('Ascom registered shares (ASCN) are listed', 'in an email to The Associated Press that'): a name
    ends in a capitalised word or a body's word ('the Democratic party', 'Rafidain bank', 'Barclays Bank plc'); a
    small word the model ends it at is left for the steps that run the name on ('Citicorp Savings of' Oakland), and
    a place's last word the wire writes in lowercase stays ('the Federal Reserve Bank of New york')."""
    is_lowers, alphas = reading.is_lowers, reading.alphas
    start, end = span.start, span.end
    if end - start < 2 or not (is_lowers[end - 1] and alphas[end - 1]):
        return span  # most names
    doc = span.doc
    while end > start + 1 and is_lowers[end - 1] and alphas[end - 1] and not _a_body_word(doc[end - 1], lexicon) \
            and doc[end - 1].lower_ not in lexicon.function_words and doc[end - 1].lower_ not in NAME_PARTICLES \
            and not _ends_a_place(doc[end - 2], doc[end - 1]):
        end -= 1
    return doc[start:end] if end < span.end and doc[end - 1].text[:1].isupper() else span


def _ends_a_place(before: Token, word: Token) -> bool:
    """Whether a lowercase word completes the capitalised word before it into a place's name ('New york')."""
    return before.is_title and fold(f"{before.text} {word.text}") in gazetteer()


def _without_post_nominals(span: Span, lexicon: OrganizationLexicon) -> Optional[Span]:
    """A name without the letters after a person's name the model tags with it or alone, which say what the person
    is, not what body ('Labour MP Jean Corston': 'Labour'; 'Tom McCabe MSP', 'The MEP said': none)."""
    end = span.end
    while end > span.start and span.doc[end - 1].text in lexicon.post_nominals:
        end -= 1
    if end == span.end:
        return span  # most names
    name = trim_name(span.doc[span.start:end])
    return name if len(name) and _has_capital(name.text) else None


def _without_post(span: Span, reading: Reading) -> Span:
    """A body's name without the post the model tagged with it ('Founder of Ceres Robotics Inc.'; not 'Secretary
    of State')."""
    if not _inside(span, OF_IDS, reading):
        return span
    words = [token.lower_ for token in span]
    at = words.index("of")
    if words[at - 1] in POST_HEADS and all(word in POST_WORDS for word in words[:at]) and words[at + 1] != "state":
        return span[at + 1:]
    return span


def _wire_capital(span: Span, lexicon: OrganizationLexicon) -> bool:
    """The wire capitalises the word after 'U.S.' or 'U.K.' whatever it is: one such word, no body's head, that
    modifies the common noun after it is no name ('a U.S. Chemical firm', 'U.K. Institutional investors', 'the
    U.S. Financial services group'), nor is one that is no body's head or word at all ('one U.S. Official said',
    'its U.S. Subsidiary, Chene Investments Inc') or a plural, which names the country's bodies of a kind ('demands
    by U.S. Airlines', 'all 17 Japanese and U.S. Insurers'); 'U.S. Treasury', 'U.S. Mint', "her U.S. House
    testimony", 'U.S. Steel', a listed or known name stay."""
    if len(span) != 2 or span[0].text not in WIRE_INITIALS or span.end >= len(span.doc) \
            or normalise(span.text) in lexicon.known or lexicon.listed(span.text):
        return False
    word = span[1].lower_
    if word in lexicon.institutions:
        return False
    if word not in lexicon.body_words and (span[1].tag_ in PLURAL_NOUN_TAGS or word not in lexicon.head_types):
        return True
    after = span.doc[span.end]
    if after.is_space and after.i + 1 < len(span.doc):
        after = span.doc[after.i + 1]  # the wire's line break
    return after.is_lower and after.tag_ in COMMON_NOUN_TAGS and word not in lexicon.head_types


def _without_holder(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Span:
    """A body's name right after a capitalised post's 'of' or 'to', a title written before its holder's name,
    without the holder's name the model runs on after it ('Governor of the Bank of England Robin Leigh-Pemberton',
    'U.S. Secretary of Agriculture Richard Lyng'): the name ends before a given name that opens two capitalised
    words or more, none a body's word, up to its end; what is left is a body only on its own evidence
    ('Agriculture' is none). A post in lowercase is no such title ('chairman of BBC AG Brown Boveri und Cie'). The
    words before it are read from the LOWER column (``Reading.lowers``)."""
    doc, before, lowers = span.doc, span.start - 1, reading.lowers
    if before > 0 and lowers[before] == THE:
        before -= 1
    if before < 1 or lowers[before] not in OF_TO_IDS or lowers[before - 1] not in POST_HEAD_IDS \
            or not doc[before - 1].is_title:
        return span
    for at in range(1, len(span) - 1):
        if span[at].text in lexicon.first_names and all(
                (word.is_title or word.text == "-" or INITIAL.fullmatch(word.text)) and not _a_body_word(word, lexicon)
                for word in span[at:]):
            return span[:at]
    return span


def _partner_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.ent_type_ in PARTNER_LABELS \
        and token.lower_ not in POST_WORDS


def name_head(span: Span) -> str:
    """A name's head word: the word before its first 'of' ('Treaty of Rome'), else its last."""
    return _head([token.lower_ for token in span])


def _head(words: list[str]) -> str:
    """``name_head`` of a name's words in lowercase."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _head_before_for(words: list[str]) -> str:
    """The word before a name's first 'for' (``words``: the name's in lowercase), the head of an award's or an
    event's name ('Award for Best Actress'), or nothing."""
    return words[words.index("for") - 1] if "for" in words[1:] else ""


def names_a_body(span: Span, lexicon: OrganizationLexicon, reading: Reading, text: Optional[str] = None) -> bool:
    """Evidence that the name is no body: its head makes it a law, plan, event or award ('the Clean Air
    Act', 'London Marathon', 'Treaty of Rome', 'Africa Movie Academy Award for Best Actress', 'World Summit for the
    Information Society'); it is a competition's stage ('Group D'); it is a shipping term
    ('(FOB)'); it is a unit or time zone, following a number wherever the article uses it ('600 MW', '1500 GMT');
    or it ends a title, with the briefs after it ('State' of 'Secretary of State Mike Pompeo', 'Secretary of State
    for Culture, Media and Sport'); or it is a venue or a facility ('Blossom Music Center', a tour list's 'NC @ PNC
    Music Pavilion', 'Perry Nuclear Power Plant', 'Brooks Air Force Base'), or a street address, a building
    ('10 Downing Street'; 'Downing Street said' stays the office). The name's words (from the LOWER
    column, ``Reading.lowers``) and text (``text``, where the caller holds it) are read once for all these tests."""
    strings, lowers = reading.doc.vocab.strings, reading.lowers
    words = [strings[word] for word in lowers[span.start : span.end]]
    text = span.text if text is None else text
    if _head(words) in lexicon.not_body_heads or _head_before_for(words) in lexicon.not_body_heads \
            or text in lexicon.trade_terms or _unit(span, reading) \
            or _a_stage(span, lexicon, reading) or "@" in text \
            or tuple(words[-2:]) in lexicon.venue_endings or _an_address(span, words, lexicon):
        return False
    title = span.start > 1 and lowers[span.start - 1] == OF and strings[lowers[span.start - 2]] in lexicon.title_heads
    return not (title and words[0] in lexicon.title_words and all(
        word in lexicon.title_words or word in lexicon.portfolios or word in PORTFOLIO_JOINERS or word == "for"
        for word in words))


def _an_address(span: Span, words: list[str], lexicon: OrganizationLexicon) -> bool:
    """A house's number in figures opening a name that ends in a street's word ('the door of 10 Downing Street',
    'a hunger strike near 10 Downing Street'): the building, no body."""
    return len(words) > 2 and words[-1] in lexicon.street_words and span[0].is_digit


def _a_stage(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> bool:
    """A stage of a competition: a stage word before one letter ('to win Group D.', 'finished second in Group D
    behind Lyon', 'Pool A'), which the model tags a body by its 'Group', with the letter or without it ('The Group E
    victory')."""
    doc = span.doc
    if not 1 <= len(span) <= 2 or doc.vocab.strings[reading.orths[span.start]] not in lexicon.stage_words \
            or span.start + 1 >= len(doc):
        return False
    letter = doc[span.start + 1].text.rstrip(".")
    return len(letter) == 1 and letter.isupper()


def _is_name(span: Span, text: str, lexicon: OrganizationLexicon, places: set[int], reading: Reading) -> bool:
    """Not a place, not a person ('Mr Balls'), not a common noun's acronym ('huge AI models'), and not part
    of a person's title: title words or a brief right before the title's head ('Defence' of 'Defence
    Secretary Geoff Hoon', 'Home' of 'Home Secretary', 'Trade and Industry' of 'Trade and Industry
    Secretary'), after the country's name or adjective before a minister's or secretary's title ('Philippine
    Finance' of 'Philippine Finance Secretary Jaime Ongpin', 'Bangladesh Commerce Minister'). ``text``: the name's;
    the words around it are read from the LOWER column (``Reading.lowers``)."""
    if not len(span) or not _has_capital(text) or text in lexicon.not_organizations or _written_ticker(span, lexicon):
        return False
    doc = span.doc
    strings, lowers = doc.vocab.strings, reading.lowers
    is_lowers = reading.is_lowers
    if any(is_lowers[i] and doc[i].tag_ in CLAUSE_TAGS and doc[i].text not in lexicon.name_particles
           for i in range(span.start + 1, span.end - 1)):
        return False  # two names and a verb between: 'Garrett hit Rudolph'; not 'do' of 'Banco do Brasil'
    if not places.isdisjoint(range(span.start, span.end)) and span.root.i in places \
            and not (span.root.i > span.start + 1 and doc[span.root.i - 1].text in lexicon.name_particles):
        return False  # a place, not 'Banco de Santander', whose place the parser makes its head
    if strings[lowers[span.start]] in lexicon.honorifics or _place_before_a_person(span, lexicon, places, reading):
        return False
    end = span.end  # the title's head may follow a word of the brief the model left out ('Nicaraguan External' Trade)
    while end < len(lowers) and strings[lowers[end]] in lexicon.portfolios \
            and strings[lowers[end]] not in lexicon.title_heads:
        end += 1
    if not (end < len(lowers) and strings[lowers[end]] in lexicon.title_heads):
        return True
    cabinet = strings[lowers[end]] in lexicon.cabinet_heads  # not 'British Energy chairman', a company's
    brief = span[1:] if cabinet and len(span) > 1 and _a_country(span[0], places) else span
    return not (all(token.lower_ in lexicon.title_words or token.lower_ in lexicon.portfolios
                    or token.lower_ in PORTFOLIO_JOINERS for token in brief[1:-1])
                and all(token.lower_ in lexicon.title_words or token.lower_ in lexicon.portfolios
                        for token in (brief[0], brief[-1])))


def _written_ticker(span: Span, lexicon: OrganizationLexicon) -> bool:
    """A ticker the wire writes out after its cue, a colon or an opening quote ('under the ticker symbol KDUWI',
    'under the symbol "THM."', 'under the NASDAQ symbol ELMDV'): a word in capitals, no body."""
    if len(span) != 1 or not span.text.isupper():
        return False
    before = span.start - 1
    while before >= 0 and (span.doc[before].is_quote or span.doc[before].text == ":"):
        before -= 1
    return before >= 0 and span.doc[before].lower_ in lexicon.ticker_cues


def _place_before_a_person(span: Span, lexicon: OrganizationLexicon, places: set[int], reading: Reading) -> bool:
    """A place's name the model runs over the person's name after it, right after a post's 'of' or 'to'
    ('special envoy to Ukraine Kurt Volker', 'President of Ukraine Petro Poroshenko'): capitalised words after the
    place, none a body's, opening with a given name or ending in a name the article tags as a person's elsewhere
    ('Poroshenko said'); not 'a chest doctor at the Aberdeen Royal Infirmary'. The words before it are read from the
    LOWER column (``Reading.lowers``)."""
    doc, lowers = span.doc, reading.lowers
    if span.start < 2 or lowers[span.start - 1] not in OF_TO_IDS or doc.vocab.strings[lowers[span.start - 2]] \
            not in POST_HEADS:
        return False
    at = 0
    while at < len(span) - 2 and _a_country(span[at], places):
        at += 1
    person = span[at:]
    if not (0 < at and len(person) > 1
            and all(word.is_title and word.is_alpha and not _a_body_word(word, lexicon) for word in person)):
        return False
    return person[0].text in lexicon.first_names or person[-1].text in _tagged_surnames(doc)


def _tagged_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's PERSON entities ('Poroshenko', 'Volker' of 'Kurt Volker')."""
    return frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON")


def surnames(reading: Reading, lexicon: OrganizationLexicon, places: set[int]) -> frozenset[str]:
    """The surnames of the people the article names with a given name, as the model tags them ('Donald Trump',
    'Lester L. Colbert Jr.') or runs them into a place's name as a body's ('special envoy to Ukraine Kurt
    Volker'): a one-word name that is one of them names the person ('Volker said', 'Trump has tried'), whatever
    the model tags it, and so does a family name of several words after the given name ('El Guerrouj achieved'
    beside 'Hicham El Guerrouj')."""
    doc, found = reading.doc, set()
    strings, orths, lowers, alphas = doc.vocab.strings, reading.orths, reading.lowers, reading.alpha
    # the model's PERSON and ORG entities, as ``Doc.ents`` gives them, from the ENT_IOB and ENT_TYPE columns: only
    # these are made Spans, and only where one is read whole
    iobs = reading.ent_iob.tolist()
    kinds = reading.ent_type
    for start in numpy.flatnonzero((reading.ent_iob == ENTITY_OPENING) & ((kinds == PERSON) | (kinds == ORG))).tolist():
        end = start + 1
        while end < len(iobs) and iobs[end] == ENTITY_INSIDE:
            end += 1
        if end - start < 2:
            continue
        label = "PERSON" if kinds[start] == PERSON else "ORG"
        # the first and the last word that is no suffix, found from the ends without reading every word
        first, last = start, end - 1
        while first <= last and strings[lowers[first]].rstrip(".") in SUFFIXES:
            first += 1
        while last > first and strings[lowers[last]].rstrip(".") in SUFFIXES:
            last -= 1
        if last <= first or not alphas[last] or not doc[last].is_title:
            continue  # fewer than two words, or no surname
        if label == "PERSON" and strings[orths[first]] in lexicon.first_names or label == "ORG" \
                and _place_before_a_person(Span(doc, start, end, label=label), lexicon, places, reading):
            found.add(strings[orths[last]])
            if label == "PERSON" and last - first > 1 and all(alphas[i] and doc[i].is_title
                                                               for i in range(first + 1, last)):
                found.add(doc[first + 1 : last + 1].text)  # a family name of several words ('El Guerrouj')
    return frozenset(found)


def _a_country(word: Token, places: set[int]) -> bool:
    """A place's name or a nationality ('Bangladesh', 'Philippine'), which may open a minister's title."""
    return word.i in places or word.text in proposals(word.doc).words.nationalities or fold(word.text) in gazetteer()


def _has_capital(text: str) -> bool:
    """``any(char.isupper() for char in text)``, told in C for ASCII text, where only 'A' to 'Z' change in lowercase."""
    return text != text.lower() if text.isascii() else any(char.isupper() for char in text)


def _heading_word(span: Span, word: str, lowercase: Callable[[], frozenset[int]]) -> bool:
    """'October 20: ACCIDENT – A vehicle driven by...', 'VOTE   Was Germaine Greer right': a word in capitals
    labelling a section, which the article also writes in lowercase ('arrest and accident reports', 'every 50p
    vote'); acronyms of three letters ('WHO') are left alone. ``word``: the name's text; ``lowercase`` gives the
    article's lowercase words' ids, gathered once per article when first asked."""
    if len(span) != 1:
        return False
    if len(word) < 4 or not word.isupper() or not word.isalpha():
        return False
    return not lowercase().isdisjoint({get_string_id(word.lower()), get_string_id(word.lower().rstrip("s"))})


def _capitalised_by_place_test(
    reading: Reading, lexicon: OrganizationLexicon, lowercase: Callable[[], frozenset[int]]
) -> Callable[[Span], bool]:
    """Whether a one-word name is a word the article writes in lowercase too and capitalises only where it opens a
    sentence or a paragraph ('Digital music players are now...' beside 'the digital music player market',
    'Wireless or wi-fi networks', 'Time will tell') or inside a longer name ("Billboard's Hot Digital Sales
    chart"): a common word, no name. A word the article names on its own in mid-sentence keeps it ('Apple
    has...' beside "the digital music market" and "Apple's iPod"), and so does a body standing alone
    ('Parliament as a whole', 'The Treasury also cut'). ``lowercase`` gives the article's lowercase words' ids."""
    doc = reading.doc
    opening = _opening_test(reading)

    answers: dict[int, bool] = {}  # by the word: every mention of it asks the same

    def capitalised_by_place(span: Span) -> bool:
        if len(span) != 1:
            return False
        word = span[0]
        if word.orth not in answers:
            answers[word.orth] = _capitalised_by_place(word)
        return answers[word.orth]

    def _capitalised_by_place(word: Token) -> bool:
        if not word.is_title or not word.is_alpha or word.lower not in lowercase() \
                or word.lower_ in lexicon.institutions or word.lower_ in lexicon.head_types:
            return False
        for i in numpy.flatnonzero(reading.orth == word.orth).tolist():
            first = i
            while first > 0 and doc[first - 1].text in OPENERS:
                first -= 1
            if not opening(first) and not (first == i > 0 and _in_a_name(doc[i - 1], opening)):
                return False
        return True

    return capitalised_by_place


def _in_a_name(before: Token, opening: Callable[[int], bool]) -> bool:
    """The word before is a capitalised word of a name ('Hot' of 'Hot Digital Sales', 'The' of 'for The World'),
    not a determiner opening the sentence ('The Treasury also cut')."""
    return before.is_alpha and before.text[0].isupper() and not (before.is_stop and opening(before.i))


def _opening_test(reading: Reading) -> Callable[[int], bool]:
    """Whether a token opens a sentence (as the parser splits them) or a paragraph (after a blank line or an
    indented line: a wire's lines break inside sentences, 'the U.S.\\nEmbassy said'), the sentences' starts
    gathered once per article when first asked."""
    doc = reading.doc
    starts = Lazy(lambda: frozenset(sentence_starts(doc)[0]))

    def opening(i: int) -> bool:
        return i == 0 or i in starts() or doc[i - 1].is_space and PARAGRAPH_BREAK.search(doc[i - 1].text) is not None

    return opening


def _complete(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Optional[Span]:
    """The whole name where the model stops short: at a hyphen the tokenizer split ('SNC' of
    'SNC-Lavalin'), before a number that belongs to the name ('UFCW Local' of 'UFCW Local 832'), or
    at a function word ('City of' before 'Surrey'); None for a fragment with nothing to complete it. A legal
    form before 'and' ends a firm's name, whatever follows ('Stephens Inc' of 'Stephens Inc and Cazenove Inc.').
    The words are read from the token columns (``Reading.orths``, ``lowers``, ``like_nums``: a word of digits is
    like a number), a Token made only where a test needs one; a name that stays as it is is returned as it is."""
    doc, start, end, size = span.doc, span.start, span.end, len(span.doc)
    orths, lowers, function_words = reading.orths, reading.lowers, lexicon.function_word_ids
    if end - start > 2 and lowers[end - 1] in JOINER_IDS and orths[end - 2] in lexicon.partnership_ending_ids:
        return Span(doc, start, end - 1)
    while True:
        if end + 1 < size and orths[end] == HYPHEN and _glued(doc[end - 1], doc[end + 1]):
            end += 2
        elif end < size and reading.like_nums[end] and _name_number(doc[end], end):
            end += 1
        elif end > start and lowers[end - 1] in function_words and end < size and _name_word(doc[end]):
            while end < size and _name_word(doc[end]):
                end += 1
        else:
            break
    if end > start and lowers[end - 1] in function_words:
        return None
    if end == span.end and not span.label:
        return span
    return Span(doc, start, end)  # not ``doc[span.start:end]``, whose bounds spaCy checks in Python


def _with_first_part(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Span:
    """The whole name where the model cut it after its 'and' ('Exchange Commission' of 'the Securities and
    Exchange Commission', 'Telecommunications Ministry' of 'the Posts and Telecommunications Ministry'): the
    capitalised words before 'and' or '&' that the model tagged as nothing join a name ending in a body's word,
    and so does one word it tagged a body of its own that the article writes in lowercase too, a common word that
    names nothing alone ('Public' of 'the Public and Commercial Services Union' beside 'public sector unions').
    A body's head or legal form right before 'and' makes a list ('Standard Oil Co and BP North America Inc',
    'Morgan Guaranty Trust Co and Lloyds Bank Plc'), which stays apart, as does a known body's name ('the IMF and
    World Bank spring meetings'). The words before it are read from the token
    columns (``Reading.spaces``, ``lowers``)."""
    doc = span.doc
    joiner = span.start - 1
    if joiner > 0 and reading.spaces[joiner]:
        joiner -= 1  # a wire's line break: 'the Securities and\nExchange Commission'
    if joiner < 1 or reading.lowers[joiner] not in JOINER_IDS or not len(span) or not _a_body_word(span[-1], lexicon) \
            or doc[joiner - 1].text in lexicon.partnership_endings or doc[joiner - 1].lower_ in lexicon.head_types:
        return span
    start = joiner
    while start > 0 and joiner - start < 4 and _untagged_name_word(doc[start - 1]):
        start -= 1
    if start == joiner and _common_word_body(doc[joiner - 1], lexicon, reading):
        start -= 1
    if start < joiner and normalise(doc[start:joiner].text) in lexicon.known:
        return span  # a known body of its own before 'and' ('the IMF and World Bank spring meetings')
    return doc[start : span.end] if start < joiner else span


def _common_word_body(word: Token, lexicon: OrganizationLexicon, reading: Reading) -> bool:
    """A capitalised word the model tagged a body of its own ('Public') that the article also writes in lowercase
    and that is no listed company's name."""
    doc = word.doc
    return word.ent_type_ == "ORG" and word.ent_iob_ == "B" and word.is_title and word.is_alpha \
        and (word.i + 1 == len(doc) or doc[word.i + 1].ent_iob_ != "I") and word.lower in reading.lowercase_ids \
        and not lexicon.listed(word.text)


def _with_listed_possessive(span: Span, lexicon: OrganizationLexicon) -> Span:
    """A listed company's name that ends in 's keeps it ("rated Baa-1 by Moody's", "McDonald's, the world's
    largest restaurant chain"), which ``trim_name`` reads as a possessive; not where it is one, before what the
    name has ("McDonald's golden arches") or after a title ("Mr Campbell's return")."""
    doc = span.doc
    end = span.end
    if not len(span) or end >= len(doc) or doc[end].tag_ != "POS" \
            or not lexicon.listed(span.text + doc[end].text):
        return span
    if end + 1 < len(doc) and doc[end + 1].tag_ in POSSESSED_TAGS \
            or span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS:
        return span
    return doc[span.start : end + 1]


def _after_owner(span: Span, lowercase: Callable[[], frozenset[int]]) -> Span:
    """What follows an owner's possessive inside the model's entity, where the article names the owner alone
    elsewhere: a thing, a unit or a person the body or person has ("Apple's MacBook", "NPR's Feng", "Braun's Ithaca
    Holdings" beside 'Scooter Braun said', "Midland Montagu's Maude"); a name with a possessive inside it, whose first
    part the article never writes alone, stays whole ("Moody's Investors Service", "Guy's Hospital"), as does one whose
    first part the article also writes in lowercase ("People's Daily" beside 'people'). ``lowercase`` gives the
    article's lowercase words' ids, gathered once per article when first asked."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].tag_ == "POS":
            owner = doc[span.start : i]
            if len(owner) == 1 and get_string_id(owner.text.lower()) in lowercase():
                return span
            words = r"\s+".join(re.escape(word) for word in owner.text.split())
            alone = re.compile(rf"(?<![\w'’]){words}(?![\w'’])")
            return doc[i + 1 : span.end] if any(
                found.start() != owner.start_char for found in alone.finditer(doc_text(doc))) else span
    return span


def _with_partner_tail(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Span:
    """The whole name where the model stopped before its 'and Co' ('Merrill Lynch' of 'Merrill Lynch and Co',
    'Morgan Stanley' of 'Morgan Stanley and Co Inc'), legal forms after it included. The word after it is read from
    the LOWER column (``Reading.lowers``)."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or reading.lowers[end] not in JOINER_IDS or doc[end + 1].text not in lexicon.partner_tails:
        return span
    end += 2
    while end < len(doc) and doc[end].text in lexicon.partnership_endings:
        end += 1
    return doc[span.start : end]


def _a_body_word(word: Token, lexicon: OrganizationLexicon) -> bool:
    lower = word.lower_
    return word.text in lexicon.partnership_endings or lower in lexicon.head_types or lower in lexicon.body_words


def _with_untagged_start(span: Span, lexicon: OrganizationLexicon, reading: Reading) -> Span:
    """The whole name of a firm where the model tagged only its last words with the legal form: the proper nouns
    right before, which it tagged as nothing, up to three and across a wire's line break ('Purolator' of 'overnight
    messenger Purolator Courier Corp', 'Merrell Dow' of "Dow Chemical Co's <DOW> Merrell Dow\nPharmaceuticals
    Inc"), or a body's name ending in its head ('World' of 'World Anti-Doping Agency', 'Sugar' of 'the Indian Sugar
    Mills Association'); not a sentence's first word, which a name's is only as often as not, unless the article
    writes it as a name elsewhere ('Prime' of 'Prime Computer Inc' beside "Prime's 50 series", 'Menatep' of 'Menatep
    Group') and no post follows the name; nor a headline's in capitals. Its last word is read from the token
    columns (``Reading.orths``, ``lowers``)."""
    last = span.end - 1
    if last < span.start or reading.orths[last] not in lexicon.partnership_ending_ids \
            and reading.lowers[last] not in lexicon.head_type_ids:
        return span
    doc = span.doc
    start = at = span.start
    # a post after the name: its first word opens the post ('Assistant U.S. Treasury Secretary')
    after = _after_line_breaks(doc, span.end)
    post = after < len(doc) and doc[after].lower_ in lexicon.title_heads
    while at > 0 and span.start - at < 3:
        before = doc[at - 1]
        if before.is_space and at > 1 and before.text.count("\n") == 1:
            before = doc[at - 2]
        if before.is_sent_start and (post or not _named_together(before, doc[at])) or before.tag_ != "NNP" \
                or not before.is_title or not _untagged_name_word(before):
            break
        at = start = before.i
    return doc[start : span.end]


def _named_together(first: Token, second: Token) -> bool:
    """Whether the article writes the sentence's first word as a name elsewhere: before the same next word again
    ('Menatep Group'), or capitalised inside a sentence ("one of Prime's 50 series")."""
    pattern = re.escape(first.lower_) + r"\s+" + re.escape(second.lower_) + r"\b"
    if len(re.findall(pattern, doc_text(first.doc).lower())) > 1:
        return True
    return any(word.text == first.text and not word.is_sent_start for word in first.doc if word.i != first.i)


def _untagged_name_word(word: Token) -> bool:
    """A capitalised word the model tagged as nothing, no function word ('Securities', 'Posts'; not 'The')."""
    return not word.ent_type_ and (word.is_title or word.is_upper) and word.is_alpha and not word.is_stop


def _glued(before: Token, after: Token) -> bool:
    """Two words joined by a hyphen with no space on either side; a lowercase word after it makes a compound
    adjective of the name ('a Democratic Party-controlled House'), not a longer name."""
    return not before.whitespace_ and not before.nbor().whitespace_ and after.is_alpha and not after.is_lower


def _name_number(token: Token, end: int) -> bool:
    """A number modifying the name's last word ('UFCW Local 832'), not a count, a score or a year after it."""
    if not token.is_digit or token.dep_ != "nummod":
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    closes = after is None or (after.pos_ not in {"NOUN", "NUM", "PROPN"} and after.text != "-")
    in_name = token.head.i == end - 1 and token.head.is_title and _names_before(token.head)
    return in_name and closes


def _names_before(head: Token) -> bool:
    """A name word before the numbered word: 'UFCW Local 832', not a lone 'Middlesex 199' in a score."""
    return head.i > 0 and head.doc[head.i - 1].pos_ == "PROPN" and not head.doc[head.i - 1].is_space


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _before_bracket(span: Span, opens: list[int], lexicon: OrganizationLexicon) -> Span:
    """'Ministry of Trade, Industry and Energy (MOTIE': the model runs a name into the acronym that follows it
    in brackets; the acronym is a mention of its own, linked to the name. A country in brackets before the legal
    form that ends the name is the name's ('Mitsubishi Bank (Europe) SA'). ``opens``: the article's opening
    brackets, in order, among which the first after the name's first word is found without reading its words."""
    first = bisect_right(opens, span.start)
    if first < len(opens) and opens[first] < span.end:
        if span[-1].text in lexicon.legal_forms and _joins_a_legal_form(span.doc[opens[first] : span.end - 1]):
            return span
        return span.doc[span.start : opens[first]]
    return span


def _unit(span: Span, reading: Reading) -> bool:
    """One word that follows a number it counts wherever the article uses it: a unit or a time zone. Its uses are
    found in the article's ORTH column, not by reading every word, and a word after no figure is told from the
    column (``Reading.orths``) before its tokens are read."""
    doc = span.doc
    if len(span) != 1 or not span.start or not has_digit(doc.vocab.strings[reading.orths[span.start - 1]]) \
            or not _counted_by(doc[span.start - 1], span[0]):
        return False
    uses = numpy.flatnonzero(reading.orth == span[0].orth).tolist()
    return all(i > 0 and _counted_by(doc[i - 1], doc[i]) for i in uses)


def _counted_by(number: Token, word: Token) -> bool:
    return has_digit(number.text) and (number.head == word or number.dep_ == "nummod")
