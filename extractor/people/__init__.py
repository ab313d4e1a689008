"""People: the model's PERSON entities grown to full names, surname-only mentions merged into the full
name, and roles read from titles, appositions and a following 'He is the ...' sentence.

The package, by the order a name passes through it:

- ``names``: the model's PERSON entities cleaned and grown to full names, none in a byline;
- ``given_names``: people the model tags otherwise or leaves untagged, by a common given name;
- ``surnames``: the forms people are mentioned by again, proposed to the resolver and sought in the text;
- ``titles`` and ``roles``: roles from the title before a name and from the clauses around it;
- ``filters``: names that are no person of the story (a brand, a character played);
- ``merge``: one record per person; ``described``: roles from a later description ('the actress');
- ``component``: the spaCy component that runs them; ``lexicon`` and ``tokens``: the word lists and what
  one token is to a name.
"""

from __future__ import annotations

from .component import PeopleFinder, make_people
from .names import NameMention

__all__ = ["NameMention", "PeopleFinder", "make_people"]
