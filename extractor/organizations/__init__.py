"""Organizations: the model's ORG entities plus curated media outlets and well-known acronyms, each body
merged into one record under its fullest name with the article's other names for it as aliases.

The model's tag is checked against evidence: a name's head (Act, Championships vs Ministry, Party), the number
before a unit, a work noun before a film's title. Bodies it leaves untagged are added from the sentence: a
place's police or government, a party named by its members, a capital standing for its government.

The package, by the order a name passes through it:

- ``teams``: the teams of sports results lines and the clubs named for their towns (left for the resolver),
  and the players of scorers lines;
- ``recognise``: which of the model's ORG entities are bodies and where their names end (in a sentence in
  capitals only on evidence);
- ``works``: titles of works the article marks as such (neither organizations nor people);
- ``untagged``: bodies the model leaves untagged (media, known names, governments, police, parties);
- ``acronyms``: acronyms the text defines, linked to their long form;
- ``products``: names that are a maker's products ('its Xbox consoles'), left out;
- ``merge``: mentions of one body grouped; ``records``: each group's name, aliases, mentions and type;
- ``component``: the spaCy component that runs them; ``lexicon`` and ``candidates``: the word lists and the
  shape every stage passes on.
"""

from __future__ import annotations

from .component import OrganizationFinder, make_organizations

__all__ = ["OrganizationFinder", "make_organizations"]
