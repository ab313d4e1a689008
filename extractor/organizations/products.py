"""Products the model tags as organizations: a name its maker owns that the article uses as a product, or one it
gives a thing ('a technology called Visual Radio'); and stock indexes, which bear the names of outlets, exchanges and
firms."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import Candidate
from .lexicon import OrganizationLexicon
from .reading import Reading

# The tags of a common noun a thing's name is given to ('the format called RSS', 'software, called Desktop Express').
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
# A year after a name dates what it says ('Nasdaq 1987 volume'), where a number names an index ('Nikkei 225').
YEAR = re.compile(r"(19|20)\d\d")


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
    name (not the maker's of 'a new operating system, called IBM DOS Version 3.3')."""
    things = set()
    for candidate in candidates:
        at = candidate.start - 1
        if at < 2 or doc[at].lower_ not in lexicon.naming_verbs or doc[at].tag_ != "VBN" \
                or candidate.end < len(doc) and doc[candidate.end].is_alpha and not doc[candidate.end].is_lower:
            continue  # 'Dixons today called Cyacq's bid', 'a new operating system, called IBM DOS'
        noun = doc[at - 2] if doc[at - 1].text == "," else doc[at - 1]
        if noun.tag_ in COMMON_NOUN_TAGS and noun.is_lower and noun.lower_ not in lexicon.kind_nouns \
                and noun.lower_ not in lexicon.after_nouns and noun.lower_ not in lexicon.named_body_nouns:
            things.add(candidate.norm)
    return things


def product_noun_at(doc: Doc, i: int, lexicon: OrganizationLexicon) -> bool:
    """Whether one of the product nouns starts at token ``i`` ('consoles', 'operating system')."""
    return any(tuple(token.lower_ for token in doc[i : i + len(phrase)]) == phrase
               for phrase in lexicon.product_nouns.get(doc[i].lower_, ())) if i < len(doc) else False


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
