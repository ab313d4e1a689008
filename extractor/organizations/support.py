"""Which bodies the article supports with evidence beyond the model's ORG tag. The model tags films, products,
events, people and sentence-opening words as organizations as readily as companies ('The Motorcycle Diaries',
'Macintosh', 'Glastonbury', 'Digital'); a name with no support anywhere in the article is left out, since a
wrong fact costs a reader more than a missing one. The words are ``support`` in ``data/organizations.json``."""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, is_acronym
from .initials import in_a_line_of_capitals
from .lexicon import OrganizationLexicon
from .products import ORDINAL, product_noun_at
from .reading import Lazy

# The determiners an imperative verb in capitals opening a listing's paragraph is followed by ('SPEND a day').
IMPERATIVE_OBJECTS = frozenset({"a", "an", "the", "your", "our"})
# A web address for a name ('Amazon.com', 'Lastminute.com').
WEB_NAME = re.compile(r"\.(com|net|org|co\.uk)$", re.IGNORECASE)
# A code of capitals and a number, a hyphen between them or none (a molecule, a model, a standard, a console: 'GLP-1',
# 'PS2', 'DB9'): no body's initials by its shape.
CODE = re.compile(r"^[A-Z]+-?\d+$")
# Between an organization noun and a name it describes ('the firm, Gartner').
SKIPPED_BEFORE = frozenset({"the", ","})
# Prepositions after a role or a deal, before the body ('chief executive of', 'a deal with').
ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in", "by"})
# How far a person's post in apposition may reach after the name's comma ('a trade professor').
POST_REACH = 5
# Words describing a body between a role's preposition and its name ('at recently-privatised Banque Paribas').
DESCRIBING_TAGS = frozenset({"JJ", "RB", "VBN", "HYPH"})
# A model's number: letters and figures ('A350-900', 'CBR600F4') or three figures or more ('787-9', '747').
MODEL_NUMBER = re.compile(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d-]+|\d{3,}(-\d+)?")
# After the first word of a name, what makes it a body's word ('University of', 'League Against', 'Customs and').
FIRST_WORD_JOINERS = frozenset({"of", "for", "against", "on", "and"})
# What a body does with another ('merge with Rosneft').
PARTNERING_VERBS = frozenset({"merge", "compete", "negotiate", "partner", "collaborate", "ally"})
# What a work tells, where a body tells someone.
TOLD_BY_WORKS = frozenset({"story", "tale", "life"})
# What gives examples after an organization noun in the plural ('firms like', 'manufacturers including').
EXAMPLE_WORDS = frozenset({"like", "including", "as"})
# The words between 'a' and a maker's name that describe one of its products ('a 1969 British racing green Volvo').
DESCRIBING_PRODUCT_TAGS = frozenset({"JJ", "CD", "NN", "NNP", "VBG", "VBN", "HYPH"})
PRODUCT_REACH = 6
# What comes right before an example in a list of them ('such as Creative, Sony and Philips').
LISTING_WORDS = EXAMPLE_WORDS | {",", "and", "or", "&"}
# How far a part or a post of a body may follow its possessive, past names and adjectives ("United Business
# Media's NOP World market research unit").
POSSESSED_REACH = 6
# Tags of names and numbers between a possessive and what the body has ("Hexal's US affiliate").
NAMING_TAGS = frozenset({"NNP", "NNPS", "CD"})
# The tags of the lowercase words that end the phrase after a name: a verb, a conjunction, a preposition or a
# determiner opens another, whose role noun is someone else's ('right wing Al Lakomskis return and captain Kort
# Schubert', 'Google said its chief executive').
CLAUSE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD", "CC", "IN", "TO", "DT", "PDT", "PRP", "PRP$", "WDT", "WP",
                         "WP$", "WRB"})
# How a body after a role's preposition hangs from it: the preposition's object or one coordinated with it.
GOVERNED_DEPS = frozenset({"pobj", "conj", "appos"})
# A place's possessive between a post and the body ("chairman of Austria's Creditanstalt-Bankverein").
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# After a name, what makes it part of what a statement is cited from ("The Verge's Stadia review").
CITED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Between 'according to' and the body a source's noun names ('according to data from MarketAxess').
SOURCE_PREPOSITIONS = frozenset({"from", "by", "of", "at"})


def supported(
    doc: Doc, lexicon: OrganizationLexicon, groups: Sequence[list[Candidate]], records: Sequence[dict[str, Any]],
    sure: set[tuple[int, int]], common: set[str], defined: set[str],
) -> list[bool]:
    """For each group of mentions of one body (and its record), whether the article supports it: a type, an
    acronym, a web address, a listed company's name, a body's word in its name, a name found by its own evidence
    (``sure``: teams, the bodies the wire marks, as token ranges), a mention in a context only a body has, or a
    mention coordinated with a supported body's ('Intel, Philips, Alcatel, France Telecom'). Names in capitals
    (as ``Candidate.norm``) the article uses as no body's (``common``: 'per CWT', 'rated AAA') are none, and
    those it spells out or uses as a thing's (``defined``: 'the new MEB platform') are supported by other
    evidence, not by their capitals, or by the name they spell out where its head names a body (``_a_defined_body``)."""
    titled = Lazy(lambda: _titled_words(doc, lexicon))  # gathered once, where a name is a person's by its shape
    found = [not all(candidate.norm in common for candidate in group) and (
        bool(record["type"]) or (any(_supports(doc, lexicon, candidate, sure, defined) for candidate in group)
                                 or _a_defined_body(group, lexicon, defined))
        and not any(_a_persons_apposition(doc, candidate, lexicon) or _an_imperative(doc, candidate)
                    or _a_titled_persons_name(doc, candidate, lexicon, titled) for candidate in group))
        for group, record in zip(groups, records)]
    if all(found):
        return found  # most articles: no mention's root read to find its conjuncts
    owner = {doc[candidate.start:candidate.end].root.i: index for index, group in enumerate(groups)
             for candidate in group}
    ends = {candidate.end: index for index, group in enumerate(groups) for candidate in group}
    for index, group in enumerate(groups):
        if found[index]:
            continue
        found[index] = any(found[owner.get(conjunct.i, index)] for candidate in group
                           for conjunct in doc[candidate.start:candidate.end].root.conjuncts
                           if conjunct.i > candidate.start or _named_bare(doc, candidate.start)) \
            or any(_short_form(doc, candidate) and found[ends.get(candidate.start - 1, index)] for candidate in group)
    return found


def _a_defined_body(group: list[Candidate], lexicon: OrganizationLexicon, defined: set[str]) -> bool:
    """A name the article defines initials for, whose last word says it is a body of a kind no body's word names
    ('the United Democratic Front (UDF)'; ``defined_heads``): the definition and the head together are the
    evidence, where a name or initials alone are none (a programme, a measure or a product is defined as often)."""
    return any(candidate.norm in defined for candidate in group) and any(
        not is_acronym(candidate.text) and candidate.text.split()[-1].lower() in lexicon.defined_heads
        for candidate in group)


def _a_persons_apposition(doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """A person's post set off by commas right after the name, whatever its last word ('Anshuman Magazine, managing
    director, of CB Richard Ellis', 'Eswar Prasad, a trade professor at Cornell,'): a person, no body. The post
    ends at a comma, a preposition or a stop, and holds no possessive, which makes it another's ("BBC, the
    corporation's director general")."""
    at = candidate.end
    if at + 1 >= len(doc) or doc[at].text != ",":
        return False
    for token in doc[at + 1 : at + 1 + POST_REACH]:
        if token.tag_ == "POS" or not (token.is_lower or token.is_punct and token.text == "-"):
            return False
        if token.lower_ in lexicon.person_posts:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or after.text in (",", ".") or after.lower_ in ROLE_PREPOSITIONS
    return False


def _an_imperative(doc: Doc, candidate: Candidate) -> bool:
    """One word in capitals opening a paragraph right before a lowercase determiner: a listing's imperative verb
    ('SPEND a day in the country rooting for your favorite riders', 'ATTEND a two-day symposium'), no body's
    initials, which a verb follows where they open a sentence ('USDA said')."""
    start, end = candidate.start, candidate.end
    return end == start + 1 and end < len(doc) and doc[end].is_lower and doc[end].lower_ in IMPERATIVE_OBJECTS \
        and doc[start].is_upper and doc[start].is_alpha and (start == 0 or "\n" in doc[start - 1].text)


def _titled_words(doc: Doc, lexicon: OrganizationLexicon) -> set[str]:
    """The words right after a courtesy title ('Ms Fiorina', 'Mr Souness'): surnames of people."""
    lowers = doc.to_array(LOWER).tolist()
    return {doc[i + 1].text for i, word in enumerate(lowers[:-1]) if word in lexicon.honorific_ids}


def _a_titled_persons_name(doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon,
                           titled: Lazy[set[str]]) -> bool:
    """A given name and a surname the article writes after a courtesy title elsewhere ('according to Carly
    Fiorina, chief of technology giant Hewlett Packard', then 'Ms Fiorina'): the person, whatever the model tags
    her and whatever a body would do in her place; not a listed company named for its founder. ``titled``: the
    words after the article's courtesy titles (``_titled_words``)."""
    span = doc[candidate.start:candidate.end]
    return _a_persons_name(span, lexicon) and span[-1].text in titled() and not lexicon.listed(candidate.text)


def _named_bare(doc: Doc, start: int) -> bool:
    """Named as a later one of a list is, right after a comma or a conjunction and perhaps 'the' ('Intel,
    Philips, Alcatel', 'Sky News, Sky Travel and the Biography Channel'), not after words of its own ('as well as
    the ubiquitously fashionable iPod')."""
    before = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    return before >= 0 and doc[before].lower_ in LISTING_WORDS


def _short_form(doc: Doc, candidate: Candidate) -> bool:
    """A name in brackets or between commas right after another ('Singapore International Monetary Exchange
    (Simex)', 'Federal Home Loan Mortgage Corp, Freddie Mac,'), which names the same body."""
    if candidate.start < 2 or doc[candidate.start - 1].text not in ("(", ","):
        return False
    closing = ")" if doc[candidate.start - 1].text == "(" else ","
    return candidate.end < len(doc) and doc[candidate.end].text in (closing, ".")


def _supports(doc: Doc, lexicon: OrganizationLexicon, candidate: Candidate, sure: set[tuple[int, int]],
              defined: set[str]) -> bool:
    if (candidate.start, candidate.end) in sure or WEB_NAME.search(candidate.text):
        return True
    if candidate.end < len(doc) and doc[candidate.end].text.startswith("<"):  # the wire's ticker: 'Volvo <VOLV ST>'
        return True
    span = doc[candidate.start:candidate.end]
    if _an_acronym(candidate.text, lexicon) and candidate.norm not in defined \
            and not in_a_line_of_capitals(doc, candidate.start):
        return True
    if lexicon.listed(candidate.text) and not _one_of_its_products(doc, candidate) \
            or _named_as_a_body(candidate.text.split(), lexicon):
        return True
    return _described(span, lexicon) or _with_a_role(span, lexicon) or _dealt_with(span, lexicon) \
        or _an_example(span, lexicon) or _makes(span, lexicon) or not _a_persons_name(span, lexicon) and (
            _acts(span, lexicon) or _an_agent(span, lexicon) or _a_source(span))


def _one_of_its_products(doc: Doc, candidate: Candidate) -> bool:
    """A maker's name after 'a' or 'an' and the words describing it names one of its products ('a 1969 British
    racing green Volvo')."""
    before = candidate.start - 1
    while before >= 0 and candidate.start - before <= PRODUCT_REACH and doc[before].tag_ in DESCRIBING_PRODUCT_TAGS:
        before -= 1
    return before >= 0 and doc[before].lower_ in ("a", "an")


def _named_as_a_body(words: list[str], lexicon: OrganizationLexicon) -> bool:
    """A body's word in the name, the first only before 'of', 'and' or a name's particle ('Marvel Comics',
    'Bundesbank', 'University of Washington', 'Customs and Border Protection', 'Banco do Brasil', 'UFCW Local 832';
    not 'League One') or an institution's word ending it ('Upper House'; 'House' alone may be a show). Initials
    opening a name are no such word: they open a maker's products, shows, events and venues as often ('VW Beetle', 'GMC Envoys', 'IE 7', 'CBBC Newsround', 'ATP Finals', 'BB&T Pavilion') and a person's
    name ('JK Rowling')."""
    joined = len(words) > 2 and (words[1].lower() in FIRST_WORD_JOINERS or words[1] in lexicon.name_particles)
    named = words if joined else words[1:]
    if any(word.lower() in lexicon.body_words or word.lower().endswith("bank") and word.lower() != "interbank"
           for word in named or words):
        return True
    return len(words) > 1 and words[-1].lower() in lexicon.institutions


def _an_acronym(word: str, lexicon: OrganizationLexicon) -> bool:
    """A body's initials: two letters or more in capitals, not a common noun's ('TB', 'GSM' of 'GSM Unlocked',
    'M10', a chip's number), nor a code of letters and a number, a hyphen between them or none, which names a
    molecule, a model, a console or a standard as often as a group ('GLP-1', 'IL-25', 'F-16', 'PS2', 'DB9'; 'G-7' and
    'G7' are known names)."""
    return is_acronym(word) and sum(letter.isalpha() for letter in word) > 1 and word not in lexicon.not_organizations \
        and CODE.match(word) is None


def _described(span: Span, lexicon: OrganizationLexicon) -> bool:
    """An organization noun right before ('research firm Gartner', 'the band, Keane') or in an apposition
    after ('Electronic Arts, the biggest games publisher'), not one owning what the apposition names ('Digital
    Intuition®, the company’s powerful patented optimization algorithm'), which is a body by a noun for one or a
    body's part after the possessive ('MMC Capital, the company's private equity firm', 'T-Mobile USA, the company's
    American mobile business')."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in SKIPPED_BEFORE:
        before -= 1
    if before >= 0 and doc[before].is_lower and doc[before].lower_ in lexicon.kind_nouns:
        return True
    if span.end < len(doc) and doc[span.end].text == ",":
        owned = False  # after a body's possessive: the owner's noun says nothing of the name
        for token in doc[span.end + 1 : span.end + 7]:
            if token.is_lower and (token.lower_ in lexicon.kind_nouns or owned and token.lower_ in lexicon.part_nouns):
                if token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS":
                    owned = True
                else:
                    return True
            if token.is_punct:
                break
    return False


def _with_a_role(span: Span, lexicon: OrganizationLexicon) -> bool:
    """A role, a part or a deal of the body's after its name or possessive, past adjectives and nouns ('Microsoft
    chief Bill Gates', "Creative's European marketing manager", 'the Atari offices'; not a film's credits, 'Pulp
    Fiction director', nor past a verb or a conjunction, after which the role is another's), a person after its possessive ("First Chicago's Johnson"), or before a preposition and
    the name ('chief executive of Electronic Arts', 'a deal with Motorola'), or a person's name before 'of'
    ('Orin Middleton of Barclays Capital'), or a body merging or competing with it ('due to merge with Rosneft')."""
    doc = span.doc
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    after = span.end + possessive
    if possessive and after < len(doc) and doc[after].ent_type_ == "PERSON":
        return True  # "First Chicago's Johnson"
    for token in doc[after : after + (POSSESSED_REACH if possessive else 3)]:
        if (token.is_lower or token.is_upper) and token.lower_ not in lexicon.credited_nouns and (
                token.lower_ in lexicon.after_nouns or token.lower_ in lexicon.kind_nouns and token.tag_ != "NNS"):
            return True  # 'Cornell professor', 'Apple CEO Tim Cook'; not 'Halo fan websites'
        if token.tag_ in CLAUSE_TAGS or not (token.is_lower or token.tag_ == "JJ"
                                             or possessive and token.tag_ in NAMING_TAGS):
            break  # "Hexal's US affiliate", "United Business Media's NOP World market research unit"
    at = span.start - 1
    while at > 0 and (doc[at].lower_ == "the" or doc[at].is_space or doc[at].tag_ in DESCRIBING_TAGS
                      or doc[at].tag_ == "POS" and doc[at - 1].ent_type_ in PLACE_LABELS):
        at -= 2 if doc[at].tag_ == "POS" else 1  # 'at recently-privatised Banque Paribas', "of Austria's"
    if at < 1 or doc[at].lower_ not in ROLE_PREPOSITIONS or span.root.dep_ not in GOVERNED_DEPS:
        return False  # 'a member of the Apollo 10 crew'
    return doc[at - 1].lower_ in lexicon.after_nouns or doc[at].lower_ == "of" and doc[at - 1].ent_type_ == "PERSON" \
        or doc[at].lower_ == "with" and doc[at].head.lemma_ in PARTNERING_VERBS


def _acts(span: Span, lexicon: OrganizationLexicon) -> bool:
    """The subject of what bodies do ('Google said', 'Sony told an audience', 'Chelsea have sacked Adrian
    Mutu', 'Twentieth Century Fox is still to announce'), not of what a film or a product does ('The Aviator
    tells the story of Howard Hughes'), nor of launching with no object, which a product, a service or an operation
    does ('Stadia is launching with 22 games', 'When the Xbox launched'; a body launches something); or the object
    of joining or telling ('voted to join Unifor Local 444', 'told Business Insider')."""
    root = span.root
    verb = root.head
    if root.dep_ in ("dobj", "dative") and verb.lemma_ in lexicon.joined_verbs:
        return True
    if root.dep_ != "nsubj":
        return False
    verbs = (verb, *(word for word in verb.children if word.dep_ == "xcomp"))  # 'is still to announce'
    return any(word.lemma_ in lexicon.acting_verbs and (word.lemma_ != "tell" or not any(
        told.lemma_ in TOLD_BY_WORKS for told in word.children)) and (
        word.lemma_ not in lexicon.object_acting_verbs or any(child.dep_ == "dobj" for child in word.children))
        for word in verbs)


def _makes(span: Span, lexicon: OrganizationLexicon) -> bool:
    """A maker before a product noun ('Apple computers') or the number of a model it makes, after its
    possessive too ("Boeing's 787-9 Dreamliner", 'Airbus A350-900'); not before a count, in prose or in a table's
    row ('Apple 100 shares', 'WHEAT 295     dn 3'), a score ('Abigail Spears 6-4'), a film's number ('Apollo 13') or
    an ordinal after its possessive, which anything may have ("EastEnders' 20th anniversary"), nor before a game,
    named for its title or its platform as often as for its maker ('the Painkiller game', 'Xbox games')."""
    doc = span.doc
    if product_noun_at(doc, span.end, lexicon) and doc[span.end].lower_ not in lexicon.title_product_nouns:
        return True
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    at = span.end + possessive
    if at >= len(doc) or MODEL_NUMBER.fullmatch(doc[at].text) is None \
            or possessive and ORDINAL.fullmatch(doc[at].text):
        return False
    after = at + 1
    while after < len(doc) and doc[after].is_space:  # a table's cells ('WHEAT 295     dn 3')
        after += 1
    return not doc[at].text.isdigit() or after == len(doc) or not doc[after].is_lower


def _dealt_with(span: Span, lexicon: OrganizationLexicon) -> bool:
    """The body a deal is made with or a thing is made by ('acquired West Virginia Power from Dominion
    Resources', "rated AAA by both Moody's")."""
    first: Token = span.root
    while first.dep_ == "conj":
        first = first.head
    preposition = first.head
    return first.dep_ == "pobj" and preposition.lower_ in ("from", "by") \
        and preposition.head.lemma_ in lexicon.dealing_verbs


def _an_example(span: Span, lexicon: OrganizationLexicon) -> bool:
    """One of the examples after an organization noun in the plural, named bare ('technology firms like Dell, LG,
    Samsung', 'small firms such as Blinkx, Copernic'; not '... as well as the ubiquitously fashionable iPod')."""
    cue = example_cue(span)
    if cue is None:
        return False
    noun = cue.head.head if cue.head.lower_ == "such" else cue.head  # 'firms such as', 'studios, such as'
    return noun.lower_ in lexicon.kind_nouns and noun.tag_ == "NNS"


def example_cue(span: Span) -> Optional[Token]:
    """The 'like', 'including' or 'as' the name is given as an example after, named bare ('technology firms like
    Dell, LG, Samsung', 'supported bands including The Libertines, Interpol'); None where it is no such example."""
    if not _named_bare(span.doc, span.start):
        return None
    first: Token = span.root
    while first.dep_ in ("conj", "appos"):
        first = first.head
    cue = first.head
    return cue if first.dep_ == "pobj" and cue.lower_ in EXAMPLE_WORDS else None


def _an_agent(span: Span, lexicon: OrganizationLexicon) -> bool:
    """The agent of what is done to someone or something ('encouraged by Ofcom', 'suspended from all competition
    by Athletics Kenya'), unless the verb's agent is as often a work, a thing or an event ('directed by',
    'inspired by', 'hit by')."""
    first: Token = span.root
    while first.dep_ == "conj":
        first = first.head
    agent = first.head
    return first.dep_ == "pobj" and agent.dep_ == "agent" and agent.lower_ == "by" \
        and agent.head.lemma_ not in lexicon.agent_exempt_verbs


def _a_persons_name(span: Span, lexicon: OrganizationLexicon) -> bool:
    """A given name and more, not ending in a body's word: a person the model tags as a body, who may act, speak or
    be cited as a body does ("said the Observer's Philip French", 'According to Benoit Joly from broadband
    telecoms firm Thales'; not 'the Mayo Clinic')."""
    return len(span) > 1 and span[0].text in lexicon.first_names and not _a_body_word(span[-1], lexicon)


def _a_body_word(word: Token, lexicon: OrganizationLexicon) -> bool:
    lower = word.lower_
    return lower in lexicon.body_words or lower in lexicon.head_types or lower in lexicon.institution_heads


def _a_source(span: Span) -> bool:
    """The source of a statement, the whole of what it is cited for ('According to Ofcom there were', 'according
    to guidance from the Mayo Clinic', "according to NPR's Feng"; not "according to The Verge's Stadia review"
    or 'the TexAuto Facts report')."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ in CITED_TAGS:
        return False
    at = span.start - 1
    while at > 0 and (doc[at].lower_ == "the" or doc[at].tag_ in DESCRIBING_TAGS):
        at -= 1
    if at > 1 and doc[at].lower_ in SOURCE_PREPOSITIONS:  # 'according to data from'
        noun = at - 1
        while noun > 1 and doc[noun].is_lower and doc[noun].lower_ != "to" and at - noun < 4:
            noun -= 1
        at = noun if noun < at - 1 else at
    return at > 0 and doc[at].lower_ == "to" and doc[at - 1].lower_ == "according"
