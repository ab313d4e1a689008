"""Names that are no person of the story: a name that only qualifies a thing ('an Oscar nomination'), a
character someone plays ('who plays Hermione'), a table's label ('Revs 28.8 mln vs 32.5 mln'), a company
the wire marks ('<Eni>'), a word after an article ('the Bernabeu'), a body's name after the noun for its
kind ('record company Universal'), a thing's given name ('a software product, named Galaxy'), a month
before a figure ('Jun 13.0'), a player's club in a line-up ('C Stoica (Montpellier)'), a person's club
or party ('Gloucester's Andy Gomarsall'), the first partners of a firm's name ('Piper, Jaffray and Hopwood
Inc') and a firm a plural calls by its partners' names ('Stockbrokers James Capel'). ``NOT_A_PERSON`` lists
them, each with how many of a person's mentions it must hold for; such a person is dropped."""

from __future__ import annotations

import re
from typing import Callable, Iterator, Sequence

import numpy
from spacy.attrs import IS_LOWER, LOWER, POS
from spacy.symbols import ADJ, ADV, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from ..doc_utils import COLUMNS, columns, doc_text, word_ids, words_at
from ..entities import labels_a_line
from ..dates.lexicon import lexicon as date_words
from ..places import gazetteer
from .lexicon import PLURAL_TAGS, ROLE_MODIFIER_DEPS, PeopleLexicon
from .names import NameMention
from .tokens import adjective_piece, hangs_from, hyphen_piece

# A rule's verdicts on a person's mentions, read lazily so that a proof stops at the first that settles it.
Proof = Callable[[Iterator[bool], Sequence[NameMention], PeopleLexicon], bool]
# Articles before a word ('the Bernabeu', 'The Cloud', 'an Oscar'); a capital 'A' is left out, being an initial too.
ARTICLES = frozenset({"the", "The", "a", "an", "An"})
ARTICLES_LOWER = frozenset({"the", "an"})
# The words a list of examples follows ('films such as', 'characters like', 'franchises including').
EXAMPLE_CUES = frozenset({"as", "like", "including"})
# Plurals that say nothing of the kind listed ('others like him').
UNKNOWN_KINDS = frozenset({"other", "one"})
# A possessive after a name ('Gloucester's').
POSSESSIVES = frozenset({"'s", "’s"})
# A possessive after a name ending in 's' ('Dickens'').
APOSTROPHES = frozenset({"'", "’"})
# Between the names of a list ('Ferreira, Carvalho, Terry', 'Clarke and Rix', a line-up's 'Balshaw; Rees').
LIST_JOINERS = frozenset({",", "and", ";"})
# Words between a work's role and the person's name ('Superman actor the late Christopher Reeve').
WORK_ROLE_FILLERS = frozenset({"the", "late"})
# The highest number a sequel or a game takes after its name ("Shrek 2", "Mortal Kombat 11"); a person's age is more.
SEQUEL_MAX = 12
# So many words make a listed company's name the company's even with a given name first ('Archer Daniels Midland').
LONG_COMPANY_NAME = 3
# So many words make a name ending in a place's feature word a place's even with a given name first.
LONG_PLACE_NAME = 3
# What follows a sequel's number: a preposition, a verb's auxiliary, a negation, a conjunction ('Spider-Man 2 on UMD',
# 'Metal Slug 3 is'); a results line's count is followed by what it counts ('2 saves', '6 points').
SEQUEL_FOLLOWERS = frozenset({"ADP", "AUX", "PART", "CCONJ"})
# The prepositions after a role's noun that name where the role is held ('analyst with', 'economist at').
EMPLOYER_PREPOSITIONS = frozenset({"with", "at"})
# Where such a role's noun stands: beside a name or as a subject ('Cohn, analyst with', 'said economists at'), not a
# verb the tagger took for a noun ('lined up to co-star with Tom Hanks').
ROLE_HOLDER_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "attr", "ROOT"})
# So many one-word names in a list are a team's line-up, each a player.
LINE_UP = 4
# What a person's clause may say of its subject ('Dementieva held her nerve').
GENDERED_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
GENDERED_PRONOUN_IDS = word_ids(GENDERED_PRONOUNS)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# What joins a name to one before it, which then shares its verb ('Darcey Bussell and Jonathan Cope - are British').
PLURAL_JOINERS = frozenset({",", "and", "&", "or", "nor", ";"})
# The subjects a verb may have: a second one, or the 'there' of 'there are', is no plural's agreement with the name.
VERB_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
# The subjects of a relative clause that stand for the name it hangs from ('Franz Ferdinand, who were shortlisted').
RELATIVE_SUBJECTS = frozenset({"who", "that"})
# What joins the partners of a firm's name ('Piper, Jaffray and Hopwood Inc'; the Spanish, French and German 'and' of
# 'Minas de Almaden y Arrayanes S.A.'), and how many words after a name are read for the rest of the firm's name.
FIRM_JOINERS = frozenset({",", "and", "&", "y", "et", "und"})
PARTNER_WORDS = 8
# The words a possessive and a work's noun may hold between them ('her most recent single', 'his best-known hit'):
# how many, and their tags.
PHRASE_MODIFIERS = 4
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN", "CD", "HYPH", "VBN"})
POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})
# A table's empty cell after a month's name ('Mar nil').
EMPTY_CELLS = frozenset({"nil", "n/a", "unch"})


def plays_a_part(span: Span, lexicon: PeopleLexicon) -> bool:
    """A one-word name that someone plays is a character, no person of the story ('Emma Watson, who plays
    Hermione', 'Matthew Perry, who played Chandler'); a full name may be a real person played ('playing late
    screen legend Katharine Hepburn')."""
    root = span.root
    return len(span) == 1 and root.dep_ in ("dobj", "appos") and root.head.lemma_.lower() in lexicon.deed_phrases


def cast_in_a_part(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name right after a part's words is the character played ('will play the role of Arthur Dent', 'took the
    role of Don Corleone'), whatever roles the story gives it; a real person so played is named elsewhere too ('the
    Bidens now playing the role of Hillary Clinton's bought-and-paid-for Christopher Steele')."""
    doc = span.doc
    return span.start >= 2 and (doc[span.start - 2].lower_, doc[span.start - 1].lower_) in lexicon.character_cues


def modifies_a_thing(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name used only to qualify a thing is no person of the story: a brand, award, place or work ('a
    floor-length Armani dress', 'an Oscar nomination', 'a plain-speaking Yorkshire man', 'the Harry Potter
    films'). Nouns a person leads ('the Bush administration') and roles ('a Blair aide') keep the person."""
    root = span.root
    head = root.head
    return root.dep_ in ROLE_MODIFIER_DEPS and head.i >= span.end and head.pos_ == "NOUN" and head.is_lower \
        and not lexicon.is_role_head(head) and head.lemma_ not in lexicon.person_led_nouns


def counted_like_a_thing(span: Span, lexicon: PeopleLexicon) -> bool:
    """A person is not counted: one word an ordinal or a number counts names a prize or a thing ('Eastwood took
    his second Oscar for best director'; not 'starring in seven Lee films', where the films are counted)."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    number = doc[span.start - 1]
    return number.ent_type_ in ("ORDINAL", "CARDINAL") and number.head.i == span.start


def qualifies_a_named_role(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name right before the role of another person named after it qualifies that role ('Oscar winner Adrien
    Brody', 'Oscar nominee Clive Owen'), however the parse joins the name to the words before it where the role
    hangs from that person's name ('with rapper Twista and Ray actor Jamie Foxx'); as every mention must be so used,
    a person named elsewhere stays ('Blair aide Alastair Campbell' beside 'Mr Blair')."""
    doc = span.doc
    role = span.end
    if role + 1 >= len(doc) or not lexicon.is_role_head(doc[role]) or doc[role + 1].ent_type_ != "PERSON" \
            or doc[role + 1].ent_iob_ != "B":
        return False
    holder = doc[role].head
    return span.root.head.i == role or holder.ent_type_ == "PERSON" and (
        holder.i == role + 1 or holder.i > role and holder.ent_iob_ == "I")


def names_an_officers_body(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name right before a post only a body has and the name of the one holding it is that body ('Stad Rotterdam
    chairman Lucas van Leeuwen told Reuters', then "Stad Rotterdam's premium income"): no person has a chairman or a
    president, so one mention so written settles it."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in lexicon.officer_roles \
        and qualifies_a_named_role(span, lexicon)


def describes_the_name_after(span: Span, lexicon: PeopleLexicon) -> bool:
    """One word right before a courtesy title and a person's name describes that person ('Former Beatle Sir Paul
    McCartney is second on the list'), as no one is named twice in a row."""
    doc = span.doc
    return len(span) == 1 and span.end + 1 < len(doc) and doc[span.end].lower_ in lexicon.honorifics \
        and doc[span.end + 1].ent_type_ == "PERSON"


def glued_to_an_adjective(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name the hyphen joins to an adjective or participle qualifies what follows ('Oscar-nominated actress
    Natalie Portman', 'Oscar-winning director')."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and adjective_piece(doc[span.end + 1])


def hyphened_to_a_common_word(span: Span, lexicon: PeopleLexicon) -> bool:
    """One word of a capitalised part and, after a hyphen, a lowercase word English writes so is a phrase or a thing
    the model took for a name ('Flash-forward to 2017', 'World Cup-style', 'Oscar-winner Sir Anthony Hopkins'), no
    person: a name's hyphen joins capitalised parts ('Rose-Lynn') or a given name's syllables after a surname ('Tsai
    Ing-wen')."""
    return len(span) == 3 and span[0].is_title and hyphen_piece(span[2]) and span[2].is_lower \
        and span[2].text in lexicon.common_words


def names_an_employer(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name after 'with' or 'at' hanging from a role's noun, or listed after such a name, is whom the role is held
    at: a firm's partners, no people ('Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith',
    'Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton'). A name listed there with a role of its own is a
    person ('senior grain analyst with AgriAnalysis, and Mark Meyer, a grain analyst'), and so is a name after a role's
    verb ('is also lined up to co-star with Tom Hanks')."""
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i and not any(child.dep_ == "appos" for child in token.children):
        token = token.head
    preposition = token.head
    role = preposition.head
    return token.dep_ == "pobj" and preposition.lower_ in EMPLOYER_PREPOSITIONS and role.i < span.start \
        and role.pos_ == "NOUN" and role.dep_ in ROLE_HOLDER_DEPS and lexicon.is_role_head(role)


def of_a_named_person(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name after 'of' that hangs from a person's name is where that person works or comes from, a firm, a body or
    a place, no second person ('aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says'): news writes a
    person's relations with the relation ('the wife of John Smith'), not a name and 'of'."""
    root = span.root
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.i == span.start - 1 and of.head.ent_type_ == "PERSON" \
        and of.head.pos_ == "PROPN" and of.head.i == of.i - 1


def labels_a_line_of_figures(span: Span, lexicon: PeopleLexicon) -> bool:
    """``entities.labels_a_line`` ('Revs 28.8 mln vs 32.5 mln', 'Avg shrs 5.0 mln vs 3.3 mln', 'Pay Aug 15'), or a
    month's name before a figure or an empty cell, the table's date columns ('Feb 872.0, Mar 164.6', 'May nil'),
    where a label's month comes back alone: 'Maize Mar 48.0, total 48.0' is a table's, with every 'Mar' after it."""
    return labels_a_line(span) or _a_months_cell(span)


def _a_months_cell(span: Span) -> bool:
    doc = span.doc
    return len(span) == 1 and span[0].lower_.rstrip(".") in date_words()["months"] and span.end < len(doc) \
        and (doc[span.end].like_num or doc[span.end].lower_ in EMPTY_CELLS)


def headline_words(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name in capitals holding two words or more that English writes in lowercase, neither a common surname nor a
    given name, is a wire headline's run of words the model took for a name ('U.S. HOUSE OF REPRESENTATIVES DEFEATS
    REAGAN'S 1988 BUDGET', "U.S. TREASURY'S BAKER SAYS COMMERCIAL BANK LOANS ..."): a person's name in a headline
    is one or two names ('WHITE HOUSE'S BAKER SAYS', 'JOHN MAJOR')."""
    words = [token.text for token in span if token.is_alpha]
    if not words or not all(word.isupper() for word in words):
        return False
    common = [word for word in words if word.lower() in lexicon.common_words and word.lower() not in
              lexicon.common_surnames and word.capitalize() not in lexicon.first_names]
    return len(common) >= 2


def marked_as_a_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """Reuters marks companies and their tickers in angle brackets ('Reed International Plc <REED.L>', 'a
    subsidiary of Italy's <Eni>')."""
    doc = span.doc
    return 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "<" and doc[span.end].text == ">"


def follows_an_article(span: Span, lexicon: PeopleLexicon) -> bool:
    """A person's name takes no article: one word right after 'the' or 'a' names a place, a prize, a team or a
    thing ('The Bernabeu was evacuated', 'won the Oscar for The Aviator'). Not a capital 'A', which is as often
    an initial ('A Craig (Glasgow)'); not an article that belongs to the noun the name leads ('the Reagan
    administration', which ``modifies_a_thing`` judges); not a title word, a person's office ('the Queen'). A
    longer name so placed is a work's or a thing's unless it opens with a given name ('The Da Vinci Code claims',
    'from the Westerns and war movies to The Quiet Man'; not 'the Ray Charles biopic'). A people's adjective between
    them, which the name was stripped of, leaves the article the name's ('placed in the British Library')."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].ent_type_ == "NORP" and doc[before].pos_ in {"ADJ", "PROPN"}:
        before -= 1
    if before < 0 or doc[before].text not in ARTICLES:
        return False
    word = span[0]
    if len(span) > 1:
        return word.text not in lexicon.first_names and not lexicon.is_title_word(word) \
            and len(word.text.rstrip(".")) > 1 and not _leads_a_noun(span.root)
    return not _leads_a_noun(word) and not lexicon.is_title_word(word)


def _leads_a_noun(word: Token) -> bool:
    """The word compounds into a noun after it ('the Reagan administration')."""
    return word.dep_ in ROLE_MODIFIER_DEPS and word.head.i > word.i


def described_as_an_organization(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name the noun for a body's kind describes is that body ('the band's record company Universal',
    'independent label Domino', 'the industry lobby group Eurofer', 'clearing agencies Cedel and Euroclear',
    'start-up companies Gizmondo and Tapwave Zodiac', 'the emirate's daily Al-Qabas', 'the rural affairs ministry,
    Defra', 'Rock band Keane', 'Wall Street firm Furman Selz Mager Dietz and Birney'). A name of two words or more
    opening with a given name stays a person where a verb follows it, as the noun may be the object of the person's
    clause ('the company Richard Branson founded'), or where the noun is capitalised, the end of another name ('the
    troubled Child Support Agency Doug Smith')."""
    doc = span.doc
    start, word = span.start, span.root
    while word.dep_ == "conj" and start - 4 <= word.head.i < start:
        word = word.head  # 'agencies Cedel and Euroclear': the noun stands before the first name of the list
        start = _name_start(word)
    before = start - 1
    while before > 0 and doc[before].is_space:  # a wire's line break ('holding company\nNord Est plans')
        before -= 1
    if before > 0 and doc[before].text == "," and word.dep_ == "appos" and word.head.i == before - 1:
        before -= 1  # 'the rural affairs ministry, Defra'
    words = span.text.split()
    return before >= 0 and doc[before].lower_ in lexicon.organization_nouns \
        and (len(words) == 1 or words[0] not in lexicon.first_names
             or doc[before].is_lower and not _a_verb_follows(span))


def _a_verb_follows(span: Span) -> bool:
    """A verb right after the name, adverbs aside ('Richard Branson founded', 'Doug Smith also earns')."""
    doc = span.doc
    at = span.end
    while at < len(doc) and doc[at].pos_ == "ADV":
        at += 1
    return at < len(doc) and doc[at].pos_ in ("VERB", "AUX")


def _name_start(word: Token) -> int:
    """Where the name a word ends starts: its proper nouns compounded into it right before it ('Tapwave' of
    'Tapwave Zodiac')."""
    start = word.i
    for child in reversed(list(word.lefts)):
        if child.i != start - 1 or child.dep_ != "compound" or child.pos_ != "PROPN":
            break
        start = child.i
    return start


def set_off_as_an_organization(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name whose apposition is the noun for a body's kind is that body ('Chase Trans-Info, a subsidiary of its
    Chase Manhattan Bank N.A. unit', 'De Telegraaf, a daily Amsterdam newspaper', 'Novo Astro, a private
    company'); a noun that describes people too is no proof ('William Landa, a developer')."""
    return any(child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN"
               and child.lower_ in lexicon.organization_nouns and not lexicon.is_role_head(child)
               for child in span.root.children)


def names_a_thing(span: Span, lexicon: PeopleLexicon) -> bool:
    """The name given to a thing ('a new software product, named Galaxy', 'a short-range messaging application
    called Pictochat', 'distribute them under the brand name Ozadisc') is no person's at any mention, as the
    naming says what it is ('The unit, newly named Specialty Steels-Europe', whose last word the article writes
    alone too: 'sell in Europe'); a person so named stays ('his son, called Jack', 'a man named Smith')."""
    doc = span.doc
    if span.start < 2:
        return False
    before = doc[span.start - 1]
    if doc[span.start - 2 : span.start].text.lower() in lexicon.brand_name_phrases:
        return True
    if before.lower_ not in lexicon.naming_verbs or before.dep_ != "acl":
        return False
    named = before.head
    return named.pos_ == "NOUN" and named.lemma_.lower() not in lexicon.person_nouns and not lexicon.is_role_head(named)


def named_as_an_institution(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words ending in a company's legal form, an institution's or a street's word is that
    body or an address, whatever its first word ('its major shareholder, Patrick Corporation', 'Liebert Corp
    said', 'of 1909 Jolinda Drive', 'Rainier Bancorp said it completed the acquisition'), as is one opening with a
    team's word ('The German-based firm kitted out Team GB'); the model's name may grow to it after a surname-only
    tag ('Liebert')."""
    return len(span) > 1 and (span[-1].text in lexicon.institution_heads or span[0].text in lexicon.institution_openers)


_BEFORE_MARKS = "extractor.people.words_before_company_marks"
_WORD_BEFORE = re.compile(r"\W*(\S+)(?=[ \t]*\n?[ \t]*[A-Za-z<&(])")
_LEADING = re.compile(r"^\W+")


def listed_as_things(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name in a list of examples of things is a thing's ('films such as My Beautiful Laundrette, Billy Elliot',
    'other platforms like PlayStation Network, Xbox Live, and Steam'); a noun with any sense for people or groups
    keeps them ('playwrights such as Martin Lynch', 'media figures such as Katie Couric'), as do 'others like', an
    owner of the thing ('works such as Philip Roth's The Plot Against America') and a title before the name
    ('interests such as President Emmanuel Macron')."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in POSSESSIVES or span.start and _titled(span, lexicon):
        return False
    listed = _listed(doc, span.start, -1)
    first = listed[-1][0].start if listed else span.start
    if first < 2 or doc[first - 1].lower_ not in EXAMPLE_CUES:
        return False
    at = first - 3 if doc[first - 1].lower_ == "as" and doc[first - 2].lower_ == "such" else first - 2
    kind = doc[at] if at >= 0 else None
    return kind is not None and kind.tag_ == "NNS" and kind.lemma_.lower() not in lexicon.kinds_of_people \
        and kind.lemma_.lower() not in UNKNOWN_KINDS


def names_a_listed_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """A listed company's name, no given name first, is the company's ('a takeover by France's Pernod Ricard', 'market
    leader Diageo', 'a research director at analyst Gartner'); one opening with a given name may be its founder's
    ('Walt Disney', 'Ralph Lauren')."""
    return span.text in lexicon.companies and _no_given_name_first(span, lexicon)


def names_a_long_listed_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """A listed company's name of three words or more is the company's, a given name first or not ('it became
    affiliated last year with Archer Daniels Midland', 'Martin Marietta Materials'): a founder's name is shorter."""
    return span.text in lexicon.companies and sum(not token.is_space for token in span) >= LONG_COMPANY_NAME


def named_as_a_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """The article writes the name as a company's somewhere: right before a legal form, the wire's ticker or 'and Co'
    ('W.W. Grainger Inc said', then 'W.W. Grainger said'; 'Canon Inc <CANN.T>', then 'Canon will import them';
    'Montedison Spa <MONI.MI> said'; 'J.P. Morgan and Co Inc said'). News names a person and the firm named for them
    apart ('Charles Schwab Corp' beside its founder), which the proof keeps when a given name opens the person's
    name."""
    words = span.text.split()
    if not words:
        return False
    doc, last = span.doc, _LEADING.sub("", words[-1])
    text = doc_text(doc)
    if not _written_before_a_mark(text, last, lexicon) or last not in _words_before_company_marks(doc, text, lexicon):
        return False  # the usual case, decided without a pattern of the name's own
    name = re.compile(r"(?<![\w.])" + r"\s+".join(re.escape(word) for word in words))
    return any(lexicon.company_mark.match(text, found.end()) for found in name.finditer(text))


def only_named_as_a_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """``named_as_a_company`` where the name does nothing as a verb's subject: 'Paula Payne Inc', then 'Paula Payne
    was acquired from Riegel Textile' is the company; 'Charles Schwab announced the completion of the purchase ...
    of Charles Schwab and Co Inc' may be its founder."""
    return span.root.dep_ != "nsubj" and named_as_a_company(span, lexicon)


def written_as_a_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """A mention right before a legal form, the wire's ticker or 'and Co' is the firm's name there, a given name
    first or not ('economists at Aubrey G. Lanston and Co Inc'); a person also named in full otherwise stays
    ('Charles Schwab said' beside 'Charles Schwab Corp')."""
    return lexicon.company_mark.match(doc_text(span.doc), span.end_char) is not None


def _written_before_a_mark(text: str, word: str, lexicon: PeopleLexicon) -> bool:
    """Whether ``word`` stands anywhere in the text right before a legal form, a ticker or 'and Co': each word of
    ``_words_before_company_marks`` does, and this search for one word is far cheaper than finding them all."""
    at = text.find(word)
    while at >= 0:
        if lexicon.company_mark.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _words_before_company_marks(doc: Doc, text: str, lexicon: PeopleLexicon) -> dict[str, bool]:
    """The words right before a legal form or a ticker anywhere in the article, found once per article (kept as a
    dict: ``Doc.to_bytes`` serializes ``user_data`` for ``nlp.pipe(n_process=2)``, and msgpack has no set)."""
    found = doc.user_data.get(_BEFORE_MARKS)
    if found is None:
        found = doc.user_data[_BEFORE_MARKS] = dict.fromkeys(
            (_LEADING.sub("", match.group(1)) for match in _WORD_BEFORE.finditer(text)
             if lexicon.company_mark.match(text, match.end())), True)
    return found


def begins_a_firm_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """The first partners of a firm's name, no given name first: a comma or 'and' and capitalised words after them
    run on to a legal form, the wire's ticker or 'and Co' ('through underwriters R.C. Stamm and Co and Rosenkrantz
    Lyon and Ross Inc', 'led by Morgan Keegan and Co Inc, Bateman Eichler, Hill Richards Inc and Piper, Jaffray and
    Hopwood Inc'). A person named beside a company has a given name and a surname ('Carl Icahn and Texaco Inc'); a
    given name alone so written is a partner's surname ('underwritten by Ryan, Beck and Co')."""
    return (len(span) == 1 or _no_given_name_first(span, lexicon)) and _partners_follow(span, lexicon)


def opens_a_firm_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """``begins_a_firm_name`` for a name of several words: the article writes it once as the opening of a firm's
    name and its other mentions shorten the firm's ('Spain's Minas de Almaden y Arrayanes S.A. has agreed', then
    'the Minas de Almaden statement said'); a person's full name with no given name first opens no firm's."""
    return len(span.text.split()) > 1 and begins_a_firm_name(span, lexicon)


def _partners_follow(span: Span, lexicon: PeopleLexicon) -> bool:
    """A comma or 'and' and capitalised words after the name run on to a legal form, a ticker or 'and Co'."""
    doc, text = span.doc, doc_text(span.doc)
    joined = False
    for token in doc[span.end : span.end + PARTNER_WORDS]:
        if token.text in FIRM_JOINERS:
            joined = True
        elif joined and (token.is_alpha and token.is_title or _initials(token)):
            if lexicon.company_mark.match(text, token.idx + len(token.text)):
                return True
        elif not token.is_space:
            return False
    return False


def _initials(token: Token) -> bool:
    """A partner's initials ('R.L.' of 'Tucker Anthony and R.L. Day Inc')."""
    letters = token.text.replace(".", "")
    return token.text.endswith(".") and letters.isalpha() and letters.isupper() and len(letters) <= 3


def opens_an_institution_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words the article also writes as the first words of an institution's name: right before the
    word for an institution, or before capitalised words and that word ('Trump's visit to Walter Reed' beside 'an
    unscheduled trip to Walter Reed hospital'); with no given name first, before a firm's or a body's head or legal form
    too, or with a last word English writes in lowercase that is no common surname ('Lex Vehicle is owned equally by
    Lex Services' beside 'sold to <Lex Vehicle Leasing Ltd>'; a founder stays beside the firm named for him, 'Charles
    Schwab' beside 'Charles Schwab Corp'). No person without evidence of one."""
    words = span.text.split()
    if len(words) < 2:
        return False
    last = span[-1].lower_
    firm = _no_given_name_first(span, lexicon) or last in lexicon.common_words and last not in lexicon.common_surnames
    name = r"(?<![\w.])" + r"\s+".join(re.escape(word) for word in words) + r"((?:\s+[\w.&'-]+){1,4})"
    heads = lexicon.institution_heads
    for found in re.finditer(name, doc_text(span.doc)):
        for word in found.group(1).split():
            bare = word.rstrip(".")
            if bare.lower() in lexicon.institution_common_heads or firm and (word in heads or bare in heads):
                return True
            if not word[:1].isupper():
                break
    return False


def firm_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words written as a firm's first partners, a given name first or not ('Davis Water and
    Waste\nIndustries Inc said'): no person without evidence of one. A founder named beside the firm named for him
    stays ('Charles Schwab announced the completion of the ... purchase ... of Charles Schwab and Co Inc')."""
    return len(span) > 1 and _partners_follow(span, lexicon)


def named_as_a_product(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words ending in a word that makes a model line is a product's ('the new 16-inch MacBook
    Pro', 'a turquoise Switch Lite', 'a controller, Chromecast Ultra and three months of Stadia Pro'), unless a given
    name opens it ('Peter Max')."""
    return len(span) > 1 and span[-1].text in lexicon.product_line_words and span[0].text not in lexicon.first_names


def written_in_lowercase(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words with no given name first that the article also writes whole in lowercase is a
    phrase, no person's name ('“I think, Mr. Ranking Member, that would ...”' beside 'Rep. Frank Lucas, the ranking
    member of the full committee'; a section's heading 'Defensive Line' over 'hits came from the defensive line')."""
    if len(span) < 2 or not _no_given_name_first(span, lexicon):
        return False
    words, text = span.text.lower().split(), doc_text(span.doc)
    if not all(word in text for word in words):
        return False  # the usual case, decided without a pattern of the phrase's own
    lowered = r"\s+".join(re.escape(word) for word in words)
    return re.search(rf"(?<![\w-]){lowered}(?![\w-])", text) is not None


def names_money(span: Span, lexicon: PeopleLexicon) -> bool:
    """A wire's currency after a country's initials is money, not a person ('priced at 213.87 U.S. Dlrs per
    tonne', 'N.Z. Dlrs')."""
    return len(span) > 1 and span[-1].text in lexicon.currency_words


def cut_from_a_longer_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """No name opens with a preposition or a conjunction: such a span is the end of a longer name whose first
    word the model took for a title ('Reporters Without Borders'); nor does a name of several words end with one
    ('companies Astrobotic, Intuitive Machines and Orbit Beyond')."""
    return span[0].lower_ in lexicon.not_name_openers \
        or len(span) > 1 and span[-1].lower_ in lexicon.not_name_openers


def ends_a_body_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """One word right after a capitalised word the model tags an organization ends that body's name ('Intuitive
    Machines, Lockheed Martin, Masten Space Systems'), as a person's name does not follow a body's unbroken."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.ent_type_ == "ORG" and before.is_title and before.is_alpha and bool(before.whitespace_) \
        and not lexicon.is_title_word(before) and not lexicon.is_role_head(before)


def owned_by_a_person(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name right after the possessive of a person named in full is a work or a company of theirs ('the
    character Fagin in Charles Dickens' Oliver Twist', 'Steve Coogan's Baby Cow'): news writes a person's
    relations with the relation ('Reagan's wife Nancy'). One word before the possessive may be a film's or a
    team's ('Ray's Taylor Hackford'), and an apostrophe may end a name ('Major General Tala' Khalil al-Douri')."""
    doc = span.doc
    mark = span.start - 1
    if mark < 2 or doc[mark].text not in POSSESSIVES | APOSTROPHES or doc[mark].tag_ != "POS" \
            or doc[mark].ent_type_ != "PERSON":
        return False
    owner = mark - 1
    while owner > 0 and doc[owner].ent_iob_ == "I":
        owner -= 1
    return mark - owner > 1 and doc[owner].text in lexicon.first_names




def only_months(span: Span, lexicon: PeopleLexicon) -> bool:
    """Months' names alone, no given name first, are a table's columns ('Apr/Jun 55 over Jul\n May/Jul 55 over
    Jul\n Jun/Aug'), whatever the model's one-word mentions beside them ('over May')."""
    months = date_words()["months"]
    return len(span) > 1 and span[0].text not in lexicon.first_names \
        and all(token.is_space or token.lower_.rstrip(".") in months for token in span)


def names_a_holiday(span: Span, lexicon: PeopleLexicon) -> bool:
    """A holiday's name is a date ('the Fed will ease by Easter', 'break for Easter'), whatever tag the model gives."""
    words = date_words()
    key = span.text.lower()
    return key in words["holidays"] or key in words["floating_holidays"]


def bracketed_after_a_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """One word alone in brackets right after a name is the club or country of a line-up's player ('C Stoica
    (Montpellier), A Masi (Viadana), L Nitoglia (Calvisano)'), no person; a full name so bracketed may be the
    actor of a part ('Buck (Gil Gerard)')."""
    doc = span.doc
    return len(span) == 1 and span.start > 1 and span.end < len(doc) and doc[span.start - 1].text == "(" \
        and doc[span.end].text in (")", ",") and doc[span.start - 2].is_title


def owns_a_named_person(span: Span, lexicon: PeopleLexicon) -> bool:
    """A one-word name whose possessive stands right before a person's full name or courtesy title is the club,
    party, country or body the person belongs to ('Dawson and Gloucester's Andy Gomarsall', 'Labour's Mr
    Livingstone'): news writes a person's relations with the relation ('Reagan's wife Nancy')."""
    doc = span.doc
    after = span.end + 1
    if len(span) != 1 or after + 1 >= len(doc) or doc[span.end].text not in POSSESSIVES:
        return False
    named = doc[after]
    return named.text in lexicon.first_names and doc[after + 1].is_title or named.lower_ in lexicon.honorifics


def speaks_of_itself(span: Span, lexicon: PeopleLexicon) -> bool:
    """The subject of a verb of speaking whose report opens by calling the speaker 'it' and what it owns 'its'
    ('Diamond Shamrock said it raised its posted prices'): a firm speaks so of itself, a person says 'he' or 'she'. A
    clause with a gendered pronoun tells of a person ('Smith said it hurt his chances'), and the 'it' of 'be' is
    often no one's ('Vladimir Putin said it was quite within the rights of a state-owned company to ensure its')."""
    word = span.root
    verb = word.head
    if word.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in lexicon.speech_verbs:
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_ != "be" and any(
                child.lower_ == "it" and child.dep_ in SUBJECT_DEPS and _opens_the_report(child, verb)
                for child in clause.children):
            said = [token.lower_ for token in clause.subtree]
            if "its" in said and GENDERED_PRONOUNS.isdisjoint(said):
                return True
    return False


def called_by_a_plural(span: Span, lexicon: PeopleLexicon) -> bool:
    """A plural calling that qualifies one name, with no other name beside it, calls a firm by its partners' names
    ('Stockbrokers James Capel said', 'of brokers James Capel', 'accountants Guy Barbier had been chosen'): one person
    is no 'brokers'. Names coordinated after it share the calling and are people ('finance ministers A and B',
    'Railtrack managers Alistair Cook, Sean Fugill'), and a plural the parse hangs elsewhere is no calling of the
    name ('For currency dealers Karl Otto Poehl is the scourge of speculators'), nor is a plural a role is for
    ("Labour's deputy minister for women Jacqui Smith")."""
    doc = span.doc
    if span.start == 0 or span.end + 1 < len(doc) and doc[span.end].text in FIRM_JOINERS \
            and doc[span.end + 1].text[:1].isupper():
        return False  # a list the parse may not coordinate ('shadow cabinet members David Davis, Oliver Letwin')
    calling = doc[span.start - 1]
    if span.start > 2 and doc[span.start - 2].lower_ == "for" and lexicon.is_role_head(doc[span.start - 3]):
        return False
    return calling.tag_ in PLURAL_TAGS and calling.pos_ == "NOUN" and calling.dep_ == "compound" \
        and span.start <= calling.head.i < span.end and (calling.is_lower or calling.is_sent_start) \
        and not any(word.ent_type_ == "PERSON" or word.pos_ == "PROPN" and word.i >= span.end
                    for word in span.root.conjuncts)


def _opens_the_report(word: Token, verb: Token) -> bool:
    """The first word after the verb of speaking, or after its 'that' ('said it raised', 'said that it'): the
    speaker's report, not a quotation before the verb ('"If it had, it would have missed its\n(reserve)
    projections," added Security Pacific's Bannon')."""
    between = [token.lower_ for token in verb.doc[verb.i + 1 : word.i] if not token.is_space]
    return word.i > verb.i and between in ([], ["that"])


def one_mention_of_no_role_but_its_calling(hits: Iterator[bool], names: Sequence[NameMention],
                                           lexicon: PeopleLexicon) -> bool:
    """As ``one_mention_of_no_role``, the role that calling itself gives the name aside ('Stockbrokers James Capel'
    is no stockbroker)."""
    called = [hit for hit, _ in zip(hits, names)]
    return any(called) and all(role == name.titled and hit for hit, name in zip(called, names) for role in name.roles)


def one_mention_of_no_role(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The article speaks of the thing as one: one mention so used proves it, unless a role shows a person (a group
    led by 'investor Natalie Koether said it raised its stake', where the parse may make her the speaker)."""
    return not any(name.roles for name in names) and any(hits)


def _given_name(span: Span, lexicon: PeopleLexicon) -> bool:
    return span.text in lexicon.first_names


def _titled(span: Span, lexicon: PeopleLexicon) -> bool:
    """A courtesy title, title word, initial or calling before the name."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return lexicon.is_title_word(before) or lexicon.is_role_head(before) or before.lower_ in lexicon.person_callings \
        or len(before.text.rstrip(".")) == 1 and before.text[:1].isupper()


def _speaks(span: Span, lexicon: PeopleLexicon) -> bool:
    """The subject of a verb of speaking, or of a clause that calls the subject's own things 'his' or 'her', outside
    the subject's own phrase ('Dementieva held her nerve'; not 'Her most recent single, Car Wash, reached'; the
    clause is walked only when such a pronoun hangs from its verb, found from the LOWER column)."""
    word = span.root
    if word.dep_ not in SUBJECT_DEPS:
        return False
    verb = word.head
    if verb.lemma_.lower() in lexicon.speech_verbs:
        return True
    pronouns = words_at(columns(span.doc)[:, COLUMNS.index(LOWER)], GENDERED_PRONOUN_IDS)
    return hangs_from(verb, pronouns) and any(token.lower_ in GENDERED_PRONOUNS and not
                                              word.left_edge.i <= token.i <= word.right_edge.i
                                              for token in verb.subtree)


def _taken_up_by_a_pronoun(span: Span, lexicon: PeopleLexicon) -> bool:
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("he", "she")


def _aged(span: Span, lexicon: PeopleLexicon) -> bool:
    doc = span.doc
    return span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num \
        and doc[span.end + 2].text == ","


def _listed_with_names(span: Span, lexicon: PeopleLexicon) -> bool:
    """Next to a name the model tags a person in a list that holds a full name ('Cole and Ashley Young', 'G
    Easterby, Humphreys'), a given name or a person the article names in full elsewhere ('Lemar and Jamelia',
    'Both McIlory and Watkins'), or is as long as a team's line-up ('Cech, Ferreira, Carvalho, Terry'): a short
    list of other single words proves nothing of each other, being as often firms, sites or towns ('reached
    out to Walikali and Gossipgist', 'the Eton and Slough seat'). One word alone among two names or more, each a full
    name, is no surname, as news names each person of such a list in full: an act's or a work's ('Michael Jackson,
    Aerosmith, Diana Ross, Gloria Estefan and Phil Collins are among the stars', 'Racing Stripes and Assault on
    Precinct 13'). A line-up's semicolon joins its names but sets off what a sentence lists ('Maritime Seafood
    Processors and First Choice Foods; Gordon Redgate of')."""
    doc = span.doc
    before = _listed(doc, span.start, -1)
    after = _listed(doc, span.end - 1, 1)
    if len(span) == 1 and len(before) + len(after) >= 2 and all(len(item) > 1 for item, _ in before + after):
        return False  # every other item a full name: the one word is an act's or a work's, no surname
    # the nearest name on each side, with the word of it next to this one and the joiner between
    nearest = [(item, item[-1], joiner) for item, joiner in before[:1]] \
        + [(item, item[0], joiner) for item, joiner in after[:1]]
    beside = [(item, joiner) for item, word, joiner in nearest if word.ent_type_ == "PERSON"]
    if not beside:
        return False
    if 1 + len(before) + len(after) >= LINE_UP:
        return True
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    return any(joiner != ";" and (len(item) > 1 or item[-1].text in surnames or item.text in lexicon.first_names)
               for item, joiner in beside)


def _listed(doc: Doc, edge: int, step: int) -> list[tuple[Span, str]]:
    """The capitalised names listed one after another from the token ``edge``, leftwards (``step`` -1) or
    rightwards (1), nearest first, each with the joiner before it; a name keeps its hyphen and a bracket after it
    ('Ntimban-Zeh', 'Palmer (capt)')."""
    items: list[tuple[Span, str]] = []
    i = edge
    while True:
        joiner = i + step
        if step > 0 and joiner < len(doc) and doc[joiner].text == "(":
            close = next((j for j in range(joiner + 1, min(joiner + 5, len(doc))) if doc[j].text == ")"), None)
            joiner = close + 1 if close is not None else joiner
        named = joiner + step
        if step < 0 and named >= 0 and doc[named].text == ")":
            opening = next((j for j in range(named - 1, max(named - 5, -1), -1) if doc[j].text == "("), None)
            named = opening - 1 if opening is not None else named
        if not (0 <= named < len(doc) and doc[joiner].text in LIST_JOINERS and _name_word(doc[named])):
            return items
        first = last = named
        while first > 0 and (_name_word(doc[first - 1]) or first > 1 and doc[first - 1].text == "-"
                             and _name_word(doc[first - 2])):
            first -= 1
        while last + 1 < len(doc) and (_name_word(doc[last + 1]) or last + 2 < len(doc) and doc[last + 1].text == "-"
                                       and _name_word(doc[last + 2])):
            last += 1
        items.append((doc[first : last + 1], doc[joiner].text))
        i = first if step < 0 else last


def _name_word(token: Token) -> bool:
    """A capitalised word ('Carvalho', 'McIlory', "O'Callaghan", the initial 'G'), no article ('The Moneychangers')."""
    return token.text[:1].isupper() and token.text.replace("'", "").replace("’", "").isalpha() \
        and token.lower_ not in ARTICLES_LOWER


def _owns_a_person_thing(span: Span, lexicon: PeopleLexicon) -> bool:
    """A possessive before what only a person has ('Zidane's friends', 'the Blair government')."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVES:
        return False
    owned = doc[span.end + 1].lemma_.lower()
    return owned in lexicon.person_nouns or owned in lexicon.person_led_nouns


# What only a person has around a one-word name; the first that holds settles it.
PERSON_EVIDENCE: tuple[tuple[str, Callable[[Span, PeopleLexicon], bool]], ...] = (
    ("a given name ('Rafa', 'Nancy')", _given_name),
    ("a courtesy title, title word, initial or calling before it ('Mr Howard', 'A Masi', 'dancer Bez')", _titled),
    ("speaking, or 'his' or 'her' in its clause ('Azpurua said', 'Dementieva held her nerve')", _speaks),
    ("'he' or 'she' right after it ('Schumer, he said, \"knows ...\"')", _taken_up_by_a_pronoun),
    ("an age ('Johnstone, 54,')", _aged),
    ("a place in a list of names ('Ferreira, Carvalho, Terry')", _listed_with_names),
    ("a possessive before what a person has ('Zidane's friends')", _owns_a_person_thing),
)


# What shows a person named as a work is meant: a given name proves nothing of a title ('historical epic Alexander').
WORK_EVIDENCE = tuple((name, test) for name, test in PERSON_EVIDENCE if test is not _given_name)
# What shows a person named as a band is meant: nor is a place in a list of names, as acts are listed with singers
# ('Scissor Sisters, Franz Ferdinand, Keane, Joss Stone and McFly were all in the Sound of 2004 top 10').
BAND_EVIDENCE = tuple((name, test) for name, test in WORK_EVIDENCE if test is not _listed_with_names)


def unevidenced(doc: Doc, names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """A person named by one word, or by a plural name, a thing's name or common words with no given name, with none
    of the ``PERSON_EVIDENCE`` at any mention: venues, clubs, products, works, towns, bands and firms the model takes
    for people have none ('at Anfield', 'Konami's Pro Evo', 'the operating system Linux', 'educated at Eton',
    'headliners Scissor Sisters', 'places such as Virgin Megastores', 'Apple's standalone Magic Keyboard', 'Walter
    Reed' beside 'Walter Reed hospital': ``opens_an_institution_name``). So is a
    name the article writes at its fullest as a work's title (``names_a_work``: 'Harry Potter director Alfonso
    Cuaron'), with none of the ``WORK_EVIDENCE`` at any mention, a given name included ('Harry Potter'), and a band's
    (``names_a_band``: 'Franz Ferdinand frontman Alex Kapranos'; ``agreeing_as_a_band``: 'Franz Ferdinand have won')
    with none of the ``BAND_EVIDENCE``. Asked once the person's roles are known, which are evidence too."""
    spans = [doc[name.start : name.end] for name in names]
    fullest = max(len(name.words) for name in names)
    full = [span for span, name in zip(spans, names) if len(name.words) == fullest]
    evidence = PERSON_EVIDENCE
    if any(names_a_band(span, lexicon) for span in full) or agreeing_as_a_band(spans):
        evidence = BAND_EVIDENCE
    elif any(names_a_work(span, lexicon) for span in full):
        evidence = WORK_EVIDENCE
    work = evidence is not PERSON_EVIDENCE
    return all((work or len(span) == 1 or plural_without_a_given_name(span, lexicon)
                or thing_without_a_given_name(span, lexicon) or common_words_without_a_given_name(span, lexicon)
                or firm_name(span, lexicon) or opens_an_institution_name(span, lexicon)
                or names_a_place_feature(span, lexicon))
               and not any(test(span, lexicon) for _, test in evidence)
               for span in spans)


def names_a_work(span: Span, lexicon: PeopleLexicon) -> bool:
    """A work's title, or its character's name: a noun for a work right before it ('GameCube bongo rhythm game Donkey
    Konga', "Hailey's first novel, Runaway Zero-Eight", "Oliver Stone's historical epic Alexander"), or what a person
    does in the work right after it, before that person's name ('Iris director Sir Richard Eyre', 'Mary Poppins star
    Dame Julie Andrews', 'Former Superman actor the late Christopher Reeve'). The noun must qualify the name or be
    set off by it, not be the object of a clause the name is the subject of ('the film Steven Spielberg directed').
    So is a name the article makes one title with what it is coordinated with, or numbers as a sequel
    (``_one_title_with_its_conjuncts``, ``_numbered_as_a_sequel``)."""
    return _introduced_by(span, lexicon.work_nouns) or _qualifies_a_role_in(span, lexicon.work_roles, lexicon) \
        or _one_title_with_its_conjuncts(span) or _numbered_as_a_sequel(span)


def names_a_band(span: Span, lexicon: PeopleLexicon) -> bool:
    """A music act's name, which may be written as a person's ('Franz Ferdinand', 'Manfred Mann'): a noun for a band
    right before it that describes it ('Scottish rock band Franz Ferdinand', 'Glasgow group Franz Ferdinand'), or a
    band member's role right after it, before that member's name ('Franz Ferdinand frontman Alex Kapranos', 'Joy
    Division singer Ian Curtis')."""
    return _introduced_by(span, lexicon.band_nouns) and _alone(span) \
        or _qualifies_a_role_in(span, lexicon.band_roles, lexicon)


def agreeing_as_a_band(spans: Sequence[Span]) -> bool:
    """A name the article makes the subject of a verb in the plural, and never of one in the singular, is a group's:
    one person takes the singular ('Franz Ferdinand have achieved', 'Franz Ferdinand were the only UK band', 'Franz
    Ferdinand, who were shortlisted'; not Mike Skinner, of 'Skinner uses blunt beats')."""
    return any(_subject_of(span, _in_the_plural) for span in spans) \
        and not any(_subject_of(span, _in_the_singular) for span in spans)


def _subject_of(span: Span, number: Callable[[Token], bool]) -> bool:
    """The name alone, joined to no other, is the only subject of a verb after it in that number, or of a relative
    clause's on it ('Franz Ferdinand, who were shortlisted'); not 'Joss Stone and Franz Ferdinand, who were both up
    for three awards', nor a list the parse did not join ('Darcey Bussell and Jonathan Cope - are British', 'Sargent,
    Morris lead USA past Cuba', 'Michael Jackson, Aerosmith, Diana Ross ... are'), an inverted question's ('why
    weren't the Stones there, David Bowie, etc, there are') or a name beside another subject ('The Streets, aka
    British rapper and songwriter, Mike Skinner have topped a poll')."""
    if not _alone(span):
        return False
    root = span.root
    verb = root.head
    if root.dep_ in SUBJECT_DEPS and verb.i > root.i and number(verb) \
            and sum(child.dep_ in VERB_SUBJECT_DEPS for child in verb.children) == 1:
        return True
    return any(clause.dep_ == "relcl" and clause.i > root.i and number(clause)
               and any(child.dep_ in SUBJECT_DEPS and child.lower_ in RELATIVE_SUBJECTS for child in clause.children)
               for clause in root.children)


def _alone(span: Span) -> bool:
    """The name is joined to no other, as the parse has it or by a comma or a conjunction and a proper noun either side
    of it (a list, which shares its verb and its noun: 'Ice skating duo Jayne Torvill and Christopher Dean'), nor
    set off by a proper noun after it ('Michael Jackson, Aerosmith, Diana Ross')."""
    root, doc = span.root, span.doc
    if root.dep_ == "conj" or any(child.dep_ in ("conj", "cc") or child.dep_ == "appos" and child.pos_ == "PROPN"
                                  for child in root.children):
        return False
    before = span.start > 1 and doc[span.start - 1].lower_ in PLURAL_JOINERS and doc[span.start - 2].pos_ == "PROPN"
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in PLURAL_JOINERS and doc[span.end + 1].pos_ == "PROPN"
    return not (before or after)


def _finite(verb: Token) -> Token:
    """The word of the verb that agrees with its subject: its first auxiliary, or itself."""
    return min((child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i),
               key=lambda child: child.i, default=verb)


def _in_the_plural(verb: Token) -> bool:
    """A present form other than the third person's singular ('have', 'are'; the model's VBP), or 'were'."""
    finite = _finite(verb)
    return finite.tag_ == "VBP" or finite.lower_ == "were"


def _in_the_singular(verb: Token) -> bool:
    """The third person's singular of the present ('uses', 'has'; the model's VBZ), or 'was'."""
    finite = _finite(verb)
    return finite.tag_ == "VBZ" or finite.lower_ == "was"


def _one_title_with_its_conjuncts(span: Span) -> bool:
    """The name and what 'and' joins to it are the subject of a verb in the singular: one title, not two people
    ('Harry Potter and the Half-Blood Prince has topped Amazon's book chart', '... takes up the story'); people
    joined so take the plural ('Blair and Brown have')."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in SUBJECT_DEPS or not any(child.dep_ == "conj" for child in first.children) \
            or not any(child.dep_ == "cc" and child.lower_ in ("and", "&") for child in first.children):
        return False
    verb = first.head
    return verb.tag_ == "VBZ" or any(child.dep_ in ("aux", "auxpass") and child.tag_ == "VBZ" and child.i < verb.i
                                     for child in verb.children)


def _numbered_as_a_sequel(span: Span) -> bool:
    """A sequel's or a game's number right after the name, counting no noun ('Spider-Man 2 on UMD', 'Destiny 2 in
    native 4K', 'Mortal Kombat 11, NBA 2K20'); not a results line's 'Jessica Newton 2 saves' nor an age ('Ryan S.
    Hollman 31, of Hope')."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or not span[-1].whitespace_ or not doc[at].text.isdigit() \
            or not 1 < int(doc[at].text) <= SEQUEL_MAX:
        return False
    after = doc[at + 1] if at + 1 < len(doc) else None
    return after is None or after.pos_ in SEQUEL_FOLLOWERS or after.text == ","


def _introduced_by(span: Span, nouns: frozenset[str]) -> bool:
    """One of ``nouns``, in lowercase, right before the name (or before a comma and the name set off by it)
    describes it: the name hangs from it or it from the name, not the object of a clause the name is the subject of."""
    doc = span.doc
    at = span.start - 1
    comma = at > 0 and doc[at].text == ","
    noun = doc[at - 1] if comma else doc[at] if at >= 0 else None
    if noun is None or not noun.is_lower or noun.lower_ not in nouns or not _read_as_a_noun(noun):
        return False
    root = span.root
    if comma:
        return root.dep_ == "appos" and root.head.i == noun.i or span.start <= noun.head.i < span.end
    return span.start <= noun.head.i < span.end or root.head.i == noun.i \
        or root.head.i == noun.head.i and root.dep_ == noun.dep_


def _read_as_a_noun(word: Token) -> bool:
    """The tagger's noun, or a noun it took for an adjective or a verb where a possessive opens its phrase and no
    subject makes it a verb ('Her most recent single, Car Wash', 'her debut hit Genie in a Bottle'; not 'his car hit
    John')."""
    if word.pos == NOUN:
        return True
    if any(child.dep_ in SUBJECT_DEPS for child in word.children):
        return False
    doc = word.doc
    at = word.i - 1
    while at >= 0 and word.i - at <= PHRASE_MODIFIERS and doc[at].tag_ in MODIFIER_TAGS:
        at -= 1
    return at >= 0 and doc[at].tag_ in POSSESSIVE_TAGS



def _qualifies_a_role_in(span: Span, roles: frozenset[str], lexicon: PeopleLexicon) -> bool:
    """One of ``roles`` right after the name, which qualifies it, before a person's name (courtesy titles and
    'the late' between them)."""
    doc = span.doc
    role = span.end
    if role + 1 >= len(doc) or span.root.head.i != role or doc[role].lower_ not in roles:
        return False
    at = role + 1
    while at < len(doc) and (doc[at].lower_ in lexicon.honorifics or doc[at].lower_ in WORK_ROLE_FILLERS):
        at += 1
    return at < len(doc) and doc[at].ent_type_ == "PERSON" and doc[at].text[:1].isupper()


def every_mention(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The words are a use, not a kind: every mention must be so used."""
    return all(hits)


def every_mention_of_no_role(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The words are a use, and a role of the name's own would show a person: every mention must be so used."""
    return not any(name.roles for name in names) and all(hits)


def any_mention(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The words are the thing's own name: one mention so written settles it, whatever the others."""
    return any(hits)


def every_full_mention(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The full name is the thing's wherever the article writes it: every mention of several words must be so used,
    whatever a surname alone does ('economists at Aubrey G. Lanston and Co Inc', then 'The Lanston economists')."""
    full = [hit for hit, name in zip(hits, names) if len(name.words) > 1]
    return bool(full) and all(full)


def one_mention_of_no_full_name(hits: Iterator[bool], names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """The article says what the thing is: one mention so used proves it, unless the person is also named in
    full with a given name ('Pesch and Co' beside the physician LeRoy Pesch)."""
    return any(hits) and not any(len(words) > 1 and words[0].capitalize() in lexicon.first_names
                                 for words in (name.text.split() for name in names))


def one_mention_of_no_other_full_name(hits: Iterator[bool], names: Sequence[NameMention],
                                      lexicon: PeopleLexicon) -> bool:
    """``one_mention_of_no_full_name`` for a rule that weighs a given name itself: a full name the article says is
    the thing's is no person's ('Wall Street firm Furman Selz Mager Dietz and Birney'), one named so at another
    mention may be ('firm Pesch and Co' beside the physician LeRoy Pesch)."""
    used = list(hits)
    return any(used) and not any(not hit and len(words) > 1 and words[0].capitalize() in lexicon.first_names
                                 for hit, words in zip(used, (name.text.split() for name in names)))


# Names that are no person of the story, each with its rule and how many of a person's mentions it must hold for.
def plural_without_a_given_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words whose last the tagger calls a plural noun, or is a common noun's plural, and whose
    first is no given name, title, calling or initial: a band's, a firm's, a show's, a game's, a product's or a
    place's ('Scissor Sisters', 'Virgin Megastores', 'Desperate Housewives', 'Metroid Hunters', 'Apple Watches',
    'Corning Glass Works', 'Sioux Falls') unless the article shows a person (a role, speaking: 'Didier
    Deschamps', whose given name the list lacks); with a given name it is a surname ('Britney Spears')."""
    return len(span) > 1 and _no_given_name_first(span, lexicon) \
        and (span[-1].tag_ == "NNPS" or lexicon.plural_noun(span[-1].text))


def thing_without_a_given_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words with no given name, title, calling or initial first, that ends in a word the article
    also writes in lowercase ('Magic Keyboard' beside 'wireless keyboard', 'Pro Evolution Soccer' beside 'online
    soccer fans', 'Mississippi River' beside 'same river') or opens with a place the model tags elsewhere ('Bridgend
    Sony's biggest tv manufacturing plant' beside 'at its Bridgend, Wales, ... factory'): a product's, a place's, a
    work's or a firm's, unless the article shows a person. A surname that is a common word keeps its bearer by a
    given name ('Will Young' beside 'the young music millionaires list'), a role or what the person does."""
    if len(span) < 2 or not _no_given_name_first(span, lexicon):
        return False
    last = span[-1]
    return span[0].text in _place_words(span.doc) or last.is_title and last.lower_ in _lowercase_words(span.doc)


def names_a_place_feature(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name ending in the word for a park, an island, a lake, a river or a street (the places' ``feature_heads``)
    with no given name first, or of three words or more ('Bryce Canyon National Park', 'Marronnier Park'): a place's,
    unless the article shows a person. A given name and one such word stay ('Nick Park', 'Deirdre Wood')."""
    words = len(span.text.split())  # 'Ji-sung Park' is two
    return words > 1 and span[-1].lower_ in gazetteer().feature_heads \
        and (words >= LONG_PLACE_NAME or _no_given_name_first(span, lexicon))


def common_words_without_a_given_name(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name of several words, each one English writes in lowercase, with no given name, title, calling or initial
    first: a work's, a product's, a show's or a body's ('Strong Medicine, Hailey's blockbuster', 'movies from 2001:
    A Space Odyssey to Event Horizon', 'says Age Concern', 'Side Salad'), unless the article shows a person. A
    person's name has a word English does not write in lowercase ('Kenzaburo Oe') or ends in a common surname
    ('Tiger Woods'); the article may know no more of the person than the name."""
    return len(span) > 1 and _no_given_name_first(span, lexicon) and span[-1].lower_ not in lexicon.common_surnames \
        and all(word.is_title and word.lower_ in lexicon.common_words for word in span)


def _no_given_name_first(span: Span, lexicon: PeopleLexicon) -> bool:
    """No given name, initial ('R Styles'), title word, calling or courtesy title opens the name."""
    first = span[0]
    return first.text not in lexicon.first_names and len(first.text.rstrip(".")) > 1 \
        and first.lower_ not in lexicon.role_words and first.lower_ not in lexicon.person_callings \
        and first.lower_ not in lexicon.honorifics


_LOWERCASE = "extractor.people.lowercase_words"
_PLACES = "extractor.people.place_words"
# The parts of speech of a word the article writes in lowercase that a thing's name may end in ('supplement', 'buy',
# 'pure'); not 'he' of 'Liu He'.
_CONTENT_POS = numpy.array([NOUN, VERB, ADJ, ADV], dtype="uint64")


def _place_words(doc: Doc) -> dict[str, bool]:
    """The one-word names the model tags a place in the article ('Bridgend', which opens the 'Bridgend Sony' the
    model tags a person), found once per article."""
    found = doc.user_data.get(_PLACES)
    if found is None:
        found = doc.user_data[_PLACES] = dict.fromkeys(
            (ent.text for ent in doc.ents if len(ent) == 1 and ent.label_ in ("GPE", "LOC")), True)
    return found


def _lowercase_words(doc: Doc) -> dict[str, bool]:
    """The content words the article writes in lowercase, found once per article (a dict, as ``user_data`` is
    serialized with msgpack)."""
    found = doc.user_data.get(_LOWERCASE)
    if found is None:
        table = doc.to_array([LOWER, IS_LOWER, POS])
        words = table[(table[:, 1] == 1) & numpy.isin(table[:, 2], _CONTENT_POS), 0]
        strings = doc.vocab.strings
        found = doc.user_data[_LOWERCASE] = dict.fromkeys((strings[word] for word in set(words.tolist())), True)
    return found


NOT_A_PERSON: tuple[tuple[str, Callable[[Span, PeopleLexicon], bool], Proof], ...] = (
    ("a name qualifying a thing ('an Oscar nomination')", modifies_a_thing, every_mention),
    ("a name in a compound adjective ('Oscar-nominated actress')", glued_to_an_adjective, every_mention),
    ("a capitalised word hyphened to a lowercase common word ('Flash-forward')", hyphened_to_a_common_word,
     every_mention),
    ("a word describing the person named after it ('Former Beatle Sir Paul McCartney')", describes_the_name_after,
     every_mention),
    ("a thing counted ('his second Oscar')", counted_like_a_thing, one_mention_of_no_full_name),
    ("a name qualifying another person's role ('Oscar winner Adrien Brody')", qualifies_a_named_role, every_mention),
    ("a body named before its officer ('Stad Rotterdam chairman Lucas van Leeuwen')", names_an_officers_body,
     one_mention_of_no_full_name),
    ("a character someone plays ('who plays Hermione')", plays_a_part, every_mention),
    ("a character after a part's words ('his role as George Kirk')", cast_in_a_part, every_mention),
    ("a table's label or date column ('Revs 28.8 mln vs 32.5 mln', 'Jun 13.0')", labels_a_line_of_figures,
     every_mention),
    ("a company the wire marks ('<Eni>')", marked_as_a_company, every_mention),
    ("a wire headline's words ('U.S. HOUSE OF REPRESENTATIVES DEFEATS REAGAN'S 1988 BUDGET')", headline_words,
     every_mention),
    ("a word after an article ('the Bernabeu was evacuated', 'to land humans on the Moon')", follows_an_article,
     one_mention_of_no_full_name),
    ("a body's name after the noun for its kind ('record company Universal')", described_as_an_organization,
     one_mention_of_no_other_full_name),
    ("a body's name set off by the noun for its kind ('Novo Astro, a private company')", set_off_as_an_organization,
     one_mention_of_no_full_name),
    ("a thing's given name ('a software product, named Galaxy')", names_a_thing, one_mention_of_no_full_name),
    ("months' names alone ('over Jul May/Jul')", only_months, one_mention_of_no_full_name),
    ("a holiday's name ('by Easter')", names_a_holiday, every_mention),
    ("a line-up player's club ('C Stoica (Montpellier)')", bracketed_after_a_name, every_mention),
    ("where another's role is held ('analyst with Merrill Lynch, Pierce, Fenner and Smith')", names_an_employer,
     every_mention_of_no_role),
    ("where a person named before 'of' works or comes from ('Mike Powell of Dresdner Kleinwort Wasserstein')",
     of_a_named_person, every_mention_of_no_role),
    ("a person's club or party ('Gloucester's Andy Gomarsall')", owns_a_named_person, every_mention),
    ("a body's, an institution's or a street's name ('Patrick Corporation')", named_as_an_institution, any_mention),
    ("a company's name the article writes with its legal form or ticker ('W.W. Grainger Inc')", named_as_a_company,
     one_mention_of_no_full_name),
    ("a listed company's name ('France's Pernod Ricard')", names_a_listed_company, one_mention_of_no_full_name),
    ("a company's name the article writes with its legal form, never a verb's subject nor given a role ('Paula Payne "
     "Inc', then 'Paula Payne was acquired')", only_named_as_a_company, every_mention_of_no_role),
    ("a listed company's name of three words or more ('Archer Daniels Midland')", names_a_long_listed_company,
     any_mention),
    ("an example of things ('films such as Billy Elliot')", listed_as_things, every_mention),
    ("a firm's name at every full mention ('Aubrey G. Lanston and Co Inc')", written_as_a_company,
     every_full_mention),
    ("the first partners of a firm's name ('Piper, Jaffray and Hopwood Inc')", begins_a_firm_name, every_mention),
    ("the first words of a firm's name at one mention ('Minas de Almaden y Arrayanes S.A.')", opens_a_firm_name,
     any_mention),
    ("a product's model line ('MacBook Pro')", named_as_a_product, any_mention),
    ("a wire's currency ('U.S. Dlrs')", names_money, any_mention),
    ("a phrase the article also writes in lowercase ('Mr. Ranking Member')", written_in_lowercase,
     one_mention_of_no_full_name),
    ("the end of a longer name ('Reporters Without Borders')", cut_from_a_longer_name, any_mention),
    ("a person's work or thing ('Charles Dickens' Oliver Twist')", owned_by_a_person, every_mention),
    ("the end of a body's name ('Lockheed Martin')", ends_a_body_name, every_mention),
    ("a speaker calling itself 'it' ('Diamond Shamrock said it raised its prices')", speaks_of_itself,
     one_mention_of_no_role),
    ("a firm a plural calls by its partners' names ('Stockbrokers James Capel said')", called_by_a_plural,
     one_mention_of_no_role_but_its_calling),
)


def shortens_a_thing(doc: Doc, names: Sequence[NameMention], things: Sequence[Sequence[NameMention]],
                     lexicon: PeopleLexicon) -> bool:
    """A name with no role of its own that the article writes only as a name found to be no person's, that name with
    a hyphen for a space, or its first words with none of the ``WORK_EVIDENCE`` of a person (a given name proves
    nothing of a firm's opening), is that thing shortened ('the Furman Selz report' after 'Wall Street firm Furman
    Selz Mager Dietz and Birney', 'Nord-Est expected' after 'holding company Nord Est'). A person named in a body's
    name shows it ('Dr King said' beside 'the Martin Luther King Jr Hospital')."""
    if not things or any(name.roles for name in names):
        return False
    named = {thing.words for group in things for thing in group}
    if all(tuple(" ".join(name.words).replace("-", " ").split()) in named for name in names):
        return True
    return all(len(name.words) > 1 and any(words[: len(name.words)] == name.words for words in named)
               for name in names) \
        and not any(test(doc[name.start : name.end], lexicon) for name in names for _, test in WORK_EVIDENCE)


def no_person(doc: Doc, names: Sequence[NameMention], lexicon: PeopleLexicon) -> bool:
    """Whether one of the ``NOT_A_PERSON`` rules holds for the mentions of one person."""
    spans = [doc[name.start : name.end] for name in names]  # made once, not once per rule
    return any(proof((rule(span, lexicon) for span in spans), names, lexicon) for _, rule, proof in NOT_A_PERSON)
