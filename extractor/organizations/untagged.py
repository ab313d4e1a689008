"""Bodies the model leaves untagged, added from the sentence: curated media outlets and known names, a place's
police or government, a capital standing for its government, a party named by its members."""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..places import capital_governments, fold, gazetteer
from ..resolve import resolved
from ..doc_utils import sentence_bounds, word_ids, words_at
from ..entities import normalise
from .candidates import Candidate, candidate_of
from .lexicon import OrganizationLexicon
from .reading import Reading

# The model's tags on a party's adjective ('Democratic lawmakers') and on its members' plural, which it also tags a
# person's name ('the Lib Dems'), though no plural names a person.
GROUP_LABELS = frozenset({"NORP", "ORG", ""})
MEMBERS_LABELS = GROUP_LABELS | {"PERSON"}


def add_matches(
    reading: Reading, candidates: list[Candidate], spans: Iterable[Span], kind: Optional[str], places: set[int]
) -> None:
    """Add matched names the model missed; a match inside a model entity only tells that entity's type, and a model
    entity inside a longer outlet's name is that outlet ('The Mail' of 'The Mail on Sunday', whose 'Sunday' the
    model tags a date)."""
    taken = {i: candidate for candidate in candidates for i in range(candidate.start, candidate.end)}
    for span in filter_spans(spans):
        if any(i in places for i in range(span.start, span.end)) or _in_capitals(span, reading):
            continue
        overlapping = {id(taken[i]): taken[i] for i in range(span.start, span.end) if i in taken}
        if kind == "media" and overlapping and all(span.start <= candidate.start and candidate.end <= span.end
                                                   and candidate.end - candidate.start < len(span)
                                                   for candidate in overlapping.values()):
            inside = [id(candidate) for candidate in overlapping.values()]
            candidates[:] = [candidate for candidate in candidates if id(candidate) not in inside]
            overlapping = {}
        if not overlapping:
            candidates.append(candidate_of(span, kind))
            taken.update({i: candidates[-1] for i in range(span.start, span.end)})
            continue
        for candidate in overlapping.values():  # not a piece of the match ('the Sunday' of 'the Sunday Times Mr')
            if kind and candidate.start == span.start and candidate.end >= span.end and candidate.type is None:
                candidate.type = kind


def add_governments(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate],
                    teams: list[Span]) -> frozenset[str]:
    """Bodies the model leaves untagged: a place's police, a place's, a people's or a leader's government
    ('Forest Hill police', 'the Afghan government', 'the Biden administration'), and a capital standing for
    its government ('Seoul expects'), unless the article has it play as one of ``teams``: a club at every
    mention ('scored for Ottawa' beside 'Ottawa held on to beat Detroit'). A country's governments are one body,
    under the key of its code. Returns the leaders named by one word ('Trump' of 'the Trump administration'): the
    person, whom the word names elsewhere too, not the short form of the government."""
    doc = reading.doc
    found: list[Candidate] = []
    leaders: set[str] = set()
    nouns = [i for i in reading.indices(lexicon.governing_ids) if i > 0]
    place_spans = _place_spans(doc) if nouns else {}
    for token in (doc[i] for i in nouns):
        kind = lexicon.governing_nouns[token.text]
        modifier = _governing_modifier(doc, token, kind, place_spans)
        if modifier is not None:
            start, country = modifier
            found.append(candidate_of(doc[start : token.i + 1], kind, f"government:{country}" if country else None))
            if start == token.i - 1 and doc[start].ent_type_ == "PERSON":
                leaders.add(doc[start].text)
    playing = {team.text for team in teams}
    found += [candidate_of(span, "government", f"government:{country}") for span, country in capital_governments(doc)
              if span.text not in playing]
    for new in found:
        inside = [old for old in candidates if old.start < new.end and new.start < old.end]
        if all(new.start <= old.start and old.end <= new.end for old in inside):
            candidates[:] = [old for old in candidates if old not in inside] + [new]
    return frozenset(leaders)


def _governing_modifier(
    doc: Doc, noun: Token, kind: str, place_spans: dict[int, tuple[int, str, Optional[str]]]
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


def add_firm_short_forms(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate],
                         places: set[int]) -> None:
    """A firm named with its legal form ('Zapata Corp', the wire's '<Gregg River Co>') is named again by the rest
    of its name, which the model often leaves untagged ('Zapata said', 'plan to buy 150,000 tonnes of Gregg River
    coal'): those uses are its mentions, with its type. Only a use no other name or place takes in, untagged or
    tagged exactly as another kind of entity (``_mistagged``), outside a line in capitals, and standing alone: no
    capitalised word or number right after it, which makes it part of a longer name ('its Fluor Daniel unit', 'the
    148 Unocal 76 Auto/TruckStops'), nor before it ('the Sunday Telegraph'). A rest of one word is a name only where
    the article never writes it in lowercase, it is no common short word ('We' of 'The We Company') and no given
    name."""
    doc, spaces = reading.doc, reading.spaces
    rests: dict[tuple[int, ...], Candidate] = {}
    for candidate in candidates:
        last = candidate.end - 1  # its last word, told from the token columns before its words are read
        while last >= candidate.start and spaces[last]:
            last -= 1
        if last < candidate.start or reading.orths[last] not in lexicon.firm_short_form_ending_ids:
            continue
        words = [token for token in doc[candidate.start : candidate.end] if not token.is_space]
        if len(words) < 2 or words[-1].text not in lexicon.firm_short_form_endings:
            continue
        rest = words[:-1][:-1] if words[-2].text == "," else words[:-1]
        if rest and all(token.text[0].isupper() for token in rest) and (len(rest) > 1 or _a_name_alone(
                rest[0], reading, lexicon)):
            rests.setdefault(tuple(token.orth for token in rest), candidate)
    if not rests:
        return
    taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
    strings = doc.vocab.strings
    surnames: Optional[set[str]] = None
    for i in words_at(reading.orth, word_ids(strings[rest[0]] for rest in rests)):
        for rest, firm in rests.items():
            end = _words_end(reading, i, rest)
            if end is None or any(j in taken or j in places for j in range(i, end)):
                continue
            if doc[i].ent_type:
                if surnames is None:
                    surnames = {entity[-1].text for entity in reading.entities
                                if entity.label_ == "PERSON" and len(entity) > 1}
                if not _mistagged(doc, i, end, surnames, lexicon):
                    continue
            span = doc[i:end]
            if _stands_alone(doc, i, end) and not _in_capitals(span, reading):
                candidates.append(candidate_of(span, firm.type))
                taken.update(range(i, end))
                break


def _mistagged(doc: Doc, start: int, end: int, surnames: set[str], lexicon: OrganizationLexicon) -> bool:
    """Whether the model tags the firm's short name as one entity of another kind, exactly ('Zapata said' a
    person, 'the outstanding capital stock of Sealy' a place, 'Ivaco earlier reported' a nationality), which no
    other component took up: not as a body (the organization rules read that tag), and not as a person whose
    surname the article gives a fuller name to ('Johnson' beside 'Gerald Johnson') or who has a given name: a firm
    named for its founder leaves him his name ('Charles Schwab announced' beside 'Charles Schwab Corp')."""
    entity = doc[start].ent_type_
    return entity != "ORG" and doc[start].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I") \
        and all(doc[i].ent_iob_ == "I" for i in range(start + 1, end)) \
        and not (entity == "PERSON" and (doc[start:end].text in surnames or doc[start].text in lexicon.first_names))


def _a_name_alone(token: Token, reading: Reading, lexicon: OrganizationLexicon) -> bool:
    return len(token) > 2 and token.is_alpha and not token.is_stop and token.lower not in reading.lowercase_ids \
        and token.text not in lexicon.first_names


def _words_end(reading: Reading, start: int, words: tuple[int, ...]) -> Optional[int]:
    """The end of ``words`` (ORTH ids) written from ``start``, over a wire's line breaks between them, or None;
    read from the token columns (``Reading.spaces``, ``orths``)."""
    at, spaces, orths = start, reading.spaces, reading.orths
    for word in words:
        while at < len(orths) and spaces[at] and at > start:
            at += 1
        if at >= len(orths) or orths[at] != word:
            return None
        at += 1
    return at


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word or number right after the name, and no capitalised word but an article's 'The' right
    before it, within its sentence: either makes it part of a longer name."""
    after = next((token for token in doc[end : end + 3] if not token.is_space), None)
    if after is not None and not after.is_sent_start and (after.is_title or after.is_upper or after.like_num):
        return False
    before = next((doc[i] for i in range(start - 1, max(start - 4, -1), -1) if not doc[i].is_space), None)
    return before is None or doc[start].is_sent_start or not (before.is_title or before.is_upper) \
        or before.lower_ == "the"


def add_departments(reading: Reading, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> None:
    """A department named for its brief that the model leaves untagged, before a post in it most often ('A
    Department for Work and Pensions spokeswoman confirmed'): its capitalised head, 'for' or 'of', and capitalised
    words joined by commas and 'and' ('Culture, Media and Sport'), outside any entity."""
    doc = reading.doc
    taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
    for i in reading.indices(lexicon.department_ids):
        if i + 2 >= len(doc) or doc[i].ent_iob_ != "O" or doc[i + 1].lower_ not in ("for", "of") or i in taken:
            continue
        end = _brief_end(doc, i + 2)
        if end > i + 2 and taken.isdisjoint(range(i, end)) and all(token.ent_iob_ == "O" for token in doc[i:end]):
            candidates.append(candidate_of(doc[i:end]))
            taken.update(range(i, end))


def _brief_end(doc: Doc, at: int) -> int:
    """Where capitalised words from ``at`` end, with more after a comma, 'and' or '&' ('Work and Pensions')."""
    end = at
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == at or end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&", ","):
        return end
    more = _brief_end(doc, end + 1)
    return more if more > end + 1 else end


def add_parties(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate], spans: Iterable[Span]) -> None:
    """Parties named by their members or by the adjective ('accused the Democrats', 'Democratic lawmakers',
    'Tory leader Michael Howard'), under the key of the party's full name; ``spans``: the party forms the
    lexicon's matcher found."""
    taken = {i for candidate in candidates for i in range(candidate.start, candidate.end)}
    for span in spans:
        party, adjective = lexicon.party_forms[span.text]
        if taken.intersection(range(span.start, span.end)) or not _party_mention(span, lexicon, adjective):
            continue
        before = _word_before(span)
        if not adjective and before is not None and before.text in lexicon.party_name_words \
                and before.i not in taken:
            candidates.append(candidate_of(span.doc[before.i : span.end], "party"))  # 'Christian Democrats'
            continue
        candidates.append(candidate_of(span, "party", normalise(party)))
        # An adjective, or a members' plural as long as the party's name ('Lib Dems' of 'Liberal Democrats'), is
        # no name for the party where the article gives another.
        candidates[-1].minor = adjective or len(span) >= len(party.split())


def _word_before(span: Span) -> Optional[Token]:
    """The word before a span, over a wire's line break ('the Christian\nDemocrats')."""
    at = span.start - 1
    if at >= 0 and span.doc[at].is_space:
        at -= 1
    return span.doc[at] if at >= 0 else None


def _party_mention(span: Span, lexicon: OrganizationLexicon, adjective: bool) -> bool:
    """Tagged a group (the members' plural also tagged a person, which no plural names: 'the Lib Dems were the
    third party'), not part of another party's name ('Liberal Democrats', 'Christian Democratic Union'; a
    house of the legislature before it is fine: 'Senate Republicans'; a party's name word makes the name of
    another party: 'Christian Democrats', ``party_name_words``), and an adjective only before one of its
    members ('Democratic rival', not 'Democratic Republic of Congo' or 'democratic reform')."""
    doc = span.doc
    if any(token.ent_type_ not in (GROUP_LABELS if adjective else MEMBERS_LABELS) for token in span):
        return False
    if not adjective and span[-1].ent_type_ == "":
        return False
    before = _word_before(span)
    if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start \
            and normalise(before.text) not in lexicon.institutions \
            and (adjective or before.text not in lexicon.party_name_words):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return not adjective or (after is not None and after.text in lexicon.member_nouns)


def _in_capitals(span: Span, reading: Reading) -> bool:
    """Headlines in capitals ('THE MAN WHO ...') are no place to read acronyms from. The sentence's words are read
    from the token columns (``Reading.alphas``, ``lengths``, ``orths``: a word is in capitals when its text is)."""
    alphas, lengths, orths = reading.alphas, reading.lengths, reading.orths
    words = [i for i in range(*sentence_bounds(span.doc, span.start)) if alphas[i] and lengths[i] > 1]
    strings = span.doc.vocab.strings
    return sum(strings[orths[i]].isupper() for i in words) * 2 > len(words) > len(span)


def _place_spans(doc: Doc) -> dict[int, tuple[int, str, Optional[str]]]:
    """The article's place mentions by the token after them: (first token, how it was found, country code)."""
    spans: dict[int, tuple[int, str, Optional[str]]] = {}
    for place in resolved(doc, "places"):
        for item in place.get("mentions", ()):
            span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            if span is not None:
                spans[span.end] = (span.start, item.get("via", "name"), place.get("country_code"))
    return spans
