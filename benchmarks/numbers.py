"""Numbers: pass rates on the Recognizers-Text English number specs and the quantulum3 test sentences.

**Recognizers-Text** (``eval/numbers-dates-specs/Number/`` and ``NumberWithUnit/``: Number,
NumberRange, Percent, Currency, Dimension), minus the cases ``NotSupported`` for Python and all
``NotSupportedByDesign``. **quantulum3** (``eval/numbers/quantulum3-quantities.json``): each
sentence's quantities, located by their surface text.

The extractor reads each input (no publication date). A case passes when every expected result is
overlapped by one of our numbers of the file's kind (``money`` for Currency, ``percent`` for Percent,
``measure`` for Dimension, any kind elsewhere) with

- the same value (a range: the same low and high; an open end is ``None``), to one part in a million;
- the same unit, where one is given, compared after ``canonical_unit`` (``km``, ``kilometers`` and
  ``Kilometer`` are all ``kilometre``); quantulum3's ``dimensionless`` means no unit to check;
- the same currency, where an ISO code is given (Recognizers-Text ``isoCurrency``; quantulum3's
  ``dollar``, ``euro``, ``pound sterling``), and not otherwise: a bare "Dollar" names no country.

A case expecting nothing passes when we find no number of the file's kind. Extra numbers are not
counted against a case (the specs list only what their one model type extracts). Currency results
with no amount (a bare "rmb") are left out, and so is a case that keeps no expected result.
quantulum3 gives a range as its middle and an uncertainty ("8- to 16-meter": 12 +/- 4): expected as 8 to 16.

Baseline: the base model's CARDINAL, MONEY, PERCENT and QUANTITY entities (kinds count, money, percent,
measure) valued by ``simple_number`` (the first number, in digits or words, with its scale words), the
currency from a symbol or word, and the unit from the words after the number. It has no ranges.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from .common import Table, base_pipes, extract_records, match_spans, rate

SPECS_DIR = Path("eval/numbers-dates-specs")
SPEC_FILES = (  # (file, kind of number its model extracts; None: any)
    ("Number/NumberModel.json", None),
    ("Number/NumberRangeModel.json", None),
    ("Number/PercentModel.json", "percent"),
    ("NumberWithUnit/CurrencyModel.json", "money"),
    ("NumberWithUnit/DimensionModel.json", "measure"),
)
RANGES = "Number/NumberRangeModel.json"
QUANTULUM = Path("eval/numbers/quantulum3-quantities.json")
BASELINE = "baseline: spaCy entities + simple parse"


@dataclass(frozen=True)
class ExpectedNumber:
    """One expected result; ``low``/``high`` are set for ranges only."""

    start: int
    end: int
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    is_range: bool = False


@dataclass
class NumberCase:
    input: str
    expected: list[ExpectedNumber]


def supported(case: dict[str, Any], *, python_port: bool = True) -> bool:
    """Recognizers-Text cases meant to pass in Python (``python_port=False``: in any port, ours being new)."""
    unported = python_port and "python" in (case.get("NotSupported") or "").lower()
    return not unported and not case.get("NotSupportedByDesign")


def load_spec_cases(path: Path, *, python_port: bool = True) -> list[NumberCase]:
    """A Recognizers-Text number file (``End`` is inclusive) as cases with numeric expectations."""
    cases = []
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        if not supported(case, python_port=python_port):
            continue
        expected = [e for e in (_spec_result(result) for result in case.get("Results", [])) if e is not None]
        if expected or not case.get("Results"):
            cases.append(NumberCase(case["Input"], expected))
    return cases


def _spec_result(result: dict[str, Any]) -> Optional[ExpectedNumber]:
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    if raw is None:
        return None
    span = {"start": result["Start"], "end": result["End"] + 1}
    if (result.get("TypeName") or "") == "numberrange":
        low, high = parse_interval(raw)
        return ExpectedNumber(**span, low=low, high=high, is_range=True)
    unit = resolution.get("unit") if result.get("TypeName") == "dimension" else None
    return ExpectedNumber(**span, value=float(raw.rstrip("%")), unit=unit, currency=resolution.get("isoCurrency"))


def parse_interval(text: str) -> tuple[Optional[float], Optional[float]]:
    """``[30,)`` -> (30, None); ``(2,5]`` -> (2, 5). Open or closed ends are not compared."""
    low, _, high = text.strip()[1:-1].partition(",")
    return (float(low) if low.strip() else None, float(high) if high.strip() else None)


QUANTULUM_CURRENCIES = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP"}


def load_quantulum(path: Path) -> list[NumberCase]:
    """quantulum3 sentences; each quantity is located at the first unused occurrence of its surface text.

    A quantity with an uncertainty ("8- to 16-meter": 12 +/- 4) is expected as the range 8 to 16.
    """
    cases = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text, expected, cursor = item["req"], [], 0
        for quantity in item["res"]:
            start = text.find(quantity["surface"], cursor)
            if start < 0:
                start = text.find(quantity["surface"])
            if start < 0:
                continue
            cursor = start + len(quantity["surface"])
            unit = quantity.get("unit")
            money, per, rate = (unit or "").partition(" per ")
            if per and money in QUANTULUM_CURRENCIES:  # "dollar per hour": money in USD at the rate "per hour"
                unit = f"per {rate}"
            currency = QUANTULUM_CURRENCIES.get(money if per else unit or "")
            if currency or unit == "dimensionless":
                unit = None
            value, spread = float(quantity["value"]), quantity.get("uncertainty")
            if spread:  # "8- to 16-meter" is 12 +/- 4: a range
                expected.append(ExpectedNumber(start, cursor, low=value - spread, high=value + spread, unit=unit,
                                               currency=currency, is_range=True))
            else:
                expected.append(ExpectedNumber(start, cursor, value=value, unit=unit, currency=currency))
        cases.append(NumberCase(text, expected))
    return cases


# Abbreviations and spellings to one name per unit; the rest is lower case, British spelling, singular.
UNIT_ALIASES = {
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "mi": "mile", "ft": "foot",
    "feet": "foot", "in": "inch", "inches": "inch", "yd": "yard", "kg": "kilogram", "kilo": "kilogram",
    "g": "gram", "mg": "milligram", "lb": "pound", "lbs": "pound", "oz": "ounce", "t": "tonne", "ton": "tonne",
    "metric ton": "tonne", "l": "litre", "ml": "millilitre", "cl": "centilitre", "ha": "hectare",
    "km2": "square kilometre", "sq km": "square kilometre", "m2": "square metre", "sq m": "square metre",
    "mph": "mile per hour", "mile an hour": "mile per hour", "km/h": "kilometre per hour",
    "kph": "kilometre per hour", "kmh": "kilometre per hour", "°c": "degree celsius", "celsius": "degree celsius",
    "°f": "degree fahrenheit", "fahrenheit": "degree fahrenheit", "°": "degree", "k": "kelvin",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour",
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "ghz": "gigahertz", "mhz": "megahertz",
    "bpd": "barrel per day", "barrel a day": "barrel per day", "pound mass": "pound", "cc": "millilitre",
    "cubic centimetre": "millilitre",
}
_IRREGULAR_PLURALS = {"feet": "foot", "inches": "inch", "celsius": "celsius", "degrees": "degree"}


def canonical_unit(unit: Optional[str]) -> Optional[str]:
    """``Kilometers``, ``km`` and ``kilometre`` are all ``kilometre``: the spellings of two systems compared."""
    if not unit:
        return None
    text = re.sub(r"\s+", " ", unit.lower().replace("-", " ")).strip()
    if text in UNIT_ALIASES:
        return UNIT_ALIASES[text]
    words = [_IRREGULAR_PLURALS.get(word, word[:-1] if word.endswith("s") and len(word) > 3 else word)
             for word in text.split()]
    text = re.sub(r"(met|lit)er\b", r"\1re", " ".join(words))
    return UNIT_ALIASES.get(text, text)


def _same(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def number_matches(expected: ExpectedNumber, found: dict[str, Any]) -> bool:
    """Value (or range bounds), unit and currency as the expected result gives them."""
    if expected.is_range:  # a number without bounds is the range [value, value]
        bounded = found.get("low") is not None or found.get("high") is not None
        low, high = (found.get("low"), found.get("high")) if bounded else (found.get("value"), found.get("value"))
        if not (_same(expected.low, low) and _same(expected.high, high)):
            return False
    elif not _same(expected.value, found.get("value")):
        return False
    if expected.unit and canonical_unit(expected.unit) != canonical_unit(found.get("unit")):
        return False
    return not expected.currency or expected.currency == found.get("currency")


def case_result(case: NumberCase, found: Sequence[dict[str, Any]], kind: Optional[str] = None) -> tuple[bool, int]:
    """(passed, expected results matched) for one case, counting only our numbers of ``kind``."""
    found = [number for number in found if kind is None or number.get("kind") == kind]
    if not case.expected:
        return not found, 0
    pairs = match_spans([(n["start"], n["end"]) for n in found], [(e.start, e.end) for e in case.expected])
    matched = sum(1 for i, j in pairs if number_matches(case.expected[j], found[i]))
    return matched == len(case.expected), matched


# --- the baseline ------------------------------------------------------------------------------

_LABEL_KINDS = {"CARDINAL": "count", "MONEY": "money", "PERCENT": "percent", "QUANTITY": "measure"}
_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen".split())}
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_WORDS.update({word: 10 * n for n, word in enumerate(_TENS.split(), 2)})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
            "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY"}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def simple_number(text: str) -> Optional[float]:
    """The first number in an entity's text, in digits or words, with its scale words ("1.5 million")."""
    total, current, seen = 0.0, 0.0, False
    for word in re.findall(r"[a-z]+|\d[\d,]*(?:\.\d+)?|\.\d+", text.lower()):
        if _DIGITS.fullmatch(word):
            if seen:
                break
            current, seen = float(word.replace(",", "")), True
        elif word in _WORDS:
            current, seen = current + _WORDS[word], True
        elif word == "hundred" and seen:
            current *= 100
        elif word in _SCALES and seen:
            total, current = total + current * _SCALES[word], 0.0
        elif seen and word != "and":
            break
    return total + current if seen else None


def _unit_words(text: str) -> Optional[str]:
    """What follows the number in a QUANTITY entity: "200lbs" -> "lbs", "1.5 million gallon" -> "gallon"."""
    words = re.sub(r"^[\d,.\s-]*", "", text.lower()).replace("-", " ").split()
    while words and (words[0] in _WORDS or words[0] in _SCALES or words[0] in ("hundred", "and", "a")):
        words.pop(0)
    return " ".join(words) or None


def baseline_number(text: str, start: int, end: int, label: str) -> Optional[dict[str, Any]]:
    """A spaCy number entity in our record shape, with the value ``simple_number`` reads."""
    value = simple_number(text)
    if label not in _LABEL_KINDS or value is None:
        return None
    kind = _LABEL_KINDS[label]
    lowered = text.lower()
    currency = next((code for mark, code in _SYMBOLS.items() if mark in lowered), None) if kind == "money" else None
    return {"start": start, "end": end, "value": value, "low": None, "high": None, "kind": kind,
            "unit": _unit_words(text) if kind == "measure" else None, "currency": currency}


def baseline_numbers(nlp: Any, texts: Iterable[str]) -> list[list[dict[str, Any]]]:
    """The base model's CARDINAL/MONEY/PERCENT/QUANTITY entities of each text, as number records."""
    with base_pipes(nlp):
        docs = list(nlp.pipe(texts))
    return [[n for n in (baseline_number(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents) if n]
            for doc in docs]


def _row(table: Table, name: str, cases: list[NumberCase], kind: Optional[str], extractor: Any) -> int:
    """Add a data set's row; returns how many inputs the extractor failed on (they count as finding nothing)."""
    outputs = extract_records(extractor, [{"text": case.input} for case in cases])
    ours = [output["numbers"] if output else [] for output in outputs]
    theirs = baseline_numbers(extractor.nlp, [case.input for case in cases])
    results = [sum(len(case.expected) for case in cases)]
    for found in (ours, theirs):
        outcomes = [case_result(case, numbers, kind) for case, numbers in zip(cases, found)]
        results += [rate(sum(p for p, _ in outcomes), len(cases)), rate(sum(m for _, m in outcomes), results[0])]
    table.add(name, len(cases), results[0], results[1], results[3], results[2], results[4])
    return sum(output is None for output in outputs)


def run(extractor: Any, shared: Path, limit: Optional[int] = None) -> list[Table]:
    """One row per data set: cases, case pass rate and result recall, ours and the baseline's."""
    table = Table("Numbers: Recognizers-Text specs and quantulum3",
                  ["data set", "cases", "results", "extractor pass", BASELINE + " pass",
                   "extractor results found", "baseline results found"])
    failed = sum(_row(table, Path(name).stem, load_spec_cases(shared / SPECS_DIR / name)[:limit], kind, extractor)
                 for name, kind in SPEC_FILES)
    ranges = load_spec_cases(shared / SPECS_DIR / RANGES, python_port=False)[:limit]
    failed += _row(table, "NumberRangeModel, cases the Python port does not support", ranges, None, extractor)
    failed += _row(table, "quantulum3", load_quantulum(shared / QUANTULUM)[:limit], None, extractor)
    table.notes = [
        "Pass: every expected result is overlapped by a number of the file's kind with the same value (range"
        " bounds), unit and ISO currency where given; a case expecting nothing passes when none is found. Results"
        " found: expected results so matched. Skipped: NotSupported for Python and NotSupportedByDesign"
        " (NumberRange keeps none: its second row scores the cases that only Recognizers-Text's Python port"
        " does not support, all but the by-design ones).",
        "Baseline: the base model's CARDINAL/MONEY/PERCENT/QUANTITY entities (kinds count/money/percent/measure),"
        " valued by a simple parse (first number in digits or words, times million/billion...; currency from"
        " $/£/€/¥ or the word; unit: the words after the number); it has no ranges.",
    ]
    if failed:
        table.notes.append(f"The extractor failed on {failed} inputs; they count as finding nothing.")
    return [table]
