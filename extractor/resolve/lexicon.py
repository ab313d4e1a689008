"""The word lists the cross-type rules read: nationality words and the forms of party names.

The ``extractor_entities`` component builds them from the files its config names and installs them, one set per
process, because organizations and people consult the rules (through ``resolved``) before the resolver itself
runs: each article's proposals carry the set installed when the first component proposed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ..doc_utils import read_data

DEMONYMS = "places_demonyms.json"
GROUP_WORDS = "people_group_words.json"
ORGANIZATIONS = "organizations.json"


@dataclass(frozen=True)
class ResolverWords:
    """The words a mention made only of is no person or no organization."""

    # Demonyms, their plurals and the nouns for peoples ('Welsh', 'Africans', 'Britons').
    nationalities: frozenset[str]
    # Every form of a party in the organizations' party table ('Lib Dems', 'Lib Dem', 'Tories'), and the one-word names
    # of the parties it lacks ('Labour').
    parties: frozenset[str]
    # Prizes and their ceremonies ('Oscar', 'Golden Globes'), and the last words of a prize's name ('Awards').
    awards: frozenset[str] = frozenset()
    award_heads: frozenset[str] = frozenset()
    # The words of a name that say which part of a country's state a body is ('Interior Ministry').
    state_words: frozenset[str] = frozenset()
    # The state words that only qualify a head after them ('Air' of 'Air Force'): no state body's name ends in one.
    state_modifiers: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, demonyms: dict[str, Any], group_words: dict[str, Any],
                  organizations: dict[str, Any]) -> "ResolverWords":
        """From the contents of the demonyms, the people group words and the organizations' word lists."""
        adjectives = [word for word in demonyms if " " not in word]
        nationalities = frozenset([*adjectives, *(f"{word}s" for word in adjectives), *group_words["peoples"]])
        parties = frozenset(word for party, forms in organizations["parties"].items()
                            for word in (party, *forms["members"], *forms["adjectives"])) \
            | frozenset(group_words.get("parties", ()))
        return cls(nationalities, parties, frozenset(group_words.get("awards", ())),
                   frozenset(group_words.get("award_heads", ())), frozenset(organizations.get("state_words", ())),
                   frozenset(organizations.get("state_modifiers", ())))


_installed: Optional[ResolverWords] = None


def install(words: ResolverWords) -> None:
    """Make ``words`` the set the rules read for articles proposed from now on."""
    global _installed
    _installed = words


def installed() -> ResolverWords:
    """The set an entity resolver installed, else the package's lists."""
    global _installed
    if _installed is None:
        _installed = ResolverWords.from_data(read_data(DEMONYMS), read_data(GROUP_WORDS), read_data(ORGANIZATIONS))
    return _installed
