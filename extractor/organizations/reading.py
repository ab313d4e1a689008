"""What the stages read of one article, taken from the doc once: its text and the token attributes the rules
test. ``Doc.text`` joins a new Token object per token on every call, and each ``Doc.to_array`` call walks
every token, so reading them once per article spares much of the component's time."""

from __future__ import annotations

from functools import cached_property
from typing import Callable, Generic, Iterable, TypeVar

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..doc_utils import COLUMNS, columns, doc_text

OPENING_BRACKET = get_string_id("(")

T = TypeVar("T")


def id_set(words: Iterable[str]) -> frozenset[int]:
    """The words' string ids (the same hash ``get_string_id`` and the token columns give), for testing a word of
    ``Reading.orths`` or ``Reading.lowers`` against a word list without making its Token object."""
    return frozenset(get_string_id(word) for word in words if word)


# Each id array ``Reading.among`` and ``holds`` are given, as a set: the arrays are the lexicon's and the modules',
# made once per process, and listing one per call cost more than the test (kept with the array, whose id may be reused).
_ID_SETS: dict[int, tuple[numpy.ndarray, frozenset[int]]] = {}


def _as_set(ids: numpy.ndarray) -> frozenset[int]:
    kept = _ID_SETS.get(id(ids))
    if kept is None or kept[0] is not ids:
        kept = _ID_SETS[id(ids)] = (ids, frozenset(ids.tolist()))
    return kept[1]


class Lazy(Generic[T]):
    """A value worked out when first asked for (called) and kept, for what a stage reads of an article only where a
    rule asks: ``functools.cache`` of a function of no arguments, without the wrapper ``cache`` builds, which costs
    more than such a test when the stages make one per article."""

    __slots__ = ("_make", "_value", "_made")

    def __init__(self, make: Callable[[], T]) -> None:
        self._make, self._made = make, False

    def __call__(self) -> T:
        if not self._made:
            self._value, self._made = self._make(), True
        return self._value


class Reading:
    """One article's text and token attribute columns (numpy arrays with one row per token, ``doc_utils.columns``)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        table = columns(doc)
        self.orth, self.lower, self.space, self.spacy = table.T[:4]
        self.like_num, self.alpha, self.is_lower, self.length = table.T[4:8]
        self.idx = table.T[COLUMNS.index(IDX)]
        self.ent_iob, self.ent_type = table.T[COLUMNS.index(ENT_IOB)], table.T[COLUMNS.index(ENT_TYPE)]

    @property
    def text(self) -> str:
        """The article's text, joined once (``doc_utils.doc_text``) for the rules that search it whole."""
        return doc_text(self.doc)

    @cached_property
    def opening_brackets(self) -> list[int]:
        """The indices of the article's opening brackets, which names and acronyms are read around."""
        return numpy.flatnonzero(self.orth == OPENING_BRACKET).tolist()

    @cached_property
    def orths(self) -> list[int]:
        """The ORTH column as a list, for the rules that test a few words of each name by index: an item of a list
        is read several times faster than one of a numpy array, and makes no Token object as ``doc[i]`` does."""
        return self.orth.tolist()

    @cached_property
    def lowers(self) -> list[int]:
        """The LOWER column as a list, as ``orths``."""
        return self.lower.tolist()

    @cached_property
    def like_nums(self) -> list[int]:
        """The LIKE_NUM column as a list, as ``orths``: a figure's word (every word of digits is one)."""
        return self.like_num.tolist()

    @cached_property
    def spaces(self) -> list[int]:
        """The IS_SPACE column as a list, as ``orths``."""
        return self.space.tolist()

    @cached_property
    def alphas(self) -> list[int]:
        """The IS_ALPHA column as a list, as ``orths``."""
        return self.alpha.tolist()

    @cached_property
    def lengths(self) -> list[int]:
        """The LENGTH column (a word's characters) as a list, as ``orths``."""
        return self.length.tolist()

    @cached_property
    def is_lowers(self) -> list[int]:
        """The IS_LOWER column as a list, as ``orths``."""
        return self.is_lower.tolist()

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """``Doc.ents``, made once for the stages that read every entity: each call makes a Span per entity."""
        return self.doc.ents

    @cached_property
    def words(self) -> frozenset[int]:
        """The article's words (ORTH ids): a word list none of which the article holds needs no column searched."""
        return frozenset(self.orth.tolist())

    @cached_property
    def lower_words(self) -> frozenset[int]:
        """The article's words in lowercase (LOWER ids), as ``words``."""
        return frozenset(self.lower.tolist())

    @cached_property
    def lowercase_ids(self) -> frozenset[int]:
        """The ids (LOWER) of the words the article writes in lowercase: a word is looked up by its id, and the
        article's words are not each made a string (as ``doc_utils.lowercase_words`` does)."""
        return frozenset(self.lower[self.is_lower == 1].tolist())

    def wakes(self, triggers: dict[str, frozenset[int]]) -> set[str]:
        """The stages whose words (``OrganizationLexicon.stage_triggers``, LOWER ids) the article holds: the others
        have nothing to find in it."""
        words = self.lower_words
        return {stage for stage, ids in triggers.items() if not words.isdisjoint(ids)}

    def holds(self, ids: numpy.ndarray, lower: bool = False) -> bool:
        """Whether the article holds one of the words ``ids`` (``word_ids``), in lowercase if ``lower``."""
        return not (self.lower_words if lower else self.words).isdisjoint(_as_set(ids))

    def among(self, ids: numpy.ndarray, lower: bool = False) -> numpy.ndarray:
        """``doc_utils.among`` of the ORTH column (LOWER if ``lower``) and ``ids``, compared only with the words
        of ``ids`` the article holds, often none."""
        column = self.lower if lower else self.orth
        found = numpy.zeros(len(column), dtype=bool)
        for word in (self.lower_words if lower else self.words).intersection(_as_set(ids)):
            found |= column == word
        return found

    def indices(self, ids: numpy.ndarray, lower: bool = False) -> list[int]:
        """The indices of the tokens ``among`` finds, in order, as a list: for an article that holds none of the
        words (most articles, for most word lists) no column is compared and no array made, which is most of a
        stage's cost there."""
        words = (self.lower_words if lower else self.words).intersection(_as_set(ids))
        if not words:
            return []
        column = self.lower if lower else self.orth
        found = None
        for word in words:
            found = column == word if found is None else found | (column == word)
        return numpy.flatnonzero(found).tolist()
