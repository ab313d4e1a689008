"""Small helpers every fact component shares: extensions, sentence indexes, mention records."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_LOWER, IS_SPACE, LENGTH, LIKE_NUM, LOWER, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path

from .resources import data_path, load_json

_SENT_STARTS = "extractor.sentence_starts"
_COLUMNS = "extractor.columns"
_TEXT = "extractor.text"
# The token attributes ``columns`` reads, in the order of its columns.
COLUMNS = [ORTH, LOWER, IS_SPACE, SPACY, LIKE_NUM, IS_ALPHA, IS_LOWER, LENGTH, ENT_IOB, ENT_TYPE, IDX]


def ensure_extension(name: str, default: Any = None) -> None:
    """Register ``doc._.<name>`` once; components call this at import so spawned workers have it too."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


_PUBLISHED = "extractor.published"


def published_day(value: Any) -> Optional[str]:
    """The publication day as ``YYYY-MM-DD`` from a ``date``, a ``datetime`` or an ISO 8601 string; relative
    dates count from it, so a value that is none of these is refused rather than silently ignored."""
    if value is None or value == "":
        return None
    wanted = ("doc._.published takes a datetime.date, a datetime or an ISO 8601 string such as '2024-03-01' or "
              f"'2024-03-01T14:30:00Z'; got {value!r}")
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(wanted) from None
    if not isinstance(value, date):
        raise TypeError(wanted)
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _get_published(doc: Doc) -> Optional[str]:
    return doc.user_data.get(_PUBLISHED)


def _set_published(doc: Doc, value: Any) -> None:
    doc.user_data[_PUBLISHED] = published_day(value)


if not Doc.has_extension("published"):
    Doc.set_extension("published", getter=_get_published, setter=_set_published)
ensure_extension("warnings")


# A decimal digit; ``str.isdigit`` counts a few more beyond ASCII ('²').
_DECIMAL = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``any(char.isdigit() for char in text)``, searched in C first: numbers and organizations ask it of many words."""
    return _DECIMAL.search(text) is not None or (not text.isascii() and any(char.isdigit() for char in text))


def has_lower(text: str) -> bool:
    """``any(char.islower() for char in text)``, told in C for ASCII text, where only 'a' to 'z' change in capitals:
    organizations ask it of whole lines, a character at a time in Python."""
    return text != text.upper() if text.isascii() else any(char.islower() for char in text)


def figure_shaped(text: str) -> bool:
    """Whether a word's spaCy shape shows a digit ('d') or is 'LONG' (a hundred characters or more, which may hold
    one), told from its text without reading the shape."""
    return len(text) >= 100 or has_digit(text)


def word_ids(words: Iterable[str]) -> numpy.ndarray:
    """The words' string ids (a hash of the text, the same in every vocabulary), sorted for ``among``."""
    return numpy.array(sorted({get_string_id(word) for word in words if word}), dtype=numpy.uint64)


def among(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for ``ids`` from ``word_ids``, by binary search: ``isin`` sorts an article's
    token column with the ids on every call. ``values`` is a column of ``doc.to_array`` (ORTH, LOWER, LEMMA)
    or several side by side."""
    if not len(ids):
        return numpy.zeros(numpy.shape(values), dtype=bool)
    found = ids.searchsorted(values)  # the method and an in-place clip: numpy's dispatch is most of a short call
    numpy.minimum(found, len(ids) - 1, out=found)
    return ids[found] == values


def words_at(values: numpy.ndarray, ids: numpy.ndarray) -> list[int]:
    """Indices of the tokens whose value in the column ``values`` is one of ``ids``, in order: a rule that starts
    from a few words makes no Token object for the others (making them is most of what a loop over a doc costs)."""
    return numpy.flatnonzero(among(values, ids)).tolist()


def lowercase_words(
    doc: Doc, lower: Optional[numpy.ndarray] = None, is_lower: Optional[numpy.ndarray] = None
) -> set[str]:
    """The words the article writes in lowercase, from its LOWER and IS_LOWER columns (read here unless given)."""
    if lower is None or is_lower is None:
        lower, is_lower = doc.to_array([LOWER, IS_LOWER]).T
    strings = doc.vocab.strings
    return {strings[word] for word in set(lower[is_lower == 1].tolist())}


def columns(doc: Doc) -> numpy.ndarray:
    """The article's ``COLUMNS`` (one row per token) from one ``Doc.to_array``, kept with the doc: organizations
    and people start from the same words, and each attribute read walks every token."""
    table = doc.user_data.get(_COLUMNS)
    if table is None or len(table) != len(doc):
        table = doc.user_data[_COLUMNS] = doc.to_array(COLUMNS)
    return table


_WORDS = "extractor.words"
_TICKER_OPEN, _TICKER_CLOSE, _FULL_STOP = get_string_id("<"), get_string_id(">"), get_string_id(".")


def in_ticker_marks(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` stand alone in the wire's angle brackets, with or without a market's full
    stop ('Union Carbide Corp <UK>', "Union Carbide Corp's <UK.> French subsidiary"): a company's ticker, whatever
    place or word its letters spell. Read from the article's words past line breaks, making no Token object; the
    words are kept apart from ``columns``, whose entity columns the place ruler, which asks this before the model
    tags entities, must not fix."""
    words = doc.user_data.get(_WORDS)
    if words is None or len(words) != len(doc):
        words = doc.user_data[_WORDS] = doc.to_array([ORTH, IS_SPACE])
    before, after = _past_spaces(words, start - 1, -1), _past_spaces(words, end, 1)
    if after < len(words) and words[after, 0] == _FULL_STOP:
        after = _past_spaces(words, after + 1, 1)
    return before >= 0 and after < len(words) \
        and bool(words[before, 0] == _TICKER_OPEN and words[after, 0] == _TICKER_CLOSE)


def _past_spaces(words: numpy.ndarray, index: int, step: int) -> int:
    """The first token from ``index`` on, going by ``step``, that is no whitespace token (a hard line break)."""
    while 0 <= index < len(words) and words[index, 1]:
        index += step
    return index


def keep_text(doc: Doc, text: str) -> None:
    """Hand ``doc_text`` the text the doc was made from: the tokenizer loses nothing (``Doc.text == text``), and
    joining the text back makes a Token object of every word, a cost the extractor, which holds the text, need
    not pay."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc, tokens: Optional[Sequence[Token]] = None) -> str:
    """``Doc.text``, joined once per article and kept with it: each ``Doc.text`` joins every token, and
    organizations, people and quotes each read the whole text. ``tokens``: the doc's Token objects, where a
    component holds them already, joined instead of the new ones ``Doc.text`` would make."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text if tokens is None else "".join([token.text_with_ws for token in tokens])
    return text


# Where the token indices of a doc's paragraph breaks are kept (``paragraph_breaks``).
BREAKS = "extractor.paragraph_breaks"
# The columns of ``columns`` a paragraph break is read from.
_IS_SPACE, _ORTH = COLUMNS.index(IS_SPACE), COLUMNS.index(ORTH)
# The longest line of hard-wrapped text: the 21,578 Reuters stories have no two lines longer, web pages nearly
# all have.
_WRAP_WIDTH = 100


def paragraph_breaks(doc: Doc) -> list[int]:
    """Token indices of the doc's paragraph breaks, in order: a headline or a byline line is no part of the next
    paragraph's sentence, and every speaker, claim, cue and role asks whether a break cuts it, so the breaks are
    read once per doc, from its arrays and the few distinct spaces' texts, not from every token of every span."""
    cached = doc.user_data.get(BREAKS)
    if cached is None:
        table = columns(doc)  # the other components have read these columns already
        spaces = numpy.flatnonzero(table[:, _IS_SPACE])
        forms = table[spaces, _ORTH].tolist()
        wrapped = _hard_wrapped(doc_text(doc)) if spaces.size else True
        breaking = {form for form in set(forms) if _breaks_paragraph(doc.vocab.strings[form], wrapped)}
        cached = doc.user_data[BREAKS] = [i for i, form in zip(spaces.tolist(), forms) if form in breaking]
    return cached


def _breaks_paragraph(space: str, wrapped: bool) -> bool:
    """A blank line, or a new line indented as the wire opens a paragraph ('Corp.\\n    Under the agreement'); in
    text that is not hard-wrapped (a web page's, one paragraph a line) any new line. A new line alone only wraps
    a line of wire copy."""
    return space.count("\n") >= 2 or re.search(r"\n[ \t]", space) is not None or (not wrapped and "\n" in space)


def _hard_wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped at a fixed width (wire copy), not one paragraph a line (web pages):
    a wrapped text has at most one line longer than ``_WRAP_WIDTH``."""
    long_lines = 0
    for line in text.split("\n"):
        if len(line) > _WRAP_WIDTH:
            long_lines += 1
            if long_lines > 1:
                return False
    return True


def sentence_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """The first token and the first character of each sentence (docs without sentences count as one), from one
    walk of ``doc.sents`` per doc: ``sentence_of`` and a component asking whether a token opens a sentence share it."""
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        sents = [(sent.start, sent.start_char) for sent in doc.sents] if doc.has_annotation("SENT_START") else [(0, 0)]
        starts = ([token for token, _ in sents], [char for _, char in sents])
        doc.user_data[_SENT_STARTS] = starts
    return starts


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """The first token of the sentence holding token ``index`` and the token after its last, those of
    ``doc[index].sent``, found among ``sentence_starts`` by bisection: ``Span.sent`` walks to both ends of the
    sentence a token at a time in Python integers. ``doc`` may be anything that holds the doc's ``user_data`` and
    length and reads its sentences (the numbers' ``DocTokens``); docs without sentences count as one."""
    starts = sentence_starts(doc)[0]
    at = bisect_right(starts, index) - 1
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(doc)


def sentence_tokens(doc: Doc, index: int) -> Union[Span, list[Token]]:
    """The tokens of the sentence holding token ``index`` (``sentence_bounds``): a Span of a Doc, a list of the
    numbers' ``DocTokens``."""
    start, end = sentence_bounds(doc, index)
    return doc[start:end]


def sentence_of(doc: Doc, char: int) -> int:
    """Index of the sentence holding character ``char`` (docs without sentences count as one)."""
    return max(bisect_right(sentence_starts(doc)[1], char) - 1, 0)


def text_of(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without rebuilding the whole text (``Doc.text`` joins every token). An end in
    the white space after a token, or a start in it, lies outside the tokens' span: the whole text is read."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or span.start_char > start or span.end_char < end:
        return doc_text(doc)[start:end]
    return span.text[start - span.start_char:end - span.start_char]


def mention(doc: Doc, start: int, end: int, text: Optional[str] = None, **extra: Any) -> dict[str, Any]:
    """A plain mention record for ``doc.text[start:end]``; ``text``: that text, when the caller holds it (a span's
    own), so that it is not read again."""
    text = text_of(doc, start, end) if text is None else text
    record = {"text": text, "start": start, "end": end, "sentence": sentence_of(doc, start)}
    record.update(extra)
    return record


def span_mention(span: Span, **extra: Any) -> dict[str, Any]:
    return mention(span.doc, span.start_char, span.end_char, **extra)



def warn(doc: Doc, message: str) -> None:
    """Record a problem with this article for the output's ``warnings``."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


def data_file(name: str) -> Path:
    """The file a component's config names: a bare name is one of ``extractor/data``'s, a path (with a folder
    part) the user's own."""
    path = Path(name).expanduser()
    return data_path(name) if path.name == name else path


def read_data(name: str) -> Any:
    """A component's data file (``data_file``): the package's are parsed once per process and shared by every
    component that reads them; the user's own is read as it is now."""
    path = data_file(name)
    if path == data_path(name):
        return load_json(name)
    return json.loads(path.read_text(encoding="utf-8"))


class SavesData:
    """For a component built from JSON data files: ``nlp.to_disk`` saves the files it was built from in the
    component's folder, and a pipeline loaded from there rebuilds the component from them, so a saved pipeline
    reads articles as it did when saved. ``data`` maps each file's name to its content; ``build`` reads it."""

    data: dict[str, Any]

    def build(self) -> None:
        raise NotImplementedError

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, content in self.data.items():  # the standard json module: srsly's rounds floats ('⅓' 0.3333333333)
            (path / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "SavesData":
        path = ensure_path(path)
        self.data = {name: json.loads((path / name).read_text(encoding="utf-8")) for name in self.data}
        self.build()
        return self

