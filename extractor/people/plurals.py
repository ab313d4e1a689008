"""Whether a capitalised word is a common noun's plural ('Watches', 'Falls', 'Works'), read from the model's own
noun lemmatizer: the tagger calls such a word in a name a proper noun, whose lemma is the word itself, so the
plural a name ends in ('Apple Watches', 'Corning Glass Works', 'Sioux Falls') is found by lemmatizing it as a noun.
Most surnames are no common noun's plural ('Kenteris', 'Jones'); some are ('Woods', 'Banks'), which a given name, a
role or what the person does keeps a person's."""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language


class PluralNouns:
    """Asks the pipeline's rule lemmatizer; without one, no word is read as a plural. The tables are read at the
    first ask, once the pipeline is loaded, and not pickled."""

    def __init__(self, nlp: Optional[Language]) -> None:
        self.lemmatizer = nlp.get_pipe("lemmatizer") if nlp is not None and nlp.has_pipe("lemmatizer") else None
        self._tables: Optional[tuple[frozenset[str], dict[str, Any], list[list[str]]]] = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_tables": None}

    def __call__(self, word: str) -> bool:
        """Whether the word, in lowercase, is the plural of a noun the lemmatizer's index holds ('watches' of
        'watch', 'cellars'), or one of its irregular plurals."""
        tables = self._read()
        if tables is None or not word.isalpha():
            return False
        nouns, exceptions, rules = tables
        lower = word.lower()
        if lower in exceptions:
            return any(lemma != lower for lemma in exceptions[lower])
        return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in nouns for old, new in rules
                   if old != new)

    def _read(self) -> Optional[tuple[frozenset[str], dict[str, Any], list[list[str]]]]:
        if self._tables is None and self.lemmatizer is not None:
            lookups = getattr(self.lemmatizer, "lookups", None)
            if lookups is None or not lookups.has_table("lemma_index"):
                return None
            nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
            exceptions = dict(lookups.get_table("lemma_exc").get("noun", {})) if lookups.has_table("lemma_exc") else {}
            rules = list(lookups.get_table("lemma_rules").get("noun", ())) if lookups.has_table("lemma_rules") else []
            if nouns and rules:
                self._tables = (nouns, exceptions, rules)
        return self._tables
