"""The word lists of ``data/numbers.json`` compiled once, shared read-only by every stage."""

from __future__ import annotations

import re
from typing import Any, Optional

from .tokens import Phrases
from .units import UnitExpressions

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


class Lexicon:
    """Word lists, phrase tables and the digit-token pattern; built once per pipeline, never changed by a doc."""

    def __init__(self, data: dict[str, Any], unit_data: dict[str, Any]) -> None:
        self.expressions = UnitExpressions(unit_data)
        self.cardinals: dict[str, int] = data["cardinals"]
        self.scales: dict[str, float] = data["scales"]
        self.suffix_scales: dict[str, float] = data["suffix_scales"]
        self.letter_scales: dict[str, float] = data["letter_scales"]
        self.metre_or_million = set(data["ambiguous_metre"])
        self.metre_words = set(data["metre_words"])
        self.race_nouns = set(data["race_nouns"])
        self.fractions: dict[str, float] = data["fraction_words"]
        self.denominators: dict[str, int] = data["denominators"]
        self.ordinal_denominators = set(data["ordinal_denominators"])
        self.vulgar: dict[str, float] = data["vulgar_fractions"]
        self.negators = set(data["negators"])
        self.ratio_words = Phrases(data["ratio_words"])
        self.rate_words = set(data["rate_words"])
        self.rate_units: dict[str, str] = data["rate_units"]
        self.weight_or_money = set(data["weight_or_money"])
        self.half_qualifiers = set(data["half_qualifiers"])
        self.age_words = set(data["age_words"])
        self.age_after = Phrases(data["age_after"])
        self.age_decades: dict[str, list[int]] = data["age_decades"]
        self.age_decade_modifiers = set(data["age_decade_modifiers"])
        self.age_possessives = set(data["age_possessives"])
        self.index_names = Phrases(dict.fromkeys(data["index_names"], True))
        self.emergency_numbers = set(data["emergency_numbers"])
        self.dialling_verbs = set(data["dialling_verbs"])
        self.phone_nouns = set(data["phone_nouns"])
        self.street_words = set(data["street_words"])
        self.one_idioms: dict[str, list[str]] = data["one_idioms"]
        self.digit_denominators = set(data["digit_denominators"])
        self.unit_ordinals: dict[str, int] = data["unit_ordinals"]
        self.half_blockers = set(data["half_blockers"])
        self.article_units = set(data["article_units"])
        # Words a number phrase may hold besides the number (a DATE entity made only of these is a misfire).
        phrase_words = [*data["qualifiers_before"], *data["range_openers"], *data["range_joiners"], "and a an point"]
        self.number_words = {*self.cardinals, *self.scales, *self.denominators, *self.negators}
        self.number_words.update(word for phrase in phrase_words for word in phrase.split())
        self.vague = Phrases({key: tuple(span) for key, span in data["vague"].items()})
        self.vague_needs_of = {key.replace(" ", "") for key in data["vague_needs_of"]}
        self.qualifiers_before = Phrases(data["qualifiers_before"])
        self.qualifiers_after = Phrases(data["qualifiers_after"])
        self.range_openers: dict[str, str] = data["range_openers"]
        self.range_joiners = set(data["range_joiners"])
        self.comparator_verbs: dict[str, str] = data["comparator_verbs"]
        self.bound_joiners = set(data["bound_joiners"])
        self.change_verbs = set(data["change_verbs"])
        self.percent = Phrases(data["percent"])
        self.currency_before = Phrases(data["currency_before"])
        self.currency_after = Phrases(_with_adjectival_singulars(data["currency_after"]))
        self.units = Phrases(data["units"])
        self.subunits = Phrases({key: tuple(value) for key, value in data["currency_subunits"].items()})
        self.compound_subunits = Phrases({key: tuple(value) for key, value in data["compound_subunits"].items()})
        self.multipliers = set(data["multiplier_nouns"])
        self.fraction_nouns = set(data["fraction_nouns"])
        self.partitives = set(data["partitive_nouns"])
        self.time_nouns = set(data["time_nouns"])
        self.months = set(data["months"])
        self.label_nouns = set(data["label_nouns"])
        self.name_labels = set(data["name_entity_labels"])
        self.date_labels = set(data["date_entity_labels"])
        self.counted_pronouns = set(data["counted_pronouns"])
        symbols = sorted((k for k in data["currency_before"] if not k.isalpha()), key=len, reverse=True)
        suffixes = sorted(self.suffix_scales, key=len, reverse=True)
        self.suffix_units: dict[str, str] = data["suffix_units"]
        units = sorted(self.suffix_units, key=len, reverse=True)
        after_symbols = {k: v for k, v in data["currency_after"].items() if not re.fullmatch(r"[a-z. ]+", k)}
        self.digit_token = re.compile(
            rf"^(?P<sign>[-−])?(?P<cur>{'|'.join(map(re.escape, symbols))})?(?P<sign2>[-−])?(?P<num>{_DIGITS})"
            rf"(?:(?P<suf>{'|'.join(suffixes)})|(?P<unit>{'|'.join(map(re.escape, units))})"
            rf"|(?P<post>{'|'.join(map(re.escape, after_symbols))}))?\.?$",
            re.IGNORECASE,
        )
        self.currency_symbols = {k: v for k, v in data["currency_before"].items() if k in symbols}
        self.currency_symbols_after = after_symbols
        self.vague_starts = {key.split()[0] for key in data["vague"]}
        # Every word a number phrase can start with besides digits (``recognise.core_at``, ``phrases._percent_of``).
        self.start_words = {*self.vague_starts, *self.vulgar, *self.age_decades, *self.cardinals, "a", "an",
                            *self.fractions, *self.percent.prefixes}

    def scale_of(self, text: str) -> Optional[float]:
        """The scale a number's text names, as a word ("3,061.8 billion francs") or a suffix ("$11.1bn")."""
        for word in text.split():
            if word.lower() in self.scales and self.scales[word.lower()] >= 1_000_000:
                return self.scales[word.lower()]
            match = self.digit_token.match(word)
            if match is not None and match.group("suf"):
                return self.suffix_scales[match.group("suf").lower()]
        return None


def _with_adjectival_singulars(names: dict[str, Any]) -> dict[str, Any]:
    """"a 25 mln Australian dlr bond", "a 10 mln Swiss franc loan": a named currency used as a modifier drops
    its plural, so every plural name of several words is also read in the singular."""
    singulars = {name[:-1]: code for name, code in names.items() if " " in name and name.endswith("s")}
    return {**singulars, **names}
