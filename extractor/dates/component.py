"""The spaCy component: finds candidates, reads them and writes ``doc._.dates``.

The factory name ``extractor_dates`` and the ``extractor.dates:make_dates`` entry point stay as they
were; the reading itself is in extractor.dates.normalise and works without a model.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ..doc_utils import COLUMNS as ARTICLE_COLUMNS
from ..doc_utils import SavesData, columns, ensure_extension, mention, read_data, text_of, warn
from ..entities import labelled_entities
from .lexicon import _ISO_DAY_RE, DATA, install, lexicon
from .normalise import forget_readings, parse, parse_around
from .patterns import COLUMNS, Stretches, _expand_all
from .recognise import _a_bare_decimal, _extend, _names_calendar, _rejected, _trim
from .resolve import (
    Surroundings, _anchor, _context, _framed_by_part_of_year, _publication_day, _the_present_era, _told_days,
)
from .values import Parsed

ensure_extension("dates")


_ASIDE_RE = re.compile(r"\([^()]*\)")
# Where the Matcher's columns (``patterns.COLUMNS``) lie among the article's (``doc_utils.columns``), which the
# model's dates are read from too: taken from there, not read off every token again (``Doc.to_array`` costs some
# 190 instructions a token and column).
_MATCHED_COLUMNS = [ARTICLE_COLUMNS.index(attr) for attr in COLUMNS]


def _shown(parsed: Parsed) -> Optional[str]:
    return parsed.value if parsed.value is not None else parsed.unanchored


def _value_record(text: str, start: int, parsed: Parsed) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "type": parsed.type, "value": _shown(parsed),
            "mod": parsed.mod, "earliest": parsed.earliest, "latest": parsed.latest}


def _record(span: Span, parsed: Parsed) -> dict[str, Any]:
    doc = span.doc
    record = mention(doc, span.start_char, span.end_char, span.text)  # the span's own: no char span found again
    record.update({"type": parsed.type, "value": _shown(parsed), "mod": parsed.mod, "earliest": parsed.earliest,
                   "latest": parsed.latest, "from": None, "to": None})
    if parsed.parts:
        for key, (start, end, part) in zip(("from", "to"), parsed.parts):
            begin = span.start_char + start
            record[key] = _value_record(text_of(doc, begin, span.start_char + end), begin, part)
    return record


def _joinable(first: Span, first_parsed: Parsed, second: Span, second_parsed: Parsed) -> Optional[str]:
    """The type two neighbouring expressions would make together, if the words between them allow it."""
    lex = lexicon()
    glue = {*lex["range_separators"], *lex["range_in_period_glue"], *lex["time_day_glue"], "and", "on", "of", ",", "a",
            "local", "time", "("}
    gap = []
    for index in range(first.end, second.start):  # two dates far apart are let go at the first word between
        token = first.doc[index]
        if not (token.is_space and token.text.count("\n") <= 1):
            if token.lower_ not in glue:
                return None  # no joining below takes a word outside these
            gap.append(token.lower_)
    before = first.doc[first.start - 1].lower_ if first.start > 0 else ""
    if len(gap) == 1 and (gap[0] in lex["range_separators"] or gap[0] == "and" and before == "between"):
        return "range"
    kinds = {first_parsed.type, second_parsed.type}
    if kinds == {"date", "range"} and all(word in lex["range_in_period_glue"] for word in gap):
        return "range"
    if kinds == {"date"} and all(word in ("on", "of") for word in gap):
        return "date"
    if kinds == {"time", "date"} and len(gap) <= 3 and all(word in lex["time_day_glue"] for word in gap):
        return "time"
    weekday = lex["weekdays"].get(second.text.lower()) if len(second) == 1 else None
    if weekday and gap in ([","], [",", "a"]) and first_parsed.value and _ISO_DAY_RE.fullmatch(first_parsed.value) \
            and date.fromisoformat(first_parsed.value).isoweekday() == weekday:
        return "apposition"  # 'on Dec. 18, a Wednesday': the same day
    if kinds == {"time"} and [word for word in gap if word not in ("local", "time")] == ["("] \
            and second.end < len(second.doc) and second.doc[second.end].text == ")":
        return "aside"
    return None


class DateFinder(SavesData):
    """Finds, filters, merges and resolves the time expressions of a doc. The word lists it was built from save
    with the pipeline; the reader's modules read them through ``lexicon()``, one set per process, so the finder
    installs its own before it reads (once, unless another pipeline's finder installed others since)."""

    def __init__(self, nlp: Language, data: Optional[dict[str, Any]] = None) -> None:
        self.vocab = nlp.vocab
        self.data = {DATA: read_data(DATA) if data is None else data}
        self.build()

    def build(self) -> None:
        self._install()
        self.matches = Stretches(self.vocab, [("DATE", pattern) for pattern in _expand_all(lexicon()["patterns"])]
                                 + [("RATE", pattern) for pattern in lexicon()["rate_patterns"]])
        self.rate = self.vocab.strings["RATE"]

    def _install(self) -> None:
        if lexicon() is not self.data[DATA]:
            install(self.data[DATA])
            forget_readings()  # readings made with the former lists

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The docs with their dates, the Matcher's stretches found for a batch at a time (``Stretches.in_docs``)."""
        for batch in minibatch(docs, batch_size):
            tables = [columns(doc)[:, _MATCHED_COLUMNS] for doc in batch]
            for doc, matches in zip(batch, self.matches.in_docs(batch, tables)):
                yield self._dated(doc, matches)

    def _dated(self, doc: Doc, matches: list[tuple[int, int, int]]) -> Doc:
        self._install()
        anchor = _anchor(doc._.published)
        if anchor is None and _publication_day(doc._.published) is not None:
            warn(doc, f"publication date {doc._.published[:10]} is too near the ends of the calendar to count "
                      "from: relative dates are left unresolved")
        found = self._parsed_spans(doc, self._candidates(doc, matches), anchor)
        found = _framed_by_part_of_year(self._merge_adjacent(found, anchor), anchor)
        found = _the_present_era(_told_days(found, anchor))
        doc._.dates = [_record(span, parsed) for span, parsed in found]
        return doc

    def _candidates(self, doc: Doc, matches: list[tuple[int, int, int]]) -> Iterable[Span]:
        # the model's dates and times in the article's order, from its entity columns: ``Doc.ents`` makes a Span of
        # every entity, most of other labels
        yield from sorted(labelled_entities(doc, "DATE") + labelled_entities(doc, "TIME"), key=lambda ent: ent.start)
        for label, start, end in matches:
            yield doc[end - 2:end] if label == self.rate else doc[start:end]

    @staticmethod
    def _pieces(candidates: Iterable[Span]) -> Iterable[Span]:
        """Each candidate, then the items of a list of calendar names it holds ('January, February and March',
        'Wednesday, Thursday or Friday', '1997 and 2001'): the model often tags a list as one entity. Counted
        spans ('two or three years', 'four hours and 21 minutes') are no such list."""
        for candidate in candidates:
            yield candidate
            if len(candidate) == 1:
                continue  # a lone word is no list, and its tokens need not be made to tell
            cuts = [token.i for token in candidate if token.lower_ in (",", "and", "or", "&")]
            if not cuts:
                continue
            pieces = [candidate.doc[start:end] for start, end in
                      zip([candidate.start] + [cut + 1 for cut in cuts], cuts + [candidate.end]) if start < end]
            if all(any(_names_calendar(token) for token in piece) for piece in pieces):
                yield from pieces

    def _parsed_spans(self, doc: Doc, candidates: Iterable[Span], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
        parsed: dict[tuple[int, int], tuple[Span, Parsed]] = {}
        # The model and the Matcher often find the same words, and trimming makes more alike: a span met again
        # would be trimmed, rejected and read as it was the first time.
        met: set[tuple[int, int]] = set()
        trimmed: set[tuple[int, int]] = set()
        for candidate in self._pieces(candidates):
            if (candidate.start, candidate.end) in met:
                continue
            met.add((candidate.start, candidate.end))
            decimal = _a_bare_decimal(candidate)
            span = candidate if decimal else _trim(candidate)  # a lone figure has no words around it to trim
            if span is None or (span.start, span.end) in trimmed:
                continue
            trimmed.add((span.start, span.end))
            if (decimal or span is not candidate and _a_bare_decimal(span)) and _extend(span) is span:
                continue  # read as nothing, whatever the words around it say
            if _rejected(span):
                continue
            span = _extend(span)
            if (span.start, span.end) in parsed:
                continue
            text = span.text
            result = parse_around(text, Surroundings(span, anchor, text))
            if result is not None:
                parsed[(span.start, span.end)] = (span, result)
        kept = filter_spans([span for span, _ in parsed.values()])
        return [parsed[(span.start, span.end)] for span in kept]

    def _merge_adjacent(self, found: list[tuple[Span, Parsed]], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
        """Join a range the model split in two ('October 27' to 'November 8') and a clock time with its day."""
        merged: list[tuple[Span, Parsed]] = []
        for item in found:
            while merged:
                joined = self._joined(merged[-1], item, anchor)
                if joined is None:
                    break
                item = joined
                merged.pop()
            merged.append(item)
        return merged

    @staticmethod
    def _joined(first: tuple[Span, Parsed], second: tuple[Span, Parsed],
                anchor: Optional[date]) -> Optional[tuple[Span, Parsed]]:
        """The two as one expression ('6pm today' until '12.01am on 9 November' once the second is joined); a
        time given again in another zone is an aside of the first ('3pm local time (1400 GMT)'), and so is the
        weekday of a day ('on Dec. 18, a Wednesday')."""
        wanted = _joinable(first[0], first[1], second[0], second[1])
        if not wanted:
            return None
        doc = first[0].doc
        if wanted in ("aside", "apposition"):
            return doc[first[0].start:second[0].end + (wanted == "aside")], first[1]
        joined = doc[first[0].start:second[0].end]
        result = parse(_ASIDE_RE.sub(lambda aside: " " * len(aside[0]), joined.text), _context(first[0], anchor))
        return (joined, result) if result is not None and result.type == wanted else None


@Language.factory(
    "extractor_dates",
    default_config={"lexicon": DATA},
    requires=["doc.ents", "token.ent_type", "token.tag", "token.dep", "token.head", "token.lemma"],
    assigns=["doc._.dates", "doc._.warnings"],
)
def make_dates(nlp: Language, name: str, lexicon: str) -> DateFinder:
    """``lexicon``: the date word lists and matcher patterns, a file in ``extractor/data`` or a path."""
    return DateFinder(nlp, read_data(lexicon))
