"""The organization component's word lists, known names and matchers (``extractor/data/organizations.json``),
built once per pipeline: every rule reads its words from here."""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..entities import role_words
from ..entities import normalise
from ..doc_utils import word_ids
from .reading import id_set

DATA = "organizations.json"
COMPANIES = "organizations_companies.json"
FIRST_NAMES = "people_first_names.json"


class OrganizationLexicon:
    """The matchers and lookup tables from the data file."""

    def __init__(self, vocab: Vocab, tokenizer: Tokenizer, data: dict[str, Any], companies: dict[str, Any],
                 first_names: dict[str, Any]) -> None:
        # Media outlets, known names and parties, each under its label: one walk of the article finds them all.
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self.matcher.add("media", list(tokenizer.pipe(data["media"])))
        self.known: dict[str, tuple[str, str]] = {}
        for acronym, entry in data["known"].items():
            key = normalise(entry["name"])
            self.known[normalise(acronym)] = (key, entry["type"])
            self.known[key] = (key, entry["type"])
        forms = list(data["known"]) + [entry["name"] for entry in data["known"].values()]
        # A short name and the full names it stands for, all under one key for the merge; none is matched.
        self.short_keys = {normalise(name): normalise(short) for short, names in data["short_names"].items()
                           for name in [short, *names]}
        self.matcher.add("known", list(tokenizer.pipe(forms)))
        # Each type phrase with the first type it hints at: the first type in the table whose phrase a name holds wins.
        self.type_kinds = [kind for kind, _ in data["types"]]
        self.type_phrases: dict[tuple[str, ...], int] = {}
        for index, (_, words) in enumerate(data["types"]):
            for word in words:
                self.type_phrases.setdefault(tuple(word.lower().split()), index)
        self.type_phrase_sizes = sorted({len(phrase) for phrase in self.type_phrases})
        # A name's words are looked up from where a type phrase may start only.
        self.type_phrase_starts = frozenset(phrase[0] for phrase in self.type_phrases)
        # One word that says what kind of body a name is ('corp', 'bank', 'ministry', 'treasury').
        self.head_types = frozenset(phrase[0] for phrase in self.type_phrases if len(phrase) == 1)
        self.head_type_ids = id_set(self.head_types)
        self.central_banks = frozenset(normalise(name) for name in data["central_banks"])
        self.national_banks = frozenset(tuple(normalise(name).split()) for name in data["national_banks"])
        self.legislatures = frozenset(tuple(normalise(name).split()) for name in data["legislatures"])
        self.committee_words = frozenset(word.lower() for word in data["committee_words"])
        self.sport_body_words = frozenset(word.lower() for word in data["sport_body_words"])
        self.intergovernmental_openings = frozenset(word.lower() for word in data["intergovernmental"]["openings"])
        self.intergovernmental_heads = frozenset(word.lower() for word in data["intergovernmental"]["heads"])
        self.trade_members = frozenset(word.lower() for word in data["trade_members"])
        self.music_act_nouns = frozenset(data["music_acts"]["nouns"])
        self.music_genre_nouns = frozenset(data["music_acts"]["genre_nouns"])
        self.music_genres = frozenset(data["music_acts"]["genres"])
        self.inverted_heads = {head.lower() for head in data["inverted_heads"]}
        self.alone_heads = frozenset(data["alone_heads"])
        self.function_words = frozenset(data["function_words"])
        self.function_word_ids = id_set(self.function_words)  # the lists' words as ids, tested in the token columns
        self.not_organizations = frozenset(data["not_organizations"])
        self.institutions = frozenset(normalise(name) for name in data["institutions"])
        self.not_body_heads = frozenset(word.lower() for word in data["not_body_heads"])
        self.of_heads = frozenset(data["of_heads"])
        self.of_head_ids = id_set(self.of_heads)
        self.for_heads = self.of_heads | frozenset(data["for_heads"])
        self.service_words = frozenset(data["service_words"])
        self.service_ids = word_ids(self.service_words)
        self.venue_endings = frozenset(tuple(ending.lower().split()) for ending in data["venue_endings"])
        self.street_words = frozenset(word.lower() for word in data["street_words"])
        self.building_heads = frozenset(data["buildings"]["heads"])
        self.building_endings = frozenset(tuple(ending.split()) for ending in data["buildings"]["endings"])
        self.format_nouns = frozenset(data["format_nouns"])
        self.legal_forms = frozenset(data["legal_forms"])
        self.seated_legal_forms = frozenset(data["seated_legal_forms"])
        self.post_nominals = frozenset(data["post_nominals"])
        self.ticker_cues = frozenset(data["ticker_cues"])
        self.not_name_endings = frozenset(data["not_name_endings"])
        self.name_particles = frozenset(data["name_particles"])
        self.name_particle_ids = word_ids(self.name_particles)
        self.stage_words = frozenset(data["stage_words"])
        competitions = data["competitions"]
        self.competition_heads = frozenset(competitions["heads"])
        self.competition_nouns = frozenset(competitions["nouns"])
        self.competition_cues = frozenset(competitions["before"])
        self.competition_body_nouns = frozenset(competitions["body_nouns"])
        self.work_nouns = frozenset(data["work_nouns"])
        self.award_nouns = frozenset(data["award_nouns"])
        self.work_cues = frozenset(tuple(cue) for cue in data["work_cues"])
        # A work noun in the plural ('films', 'comedies', 'series') and what gives examples after it ('such as').
        self.work_plurals = frozenset(_plural(noun) for noun in self.work_nouns)
        self.example_cues = _by_first_word(data["example_cues"])
        self.title_verbs = frozenset(data["title_verbs"])
        self.performer_nouns = frozenset(data["performer_nouns"])
        self.programme_noun_ids = word_ids(data["programme_nouns"])
        self.unit_words = frozenset(normalise(word) for word in data["unit_words"])
        self.unit_nouns = frozenset(data["unit_nouns"])
        # A unit's noun and 'of' before its parent's name ('a unit of Rhone-Poulenc'), which few articles write.
        self.unit_of = re.compile(r"(?:" + "|".join(re.escape(noun) for noun in self.unit_nouns) + r")\s+of\s+")
        self.media_type = self.type_kinds.index("media")
        # Credits after a title ('starring', 'directed by') and cues before a character a title is played in
        # ('role as', 'playing').
        self.credits = _by_first_word(data["credits"])
        self.character_cues = frozenset(tuple(cue) for cue in data["character_cues"])
        self.product_nouns = _by_first_word(phrase.split() for phrase in data["product_nouns"])
        self.title_product_nouns = frozenset(data["title_product_nouns"])
        uses = data["product_uses"]
        self.product_units = frozenset(uses["units"])
        self.product_generations = frozenset(uses["generations"])
        self.devices = _by_first_word(phrase.split() for phrase in uses["devices"])
        events = data["events"]
        self.event_nouns = frozenset(events["nouns"])
        self.fair_nouns = frozenset(tuple(phrase) for phrase in events["fair_nouns"])
        self.event_verbs = frozenset(tuple(phrase) for phrase in events["verbs"])
        self.event_head_ids = word_ids(events["heads"])
        # The same as ids, compared with the token columns (``Reading.lowers``).
        self.event_noun_ids = id_set(self.event_nouns)
        self.fair_noun_ids = frozenset(tuple(map(get_string_id, phrase)) for phrase in self.fair_nouns)
        self.event_verb_ids = frozenset(tuple(map(get_string_id, phrase)) for phrase in self.event_verbs)
        self.person_posts = frozenset(data["person_posts"])
        self.naming_verbs = frozenset(data["named_things"]["verbs"])
        self.named_body_nouns = frozenset(data["named_things"]["body_nouns"])
        self.thing_nouns = frozenset(data["named_things"]["thing_nouns"])
        indexes = data["stock_indexes"]
        self.index_names = frozenset(indexes["names"])
        self.index_words = _by_first_word(indexes["after"])
        self.index_moves = frozenset(indexes["moves"])
        self.index_units = frozenset(indexes["units"])
        currencies = data["currencies"]
        self.currency_names = frozenset(normalise(name) for name in currencies["names"])
        self.currency_word_ids = word_ids(currencies["words"])
        # A work noun, in the plural too, a cue's last word ('in'), a title verb, a performer noun or credits: where
        # ``work_titles`` looks.
        self.work_word_ids = word_ids([*self.work_nouns, *self.work_plurals, *(cue[1] for cue in self.work_cues),
                                       *self.title_verbs, *self.performer_nouns, *self.credits])
        support = data["support"]
        self.body_words = frozenset(support["body_words"])
        self.defined_heads = frozenset(support["defined_heads"])
        self.kind_nouns = frozenset(support["kind_nouns"])
        self.kind_noun_ids = id_set(self.kind_nouns)
        self.part_nouns = frozenset(support["part_nouns"])
        self.after_nouns = frozenset(support["after_nouns"])
        self.acting_verbs = frozenset(support["acting_verbs"])
        self.object_acting_verbs = frozenset(support["object_acting_verbs"])
        self.dealing_verbs = frozenset(support["dealing_verbs"])
        self.joined_verbs = frozenset(support["joined_verbs"])
        self.credited_nouns = frozenset(support["credited_nouns"])
        self.agent_exempt_verbs = frozenset(support["agent_exempt_verbs"])
        # Listed companies: a name in capitals as written ('CTS', not the wire's 'CTs' for cents), else in any case.
        self.company_capitals = frozenset(name for name in companies["companies"] if name.isupper())
        self.companies = frozenset(normalise(name) for name in companies["companies"] if not name.isupper())
        self.first_names = frozenset(first_names["first_names"])
        self.institution_heads = role_words("institution_heads")
        # The words a listed company's longer name may add and still be its name ('Siemens AG', 'BT Group').
        self.company_words = frozenset(normalise(word) for kind, words in data["types"] if kind == "company"
                                       for word in words if " " not in word)
        self.trade_terms = frozenset(data["trade_terms"])
        self.partnership_endings = frozenset(data["partnership_endings"])
        self.partnership_ending_ids = id_set(self.partnership_endings)
        # What may end a firm's name, with which its initials may or may not be spelled.
        self.firm_endings = self.partnership_endings | self.legal_forms
        self.firm_short_form_endings = frozenset(data["firm_short_form_endings"])
        self.firm_short_form_ending_ids = id_set(self.firm_short_form_endings)
        self.partner_tails = frozenset(data["partner_tails"])
        self.spelled_bodies = frozenset(data["spelled_bodies"])
        # The heads of departments named for their briefs ('Department for Work and Pensions').
        self.department_ids = word_ids(data["department_heads"])
        self.portfolios = frozenset(data["portfolios"])
        self.cabinet_heads = frozenset(data["cabinet_heads"])
        self.party_forms: dict[str, tuple[str, bool]] = {}
        for party, forms in data["parties"].items():
            self.party_forms.update({member: (party, False) for member in forms["members"]})
            self.party_forms.update({adjective: (party, True) for adjective in forms["adjectives"]})
        self.party_keys = {normalise(form): normalise(party) for form, (party, minor) in self.party_forms.items()
                           if not minor}
        self.matcher.add("party", list(tokenizer.pipe(self.party_forms)))
        self.member_nouns = frozenset(data["member_nouns"])
        self.party_name_words = frozenset(data["party_name_words"])
        self.governing_nouns: dict[str, str] = data["governing_nouns"]
        self.governing_ids = word_ids(self.governing_nouns)
        self.club_words = frozenset(data["club_words"])
        self.match_verbs = frozenset(data["match_verbs"])
        self.match_prepositions = frozenset(data["match_prepositions"])
        self.contest_verbs = frozenset(data["contest_verbs"])
        self.sport_verbs = frozenset(data["sport_verbs"])
        self.sport_prepositions = frozenset(data["sport_prepositions"])
        self.sport_word_ids = word_ids(data["sport_words"])
        self.national_regions = frozenset(data["national_regions"])
        self.club_ids = word_ids(self.club_words)
        # Each stage that starts from certain words, with the words (LOWER ids; a word an ORTH column is compared
        # with, in lowercase): an article holding none of a stage's words gives it nothing to find, and the
        # component does not run it (``Reading.wakes``). 'generation' is ``products._measured``'s. A rule such a
        # stage gains that starts from other words adds them here, or the stage never sees the articles it needs.
        self.stage_triggers = {stage: id_set(word.lower() for word in words) for stage, words in (
            ("events", [*self.event_nouns, *(phrase[0] for phrase in self.fair_nouns),
                        *(phrase[0] for phrase in self.event_verbs), *events["heads"]]),
            ("competitions", self.competition_heads),
            ("products", self.product_nouns),
            ("named_things", [*self.naming_verbs, *self.thing_nouns]),
            ("product_uses", [*self.product_units, *self.devices, "generation"]),
            ("firm_short_forms", self.firm_short_form_endings),
            ("currencies", [name.split()[-1] for name in currencies["names"]]),
        )}
        self.title_words = role_words("role_words")
        self.title_heads = role_words("role_heads")
        self.honorifics = role_words("honorifics")
        self.honorific_ids = id_set(self.honorifics)

    def listed(self, name: str) -> bool:
        """Whether the name, without a leading 'the', is a listed company's."""
        name = name[4:] if name[:4].lower() == "the " else name
        return name in self.company_capitals or normalise(name) in self.companies

    def matches(self, doc: Doc) -> dict[str, list[Span]]:
        """The media outlets, known names and parties the article names, by label, in the matcher's order."""
        found: dict[str, list[Span]] = {"media": [], "known": [], "party": []}
        for span in self.matcher(doc, as_spans=True):
            found[span.label_].append(span)
        return found


def _plural(noun: str) -> str:
    """'films', 'comedies'; 'series' stays."""
    if noun.endswith("s"):
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def _by_first_word(phrases: Iterable[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    """Each phrase under its first word ('operating system' under 'operating'), where a text is looked up."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        found.setdefault(words[0], []).append(tuple(words))
    return found
