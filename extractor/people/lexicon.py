"""The people component's word lists (``extractor/data/people.json``, the first names, the common words, WordNet's
nouns for people, the listed companies and the demonyms), built once per pipeline, with the tag sets the rules
share: every rule reads its words from here."""

from __future__ import annotations

import re
from typing import Any, Callable

from spacy.tokens import Token

from ..entities import role_words
from ..doc_utils import word_ids
from ..quotes import QuoteWords
from .tokens import hyphen_piece

DATA = "people.json"
# Common given names (built from US SSA baby names by benchmarks/build_first_names.py).
FIRST_NAMES = "people_first_names.json"
# Words English writes in lowercase, and which of them are common surnames (built by
# benchmarks/build_common_words.py from spaCy's word probabilities).
COMMON_WORDS = "people_common_words.json"
# Nouns for people and for groups (built by benchmarks/build_person_nouns.py from WordNet): roles, and what a list
# of people may follow; no evidence of a person.
PERSON_NOUNS = "people_person_nouns.json"
# The listed companies' names (built by benchmarks/build_company_names.py), which the organizations read too.
COMPANIES = "organizations_companies.json"
# The places component's demonyms: a nationality before a name is no part of it ('Kenyan Alice Timbilil').
DEMONYMS = "places_demonyms.json"
LEADING_NOT_ROLE = frozenset({"det", "predet", "case", "nummod"})
# Modifiers of a role noun before a name ('park ranger Jamie Brown', 'Best actress winner Imelda Staunton').
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
ROLE_MODIFIER_POS = frozenset({"NOUN"})
# Subjects of a verb that are the person named: the name itself, or 'who' of a relative clause on it.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Clauses on an object that tell of the thing, not of the person ('led the research published in ...').
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})


class PeopleLexicon:
    """The word lists as sets, and what a word is to a role: a title word, a role noun, a modifier of one."""

    def __init__(self, data: dict[str, Any], first_names: dict[str, Any], demonyms: dict[str, Any],
                 common_words: dict[str, Any], person_nouns: dict[str, Any], companies: dict[str, Any],
                 plural_noun: Callable[[str], bool] = lambda word: False) -> None:
        self.plural_noun = plural_noun  # whether a word is a common noun's plural ('Watches')
        self.role_words = role_words("role_words")
        self.role_heads = role_words("role_heads") | frozenset(word.lower() for word in data["description_heads"])
        self.person_led_nouns = frozenset(data["person_led_nouns"])
        self.relational_endings = tuple(data["relational_adjective_endings"])
        self.honorifics = frozenset(word.lower() for word in data["honorifics"])
        self.person_only_honorifics = frozenset(data["person_only_honorifics"])
        self.joiners = frozenset(data["chain_joiners"])
        self.pronouns = frozenset(data["pronouns"])
        self.name_like_titles = frozenset(word.lower() for word in data["name_like_titles"])
        self.institution_heads = frozenset(data["institution_heads"])
        self.institution_openers = frozenset(data["institution_openers"])
        self.institution_common_heads = frozenset(data["institution_common_heads"])
        # a name right before a legal form, the wire's ticker or 'and Co' ('Canon Inc <CANN.T>', 'J.P. Morgan and Co
        # Inc'), wherever the article has it (the lookahead for a mark's first letter fails most words before the
        # forms are tried one by one: the pattern is matched after every word of the article,
        # ``filters._words_before_company_marks``); a bracketed branch or region may stand between the name and its
        # legal form ('Jardine Fleming (Securities) Ltd', 'Hoare Govett (Far East) Ltd')
        forms = "|".join(re.escape(form) for form in sorted(data["company_legal_forms"], key=len, reverse=True))
        firsts = "".join(sorted({re.escape(form[0]) for form in data["company_legal_forms"]} | {"<", "a", "&"}))
        branch = r"(?:\([A-Z][A-Za-z.& ]{0,24}\)[ \t]*\n?[ \t]*)?"
        self.company_mark = re.compile(rf"[ \t]*\n?[ \t]*(?=[{firsts}(]){branch}(?:(?:{forms})(?![\w.])|<[A-Z]"
                                       rf"|(?:and|&)[ \t]*\n?[ \t]*Cos?\b\.?(?![\w-]))")
        self.product_line_words = frozenset(data["product_line_words"])
        self.work_nouns = frozenset(data["work_nouns"])
        self.work_roles = frozenset(data["work_roles"])
        self.character_cues = frozenset(tuple(cue) for cue in data["character_cues"])
        self.band_nouns = frozenset(data["band_nouns"])
        self.band_roles = frozenset(data["band_roles"])
        self.not_name_openers = frozenset(data["not_name_openers"])
        self.nationalities = frozenset(word.lower() for word in [*demonyms, *data["demonym_nouns"]] if " " not in word)
        self.party_words = frozenset(data["party_words"])
        self.describing_adjectives = frozenset(data["describing_adjectives"])
        self.first_names = frozenset(first_names["first_names"])
        self.first_name_ids = word_ids(self.first_names)
        self.first_name_id_set = frozenset(self.first_name_ids.tolist())
        self.common_words = frozenset(common_words["words"])
        self.common_surnames = frozenset(common_words["surnames"])
        self.companies = frozenset(companies["companies"])
        # the nouns a list of people may follow ('artists including', 'politicians such as', 'a panel of judges')
        self.kinds_of_people = frozenset(person_nouns["kinds"])
        # WordNet's nouns for people, less those that describe a firm as readily ('its adviser', 'a supplier') or
        # name no role ('a man')
        self.role_nouns = frozenset(person_nouns["nouns"]) - frozenset(data["firm_roles"]) \
            - frozenset(data["bodies_described_so"]) - frozenset(data["organization_nouns"]) \
            - frozenset(data["plain_person_nouns"])
        self.quote_words = QuoteWords.load()
        self.described_again = {noun: frozenset(kind) for noun, kind in data["described_again"].items()}
        self.described_again_ids = word_ids(self.described_again)
        self.deed_agents = dict(data["deed_agents"])
        self.deed_offices = frozenset(data["deed_offices"])
        self.deed_named = frozenset(data["deed_named"])
        self.deed_phrases = frozenset(data["deed_phrases"])
        self.creator_verbs = frozenset(data["creator_verbs"])
        self.speech_verbs = frozenset(data["speech_verbs"])
        openers = "|".join(r"\s+".join(map(re.escape, opener.split())) for opener in data["byline_openers"])
        self.organization_nouns = frozenset(data["organization_nouns"])
        self.naming_verbs = frozenset(data["naming_verbs"])
        self.person_nouns = frozenset(data["person_nouns"])
        self.brand_name_phrases = frozenset(data["brand_name_phrases"])
        # the callings that describe only a person ('design engineer', 'R&B star'), not a company or a team too
        self.person_callings = frozenset(word.lower() for word in data["description_heads"]) \
            - frozenset(data["bodies_described_so"])
        self.person_calling_ids = word_ids(self.person_callings)
        # role heads a firm holds too ('its adviser, Morgan Stanley,'), and the callings that describe bodies
        self.firm_roles = frozenset(data["firm_roles"]) | frozenset(data["bodies_described_so"])
        self.officer_roles = frozenset(data["officer_roles"])
        self.currency_words = frozenset(data["currency_words"])
        self.relation_nouns = frozenset(data["relation_nouns"])
        self.short_forms = {short: frozenset(full) for short, full in data["given_name_short_forms"].items()}
        self.byline_first_word_ids = word_ids(opener.split()[0].lower() for opener in data["byline_openers"])
        self.byline = re.compile(rf"\s*[(\[]?\s*((?i:{openers}))\s*:?\s+[A-Z]")

    def is_title_word(self, token: Token) -> bool:
        return token.lower_ in self.role_words or token.lower_ in self.honorifics

    def is_role_head(self, token: Token) -> bool:
        """A noun a role is built on, also in the plural ('finance ministers', 'both professors at ...') and
        as the last part of a word the tokenizer split at its hyphen ('former England full-back Dusty Hare')."""
        return token.lower_ in self.role_heads or (
            token.tag_ in PLURAL_TAGS and token.lemma_.lower() in self.role_heads) or (
            hyphen_piece(token) and token.doc[token.i - 2 : token.i + 1].text.lower() in self.role_heads)

    def is_role_noun(self, token: Token) -> bool:
        """A noun a role is built on, or any other noun for a person ('PG&E's principal meteorologist', 'Wild goalie
        Alex Stalock'): it names the role of someone already known to be a person, and is no evidence of one."""
        if self.is_role_head(token):
            return True
        if token.pos_ != "NOUN" or not (token.is_lower or token.is_sent_start) or _glued_to_a_hyphen(token):
            return False  # a team's name ('Devils 1'), a prefix ('WorldCom's ex-head')
        return token.lower_ in self.role_nouns or token.tag_ in PLURAL_TAGS and token.lemma_.lower() in self.role_nouns

    def role_modifier(self, token: Token) -> bool:
        """A lowercase word modifying a role noun: a noun or adjective ('park', 'senior'), a role noun itself
        ('director husband'), the part of a hyphenated word after its hyphen ('Australian-born') or an adjective
        that says what field the role is in ('chief financial officer', 'BBC political editor'), not one that
        judges or dates it ('impressed manager', 'new manager')."""
        return token.is_lower and token.dep_ in ROLE_MODIFIER_DEPS and (
            token.pos_ in ROLE_MODIFIER_POS or hyphen_piece(token) or self.is_role_head(token)
            or token.pos_ == "ADJ" and token.lower_.endswith(self.relational_endings))


def _glued_to_a_hyphen(token: Token) -> bool:
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
