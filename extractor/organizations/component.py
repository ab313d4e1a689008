"""The spaCy component ``extractor_organizations``: runs the stages in order and proposes the article's
organizations to the entity resolver.

The factory name and the ``extractor.organizations:make_organizations`` entry point stay as they were.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_utils import SavesData, read_data
from ..entities import normalise, title_key, without_article
from ..resolve import place_tokens, proposals
from .acronyms import acronym_definitions
from .candidates import Candidate, is_acronym
from .competitions import competition_names
from .edges import with_rest_named_whole, with_spelled_starts
from .events import event_names
from .initials import common_initials, thing_initials
from .lexicon import COMPANIES, DATA, FIRST_NAMES, OrganizationLexicon
from .merge import merge
from .products import (a_stock_index, building_names, currency_names, may_use_products, named_things, product_names,
                       product_uses)
from .reading import Reading
from .recognise import entity_candidates, surnames
from .records import record
from .support import supported
from .teams import club_names, line_breaks, results_teams, sides_in_play
from .untagged import add_departments, add_firm_short_forms, add_governments, add_matches, add_parties
from .works import programme_titles, title_tails, work_titles
from .wire import marked_ticker, wire_marked_names


class OrganizationFinder(SavesData):
    """Built once per pipeline: the matchers and lookup tables from the data files, which save with the pipeline."""

    def __init__(self, nlp: Language, data: dict[str, Any], companies: dict[str, Any],
                 first_names: dict[str, Any]) -> None:
        self.vocab, self.tokenizer = nlp.vocab, nlp.tokenizer
        self.data = {DATA: data, COMPANIES: companies, FIRST_NAMES: first_names}
        self.build()

    def build(self) -> None:
        self.lexicon = OrganizationLexicon(self.vocab, self.tokenizer, self.data[DATA], self.data[COMPANIES],
                                           self.data[FIRST_NAMES])

    def __call__(self, doc: Doc) -> Doc:
        proposals(doc).organizations = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The article's organizations; the teams of results lines and the clubs named for their towns are
        left for the resolver, which gives their towns and names to them, so the places read here are the rest.
        The names the article does not support as bodies are proposed too, marked: the resolver leaves them out
        (``support``), and people are not sought inside names the model tagged as bodies. A stage that starts from
        certain words is run only where the article holds one (``OrganizationLexicon.stage_triggers``)."""
        lexicon, reading, found = self.lexicon, Reading(doc), proposals(doc)
        wakes = reading.wakes(lexicon.stage_triggers)
        breaks = line_breaks(reading)
        teams = results_teams(reading, breaks) + club_names(reading, lexicon) + sides_in_play(reading, lexicon)
        found.teams = [(team.start_char, team.end_char) for team in teams]
        places = place_tokens(doc)
        evident = teams + wire_marked_names(reading)  # names found by their own evidence
        candidates, firms = entity_candidates(reading, lexicon, places, evident, breaks)
        candidates = with_rest_named_whole(reading, with_spelled_starts(reading, candidates))
        found.firms = [(firm.start_char, firm.end_char) for firm in firms]
        leaders = add_governments(reading, lexicon, candidates, teams)
        matched = lexicon.matches(doc)
        add_matches(reading, candidates, matched["media"], "media", places)
        add_matches(reading, candidates, matched["known"], None, places)
        add_parties(doc, lexicon, candidates, matched["party"])
        add_departments(reading, lexicon, candidates)
        if "firm_short_forms" in wakes:
            add_firm_short_forms(reading, lexicon, candidates, places)
        candidates = [candidate for candidate in candidates
                      if not marked_ticker(reading, candidate) and not a_stock_index(doc, candidate, lexicon)]
        people = surnames(reading, lexicon, places) | leaders
        if people:
            sure = {(span.start, span.end) for span in evident}
            candidates = [candidate for candidate in candidates
                          if not _a_persons_surname(candidate, people, lexicon, sure)]
        links = acronym_definitions(reading, lexicon, candidates, places)
        titles = work_titles(reading, lexicon) + programme_titles(reading, lexicon, candidates, matched["media"])
        if titles:  # the resolver reads them for people too
            found.titles = {title_key(title.text) for title in titles}
            found.title_spans = [(title.start_char, title.end_char) for title in titles]
            candidates = [candidate for candidate in candidates if without_article(candidate.norm) not in found.titles]
        tails = title_tails(doc, lexicon, candidates)
        if tails:
            candidates = [candidate for candidate in candidates if candidate.norm not in tails]
        products = (product_names(reading, lexicon, candidates) if "products" in wakes else set()) \
            | (named_things(doc, lexicon, candidates) if "named_things" in wakes else set())
        products |= currency_names(reading, lexicon, candidates) if "currencies" in wakes else set()
        if products:
            candidates = [candidate for candidate in candidates if candidate.norm not in products]
        events = event_names(reading, lexicon, candidates) if "events" in wakes else set()
        if events:
            candidates = [candidate for candidate in candidates if candidate.norm not in events]
        competitions = competition_names(doc, lexicon, candidates) if "competitions" in wakes else set()
        if competitions:
            candidates = [candidate for candidate in candidates if candidate.norm not in competitions]
        # proposed, unsupported: their words name no person either
        used = product_uses(doc, lexicon, candidates) if may_use_products(reading.text, wakes) else set()
        used |= building_names(lexicon, candidates)
        candidates.sort(key=lambda candidate: candidate.start)
        groups = merge(doc, lexicon, candidates, links)
        records = [record(doc, lexicon, group) for group in groups]
        sure = {(span.start, span.end) for span in evident}
        initials = common_initials(reading, {c.text for c in candidates if is_acronym(c.text)}, places)
        common, defined = {normalise(name) for name in initials}, {acronym for _, acronym in links}
        defined |= thing_initials(reading, lexicon, [group for body, group in zip(records, groups) if not body["type"]])
        found.unsupported = {body["mentions"][0]["start"] for body, group, kept in
                             zip(records, groups, supported(doc, lexicon, groups, records, sure, common, defined))
                             if not kept or any(candidate.norm in used for candidate in group)}
        return records


def _a_persons_surname(candidate: Candidate, people: frozenset[str], lexicon: OrganizationLexicon,
                       sure: set[tuple[int, int]]) -> bool:
    """One word the model tags as a body that is the surname of a person the article names in full ('Volker'
    beside 'Kurt Volker', 'Trump' beside 'Donald Trump'), or a family name of several words after the given name
    ('El Guerrouj' beside 'Hicham El Guerrouj'): the person, not a short form of 'Trump administration', unless the
    word names a body on its own evidence: a known or listed name, a type, a team ('Mittal' of 'Mr Mittal's LNM
    Holdings' beside 'Lakshmi Mittal' is the man, not the short form of 'Mittal Steel')."""
    return candidate.text in people and candidate.type is None \
        and candidate.key is None and (candidate.start, candidate.end) not in sure \
        and candidate.norm not in lexicon.known and not lexicon.listed(candidate.text)


@Language.factory(
    "extractor_organizations",
    default_config={"words": DATA, "companies": COMPANIES, "first_names": FIRST_NAMES},
    requires=["doc.ents", "token.ent_type", "token.ent_iob", "token.tag", "token.dep", "token.head",
              "doc._.entity_proposals"],
    assigns=["doc._.entity_proposals"],
)
def make_organizations(nlp: Language, name: str, words: str, companies: str, first_names: str) -> OrganizationFinder:
    """``words``: the organization word lists and known names; ``companies``: the listed companies' names;
    ``first_names``: the given names (a person's name is no body an article cites); each a file in
    ``extractor/data`` or a path."""
    return OrganizationFinder(nlp, read_data(words), read_data(companies), read_data(first_names))
