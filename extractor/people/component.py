"""The spaCy component ``extractor_people``: runs the stages in order and proposes the article's people to
the entity resolver.

The factory name and the ``extractor.people:make_people`` entry point stay as they were.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc

from ..doc_utils import COLUMNS, SavesData, columns, read_data, word_ids, words_at
from ..entities import NOT_PEOPLE, covered_tokens
from ..resolve import place_and_demonym_tokens, proposals, resolved
from .described import described_roles
from .filters import no_person, shortens_a_thing, unevidenced
from .given_names import described_people, given_name_people
from .lexicon import COMMON_WORDS, COMPANIES, DATA, DEMONYMS, FIRST_NAMES, PERSON_NOUNS, PeopleLexicon
from .merge import group_names, record
from .names import byline_tokens, find_names
from .plurals import PluralNouns
from .roles import appositions, copular_roles, predicates, share_coordinated_roles
from .surnames import later_mentions, propose_surnames
from .titles import courtesy_titled, title


class PeopleFinder(SavesData):
    """Built once per pipeline: the word lists from the data files, which save with the pipeline."""

    def __init__(self, data: dict[str, Any], first_names: dict[str, Any], demonyms: dict[str, Any],
                 common_words: dict[str, Any], person_nouns: dict[str, Any], companies: dict[str, Any],
                 plurals: PluralNouns) -> None:
        self.data = {DATA: data, FIRST_NAMES: first_names, DEMONYMS: demonyms, COMMON_WORDS: common_words,
                     PERSON_NOUNS: person_nouns, COMPANIES: companies}
        self.plurals = plurals
        self.build()

    def build(self) -> None:
        self.lexicon = PeopleLexicon(self.data[DATA], self.data[FIRST_NAMES], self.data[DEMONYMS],
                                     self.data[COMMON_WORDS], self.data[PERSON_NOUNS], self.data[COMPANIES],
                                     self.plurals)

    def __call__(self, doc: Doc) -> Doc:
        proposals(doc).people = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """Names outside the places and the organizations proposed; the surnames they give let the resolver
        hand it the organizations the model tagged by a surname, and later mentions are sought outside the
        organizations left. The one-word names and the article's lowercase words are left for the resolver,
        which drops a one-word name the article uses otherwise (``resolve.rules.words_used_otherwise_are_not_people``)."""
        lexicon = self.lexicon
        table = columns(doc)  # the words the rules start from, read once (organizations read them too)
        orth, lower = table[:, COLUMNS.index(ORTH)], table[:, COLUMNS.index(LOWER)]
        places, demonyms = place_and_demonym_tokens(doc)
        proposed = covered_tokens(doc, proposals(doc).organizations)
        byline = byline_tokens(doc, lexicon, lower)
        names = find_names(doc, lexicon, places | proposed, demonyms, places, byline, orth)
        names = given_name_people(doc, lexicon, names, places, byline, orth)
        names = described_people(doc, lexicon, names, places | byline, lower)
        propose_surnames(doc, names)
        organizations = resolved(doc, "organizations", with_unsupported=True)
        # a nationality is no later mention of a name ending in it ('Thai' of 'Krung Thai')
        names = later_mentions(doc, lexicon, names, places | demonyms | covered_tokens(doc, organizations), orth,
                               organizations)
        name_tokens = {i for name in names for i in range(name.start, name.end)}
        # a titled name's run of title words stops at another person's surname too, however the model tags it
        # there ('Trump and Chinese leader Xi Jinping' beside 'President Donald Trump')
        surnames = word_ids(doc[name.end - 1].text for name in names if name.end - name.start > 1)
        title_bounds = name_tokens | set(words_at(orth, surnames))
        for name in names:
            span = doc[name.start : name.end]
            titled = title(span, lexicon, title_bounds)
            name.titled = titled[0]
            roles = (titled, *appositions(span, lexicon), *predicates(span, lexicon))
            for role, plural in roles:
                if role:
                    name.roles.append(role)
                    if plural:
                        name.shared.append(role)
        copular_roles(doc, lexicon, names)
        share_coordinated_roles(doc, names, lexicon)
        found = proposals(doc)
        # a one-word name after a title only a person takes is a person however else the article uses the word
        # ('Mr. Trump' beside 'the Trump administration'): the resolver's rule for one-word names leaves it alone
        found.one_word_names = {name.start_char for name in names
                                if len(name.words) == 1 and not courtesy_titled(doc, name.start, lexicon)}
        if found.one_word_names:  # the resolver reads the common words only for one-word names
            found.common_words = _common_words(doc, orth, table[:, COLUMNS.index(IS_LOWER)])
        kept, things = [], []
        groups = group_names(names, lexicon.short_forms)
        dropped = [group for group in groups if no_person(doc, group, lexicon)]
        for group in groups:
            if any(group is other for other in dropped) or shortens_a_thing(doc, group, dropped, lexicon):
                things.extend([name.start_char, name.end_char] for name in group)
            else:
                kept.append((group, record(doc, group)))
        if things:  # what the quotes' pronouns must not mean (lists: user_data is serialized with msgpack)
            doc.user_data[NOT_PEOPLE] = things
        records = [found for _, found in kept]
        described_roles(doc, lexicon, records, lower)
        return [found for group, found in kept if found["roles"] or not unevidenced(doc, group, lexicon)]


def _common_words(doc: Doc, orth: numpy.ndarray, is_lower: numpy.ndarray) -> set[str]:
    """The article's words in lowercase other than proper nouns, capitalised as a one-word name is written."""
    common, strings = set(orth[(is_lower == 1) & (doc.to_array(POS) != PROPN)].tolist()), doc.vocab.strings
    return {strings[word].capitalize() for word in common}


@Language.factory(
    "extractor_people",
    default_config={"words": DATA, "first_names": FIRST_NAMES, "demonyms": DEMONYMS, "common_words": COMMON_WORDS,
                    "person_nouns": PERSON_NOUNS, "companies": COMPANIES},
    requires=["doc.ents", "token.ent_type", "token.ent_iob", "token.tag", "token.dep", "token.head",
              "token.lemma", "doc._.entity_proposals"],
    assigns=["doc._.entity_proposals"],
)
def make_people(nlp: Language, name: str, words: str, first_names: str, demonyms: str,
                common_words: str, person_nouns: str, companies: str) -> PeopleFinder:
    """``words``, ``first_names``, ``demonyms``, ``common_words``, ``person_nouns`` and ``companies``: the role and
    name word lists, the first names, the nationality words, the words English writes in lowercase, WordNet's nouns
    for people and the listed companies' names, each a file in ``extractor/data`` or a path; the pipeline's
    lemmatizer tells a common noun's plural ending a name ('Apple Watches')."""
    return PeopleFinder(read_data(words), read_data(first_names), read_data(demonyms), read_data(common_words),
                        read_data(person_nouns), read_data(companies), PluralNouns(nlp))
