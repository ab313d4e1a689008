"""Products the model tags as organizations: a name its maker owns that the article uses as a product, or one it
gives a thing ('a technology called Visual Radio'); stock indexes, which bear the names of outlets, exchanges and
firms; and currencies ('Sterling', the wire's 'U.S. Unit')."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..entities import without_article
from .candidates import Candidate
from .lexicon import OrganizationLexicon
from .reading import Reading

# The tags of a common noun a thing's name is given to ('the format called RSS', 'software, called Desktop Express').
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
# A year after a name dates what it says ('Nasdaq 1987 volume'), where a number names an index ('Nikkei 225').
YEAR = re.compile(r"(19|20)\d\d")
# A number glued to its unit ('2.6GHz', '512GB'), and an ordinal in figures ('9th').
GLUED_MEASURE = re.compile(r"\d+(?:\.\d+)?([A-Za-z]+)")
# Where a word may hold such a measure: a digit and a letter glued.
GLUED = re.compile(r"\d[A-Za-z]")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# The determiners before a device's name ('the Firefox browser', 'its pioneering Lisa computer'; a maker's possessive
# is one too, "Microsoft's Xbox console"), and the words that may describe it between them ('the first Macintosh
# computer', "Microsoft's then new Xbox console"), up to DESCRIBING_REACH.
DEVICE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
DESCRIBING_TAGS = frozenset({"JJ", "JJS", "RB", "VBG", "VBN"})
DESCRIBING_REACH = 2
# After a device's noun, a noun that makes the phrase a firm's description ('the San Rafael software concern').
DESCRIBED_TAGS = frozenset({"NN", "NNS"})
# How a thing's noun describes the name after it: its compound ('program BitTorrent') or apposition ('the disc
# format' after 'UMD,'); and how far the apposition's noun may follow the comma ('a powerful gaming console').
THING_DEPS = frozenset({"compound", "appos"})
APPOSITION_REACH = 6


def product_names(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names that are products: owned at one mention at least, by 'its' or
    another organization's possessive right before it ('its Xbox', "Microsoft's Windows"), and at one mention
    at least followed by a product noun ('Xbox consoles', 'Windows operating system'), the same mention or
    another. Either alone is no evidence: 'Apple computers' names the maker, "News Corp's News International
    unit" a company's unit."""
    doc = reading.doc
    used = {candidate.norm for candidate in candidates if product_noun_at(doc, candidate.end, lexicon)}
    if not used:
        return used
    owners = {ent.end for ent in reading.entities if ent.label_ == "ORG"} | {candidate.end for candidate in candidates}
    owned = {candidate.norm for candidate in candidates if candidate.norm in used and candidate.start > 1 and (
        doc[candidate.start - 1].lower_ == "its"
        or doc[candidate.start - 1].tag_ == "POS" and candidate.start - 1 in owners)}
    return owned


def named_things(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names the article gives a thing, not a body: right after 'called',
    'named' or 'dubbed' as a participle (a comma before it perhaps) after a common noun that names no body ('the
    format called RSS', 'a technology called Visual Radio', 'software, called Desktop Express'; not 'a firm called
    Swarm Systems', 'a new subsidiary, called Irving Trust Co California'), where the name is the thing's whole
    name (not the maker's of 'a new operating system, called IBM DOS Version 3.3'); or a name a thing's noun
    describes (``_a_things_name``)."""
    things = set()
    for candidate in candidates:
        if _a_things_name(doc, candidate, lexicon):
            things.add(candidate.norm)
            continue
        at = candidate.start - 1
        if at < 2 or doc[at].lower_ not in lexicon.naming_verbs or doc[at].tag_ != "VBN" \
                or candidate.end < len(doc) and doc[candidate.end].is_alpha and not doc[candidate.end].is_lower:
            continue  # 'Dixons today called Cyacq's bid', 'a new operating system, called IBM DOS'
        noun = doc[at - 2] if doc[at - 1].text == "," else doc[at - 1]
        if noun.tag_ in COMMON_NOUN_TAGS and noun.is_lower and noun.lower_ not in lexicon.kind_nouns \
                and noun.lower_ not in lexicon.after_nouns and noun.lower_ not in lexicon.named_body_nouns:
            things.add(candidate.norm)
    return things


def _a_things_name(doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """A thing's noun (a program, a format, a technology, a drug: ``thing_nouns``) right before the name and
    describing it ('using file-sharing program BitTorrent', 'The technology, OMAP-Vox, is being tested') or in
    apposition after it ('Spider-Man 2 on UMD, the disc format for the machine', 'the Gizmondo, a powerful gaming
    console'): what the article calls it, which a reader takes it for. Not a noun the name is the subject after
    ('the software Microsoft owns'), nor a noun before another ('Intel, the chip giant'); a name a type, a known
    or listed name or a body's word makes a body's stays."""
    start, end = candidate.start, candidate.end
    before = start - 1 - (start > 1 and doc[start - 1].text == ",")
    noun = doc[before] if before >= 0 and _a_thing_noun(doc[before], lexicon) else None
    if noun is None and end + 1 < len(doc) and doc[end].text == ",":
        noun = next((token for token in doc[end + 1 : end + 1 + APPOSITION_REACH] if token.is_punct
                     or _a_thing_noun(token, lexicon)), None)
        noun = noun if noun is not None and not noun.is_punct else None
    if noun is None or candidate.type or candidate.key or candidate.norm in lexicon.known \
            or lexicon.listed(candidate.text) or _a_body_word(candidate.text.split(), lexicon):
        return False
    root = doc[start:end].root
    return noun.head.i == root.i and noun.dep_ in THING_DEPS or root.head.i == noun.i and root.dep_ == "appos"


def _a_thing_noun(token: Token, lexicon: OrganizationLexicon) -> bool:
    return token.is_lower and token.tag_ in COMMON_NOUN_TAGS and token.lower_ in lexicon.thing_nouns


def product_uses(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names the article uses as a product at one mention at least: right
    after a product's measure ('the new 16-inch MacBook Pro', 'a 2.6GHz Intel Core i7 processor', 'a 9th generation
    Intel Core i5 processor') or between a determiner and a device's noun that ends the phrase ('the Firefox
    browser', 'the Cell processor'). A firm has no size or generation and is no device; a name a type, a known or
    listed name or a body's word makes a body's stays ('the Apple laptop' names the maker of one), as does the short
    form of a firm's name in the article ('a Tandem computer system' beside 'Tandem Computers Inc')."""
    uses: set[str] = set()
    firms: Optional[list[str]] = None  # the names ending in a legal form, gathered once when first asked
    for candidate in candidates:
        if candidate.norm in uses or candidate.type or candidate.key or candidate.norm in lexicon.known \
                or lexicon.listed(candidate.text) or _a_body_word(candidate.text.split(), lexicon):
            continue
        if not (_measured(doc, candidate.start, lexicon) or _a_device(doc, candidate, lexicon)):
            continue
        if firms is None:
            firms = [other.norm for other in candidates if other.text.split()[-1] in lexicon.partnership_endings]
        if not any(firm.startswith(candidate.norm + " ") for firm in firms):
            uses.add(candidate.norm)
    return uses


def may_use_products(text: str, wakes: set[str]) -> bool:
    """Whether ``product_uses`` may find a use in the article: it holds one of the stage's words (``wakes``, from
    ``Reading.wakes``) or a figure glued to a unit ('2.6GHz'), which no word list holds."""
    return "product_uses" in wakes or GLUED.search(text) is not None


def building_names(lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names of buildings, no bodies (GUIDE) whatever type their words give
    them: a hotel or a station ('the sale of the Hong Kong Hilton Hotel', 'outside Charing Cross Police Station'), a
    trade, exhibition, conference or shopping centre ('the attacks on the World Trade Center'). They are proposed,
    unsupported, so that their words are no person's ('Green' of "St Stephen's Green Shopping Centre")."""
    found = set()
    for candidate in candidates:
        words = tuple(candidate.text.split())
        if len(words) > 1 and (words[-1] in lexicon.building_heads or words[-2:] in lexicon.building_endings):
            found.add(candidate.norm)
    return found


def _a_body_word(words: list[str], lexicon: OrganizationLexicon) -> bool:
    return any(word.lower() in lexicon.body_words for word in words)


def _measured(doc: Doc, start: int, lexicon: OrganizationLexicon) -> bool:
    """A product's measure right before the name: a number and a unit, glued ('2.6GHz') or apart ('16-inch'), or a
    generation ('9th generation', 'next generation')."""
    at = start - 1
    if at < 1:
        return False
    word = doc[at]
    glued = GLUED_MEASURE.fullmatch(word.text)
    if glued is not None:
        return glued.group(1) in lexicon.product_units
    if word.text in lexicon.product_units:
        number = at - 1 - (at > 1 and doc[at - 1].text == "-")
        return doc[number].like_num
    before = doc[at - 1]
    return word.lower_ == "generation" and (before.lower_ in lexicon.product_generations
                                            or ORDINAL.fullmatch(before.text) is not None)


def _a_device(doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """The name between a determiner or a maker's possessive, perhaps with words describing it, and a device's noun
    that ends the noun phrase ('the Firefox browser', 'the first Macintosh computer', 'its pioneering Lisa computer',
    "the firm's iPod music player"), not one a noun after it makes a firm's description ('the Cupertino-based
    computer company')."""
    at = candidate.end
    before = candidate.start - 1
    while before >= 0 and candidate.start - before <= DESCRIBING_REACH and doc[before].tag_ in DESCRIBING_TAGS:
        before -= 1
    if before < 0 or at >= len(doc) or doc[before].lower_ not in DEVICE_DETERMINERS and doc[before].tag_ != "POS":
        return False
    for phrase in lexicon.devices.get(doc[at].lower_, ()):
        end = at + len(phrase)
        if tuple(token.lower_ for token in doc[at:end]) == phrase:
            end += end < len(doc) and doc[end].is_space  # the wire's line break: 'a Tandem computer\nsystem'
            return end == len(doc) or not (doc[end].is_lower and doc[end].tag_ in DESCRIBED_TAGS)
    return False


def product_noun_at(doc: Doc, i: int, lexicon: OrganizationLexicon) -> bool:
    """Whether one of the product nouns starts at token ``i`` ('consoles', 'operating system')."""
    return any(tuple(token.lower_ for token in doc[i : i + len(phrase)]) == phrase
               for phrase in lexicon.product_nouns.get(doc[i].lower_, ())) if i < len(doc) else False


def currency_names(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names that are a currency's, no body's, though the model tags them as
    one where they open a sentence or are the wire's slang ('Sterling's firmness also means', 'The U.S. Unit eased
    to 1.8205/15 marks'), where the article speaks of money (``currencies`` "words"). Not before a lowercase noun
    that makes the name a firm's or a group's ('the Sterling group') or before 'of', nor where a longer name the
    article gives opens with it: the firm's short form ('Sterling said' beside 'Sterling Drug Inc')."""
    doc = reading.doc
    named = [candidate for candidate in candidates if without_article(candidate.norm) in lexicon.currency_names]
    if not named or not reading.holds(lexicon.currency_word_ids, lower=True):
        return set()
    bodies = {candidate.norm for candidate in named if candidate.end < len(doc) and (
        doc[candidate.end].lower_ == "of"
        or doc[candidate.end].is_lower and doc[candidate.end].tag_ in COMMON_NOUN_TAGS)}
    longer = [without_article(candidate.norm) for candidate in candidates
              if without_article(candidate.norm) not in lexicon.currency_names]
    return {candidate.norm for candidate in named if candidate.norm not in bodies
            and not any(name.startswith(without_article(candidate.norm) + " ") for name in longer)}


def a_stock_index(doc: Doc, candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Whether the mention names a stock index, no body (GUIDE), though the name is an outlet's, an exchange's or a
    firm's too: an index's name before a number that is no year ('Nikkei 225', 'FTSE 100 companies'), an index
    word ('the Dow Jones Industrial Average', 'Nikkei futures') or a move and a figure in percent or points ('with
    the Nikkei down 1%'); not 'a Nikkei conference', the newspaper's."""
    if candidate.text not in lexicon.index_names:
        return False
    at = candidate.end + (candidate.end < len(doc) and doc[candidate.end].is_space)  # the wire's line break
    if at >= len(doc):
        return False
    word = doc[at]
    if word.like_num and YEAR.fullmatch(word.text) is None:
        return True
    if any(tuple(token.lower_ for token in doc[at : at + len(phrase)]) == phrase
           for phrase in lexicon.index_words.get(word.lower_, ())):
        return True
    return word.lower_ in lexicon.index_moves and at + 2 < len(doc) and doc[at + 1].like_num \
        and doc[at + 2].lower_ in lexicon.index_units
