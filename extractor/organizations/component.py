"""Organizations: the model's ORG entities plus curated media outlets and well-known acronyms, each body
merged into one record under its fullest name with the article's other names for it as aliases.

The model's tag is checked against evidence: a name's head (Act, Championships vs Ministry, Party), the number
before a unit, a work noun before a film's title. Bodies it leaves untagged are added from the sentence: a
place's police or government, a party named by its members, a capital standing for its government."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable, Iterable, Optional

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..doc_utils import SavesData, mention, read_data
from ..entities import bracketed_country_names, clean_spaces, covered_tokens, role_words, trim_name
from ..places import capital_governments, fold, gazetteer
from ..resolve import place_tokens, proposals, resolved

DATA = "organizations.json"
# Lowercase words inside a team's name in a results line ('Queen of the South').
TEAM_JOINERS = frozenset({"of", "the", "de", "and"})
# Between the two sides of a fixture ('Birmingham v Barnsley', 'ATLANTA AT CHICAGO').
VERSUS = frozenset({"v", "v.", "vs", "vs.", "AT"})
# Between the subjects of one brief ('Trade and Industry Secretary', 'Culture, Media and Sport Secretary').
PORTFOLIO_JOINERS = frozenset({"and", "&", ","})
# Lines of sports reports' line-ups, goals and bookings: players' names, each with the minute of a goal, a
# booking or a substitution ('Gerrard 79 og, Drogba 107, Kezman 112.', 'Simmons (MacFarlane 64), Berra').
# Names in capitals are left out: wire tables list companies so ('ALLIED SIGNAL 45').
NAME_WORD = r"[A-Z][\w'’.-]*[a-z][\w'’.-]*"
PLAYER = rf"{NAME_WORD}(?: {NAME_WORD})*"
MINUTE = r"\d{1,3}(?: \(?(?:pen|og)\)?)?"
SCORERS_LINE = re.compile(rf"{PLAYER}(?: {MINUTE})?(?: \({PLAYER} {MINUTE}\))?(?:, {PLAYER}(?: {MINUTE})?(?: \({PLAYER} {MINUTE}\))?)*\.?")
# Inside a title after a work noun ('the film Pirates of the Caribbean').
TITLE_JOINERS = frozenset({"of", "the", "a", "an", "and", "on", "in", "over", "to", "for", "'s", "’s"})


@dataclass
class Candidate:
    """One stretch of text naming an organization, before mentions of the same body are merged."""

    start: int
    end: int
    text: str
    start_char: int
    end_char: int
    type: Optional[str] = None
    # Names one body whatever the words: a party's full name for its members, 'government:AF' for Kabul's.
    key: Optional[str] = None
    # A form a reader would not want as the name when the article has another ('Democratic' of 'Democrats').
    minor: bool = False

    @property
    def norm(self) -> str:
        return normalise(self.text)


def normalise(name: str) -> str:
    """A comparison key that ignores case, dots in acronyms ('U.N.') and '&' versus 'and'."""
    return " ".join(name.replace(".", "").replace("&", "and").lower().split())


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("/", "")
    return " " not in name and letters.isupper() and len(letters) <= 6


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


class OrganizationFinder(SavesData):
    """Built once per pipeline: the matchers and lookup tables from the data file, which saves with the pipeline."""

    def __init__(self, nlp: Language, data: dict[str, Any]) -> None:
        self.vocab, self.tokenizer = nlp.vocab, nlp.tokenizer
        self.data = {DATA: data}
        self.build()

    def build(self) -> None:
        data = self.data[DATA]
        self.media_matcher = PhraseMatcher(self.vocab, attr="ORTH")
        self.media_matcher.add("media", list(self.tokenizer.pipe(data["media"])))
        self.known: dict[str, tuple[str, str]] = {}
        for acronym, entry in data["known"].items():
            key = normalise(entry["name"])
            self.known[normalise(acronym)] = (key, entry["type"])
            self.known[key] = (key, entry["type"])
        self.known_matcher = PhraseMatcher(self.vocab, attr="ORTH")
        forms = list(data["known"]) + [entry["name"] for entry in data["known"].values()]
        self.known_matcher.add("known", list(self.tokenizer.pipe(forms)))
        self.parenthesis_matcher = Matcher(self.vocab)
        self.parenthesis_matcher.add("acronym", [[{"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]])
        # Each type phrase with the first type it hints at: the first type in the table whose phrase a name holds wins.
        self.type_kinds = [kind for kind, _ in data["types"]]
        self.type_phrases: dict[tuple[str, ...], int] = {}
        for index, (_, words) in enumerate(data["types"]):
            for word in words:
                self.type_phrases.setdefault(tuple(word.lower().split()), index)
        self.type_phrase_sizes = sorted({len(phrase) for phrase in self.type_phrases})
        self.inverted_heads = {head.lower() for head in data["inverted_heads"]}
        self.function_words = frozenset(data["function_words"])
        self.not_organizations = frozenset(data["not_organizations"])
        self.institutions = frozenset(normalise(name) for name in data["institutions"])
        self.not_body_heads = frozenset(word.lower() for word in data["not_body_heads"])
        self.work_nouns = frozenset(data["work_nouns"])
        self.work_cues = frozenset(tuple(cue) for cue in data["work_cues"])
        self.trade_terms = frozenset(data["trade_terms"])
        self.portfolios = frozenset(data["portfolios"])
        self.party_forms: dict[str, tuple[str, bool]] = {}
        for party, forms in data["parties"].items():
            self.party_forms.update({member: (party, False) for member in forms["members"]})
            self.party_forms.update({adjective: (party, True) for adjective in forms["adjectives"]})
        self.party_keys = {normalise(form): normalise(party) for form, (party, minor) in self.party_forms.items()
                           if not minor}
        self.party_matcher = PhraseMatcher(self.vocab, attr="ORTH")
        self.party_matcher.add("party", list(self.tokenizer.pipe(self.party_forms)))
        self.member_nouns = frozenset(data["member_nouns"])
        self.governing_nouns: dict[str, str] = data["governing_nouns"]
        self.governing_ids = numpy.array([self.vocab.strings.add(noun) for noun in self.governing_nouns], dtype="uint64")
        self.title_words = role_words("role_words")
        self.title_heads = role_words("role_heads")
        self.honorifics = role_words("honorifics")

    def __call__(self, doc: Doc) -> Doc:
        proposals(doc).organizations = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The article's organizations; the teams of results lines are left for the resolver, which gives
        their towns to them, so the places read here are the rest."""
        teams = results_teams(doc)
        proposals(doc).teams = [(team.start_char, team.end_char) for team in teams]
        places = place_tokens(doc)
        candidates = self._entity_candidates(doc, places, teams)
        self._add_governments(doc, candidates)
        self._add_matches(doc, candidates, self.media_matcher(doc, as_spans=True), "media", places)
        self._add_matches(doc, candidates, self.known_matcher(doc, as_spans=True), None, places)
        self._add_parties(doc, candidates)
        links = self._acronym_definitions(doc, candidates, places)
        titles = self._work_titles(doc)
        candidates = [candidate for candidate in candidates if _without_article(candidate.norm) not in titles]
        candidates.sort(key=lambda candidate: candidate.start)
        return self._merge(doc, candidates, links)

    def _entity_candidates(self, doc: Doc, places: set[int], teams: list[Span]) -> list[Candidate]:
        candidates = [_candidate(team) for team in teams]
        people = bracketed_country_names(doc, places)
        claimed = {i for span in [*teams, *people] for i in range(span.start, span.end)}
        lowercase = cache(lambda: {token.lower_ for token in doc if token.is_lower})
        for ent in doc.ents:
            if ent.label_ != "ORG" or claimed.intersection(range(ent.start, ent.end)):
                continue
            span = _complete(_before_bracket(trim_name(ent)), self.function_words)
            if span is not None and self._is_name(span, places) and self._names_a_body(span) \
                    and not _heading_word(span, lowercase) and not _in_scorers_line(span):
                candidates.append(_candidate(span))
        return candidates

    def _names_a_body(self, span: Span) -> bool:
        """Evidence that the name is no body: its head makes it a law, plan, event or award ('the Clean Air
        Act', 'London Marathon', 'Treaty of Rome'); it is a shipping term ('(FOB)'); it is a unit or time zone,
        following a number wherever the article uses it ('600 MW', '1500 GMT'); or it ends a title ('State' of
        'Secretary of State Mike Pompeo')."""
        words = [token.lower_ for token in span]
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if head in self.not_body_heads or span.text in self.trade_terms or _unit(span):
            return False
        doc = span.doc
        title = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in self.title_heads
        return not (title and all(word in self.title_words for word in words))

    def _is_name(self, span: Span, places: set[int]) -> bool:
        """Not a place, not a person ('Mr Balls'), not a common noun's acronym ('huge AI models'), and not part
        of a person's title: title words or a brief right before the title's head ('Defence' of 'Defence
        Secretary Geoff Hoon', 'Home' of 'Home Secretary', 'Trade and Industry' of 'Trade and Industry
        Secretary')."""
        if not len(span) or span.root.i in places or not any(char.isupper() for char in span.text) \
                or span.text in self.not_organizations:
            return False
        if span[0].lower_ in self.honorifics:
            return False
        doc = span.doc
        in_title = span.end < len(doc) and doc[span.end].lower_ in self.title_heads
        return not (in_title and all(token.lower_ in self.title_words or token.lower_ in self.portfolios
                                     or token.lower_ in PORTFOLIO_JOINERS for token in span[1:-1])
                    and all(token.lower_ in self.title_words or token.lower_ in self.portfolios
                            for token in (span[0], span[-1])))

    def _add_matches(
        self, doc: Doc, candidates: list[Candidate], spans: Iterable[Span], kind: Optional[str], places: set[int]
    ) -> None:
        """Add matched names the model missed; a match inside a model entity only tells that entity's type."""
        taken = {i: candidate for candidate in candidates for i in range(candidate.start, candidate.end)}
        for span in filter_spans(spans):
            if any(i in places for i in range(span.start, span.end)) or _in_capitals(span):
                continue
            overlapping = {id(taken[i]): taken[i] for i in range(span.start, span.end) if i in taken}
            if not overlapping:
                candidates.append(_candidate(span, kind))
                taken.update({i: candidates[-1] for i in range(span.start, span.end)})
                continue
            for candidate in overlapping.values():
                if kind and candidate.start == span.start and candidate.type is None:
                    candidate.type = kind

    def _add_governments(self, doc: Doc, candidates: list[Candidate]) -> None:
        """Bodies the model leaves untagged: a place's police, a place's, a people's or a leader's government
        ('Forest Hill police', 'the Afghan government', 'the Biden administration'), and a capital standing for
        its government ('Seoul expects'). A country's governments are one body, under the key of its code."""
        place_spans = _place_spans(doc)
        found: list[Candidate] = []
        nouns = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), self.governing_ids)).tolist()
        for token in (doc[i] for i in nouns if i > 0):
            kind = self.governing_nouns[token.text]
            modifier = self._governing_modifier(doc, token, kind, place_spans)
            if modifier is not None:
                start, country = modifier
                found.append(_candidate(doc[start : token.i + 1], kind, f"government:{country}" if country else None))
        found += [_candidate(span, "government", f"government:{country}") for span, country in capital_governments(doc)]
        for new in found:
            inside = [old for old in candidates if old.start < new.end and new.start < old.end]
            if all(new.start <= old.start and old.end <= new.end for old in inside):
                candidates[:] = [old for old in candidates if old not in inside] + [new]

    def _governing_modifier(
        self, doc: Doc, noun: Token, kind: str, place_spans: dict[int, tuple[int, str, Optional[str]]]
    ) -> Optional[tuple[int, Optional[str]]]:
        """Where the name before 'police'/'government' starts, with the country it names if any. A demonym makes
        no police force ('Serbian police' is the place's mention only)."""
        if noun.ent_iob_ == "I":
            return None
        place = place_spans.get(noun.i)
        if place is not None:
            start, via, country = place
            return None if kind == "police" and via == "demonym" else (start, country)
        before = doc[noun.i - 1]
        if before.ent_iob_ == "O" or not before.text[:1].isupper():
            return None
        start = before.i
        while doc[start].ent_iob_ == "I":
            start -= 1
        while start < before.i and doc[start].lower_ == "the":
            start += 1
        label, name = before.ent_type_, doc[start : noun.i]
        if label in ("GPE", "LOC") or (kind == "police" and label == "ORG" and fold(name.text) in gazetteer()):
            return start, None
        return (start, None) if label == "PERSON" and kind == "government" else None

    def _add_parties(self, doc: Doc, candidates: list[Candidate]) -> None:
        """Parties named by their members or by the adjective ('accused the Democrats', 'Democratic lawmakers',
        'Tory leader Michael Howard'), under the key of the party's full name."""
        taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
        for span in self.party_matcher(doc, as_spans=True):
            party, adjective = self.party_forms[span.text]
            if taken.intersection(range(span.start, span.end)) or not self._party_mention(span, adjective):
                continue
            candidates.append(_candidate(span, "party", normalise(party)))
            candidates[-1].minor = adjective

    def _party_mention(self, span: Span, adjective: bool) -> bool:
        """Tagged a group, not part of another party's name ('Liberal Democrats', 'Christian Democratic Union'; a
        house of the legislature before it is fine: 'Senate Republicans'), and an adjective only before one of its
        members ('Democratic rival', not 'Democratic Republic of Congo' or 'democratic reform')."""
        doc = span.doc
        if any(token.ent_type_ not in ("NORP", "ORG", "") for token in span):
            return False
        if not adjective and span[-1].ent_type_ == "":
            return False
        before = doc[span.start - 1] if span.start else None
        if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start \
                and normalise(before.text) not in self.institutions:
            return False
        after = doc[span.end] if span.end < len(doc) else None
        return not adjective or (after is not None and after.text in self.member_nouns)

    def _work_titles(self, doc: Doc) -> set[str]:
        """Titles of films, shows, plays and books in the article, compared without a leading 'the': names right
        after a work noun or a cue ('whose movie The Aviator', 'starring in One Flew Over The Cuckoo's Nest'). The
        model's own WORK_OF_ART tag is no evidence: it gives it to 'LIFFE' and 'the All Blacks'."""
        titles: set[str] = set()
        starts: Optional[dict[int, Span]] = None
        previous = None
        for token in doc[:-1]:
            lower = token.lower_
            cue = (previous, lower) in self.work_cues
            previous = lower
            if not (cue or (lower in self.work_nouns and token.pos_ == "NOUN")):
                continue
            if starts is None:
                starts = {ent.start: ent for ent in doc.ents}
            ent = starts.get(token.i + 1)
            named = ent is not None and ent.label_ not in ("PERSON", "GPE", "DATE")
            title = ent if named else _title_run(doc, token.i + 1)
            if title is not None:
                titles.add(_without_article(normalise(title.text)))
        return titles

    def _acronym_definitions(self, doc: Doc, candidates: list[Candidate], places: set[int]) -> list[tuple[str, str]]:
        """Acronyms the text defines, 'the UN refugee agency (UNHCR)': link both forms and find the acronym's
        other uses, which the model may not tag."""
        by_end = {candidate.end: candidate for candidate in candidates}
        chunks: Optional[dict[int, Span]] = None
        links: list[tuple[str, str]] = []
        for _, paren, _ in self.parenthesis_matcher(doc):
            acronym = doc[paren + 1].text
            if not is_acronym(acronym):
                continue
            long_form = by_end.get(paren)
            if long_form is None and chunks is None:
                chunks = {chunk.end: chunk for chunk in doc.noun_chunks}
            if long_form is None and chunks and paren in chunks:
                chunk = trim_name(chunks[paren])
                if len(chunk) and chunk.text[0].upper() == acronym[0] and chunk.root.i not in places:
                    long_form = _candidate(chunk)
                    candidates[:] = [c for c in candidates if c.end <= chunk.start or c.start >= chunk.end]
                    candidates.append(long_form)
            if long_form is not None:
                links.append((long_form.norm, normalise(acronym)))
        if links:
            self._add_acronym_uses(doc, candidates, {acronym for _, acronym in links})
        return links

    def _add_acronym_uses(self, doc: Doc, candidates: list[Candidate], acronyms: set[str]) -> None:
        taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
        for token in doc:
            if token.i not in taken and token.text.isupper() and normalise(token.text) in acronyms:
                candidates.append(_candidate(doc[token.i : token.i + 1]))

    def _merge(self, doc: Doc, candidates: list[Candidate], links: list[tuple[str, str]]) -> list[dict[str, Any]]:
        groups = _UnionFind(len(candidates))
        keys: dict[str, int] = {}
        for index, candidate in enumerate(candidates):
            norm = candidate.norm
            key = candidate.key or self.party_keys.get(norm) or self.known.get(norm, (norm,))[0]
            groups.union(keys.setdefault(key, index), index)
            groups.union(keys.setdefault(candidate.norm, index), index)
        for long_form, acronym in links:
            if long_form in keys and acronym in keys:
                groups.union(keys[long_form], keys[acronym])
        self._merge_inverted(doc, candidates, groups)
        self._merge_initials(candidates, groups)
        _merge_prefixes(candidates, groups, self.institutions)
        members: dict[int, list[int]] = {}
        for index in range(len(candidates)):
            members.setdefault(groups.find(index), []).append(index)
        return [self._record(doc, [candidates[i] for i in indexes]) for indexes in members.values()]

    def _merge_initials(self, candidates: list[Candidate], groups: _UnionFind) -> None:
        """'NAO' after 'National Audit Office': an acronym spelling the initials of exactly one longer name."""
        by_initials: dict[str, set[int]] = {}
        for index, candidate in enumerate(candidates):
            words = [word for word in candidate.text.split() if word.lower() not in self.function_words]
            if len(words) > 1 and all(word[0].isupper() for word in words):
                by_initials.setdefault("".join(word[0] for word in words), set()).add(groups.find(index))
        for index, candidate in enumerate(candidates):
            owners = by_initials.get(candidate.text.replace(".", ""), set())
            if is_acronym(candidate.text) and len(owners) == 1:
                groups.union(index, owners.pop())

    def _merge_inverted(self, doc: Doc, candidates: list[Candidate], groups: _UnionFind) -> None:
        """'Serbian Interior Ministry' and a later 'Ministry of the Interior' name one body: same head, and the
        plainer name's words are a subset of the fuller one's. A plain name joins the nearest fuller one before it."""
        signatures = [self._signature(doc[c.start : c.end]) for c in candidates]
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

    def _signature(self, span: Span) -> Optional[tuple[str, frozenset[str]]]:
        words = [token for token in span if token.lower_ not in self.function_words and not token.is_punct]
        heads = [token for token in words if token.lower_ in self.inverted_heads]
        if len(heads) != 1 or heads[0] not in (words[0], words[-1]):
            return None
        head = heads[0]
        content = frozenset(token.lower_ for token in words if token is not head and token.lower_ not in ("'s", "’s"))
        return (head.lower_, content) if content else None

    def _record(self, doc: Doc, group: list[Candidate]) -> dict[str, Any]:
        name = max(group, key=lambda c: (not c.minor, not is_acronym(c.text), self._content_words(c), -c.start,
                                         len(c.text))).text
        aliases: list[str] = []
        for candidate in group:
            if candidate.text != name and candidate.text not in aliases:
                aliases.append(candidate.text)
        mentions = []
        seen: set[int] = set()
        for candidate in group:
            if candidate.start_char not in seen:
                seen.add(candidate.start_char)
                mentions.append(mention(doc, candidate.start_char, candidate.end_char))
        return {"name": name, "aliases": aliases, "type": self._type(name, group), "mentions": mentions}

    def _content_words(self, candidate: Candidate) -> int:
        return sum(1 for word in candidate.text.split() if word.lower() not in self.function_words)

    def _type(self, name: str, group: list[Candidate]) -> Optional[str]:
        """A hint from the media list wins, then the known-acronym table, then head words of the names."""
        for candidate in group:
            if candidate.type:
                return candidate.type
        for candidate in group:
            if candidate.norm in self.known:
                return self.known[candidate.norm][1]
        names = [name.lower().split()] + [c.text.lower().split() for c in group if c.text != name]
        hinted = [self.type_phrases.get(tuple(words[i : i + size]), len(self.type_kinds))
                  for words in names for size in self.type_phrase_sizes for i in range(len(words) - size + 1)]
        first = min(hinted, default=len(self.type_kinds))
        return self.type_kinds[first] if first < len(self.type_kinds) else None


def _merge_prefixes(candidates: list[Candidate], groups: _UnionFind, institutions: frozenset[str]) -> None:
    """'Samsung' and 'Samsung Electronics' after 'Samsung Electronics Co.', 'Globe' after 'Globe and
    Mail': a name that starts a longer name of the article is its short form, when the longer names it
    starts are all one name growing ('Bank' before 'Bank of Canada' and 'Bank of England' is neither) and it
    is not a body of its own ('the House' is no short form of 'House Freedom Caucus'). A name merged by its key
    ('Beijing' standing for the Chinese government) is no short form ('Beijing News')."""
    words = [[] if candidate.key else candidate.norm.split() for candidate in candidates]
    for index, short in enumerate(words):
        longer = [other for other, full in enumerate(words) if len(full) > len(short) and full[: len(short)] == short]
        if not short or not longer or is_acronym(candidates[index].text) or candidates[index].norm in institutions:
            continue
        longest = max(longer, key=lambda other: len(words[other]))
        if all(words[longest][: len(words[other])] == words[other] for other in longer):
            for other in longer:
                groups.union(index, other)


def results_teams(doc: Doc) -> list[Span]:
    """Teams in the results lines of sports reports: a score line names two sides, each followed by its score
    ('Lotte 6 Hyundai 2', 'Radnicki (N) 1 Spartak 0'), a result headline two ('Mansfield 0-1 Leyton Orient'),
    a league table one side followed by its record ('Puchon 3 1 0 6 1 10', 'NEW YORK 74 59 .556 -'), a fixture
    two sides ('Birmingham v Barnsley'), a schedule the visitors ('ATLANTA' of 'ATLANTA AT CHICAGO'). A town
    named there is its club, and a name there is no person. A country stays a place: national sides are tagged so in news corpora, and a table of
    figures by country ('CHILE 22 8 109 76') is no league table."""
    places = proposals(doc).places
    towns = covered_tokens(doc, places, skip_via=frozenset({"demonym"}))
    countries = covered_tokens(doc, [place for place in places if place.get("feature") == "country"])
    teams: list[Span] = []
    start = 0
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():  # only a space token holds a line break
        if "\n" in doc[i].text:
            teams.extend(_line_teams(doc[start:i], towns))
            start = i + 1
    teams.extend(_line_teams(doc[start:], towns))
    return [team for team in teams if not countries.issuperset(range(team.start, team.end))]


def _line_teams(line: Span, towns: set[int]) -> list[Span]:
    """The teams of one line, or none when the line is no results line. A table row holds counts (one
    percentage aside: 'NEW YORK 74 59 .556 -'), unlike a table of prices ('Cinci 1.52 2.04 1.50 2.17'); a
    schedule's visitors are at most two words and play at a town ('GRAIN SHIPS LOADING AT PORTLAND' is a
    headline)."""
    runs: list[tuple[str, int, int]] = []  # (kind, first token, after last), consecutive words of a kind merged
    for token in line:
        if token.is_space:
            continue
        kind = _results_word(token)
        if kind is None:
            return []
        if runs and runs[-1][0] == kind == "name":
            runs[-1] = (kind, runs[-1][1], token.i + 1)
        else:
            runs.append((kind, token.i, token.i + 1))
    kinds = [kind for kind, _, _ in runs]
    score_line = kinds == ["name", "number", "name", "number"]
    result = kinds == ["name", "number", "number", "number", "name"] and line.doc[runs[2][1]].text == "-"
    fixture = kinds == ["name", "versus", "name"]
    table_row = len(kinds) >= 5 and kinds[0] == "name" and set(kinds[1:]) == {"number"}
    table_row = table_row and not any(token.text == "-" for token in line[:-1]) and _counts(line)
    if not (score_line or result or fixture or table_row):
        return []
    doc = line.doc
    spans = [doc[start:end] for kind, start, end in runs if kind == "name"]
    if fixture and doc[runs[1][1]].text == "AT":
        if len(spans[0]) > 2 or not towns.issuperset(range(spans[1].start, spans[1].end)):
            return []
        spans = spans[:1]
    if any(len(span) > 1 and all(token.ent_type_ == "PERSON" for token in span) for span in spans):
        return []
    return spans


def _counts(line: Span) -> bool:
    """At most one figure with a decimal point."""
    return sum("." in token.text for token in line if token.like_num) <= 1


def _results_word(token: Token) -> Optional[str]:
    """'number' for a score or a table figure (and a table's closing '-'), 'versus' for 'v', 'vs' or a
    schedule's 'AT', 'name' for a word of a team's name (capitalised, a lowercase joiner, a bracketed
    qualifier), None for anything else, which makes the line no results line."""
    text = token.text
    if text == "-" or token.like_num and any(char.isdigit() for char in text):
        return "number"
    if text in VERSUS:
        return "versus"
    if text in ("(", ")") or text[:1].isupper() or token.lower_ in TEAM_JOINERS:
        return "name"
    return None


def _in_scorers_line(span: Span) -> bool:
    """Sports reports list goals, bookings and substitutes by the player's name and the minute ('Archibald 19,
    Grady 29, Crawford 41, Grady 47.', 'Byrne 33.', 'Simmons (MacFarlane 64), Berra'): a name in a line made
    only of such items, with a minute in it, is a player's."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    line = doc[start:end].text.strip()
    return any(char.isdigit() for char in line) and SCORERS_LINE.fullmatch(line) is not None


def _heading_word(span: Span, lowercase: Callable[[], set[str]]) -> bool:
    """'October 20: ACCIDENT – A vehicle driven by...': a word in capitals labelling a section, which the
    article also writes in lowercase ('arrest and accident reports'); short acronyms ('WHO') are left alone.
    ``lowercase`` gives the article's lowercase words, gathered once per article when first asked."""
    word = span.text
    if len(span) != 1 or len(word) < 5 or not word.isupper() or not word.isalpha():
        return False
    return not lowercase().isdisjoint({word.lower(), word.lower().rstrip("s")})


def _in_capitals(span: Span) -> bool:
    """Headlines in capitals ('THE MAN WHO ...') are no place to read acronyms from."""
    words = [token for token in span.sent if token.is_alpha and len(token) > 1]
    return sum(token.is_upper for token in words) * 2 > len(words) > len(span)


def _complete(span: Span, function_words: frozenset[str]) -> Optional[Span]:
    """The whole name where the model stops short: at a hyphen the tokenizer split ('SNC' of
    'SNC-Lavalin'), before a number that belongs to the name ('UFCW Local' of 'UFCW Local 832'), or
    at a function word ('City of' before 'Surrey'); None for a fragment with nothing to complete it."""
    doc = span.doc
    end = span.end
    while True:
        if end + 1 < len(doc) and doc[end].text == "-" and _glued(doc[end - 1], doc[end + 1]):
            end += 2
        elif end < len(doc) and _name_number(doc[end], end):
            end += 1
        elif end > span.start and doc[end - 1].lower_ in function_words and end < len(doc) and _name_word(doc[end]):
            while end < len(doc) and _name_word(doc[end]):
                end += 1
        else:
            break
    if end > span.start and doc[end - 1].lower_ in function_words:
        return None
    return doc[span.start : end]


def _glued(before: Token, after: Token) -> bool:
    """Two words joined by a hyphen with no space on either side; a lowercase word after it makes a compound
    adjective of the name ('a Democratic Party-controlled House'), not a longer name."""
    return not before.whitespace_ and not before.nbor().whitespace_ and after.is_alpha and not after.is_lower


def _name_number(token: Token, end: int) -> bool:
    """A number modifying the name's last word ('UFCW Local 832'), not a count, a score or a year after it."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    closes = after is None or (after.pos_ not in {"NOUN", "NUM", "PROPN"} and after.text != "-")
    in_name = token.head.i == end - 1 and token.head.is_title and _names_before(token.head)
    return token.is_digit and token.dep_ == "nummod" and in_name and closes


def _names_before(head: Token) -> bool:
    """A name word before the numbered word: 'UFCW Local 832', not a lone 'Middlesex 199' in a score."""
    return head.i > 0 and head.doc[head.i - 1].pos_ == "PROPN" and not head.doc[head.i - 1].is_space


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _candidate(span: Span, kind: Optional[str] = None, key: Optional[str] = None) -> Candidate:
    return Candidate(span.start, span.end, clean_spaces(span.text), span.start_char, span.end_char, kind, key)


def _without_article(norm: str) -> str:
    return norm[4:] if norm.startswith("the ") else norm


def _before_bracket(span: Span) -> Span:
    """'Ministry of Trade, Industry and Energy (MOTIE': the model runs a name into the acronym that follows it
    in brackets; the acronym is a mention of its own, linked to the name."""
    for token in span[1:]:
        if token.text == "(":
            return span.doc[span.start : token.i]
    return span


def _unit(span: Span) -> bool:
    """One word that follows a number it counts wherever the article uses it: a unit or a time zone."""
    if len(span) != 1 or not span.start or not _counted_by(span.doc[span.start - 1], span[0]):
        return False
    uses = [token for token in span.doc if token.text == span.text]
    return all(token.i > 0 and _counted_by(token.doc[token.i - 1], token) for token in uses)


def _counted_by(number: Token, word: Token) -> bool:
    return any(char.isdigit() for char in number.text) and (number.head == word or number.dep_ == "nummod")


def _title_run(doc: Doc, start: int) -> Optional[Span]:
    """Capitalised words from ``start``, with lowercase joiners between them ('Pirates of the Caribbean')."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in TITLE_JOINERS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
        end += 1
    return doc[start:end] if end > start and doc[start].text[:1].isupper() else None


def _place_spans(doc: Doc) -> dict[int, tuple[int, str, Optional[str]]]:
    """The article's place mentions by the token after them: (first token, how it was found, country code)."""
    spans: dict[int, tuple[int, str, Optional[str]]] = {}
    for place in resolved(doc, "places"):
        for item in place.get("mentions", ()):
            span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            if span is not None:
                spans[span.end] = (span.start, item.get("via", "name"), place.get("country_code"))
    return spans


@Language.factory(
    "extractor_organizations",
    default_config={"words": DATA},
    requires=["doc.ents", "token.ent_type", "token.ent_iob", "token.tag", "token.dep", "token.head",
              "doc._.entity_proposals"],
    assigns=["doc._.entity_proposals"],
)
def make_organizations(nlp: Language, name: str, words: str) -> OrganizationFinder:
    """``words``: the organization word lists and known names, a file in ``extractor/data`` or a path."""
    return OrganizationFinder(nlp, read_data(words))
