"""Names in capitals that are no body's initials. The model tags as organizations the initials of units, grades,
formats, parts and codes as readily as a body's ('per CWT', 'rated AAA', 'a CT of his chest', 'Houston, TX');
in news and on web pages about half of the names kept on their capitals alone were such. A name in capitals
is no body where the article uses it so anywhere: one such use shows what the initials stand for, as the
article's own lowercase definition of them does ('a personal video recorder (PVR)'). The rules are
``COMMON_USES``, asked in order of each use of the initials. Capitals on a line written wholly in them say
nothing either way (``in_a_line_of_capitals``). Initials with no type that the article uses anywhere as a thing's
('the new MEB platform', 'on DVD and VOD'; ``THING_USES``) or spells out in lowercase words ('foreign direct
investment' beside 'The FDI relaxation') are no evidence of a body by their capitals, only by
other evidence; typed ones are not asked, a body's initials qualifying a format too ('an EU code of conduct')."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from spacy.tokens import Doc

from ..doc_utils import doc_text, has_lower, sentence_tokens, word_ids, words_at
from ..entities import normalise, table_row
from .candidates import Candidate, is_acronym
from .lexicon import OrganizationLexicon
from .reading import Lazy, Reading

# A number, a superlative or an ordinal before the initials they count or grade ('the highest CTR').
GRADING_TAGS = frozenset({"CD", "JJS", "JJR"})
ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
                     r"|\w+ieth|hundredth|thousandth|\d+(st|nd|rd|th))$")
# How many adjectives may stand between 'a' and the initials it counts ('a handsome EV').
ADJECTIVES_BEFORE = 2
# Where initials modify a noun after them, they are no head that a number or 'a' could count ('a BBC reporter').
MODIFYING_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "poss"})
# Grades of the credit rating agencies' scales ('AAA', 'Baa3', 'BAA-3', 'BB+'), told by a word of rating nearby.
RATING = re.compile(r"^(AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)([+-]|-?[1-3])?$", re.IGNORECASE)
RATING_WORDS = frozenset({"rate", "rated", "rates", "rating", "ratings", "downgrade", "downgraded", "upgrade",
                          "upgraded"})
# Roman numerals of I, V and X ('Reserves I, II and III'), which a body's initials seldom are.
ROMAN = re.compile(r"^X{0,3}(IX|IV|V?I{0,3})$")
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Words before initials that make them a measured quantity ('a max FPS of 147.4', 'average FPS').
MEASURE_WORDS = frozenset({"average", "max", "maximum", "mean", "min", "minimum", "peak"})
# A number glued to its unit ('32GB'), whose 'of' introduces what is measured ('32GB of RAM').
GLUED_MEASURE = re.compile(r"^\d+(\.\d+)?[A-Za-z]+$")
# The tags of the lowercase words that may spell out initials elsewhere in the article: a noun phrase's
# adjectives and nouns ('foreign direct investment'), never a verb or a function word ('history proved').
SPELLING_TAGS = frozenset({"JJ", "NN", "NNS"})
# Two letters are spelled by chance too often ('assistant coach' for the AP of a dateline).
SPELLED_LETTERS = 3
# Two lowercase words of three letters or more, one after the other: the first letters of each such pair are what
# the consecutive words of a phrase spelling initials must open with (``_lowercase_pairs``).
LOWERCASE_PAIR = re.compile(r"(?<![\w-])([^\W\d_])[a-z]{2,}\s+(?=([^\W\d_])[a-z]{2,}(?!\w))")


def _counted(doc: Doc, i: int, places: set[int]) -> bool:
    """Counted, graded or a unit: 'a' or 'an', a number, a superlative or an ordinal right before the initials
    as the head of their phrase (adjectives between), or 'per' ('a CT of his chest', 'two INTs and a PBU', 'the
    highest CTR', 'a handsome EV', 'per CWT'; not 'a rover NASA plans to fly')."""
    token = doc[i]
    if i > 0 and doc[i - 1].lower_ == "per":
        return True
    if token.dep_ in MODIFYING_DEPS and token.head.i > i:
        return False
    for before in reversed(doc[max(i - ADJECTIVES_BEFORE - 1, 0):i]):
        if before.lower_ in ("a", "an") or before.tag_ in GRADING_TAGS or (
                before.tag_ == "JJ" and ORDINAL.match(before.lower_) is not None):
            return True
        if before.tag_ != "JJ":
            return False
    return False


def _measured(doc: Doc, i: int, places: set[int]) -> bool:
    """A quantity measured: after a number and its unit ('one megabyte RAM'), after a number glued to its unit and
    'of' ('32GB of RAM'; not '10 pct of GM', a stake in a body) or after a measure's word ('a max FPS of 147.4')."""
    if doc[i].dep_ in MODIFYING_DEPS and doc[i].head.i > i or i < 2:
        return False
    before, unit = doc[i - 1], doc[i - 2]
    if before.lower_ in MEASURE_WORDS:
        return True
    if before.lower_ == "of":
        glued = unit.is_alpha and unit.i > 0 and doc[unit.i - 1].like_num and not doc[unit.i - 1].whitespace_
        return glued or GLUED_MEASURE.match(unit.text) is not None
    return before.tag_ in ("NN", "NNS") and before.is_alpha and before.is_lower and unit.like_num


def _a_rating(doc: Doc, i: int, places: set[int]) -> bool:
    """A credit rating: a grade's letters in a sentence about ratings ('The issue is rated AAA by Standard and
    Poor's'; not 'The AAA indoor and outdoor champion')."""
    token = doc[i]
    return RATING.match(token.text) is not None and any(word.lower_ in RATING_WORDS for word in sentence_tokens(doc, i))


def _a_places_code(doc: Doc, i: int, places: set[int]) -> bool:
    """Two letters after a place and a comma: its state's or country's code ('West Palm Beach, FL')."""
    return len(doc[i].text) == 2 and i > 1 and doc[i - 1].text == "," and (
        doc[i - 2].ent_type_ in PLACE_LABELS or i - 2 in places)


def in_a_line_of_capitals(doc: Doc, i: int) -> bool:
    """On a line with no word in lowercase, a table's row or a heading ('WHEAT     HRW   HRS    SRW   SWW',
    'NASA ADDS FIVE COMPANIES'), or on a table's row of figures whose lowercase words are abbreviations ('NO 2 OR
    BETTER SWW WHEAT 295     dn 3'; ``entities.table_row``), where capitals say nothing of what a name is."""
    text, at = doc_text(doc), doc[i].idx
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return not has_lower(line) or table_row(line)


def _a_roman_numeral(doc: Doc, i: int, places: set[int]) -> bool:
    """A Roman numeral ('Reserves I, II and III have matured')."""
    return ROMAN.match(doc[i].text) is not None


COMMON_USES: tuple[tuple[str, Callable[[Doc, int, set[int]], bool]], ...] = (
    ("counted, graded or a unit ('a CT of his chest', 'the highest CTR', 'per CWT')", _counted),
    ("a measured quantity ('one megabyte RAM', '32GB of RAM', 'a max FPS of 147.4')", _measured),
    ("a credit rating ('rated AAA by Standard and Poor's')", _a_rating),
    ("a place's code after it ('West Palm Beach, FL')", _a_places_code),
    ("a Roman numeral ('Reserves I, II and III')", _a_roman_numeral),
)


def _qualifies_a_format(doc: Doc, start: int, end: int, lexicon: OrganizationLexicon) -> bool:
    """Before a technique, format, part, substance or test noun that they qualify ('the new MEB platform', 'RGB
    lighting', 'two TD passes', 'the HPV vaccine'; ``format_nouns``): a technique's or a format's name, whose shape is
    no evidence of a body; before a role or a product they may be a body's ('NASA scientists', 'a brand new AMD
    graphics card')."""
    root = doc[start:end].root
    return end < len(doc) and doc[end].lower_ in lexicon.format_nouns and root.dep_ in ("compound", "nmod", "amod") \
        and root.head.i >= end


def _coordinated_with_a_thing(doc: Doc, start: int, end: int, lexicon: OrganizationLexicon) -> bool:
    """Coordinated with initials that name no body ('on DVD and VOD', 'a HDMI or DVI monitor';
    ``not_organizations``)."""
    return any(conjunct.text in lexicon.not_organizations for conjunct in doc[start:end].root.conjuncts)


THING_USES: tuple[tuple[str, Callable[[Doc, int, int, OrganizationLexicon], bool]], ...] = (
    ("qualifying a format ('the new MEB platform', 'RGB lighting')", _qualifies_a_format),
    ("coordinated with a thing's initials ('on DVD and VOD', 'a HDMI or DVI monitor')", _coordinated_with_a_thing),
)


def thing_initials(reading: Reading, lexicon: OrganizationLexicon, groups: Iterable[list[Candidate]]) -> set[str]:
    """The initials (as ``Candidate.norm``) of the ``groups`` (bodies with no type) that the article uses anywhere
    as a thing's (``THING_USES``, asked of each mention and each other use of one word) or spells out in lowercase
    words (``_spelled_out_in_lowercase``), whose capitals are then no
    evidence of a body at any mention ('The MEB's flexibility' beside 'the new MEB platform'). Typed names are not
    asked: a body's initials qualify a format too ('an EU code of conduct')."""
    doc, things = reading.doc, set[str]()
    asked = [(group, {candidate.text for candidate in group if is_acronym(candidate.text)}) for group in groups]
    asked = [(group, initials) for group, initials in asked if initials]
    if not asked:
        return things
    uses_of: dict[str, list[int]] = {}
    for i in words_at(reading.orth, word_ids(set().union(*(initials for _, initials in asked)))):
        uses_of.setdefault(doc[i].text, []).append(i)
    pairs = Lazy(lambda: _lowercase_pairs(reading.text))
    for group, initials in asked:
        uses = {(candidate.start, candidate.end) for candidate in group}
        uses.update((i, i + 1) for name in initials for i in uses_of.get(name, ()))
        if any(rule(doc, start, end, lexicon) for start, end in uses for _, rule in THING_USES) \
                or any(_spelled_out_in_lowercase(doc, name, pairs) for name in initials):
            things.update(normalise(name) for name in initials)
    return things


def _spelled_out_in_lowercase(doc: Doc, initials: str, pairs: Callable[[], set[tuple[str, str]]]) -> bool:
    """Whether the article writes, anywhere, a lowercase noun phrase whose words spell the initials: the thing
    they stand for ('foreign direct investment in telecoms' beside 'The FDI relaxation'). The phrase opens a run of
    adjectives and nouns and ends in a noun, and it and its words are three letters or more, so chance words spell
    nothing ('no such crime', 'assistant coach' for a dateline's 'AP'). ``pairs`` gives the article's
    ``_lowercase_pairs``: initials with two letters in a row that open no such pair are spelled nowhere, and their
    pattern is not compiled (compiling it cost more than all the rest)."""
    letters = initials.lower()
    if len(letters) < SPELLED_LETTERS or not letters.isalpha():
        return False
    if not all(pair in pairs() for pair in zip(letters, letters[1:])):
        return False
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(letter + "[a-z]{2,}" for letter in letters) + r"\b")
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        words = [token for token in span if not token.is_space]
        before = doc[span.start - 1] if span.start else None
        if all(token.tag_ in SPELLING_TAGS for token in words) and words[-1].tag_ in ("NN", "NNS") and not (
                before is not None and before.is_lower and before.tag_ in SPELLING_TAGS):
            return True
    return False


def _lowercase_pairs(text: str) -> set[tuple[str, str]]:
    """The first letters of each two lowercase words of three letters or more that follow each other in ``text``
    (``LOWERCASE_PAIR``), read once per article."""
    return set(LOWERCASE_PAIR.findall(text))


def common_initials(reading: Reading, names: Iterable[str], places: set[int]) -> set[str]:
    """Which of ``names`` (one word in capitals each) the article uses anywhere as no body's initials, or writes
    with a plural 's' ('two INTs'); ``places``: the tokens of places found."""
    wanted = set(names)
    if not wanted:
        return set()
    doc = reading.doc
    common = {doc[i].text[:-1] for i in words_at(reading.orth, word_ids(name + "s" for name in wanted))}
    for i in words_at(reading.orth, word_ids(wanted - common)):
        name = doc[i].text
        if name not in common and any(rule(doc, i, places) for _, rule in COMMON_USES):
            common.add(name)
    return common
