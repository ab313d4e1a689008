"""The model's English lemmatizer, each token's lemma remembered by its word, part of speech and morphology.

spaCy's rule lemmatizer keeps a word's lemmas only past its base-form test, so every singular noun, base verb and
plain adjective of every article is read again (its morphology parsed into a dictionary, its part of speech
lowered) and every token is made a Python object to be asked and written: over wire copy that took 1.7% of the
bare model's time once its cache was warm. A lemma depends on nothing but the word, its part of speech and its
morphology (and the model's tables), so this one reads those for a whole article from one array, asks spaCy's
rules once per new combination, and writes the column back in one call: the same lemmas (the tests compare them
on real articles) at about 0.5% of the bare model's time. Asking spaCy's rules is slow too, the first time: each
form a rule makes is looked for in the part of speech's list of words (57,528 nouns) one by one, so a fresh
process spent some 7% of the bare model's time in the lemmatizer over its first 600 articles. The rules are asked
here over the same tables with those lists as sets: the same answers, each at once.

``build_pipeline`` swaps the model's own English ``lemmatizer`` for this one, under the same name, mode and tables;
a pipeline saved with it keeps it."""

from __future__ import annotations

from typing import Any, Callable, Optional

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Model

# Remembered lemmas are forgotten past this many (word, part of speech, morphology) keys: about 10 MB.
MEMO_SIZE = 65536


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's ``EnglishLemmatizer`` with the same modes, tables and lemmas, each remembered by the token's ORTH,
    POS and MORPH values."""

    def __init__(self, vocab: Vocab, model: Optional[Model], name: str = "lemmatizer", *, mode: str = "lookup",
                 overwrite: bool = False, scorer: Optional[Callable] = lemmatizer_score) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self._memo: dict[tuple[int, int, int], str] = {}
        self._rules: Optional[EnglishLemmatizer] = None
        self._rules_of: Optional[Lookups] = None  # the tables ``_rules`` was made from

    def from_disk(self, *args: Any, **kwargs: Any) -> "MemoLemmatizer":
        super().from_disk(*args, **kwargs)
        self._rules_of = None  # the tables are read into the same object
        return self

    def from_bytes(self, *args: Any, **kwargs: Any) -> "MemoLemmatizer":
        super().from_bytes(*args, **kwargs)
        self._rules_of = None
        return self

    def _asked(self) -> EnglishLemmatizer:
        """spaCy's lemmatizer over this one's tables, each part of speech's index of words a set; made again, and
        the lemmas remembered forgotten, whenever the tables change."""
        if self._rules is None or self._rules_of is not self.lookups:
            tables = Lookups()
            for name in self.lookups.tables:
                table = self.lookups.get_table(name)
                if name == "lemma_index":
                    table = Table(name, {pos: frozenset(words) for pos, words in table.items()})
                tables.set_table(name, table)
            self._rules = EnglishLemmatizer(self.vocab, None, mode=self.mode, overwrite=self.overwrite)
            self._rules.lookups, self._rules_of = tables, self.lookups
            self._memo.clear()
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            return self._lemmatized(doc)
        except Exception as error:
            error_handler(self.name, self, [doc], error)

    def _lemmatized(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        todo = range(len(doc)) if self.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        if not len(todo):
            return doc
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
        rows, strings, memo, rules = table.tolist(), doc.vocab.strings, self._memo, self._asked()
        ids: dict[str, int] = {}  # each lemma's string added once per doc, as ``Token.lemma_`` adds it
        for i in todo:
            key = tuple(rows[i][:3])
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = rules.lemmatize(doc[i])[0]
            found = ids.get(lemma)
            lemmas[i] = found if found is not None else ids.setdefault(lemma, strings.add(lemma))
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("extractor_lemmatizer", assigns=["token.lemma"], default_config={
    "model": None, "mode": "lookup", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    default_score_weights={"lemma_acc": 1.0})
def make_lemmatizer(nlp: Language, model: Optional[Model], name: str, mode: str, overwrite: bool,
                    scorer: Optional[Callable]) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def memo_lemmatizers(nlp: Language) -> None:
    """Put a ``MemoLemmatizer`` with the same name, mode and tables in place of each English lemmatizer of
    spaCy's own that runs (one the pipeline disables, or another language's, stays as it is)."""
    for name in list(nlp.pipe_names):
        stock = nlp.get_pipe(name)
        if nlp.get_pipe_meta(name).factory != "lemmatizer" or type(stock) is not EnglishLemmatizer:
            continue
        memo = nlp.replace_pipe(name, "extractor_lemmatizer", config={"mode": stock.mode,
                                                                      "overwrite": stock.overwrite})
        memo.lookups = stock.lookups
