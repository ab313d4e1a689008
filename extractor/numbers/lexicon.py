"""The word lists of ``data/numbers.json`` compiled once, shared read-only by every stage."""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.strings import get_string_id

from .tokens import BRACKETS, Phrases
from .units import UnitExpressions

# A figure's digits: grouped by commas ("1,234.5"), plain ("1234.5") or a bare decimal (".5").
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


# Which attribute holds which list of ``data/numbers.json``, by how a stage reads it: tables (word -> value) as
# they are, lists as sets, and multi-token lists as ``Phrases`` (those of ``_SPAN_PHRASES`` with tuple values).
_TABLES = (
    "cardinals", "scales", "suffix_scales", "letter_scales", "denominators", "rate_units", "age_decades",
    "one_idioms", "zero_idioms", "unit_ordinals", "range_openers", "comparator_verbs", "suffix_units",
)
_SETS = {
    "metre_or_million": "ambiguous_metre", "metre_words": "metre_words", "race_nouns": "race_nouns",
    "race_events": "race_events", "difference_words": "difference_words",
    "ordinal_denominators": "ordinal_denominators", "negators": "negators", "rate_words": "rate_words",
    "rate_blockers": "rate_blockers",
    "weight_or_money": "weight_or_money", "half_qualifiers": "half_qualifiers", "age_words": "age_words",
    "age_decade_modifiers": "age_decade_modifiers", "age_possessives": "age_possessives",
    "emergency_numbers": "emergency_numbers", "dialling_verbs": "dialling_verbs", "phone_nouns": "phone_nouns",
    "street_words": "street_words", "series_words": "series_words",
    "unit_making_words": "unit_making_words", "digit_denominators": "digit_denominators",
    "half_blockers": "half_blockers",
    "article_units": "article_units", "range_joiners": "range_joiners", "bound_joiners": "bound_joiners",
    "change_verbs": "change_verbs", "multipliers": "multiplier_nouns", "fraction_nouns": "fraction_nouns",
    "partitives": "partitive_nouns", "time_nouns": "time_nouns", "months": "months", "label_nouns": "label_nouns",
    "name_labels": "name_entity_labels", "date_labels": "date_entity_labels", "counted_pronouns": "counted_pronouns",
    "chart_places": "chart_places", "index_level_words": "index_level_words", "moment_nouns": "moment_nouns",
    "mark_nouns": "mark_nouns", "threshold_nouns": "threshold_nouns", "repeat_marks": "repeat_marks",
    "year_prepositions": "year_prepositions",
    "age_limit_verbs": "age_limit_verbs", "age_limit_prepositions": "age_limit_prepositions",
    "magnitude_words": "magnitude_words", "magnitude_scales": "magnitude_scales",
    "scaled_money_nouns": "scaled_money_nouns", "modifier_currencies": "modifier_currencies",
    "shared_currency_words": "shared_currency_words",
}
_PHRASES = (
    "ratio_words", "age_after", "qualifiers_before", "qualifiers_after", "percent", "currency_before", "units",
    "scaled_currencies",
)
_SPAN_PHRASES = {"vague": "vague", "subunits": "currency_subunits", "compound_subunits": "compound_subunits"}


class Lexicon:
    """Word lists, phrase tables and the digit-token pattern; built once per pipeline, never changed by a doc but
    for ``start_kinds``, what each text met so far can start (``phrases.start_tokens``)."""

    def __init__(self, data: dict[str, Any], unit_data: dict[str, Any]) -> None:
        self.expressions = UnitExpressions(unit_data)
        for name in _TABLES:
            setattr(self, name, data[name])
        for name, key in _SETS.items():
            setattr(self, name, set(data[key]))
        for name in _PHRASES:
            setattr(self, name, Phrases(data[name]))
        for name, key in _SPAN_PHRASES.items():
            setattr(self, name, Phrases({word: tuple(span) for word, span in data[key].items()}))
        self.fractions: dict[str, float] = data["fraction_words"]
        self.vulgar: dict[str, float] = data["vulgar_fractions"]
        self.index_names = Phrases(dict.fromkeys(data["index_names"], True))
        self.currency_after = Phrases(_with_adjectival_singulars(data["currency_after"]))
        self.cased_units: dict[str, str] = {k: v for k, v in data["cased_units"].items() if not k.startswith("_")}
        self.vague_needs_of = {key.replace(" ", "") for key in data["vague_needs_of"]}
        self.singular_counts = frozenset(data["singular_counts"])
        self.race_distances = {unit: frozenset(lengths) for unit, lengths in data["race_distances"].items()}
        one = data["determiner_one"]
        self.one_source_verbs, self.one_contrasts = frozenset(one["source_verbs"]), frozenset(one["contrasts"])
        self.one_before, self.one_modifiers = frozenset(one["before"]), frozenset(one["modifiers"])
        self.one_restrictors = frozenset(one["restrictors"])
        dollars = data["dollar_words"]
        self.bare_dollars, self.us_dollar_words = frozenset(dollars["bare"]), frozenset(dollars["us"])
        self.dollar_currencies = frozenset(
            [code for name, code in data["currency_after"].items() if code and name.split()[-1] in self.bare_dollars]
            + [code for name, code in data["currency_before"].items() if code and name.endswith("$")])
        self.vague_starts = {key.split()[0] for key in data["vague"]}
        self.large_scales = {word: scale for word, scale in self.scales.items() if scale >= 1_000_000}
        headers = data["table_headers"]
        scale_ids = _string_ids(set(headers["scales"]))  # a table header's scale words; with "per", a rate's
        self.table_headers = {**headers, "openers": set(headers["openers"]), "exceptions": set(headers["exceptions"]),
                              "rate_labels": set(headers["rate_labels"]),
                              "scale_ids": scale_ids, "header_ids": scale_ids | _string_ids({"per"})}
        rows = data["results_rows"]
        self.row_accounts, self.row_counts = set(rows["accounts"]), set(rows["counts"])
        self.row_counted = frozenset(rows["counted"])
        self.row_words = {*self.row_accounts, *self.row_counts, *rows["words"], "-"}
        # Words a number phrase may hold besides the number (a DATE entity made only of these is a misfire).
        phrase_words = [*data["qualifiers_before"], *data["range_openers"], *data["range_joiners"], "and a an point"]
        self.number_words = {*self.cardinals, *self.scales, *self.denominators, *self.negators}
        self.number_words.update(word for phrase in phrase_words for word in phrase.split())
        # Every word a number phrase can start with besides digits (``recognise.core_at``, ``phrases._percent_of``),
        # as the string ids a token's ``lower`` holds; and the first words of a percent word ("per cent").
        self.start_words = {*self.vague_starts, *self.vulgar, *self.age_decades, *self.cardinals, "a", "an",
                            *self.fractions, *self.percent.prefixes, *(f"{word}fold" for word in self.cardinals)}
        self.start_ids = _string_ids(self.start_words)
        self.percent_ids = _string_ids(self.percent.prefixes)
        # The words after "a" or "an" that let a reader start at the article ("a hundred", "a third", "a tonne");
        # "a few" and the other vague amounts are ``vague``'s prefixes.
        self.article_ids = _string_ids({"a", "an"})
        self.start_kinds: dict[int, int] = {}
        self.article_followers = {*self.scales, *self.denominators, *self.cardinals, *self.article_units}
        # The first words of a percent, currency, coin or unit after a number, or a bracket round a unit
        # (``measure.read_after`` looks the word after a number up here once, not in each table).
        self.after_starts = {*self.percent.prefixes, *self.currency_after.prefixes, *self.subunits.prefixes,
                             *self.units.prefixes, *self.scaled_currencies.prefixes, *BRACKETS}
        self.after_start_ids = _string_ids(self.after_starts)
        self.month_ids = _string_ids(self.months)  # asked of the words around every figure
        self._digit_pattern(data)

    def _digit_pattern(self, data: dict[str, Any]) -> None:
        """A number in digits with its glued sign, currency symbol, scale suffix or unit: "-$3.5bn", "20km", "100€"."""
        symbols = sorted((k for k in data["currency_before"] if not k.isalpha()), key=len, reverse=True)
        suffixes = sorted(self.suffix_scales, key=len, reverse=True)
        units = sorted(self.suffix_units, key=len, reverse=True)
        after_symbols = {k: v for k, v in data["currency_after"].items() if not re.fullmatch(r"[a-z. ]+", k)}
        self.digit_token = re.compile(
            rf"^(?P<sign>[-−])?(?P<cur>{'|'.join(map(re.escape, symbols))})?(?P<sign2>[-−])?(?P<num>{DIGITS})"
            rf"(?:(?P<suf>{'|'.join(suffixes)})|(?P<unit>{'|'.join(map(re.escape, units))})"
            rf"|(?P<post>{'|'.join(map(re.escape, after_symbols))}))?\.?$",
            re.IGNORECASE,
        )
        self.currency_symbols = {k: v for k, v in data["currency_before"].items() if k in symbols}
        self.currency_symbols_after = after_symbols

    def scale_of(self, text: str) -> Optional[float]:
        """The scale a number's text names, as a word ("3,061.8 billion francs") or a suffix ("$11.1bn"); a word
        that ends in no letter or stop can hold no suffix, and is not matched against ``digit_token``."""
        for word in text.split():
            scale = self.large_scales.get(word.lower())
            if scale is not None:
                return scale
            if not (word[-1].isalpha() or word[-1] == "."):
                continue
            match = self.digit_token.match(word)
            if match is not None and match.group("suf"):
                return self.suffix_scales[match.group("suf").lower()]
        return None


def _string_ids(words: set[str]) -> frozenset[int]:
    """The words' ids in any StringStore (a token's ``lower`` holds these)."""
    return frozenset(get_string_id(word) for word in words)


def _with_adjectival_singulars(names: dict[str, Any]) -> dict[str, Any]:
    """"a 25 mln Australian dlr bond", "a 10 mln Swiss franc loan": a named currency used as a modifier drops
    its plural, so every plural name of several words is also read in the singular."""
    singulars = {name[:-1]: code for name, code in names.items() if " " in name and name.endswith("s")}
    return {**singulars, **names}
