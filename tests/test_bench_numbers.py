"""The numbers scorer on hand-made Recognizers-Text and quantulum3 snippets: no pipeline needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.numbers import (
    ExpectedNumber,
    NumberCase,
    baseline_number,
    canonical_unit,
    case_result,
    load_quantulum,
    load_spec_cases,
    number_matches,
    parse_interval,
    simple_number,
)


def _number(start: int, end: int, value: float, kind: str = "count", **extra: object) -> dict:
    record = {"start": start, "end": end, "value": value, "low": None, "high": None, "kind": kind,
              "unit": None, "currency": None}
    record.update(extra)
    return record


def test_spec_loader_reads_values_units_currencies_and_skips_python_unsupported(tmp_path: Path) -> None:
    cases = [
        {"Input": "It weighs 12 kilos.", "Results": [{"Text": "12 kilos", "TypeName": "dimension", "Start": 10,
                                                       "End": 17, "Resolution": {"value": "12", "unit": "Kilogram"}}]},
        {"Input": "Pay c $ 3.5 now", "Results": [{"Text": "c $ 3.5", "TypeName": "currency", "Start": 4, "End": 10,
                                                   "Resolution": {"value": "3.5", "unit": "Canadian dollar",
                                                                  "isoCurrency": "CAD"}}]},
        {"Input": "up 40%", "NotSupported": "javascript", "Results": [
            {"Text": "40%", "TypeName": "percentage", "Start": 3, "End": 5, "Resolution": {"value": "40%"}}]},
        {"Input": "nothing", "Results": []},
        {"Input": "in rmb", "Results": [{"Text": "rmb", "TypeName": "currency", "Start": 3, "End": 5,
                                          "Resolution": {"value": None, "unit": "Chinese yuan"}}]},
        {"Input": "more than 7", "Results": [{"Text": "more than 7", "TypeName": "numberrange", "Start": 0, "End": 10,
                                               "Resolution": {"value": "(7,)"}}]},
        {"Input": "skipped", "NotSupported": "java, python", "Results": []},
        {"Input": "skipped", "NotSupportedByDesign": "javascript", "Results": []},
    ]
    path = tmp_path / "Model.json"
    path.write_text("\ufeff" + json.dumps(cases), encoding="utf-8")
    loaded = load_spec_cases(path)
    inputs = ["It weighs 12 kilos.", "Pay c $ 3.5 now", "up 40%", "nothing", "more than 7"]
    assert [case.input for case in loaded] == inputs
    weight, money, percent = (case.expected[0] for case in loaded[:3])
    assert (loaded[0].input[weight.start:weight.end], weight.value, weight.unit) == ("12 kilos", 12.0, "Kilogram")
    assert (money.value, money.currency, money.unit) == (3.5, "CAD", None)
    assert (loaded[2].input[percent.start:percent.end], percent.value) == ("40%", 40.0)
    assert loaded[4].expected[0] == ExpectedNumber(0, 11, low=7.0, high=None, is_range=True)
    assert [case.input for case in load_spec_cases(path, python_port=False)] == inputs + ["skipped"]


def test_intervals() -> None:
    assert parse_interval("[30,)") == (30.0, None)
    assert parse_interval("(,5]") == (None, 5.0)
    assert parse_interval("[2,7)") == (2.0, 7.0)


def test_quantulum_loader_locates_surfaces(tmp_path: Path) -> None:
    items = [{"req": "Add 2 cups and 2 kg for $5 or 3 to 5 m", "res": [
        {"value": 2, "unit": "cup", "surface": "2 cups"},
        {"value": 2, "unit": "kilogram", "surface": "2 kg"},
        {"value": 5, "unit": "dollar", "surface": "$5"},
        {"value": 4, "unit": "metre", "surface": "3 to 5 m", "uncertainty": 1},
        {"value": 9, "unit": "dimensionless", "surface": "not in the text"},
    ]}]
    path = tmp_path / "quantities.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    (case,) = load_quantulum(path)
    text = case.input
    assert [text[e.start:e.end] for e in case.expected] == ["2 cups", "2 kg", "$5", "3 to 5 m"]
    assert (case.expected[1].unit, case.expected[2].currency, case.expected[2].unit) == ("kilogram", "USD", None)
    assert (case.expected[3].low, case.expected[3].high, case.expected[3].is_range) == (3.0, 5.0, True)


@pytest.mark.parametrize("unit, canonical", [
    ("Kilometer", "kilometre"), ("km", "kilometre"), ("kilometres", "kilometre"), ("Mile per hour", "mile per hour"),
    ("mph", "mile per hour"), ("lbs", "pound"), ("Pound", "pound"), ("°C", "degree celsius"),
    ("degree Celsius", "degree celsius"), ("square meters", "square metre"), ("feet", "foot"), ("MW", "megawatt"),
    ("barrels per day", "barrel per day"), (None, None),
])
def test_units_are_compared_in_one_spelling(unit: str, canonical: str) -> None:
    assert canonical_unit(unit) == canonical


def test_number_matches_value_unit_currency_and_ranges() -> None:
    assert number_matches(ExpectedNumber(0, 5, value=1e6), _number(0, 5, 1000000.0000001))
    assert not number_matches(ExpectedNumber(0, 5, value=1e6), _number(0, 5, 1e5))
    assert number_matches(ExpectedNumber(0, 5, value=12, unit="Kilometer"), _number(0, 5, 12, "measure", unit="km"))
    assert not number_matches(ExpectedNumber(0, 5, value=12, unit="Mile"), _number(0, 5, 12, "measure", unit="km"))
    assert number_matches(ExpectedNumber(0, 5, value=3, currency="CAD"), _number(0, 5, 3, "money", currency="CAD"))
    assert not number_matches(ExpectedNumber(0, 5, value=3, currency="CAD"), _number(0, 5, 3, "money", currency="USD"))
    assert number_matches(ExpectedNumber(0, 5, value=3), _number(0, 5, 3, "money", currency="USD"))
    span = ExpectedNumber(0, 5, low=3, high=5, is_range=True)
    assert number_matches(span, _number(0, 5, 3, low=3, high=5))
    assert not number_matches(span, _number(0, 5, 3, low=3, high=None))
    assert number_matches(ExpectedNumber(0, 5, low=7, high=7, is_range=True), _number(0, 5, 7))


def test_case_result_counts_only_the_files_kind() -> None:
    case = NumberCase("40% of 12 people paid $5", [ExpectedNumber(22, 24, value=5)])
    found = [_number(0, 3, 40, "percent"), _number(7, 16, 12), _number(22, 24, 5, "money", currency="USD")]
    assert case_result(case, found, "money") == (True, 1)
    assert case_result(case, found[:2], "money") == (False, 0)
    assert case_result(case, [_number(21, 24, 50, "money")], None) == (False, 0)
    empty = NumberCase("nothing to see", [])
    assert case_result(empty, [_number(0, 3, 40, "percent")], "money") == (True, 0)
    assert case_result(empty, [_number(0, 3, 40, "percent")], None) == (False, 0)


def test_baseline_parse() -> None:
    assert simple_number("1.5 million") == 1.5e6
    assert simple_number("one hundred and twenty") == 120
    assert simple_number("two thousand five hundred") == 2500
    assert simple_number("$ 75 million") == 75e6
    assert simple_number("about a dozen") is None
    assert simple_number("1,000 to 2,000") == 1000
    money = baseline_number("$ 75 million", 3, 15, "MONEY")
    assert (money["value"], money["kind"], money["currency"]) == (75e6, "money", "USD")
    assert (money["start"], money["end"]) == (3, 15)
    weight = baseline_number("200lbs", 0, 6, "QUANTITY")
    assert (weight["value"], weight["kind"], canonical_unit(weight["unit"])) == (200, "measure", "pound")
    assert baseline_number("six-mile", 0, 8, "QUANTITY")["unit"] == "mile"
    assert baseline_number("40%", 0, 3, "PERCENT")["kind"] == "percent"
    assert baseline_number("Friday", 0, 6, "DATE") is None
