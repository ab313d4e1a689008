"""What the entity components propose for one article: their records, and the evidence for the cross-type
rules, each left by the component that found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ..doc_utils import ensure_extension
from .lexicon import ResolverWords, installed

ensure_extension("entity_proposals")


@dataclass
class Proposals:
    """One article's proposals, before the resolver decides between kinds."""

    places: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    # Character spans of the team names in results lines ('Lotte 6 Hyundai 2'), from organizations.
    teams: list[tuple[int, int]] = field(default_factory=list)
    # Character spans of the firms named for partners the model tagged apart, whose towns are partners, not
    # places ('Prescott, Ball and Turben Inc'), from organizations.
    firms: list[tuple[int, int]] = field(default_factory=list)
    # From places: where the names read as a small town with no qualifier start (character offsets), which a
    # company named for the town can claim ('Gillette' of 'Gillette Co').
    small_towns: set[int] = field(default_factory=set)
    # From places: the names the model tags that hold a demonym and a word heading an event's, an award's or a body's
    # name after it ('the Australian Open', 'the British Book Awards'), as character spans with their text.
    named_things: list[tuple[int, int, str]] = field(default_factory=list)
    # From organizations: the titles of works the article names ('his last album, Genius Loves Company.'), by
    # ``entities.title_key``, and the character spans where it names them so.
    titles: set[str] = field(default_factory=set)
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    # From organizations: the first mention's character offset of each proposed organization the article does
    # not support beyond the model's tag ('The Motorcycle Diaries', 'Macintosh'), which is none.
    unsupported: set[int] = field(default_factory=set)
    # From people: the surnames of people named in full ('Al-Kahlot' of 'Mustafa Al-Kahlot') and the first
    # word of two-word names, with the offset of the first such name ('Wang' of 'Wang Donghai').
    surnames: set[str] = field(default_factory=set)
    family_names: dict[str, int] = field(default_factory=dict)
    # From people: character spans of names that people take over the model's ORG tag: a common given name
    # with evidence of a role or a coordinated person ('Danish supermodel Helena Christensen'), or any name
    # right after the noun of a role ('design engineer Takuo Miyagishima').
    given_names: list[tuple[int, int]] = field(default_factory=list)
    # From people: where the names of one word start, and the article's lowercase words capitalised ('Coal'
    # of 'coal generation').
    one_word_names: set[int] = field(default_factory=set)
    common_words: set[str] = field(default_factory=set)
    # The word lists the rules read (``lexicon``).
    words: ResolverWords = field(default_factory=installed)


def proposals(doc: Doc) -> Proposals:
    """The article's proposals, created empty by the first component that proposes."""
    found = doc._.entity_proposals
    if found is None:
        found = doc._.entity_proposals = Proposals()
    return found
