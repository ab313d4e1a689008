"""Dates: TempEval-3 scores on the AQUAINT TimeML corpus, and the Recognizers-Text DateTime specs.

**TimeML** (``eval/dates/aquaint/*.tml``): the extractor reads the raw text of each ``TEXT`` element
with the document creation time (the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"``) as the
publication date. Scored as TempEval-3 does: strict (same span) and relaxed (any overlap) precision,
recall and F1 of the time expressions, value accuracy over the relaxed matches, and value F1 = relaxed
F1 x value accuracy. A predicted ``range`` counts as its two endpoints (``from``, ``to``), since TimeML
annotates "from May 1 to May 5" as two TIMEX3s.

**Recognizers-Text** (``eval/numbers-dates-specs/DateTime/``): every case with a
``Context.ReferenceDateTime``, minus those ``NotSupported`` for Python and all ``NotSupportedByDesign``.
The extractor reads the input with the reference date (its date part) as the publication date. A case
passes when every expected result is overlapped by one of our dates whose value is one of the TimeML
spellings of the expected past-oriented value; a case expecting nothing passes when we find nothing.
Extra dates are not counted against a case (the specs list only what their one model type extracts).

How their resolutions become TimeML values (``expected_values``):

- past orientation: of the alternatives that share a timex (past and future readings), the latest one
  not after the reference; alternatives with different timexes (``T07:30`` or ``T19:30``: am or pm)
  are all accepted; a second pass rate accepts the future reading as well, since most inputs are
  future-tense requests ("I'll go back Oct. 2") that a tense-aware extractor reads forwards; a third
  follows each input's grammar: the future reading for an input with a future-tense marker ("will",
  "'ll", "shall", "won't", "going to"), the past reading for every other; a fourth scores the
  past-oriented cases alone (those without such a marker) against the past reading;
- durations and sets: the timex as is (``P3D``, ``PT1.5H``, ``XXXX-WXX-4``);
- a timex without ``X`` is already a TimeML value (``2016-09``, ``2016-W45``, ``2016-SU``, ``PRESENT_REF``);
  a timex with ``X`` is replaced by its resolved date (``XXXX-10-02`` -> ``2016-10-02``), keeping its
  time of day or part of day (``XXXX-WXX-2TAF`` -> ``2016-11-01TAF``); a reading with an end only
  ("before July 4") names the day of that end (for a period, the day before its exclusive end);
- a time without a date (``T14``) is accepted bare or on the reference date (``2016-11-07T14:00``);
- periods (``(2016-10-01,2017-01-01,P3M)``, or a resolved start and end) become the calendar unit they
  cover exactly (year ``2016``, half ``2016-H2``, quarter ``2016-Q4``, month ``2016-10``, ISO week
  ``2016-W40``, weekend ``2016-W40-WE``), else an interval ``start/end``; their end is sometimes
  exclusive (calendar periods, "past 3 weeks") and sometimes inclusive ("from 4 to 22"), so an interval
  of dates passes with either, and one from a first of the month to a first of the month also as months
  (``1992-06/1992-08``);
- results with nothing resolved (a season without a year, "not resolved") and time zones are left
  out, and so is a case that keeps no expected result.

Values are compared after ``normalise_value`` (times as ``HH:MM``, two-digit weeks, upper case).

Baseline (both tables): the base model's DATE and TIME entities, valued by dateparser with the
publication date as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM='past'``, formatted to the granularity
dateparser reports (day ``YYYY-MM-DD``, week ``YYYY-Www``, month ``YYYY-MM``, year ``YYYY``, time
``YYYY-MM-DDTHH:MM``).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from dateparser.date import DateDataParser

from .common import PRF, Table, base_pipes, extract_records, match_spans, prf_of, rate

TIMEML_DIR = Path("eval/dates/aquaint")
SPECS_DIR = Path("eval/numbers-dates-specs/DateTime")
SPEC_FILES = ("DateParser.json", "DatePeriodParser.json", "DateTimeModel.json")
BASELINE = "baseline: spaCy DATE/TIME + dateparser"


@dataclass(frozen=True)
class Timex:
    """A time expression: its span in a text and its TimeML value (``None`` when not resolved)."""

    start: int
    end: int
    value: Optional[str]


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str
    timexes: list[Timex]


def load_timeml(path: Path) -> TimeMLDoc:
    """The raw text of the ``TEXT`` element, the offsets and values of its TIMEX3s, and the DCT value."""
    root = ET.parse(path).getroot()
    dct = next(t.get("value", "") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    element = root.find("TEXT")
    if element is None:
        raise ValueError(f"{path}: no TEXT element")
    pieces: list[str] = []
    timexes: list[Timex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        pieces.append(node.text or "")
        length += len(node.text or "")
        for child in node:
            start = length
            walk(child)
            if child.tag == "TIMEX3" and length > start:
                timexes.append(Timex(start, length, child.get("value")))
            pieces.append(child.tail or "")
            length += len(child.tail or "")

    walk(element)
    return TimeMLDoc(path.stem, "".join(pieces), dct, timexes)


def predictions_of(dates: Iterable[dict[str, Any]], *, split_ranges: bool = True) -> list[Timex]:
    """Our date records as scored spans; with ``split_ranges`` a range is its two endpoints."""
    found = []
    for record in dates:
        ends = [record.get("from"), record.get("to")] if record.get("type") == "range" and split_ranges else []
        if ends and all(ends):
            found += [Timex(end["start"], end["end"], end.get("value")) for end in ends]
        else:
            found.append(Timex(record["start"], record["end"], record.get("value")))
    return found


_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?(?::(\d{2}))?(?![\d:])")
_WEEK = re.compile(r"-W(\d)(?!\d)")
_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
_CALENDAR_X = re.compile(r"[\dX]{4}(?:-[\dX]{2}){0,2}")


def normalise_value(value: Optional[str]) -> Optional[str]:
    """One spelling per TimeML value: ``T14`` and ``T14:00:00`` are ``T14:00``; ``W9`` is ``W09``."""
    if value is None:
        return None

    def clock(match: re.Match) -> str:
        hours, minutes, seconds = match.groups()
        return f"T{hours}:{minutes or '00'}" + (f":{seconds}" if seconds and seconds != "00" else "")

    return _WEEK.sub(r"-W0\1", _CLOCK.sub(clock, value.strip().upper()))


@dataclass
class TimexScores:
    """TempEval-3 figures over a corpus."""

    strict: PRF
    relaxed: PRF
    values_correct: int

    @property
    def value_accuracy(self) -> float:
        return self.values_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed.f1 * self.value_accuracy


def score_timexes(gold: Sequence[Sequence[Timex]], predicted: Sequence[Sequence[Timex]]) -> TimexScores:
    """Strict and relaxed span P/R/F1, and how many relaxed matches carry the gold value."""
    scores = TimexScores(PRF(), PRF(), 0)
    for gold_doc, predicted_doc in zip(gold, predicted, strict=True):
        gold_spans = [(t.start, t.end) for t in gold_doc]
        predicted_spans = [(t.start, t.end) for t in predicted_doc]
        scores.strict.add(prf_of(predicted_spans, gold_spans, strict=True)[0])
        relaxed, pairs = prf_of(predicted_spans, gold_spans)
        scores.relaxed.add(relaxed)
        scores.values_correct += sum(
            1 for i, j in pairs
            if gold_doc[j].value is not None
            and normalise_value(predicted_doc[i].value) == normalise_value(gold_doc[j].value)
        )
    return scores


# --- Recognizers-Text specs -------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedDate:
    """An expected result: the values of its past-oriented reading, of its past or future readings, and of
    its future-oriented reading."""

    start: int
    end: int
    values: frozenset[str]
    either: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()


@dataclass
class DateCase:
    input: str
    reference: datetime
    expected: list[ExpectedDate]


def load_datetime_specs(path: Path) -> list[DateCase]:
    """The cases with a reference date that Python is meant to pass, with TimeML values expected."""
    cases = []
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        if not reference or "python" in (case.get("NotSupported") or "").lower() or case.get("NotSupportedByDesign"):
            continue
        moment = datetime.fromisoformat(reference)
        expected = []
        for result in case.get("Results", []):
            values = expected_values(result, moment)
            if values:
                start = result["Start"]
                end = start + result["Length"] if "Length" in result else result["End"] + 1
                expected.append(ExpectedDate(start, end, values, expected_values(result, moment, reading="either"),
                                             expected_values(result, moment, reading="future")))
        if expected or not case.get("Results"):
            cases.append(DateCase(case["Input"], moment, expected))
    return cases


def expected_values(result: dict[str, Any], reference: datetime, *, reading: str = "past") -> frozenset[str]:
    """The TimeML spellings of one result's ``past``-oriented value (or ``future``, or ``either``); empty when it
    cannot be mapped."""
    if "Value" in result:  # the parser specs: one timex, a past and a future resolution
        kind, timex = result.get("Type", ""), result["Value"].get("Timex") or ""
        names = {"date": "value", "startDate": "start", "endDate": "end"}
        keys = {"past": ("PastResolution",), "future": ("FutureResolution",),
                "either": ("PastResolution", "FutureResolution")}[reading]
        options = [(timex, {names[k]: v for k, v in (result["Value"].get(key) or {}).items() if k in names})
                   for key in keys]
    else:  # the model specs: a list of readings
        kind = (result.get("TypeName") or "").rpartition(".")[2]
        readings = (result.get("Resolution") or {}).get("values") or []
        chosen = readings if reading == "either" else _oriented_readings(readings, reference, future=reading == "future")
        options = [(reading.get("timex") or "", reading) for reading in chosen]
    values: set[str] = set()
    for timex, option in options:
        values |= _timeml(kind, timex, option, reference)
    return frozenset(v for v in (normalise_value(value) for value in values) if v and _on_calendar(v))


def _on_calendar(value: str) -> bool:
    """False for days no calendar has ("Feb 30" resolved as 0001-02-30): no system can produce them."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return True
    try:
        date(*map(int, match.groups()))
    except ValueError:
        return False
    return True


def _oriented_readings(readings: list[dict[str, Any]], reference: datetime, *,
                       future: bool = False) -> list[dict[str, Any]]:
    """Per timex, the latest reading not after the reference (else the earliest); ``future``: the earliest
    reading after it (else the latest)."""
    by_timex: dict[str, list[dict[str, Any]]] = {}
    for reading in readings:
        by_timex.setdefault(reading.get("timex") or "", []).append(reading)
    limit = reference.isoformat(sep=" ")
    chosen = []
    for group in by_timex.values():
        anchored = sorted(group, key=lambda r: str(r.get("value") or r.get("start") or r.get("end") or ""))
        past = [r for r in anchored if str(r.get("value") or r.get("start") or r.get("end") or "") <= limit]
        if future:
            after = anchored[len(past):]
            chosen.append(after[0] if after else anchored[-1])
        else:
            chosen.append(past[-1] if past else anchored[0])
    return chosen


def _timeml(kind: str, timex: str, option: dict[str, Any], reference: datetime) -> set[str]:
    day = reference.date().isoformat()
    if not timex or kind == "timezone":
        return set()
    if kind in ("duration", "set"):
        return {timex}
    if timex in _SEASONS:  # "summer" with no year: the specs leave it unresolved
        return set()
    if timex.startswith("("):
        first, second = timex[1:-1].split(",")[:2]
        start, end = option.get("start") or _given(first), option.get("end") or _given(second)
        return _period(start, end, "T" in first, "T" in second, day)
    if "X" not in timex:
        return {timex, f"{day}{timex}"} if timex.startswith("T") else {timex}
    anchor = option.get("value") or option.get("start") or _last_day(option)
    if not isinstance(anchor, str) or not anchor[:1].isdigit():
        return set()
    day_part, _, suffix = timex.partition("T")
    if kind.endswith("range") and option.get("start") and option.get("end") and not suffix:
        return _period(anchor, option.get("end"), False, False, day)
    if _CALENDAR_X.fullmatch(day_part):  # XXXX-08, XXXX-XX-15: the reading fills in the Xs
        day_part = "".join(a if t == "X" else t for t, a in zip(day_part, anchor))
    else:  # XXXX-WXX-5, XXXX-10-WXX-5-#1: the reading's date
        day_part = anchor[:10]
    return {day_part + (f"T{suffix}" if suffix else "")}


def _last_day(option: dict[str, Any]) -> Optional[str]:
    """A reading with an end only ("before July 4", "before the end of December"): the day it names.

    The end of a point is that day; the end of a period is exclusive (December ends on 01-01).
    """
    end = option.get("end")
    if not isinstance(end, str) or not end[:1].isdigit():
        return None
    if option.get("sourceEntity") == "datetimerange":
        return (date.fromisoformat(end[:10]) - timedelta(days=1)).isoformat()
    return end


def _given(endpoint: str) -> Optional[str]:
    """An interval endpoint the timex states outright (``2019-01-01``), as the readings spell it."""
    return endpoint.replace("T", " ") if endpoint[:1].isdigit() and "X" not in endpoint else None


def _resolved(moment: str, with_time: bool) -> str:
    """``2016-11-07 16:12:00`` as ``2016-11-07T16:12:00`` (or its date); a bare ``17:00:00`` as ``T17:00:00``."""
    if ":" in moment[:3]:
        return f"T{moment}"
    return moment[:10] + (f"T{moment[11:]}" if with_time and len(moment) > 10 else "")


def _period(start: Any, end: Any, start_time: bool, end_time: bool, day: str) -> set[str]:
    if not isinstance(start, str) or not isinstance(end, str) or not start[:1].isdigit() or not end[:1].isdigit():
        return set()
    first, last = _resolved(start, start_time), _resolved(end, end_time)
    if first.startswith("T"):
        return {f"{first}/{last}", f"{day}{first}/{day}{last}"}
    if "T" in first or "T" in last:
        return {f"{first}/{last}"}
    try:
        begin, stop = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:  # "2/29-3/1/2019": no such day
        return set()
    unit = calendar_unit(begin, stop)
    if unit:
        return {unit}
    inclusive = (stop - timedelta(days=1)).isoformat()
    values = {f"{first}/{last}", f"{first}/{inclusive}"}
    if begin.day == 1 and stop.day == 1:  # June-August: also as months
        values |= {f"{first[:7]}/{last[:7]}", f"{first[:7]}/{inclusive[:7]}"}
    return values


def calendar_unit(start: date, end: date) -> Optional[str]:
    """The TimeML value of ``[start, end)`` when it is exactly a year, half-year, quarter, month, ISO week or
    weekend."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if start.day == 1 and end.day == 1:
        if months == 12 and start.month == 1:
            return str(start.year)
        if months == 6 and start.month in (1, 7):
            return f"{start.year}-H{start.month // 6 + 1}"
        if months == 3 and start.month % 3 == 1:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if months == 1:
            return f"{start.year}-{start.month:02d}"
    year, week, weekday = start.isocalendar()
    if weekday == 1 and end - start == timedelta(days=7):
        return f"{year}-W{week:02d}"
    if weekday == 6 and end - start == timedelta(days=2):
        return f"{year}-W{week:02d}-WE"
    return None


FUTURE_TENSE = re.compile(r"\b(?:will|shall|won't|going to)\b|'ll\b", re.IGNORECASE)


def future_tense(text: str) -> bool:
    """Whether the input speaks of the future ("I'll go back Oct. 2"), so its dates read forwards."""
    return bool(FUTURE_TENSE.search(text.replace("\u2019", "'")))


def case_passes(case: DateCase, predicted: Sequence[Timex], *, future_too: bool = False, future: bool = False) -> bool:
    """Every expected result overlapped by a date of an accepted value (the past reading; ``future_too``: either
    reading; ``future``: the future one); nothing found when nothing is expected."""
    if not case.expected:
        return not predicted
    pairs = match_spans([(p.start, p.end) for p in predicted], [(e.start, e.end) for e in case.expected])
    accepted = [e.either if future_too else e.future if future else e.values for e in case.expected]
    return len(pairs) == len(case.expected) and all(
        normalise_value(predicted[i].value) in accepted[j] for i, j in pairs
    )


# --- the baseline ------------------------------------------------------------------------------

_LABELS = ("DATE", "TIME")
_FORMATS = {"day": "%Y-%m-%d", "part_of_day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y", "time": "%Y-%m-%dT%H:%M"}


@lru_cache(maxsize=256)
def _date_parser(base: datetime) -> DateDataParser:
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(text: str, base: datetime) -> Optional[str]:
    """What dateparser makes of a span, as a TimeML value at the granularity it reports."""
    try:
        found = _date_parser(base).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if found.date_obj is None:
        return None
    if found.period == "week":
        year, week, _ = found.date_obj.isocalendar()
        return f"{year}-W{week:02d}"
    return found.date_obj.strftime(_FORMATS.get(found.period or "day", "%Y-%m-%d"))


def baseline_predictions(nlp: Any, texts: Sequence[str], bases: Sequence[datetime]) -> list[list[Timex]]:
    """The base model's DATE/TIME entities, each valued by dateparser against its document's base date."""
    with base_pipes(nlp):
        docs = list(nlp.pipe(texts))
    return [
        [Timex(e.start_char, e.end_char, dateparser_value(e.text, base)) for e in doc.ents if e.label_ in _LABELS]
        for doc, base in zip(docs, bases)
    ]


def _moment(value: str) -> datetime:
    """A DCT value (``1998-08-07`` or ``1998-08-07T06:18``) as a datetime."""
    return datetime.fromisoformat(value[:16])


def _our_dates(extractor: Any, records: list[dict[str, Any]], split_ranges: bool) -> tuple[list[list[Timex]], int]:
    """Our dates per record, and how many records the extractor failed on (they count as finding nothing)."""
    outputs = extract_records(extractor, records)
    found = [predictions_of(output["dates"], split_ranges=split_ranges) if output else [] for output in outputs]
    return found, sum(output is None for output in outputs)


def _failures(table: Table, failed: int) -> None:
    if failed:
        table.notes.append(f"The extractor failed on {failed} inputs; they count as finding nothing.")


def _timeml_table(extractor: Any, docs: list[TimeMLDoc]) -> Table:
    records = [{"text": doc.text, "published": doc.dct[:10], "id": doc.name} for doc in docs]
    ours, failed = _our_dates(extractor, records, split_ranges=True)
    baseline = baseline_predictions(extractor.nlp, [doc.text for doc in docs], [_moment(doc.dct) for doc in docs])
    gold = [doc.timexes for doc in docs]
    mine, theirs = score_timexes(gold, ours), score_timexes(gold, baseline)
    table = Table(f"Dates: TempEval-3 on AQUAINT TimeML ({len(docs)} documents, {sum(map(len, gold))} TIMEX3)",
                  ["metric", "extractor", BASELINE])
    for match in ("strict", "relaxed"):
        for name, key in (("precision", "precision"), ("recall", "recall"), ("F1", "f1")):
            table.add(f"{match} {name}", getattr(getattr(mine, match), key), getattr(getattr(theirs, match), key))
    table.add("value accuracy (over relaxed matches)", mine.value_accuracy, theirs.value_accuracy)
    table.add("value F1 (relaxed F1 x value accuracy)", mine.value_f1, theirs.value_f1)
    table.notes = [
        "Strict: same span; relaxed: any overlap (one-to-one). The extractor reads each TEXT element with the DCT as"
        " its publication date; a predicted range counts as its two endpoints.",
    ]
    _failures(table, failed)
    return table


_READINGS = (
    ("every case, past reading", False, False, False),
    ("every case, past or future reading", False, True, False),
    ("every case, by the input's tense", False, False, True),
    ("past-oriented cases (no future-tense marker), past reading", True, False, False),
)


def _specs_table(extractor: Any, shared: Path, limit: Optional[int]) -> Table:
    table = Table("Dates: Recognizers-Text DateTime specs (cases with a reference date)",
                  ["file", "reading", "cases", "extractor pass", BASELINE + " pass"])
    failed = 0
    for name in SPEC_FILES:
        cases = load_datetime_specs(shared / SPECS_DIR / name)[:limit]
        records = [{"text": case.input, "published": case.reference.date().isoformat()} for case in cases]
        ours, failures = _our_dates(extractor, records, split_ranges=False)
        failed += failures
        baseline = baseline_predictions(extractor.nlp, [c.input for c in cases], [c.reference for c in cases])
        for reading, past_only, either, by_tense in _READINGS:
            kept = [index for index, case in enumerate(cases) if not (past_only and future_tense(case.input))]
            table.add(name, reading, len(kept), *(
                rate(sum(case_passes(cases[i], system[i], future_too=either,
                                     future=by_tense and future_tense(cases[i].input)) for i in kept), len(kept))
                for system in (ours, baseline)))
    table.notes = [
        "Pass: every expected result is overlapped by a date whose value is the expected value (mapped to TimeML"
        " as the module docstring of benchmarks/dates.py sets out); extra dates are not penalised. Skipped:"
        " NotSupported for Python, NotSupportedByDesign, cases without a reference date. The specs give each"
        " input a past and a future reading, and most inputs are future-tense requests (\"I'll go back Oct. 2\"):"
        " the readings expect the past one for every case; either one; the future one where the input has a"
        " future-tense marker (will, 'll, shall, won't, going to) and the past one elsewhere; and the past one"
        " for the past-oriented cases only, those without such a marker.",
    ]
    _failures(table, failed)
    return table


def run(extractor: Any, shared: Path, limit: Optional[int] = None) -> list[Table]:
    """TempEval-3 figures on AQUAINT, then pass rates on the Recognizers-Text DateTime specs."""
    docs = [load_timeml(path) for path in sorted((shared / TIMEML_DIR).glob("*.tml"))[:limit]]
    return [_timeml_table(extractor, docs), _specs_table(extractor, shared, limit)]
