"""Dates without a model: ``dates.parse(text, Context)`` and the order of its rule tables.

The expressions come from the news sentences of tests/test_dates.py (sources named there); here they are
read alone, as the component reads a span once spaCy has found it and the sentence has given its context.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

import pytest

from extractor import dates
from extractor.dates import normalise
from extractor.dates.normalise import single
from extractor.dates.values import Rule

PUBLISHED = date(2023, 11, 9)  # a Thursday


def read(text: str, **context: Any) -> Optional[dates.Parsed]:
    return dates.parse(text, dates.Context(PUBLISHED, **context))


def readers_of(text: str, monkeypatch: pytest.MonkeyPatch, **context: Any) -> tuple[str, str]:
    """The row of each table that read ``text``: (whole-text rule, one-expression rule or '' when the text
    was read as two parts, whose parts are read as one expression each)."""
    fired: dict[int, list[str]] = {0: [], 1: []}

    def watched(table: tuple[Rule, ...], level: int) -> tuple[Rule, ...]:
        def watch(rule: Rule) -> Rule:
            def read_and_note(*args: Any) -> Optional[dates.Parsed]:
                parsed = rule.read(*args)
                if parsed is not None:
                    fired[level].append(rule.read.__name__)
                return parsed
            return Rule(rule.reads, read_and_note)
        return tuple(watch(rule) for rule in table)

    monkeypatch.setattr(normalise, "RULES", watched(normalise.RULES, 0))
    monkeypatch.setattr(single, "RULES", watched(single.RULES, 1))
    normalise.parse.__wrapped__(text, dates.Context(PUBLISHED, **context))
    # a rule may read a smaller expression inside its own: the outer reading is the last to finish
    whole = (fired[0] or [""])[-1]
    return whole, fired[1][-1] if whole == "read_single" and fired[1] else ""


def test_whole_text_rules_are_tried_in_this_order():
    assert [rule.read.__name__ for rule in normalise.RULES] == [
        "_in_first_zone", "_weekdays_of_a_week", "_clock_on_day", "_split_year", "_range", "read_single", "_numeric", "_fallback"]


def test_one_expression_rules_are_tried_in_this_order():
    assert [rule.read.__name__ for rule in single.RULES] == [
        "_vague", "_set", "_ago", "_day_of_story", "_fiscal_year", "_in_future", "_rest_of", "_weekday_and_day",
        "_day_of_deictic_month", "_relative", "_weekend", "_week_of", "_month_of", "_deictic_year", "_deictic_point",
        "_weekday_in_week", "_nth_in_month", "_nth_weekday_alone", "_day_of_month", "_quarter_of_months",
        "_first_or_last_part", "_wire_clock", "_duration", "_part_of_story_day", "_point", "_part_of_named_day"]


def test_every_row_says_what_it_reads():
    for rule in (*normalise.RULES, *single.RULES):
        assert rule.reads.count("'") >= 2, rule


@pytest.mark.parametrize("text, context, whole, one, value", [
    ("two weeks ago", {}, "read_single", "_ago", "2023-10-26"),
    ("a few days ago", {}, "read_single", "_ago", "PAST_REF"),
    ("last Friday", {}, "read_single", "_relative", "2023-11-03"),
    ("last week", {}, "read_single", "_relative", "2023-W44"),
    ("yesterday", {}, "read_single", "_relative", "2023-11-08"),
    ("every two or three years", {}, "read_single", "_set", "P2Y"),
    ("the week of March 28", {"tense": "past"}, "read_single", "_week_of", "2023-W13"),
    ("last Oct. 23", {}, "read_single", "_deictic_point", "2023-10-23"),
    ("third quarter last year", {}, "read_single", "_deictic_year", "2022-Q3"),
    ("Q3 2004", {}, "read_single", "_point", "2004-Q3"),
    ("the first nine months of 1986", {}, "read_single", "_first_or_last_part", "1986-01/1986-09"),
    ("less than a decade", {}, "read_single", "_duration", "P10Y"),
    ("fiscal 1987", {}, "read_single", "_fiscal_year", "FY1987"),
    ("0620 hrs", {}, "read_single", "_wire_clock", "2023-11-09T06:20"),
    ("1530 EST/2030 GMT", {}, "_in_first_zone", "", "2023-11-09T15:30"),
    ("Sunday to Tuesday next week", {"tense": "future"}, "_weekdays_of_a_week", "", "2023-11-19/2023-11-21"),
    ("10:35 a.m. yesterday", {}, "_clock_on_day", "", "2023-11-08T10:35"),
    ("October 27 to November 8", {}, "_range", "", "2023-10-27/2023-11-08"),
    ("1987/88", {}, "_split_year", "", "1987/1988"),
    ("02/22/2016", {}, "_numeric", "", "2016-02-22"),
    ("3 March 87", {}, "_fallback", "", "1987-03-03"),
])
def test_each_expression_is_read_by_its_row(text, context, whole, one, value, monkeypatch):
    assert readers_of(text, monkeypatch, **context) == (whole, one)
    assert read(text, **context).value == value


def test_parse_works_without_a_model_and_without_an_anchor():
    assert dates.parse("two weeks ago", dates.Context(None)).value is None
    assert dates.parse("March 3, 2004", dates.Context(None)).value == "2004-03-03"
    assert dates.parse("the board", dates.Context(PUBLISHED)) is None
