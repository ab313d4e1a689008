"""extractor.wording: the one place facts are put into words, for the terminal summary and the HTML report."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from extractor.wording import country_label, date_label, preview, shorten, unit_name, wire_clock

# Rados Jurovic to RTV, samples/serbia-migrants-2023-11-09.txt
QUOTE = ("These are organized gangs that do not only consist of criminal members of the migrant community, but "
         "also of our citizens. They transfer people across borders and take huge sums of money")


def test_a_shortened_quote_keeps_its_opening_and_ending_and_marks_the_cut() -> None:
    short = shorten(QUOTE, 80)
    assert short.startswith("These are organized gangs") and short.endswith("huge sums of money")
    assert " […] " in short and "..." not in short and len(short) <= 80


def test_a_quote_that_fits_is_not_cut() -> None:
    assert shorten(QUOTE, len(QUOTE)) == QUOTE and preview(QUOTE, len(QUOTE)) == QUOTE


def test_a_preview_cuts_at_a_word_and_marks_the_cut() -> None:
    assert preview(QUOTE, 30) == "These are organized gangs that […]"


@pytest.mark.parametrize(("unit", "one", "said"), [
    ("mile", False, "miles"), ("mile", True, "mile"), ("kilometre per hour", False, "kilometres per hour"),
    ("square metre", False, "square metres"), ("degree Fahrenheit", False, "degrees Fahrenheit"),
    ("foot", False, "feet"), ("cubic foot", False, "cubic feet"), ("inch", False, "inches"),
    ("penny", False, "pence"), ("cent", False, "cents"), ("mph", False, "mph"), ("times", False, "times"),
    ("per barrel", False, "per barrel"), ("tonne per year", False, "tonnes per year"),
    ("years", False, "years"), ("years", True, "year"), ("kilowatt hour", False, "kilowatt hours"),
])
def test_a_unit_is_said_in_the_number_its_amount_takes(unit: str, one: bool, said: str) -> None:
    assert unit_name(unit, one) == said


@pytest.mark.parametrize(("code", "name", "named", "label"), [
    ("RS", "Serbia", True, "Serbia (RS)"),
    ("DE", "Germany", False, "Germany (DE, implied)"),
    ("XX", None, False, "XX (XX, implied)"),
    (None, None, False, "no country"),
])
def test_a_country_label_says_when_the_country_is_only_implied(code: Optional[str], name: Optional[str], named: bool,
                                                               label: str) -> None:
    assert country_label(code, name, named) == label


def clock_date(text: str, words: str, value: Optional[str]) -> dict[str, Any]:
    start = text.index(words)
    return {"text": words, "start": start, "end": start + len(words), "type": "date", "value": value}


@pytest.mark.parametrize(("text", "words", "value", "clock"), [
    # Reuters-21578 00387: 'Bids ... at 1630 EST/2130 gmt, March 30, 1987.'
    ("Bids close at 1630 EST/2130 gmt, March 30, 1987.", "1630", "1630", "16:30 EST"),
    ("The market shut at 1430 GMT.", "1430 GMT", "1430", "14:30 GMT"),
    ("Troops moved at 0600 hrs.", "0600", "0600", "06:00"),
    ("The bridge was built in 1930 east of the town.", "1930", "1930", None),
    ("The company was founded in 1890 in Ohio.", "1890", "1890", None),
    ("Trading halted at 1430 EST.", "1430 EST", "1987-03-10T14:30", None),
])
def test_a_wire_clock_time_read_as_a_year_is_worded_as_a_time(text: str, words: str, value: str,
                                                              clock: Optional[str]) -> None:
    date = clock_date(text, words, value)
    assert wire_clock(date, text) == clock
    if clock is not None:
        assert date_label(date, text) == clock


def test_a_duration_code_is_spelled_out() -> None:
    assert date_label({"text": "two weeks", "type": "duration", "value": "P2W"}) == "2 weeks"
