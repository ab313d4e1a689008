"""Mentions of one body merged into one group: by key (a known name's acronym, a party's members, a short name
such as 'Fed'), by an acronym the text defines, by an inverted name ('Ministry of the Interior'), by initials
('NAO'), by a short form ('Samsung' of 'Samsung Electronics') and by a club's word ('United' of 'Manchester
United')."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span

from ..doc_utils import doc_text
from ..entities import normalise
from ..places import fold, gazetteer
from .candidates import Candidate, is_acronym
from .lexicon import OrganizationLexicon
from .reading import Lazy

# A word written in dotted initials ('U.S.', 'U.K.'), whose letters all stand in the body's initials.
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# One initial of a founder's names ('J. Henry Schroder Wagg').
INITIAL = re.compile(r"[A-Z]\.")
# A word shorter than this is initials or a short form, not a name's clipped words.
CLIPPED_LETTERS = 4
# Initials with a particle's letter in lowercase ('BfG' of 'Bank fuer Gemeinwirtschaft').
MIXED_INITIALS = re.compile(r"[A-Z]+[a-z][A-Z][A-Za-z]{0,3}")
# The fewest letters of a word a typo may be told in: shorter words a letter apart are other words ('Fed', 'Ford').
MISSPELT_LETTERS = 4
# The article before a parent's name ('a unit of the Royal Bank').
THE = re.compile(r"the\s+")
# Where a unit's name may end that the article calls a unit of its parent: before 'a', 'an' or 'the' and its noun
# ('Rhone-Poulenc Chimie, a unit of').
UNIT_END = re.compile(r"(?=,?\s+(?:a|an|the)\s)")


class _UnitOffsets(NamedTuple):
    """Where in an article's text a unit's parent may be named (``parents``) and a unit's name may end (``units``,
    searched when first asked), once per article (``_unit_offsets``)."""

    parents: list[int]
    units: Lazy[list[int]]


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def merge(
    doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate], links: list[tuple[str, str]]
) -> list[list[Candidate]]:
    """The candidates grouped by the body they name, each group in the candidates' order."""
    groups = _UnionFind(len(candidates))
    keys: dict[str, int] = {}
    for index, candidate in enumerate(candidates):
        norm = candidate.norm
        key = (candidate.key or lexicon.party_keys.get(norm) or lexicon.short_keys.get(norm)
               or lexicon.known.get(norm, (norm,))[0])
        groups.union(keys.setdefault(key, index), index)
        groups.union(keys.setdefault(candidate.norm, index), index)
    for long_form, acronym in links:
        if long_form in keys and acronym in keys:
            groups.union(keys[long_form], keys[acronym])
    _merge_inverted(doc, lexicon, candidates, groups)
    _merge_initials(candidates, lexicon, groups)
    _merge_clipped(candidates, lexicon, groups)
    _merge_prefixes(doc, candidates, groups, lexicon)
    _merge_suffixes(candidates, groups)
    _merge_variants(candidates, lexicon, groups)
    _merge_after_leading_words(candidates, lexicon, groups)
    _merge_club_words(candidates, lexicon.club_words, groups)
    _merge_possessives(candidates, groups)
    _merge_misspelt(candidates, lexicon, groups)
    _merge_alone_heads(doc, candidates, lexicon, groups)
    members: dict[int, list[int]] = {}
    for index in range(len(candidates)):
        members.setdefault(groups.find(index), []).append(index)
    return [[candidates[i] for i in indexes] for indexes in members.values()]


def _merge_alone_heads(doc: Doc, candidates: list[Candidate], lexicon: OrganizationLexicon,
                       groups: _UnionFind) -> None:
    """'the Fund' after 'Brazil Fund', 'if the Commission approves' after 'Federal Energy Regulatory Commission',
    'The Association's index' after 'National Association of Purchasing Management', 'the Corn Growers' after
    'National Corn Growers Association': a body's head word alone (``alone_heads``; a firm's legal form aside, before
    an 'of' or a 'for'), or a longer name's words before its head without its opening capitalised words, names the
    body the article named so before, where one body only has such a name. The capital of a sentence's first word is
    no evidence ('Bank and financial stocks' beside 'ICICI Bank'), and a head word two bodies named before its first
    use alone share names neither (precision first: 'according to the Bank' after 'World Bank' and 'Export-Import
    Bank'); a body named only after it does not make it ambiguous (the story's own body is named first)."""
    heads = lexicon.alone_heads
    longer: list[tuple[int, list[str], bool]] = []  # a name's words before its head, and whether the head ends it
    for index, candidate in enumerate(candidates):
        written = candidate.text.split()
        while len(written) > 2 and written[-1] in lexicon.firm_endings:
            written.pop()
        joint = next((at for at, word in enumerate(written) if word in ("of", "for")), len(written))
        if 1 < len(written) and 0 < joint and written[joint - 1] in heads and not candidate.key \
                and all(word[:1].isupper() for word in written[: joint - 1]):
            longer.append((index, written[: joint - 1] + [written[joint - 1]], joint == len(written)))
    if not longer:
        return  # the shorter names are read only for an article naming a body with such a head
    owners_of: dict[str, set[int]] = {}  # a name's owners are those named before its first use alone
    for index, candidate in enumerate(candidates):
        name = candidate.text.removesuffix("'s").removesuffix("’s")
        short = name.split()
        if candidate.key or len(short) == 1 and (short[0] not in heads or doc[candidate.start].is_sent_start):
            continue
        if name not in owners_of:
            owners_of[name] = {groups.find(other) for other, words, ends in longer if other != index
                               and candidates[other].start < candidate.start
                               and (words[-1:] == short if len(short) == 1 else ends and len(words) > len(short) + 1
                                    and words[-len(short) - 1 : -1] == short)}
        if len(owners_of[name]) == 1:
            groups.union(index, next(iter(owners_of[name])))


def _merge_initials(candidates: list[Candidate], lexicon: OrganizationLexicon, groups: _UnionFind) -> None:
    """'NAO' after 'National Audit Office': an acronym spelling the initials of exactly one longer name. A firm's
    initials leave out its legal form ('TWA' of 'Trans World Airlines Inc', 'DRS' of 'Diagnostic Retrieval Systems
    Inc'), a word written in dotted initials gives all its letters ('USDA' of 'U.S. Department of Agriculture'), and
    a department's may spell its 'of' or leave out the country it serves ('DOT' of 'Department of Transportation',
    'DOE' of 'U.S. Department of Energy', 'FBI' of 'US Federal Bureau of Investigation'); a longer name's may leave
    out the place it serves ('PUC' of 'California Public Utilities Commission'). An ampersand spells no letter
    ('PG&E' of 'Pacific Gas & Electric Co.'), and a German, French or Dutch name's particle its letter in lowercase
    or none ('BfG' of 'Bank fuer Gemeinwirtschaft AG'). Two names spelling the initials that differ only by a
    plural's 's' are the one body's variant spellings ('Disasters Emergency Committee', 'Disaster Emergency
    Committee')."""
    acronyms = [index for index, candidate in enumerate(candidates)
                if is_acronym(candidate.text) or MIXED_INITIALS.fullmatch(candidate.text)]
    if not acronyms:
        return  # the longer names' initials are read only for an article with a name they may spell
    legal_forms = lexicon.firm_endings
    by_initials: dict[str, dict[int, set[str]]] = {}
    by_local: dict[str, dict[int, set[str]]] = {}
    by_head_last: dict[str, dict[int, set[str]]] = {}
    for index, candidate in enumerate(candidates):
        written = candidate.text.split()
        words = [word for word in written if word.lower() not in lexicon.function_words
                 and word not in lexicon.name_particles]
        if len(words) > 1 and all(word[0].isupper() for word in words):
            spelled = _initials(words, legal_forms) | _department_initials(written, lexicon) \
                | _particle_initials(written, lexicon, legal_forms)
            head_last = _head_last_initials(words, lexicon)
            for found, initials in ((by_initials, spelled), (by_local, _local_initials(words)),
                                    (by_head_last, head_last)):
                for letters in initials:
                    found.setdefault(letters, {}).setdefault(groups.find(index), set()).add(
                        _singular(candidate, legal_forms))
    for index in acronyms:
        letters = candidates[index].text.replace(".", "").replace("&", "")
        owners = by_initials.get(letters) or by_local.get(letters) \
            or (by_head_last.get(letters, {}) if len(letters) > 2 else {}) \
            or (by_head_last.get(letters[2:], {}) if _a_country(letters[:2]) else {})
        if len(owners) == 1 or owners and len(set().union(*owners.values())) == 1:
            for owner in owners:
                groups.union(index, owner)


def _merge_clipped(candidates: list[Candidate], lexicon: OrganizationLexicon, groups: _UnionFind) -> None:
    """'AMEX' after 'American Stock Exchange', 'NYMEX' after 'New York Mercantile Exchange', 'Comex' after
    'Commodity Exchange': one word of four letters or more, in capitals or capitalised, made of the first letters
    of a longer name's words (``_clipped``), is that body's short form where it clips exactly one name of the
    article. A capitalised word takes two letters or more of the last ('Ford' of a sedan is no 'FOR(t Worth
    Police) D(epartment)'), and a listed company's name is none."""
    short_words = [(index, candidate.text) for index, candidate in enumerate(candidates)
                   if len(candidate.text) >= CLIPPED_LETTERS and candidate.text.isalpha()
                   and (candidate.text.isupper() or candidate.text.istitle()) and not lexicon.listed(candidate.text)]
    if not short_words:
        return  # the longer names' words are read only for an article with a word that may clip one
    legal_forms = lexicon.firm_endings
    names = [(index, [word for word in candidate.text.split() if word.lower() not in lexicon.function_words])
             for index, candidate in enumerate(candidates) if " " in candidate.text]
    names = [(index, words[:-1] if words[-1] in legal_forms and len(words) > 2 else words) for index, words in names]
    for index, word in short_words:
        last = 1 if word.isupper() else 2
        owners = {groups.find(other) for other, words in names if _clipped(word.upper(), words, last)}
        if len(owners) == 1:
            groups.union(index, owners.pop())


def _clipped(word: str, words: list[str], last: int) -> bool:
    """Whether ``word`` (in capitals) is the first letters of the first of ``words``, then of some of the words
    between, then of the last, one letter or more of each, ``last`` or more of the last, and two or more of one
    ('AM' + 'EX' of 'American Stock Exchange'; initials are ``_merge_initials``'), and no first letters of the
    first word alone ('BOEING' of 'Boeing Commercial Airplane Group')."""
    upper = [name.upper() for name in words]
    if len(upper) < 2 or not all(name[:1].isalpha() for name in upper) or upper[0].startswith(word):
        return False
    fewest = _fewest_pieces(word, upper, 0, 0, last)
    return fewest is not None and fewest < len(word)


def _fewest_pieces(word: str, upper: list[str], letters: int, at: int, last_letters: int) -> Optional[int]:
    """The fewest words' first letters that spell ``word`` from its letter ``letters`` on, starting with the word
    ``at`` and ending with ``last_letters`` or more of the last; None if none do."""
    fewest: Optional[int] = None
    name, last = upper[at], len(upper) - 1
    for size in range(1, len(name) + 1):
        if not word.startswith(name[:size], letters):
            break
        spelled = letters + size
        if at == last:
            fewest = 1 if spelled == len(word) and size >= last_letters else fewest
            continue
        for after in range(at + 1, last + 1) if spelled < len(word) else ():
            rest = _fewest_pieces(word, upper, spelled, after, last_letters)
            if rest is not None and (fewest is None or rest + 1 < fewest):
                fewest = rest + 1
    return fewest


def _singular(candidate: Candidate, legal_forms: frozenset[str]) -> str:
    """The name with each word's plural 's' left out and without the legal forms ending it, which variant
    spellings of one name share, and a firm's name with and without its legal form ('General Motors Corp',
    'General Motors')."""
    words = candidate.text.split()
    while len(words) > 2 and words[-1] in legal_forms:
        words.pop()
    return " ".join(word[:-1] if word.endswith("s") else word for word in normalise(" ".join(words)).split())


def _initials(words: list[str], legal_forms: frozenset[str]) -> set[str]:
    """The initials a name's capitalised words may be abbreviated to: each word's first letter, a dotted word's
    letters ('U.S.'), with and without the legal forms at the end ('BHP' of 'Broken Hill Proprietary Co Ltd')."""
    found = {"".join(word[0] for word in words)}
    bare = words
    while bare[-1] in legal_forms and len(bare) > 2:
        bare = bare[:-1]
    for name in (words, words[:-1], bare) if bare is not words else (words,):
        found.add("".join(word.replace(".", "") if DOTTED.fullmatch(word) else word[0] for word in name))
    return found


def _head_last_initials(words: list[str], lexicon: OrganizationLexicon) -> set[str]:
    """The initials of a department named head last, spelled head first as its '<Head> of <X>' form is ('DA' and
    'DOA' of 'Agriculture Department'), and with the letters of the country opening the name ('USDA' of 'U.S.
    Agriculture Department'); a name with no country gets a country's letters from the initials themselves
    (``_merge_initials``: 'USDA' of 'Agriculture Department'), which are three letters or more: two are too often
    something else's ('DA', a district attorney)."""
    if words[-1].lower() not in lexicon.inverted_heads:
        return set()
    country = words[0].replace(".", "") if len(words) > 2 and _a_country(words[0]) else ""
    rest = "".join(word[0] for word in words[1 if country else 0 : -1])
    head = words[-1][0]
    return {country + head + rest, country + head + "O" + rest}


def _a_country(word: str) -> bool:
    """A country's name or its letters ('U.S.', 'US', 'UK')."""
    return any(place.feature == "country" for place in gazetteer().candidates(fold(word)))


def _local_initials(words: list[str]) -> set[str]:
    """The initials of a name of four capitalised words or more without the one-word place that opens it ('PUC' of
    'California Public Utilities Commission'; not 'CBT' of 'Kansas City Board of Trade'): three letters or more, so
    that two words are never read as an acronym of a longer name. A name whose initials they are exactly comes
    first ('CBT' of 'Chicago Board of Trade')."""
    places = gazetteer()
    if len(words) > 3 and fold(words[0]) in places and fold(" ".join(words[:2])) not in places:
        return {"".join(word[0] for word in words[1:])}
    return set()


def _particle_initials(written: list[str], lexicon: OrganizationLexicon, legal_forms: frozenset[str]) -> set[str]:
    """The initials of a name with a particle inside, which gives its letter in lowercase ('BfG' of 'Bank fuer
    Gemeinwirtschaft AG'), and written in capitals ('BFG'), with and without a legal form at the end, whose letters
    a dotted one gives all of ('PDVSA' of 'Petroleos de Venezuela, S.A.' and of 'Petroleos de Venezuela S.A')."""
    if not lexicon.name_particles.intersection(written):
        return set()
    words = [word for word in written if word.lower() not in lexicon.function_words or word in lexicon.name_particles]
    found: set[str] = set()
    for name in (words, words[:-1]) if words[-1] in legal_forms else (words,):
        letters = "".join(word.replace(".", "") if _dotted(word) else word[0] for word in name)
        found.update((letters, letters.upper()))
    return found


def _dotted(word: str) -> bool:
    """A word in dotted initials, its last full stop left out too ('S.A.', 'S.A')."""
    return DOTTED.fullmatch(word if word.endswith(".") else word + ".") is not None


def _department_initials(written: list[str], lexicon: OrganizationLexicon) -> set[str]:
    """The initials of a name with 'of' inside, spelling the 'of' ('DOT'), and of the name without a country's
    initials that open it ('FBI' of 'US Federal Bureau of Investigation', 'DOE' of 'U.S. Department of Energy'; not
    'CBT' of 'Kansas City Board of Trade'): three letters or more, so that two words are never read as an acronym
    of a longer name."""
    if "of" not in written:
        return set()
    names = [written]
    if len(written) > 3 and written[0].isupper() and fold(written[0]) in gazetteer():
        names.append(written[1:])
    found: set[str] = set()
    for name in names:
        for spell in (("of",), ()):
            letters = "".join(word[0].upper() for word in name if word not in lexicon.function_words or word in spell)
            if len(letters) > 2 and all(word[0].isupper() for word in name if word not in lexicon.function_words):
                found.add(letters)
    return found


def _merge_inverted(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate], groups: _UnionFind) -> None:
    """'Serbian Interior Ministry' and a later 'Ministry of the Interior' name one body: same head, and the
    plainer name's words are a subset of the fuller one's. A plain name joins the nearest fuller one before it."""
    signatures = [_signature(doc[c.start : c.end], lexicon) if _may_have_head(c, lexicon) else None for c in candidates]
    for index, signature in enumerate(signatures):
        if signature is None:
            continue
        fuller = [
            other
            for other, sig in enumerate(signatures)
            if other != index and sig and sig[0] == signature[0] and signature[1] <= sig[1]
        ]
        if fuller:
            before = [other for other in fuller if other < index]
            groups.union(index, before[-1] if before else fuller[0])


def _may_have_head(candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Whether the name's text holds an inverted head, which ``_signature`` needs; tested on the text first
    because reading a name's tokens costs more."""
    text = candidate.text.lower()
    return any(head in text for head in lexicon.inverted_heads)


def _signature(span: Span, lexicon: OrganizationLexicon) -> Optional[tuple[str, frozenset[str]]]:
    words = [token for token in span if token.lower_ not in lexicon.function_words and not token.is_punct]
    heads = [token for token in words if token.lower_ in lexicon.inverted_heads]
    if len(heads) != 1 or heads[0] not in (words[0], words[-1]):
        return None
    head = heads[0]
    content = frozenset(token.lower_ for token in words if token is not head and token.lower_ not in ("'s", "’s"))
    return (head.lower_, content) if content else None


def _owned_by(doc: Doc, short: Candidate, word: str) -> bool:
    """Whether the article writes the next word of a longer name as the short name's own ("Google's Stadia" beside
    "the Google Stadia Founder's Edition", "Sony's Pictures unit" beside 'Sony Pictures'): a thing or a unit of the
    body, not its fuller name."""
    owned = re.escape(short.text) + r"['’]s " + re.escape(word) + r"\b"
    return re.search(owned, doc_text(doc), re.IGNORECASE) is not None


def _merge_prefixes(doc: Doc, candidates: list[Candidate], groups: _UnionFind, lexicon: OrganizationLexicon) -> None:
    """'Samsung' and 'Samsung Electronics' after 'Samsung Electronics Co.', 'Globe' after 'Globe and Mail', 'Goldman'
    after 'Goldman, Sachs and Co' (a firm's commas aside): a name that starts a longer name of the article is its
    short form, when the longer names it starts are all one name growing ('Bank' before 'Bank of Canada' and 'Bank
    of England' is neither) and it is not a body of its own ('the House' is no short form of 'House Freedom Caucus';
    a listed company's name or initials are the short form only of itself with a legal form or of a firm's name ending
    in one, 'Siemens AG', 'Apple Computer Inc', 'NECO Enterprises Inc', not of 'Apple Insider' or 'Sony Pictures'). A
    name merged by its key ('Beijing' standing for the Chinese government) is no short form ('Beijing News'). Nor is
    a name the short one owns in the article ("Google's Stadia" beside 'Google Stadia Founder's Edition': the body's
    product or unit, ``_owned_by``), unless it ends in a legal form, a firm's full name ('Becor Western Inc' beside
    "Becor's Western Gear Corp")."""
    words = [[] if candidate.key else candidate.norm.replace(",", "").split() for candidate in candidates]
    run_together = {index for index, candidate in enumerate(candidates) if _run_together(candidate, lexicon)}
    # A longer name a name starts begins with its first word: only names with that first word are compared.
    by_first: dict[str, list[int]] = {}
    for index, full in enumerate(words):
        if full:
            by_first.setdefault(full[0], []).append(index)
    # The fuller names a short form joins depend only on its text (its words are read from it): an article names
    # a body many times, and each mention would compare the same names and search the text for the same possessives.
    fuller: dict[str, list[int]] = {}
    offsets = _unit_offsets(doc_text(doc), lexicon)
    for index, short in enumerate(words):
        if not short:
            continue
        text = candidates[index].text
        if text not in fuller:
            fuller[text] = _fuller(index, words, by_first, run_together, candidates, lexicon, doc, groups, offsets)
        for other in fuller[text]:
            groups.union(index, other)


def _fuller(index: int, words: list[list[str]], by_first: dict[str, list[int]], run_together: set[int],
            candidates: list[Candidate], lexicon: OrganizationLexicon, doc: Doc, groups: _UnionFind,
            offsets: _UnitOffsets) -> list[int]:
    """The longer names (indices) whose short form the name at ``index`` is, as ``_merge_prefixes`` tells;
    ``offsets``: ``_unit_offsets`` of the article."""
    short = words[index]
    longer = [other for other in by_first.get(short[0], ()) if len(words[other]) > len(short)
              and words[other][: len(short)] == short and other not in run_together]
    # a unit named by the parent's name and a unit's word or a country ('Citicorp Savings', 'Disney Channel', 'Ford
    # Brasil') is no fuller name of the parent, which the short name is
    longer = [other for other in longer if not _a_unit(words[other][len(short):], lexicon)
              and not _called_a_unit_of(doc, candidates[other], candidates[index], lexicon, offsets)]
    if not longer or candidates[index].norm in lexicon.institutions:
        return []
    if lexicon.listed(candidates[index].text) or is_acronym(candidates[index].text):
        introduced = not _named_otherwise(index, candidates, groups)
        longer = [other for other in longer if lexicon.company_words.issuperset(words[other][len(short):])
                  or introduced and _introduces(candidates[other], candidates[index], lexicon)]
        if not longer:
            return []
    longest = max(longer, key=lambda other: len(words[other]))
    if all(words[longest][: len(words[other])] == words[other] for other in longer):
        fuller = longer
    else:
        parent = _parent_firm(longer, words, candidates, lexicon)
        fuller = [] if parent is None else [parent]
    return [other for other in fuller if candidates[other].text.split()[-1] in lexicon.partnership_endings
            or not _owned_by(doc, candidates[index], words[other][len(short)])]


def _a_unit(added: list[str], lexicon: OrganizationLexicon) -> bool:
    """The words a longer name adds to a firm's name name one of its units: a unit's word ('Savings', 'Channel':
    ``unit_words``) or the country a subsidiary serves ('Ford Brasil', 'Yugo America Inc') first, and no body's
    word after it, which makes them the rest of one name ('Home Federal Savings and Loan Association')."""
    first = added[0]
    return (first in lexicon.unit_words or any(place.feature in ("country", "continent")
                                               for place in gazetteer().candidates(fold(first)))) \
        and not any(word in lexicon.head_types or word in lexicon.body_words for word in added[1:])


def _unit_offsets(text: str, lexicon: OrganizationLexicon) -> _UnitOffsets:
    """The offsets in the article's text where a unit's parent may be named: after each unit's noun and 'of' ('a
    unit of ', 'subsidiary of the '; ``lexicon.unit_of``), and where a unit's name may end (``UNIT_END``), read only
    for a parent's name found at the first. ``_called_a_unit_of`` builds a pattern for each pair of names it is
    asked about, whose compiling costs more than the search: where the parent's name starts at none of the first
    offsets, or the unit's ends at none of the second, no such pattern can match."""
    starts: list[int] = []
    # The search walks the whole text; most articles hold none of the nouns, which a test of substrings tells at once.
    for match in lexicon.unit_of.finditer(text) if any(noun in text for noun in lexicon.unit_nouns) else ():
        starts.append(match.end())
        the = THE.match(text, match.end())
        if the:
            starts.append(the.end())
    return _UnitOffsets(starts, Lazy(lambda: [match.start() for match in UNIT_END.finditer(text)]))


def _called_a_unit_of(doc: Doc, unit: Candidate, parent: Candidate, lexicon: OrganizationLexicon,
                      offsets: _UnitOffsets) -> bool:
    """Whether the article calls the longer name a unit of the shorter one, named so alone ('Rhone-Poulenc Chimie,
    a unit of Rhone-Poulenc <RHON.PA>', 'a wholly owned subsidiary of'; ``unit_nouns``): the parent, no short form
    of its unit. A parent named in full ('Yugo America Inc, a unit of Yugo NV') says nothing of whose short form
    the shorter name is. ``offsets``: ``_unit_offsets`` of the article."""
    text, parent_words, unit_words = doc_text(doc), parent.text.split(), unit.text.split()
    if not any(text.startswith(parent_words[0], start) for start in offsets.parents) \
            or not any(text.endswith(unit_words[-1], 0, end) for end in offsets.units()):
        return False
    nouns = "|".join(re.escape(noun) for noun in lexicon.unit_nouns)
    alone = r"(?![\w-]|\s+[A-Z])"  # not the start of a longer name ('Yugo NV')
    called = (r"\s+".join(map(re.escape, unit_words)) + r",?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:"
              + nouns + r")\s+of\s+(?:the\s+)?" + r"\s+".join(map(re.escape, parent_words)) + alone)
    return re.search(called, text) is not None


def _named_otherwise(index: int, candidates: list[Candidate], groups: _UnionFind) -> bool:
    """Whether a name is already one body's with another name of the article (initials spelling it: 'CTC' of
    'Canadian Tire Corp Ltd', 'GE' of 'General Electric Co'), which a longer name it starts does not take over."""
    group, norm = groups.find(index), candidates[index].norm
    return any(groups.find(other) == group and candidate.norm != norm for other, candidate in enumerate(candidates))


def _introduces(full: Candidate, short: Candidate, lexicon: OrganizationLexicon) -> bool:
    """A firm's name ending in a legal form that the article gives before the short name ('Adobe Systems Inc' ...
    'Adobe said', 'MCI Communications Corp' ... 'MCI'): the firm the short name then stands for; a unit's name given
    after the short one is the parent's unit ('BHP' ... 'a new company, BHP Gold Mines Ltd')."""
    return full.start < short.start and full.text.split()[-1] in lexicon.firm_endings


def _merge_suffixes(candidates: list[Candidate], groups: _UnionFind) -> None:
    """'Intelligence Committee' after 'House Intelligence Committee', 'Radio 1' after 'BBC Radio 1', 'Champions
    League' after 'UEFA Champions League': a name of two words or more that ends the longer names of one body only,
    after capitalised words (a place's, an owner's, a house's), is that body's short form; 'Security Council' beside
    'UN Security Council' and 'Key Security Council' names neither, and 'Court of Appeals' is no short form of 'full
    Court of Appeals', a name the model cut badly."""
    words = [[] if candidate.key else candidate.norm.split() for candidate in candidates]
    by_last: dict[str, list[int]] = {}
    for index, full in enumerate(words):
        if full:
            by_last.setdefault(full[-1], []).append(index)
    for index, short in enumerate(words):
        if len(short) < 2:
            continue
        longer = [other for other in by_last.get(short[-1], ()) if len(words[other]) > len(short)
                  and words[other][-len(short):] == short]
        if not longer or len({groups.find(other) for other in longer}) > 1:
            continue
        extra = candidates[longer[0]].text.split()[: len(words[longer[0]]) - len(short)]
        if all(word[:1].isupper() for word in extra):
            groups.union(index, longer[0])


def _merge_variants(candidates: list[Candidate], lexicon: OrganizationLexicon, groups: _UnionFind) -> None:
    """'Powys Health Board' beside 'Powys Local Health Board', 'Hereford Hospital Trust' beside 'Hereford Hospitals
    NHS Trust', 'Economic Social Research Council' beside 'Economic and Social Research Council': a name of three
    words or more with the first word and the head of a longer name, whose other words it has in their order, is
    that body written without an optional word, where the longer names it so fits are one body's. Two words are
    too few ('BBC Broadcast' beside 'BBC Outside Broadcasts' are two units), and a brief added after 'and' makes
    another body ('Economic Research Council', a think tank, beside 'Economic and Social Research Council'); a
    firm's units add words to its legal name ('Ford Motor Co', 'Ford Motor Credit Co'), and an 'of' or a 'for'
    leads to a place's or a brief's name, which tells bodies apart ('Bank of England', 'Bank of New England')."""
    endings = lexicon.firm_endings
    words: list[list[str]] = []
    small: list[set[str]] = []
    for candidate in candidates:
        written = candidate.text.split()
        kept = not candidate.key and written[-1] not in endings and not {"of", "for"}.intersection(written)
        words.append([word[:-1] if word.endswith("s") else word for word in candidate.norm.split()
                      if word not in lexicon.function_words] if kept else [])
        small.append(lexicon.function_words.intersection(candidate.norm.split()))
    by_ends: dict[tuple[str, str], list[int]] = {}
    for index, name in enumerate(words):
        if len(name) > 2:
            by_ends.setdefault((name[0], name[-1]), []).append(index)
    for indexes in by_ends.values():
        for index in indexes:
            short = words[index]
            same = [other for other in indexes if words[other] == short]
            for other in same:  # the same words, with other small words or plurals
                groups.union(index, other)
            longer = {groups.find(other) for other in indexes if len(words[other]) > len(short)
                      and small[other] <= small[index] and _in_order(short, words[other])}
            if len(longer) == 1:
                groups.union(index, longer.pop())


def _merge_after_leading_words(candidates: list[Candidate], lexicon: OrganizationLexicon, groups: _UnionFind) -> None:
    """'Caterpillar' beside 'U.S. Caterpillar Tractor Co', 'Disney' beside 'Walt Disney Co.': the one word that
    follows a firm's leading country, given name or initials in its name ending in a legal form is that firm's
    short form, where it names nothing else already and follows them in one firm's name only ('Hutton' of 'E.F.
    Hutton LBO Inc' and of its parent 'E.F. Hutton Group Inc' names neither); a body's word is no short form
    ('Bank' of 'Royal Bank of Canada Ltd'). Other leading words make another body's name, not a firm's ('Mobil
    Chemical Co' is Mobil's unit)."""
    endings = lexicon.firm_endings
    starts: dict[str, set[int]] = {}
    for index, candidate in enumerate(candidates):
        written = candidate.text.split()
        if candidate.key or len(written) < 3 or written[-1] not in endings or not _a_leading_word(written[0], lexicon):
            continue
        lead = 1
        while lead < len(written) - 2 and _a_leading_word(written[lead], lexicon):
            lead += 1
        word = written[lead]
        if word not in endings and word.lower() not in lexicon.head_types and word.lower() not in lexicon.body_words:
            starts.setdefault(normalise(word), set()).add(groups.find(index))
    if not starts:
        return
    names: dict[int, set[str]] = {}
    for index, candidate in enumerate(candidates):
        names.setdefault(groups.find(index), set()).add(candidate.norm)
    for index, candidate in enumerate(candidates):
        owners = starts.get(candidate.norm, set())
        if len(owners) == 1 and names[groups.find(index)] == {candidate.norm} and not candidate.key:
            groups.union(index, owners.pop())


def _a_leading_word(word: str, lexicon: OrganizationLexicon) -> bool:
    """A word opening a firm's name that its short form leaves out: a country's ('U.S.'), a founder's given name
    ('Walt') or initials ('E.F.')."""
    return word in lexicon.first_names or DOTTED.fullmatch(word) is not None or INITIAL.fullmatch(word) is not None \
        or _a_country(word)


def _in_order(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` has every word of ``short`` in its order, with words between."""
    remaining = iter(full)
    return all(word in remaining for word in short)


def _parent_firm(longer: list[int], words: list[list[str]], candidates: list[Candidate],
                 lexicon: OrganizationLexicon) -> Optional[int]:
    """'Southwestern' beside 'Southwestern Energy Co' and 'Southwestern Energy Production Co': a firm's units add
    words to its name, so the short form names the firm with the fewest words, when that name ends in a legal form
    and no other firm's name is as short, the firm's name at every mention ('Aloha' of 'Aloha Inc', named twice, and
    'Aloha Airlines Inc'; 'Foothill' of 'Foothill Group Inc' and 'Foothill Capital Corp' names neither, nor
    'Central' of 'Central Bank' and 'Central Bancshares of the South Inc'); a name as short with no legal form is
    the firm's product or unit ('Archive' of 'Archive Corp' beside 'its Archive XL tape drive'). A name that starts
    another of them is that one's short form too and is not counted ('Southwestern Energy')."""
    names = [other for other in longer
             if not any(len(words[more]) > len(words[other]) and words[more][: len(words[other])] == words[other]
                        for more in longer)]
    fewest = min(len(words[other]) for other in names)
    firms = [other for other in names if len(words[other]) == fewest
             and candidates[other].text.split()[-1] in lexicon.partnership_endings]
    return firms[0] if len({tuple(words[other]) for other in firms}) == 1 else None


def _run_together(candidate: Candidate, lexicon: OrganizationLexicon) -> bool:
    """Two names the model ran together over a comma ('Placer, Equity'), unlike a firm named for its partners
    ('Goldman, Sachs and Co'): no longer name a short form joins."""
    return "," in candidate.norm and candidate.text.split()[-1] not in lexicon.partnership_endings


def _merge_possessives(candidates: list[Candidate], groups: _UnionFind) -> None:
    """"assuring Sainsbury's a total holding", "Sainsbury's increased its stake" beside 'J Sainsbury Plc' (alias
    'Sainsbury'): one word with a possessive and no noun after it, which the model takes in, is the body the article
    names without it (a retailer named after its founder's shop)."""
    by_norm = {candidate.norm: index for index, candidate in enumerate(candidates)}
    for index, candidate in enumerate(candidates):
        text = candidate.text
        if " " not in text and text.endswith(("'s", "’s")):
            owner = by_norm.get(normalise(text[:-2]))
            if owner is not None:
                groups.union(index, owner)


def _merge_club_words(candidates: list[Candidate], club_words: frozenset[str], groups: _UnionFind) -> None:
    """'United' after 'Manchester United': a club word alone names the one club of the article named with it."""
    for index, candidate in enumerate(candidates):
        if candidate.text in club_words:
            owners = {groups.find(other) for other, named in enumerate(candidates)
                      if named.text != candidate.text and named.text.rsplit(" ", 1)[-1] == candidate.text}
            if len(owners) == 1:
                groups.union(index, owners.pop())


def _merge_misspelt(candidates: list[Candidate], lexicon: OrganizationLexicon, groups: _UnionFind) -> None:
    """One body written two ways a letter apart (one missing, added, changed, or two swapped) in one word of four
    letters or more, its legal form aside, is one body: wire copy leaves its typos in ('Europ Disneyland' beside
    'Euro Disneyland', 'Besicrop' beside 'Besicorp Group Inc' and its 'BESICORP', "Cleveland-Cliff's" beside
    'Cleveland-Cliffs Inc'). A figure makes another body ('BBC2' beside 'BBC'), and an 's' added to a name is a
    plural, the firm's products ('sales of Rolls-Royces' beside 'Rolls-Royce'), unless the form with it is the
    article's usual one or the firm's legal name ('Reuters', 'Dixons Group PLC'). The rarer form is no name for the
    body where the article uses the other more."""
    forms: dict[tuple[str, ...], list[int]] = {}
    for index, candidate in enumerate(candidates):
        written = candidate.text.split()
        if candidate.key or is_acronym(candidate.text) or any(character.isdigit() for character in candidate.text):
            continue
        legal = len(written) > 1 and written[-1] in lexicon.firm_endings
        words = tuple(candidate.norm.split()[: len(written) - 1 if legal else None])
        forms.setdefault(words, []).append(index)
    by_size: dict[int, list[tuple[str, ...]]] = {}
    for words in forms:
        by_size.setdefault(len(words), []).append(words)
    for same_size in by_size.values():
        for at, first in enumerate(same_size):
            for second in same_size[at + 1 :]:
                differ = [(one, other) for one, other in zip(first, second) if one != other]
                if len(differ) != 1 or max(len(word) for word in differ[0]) < MISSPELT_LETTERS \
                        or not _a_letter_apart(*differ[0]):
                    continue
                one, other = differ[0]
                if one + "s" == other or other + "s" == one:
                    plural, single = (forms[second], forms[first]) if other == one + "s" else (forms[first],
                                                                                              forms[second])
                    if not _usual_or_legal(plural, single, candidates, lexicon):
                        continue
                groups.union(forms[first][0], forms[second][0])
                rarer = min(forms[first], forms[second], key=len)
                if len(forms[first]) != len(forms[second]):
                    for index in rarer:  # the article's usual form names the body ('Reuters', not one 'Reuter')
                        candidates[index].minor = True


def _a_letter_apart(one: str, other: str) -> bool:
    """Whether two different words are one letter apart: one missing, added or changed, or two neighbours swapped;
    a mark is no letter ('Disney+', a service, beside 'Disney'; 'Dräger,' beside 'Dräger')."""
    if len(one) == len(other):
        apart = [at for at in range(len(one)) if one[at] != other[at]]
        return (len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1
                and one[apart[0]] == other[apart[1]] and one[apart[1]] == other[apart[0]]) \
            and all(one[at].isalpha() and other[at].isalpha() for at in apart)
    shorter, longer = sorted((one, other), key=len)
    return len(longer) == len(shorter) + 1 and any(longer[:at] + longer[at + 1 :] == shorter and longer[at].isalpha()
                                                   for at in range(len(longer)))


def _usual_or_legal(plural: list[int], single: list[int], candidates: list[Candidate],
                    lexicon: OrganizationLexicon) -> bool:
    """Whether a name with an 's' added is the body's own: the form the article uses more, or the one with the
    firm's legal form."""
    return len(plural) > len(single) or any(candidates[index].text.split()[-1] in lexicon.firm_endings
                                            for index in plural)
