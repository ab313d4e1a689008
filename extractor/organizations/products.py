"""Products the model tags as organizations: a name its maker owns that the article uses as a product."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate
from .lexicon import OrganizationLexicon
from .reading import Reading


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


def product_noun_at(doc: Doc, i: int, lexicon: OrganizationLexicon) -> bool:
    """Whether one of the product nouns starts at token ``i`` ('consoles', 'operating system')."""
    return any(tuple(token.lower_ for token in doc[i : i + len(phrase)]) == phrase
               for phrase in lexicon.product_nouns.get(doc[i].lower_, ())) if i < len(doc) else False
