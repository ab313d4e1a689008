"""The dates scorer on hand-made TimeML and Recognizers-Text snippets: no pipeline needed."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from benchmarks.dates import (
    DateCase,
    ExpectedDate,
    Timex,
    calendar_unit,
    case_passes,
    dateparser_value,
    expected_values,
    future_tense,
    load_datetime_specs,
    load_timeml,
    normalise_value,
    predictions_of,
    score_timexes,
)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">2001-03-09</TIMEX3></DCT>
<TITLE>Ferry service resumes</TITLE>
<TEXT>
The ferry <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-08">\
Thursday</TIMEX3> &amp; will sail again <SIGNAL sid="s1">for</SIGNAL> \
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_loader_keeps_offsets_into_the_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "TEST0001.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = load_timeml(path)
    assert doc.name == "TEST0001" and doc.dct == "2001-03-09"
    assert doc.text == "\nThe ferry sailed Thursday & will sail again for two weeks.\n"
    found = [(doc.text[t.start:t.end], t.value) for t in doc.timexes]
    assert found == [("Thursday", "2001-03-08"), ("two weeks", "P2W")]


def test_a_range_counts_as_its_two_endpoints() -> None:
    dates = [
        {"start": 0, "end": 6, "type": "date", "value": "2001-03-08", "from": None, "to": None},
        {"start": 10, "end": 24, "type": "range", "value": "2001-05-01/2001-05-05",
         "from": {"start": 10, "end": 15, "value": "2001-05-01"},
         "to": {"start": 19, "end": 24, "value": "2001-05-05"}},
    ]
    expected = [Timex(0, 6, "2001-03-08"), Timex(10, 15, "2001-05-01"), Timex(19, 24, "2001-05-05")]
    assert predictions_of(dates) == expected
    assert predictions_of(dates, split_ranges=False)[1] == Timex(10, 24, "2001-05-01/2001-05-05")


def test_values_are_compared_in_one_spelling() -> None:
    assert normalise_value("t14") == "T14:00"
    assert normalise_value("2016-11-07T16:12:00") == "2016-11-07T16:12"
    assert normalise_value("2016-11-08T23:59:59") == "2016-11-08T23:59:59"
    assert normalise_value("1998-W9") == "1998-W09"
    assert normalise_value("2016-11-01TAF") == "2016-11-01TAF"
    assert normalise_value("T17:00:00/T18:00") == "T17:00/T18:00"
    assert normalise_value(None) is None


def test_tempeval_scores() -> None:
    gold = [[Timex(0, 6, "2001-03-08"), Timex(10, 20, "P3D")], [Timex(5, 9, "2001")]]
    predicted = [[Timex(0, 6, "2001-03-08"), Timex(12, 20, "P2D"), Timex(30, 35, None)], []]
    scores = score_timexes(gold, predicted)
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 2, 2)
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (2, 1, 1)
    assert scores.values_correct == 1 and scores.value_accuracy == 0.5
    assert scores.value_f1 == pytest.approx(scores.relaxed.f1 * 0.5)
    assert scores.relaxed.f1 == pytest.approx(2 / 3)


REFERENCE = datetime(2016, 11, 7)


def _parser_result(timex: str, past: dict, future: dict, kind: str = "date") -> dict:
    return {"Text": "x", "Type": kind, "Start": 0, "Length": 1,
            "Value": {"Timex": timex, "PastResolution": past, "FutureResolution": future}}


def _model_result(kind: str, *readings: dict) -> dict:
    return {"Text": "x", "Start": 0, "End": 0, "TypeName": f"datetimeV2.{kind}",
            "Resolution": {"values": list(readings)}}


def test_expected_values_take_the_past_reading() -> None:
    result = _parser_result("XXXX-10-02", {"date": "2016-10-02"}, {"date": "2017-10-02"})
    assert expected_values(result, REFERENCE) == {"2016-10-02"}
    assert expected_values(result, REFERENCE, reading="either") == {"2016-10-02", "2017-10-02"}
    assert expected_values(result, REFERENCE, reading="future") == {"2017-10-02"}
    friday = _model_result("date", {"timex": "XXXX-WXX-5", "type": "date", "value": "2016-11-04"},
                           {"timex": "XXXX-WXX-5", "type": "date", "value": "2016-11-11"})
    assert expected_values(friday, REFERENCE) == {"2016-11-04"}
    assert expected_values(friday, REFERENCE, reading="future") == {"2016-11-11"}
    month = _model_result("daterange", {"timex": "XXXX-08", "Mod": "since", "start": "2016-08-01"},
                          {"timex": "XXXX-08", "Mod": "since", "start": "2017-08-01"})
    assert expected_values(month, REFERENCE) == {"2016-08"}


def test_expected_values_keep_times_and_resolved_timexes() -> None:
    am_or_pm = _model_result("time", {"timex": "T07:30", "value": "07:30:00"}, {"timex": "T19:30", "value": "19:30:00"})
    assert expected_values(am_or_pm, REFERENCE) == {"T07:30", "2016-11-07T07:30", "T19:30", "2016-11-07T19:30"}
    when = _model_result("datetime", {"timex": "XXXX-01-24T13:30", "value": "2016-01-24 13:30:00"},
                         {"timex": "XXXX-01-24T13:30", "value": "2017-01-24 13:30:00"})
    assert expected_values(when, REFERENCE) == {"2016-01-24T13:30"}
    afternoon = _model_result("datetimerange", {"timex": "XXXX-WXX-2TAF", "start": "2016-11-01 12:00:00",
                                                "end": "2016-11-01 16:00:00"})
    assert expected_values(afternoon, REFERENCE) == {"2016-11-01TAF"}
    week = _model_result("daterange", {"timex": "2016-W45", "start": "2016-11-07"})
    assert expected_values(week, REFERENCE) == {"2016-W45"}
    assert expected_values(_model_result("duration", {"timex": "PT1.5H", "value": "5400"}), REFERENCE) == {"PT1.5H"}
    assert expected_values(_model_result("set", {"timex": "P1W", "value": "not resolved"}), REFERENCE) == {"P1W"}


def test_expected_periods_become_calendar_units_or_intervals() -> None:
    quarter = _parser_result("(XXXX-07-01,XXXX-10-01,P3M)", {"startDate": "2016-07-01", "endDate": "2016-10-01"},
                             {"startDate": "2017-07-01", "endDate": "2017-10-01"}, "daterange")
    assert expected_values(quarter, REFERENCE) == {"2016-Q3"}
    span = _parser_result("(2016-11-04,2016-11-22,P18D)", {"startDate": "2016-11-04", "endDate": "2016-11-22"},
                          {"startDate": "2016-11-04", "endDate": "2016-11-22"}, "daterange")
    assert expected_values(span, REFERENCE) == {"2016-11-04/2016-11-22", "2016-11-04/2016-11-21"}
    hours = _model_result("timerange", {"timex": "(T17,T18,PT1H)", "start": "17:00:00", "end": "18:00:00"})
    assert expected_values(hours, REFERENCE) == {"T17:00/T18:00", "2016-11-07T17:00/2016-11-07T18:00"}


def test_a_reading_with_an_end_only_names_that_day() -> None:
    point = _model_result("daterange", {"timex": "XXXX-07-04", "Mod": "before", "end": "2016-07-04",
                                        "sourceEntity": "datetimepoint"})
    assert expected_values(point, REFERENCE) == {"2016-07-04"}
    december = {"timex": "XXXX-12", "Mod": "before-end", "sourceEntity": "datetimerange"}
    period = _model_result("daterange", december | {"end": "2016-01-01"}, december | {"end": "2017-01-01"})
    assert expected_values(period, REFERENCE) == {"2015-12"}
    since = _model_result("daterange", {"timex": "(2017-01-01,2017-04-01,P3M)", "Mod": "since", "start": "2017-01-01"})
    assert expected_values(since, REFERENCE) == {"2017-Q1"}


def test_unresolved_results_are_left_out() -> None:
    assert expected_values(_parser_result("SU", {}, {}, "daterange"), REFERENCE) == frozenset()
    assert expected_values(_model_result("timezone", {"timex": "UTC+01:00"}), REFERENCE) == frozenset()
    unresolved = _model_result("date", {"timex": "XXXX-10-02", "value": "not resolved"})
    assert expected_values(unresolved, REFERENCE) == frozenset()
    no_such_day = _model_result("daterange", {"timex": "(2019-02-29,2019-03-01,PXD)", "value": "not resolved"})
    assert expected_values(no_such_day, REFERENCE) == frozenset()


def test_calendar_units() -> None:
    assert calendar_unit(date(2016, 1, 1), date(2017, 1, 1)) == "2016"
    assert calendar_unit(date(2016, 10, 1), date(2017, 1, 1)) == "2016-Q4"
    assert calendar_unit(date(2016, 7, 1), date(2017, 1, 1)) == "2016-H2"
    assert calendar_unit(date(2016, 1, 1), date(2016, 7, 1)) == "2016-H1"
    assert calendar_unit(date(2016, 4, 1), date(2016, 10, 1)) is None
    assert calendar_unit(date(2016, 2, 1), date(2016, 3, 1)) == "2016-02"
    assert calendar_unit(date(2016, 11, 7), date(2016, 11, 14)) == "2016-W45"
    assert calendar_unit(date(2016, 11, 12), date(2016, 11, 14)) == "2016-W45-WE"
    assert calendar_unit(date(2016, 11, 8), date(2016, 11, 11)) is None


def test_spec_loader_skips_what_python_is_not_meant_to_pass(tmp_path: Path) -> None:
    context = {"ReferenceDateTime": "2016-11-07T00:00:00"}
    cases = [
        {"Input": "Back on Oct 2", "Context": context,
         "Results": [_parser_result("XXXX-10-02", {"date": "2016-10-02"}, {}) | {"Start": 8, "Length": 5}]},
        {"Input": "Back 2016-01-12", "Context": context, "NotSupported": "javascript",
         "Results": [{"Text": "2016-01-12", "Start": 5, "End": 14, "TypeName": "datetimeV2.date",
                      "Resolution": {"values": [{"timex": "2016-01-12", "type": "date", "value": "2016-01-12"}]}}]},
        {"Input": "Nothing here", "Context": context, "Results": []},
        {"Input": "Skipped", "Context": context, "NotSupported": "javascript, Python", "Results": []},
        {"Input": "Skipped", "Context": context, "NotSupportedByDesign": "java", "Results": []},
        {"Input": "No reference", "Results": []},
        {"Input": "Only summer", "Context": context, "Results": [_parser_result("SU", {}, {}, "daterange")]},
    ]
    path = tmp_path / "DateSpecs.json"
    path.write_text("\ufeff" + json.dumps(cases), encoding="utf-8")
    loaded = load_datetime_specs(path)
    assert [case.input for case in loaded] == ["Back on Oct 2", "Back 2016-01-12", "Nothing here"]
    first, second = loaded[0].expected[0], loaded[1].expected[0]
    assert (loaded[0].input[first.start:first.end], first.values) == ("Oct 2", {"2016-10-02"})
    assert (loaded[1].input[second.start:second.end], second.values) == ("2016-01-12", {"2016-01-12"})


def test_case_passes() -> None:
    either = frozenset({"2016-10-02", "2017-10-02"})
    case = DateCase("Back on Oct 2", REFERENCE, [ExpectedDate(8, 13, frozenset({"2016-10-02"}), either,
                                                              frozenset({"2017-10-02"}))])
    assert case_passes(case, [Timex(0, 4, "PRESENT_REF"), Timex(8, 13, "2016-10-02")])
    assert not case_passes(case, [Timex(8, 13, "2017-10-02")])
    assert case_passes(case, [Timex(8, 13, "2017-10-02")], future_too=True)
    assert case_passes(case, [Timex(8, 13, "2017-10-02")], future=True)
    assert not case_passes(case, [Timex(8, 13, "2016-10-02")], future=True)
    assert not case_passes(case, [Timex(0, 4, "2016-10-02")])
    empty = DateCase("Nothing here", REFERENCE, [])
    assert case_passes(empty, []) and not case_passes(empty, [Timex(0, 7, "PRESENT_REF")])


def test_baseline_values_take_dateparsers_granularity() -> None:
    base = datetime(1998, 8, 7)
    assert dateparser_value("three days ago", base) == "1998-08-04"
    assert dateparser_value("August 1998", base) == "1998-08"
    assert dateparser_value("1997", base) == "1997"
    assert dateparser_value("no date at all", base) is None


def test_expected_days_that_are_not_on_the_calendar_are_left_out():
    reference = datetime(2016, 11, 7)
    impossible = {"Type": "date", "Value": {"Timex": "XXXX-02-30", "PastResolution": {"date": "0001-02-30"}}}
    possible = {"Type": "date", "Value": {"Timex": "XXXX-02-28", "PastResolution": {"date": "2016-02-28"}}}
    assert expected_values(impossible, reference) == frozenset()
    assert expected_values(possible, reference) == {"2016-02-28"}


def test_future_tense_markers_choose_the_future_reading() -> None:
    assert future_tense("I'll go back Oct. 2") and future_tense("I\u2019ll be there Friday")
    assert future_tense("The council will vote on March 3") and future_tense("We are going to meet Monday")
    assert not future_tense("I went back Oct. 2") and not future_tense("Bill Williams said on Monday")
