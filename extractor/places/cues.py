"""What the words around a name say about it: the neighbouring words (skipping line-break tokens), datelines,
abbreviations, hyphenated compounds, a speaking subject and a locative cue ("near Pirot")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ..doc_utils import in_ticker_marks
from .lookup import Gazetteer, fold


def _capitalised(token: Token) -> bool:
    return _capitalised_word(token.text)


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper()


def _before(span: Span, offset: int = 1) -> Optional[Token]:
    """The ``offset``-th word before the span, skipping spaCy's whitespace tokens (hard line breaks); each token
    read is made once (making Token objects is most of what these cues cost)."""
    doc, index, token = span.doc, span.start, None
    for _ in range(offset):
        index -= 1
        while index >= 0 and (token := doc[index]).is_space:
            index -= 1
    return token if index >= 0 else None


def _after(span: Span) -> Optional[Token]:
    """The first word after the span, skipping whitespace tokens."""
    doc, index = span.doc, span.end
    while index < len(doc):
        token = doc[index]
        if not token.is_space:
            return token
        index += 1
    return None


def _starts_line(token: Token) -> bool:
    index = token.i - 1
    while index >= 0 and token.doc[index].is_space:
        if "\n" in token.doc[index].text:
            return True
        index -= 1
    return index < 0


# The dashes a dateline ends with: wire copy's hyphens, and the em and en dashes of web pages ("VIENNA — The house").
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _is_dateline(span: Span) -> bool:
    """An all-caps place opening its line before a comma, bracket or dash ("BELGRADE, March 30 -", "VIENNA — The
    house"), or opening a sentence before a dash or an agency's bracket: web pages run the byline into the text
    ("By Peter Goffin, The Canadian Press. TORONTO — The family", "The Associated Press. WASHINGTON (AP) -")."""
    if not span.text.isupper():  # asked first: it rules out most names without reading their neighbours
        return False
    following = _after(span)
    if following is None:
        return False
    dash = following.text in DATELINE_DASHES and bool(span[-1].whitespace_)
    if _starts_line(span[0]):
        return dash or following.text in {",", "("}
    preceding = _before(span)
    return preceding is not None and preceding.text == "." and (dash or _agency_bracket(following))


def _agency_bracket(token: Token) -> bool:
    """'(AP)', '(Reuters)': a bracket holding one capitalised word."""
    doc = token.doc
    return (token.text == "(" and token.i + 2 < len(doc) and _capitalised(doc[token.i + 1])
            and doc[token.i + 2].text == ")")


def _is_abbreviation(span: Span) -> bool:
    """"Tenn.", "N.Y.": state abbreviations only name a place after a comma ("Memphis, Tenn.")."""
    return len(span) == 1 and span.text.endswith(".") and len(span.text) <= 6


def _hyphenated(span: Span, preceding: Optional[Token], following: Optional[Token]) -> bool:
    """Part of a hyphenated compound ("Mercedes-Benz", "C-Cor"); ``preceding`` and ``following``: the span's
    neighbouring words (``_before``, ``_after``), which the caller has read."""
    return bool(
        (preceding is not None and preceding.text == "-" and not preceding.whitespace_)
        or (following is not None and following.text == "-" and not span[-1].whitespace_)
    )


def _speaks(span: Span, gaz: Gazetteer) -> bool:
    """Subject of a speech verb ("Kingston said") or the source a claim is given to ("90 miles per gallon, according
    to Toyota"): a company or person far more often than a town or region. A place owning the source stays ("according
    to Kingston's mayor")."""
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in gaz.speech_verbs:
        return True
    preceding, head, following = _before(span), _before(span, 2), _after(span)
    return preceding is not None and preceding.lower_ == "to" and head is not None and head.lower_ == "according" \
        and (following is None or following.tag_ != "POS")


def _locative_cue(span: Span, gaz: Gazetteer) -> bool:
    """Whether the words before the name say it is a place: "near Pirot", "the city of Hanau"."""
    preceding = _before(span)
    return preceding is not None and (preceding.lower_ in gaz.locatives or _after_a_place_noun(span, preceding, gaz))


# A lowercase word of these tags right after a name makes the name its modifier ('Broadmoor hospital'), as a
# possessive ending does ('Abba's hits').
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _settling_cue(span: Span, gaz: Gazetteer) -> bool:
    """Whether the words around the name settle it in a place of its own: "in Embu", "near Winnemucca", "the town
    of Hanau", "in the Shankill area"; not "from Paramount" or "at Tata" (``settling_prepositions`` in
    places_rules.json), nor "in Broadmoor hospital" or "around Abba's hits", where the name only modifies the noun
    the preposition takes."""
    preceding, following = _before(span), _after(span)
    if following is not None and following.lower_ in gaz.place_nouns:
        return True
    if following is not None and (following.tag_ == "POS" or following.tag_ in COMMON_NOUN_TAGS
                                  and following.text.islower()):
        return False  # 'held in Broadmoor hospital', 'based around Abba's hits': the preposition takes another noun
    return preceding is not None and (
        preceding.lower_ in gaz.settling_prepositions or _after_a_place_noun(span, preceding, gaz))


def _after_a_place_noun(span: Span, preceding: Token, gaz: Gazetteer) -> bool:
    """'the city of Hanau'."""
    head = _before(span, 2)
    return preceding.lower_ == "of" and head is not None and head.lower_ in gaz.place_nouns


def _names_water(span: Span, gaz: Gazetteer) -> bool:
    """The end of a sea's, gulf's or strait's name ("the Gulf of Venezuela"), which is no mention of the place."""
    preceding, head = _before(span), _before(span, 2)
    return preceding is not None and preceding.lower_ == "of" and head is not None and _capitalised(head) \
        and fold(head.text) in gaz.water_heads


def _completes_a_title(span: Span, gaz: Gazetteer) -> bool:
    """After a title of nobility or of the church and 'of' ('Duke of Edinburgh', 'princess of Wales'): part of the
    title, no mention of the place: ``title_words`` in places_rules.json. A crown prince's realm is a place, as a
    monarch's is ('Crown Prince of Dubai')."""
    preceding, title = _before(span), _before(span, 2)
    if preceding is None or preceding.lower_ != "of" or title is None or title.lower_ not in gaz.title_words:
        return False
    crown = _before(span, 3)
    return crown is None or crown.lower_ != "crown"


def _before_a_land_noun(span: Span, gaz: Gazetteer) -> bool:
    """Before 'states' or 'countries' in lowercase ('the Pacific states'): a water's name there names the lands
    around it: ``land_nouns`` in places_rules.json."""
    following = _after(span)
    return following is not None and following.text in gaz.land_nouns


def _celestial(span: Span, gaz: Gazetteer) -> bool:
    """A planet or moon ("Jupiter", "Earth's Moon"), however a town or firm is named after it."""
    words = [token for token in span if token.tag_ != "POS"]
    return bool(words) and all(fold(token.text) in gaz.celestial_bodies for token in words)


def _in_a_company_name(span: Span, gaz: Gazetteer) -> bool:
    """Inside a company's own name, which the guide counts as no mention of the place: after a name's particle
    (``_after_name_particle``), a ticker in a wire's brackets ('Union Carbide Corp <UK>'), after a word that opens
    banks' names ('First Boston': ``firm_openers``), after a possessive name's 'of' ('Lloyd's of London'), or in
    brackets before its legal form ('Sony (U.K.) Ltd', 'SHV (United Kingdom) Holding Co Ltd': ``company_name_tails``
    in places_rules.json), a capitalised word before the bracket."""
    if _after_name_particle(span, gaz) or in_ticker_marks(span.doc, span.start, span.end):
        return True
    preceding, following, head = _before(span), _after(span), _before(span, 2)
    if preceding is not None and preceding.text in gaz.firm_openers:
        return True
    if preceding is not None and preceding.lower_ == "of" and head is not None and head.tag_ == "POS":
        owner = _before(span, 3)
        return owner is not None and _capitalised(owner)
    if preceding is None or preceding.text != "(" or following is None or following.text != ")":
        return False
    tail = _after(span.doc[following.i : following.i + 1])
    return head is not None and _capitalised(head) and tail is not None \
        and tail.text.rstrip(".") in gaz.company_name_tails


def _after_name_particle(span: Span, gaz: Gazetteer) -> bool:
    """After a particle of a French, Spanish or Portuguese name that follows a capitalised word ('Electricite de
    France', 'Banco do Brasil', 'Petroleos de Venezuela'), or after such a particle and an article, as a person's
    name has them ('Mexican President Miguel de la Madrid'): ``name_particles`` and ``name_particle_articles`` in
    places_rules.json."""
    preceding, head = _before(span), _before(span, 2)
    if preceding is not None and preceding.text in gaz.name_particle_articles:
        preceding, head = head, _before(span, 3)
    return preceding is not None and preceding.text in gaz.name_particles and head is not None and head.is_alpha \
        and _capitalised(head)
