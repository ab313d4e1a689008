"""What a group of mentions of one body becomes: its name (the fullest, not an acronym), the other names as
aliases, its mentions and its type."""

from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Doc

from ..doc_utils import mention
from ..entities import normalise, without_article
from .candidates import Candidate, is_acronym
from .lexicon import OrganizationLexicon
from .support import example_cue


def record(doc: Doc, lexicon: OrganizationLexicon, group: list[Candidate]) -> dict[str, Any]:
    """The body's record; the name is chosen among its mentions' names only where there are several (most bodies
    are named once: no mention's words are counted for them)."""
    name = group[0].text if len(group) == 1 else max(group, key=lambda c: (
        not c.minor, not is_acronym(c.text), _content_words(c, lexicon), -c.start, len(c.text))).text
    aliases: list[str] = []
    for candidate in group:
        if candidate.text != name and candidate.text not in aliases:
            aliases.append(candidate.text)
    mentions = []
    seen: set[int] = set()
    for candidate in group:
        if candidate.start_char not in seen:
            seen.add(candidate.start_char)
            mentions.append(mention(doc, candidate.start_char, candidate.end_char, candidate.written))
    kind = _type(name, lexicon, group)
    if kind is not None and any(_a_music_act(doc, lexicon, candidate) for candidate in group):
        kind = None
    return {"name": name, "aliases": aliases, "type": kind, "mentions": mentions}


def _a_music_act(doc: Doc, lexicon: OrganizationLexicon, candidate: Candidate) -> bool:
    """A band or a music group, whose name may hold a party's or a police's word or be a known body's ('rock band
    Bloc Party', 'London indie group Bloc Party', 'supported bands including The Libertines, Interpol'): right after
    a band's noun, after a group's noun with a music genre before it (not 'the group Independent News'), or an
    example of bands."""
    at = candidate.start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1  # 'the band Keane'
    if at >= 0 and (doc[at].lower_ in lexicon.music_act_nouns or doc[at].lower_ in lexicon.music_genre_nouns
                    and at > 0 and doc[at - 1].lower_ in lexicon.music_genres):
        return True
    cue = example_cue(doc[candidate.start : candidate.end])  # the parser may hang it from the verb: the word before
    return cue is not None and (cue.head.lower_ in lexicon.music_act_nouns or cue.i > 0
                                and doc[cue.i - 1].lower_ in lexicon.music_act_nouns)


def _content_words(candidate: Candidate, lexicon: OrganizationLexicon) -> int:
    return sum(1 for word in candidate.text.split() if word.lower() not in lexicon.function_words)


def _type(name: str, lexicon: OrganizationLexicon, group: list[Candidate]) -> Optional[str]:
    """A hint from the media list wins, then the known-acronym table, a central bank's own name, a body of states
    ('International Energy Agency') and a legislature's committee (whose other words may be a court's or a party's:
    'Senate Judiciary Committee'), then head words of the names, which make no sports body government
    ('International Cricket Council') and a trade body an ngo ('National Pork Producers Council')."""
    for candidate in group:
        if candidate.type:
            return candidate.type
    for candidate in group:
        if candidate.norm in lexicon.known:
            return lexicon.known[candidate.norm][1]
    if any(without_article(candidate.norm) in lexicon.central_banks for candidate in group):
        return "government"
    words = without_article(normalise(name)).split()
    if words and words[0] in lexicon.intergovernmental_openings and words[-1] in lexicon.intergovernmental_heads \
            and lexicon.sport_body_words.isdisjoint(words):
        return "international"
    if _a_commercial_national_bank(words, lexicon):
        return "company"
    if lexicon.committee_words.intersection(words) and any(tuple(words[:size]) in lexicon.legislatures
                                                           for size in (1, 2)):
        return "government"
    names = [name.lower().split()] + [c.text.lower().split() for c in group if c.text != name]
    hinted = [hint for words in names for hint in _hints(words, lexicon)]
    first = min(hinted, default=len(lexicon.type_kinds))
    kind = lexicon.type_kinds[first] if first < len(lexicon.type_kinds) else None
    if kind == "government" and not lexicon.trade_members.isdisjoint(words):
        return "ngo"
    return None if kind == "government" and not lexicon.sport_body_words.isdisjoint(words) else kind


def _hints(words: list[str], lexicon: OrganizationLexicon) -> list[int]:
    """The kinds (indexes into ``lexicon.type_kinds``) the type phrases in a name's words give, the words after 'for'
    left out where a phrase starts before it: a body for a subject is of its head's kind ('Institute for the Study of
    Labour' is no party, 'Institute for Applied Radio System Technology' no broadcaster), while a body 'of' its
    members may be of theirs ('Association of Chief Police Officers')."""
    starts, sizes, none = lexicon.type_phrase_starts, lexicon.type_phrase_sizes, len(lexicon.type_kinds)
    hints = [(i, lexicon.type_phrases.get(tuple(words[i : i + size]), none))
             for i, word in enumerate(words) if word in starts for size in sizes if i + size <= len(words)]
    if "for" in words[1:]:
        subject = words.index("for", 1)
        if any(i < subject and kind < none for i, kind in hints):
            return [kind for i, kind in hints if i < subject]
    return [kind for _, kind in hints]


def _a_commercial_national_bank(words: list[str], lexicon: OrganizationLexicon) -> bool:
    """A 'National Bank' with any other word, a country's too ('National Bank of Kuwait', 'Philippine National Bank',
    'First National Bank of Chicago'): commercial banks share the words of the central banks' names, which
    ``central_banks`` lists whole ('Swiss National Bank', 'National Bank of Hungary'); alone it is the country's
    ("Poland's National Bank")."""
    for phrase in lexicon.national_banks:
        size = len(phrase)
        for at in range(len(words) - size + 1):
            if tuple(words[at : at + size]) == phrase:
                rest = words[:at] + words[at + size :]
                rest = rest[1:] if rest[:1] == ["of"] and at == 0 else rest
                return bool(rest)
    return False
