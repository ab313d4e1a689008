"""The Matcher patterns that find what the model's DATE and TIME entities miss, made cheap to run.

The patterns live in extractor/data/dates.json; this module expands their word-list placeholders and
runs the Matcher only over the stretches of a doc where one of them can match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import attrgetter
from typing import Any, Callable, Optional

import numpy as np
from spacy.attrs import ENT_TYPE, IDS, NORM, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .lexicon import lexicon


def _expand_all(patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Each pattern with its placeholders replaced (``_expand``), the word lists they name made once for all."""
    lists = _placeholder_lists()
    return [_expand(pattern, lists) for pattern in patterns]


def _placeholder_lists() -> dict[str, list[str]]:
    """The word lists a pattern's ``"@name"`` may name besides the lexicon's own."""
    lex = lexicon()
    return {
        "period_words": ["week", "weekend", "month", "year", "quarter", "decade", "century", "night", "morning",
                         "afternoon", "evening", *lex["weekdays"], *lex["months"], *lex["seasons"]],
        "quantity_words": [*lex["numbers"], *lex["vague_quantities"]],
        "set_words": [word for word in lex["sets"] if " " not in word],
        "nth_month_words": ["month", *lex["months"]],
        "months": [*lex["months"], *(f"{month}." for month in lex["months"] if len(month) <= 4)],
        "plain_months": [month for month in lex["months"] if month not in lex["ambiguous_months"]],
        "month_day_shapes": [letters + separator + digits + suffix
                             for letters in ("xxx", "xxxx", "Xxx", "Xxxx", "XXX", "XXXX")
                             for separator in "-/." for digits in ("d", "dd") for suffix in ("", "xx")],
        "weekday_plurals": [f"{day}s" for day in lex["weekdays"] if day.endswith("day")],
        "day_words": [*lex["ordinals"], *lex["day_count_words"]],
        "nth_words": [word for word, number in lex["ordinals"].items() if word.isalpha() and number <= 4],
    }


def _expand(pattern: list[dict[str, Any]], lists: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Replace ``"@name"`` placeholders in Matcher patterns by the word list they name, and let a line break
    stand between any two of their words."""
    lex = lexicon()
    expanded: list[dict[str, Any]] = []
    for spec in pattern:
        spec = dict(spec)
        for attr, value in list(spec.items()):
            if isinstance(value, dict) and isinstance(value.get("IN"), str):
                name = value["IN"][1:]
                spec[attr] = {"IN": list(lists.get(name) or lex[name])}
        if expanded:
            expanded.append(_LINE_BREAK)
        expanded.append(spec)
    return expanded


# Wire copy is often hard-wrapped ("set for March\n15"): words of one expression may sit either side of a
# line break, but not of a blank line.
_LINE_BREAK = {"TEXT": {"REGEX": r"^[ \t]*\n[ \t]*\Z"}, "OP": "?"}


def _matcher_patterns(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern as the Matcher is given it: a first word test that is a short list as one pattern per word
    (``_spelled_out``).

    The word tests are not vocabulary flags: a flag is worked out for every new word of every article (by
    the model's tokenizer, a tenth of a microsecond per flag and word), and since the Matcher runs only over
    ``Stretches`` its own tests cost less than that."""
    return _spelled_out([dict(spec) for spec in pattern])


def _spelled_out(specs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A pattern whose first word test is a short list, as one pattern per word: the Matcher checks an exact
    word in C, a list in Python."""
    first = specs[0]
    words = first.get("LOWER", {}).get("IN") if isinstance(first.get("LOWER"), dict) else None
    if not words or len(words) > 8 or set(first) != {"LOWER"}:
        return [specs]
    return [[{"LOWER": word}, *specs[1:]] for word in words]


_WORD_BITS = 64
# The spellings a vocabulary entry keeps, worked out by the same getters when the tokenizer made it: read, not
# worked out again (a word's shape alone took half of what a new word's tests cost).
_LEXEME_FIELDS = {"ORTH": "orth_", "LOWER": "lower_", "SHAPE": "shape_", "IS_LOWER": "is_lower", "LIKE_NUM": "like_num"}
# The columns ``Stretches.in_docs`` reads of each doc.
COLUMNS = [ORTH, ENT_TYPE]
# Words whose tests are kept between docs; past this many they are forgotten and met afresh, so that a run over
# millions of articles, each bringing new names and figures, keeps its memory flat (about 100 bytes a word).
KNOWN_WORDS_CAP = 200_000


def _reader(attr: str, get: Callable[[str], Any]) -> Callable[[Any], Any]:
    """How a spelling is read off a vocabulary entry: kept there (``_LEXEME_FIELDS``) or worked out by ``get``."""
    if attr in _LEXEME_FIELDS:
        return attrgetter(_LEXEME_FIELDS[attr])
    return lambda lexeme: get(lexeme.orth_)


def _row_reader(getters: dict[str, Callable[[str], Any]]) -> Callable[[Any], tuple[Any, ...]]:
    """How a vocabulary entry's spellings are read, as a row in the order of ``getters``: at one call when the entry
    keeps them all (``_LEXEME_FIELDS``, as for the lexicon's patterns), else each by its ``_reader``. A dict of
    the spellings, made per new word, cost a third of its tests."""
    if getters and all(attr in _LEXEME_FIELDS for attr in getters):
        read = attrgetter(*(_LEXEME_FIELDS[attr] for attr in getters))
        return read if len(getters) > 1 else lambda lexeme: (read(lexeme),)
    readers = [_reader(attr, get) for attr, get in getters.items()]
    return lambda lexeme: tuple(read(lexeme) for read in readers)


def _test_key(spec: dict[str, Any]) -> Any:
    """What a pattern's word test checks, as a key: the same for equal tests, whatever their order or ``OP``."""
    return _frozen({name: value for name, value in spec.items() if name != "OP"})


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((str(name), _frozen(item)) for name, item in value.items()))
    if isinstance(value, list):
        return tuple(map(_frozen, value))
    return type(value).__name__, value


def _optional(spec: dict[str, Any]) -> bool:
    operator = str(spec.get("OP", ""))
    return operator in ("?", "*") or operator.startswith(("{0", "{,"))


class OneWord:
    """A group of one pattern of one word tested by its spelling alone ('1.5', '4/22', 'weekly'): its matches are
    the stretch's words that pass that test, read off the bits ``Stretches`` worked out, the same the Matcher
    finds. Such a group runs on half the stretches of wire copy (every figure with a point), where a Matcher
    call costs more than all the rest of a stretch."""

    __slots__ = ("key", "word", "mask")

    def __init__(self, key: int, word: int, bit: int) -> None:
        self.key, self.word, self.mask = key, word, np.uint64(1 << bit)

    def passing(self, passed: np.ndarray) -> list[int]:
        """The rows of ``passed`` (the tests of each word of a batch of docs) whose word passes the test, in order."""
        return np.flatnonzero(passed[:, self.word] & self.mask).tolist()

    def matches(self, passing: list[int], start: int, end: int, offset: int) -> list[tuple[int, int, int]]:
        """The ``(match_id, start, end)`` of each word of the stretch ``start:end`` among ``passing`` (the rows of
        its batch that pass), counted in its doc, which starts at ``offset``: a numpy call per stretch cost more
        than the rest of it."""
        return [(self.key, index - offset, index - offset + 1)
                for index in passing[bisect_left(passing, start):bisect_left(passing, end)]]


# What keeps a pattern out of ``_joined_regexes``: group numbers or names and flags of its own, which would shift
# or clash among the others' (``\1``, ``\g<1>``, ``(?P<x>``, ``(?(1)``, ``(?i)``).
_UNJOINABLE_RE = re.compile(r"\\\d|\\g|\(\?[P(aiLmsux-]")


def _joinable(pattern: str) -> bool:
    """Whether a regex can be one lookahead of ``_joined_regexes``: anchored at the start in each of its
    alternatives (so a search tries only there: no '|' outside brackets), and nothing ``_UNJOINABLE_RE`` finds."""
    if not pattern.startswith("^") or _UNJOINABLE_RE.search(pattern):
        return False
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
    return True


def _joined_regexes(regexes: list[tuple[str, re.Pattern[str], int]]) -> tuple[
        list[tuple[str, re.Pattern[str], list[tuple[int, int]]]], list[tuple[str, re.Pattern[str], int]]]:
    """The regex checks of each spelling joined into one regex, each check a lookahead at the start that passes
    or else matches nothing, with the group that tells which passed (a check and its group number); and the
    checks that cannot join (``_joinable``), searched one by one. A new word met some twenty regexes one by
    one, half of what its tests cost, though most fail at its first letter: one match tells at once, and a
    match with no group (``lastindex`` None) that none passed."""
    joinable: dict[str, list[tuple[str, int]]] = {}
    alone = []
    for attr, regex, check in regexes:
        if _joins(regex):
            joinable.setdefault(attr, []).append((regex.pattern, check))
        else:
            alone.append((attr, regex, check))
    joined = []
    for attr, patterns in joinable.items():
        regex = re.compile("".join(f"(?=(?P<c{check}>{pattern})|)" for pattern, check in patterns))
        joined.append((attr, regex, [(regex.groupindex[f"c{check}"], check) for _, check in patterns]))
    return joined, alone


def _joins(regex: re.Pattern[str]) -> bool:
    """Whether a check's regex is one of those ``_joined_regexes`` joins."""
    return regex.flags == re.UNICODE and _joinable(regex.pattern)


def _gates(regexes: list[tuple[str, re.Pattern[str], int]]) -> dict[str, re.Pattern[str]]:
    """For each spelling, one regex that matches a word where any of its joined checks does: their alternation,
    each without its '^' (a match is tried at the start only), so that the engine skips a branch at the word's
    first character when the branch cannot start with it. Most new words pass no check, and the gate tells so
    in half the time the joined lookaheads take, each of which is tried in turn."""
    branches: dict[str, list[str]] = {}
    for attr, regex, _ in regexes:
        if _joins(regex):
            branches.setdefault(attr, []).append(f"(?:{regex.pattern[1:]})")
    return {attr: re.compile("|".join(patterns)) for attr, patterns in branches.items()}


class Stretches:
    """The Matcher run only over the stretches of a doc where one of its patterns can match, with only the
    patterns that can match there.

    A match covers a run of tokens each of which passes one of the patterns' word tests, and holds a token
    passing each test its pattern requires: a stretch of such tokens without all the required tests of a
    pattern cannot hold a match of it, and most of a news story is words no test passes. The tests here are
    those of a token's spelling (what a pattern says of its tags, dependencies or norm is left out, so they
    pass more tokens than the Matcher would, never fewer) and of its entity type; a word's tests are worked
    out once per vocabulary entry. The patterns are grouped by the tests they require, a Matcher a group,
    and a stretch is run through the groups it holds all the tests of (one or two): they find there exactly
    what one Matcher of all the patterns finds in the whole doc, at about a tenth of its cost on wire copy.

    ``patterns``: ``(label, pattern)`` pairs, the patterns with their word lists expanded."""

    def __init__(self, vocab: Vocab, patterns: list[tuple[str, list[dict[str, Any]]]]) -> None:
        self.vocab = vocab
        self.patterns = patterns
        tests: dict[Any, int] = {}
        self._word_tests: list[tuple[int, int]] = []  # a test's bit, the bits of the spelling checks it needs
        self._checks: dict[tuple[Any, ...], int] = {}
        self._getters: dict[str, Callable[[str], Any]] = {}
        self._tables: dict[str, dict[Any, int]] = {}  # for each spelling, the checks a value of it passes
        self._regexes: list[tuple[str, re.Pattern[str], int]] = []
        self._entity_tests: dict[int, int] = {}
        groups: dict[int, Matcher] = {}
        members: dict[int, list[tuple[str, list[dict[str, Any]]]]] = {}
        for label, pattern in patterns:
            needed = 0
            for spec in pattern:
                key = _test_key(spec)
                if key not in tests:
                    tests[key] = len(tests)
                    self._add_test(tests[key], spec)
                if not _optional(spec):
                    needed |= 1 << tests[key]
            groups.setdefault(needed, Matcher(vocab, validate=False)).add(label, _matcher_patterns(pattern))
            members.setdefault(needed, []).append((label, pattern))
        self._width = len(tests) // _WORD_BITS + 1
        self._required = np.array([self._words(bits) for bits in groups], dtype=np.uint64)
        self._matchers: list[Matcher | OneWord] = [
            self._one_word(members[needed], tests) or matcher for needed, matcher in groups.items()]
        # the entity types some test names, sorted, and the tests each of them passes, a row per type
        self._entity_labels = np.array(sorted(self._entity_tests), dtype=np.uint64)
        self._entity_bits = np.array([self._words(self._entity_tests[label]) for label in self._entity_labels.tolist()],
                                     dtype=np.uint64).reshape(len(self._entity_labels), self._width)
        # a new word's spellings are read as one row, each check finding its spelling there by its place
        self._read = _row_reader(self._getters)
        place = {attr: index for index, attr in enumerate(self._getters)}
        self._tables_at = [(place[attr], table) for attr, table in self._tables.items()]
        joined, alone = _joined_regexes(self._regexes)
        gates = _gates(self._regexes)
        self._joined = [(place[attr], gates[attr], regex, groups) for attr, regex, groups in joined]
        self._alone = [(place[attr], regex, check) for attr, regex, check in alone]
        # The tests a word passes are one of a few hundred rows of ``_row_table`` (words of bits), which the words
        # are given by number: a row of Python ints per new word cost numpy a slow conversion.
        self._passed: dict[int, int] = {}  # the words met, each with its row
        self._known = np.empty(0, dtype=np.uint64)  # the entries of ``_passed`` as of its last copy, sorted
        self._known_rows = np.empty(0, dtype=np.intp)  # the row of each of them
        self._by_checks: dict[int, int] = {}  # the row of a word passing these spelling checks
        self._rows: list[list[int]] = []
        self._row_table = np.empty((0, self._width), dtype=np.uint64)
        self._groups_of: dict[tuple[int, ...], tuple[Matcher | OneWord, ...]] = {}  # the Matchers a stretch's tests call for

    def _one_word(self, patterns: list[tuple[str, list[dict[str, Any]]]], tests: dict[Any, int]) -> Optional[OneWord]:
        """A group of one pattern of one word whose every test is of its spelling, as a ``OneWord``; None for any
        other group."""
        if len(patterns) != 1 or len(patterns[0][1]) != 1:
            return None
        label, (spec,) = patterns[0]
        if "OP" in spec or any(self._spelling_check(name, test) is None for name, test in spec.items()):
            return None
        word, bit = divmod(tests[_test_key(spec)], _WORD_BITS)
        return OneWord(self.vocab.strings.add(label), word, bit)

    def _add_test(self, bit: int, spec: dict[str, Any]) -> None:
        """The spelling checks of one word test of a pattern; an entity type alone is a test of its own."""
        entity = spec.get("ENT_TYPE")
        if isinstance(entity, str) and spec.get("OP") != "!":
            label = self.vocab.strings.add(entity)
            self._entity_tests[label] = self._entity_tests.get(label, 0) | 1 << bit
            return
        checks = 0
        if spec.get("OP") != "!":
            for name, test in spec.items():
                check = self._spelling_check(name, test)
                checks |= 0 if check is None else 1 << check
        self._word_tests.append((bit, checks))

    def _spelling_check(self, name: Any, test: Any) -> Optional[int]:
        """The bit of a check of a word's spelling (a value, ``IN`` a list or ``REGEX``); None for a test of
        anything else, which the stretches leave out."""
        if name in ("TEXT", "ORTH"):
            attr, get = "ORTH", str
        elif isinstance(name, str) and name in IDS and IDS[name] != NORM and IDS[name] in self.vocab.lex_attr_getters:
            attr, get = name, self.vocab.lex_attr_getters[IDS[name]]
        else:
            return None
        if isinstance(test, dict) and set(test) == {"REGEX"}:
            key: tuple[Any, ...] = (attr, "REGEX", test["REGEX"])
        elif isinstance(test, dict) and set(test) == {"IN"}:
            key = (attr, "IN", tuple(test["IN"]))
        elif not isinstance(test, dict):
            key = (attr, "IN", (test,))
        else:
            return None
        if key not in self._checks:
            check = self._checks[key] = len(self._checks)
            self._getters[attr] = get
            if key[1] == "REGEX":
                self._regexes.append((attr, re.compile(key[2]), check))
            else:
                table = self._tables.setdefault(attr, {})
                for value in key[2]:
                    table[value] = table.get(value, 0) | 1 << check
        return self._checks[key]

    def _words(self, bits: int) -> list[int]:
        mask = (1 << _WORD_BITS) - 1
        return [bits >> (_WORD_BITS * index) & mask for index in range(self._width)]

    def _tests_passed(self, orth: int) -> int:
        """The row of ``_row_table`` of the word tests a vocabulary entry passes: each of its spellings (lower
        case, shape, ...) is worked out once and looked up in the values the checks name."""
        row = self._passed.get(orth)
        if row is None:
            values = self._read(self.vocab[orth])
            checks = 0
            for place, table in self._tables_at:
                checks |= table.get(values[place], 0)
            for place, gate, regex, groups in self._joined:
                value = values[place]
                found = regex.match(value) if isinstance(value, str) and gate.match(value) else None
                if found is not None and found.lastindex is not None:
                    spans = found.regs
                    for group, check in groups:
                        if spans[group][0] >= 0:
                            checks |= 1 << check
            for place, regex, check in self._alone:
                if isinstance(values[place], str) and regex.search(values[place]) is not None:
                    checks |= 1 << check
            row = self._by_checks.get(checks)
            if row is None:
                bits = 0
                for bit, needed in self._word_tests:
                    if needed & checks == needed:
                        bits |= 1 << bit
                row = self._by_checks[checks] = len(self._rows)
                self._rows.append(self._words(bits))
                self._row_table = np.array(self._rows, dtype=np.uint64)
            self._passed[orth] = row
        return row

    def _tests_of(self, orths: np.ndarray) -> np.ndarray:
        """The word tests each token passes, a row of words of bits per token. The entries met so far are
        copied now and then into sorted arrays, which look up a doc's tokens in one numpy search: a Python
        call per distinct word of every doc cost as much as the rest of the stretches. The few words not
        copied yet are looked up one by one, and the copy is made again once they are many."""
        if len(self._known):
            where = np.minimum(np.searchsorted(self._known, orths), len(self._known) - 1)
            rows, met = self._known_rows[where], self._known[where] == orths
        else:
            rows, met = np.zeros(len(orths), dtype=np.intp), np.zeros(len(orths), dtype=bool)
        if not met.all():
            if len(self._passed) > KNOWN_WORDS_CAP:
                self._forget_known()
                return self._tests_of(orths)
            missing = np.flatnonzero(~met)
            rows[missing] = [self._tests_passed(orth) for orth in orths[missing].tolist()]
            if len(self._passed) - len(self._known) > 256 + len(self._known) // 4:
                self._copy_known()
        return self._row_table[rows]

    def _forget_known(self) -> None:
        self._passed.clear()
        self._known = np.empty(0, dtype=np.uint64)
        self._known_rows = np.empty(0, dtype=np.intp)

    def _copy_known(self) -> None:
        known = np.fromiter(self._passed, dtype=np.uint64, count=len(self._passed))
        order = np.argsort(known)
        self._known = known[order]
        self._known_rows = np.fromiter(self._passed.values(), dtype=np.intp, count=len(self._passed))[order]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's ``(match_id, start, end)`` matches in ``doc``."""
        return self.in_docs([doc], [doc.to_array(COLUMNS)])[0]

    def in_docs(self, docs: list[Doc], columns: list[np.ndarray]) -> list[list[tuple[int, int, int]]]:
        """The Matcher's matches in each doc, given each doc's ``COLUMNS``.

        The docs' words are looked up and cut into stretches together, a line between docs that passes no test
        (the word before it again, its tests cleared): a dozen numpy calls per doc were a third of this stage."""
        parts, offsets, separators, position = [], [], [], 0
        for column in columns:
            offsets.append(position)
            if len(column):
                parts += [column, column[-1:]]
                position += len(column) + 1
                separators.append(position - 1)
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if not parts:
            return found
        joined = np.concatenate(parts)
        passed = self._tests_of(joined[:, 0])
        self._add_entity_tests(passed, joined[:, 1])
        passed[separators] = 0
        passing = passed.any(axis=1)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], passing.view(np.int8), [0]))))
        if not len(edges):
            return found
        # from each stretch's start to the next's: the words between pass no test, so add nothing
        covered = list(map(tuple, np.bitwise_or.reduceat(passed, edges[0::2], axis=0).tolist()))
        self._learn_groups([tests for tests in dict.fromkeys(covered) if tests not in self._groups_of])
        ends = offsets[1:] + [position]
        at = 0
        passing_words: dict[OneWord, list[int]] = {}  # for each one-word group met, the words that pass its test
        for (start, end), tests in zip(edges.reshape(-1, 2).tolist(), covered):
            while start >= ends[at]:
                at += 1
            doc, offset, matches, stretch = docs[at], offsets[at], found[at], None
            for matcher in self._groups_of[tests]:
                if isinstance(matcher, OneWord):
                    if matcher not in passing_words:
                        passing_words[matcher] = matcher.passing(passed)
                    matches.extend(matcher.matches(passing_words[matcher], start, end, offset))
                    continue
                stretch = doc[start - offset:end - offset] if stretch is None else stretch
                matches.extend((key, start - offset + first, start - offset + last)
                               for key, first, last in matcher(stretch))
        return [list(dict.fromkeys(matches)) for matches in found]  # once each, as from one Matcher

    def _add_entity_tests(self, passed: np.ndarray, entities: np.ndarray) -> None:
        """Add to each token's tests those its entity type passes, the doc's tagged tokens looked up at once among
        the types the tests name (not the doc compared with each type in turn)."""
        tagged = np.flatnonzero(entities)
        if not len(tagged) or not len(self._entity_labels):
            return
        types = entities[tagged]
        where = np.minimum(np.searchsorted(self._entity_labels, types), len(self._entity_labels) - 1)
        named = self._entity_labels[where] == types
        if named.any():
            passed[tagged[named]] |= self._entity_bits[where[named]]

    def _learn_groups(self, new: list[tuple[int, ...]]) -> None:
        """The groups of patterns each set of tests a stretch passes holds all the required tests of, worked out
        once per set: the same few sets recur from story to story (most stretches are a lone word no group can
        match, and are run through none)."""
        if not new:
            return
        covered = np.array(new, dtype=np.uint64)
        possible = ((covered[:, None, :] & self._required[None, :, :]) == self._required[None, :, :]).all(axis=2)
        for tests, groups in zip(new, possible.tolist()):
            self._groups_of[tests] = tuple(compress(self._matchers, groups))
