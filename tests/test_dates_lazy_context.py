"""parse_around: a text read with only the context fields its reading looks at, the same as parse with the whole."""

from __future__ import annotations

import gc
import weakref
from dataclasses import fields, replace
from datetime import date
from itertools import product
from typing import Any

import pytest

from extractor.dates import Context, parse
from extractor.dates.normalise import forget_readings, parse_around


class Asked:
    """A context's fields handed out one by one, noting which were asked for."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.asked: set[str] = set()

    def field(self, name: str) -> Any:
        self.asked.add(name)
        return getattr(self.context, name)


TEXTS = ["1986", "January", "last year", "today", "Friday", "March 31", "1/2", "the 27th", "1986/87", "two weeks",
         "in the morning", "next week", "the first half of 1987", "March 3 to 5", "1530 EST/2030 GMT", "3 March 87"]
CONTEXTS = [replace(Context(anchor), tense=tense, **flags)
            for anchor, tense, flags in product(
                (None, date(1987, 3, 5), date(2004, 11, 21)), (None, "past", "future"),
                ({}, {"between": True}, {"rate": True}, {"ahead": True}, {"dated": True, "opened": True},
                 {"definite": True}, {"day_of_month": True, "day_part": True}, {"past": True},
                 {"split_months": (4, 3)}))]


@pytest.fixture(autouse=True)
def fresh_readings():
    forget_readings()
    yield
    forget_readings()


@pytest.mark.parametrize("text", TEXTS)
def test_each_context_reads_as_parse_reads_it_whole(text):
    for context in CONTEXTS + CONTEXTS[::-1]:  # the second pass meets the readings kept by the first
        assert parse_around(text, Asked(context)) == parse(text, context)


def test_a_lone_year_is_read_without_its_tense_and_once_for_contexts_differing_only_there():
    first, second = Asked(Context(date(1987, 3, 5), tense="past")), Asked(Context(date(1987, 3, 5), tense="future"))
    assert parse_around("1986", first) == parse_around("1986", second) == parse("1986", first.context)
    assert "tense" not in first.asked | second.asked
    assert second.asked < {field.name for field in fields(Context)}


def test_a_weekday_asks_its_tense_and_reads_by_it():
    anchor = date(1987, 3, 5)  # a Thursday
    past, future = Asked(Context(anchor, tense="past")), Asked(Context(anchor, tense="future"))
    assert parse_around("Friday", past).value == "1987-02-27"
    assert parse_around("Friday", future).value == "1987-03-06"
    assert "tense" in past.asked and "tense" in future.asked


def test_a_reading_passed_on_to_parse_keeps_no_hold_on_its_surroundings():
    """'1530 EST/2030 GMT' is read again as '1530 EST' through parse's cache, keyed on the context it was given."""
    context = Context(date(1987, 3, 5))
    asked = Asked(context)
    held = weakref.ref(asked)
    assert parse_around("1530 EST/2030 GMT", asked) == parse("1530 EST/2030 GMT", context)
    del asked
    gc.collect()
    assert held() is None
    assert parse_around("1530 EST/2030 GMT", Asked(context)) == parse("1530 EST/2030 GMT", context)
