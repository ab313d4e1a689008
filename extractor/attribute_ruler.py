"""The model's attribute ruler (a tag's part of speech and morphology, lemma and part-of-speech exceptions),
matched through an index of its patterns.

spaCy's Matcher tries every pattern at every token. The English pipelines' attribute ruler holds about 180
patterns of one or two words, so over wire copy it took about 15% of the bare model's time, as much as the
parser. Here each pattern is filed under a value one of its words must have (its tag, its
lowercase form), so a token meets only the patterns that can match it. The matches, and so every token's
attributes, are the Matcher's exactly (the tests compare them on real articles); a pattern the index cannot read
(an operator, an extension attribute, a morphology test) sends the whole ruler back to the Matcher.

``build_pipeline`` swaps the model's own ``attribute_ruler`` for this one, under the same name and with the
same patterns; a pipeline saved with it keeps it."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Optional

from spacy.attrs import (DEP, ENT_TYPE, IDS, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER,
                         LEMMA, LIKE_NUM, LOWER, NORM, ORTH, POS, PREFIX, SHAPE, SUFFIX, TAG)
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# The token attributes a pattern may test here, the most telling first: a pattern is filed under the first of
# them it requires a value (or one of a few values) of. Others send the ruler back to the Matcher.
STRING_ATTRS = (ORTH, LOWER, NORM, LEMMA, SHAPE, PREFIX, SUFFIX, TAG, POS, DEP, ENT_TYPE)
FLAG_ATTRS = (IS_SPACE, IS_PUNCT, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_UPPER, IS_TITLE, LIKE_NUM)
RANK = {attr: rank for rank, attr in enumerate(STRING_ATTRS + FLAG_ATTRS)}

# a test of one word: (attribute, kind, value), kind one of "==", "IN", "NOT_IN", "REGEX"
Test = tuple[int, str, Any]
MEMO_SIZE = 65536  # entries a memo (a regular expression's results, merged attributes) keeps; cleared past it


class Pattern:
    """One pattern of one of the ruler's entries: what a match of it reports, the word test it is filed under
    (None: tried at every token) and the tests left to check once that one has passed."""

    __slots__ = ("key", "match_id", "length", "filed", "tests")

    def __init__(self, key: int, match_id: int, words: list[list[Test]]) -> None:
        self.key, self.match_id, self.length = key, match_id, len(words)
        tests = [(offset, test) for offset, word in enumerate(words) for test in word]
        # a single value before a list of them, a list before a regular expression, then the most telling attribute
        filing = sorted((("==", "IN", "REGEX").index(test[1]), RANK[test[0]], n) for n, (_, test) in enumerate(tests)
                        if test[1] != "NOT_IN")
        self.filed: Optional[tuple[int, Test]] = tests[filing[0][2]] if filing else None
        self.tests = [(offset, attr, kind, value) for offset, (attr, kind, value) in tests
                      if (offset, (attr, kind, value)) != self.filed]

    def holds(self, columns: dict[int, list[int]], start: int, strings: Any) -> bool:
        """Whether every test left passes on the tokens from ``start``."""
        for offset, attr, kind, value in self.tests:
            found = columns[attr][start + offset]
            if kind == "==":
                passed = found == value
            elif kind == "IN":
                passed = found in value
            elif kind == "NOT_IN":
                passed = found not in value
            else:
                passed = value.search(strings[found]) is not None
            if not passed:
                return False
        return True


class Index:
    """The patterns filed under the values of the word test each is filed under, or under a regular expression
    whose result is kept for each value it has met; patterns with no such test are tried at every token, as
    the Matcher tries them all."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.attrs = sorted({attr for pattern in patterns for _, attr, _, _ in pattern.tests}
                            | {pattern.filed[1][0] for pattern in patterns if pattern.filed}, key=RANK.__getitem__)
        self.tables: dict[int, dict[int, list[tuple[Pattern, int]]]] = {}
        self.searched: list[tuple[Pattern, int, int, re.Pattern[str], dict[int, bool]]] = []
        self.everywhere: list[Pattern] = []
        for pattern in patterns:
            if pattern.filed is None:
                self.everywhere.append(pattern)
                continue
            offset, (attr, kind, value) = pattern.filed
            if kind == "REGEX":
                self.searched.append((pattern, offset, attr, value, {}))
                continue
            table = self.tables.setdefault(attr, {})
            for each in (value,) if kind == "==" else value:
                table.setdefault(each, []).append((pattern, offset))

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(entry, match_id, start, end)`` of every match, sorted, as ``AttributeRuler.match`` gives them."""
        size = len(doc)
        if not size or not self.attrs:
            return []
        array = doc.to_array(self.attrs).reshape(size, len(self.attrs))
        columns = {attr: array[:, j].tolist() for j, attr in enumerate(self.attrs)}
        strings = doc.vocab.strings
        found: set[tuple[int, int, int, int]] = set()
        for attr, table in self.tables.items():
            for position, value in enumerate(columns[attr]):
                filed = table.get(value)
                if filed is not None:
                    for pattern, offset in filed:
                        start = position - offset
                        if 0 <= start <= size - pattern.length and (
                                not pattern.tests or pattern.holds(columns, start, strings)):
                            found.add((pattern.key, pattern.match_id, start, start + pattern.length))
        for pattern, offset, attr, regex, memo in self.searched:
            if len(memo) > MEMO_SIZE:
                memo.clear()
            for position, value in enumerate(columns[attr]):
                passed = memo.get(value)
                if passed is None:
                    passed = memo[value] = regex.search(strings[value]) is not None
                start = position - offset
                if passed and 0 <= start <= size - pattern.length and pattern.holds(columns, start, strings):
                    found.add((pattern.key, pattern.match_id, start, start + pattern.length))
        for pattern in self.everywhere:
            found.update((pattern.key, pattern.match_id, start, start + pattern.length)
                         for start in range(size - pattern.length + 1) if pattern.holds(columns, start, strings))
        return sorted(found)


def _word_tests(spec: Any) -> Optional[list[Test]]:
    """The tests of one word of a Matcher pattern, or None when the index cannot read them."""
    if not isinstance(spec, dict) or not spec:
        return None
    tests: list[Test] = []
    for name, wanted in spec.items():
        attr = IDS.get("ORTH" if name == "TEXT" else name) if isinstance(name, str) else None
        if attr not in RANK:
            return None
        if isinstance(wanted, bool) or (attr in FLAG_ATTRS and isinstance(wanted, int)):
            tests.append((attr, "==", int(wanted)))
        elif isinstance(wanted, str) and attr in STRING_ATTRS:
            tests.append((attr, "==", get_string_id(wanted)))
        elif isinstance(wanted, dict) and len(wanted) == 1 and attr in STRING_ATTRS:
            ((kind, value),) = wanted.items()
            if kind in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
                tests.append((attr, kind, frozenset(map(get_string_id, value))))
            elif kind == "REGEX" and isinstance(value, str):
                tests.append((attr, kind, re.compile(value)))
            else:
                return None
        else:
            return None
    return tests


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with the same patterns, storage and output, matched through an ``Index``."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False,
                 scorer: Optional[Callable] = None) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._index: Optional[Index] = None
        self._indexed = False
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._indexed = False
        self._merged.clear()

    def clear(self) -> None:
        super().clear()
        self._indexed = False
        self._merged.clear()

    def _build(self) -> Optional[Index]:
        patterns = []
        for key in range(len(self.attrs)):
            match_id = self.vocab.strings.add(str(key))
            for words in self.matcher.get(match_id)[1]:
                tests = [_word_tests(spec) for spec in words]
                if not tests or any(test is None for test in tests):
                    return None
                patterns.append(Pattern(key, match_id, tests))
        return Index(patterns)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not self._indexed:
            self._index, self._indexed = self._build(), True
        if self._index is None:
            return super().match(doc)
        return self._index.matches(doc)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Each token's attributes set once, from the entries that match it merged in their order (a later
        entry's value wins, as when they are set one after another), rather than once a match."""
        targets: dict[int, list[int]] = {}
        for key, _, start, end in matches:
            index = self.indices[key]
            target = (start if index >= 0 else end) + index
            if not start <= target < end or "_" in self.attrs[key]:
                super().set_annotations(doc, matches)  # spaCy's own error, or extension values set one by one
                return
            targets.setdefault(target, []).append(key)
        if len(self._merged) > MEMO_SIZE:
            self._merged.clear()
        for target, keys in targets.items():
            merged = self._merged.get(tuple(keys))
            if merged is None:
                merged = self._merged[tuple(keys)] = {}
                for key in keys:
                    merged.update(self.attrs[key])
            set_token_attrs(doc[target], merged)


@Language.factory("extractor_attribute_ruler", default_config={
    "validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Optional[Callable]) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def index_attribute_rulers(nlp: Language) -> None:
    """Put an ``IndexedAttributeRuler`` with the same name and patterns in place of each of spaCy's own that
    runs (one the pipeline disables stays as it is, disabled)."""
    for name in list(nlp.pipe_names):
        if nlp.get_pipe_meta(name).factory == "attribute_ruler":
            patterns = nlp.get_pipe(name).patterns
            nlp.replace_pipe(name, "extractor_attribute_ruler").add_patterns(patterns)
