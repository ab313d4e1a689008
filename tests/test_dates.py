"""Dates: finding time expressions and resolving them to TimeML values (real news sentences)."""

from __future__ import annotations

import json
from typing import Any, Optional

import pytest
from spacy.language import Language
from spacy.matcher import Matcher
from typer.testing import CliRunner

from extractor.cli import app, route

HEADER = 16
DATE_KEYS = {"text", "start", "end", "sentence", "type", "value", "mod", "earliest", "latest", "from", "to"}
VALUE_KEYS = {"text", "start", "end", "type", "value", "mod", "earliest", "latest"}
GOLD_ALTERNATIVES = {"two weeks ago": {"2023-10-26", "2023-W43"}}


def dates(run, text: str, published: Optional[str] = None) -> list[dict[str, Any]]:
    return run(text, published)._.dates


def only(run, text: str, published: Optional[str], wanted: str) -> dict[str, Any]:
    found = [record for record in dates(run, text, published) if record["text"] == wanted]
    assert len(found) == 1, (wanted, dates(run, text, published))
    return found[0]


def case(name: str, text: str, published: Optional[str], wanted: str, **expected: Any) -> Any:
    """One row of a table: the record of ``wanted`` in ``text`` has the ``expected`` fields."""
    return pytest.param(text, published, wanted, expected, id=name)


# ---------------------------------------------------------------- the sample article


@pytest.fixture(scope="module")
def sample_dates(run, sample_text) -> list[dict[str, Any]]:
    return run(sample_text[HEADER:], "2023-11-09")._.dates


def test_sample_finds_every_body_gold_date_with_type_and_value(sample_dates, gold):
    by_span = {(record["start"] + HEADER, record["end"] + HEADER): record for record in sample_dates}
    for expected in gold["dates"]:
        if expected["start"] < HEADER:
            continue
        found = by_span.get((expected["start"], expected["end"]))
        assert found is not None, expected
        assert found["type"] == expected["type"], (found, expected)
        assert found["value"] in GOLD_ALTERNATIVES.get(expected["text"], {expected["value"]}), (found, expected)
        if "mod" in expected:
            assert found["mod"] == expected["mod"]


def test_sample_has_no_spurious_dates(sample_dates, gold):
    gold_spans = {(record["start"] - HEADER, record["end"] - HEADER) for record in gold["dates"]}
    assert {(record["start"], record["end"]) for record in sample_dates} <= gold_spans


def test_records_follow_the_contract(sample_dates, sample_text):
    body = sample_text[HEADER:]
    for record in sample_dates:
        assert set(record) == DATE_KEYS
        assert body[record["start"]:record["end"]] == record["text"]
        for key in ("from", "to"):
            if record[key] is not None:
                assert set(record[key]) == VALUE_KEYS
                assert body[record[key]["start"]:record[key]["end"]] == record[key]["text"]


def test_sample_range_has_endpoints_and_bounds(sample_dates):
    record = next(record for record in sample_dates if record["type"] == "range")
    assert record["from"]["text"] == "October 27" and record["from"]["value"] == "2023-10-27"
    assert record["to"]["text"] == "November 8" and record["to"]["value"] == "2023-11-08"
    assert (record["earliest"], record["latest"]) == ("2023-10-27", "2023-11-08")


def test_late_month_keeps_last_third_of_month(sample_dates):
    record = next(record for record in sample_dates if record["text"] == "late October")
    assert (record["earliest"], record["latest"]) == ("2023-10-21", "2023-10-31")


# ---------------------------------------------------------------- weekdays and tense


def test_listed_weekdays_and_months_are_dates_each(run):
    # The model often tags a list as one entity ("Wednesday, Thursday and Friday").
    found = dates(run, "Talks will be held on Wednesday, Thursday and Friday.", "2018-11-26")
    assert [(record["text"], record["value"]) for record in found] == [
        ("Wednesday", "2018-11-28"), ("Thursday", "2018-11-29"), ("Friday", "2018-11-30")]
    found = dates(run, "Prices rose in January, February and March.", "2018-11-29")
    assert [record["value"] for record in found] == ["2018-01", "2018-02", "2018-03"]


WEEKDAYS_AND_TENSE = [
    case("weekday_in_past_tense_is_most_recent_past_day",
         "It said at least 2,000 were killed in the northern assault, which started on Tuesday.",
         "1987-03-02", "Tuesday", value="1987-02-24"),
    case("weekday_in_future_tense_is_next_day",
         "The government will announce the measures on Friday, officials said.",
         "1987-03-02", "Friday", value="1987-03-06"),
    case("weekday_after_scheduled_to_is_future",
         "Japanese data are scheduled to be released on Friday.",
         "1987-03-02", "Friday", value="1987-03-06"),
    # Wire style names the weekday even for the day of publication: "will meet Thursday" sent on a Thursday.
    case("same_weekday_in_future_tense_is_publication_day",
         "Ministers will meet on Thursday to discuss the budget.",
         "2018-11-29", "Thursday", value="2018-11-29"),
    case("weekdays_of_next_week_fall_in_its_monday_to_sunday",
         "Talks will be held from Sunday to Tuesday next week.",
         "2018-11-28", "Sunday to Tuesday next week", value="2018-12-09/2018-12-11"),
    case("same_weekday_in_past_tense_is_publication_day",
         "In a statement on Wednesday, the Serbian Interior Ministry said migrants were detained.",
         "2023-11-08", "Wednesday", value="2023-11-08"),
    case("last_weekday_is_strictly_before_publication",
         "Officials said last Friday that the vote had been postponed.",
         "2023-11-09", "last Friday", value="2023-11-03"),
]


@pytest.mark.parametrize("text, published, wanted, expected", WEEKDAYS_AND_TENSE)
def test_weekdays_and_tense_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- deictic days, weeks, months, years


def test_today_and_tomorrow_resolve_against_publication(run):
    found = dates(run, "The coalition parties have agreed to meet today and are likely to begin talks tomorrow.",
                  "1987-03-02")
    assert {(record["text"], record["value"]) for record in found} == {("today", "1987-03-02"),
                                                                        ("tomorrow", "1987-03-03")}


def test_this_week_and_next_month(run):
    found = dates(run, "Funaro and Gros will this week visit Britain and hand over the job next month.", "1987-03-02")
    assert {(record["text"], record["value"]) for record in found} == {("this week", "1987-W10"),
                                                                        ("next month", "1987-04")}


DEICTIC_DAYS_WEEKS_MONTHS_YEARS = [
    case("yesterday_is_the_day_before",
         '"During a useful meeting yesterday, Sky listened to the concerns," a spokesperson said.',
         "2005-01-12", "yesterday", value="2005-01-11"),
    case("last_week_is_previous_iso_week_with_its_bounds",
         "Brazil, which last week declared a moratorium on interest payments.",
         "1987-03-02", "last week", value="1987-W09", earliest="1987-02-23", latest="1987-03-01"),
    case("last_year_possessive_is_trimmed",
         "It forecast inflation of 1.25 pct after last year's sharp fall.",
         "1987-03-02", "last year", value="1986", mod=None),
    case("later_this_year_starts_at_publication",
         "The company will launch its DAT player on the world market later this year.",
         "1987-03-02", "later this year", value="1987", earliest="1987-03-02", latest="1987-12-31"),
    case("last_night_is_a_time_of_yesterday",
         "Tehran radio reported last night that Iranian forces were advancing.",
         "1987-03-02", "last night", type="time", value="1987-03-01TNI"),
]


@pytest.mark.parametrize("text, published, wanted, expected", DEICTIC_DAYS_WEEKS_MONTHS_YEARS)
def test_deictic_days_weeks_months_years_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- ago


def test_amounts_beyond_the_calendar_never_fail_the_article(run):
    for text in ("It happened 2000000 days ago.", "It will happen in 9999999999 weeks.",
                 "It happened 9999999 Tuesdays ago."):
        assert [record["value"] for record in dates(run, text, "2020-05-16")] in (["PAST_REF"], ["FUTURE_REF"])
    assert dates(run, "It opened on 0 February.", "2020-05-16") == []
    for text in (f"It happened {'9' * 400} days ago.", f"It lasted {'9' * 400} years."):  # past float range
        assert all(record["value"] in (None, "PAST_REF", "PXD", "PXY") for record in dates(run, text, "2020-05-16"))
    record = only(run, "It was done on Monday. 9999999999 days later it failed.", "2020-05-16",
                  "9999999999 days later")
    assert record["value"] == "FUTURE_REF"
    text = "He was arrested on December 31, 9999. Throughout the week, police questioned him."  # its week ends past it
    record = only(run, text, "2005-03-15", "week")
    assert (record["value"], record["latest"]) == ("9999-W52", "9999-12-31")


AGO = [
    case("weeks_ago_counts_back_days",
         "The arrests are part of an operation that began two weeks ago.",
         "2023-11-09", "two weeks ago", type="date", value="2023-10-26", earliest="2023-10-26"),
    case("a_year_ago_is_previous_year",
         "The EIA said US crude stocks were 3.5% higher than a year ago.",
         "2004-11-18", "a year ago", value="2003"),
    case("vague_ago_is_past_ref",
         "Dejan Lukovic told Tanjug a few days ago.",
         "2023-11-09", "a few days ago", type="date", value="PAST_REF", earliest=None),
    # Pattern: science and history copy counting far back (New York magazine, 16 May 2020: "His story begins
    # 200,000 years ago in the Horn of Africa").
    case("ago_counts_thousands_written_with_commas_and_keeps_to_the_calendar-1",
         "His story begins 200,000 years ago in the Horn of Africa.",
         "2020-05-16", "200,000 years ago", value="PAST_REF", earliest=None),
    case("ago_counts_thousands_written_with_commas_and_keeps_to_the_calendar-2",
         "It happened 1,500 days ago.",
         "2020-05-16", "1,500 days ago", value="2016-04-07"),
    # A year before 1000 keeps four digits: '0020' is a year, '20' would be the 2000s.
    case("ago_counts_thousands_written_with_commas_and_keeps_to_the_calendar-3",
         "The town was founded 2000 years ago.",
         "2020-05-16", "2000 years ago", value="0020"),
    case("years_earlier_is_anchored_to_an_event_not_publication",
         "Six years earlier, also in New Zealand, Grewcock was sent off.",
         "2005-01-12", "Six years earlier", type="date", value=None),
]


@pytest.mark.parametrize("text, published, wanted, expected", AGO)
def test_ago_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- months, days, years


def test_yearless_date_the_tense_puts_a_year_away_is_the_near_one(run):
    # Pattern: news copy names the year of a date outside the current one, so a past verb does not send a
    # record date ten days ahead back a year (Reuters-21578 dividend notices), nor does a past clause move
    # an event three weeks ahead (Reuters, 20 Jan 2020, from the html-dated corpus).
    record = only(run, "Liberty All-Star Equity Fund said it declared an initial dividend of five cts per share, "
                       "payable April two to shareholders of record March 20.", "1987-03-10", "March 20")
    assert record["value"] == "1987-03-20"
    record = only(run, "Several of the contenders for best picture at the Oscars on Feb. 9 were not nominated.",
                  "2020-01-20", "Feb. 9")
    assert record["value"] == "2020-02-09"
    # Months too (Reuters-21578, 2 March 1987); a range's end still follows its start.
    found = {record["text"]: record["value"] for record in dates(
        run, "The French inflation rate is expected to show a substantial improvement in February after "
             "January's very high 0.9 pct monthly rate.", "1987-03-02")}
    assert (found["February"], found["January"]) == ("1987-02", "1987-01")
    record = only(run, "Coffee exports are forecast to dip slightly in 1987/88 (April-March).", "1987-03-02",
                  "April-March")
    assert record["value"] == "1987-04/1988-03"
    # Half a year back is still read by the tense.
    record = only(run, "Police have been searching for the gunman since the Oct. 23 shooting.", "1999-05-06",
                  "Oct. 23")
    assert record["value"] == "1998-10-23"


def test_a_quarter_of_a_group_is_a_share_not_three_months(run):
    # Pattern: shares of voters or sales in political and business copy (New York magazine, 16 May 2020).
    found = dates(run, "More than a quarter of Hillary Clinton's supporters in 2016 were white voters.", "2020-05-16")
    assert [record["text"] for record in found] == ["2016"]
    assert only(run, "Sales fell for a quarter.", "2020-05-16", "a quarter")["value"] == "P3M"
    assert only(run, "Profit rose in the first quarter of 2004.", "2020-05-16",
                "first quarter of 2004")["value"] == "2004-Q1"


def test_full_dates_in_both_orders(run):
    found = dates(run, "Lord Goldsmith warned Tony Blair on 7 March 2003, and the department revised "
                       "figures on February 26, 1987.", "2005-02-24")
    assert {(record["text"], record["value"]) for record in found} == {("7 March 2003", "2003-03-07"),
                                                                        ("February 26, 1987", "1987-02-26")}


def test_decades_quarters_and_halves(run):
    found = dates(run, "Reggae did not correspond with disco in the 70s, but Bob in the 1990s became a star.", None)
    assert {(record["text"], record["value"]) for record in found} == {("70s", "197"), ("1990s", "199")}
    record = only(run, "The dollar rate was 1.69 in the second half of 1986.", "1987-03-02", "second half of 1986")
    assert (record["value"], record["earliest"]) == ("1986-H2", "1986-07-01")
    record = only(run, "The unit had turned in a planned loss, with fourth quarter performance better.",
                  "1987-03-02", "fourth quarter")
    assert record["value"] == "1986-Q4"


MONTHS_DAYS_YEARS = [
    case("month_day_without_year_in_past_tense_is_this_year",
         "Brazil on February 20 suspended indefinitely interest payments.",
         "1987-03-02", "February 20", value="1987-02-20"),
    case("month_without_year_in_past_tense_is_most_recent",
         "It recommended a ban in August after concluding that the tests failed.",
         "1987-03-02", "August", value="1986-08"),
    case("month_day_in_future_tense_is_ahead",
         "The sale is due to take place on April 1 with the proceeds used to cut debt.",
         "1987-03-02", "April 1", value="1987-04-01"),
    case("month_and_year",
         "The copper price reached a 16-year high in October 2004.",
         None, "October 2004", value="2004-10", earliest="2004-10-01", latest="2004-10-31"),
    case("numeric_date_goes_through_dateparser",
         "He was born on 11/08/1970 in Belgrade.",
         None, "11/08/1970", value="1970-11-08"),
    case("military_time_with_zone_is_a_time_not_a_year",
         "At 1300 GMT, the euro was up 0.9% at $1.3463.",
         "2004-11-24", "1300 GMT", type="time", value="2004-11-24T13:00"),
]


@pytest.mark.parametrize("text, published, wanted, expected", MONTHS_DAYS_YEARS)
def test_months_days_years_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- modifiers and signals


MODIFIERS_AND_SIGNALS = [
    case("late_year_and_mid_month_and_end_of_month-1",
         "Indonesia bought raw sugar on world markets in late 1986, the report said.",
         "1987-03-02", "late 1986", value="1986", mod="END", earliest="1986-09-01"),
    case("late_year_and_mid_month_and_end_of_month-2",
         "Brent fell below $40 a barrel for the first time since mid-September.",
         "2004-11-18", "mid-September", value="2004-09", mod="MID"),
    case("late_year_and_mid_month_and_end_of_month-3",
         "Other makers will appear as early as the end of March, industry sources said.",
         "1987-03-02", "end of March", value="1987-03", mod="END", latest="1987-03-31"),
    case("about_sets_approx_on_duration",
         "Delivery will take about two weeks, retailers said.",
         "1987-03-02", "about two weeks", type="duration", value="P2W", mod="APPROX"),
    case("until_and_since_signals_bound_one_side-1",
         "Elections are not due until 1988.",
         "1987-03-02", "1988", mod="ON_OR_BEFORE", earliest=None, latest="1988-12-31"),
    case("until_and_since_signals_bound_one_side-2",
         "Claims slipped to their lowest level since 2001.",
         "2005-01-13", "2001", mod="ON_OR_AFTER", earliest="2001-01-01", latest=None),
    case("more_than_ago_is_before",
         "The company was founded more than two years ago, he said.",
         "2023-11-09", "more than two years ago", value="2021", mod="BEFORE", latest="2020-12-31"),
]


@pytest.mark.parametrize("text, published, wanted, expected", MODIFIERS_AND_SIGNALS)
def test_modifiers_and_signals_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- ranges


def test_day_range_inherits_month(run):
    record = only(run, "Dividend payable June 3, books close May 11-21.", "1987-03-02", "May 11-21")
    assert record["type"] == "range" and record["value"] == "1987-05-11/1987-05-21"
    assert (record["from"]["text"], record["to"]["text"]) == ("May 11", "21")


def test_abbreviated_month_range(run):
    record = only(run, "Talks ran Oct. 27-Nov. 8 in Geneva.", "2023-11-09", "Oct. 27-Nov. 8")
    assert record["value"] == "2023-10-27/2023-11-08"
    assert (record["from"]["value"], record["to"]["value"]) == ("2023-10-27", "2023-11-08")


def test_two_dates_of_a_from_to_amount_are_not_a_range(run):
    found = dates(run, "Sales of robots will swell from 81,000 units in 2003 to 106,000 in 2007.", None)
    assert [(record["text"], record["type"]) for record in found] == [("2003", "date"), ("2007", "date")]


RANGES = [
    case("from_to_month_year_range",
         "The Boeing 767s, to be delivered from February 1988 to October 1988, will be used.",
         "1987-03-02", "February 1988 to October 1988",
         value="1988-02/1988-10", earliest="1988-02-01", latest="1988-10-31"),
    case("between_years_range",
         "Output rose between 2019 and 2021, the ministry said.",
         "2023-11-09", "2019 and 2021", type="range", value="2019/2021"),
]


@pytest.mark.parametrize("text, published, wanted, expected", RANGES)
def test_ranges_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- durations, sets, vague


def test_durations(run):
    found = dates(run, "She spent three weeks learning Hindi and did a half-hour interview.", None)
    assert {(record["text"], record["value"]) for record in found} == {("three weeks", "P3W"),
                                                                        ("a half-hour", "PT30M")}
    record = only(run, '"You now propose to borrow, over the next six years, no less than 168 billion."', None,
                  "next six years")
    assert (record["type"], record["value"]) == ("duration", "P6Y")


def test_vague_present_and_past_and_no_soon(run):
    # 'soon' is left out, as AQUAINT's TimeML and the NewsFacts gold leave it
    found = dates(run, "DCA currently holds 27.5 pct. The Soviet Union recently reported losses and would like "
                       "to see these move ahead soon.", "1987-03-02")
    assert {(record["text"], record["value"]) for record in found} == {
        ("currently", "PRESENT_REF"), ("recently", "PAST_REF")}


DURATIONS_SETS_VAGUE = [
    case("plural_unit_alone_is_unspecified_duration",
         "For years the main political parties have held conferences in Blackpool.",
         None, "years", type="duration", value="PXY"),
    case("sets-1",
         "Police detained migrants as a result of daily actions in the north.",
         None, "daily", type="set", value="P1D"),
    case("sets-2",
         "Mr Blair told his monthly news conference in Downing Street.",
         None, "monthly", type="set", value="P1M"),
]


@pytest.mark.parametrize("text, published, wanted, expected", DURATIONS_SETS_VAGUE)
def test_durations_sets_vague_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- false positives


def test_month_names_used_as_verbs_are_not_dates(run):
    assert dates(run, "May I ask whether the troops will march on the capital?", "2023-11-09") == []


def test_ages_are_not_dates(run):
    assert dates(run, "The 27-year-old, who captained St Helens, was aged 45 in the photo.", "2005-01-12") == []


def test_match_halves_and_seasonal_crops_are_not_dates(run):
    found = dates(run, "He had a chance midway through the second half. Spring crops yield less than "
                       "winter crops.", "2005-01-12")
    assert found == []


def test_newspaper_called_daily_is_not_a_set(run):
    assert dates(run, "The daily Politika reported the arrests.", "2023-11-09") == []


# ---------------------------------------------------------------- without a publication date


def test_relative_dates_stay_unresolved_without_publication_date(run):
    found = dates(run, "Brazil last week declared a moratorium, two weeks ago, on Tuesday.", None)
    assert found and all(record["value"] is None and record["earliest"] is None for record in found)


def test_now_is_never_resolved_against_today(run):
    found = dates(run, "Cochilco is planning to invest $1.9bn between now and 2007.", None)
    assert all(record["value"] in (None, "PRESENT_REF", "2007") or "/" in record["value"] for record in found)


WITHOUT_A_PUBLICATION_DATE = [
    case("absolute_dates_resolve_without_publication_date",
         "Kewell has not played since December 19, 2004.",
         None, "December 19, 2004", value="2004-12-19"),
]


@pytest.mark.parametrize("text, published, wanted, expected", WITHOUT_A_PUBLICATION_DATE)
def test_without_a_publication_date_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- times, frequencies, holidays


def test_bare_numbers_scores_and_idioms_are_not_dates(run):
    text = ('Father-of-two Mr Mousa, 28, a hotel receptionist, died. Italy led 9-8 at the break. '
            'Pickering added: "It\'s very early days."')
    assert dates(run, text, "2005-01-15") == []


def test_between_day_and_day_with_year_is_a_range(run):
    found = dates(run, "Five cts are attributable to the period between Dec 23 and 31, 1986, the company said.",
                  "1987-03-02")
    assert [(record["type"], record["value"]) for record in found] == [("range", "1986-12-23/1986-12-31")]


def test_numbers_in_tables_and_prices_are_not_years_or_decades(run):
    assert dates(run, "Coffee 825 1343 Cocoa 756 1210 Sugar", "1987-03-02") == []
    assert dates(run, '"The stock can go to the mid 30s," Roling said.', "1987-03-02") == []


TIMES_FREQUENCIES_HOLIDAYS = [
    case("clock_time_joins_its_day",
         "Talks ended at 10:30 a.m. local time on November 8, 2023, the ministry said.",
         None, "10:30 a.m. local time on November 8, 2023",
         type="time", value="2023-11-08T10:30", earliest="2023-11-08"),
    case("frequency_with_rate_is_a_set",
         "The party holds its conference twice a year.",
         None, "twice a year", type="set", value="P1Y"),
    case("holiday_resolves_to_its_day",
         "Sales rose in the days just before Christmas, the Commerce Department said.",
         "2005-01-14", "Christmas", value="2004-12-25"),
    case("in_weeks_said_of_the_future_is_a_date-1",
         "The court will rule in two weeks, the lawyer said.",
         "2023-11-09", "two weeks", type="date", value="2023-11-23"),
    case("in_weeks_said_of_the_future_is_a_date-2",
         "Police detained thousands of migrants within two weeks.",
         "2023-11-09", "two weeks", type="duration", value="P2W"),
]


@pytest.mark.parametrize("text, published, wanted, expected", TIMES_FREQUENCIES_HOLIDAYS)
def test_times_frequencies_holidays_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- deictic years, holidays, weeks, rates


def test_as_soon_as_is_not_a_time_expression(run):
    # Pattern: the conjunction "as soon as" (AP: "return the boy to me as soon as possible").
    assert dates(run, "What I want is that they return the boy to me as soon as possible.", "2000-01-28") == []


def test_numeric_months_and_slashed_days(run):
    # Pattern: all-digit dates ("since 9/11", "in 11/2016").
    record = only(run, "Security has been tightened at airports since 9/11.", "2004-12-20", "9/11")
    assert record["value"] == "2004-09-11"
    record = only(run, "The report covers sales in 2016-11 only.", "2017-01-05", "2016-11")
    assert record["value"] == "2016-11"
    assert dates(run, "Italy led 9-8 at the break and the rate was 1/2 of that.", "2005-01-15") == []
    # Betting odds (BBC sport) are fractions, not days.
    assert dates(run, "Odds on his victory have been slashed from 4/6 to 1/2, bookmakers said.", "2005-01-15") == []


def test_range_from_now_or_to_today(run):
    # Pattern: open-ended news ranges ("between now and Feb. 10", "from 2010 to today").
    record = only(run, "He will not be repatriated between now and Feb. 10, officials said.", "2000-01-07",
                  "now and Feb. 10")
    assert (record["type"], record["value"]) == ("range", "2000-01-07/2000-02-10")
    assert (record["from"]["value"], record["to"]["value"]) == ("PRESENT_REF", "2000-02-10")
    record = only(run, "Prices have doubled from 2010 to today.", "2019-04-23", "2010 to today")
    assert (record["value"], record["earliest"], record["latest"]) == ("2010/2019-04-23", "2010-01-01", "2019-04-23")


def test_lowercase_unambiguous_month_is_a_date(run):
    # Pattern: lowercased headlines and feeds ("closed last september"); "may" and "march" stay verbs.
    record = only(run, "the plant closed last september, the union said", "2016-11-07", "last september")
    assert record["value"] == "2016-09"
    assert dates(run, "Officials may march on the capital.", "2016-11-07") == []


def test_ambiguous_month_naming_an_event_but_not_a_march(run):
    # Pattern: "The March accession" (Xinhua) is a month; "The March on Washington" is a march.
    record = only(run, "The March accession will enable the three countries to join NATO.", "1999-02-10", "March")
    assert record["value"] == "1999-03"
    assert dates(run, "The March on Washington drew thousands.", "1999-02-10") == []


def test_programme_titled_with_a_unit_is_not_a_duration(run):
    # Pattern: a TV programme named like a duration ("said on CBS's 60 Minutes", AP).
    assert dates(run, "Gonzalez said on CBS's 60 Minutes that he was angry.", "2000-04-17") == []


def test_the_day_number_alone_is_a_day_of_a_nearby_month(run):
    # Pattern: "on the 15th" in running text; ages and counts ("the 6-year-old", "the 10 or so") are not days.
    record = only(run, "Police came on the 15th, neighbours said.", "2016-11-07", "15th")
    assert record["value"] == "2016-10-15"
    text = "Elian, the 6-year-old boy, stayed. Of the 10 or so images only one was used."
    assert dates(run, text, "2000-01-06") == []
    assert dates(run, "He scored in the 27th minute of a 21st century classic.", "2000-01-06") == []


def test_month_day_year_with_dashes(run):
    # Pattern: police and court reports writing dates with dashes ("arrested on 9-18-15").
    record = only(run, "He was arrested on 9-18-15, police said.", "2016-11-07", "9-18-15")
    assert record["value"] == "2015-09-18"
    assert dates(run, "The team went 10-5-2 in the season.", "2016-11-07") == []


def test_day_numbers_sharing_a_relative_month(run):
    # Pattern: conference schedules ("meet from 4 to 22 this month"); a change of an amount ("rise from 4 to 5
    # next month") is not a span of days.
    record = only(run, "The ministers meet from 4 to 22 this month in Geneva.", "2016-11-07", "4 to 22 this month")
    assert (record["type"], record["value"]) == ("range", "2016-11-04/2016-11-22")
    assert (record["from"]["value"], record["to"]["value"]) == ("2016-11-04", "2016-11-22")
    found = dates(run, "Rates will rise from 4 to 5 next month, the bank said.", "2016-11-07")
    assert [(record["text"], record["value"]) for record in found] == [("next month", "2016-12")]


def test_weekday_with_its_day_number(run):
    # Pattern: "on Friday the 15th" in running text; the film "Friday the 13th" (BBC) is not a date.
    record = only(run, "The vote was held on Friday the 15th, officials said.", "2017-09-27", "Friday the 15th")
    assert record["value"] == "2017-09-15"
    text = "Tarantino is in talks to direct a new instalment in the Friday the 13th horror franchise."
    assert all("13th" not in record["text"] for record in dates(run, text, "2016-11-07"))


def test_spelled_out_day_ordinals(run):
    # Pattern: spelled days in quotes and features ("May twenty-first"); "its twenty-first year" (BBC) is no date.
    record = only(run, "The deal closed on May twenty-first, the company said.", "2016-11-07", "May twenty-first")
    assert record["value"] == "2016-05-21"
    found = dates(run, "Now in its twenty-first year, Sundance continues to grow.", "2005-01-20")
    assert all("twenty" not in record["text"] for record in found)


def test_nth_weekday_without_a_month_is_of_the_publication_month(run):
    # Pattern: community notices ("the market was held on the second Sunday"); read by tense when the day of
    # this month is on the wrong side of publication; "his second Sunday in charge" counts Sundays.
    record = only(run, "The market was held on the second Sunday, organisers said.", "2017-09-27", "second Sunday")
    assert record["value"] == "2017-09-10"
    record = only(run, "The board will meet on the first Tuesday, a spokesman said.", "2017-09-27", "first Tuesday")
    assert record["value"] == "2017-10-03"
    found = dates(run, "He resigned on his second Sunday in charge.", "2017-09-27")
    assert all("second" not in record["text"] for record in found)


def test_range_of_weekdays_with_day_numbers_or_numeric_dates(run):
    # Pattern: event listings ("runs from Friday the 11th until Tuesday the 15th") and notices mixing spellings
    # ("valid from January 12, 2016 to 01/22/2016").
    record = only(run, "The festival runs from Friday the 11th until Tuesday the 15th.", "2016-11-07",
                  "Friday the 11th until Tuesday the 15th")
    assert (record["type"], record["value"]) == ("range", "2016-11-11/2016-11-15")
    record = only(run, "The offer was valid from January 12, 2016 to 01/22/2016 only.", "2016-11-07",
                  "January 12, 2016 to 01/22/2016")
    assert (record["type"], record["value"]) == ("range", "2016-01-12/2016-01-22")
    assert (record["from"]["value"], record["to"]["value"]) == ("2016-01-12", "2016-01-22")


def test_year_comma_month_unless_the_month_is_also_a_name(run):
    # Pattern: data notes giving year then month ("figures for 2016, Nov"); "In 2016, May became prime
    # minister" (BBC) names a person.
    assert only(run, "The agency published figures for 2016, Nov on Friday.", "2017-01-05",
                "2016, Nov")["value"] == "2016-11"
    found = dates(run, "In 2016, May became prime minister.", "2017-01-05")
    assert [record["text"] for record in found] == ["2016"]


def test_month_glued_to_its_day(run):
    # Pattern: terse wire and social copy ("began on Sept.16", "the Oct-2 deadline", "the week of Sept.16th").
    assert only(run, "The ceasefire began on Sept.16, they said.", "2016-11-07", "Sept.16")["value"] == "2016-09-16"
    assert only(run, "They missed the Oct-2 deadline.", "2016-11-07", "Oct-2")["value"] == "2016-10-02"
    record = only(run, "Shares slid in the week of Sept.16th.", "2016-11-07", "week of Sept.16th")
    assert record["value"] == "2016-W37"
    assert dates(run, "Cases of covid-19 rose.", "2016-11-07") == []


def test_a_second_date_finder_on_the_same_vocabulary_reuses_its_word_flags(nlp, run):
    """Building the component again, as a second pipeline on one vocabulary does, must not use up vocabulary
    flag bits (a flag is worked out for every new word), and matching stays the same."""
    from extractor.dates import DateFinder

    flags_before = {key for key in nlp.vocab.lex_attr_getters if isinstance(key, int) and key < 64}
    finder = DateFinder(nlp)
    assert {key for key in nlp.vocab.lex_attr_getters if isinstance(key, int) and key < 64} == flags_before
    doc = run("Talks resumed on Tuesday, a day after the March 3 vote and 12 days ago.", "2024-03-20")
    expected = [record["text"] for record in doc._.dates]
    assert "Tuesday" in expected and "12 days ago" in expected
    assert [record["text"] for record in finder(doc)._.dates] == expected


STRETCHES = [
    # Reuters-21578 00026: hard-wrapped wire copy, the words of a date either side of a line break.
    "revisions to the terms of\na 21 billion dlr debt-rescheduling package signed last\nFebruary, bankers said.",
    # Reuters-21578 00075: a spelled day after the month ('from April one').
    "will affect the proposed quota distribution for 12 months from April\none, they said.",
    # Reuters-21578 00468: a range of years.
    "    The bond may be retired between 1991 and 1996 if the\nsecondary price does not exceed par.",
    # Reuters-21578 00048: a rate, found by the entity type of its amount.
    "billion dlrs in December and compared with 3.03 billion a year\nago period, the Reserve Bank said.",
    # Reuters-21578 00617: figures of the year before, where most words can be in no date.
    "quarter ended January 31 were up 17.5 pct to 94.0 mln dlrs from\n80.0 mln dlrs a year before and orders were "
    "up 15.5 pct to\n101.1 mln from 87.4 mln.",
]


@pytest.mark.parametrize("text", STRETCHES)
def test_the_matcher_run_over_stretches_finds_what_it_finds_over_the_whole_doc(nlp, text):
    """The Matcher runs only where a pattern can match, with the patterns that can (issue 25): what it finds
    must be what one Matcher of all the patterns finds in the whole doc."""
    from spacy.matcher import Matcher

    from extractor.dates.patterns import _matcher_patterns

    stretches = nlp.get_pipe("extractor_dates").matches
    whole = Matcher(nlp.vocab, validate=False)
    for label, pattern in stretches.patterns:
        whole.add(label, _matcher_patterns(pattern))
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "extractor_dates":
            break
        doc = component(doc)
    assert sorted(stretches(doc)) == sorted(whole(doc))
    assert whole(doc)


def test_day_before_month_when_the_day_cannot_be_a_month(run):
    # Pattern: British and European papers write day/month ("the talks on 22/04", "signed on 30/9").
    assert only(run, "The talks on 22/04 ended without a deal.", "2016-11-07", "22/04")["value"] == "2016-04-22"
    assert only(run, "It was signed on 30/9 in Brussels.", "2016-11-07", "30/9")["value"] == "2016-09-30"
    assert dates(run, "The ratio fell to 22/7 last year.", "2016-11-07")[0]["text"] == "last year"


def test_spelled_day_of_month_after_or_before_the_month(run):
    # Pattern: spoken-style and feature copy spelling the day ("on Jan first", "June twenty-one", "the second
    # of August", "the twenty second of June").
    assert only(run, "The law took effect on Jan first.", "2016-11-07", "Jan first")["value"] == "2016-01-01"
    assert only(run, "Polls closed on June twenty-one.", "2016-11-07", "June twenty-one")["value"] == "2016-06-21"
    assert only(run, "The deal was signed on the second of August.", "2016-11-07",
                "second of August")["value"] == "2016-08-02"
    assert only(run, "The deal was signed on the twenty second of June.", "2016-11-07",
                "twenty second of June")["value"] == "2016-06-22"
    assert dates(run, "Theresa May first said it in a speech.", "2016-11-07") == []


DEICTIC_YEARS_HOLIDAYS_WEEKS_RATES = [
    # Pattern: a month pinned by a deictic year ("in April this year", "in January next year"), BBC business.
    case("month_with_this_or_next_year_takes_that_year-1",
         "The original Zafi virus appeared in April this year.",
         "2004-12-20", "April this year", value="2004-04"),
    case("month_with_this_or_next_year_takes_that_year-2",
         "Mr Greenspan will step down in January next year.",
         "2004-12-20", "January next year", value="2005-01"),
    # Pattern: reporting periods in company news ("the third quarter last year", "Q3 2004").
    case("quarter_with_deictic_year_and_quarter_codes-1",
         "Profits fell in the third quarter last year, the bank said.",
         "2004-12-20", "third quarter last year", value="2003-Q3"),
    case("quarter_with_deictic_year_and_quarter_codes-2",
         "Sales rose 12% in Q3 2004, the company said.",
         "2004-12-20", "Q3 2004", value="2004-Q3", earliest="2004-07-01", latest="2004-09-30"),
    # Pattern: "last Oct. 23" for an event in the previous year (AP crime follow-up).
    case("last_with_month_and_day_is_before_publication",
         "Slepian was shot to death last Oct. 23 at his home in suburban Amherst.",
         "1999-04-19", "last Oct. 23", value="1998-10-23"),
    # Pattern: US holidays whose date moves (Thanksgiving is the fourth Thursday of November).
    case("floating_holidays_resolve_by_rule-1",
         "Elian was plucked from the Atlantic on Thanksgiving Day and brought ashore.",
         "2000-01-06", "Thanksgiving Day", value="1999-11-25"),
    case("floating_holidays_resolve_by_rule-2",
         "Protesters prayed for divine help as Easter week began.",
         "2000-04-17", "Easter week", value="2000-W16"),
    # Pattern: "over the weekend" in a Monday report (BBC entertainment).
    case("weekend_in_past_tense_is_the_last_one",
         "San Andreas pulled in an estimated £24m in gross revenues over the weekend.",
         "2004-12-20", "weekend", value="2004-W51-WE", earliest="2004-12-18", latest="2004-12-19"),
    # Pattern: a bare past verb the small model tags VBN ("Violence flared in the capital over the weekend").
    case("past_verb_the_tagger_reads_as_a_participle_is_past",
         "Violence flared in the capital over the weekend, police said.",
         "2016-11-08", "weekend", value="2016-W44-WE"),
    # Pattern: "the week of March 28" in Reuters commodity reports.
    case("week_of_a_day_is_its_iso_week",
         "Utilization for the week of March 28 was 78 pct.",
         "1987-04-07", "week of March 28", value="1987-W13"),
    # Pattern: a money rate ("earning more than $200,000 a year", BBC politics).
    case("amount_per_year_is_a_set",
         "Senator Kerry planned to increase taxes on those earning more than $200,000 a year.",
         "2004-12-20", "a year", type="set", value="P1Y"),
    # Pattern: Reuters comparisons ("against 192 a year earlier") stay an unanchored relative date.
    case("a_year_earlier_after_a_figure_is_not_a_rate",
         "The dollar averaged 157 yen, against 192 a year earlier.",
         "1987-03-02", "a year earlier", type="date"),
    # Pattern: TimeML writes "a decade" as P10Y (AP: "less than a decade after exchanging communist rule").
    case("decades_and_centuries_are_counted_in_years",
         "They joined NATO less than a decade after exchanging communist rule for democracy.",
         "1999-03-12", "less than a decade", type="duration", value="P10Y", mod="LESS_THAN"),
    # Pattern: intention verbs point forward even in the past tense ("was planned for early March", Xinhua).
    case("planned_for_a_month_is_ahead",
         "The accession was planned for early March, but no exact date was fixed yet.",
         "1999-02-10", "early March", value="1999-03"),
    # Pattern: a reduced relative with an intention verb ("the final scheduled for Saturday", BBC sport).
    case("scheduled_for_a_weekday_is_ahead",
         "The qualifying round takes place on Friday with the final scheduled for Saturday.",
         "2005-02-28", "Saturday", value="2005-03-05"),
    # Pattern: "Wednesday's ruling" inside a future-tense clause is the ruling already made.
    case("weekday_naming_a_noun_keeps_the_nearest_reading",
         "The family will look for ways to get around Wednesday's ruling.",
         "2000-01-07", "Wednesday", value="2000-01-05"),
    # Pattern: British scheduling ("on Friday next week"), and the model's split "next week on Friday".
    case("weekday_of_a_named_week-1",
         "The inquiry will report on Friday next week, the minister said.",
         "2005-01-10", "Friday next week", value="2005-01-21"),
    case("weekday_of_a_named_week-2",
         "Talks will resume next week on Tuesday, officials said.",
         "2005-01-10", "next week on Tuesday", value="2005-01-18"),
    # Pattern: fixed-rule calendar dates ("the first Tuesday in November", "the first week of October").
    case("nth_weekday_or_week_of_a_month-1",
         "The vote is held on the first Tuesday in November.",
         "2004-06-01", "first Tuesday in November", value="2004-11-02"),
    case("nth_weekday_or_week_of_a_month-2",
         "The firm expects to close the deal in the first week of October.",
         "2004-06-01", "first week of October", value="2004-W41"),
    # Pattern: a date naming an event ("the Aug. 7 Embassy bombings", AP), which the model tags EVENT.
    case("abbreviated_month_with_period_before_a_noun",
         "Tourists cancelled trips after the Aug. 7 Embassy bombings in Nairobi.",
         "1998-09-07", "Aug. 7", value="1998-08-07"),
    # Pattern: travel schedules with fractions ("about 5 1/2 hours in Nairobi", AP).
    case("fractional_duration_keeps_whole_units",
         "She will spend about 5 1/2 hours in Nairobi, Kenya.",
         "1998-08-17", "about 5 1/2 hours", type="duration", value="PT5H30M", mod="APPROX"),
    # Pattern: countdowns ("three weeks from now", "two days after today").
    case("units_from_now_or_from_a_relative_day-1",
         "The vote is three weeks from now, the commission said.",
         "2018-04-20", "three weeks from now", value="2018-05-11"),
    case("units_from_now_or_from_a_relative_day-2",
         "The team will fly home two days after today.",
         "2018-05-31", "two days after today", value="2018-06-02"),
    # Pattern: market outlooks ("no knock-on impact on the rest of the year", BBC; "continue to plunge during
    # the rest of the week", Reuters); weeks end on Sunday.
    case("rest_of_the_period_runs_from_publication_to_its_end-1",
         "The strike will have no knock-on impact on the rest of the year.",
         "2005-01-20", "rest of the year", type="range", value="2005-01-20/2005-12-31"),
    case("rest_of_the_period_runs_from_publication_to_its_end-2",
         "Prices may continue to plunge during the rest of the week.",
         "1987-03-04", "rest of the week", value="1987-03-04/1987-03-08", earliest="1987-03-04", latest="1987-03-08"),
    # Pattern: statistics releases ("sales in 11/2016", "the 2016 - 11 figures"); "the 2010-11 season" spans
    # two years and stays a range of years.
    case("year_and_month_in_digits_but_not_a_season-1",
         "Car sales in 11/2016 rose by a fifth.",
         "2017-01-05", "11/2016", value="2016-11"),
    case("year_and_month_in_digits_but_not_a_season-2",
         "The bureau revised its 2016 - 11 figures.",
         "2017-01-05", "2016 - 11", value="2016-11"),
    case("year_and_month_in_digits_but_not_a_season-3",
         "He won the 2010-11 season title.",
         "2012-01-05", "2010-11", type="range", value="2010/2011"),
    # Pattern: deadlines ("before the end of next month", AP; "due on the 20th of next month").
    case("day_of_a_relative_month",
         "The payment is due on the 20th of next month.",
         "2016-11-07", "20th of next month", value="2016-12-20"),
    # Pattern: lowercased feeds ("reopen next june"); "upcoming month" reads like "next month".
    case("lowercase_month_that_is_also_a_name_and_upcoming-1",
         "the plant will reopen next june, the union said",
         "2016-11-07", "next june", value="2017-06"),
    case("lowercase_month_that_is_also_a_name_and_upcoming-2",
         "Prices will be set in the upcoming month.",
         "2016-11-07", "upcoming month", value="2016-12"),
    # Pattern: "later in the month" (Reuters), "earlier in the week" for the publication's week, clamped.
    case("earlier_or_later_in_the_period_is_the_current_one-1",
         "The union struck earlier in the week, the CGT said.",
         "1987-03-05", "earlier in the week", value="1987-W10", earliest="1987-03-02", latest="1987-03-05"),
    case("earlier_or_later_in_the_period_is_the_current_one-2",
         "Talks resume tomorrow, then later in the month, he added.",
         "1987-03-05", "later in the month", value="1987-03"),
    # Pattern: British event listings ("runs from 14 to 17 February", BBC), also with a hyphen and a year.
    case("day_numbers_before_the_month_as_a_range-1",
         "Delegates gathered in Cannes for the 3GSM which runs from 14 to 17 February.",
         "2005-02-14", "14 to 17 February", value="2005-02-14/2005-02-17"),
    case("day_numbers_before_the_month_as_a_range-2",
         "The talks ran between 4-22 January, 1995, in Geneva.",
         "2005-02-14", "4-22 January, 1995", value="1995-01-04/1995-01-22"),
    # Pattern: spelled days after a weekday in quotes and features ("on Friday the fifteenth").
    case("weekday_with_a_spelled_day_number",
         "The vote was held on Friday the fifteenth, officials said.",
         "2017-09-27", "Friday the fifteenth", value="2017-09-15"),
    # Pattern: "two Tuesdays ago" / "three Sundays from now" in features and sports schedules.
    case("counted_weekdays_ago_or_from_now-1",
         "He was last seen two Tuesdays ago, police said.",
         "2018-05-07", "two Tuesdays ago", value="2018-04-24"),
    case("counted_weekdays_ago_or_from_now-2",
         "The final is three Sundays from now.",
         "2018-05-07", "three Sundays from now", value="2018-05-27"),
    # Pattern: log and filing stamps quoted in reports ("entries stamped 2019-Aug-01").
    case("year_then_month_name_then_day-1",
         "The leaked logs were stamped 2019-Aug-01, the paper said.",
         "2019-10-14", "2019-Aug-01", value="2019-08-01"),
    case("year_then_month_name_then_day-2",
         "The file is dated 2019/sep/1 on its cover.",
         "2019-10-14", "2019/sep/1", value="2019-09-01"),
    # Pattern: continental European dates quoted in translated decrees ("the decree of 16. Nov. 2016").
    case("day_number_with_a_period_before_the_month",
         "The decree of 16. Nov. 2016 was annulled by the court.",
         "2017-03-01", "16. Nov. 2016", value="2016-11-16"),
    # Pattern: "in the month of September" in trade and weather reports.
    case("the_month_of_a_month_is_that_month",
         "Exports fell sharply in the month of September.",
         "2016-11-07", "month of September", value="2016-09"),
    # Pattern: notices naming days of this month ("bids are open 4 till 23 of this month").
    case("day_numbers_of_a_relative_month_without_from",
         "Bids are open 4 till 23 of this month, the council said.",
         "2016-11-07", "4 till 23 of this month", type="range", value="2016-11-04/2016-11-23"),
    # Pattern: "from 2019-aug-1 to today" in data notes of reports.
    case("range_from_a_stamped_day_to_today",
         "Figures cover the period from 2019-aug-1 to today.",
         "2019-10-14", "2019-aug-1 to today", type="range", value="2019-08-01/2019-10-14"),
    # Pattern: statistical tables quoted in text ("output peaked in 2016 June", "the 2016 -11 release").
    case("year_then_month_and_spaced_numeric_months-1",
         "Output peaked in 2016 June, the ministry said.",
         "2017-01-05", "2016 June", value="2016-06"),
    case("year_then_month_and_spaced_numeric_months-2",
         "The bureau revised its 2016 -11 figures.",
         "2017-01-05", "2016 -11", value="2016-11"),
    case("year_then_month_and_spaced_numeric_months-3",
         "The bureau revised its 11- 2016 figures.",
         "2017-01-05", "11- 2016", value="2016-11"),
    # Pattern: schedules naming days of another week ("talks run from Monday to Wednesday next week", "met
    # last week between Friday and Sunday").
    case("weekday_range_in_a_named_week-1",
         "Talks will run from Monday to Wednesday next week, officials said.",
         "2017-11-14", "Monday to Wednesday next week", type="range", value="2017-11-20/2017-11-22"),
    case("weekday_range_in_a_named_week-2",
         "The envoys met last week between Friday and Sunday in Oslo.",
         "2017-11-14", "last week between Friday and Sunday", type="range", value="2017-11-10/2017-11-12"),
    # Pattern: form-style dates copied into reports ("signed on 08/12,2015", "08/12,15").
    case("slashed_day_with_a_comma_before_the_year-1",
         "The lease was signed on 08/12,2015 in Austin.",
         "2016-11-07", "08/12,2015", value="2015-08-12"),
    case("slashed_day_with_a_comma_before_the_year-2",
         "The lease was signed on 08/12,15 in Austin.",
         "2016-11-07", "08/12,15", value="2015-08-12"),
    # Pattern: text copied from web pages keeps double spaces and line breaks ("held on   4/22", "due on\n5/3").
    case("runs_of_spaces_inside_a_date_expression-1",
         "The vote was held on   4/22 in Lagos.",
         "2016-11-07", "4/22", value="2016-04-22"),
    case("runs_of_spaces_inside_a_date_expression-2",
         "Payment was made on\n5/3, the bank said.",
         "2016-11-07", "5/3", value="2016-05-03"),
]


@pytest.mark.parametrize("text, published, wanted, expected", DEICTIC_YEARS_HOLIDAYS_WEEKS_RATES)
def test_deictic_years_holidays_weeks_rates_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- clock times on their days


def test_clock_range_shares_its_day_and_meridiem(run):
    # City Limits (html-dated corpus): "in-person, at 2344 Bragg St., Apt. 1C between 12 and 8 p.m."
    record = only(run, "Voters may cast ballots in person between 12 and 8 p.m.", "2020-10-01", "12 and 8 p.m.")
    assert record["value"] == "2020-10-01T12:00/2020-10-01T20:00"
    record = only(run, "Voting ran between 2:00 and 2:30 pm.", "2016-11-10", "2:00 and 2:30 pm")
    assert record["value"] == "2016-11-10T14:00/2016-11-10T14:30"
    record = only(run, "The meeting ran from 9 a.m. to noon on Friday.", "2016-11-10", "9 a.m. to noon on Friday")
    assert (record["value"], record["earliest"], record["latest"]) == (
        "2016-11-04T09:00/2016-11-04T12:00", "2016-11-04", "2016-11-04")
    assert (record["from"]["value"], record["to"]["value"]) == ("2016-11-04T09:00", "2016-11-04T12:00")


def test_clock_range_from_today_until_a_dated_time(run):
    # The Independent, 23 October 2020 (html-dated corpus).
    text = ("Traffic crosses from England into Wales, where a countrywide firebrake lockdown will begin from 6pm "
            "today until 12.01am on 9 November")
    record = only(run, text, "2020-10-23", "6pm today until 12.01am on 9 November")
    assert record["value"] == "2020-10-23T18:00/2020-11-09T00:01"


CLOCK_TIMES_ON_THEIR_DAYS = [
    # Pattern: wire and local copy put the clock before or after "yesterday", "today", "tonight" ("at 10:35 a.m.
    # yesterday", "at 10pm tonight"); the time is on that day, not on the publication day.
    case("clock_time_takes_the_relative_day_beside_it-1",
         "Fire broke out at 10:35 a.m. yesterday, police said.",
         "2016-11-10", "10:35 a.m. yesterday", type="time", value="2016-11-09T10:35", earliest="2016-11-09"),
    case("clock_time_takes_the_relative_day_beside_it-2",
         "Polls close at 8 p.m. tomorrow.",
         "2016-11-10", "8 p.m. tomorrow", value="2016-11-11T20:00"),
    # Mallow Swimming Pool notice (html-dated corpus).
    case("clock_time_takes_the_relative_day_beside_it-3",
         "We are closing our doors here until further notice at 10pm tonight.",
         "2020-03-13", "10pm tonight", value="2020-03-13T22:00"),
    case("clock_time_takes_the_relative_day_beside_it-4",
         "The result was declared yesterday at 8.30pm.",
         "2016-11-10", "yesterday at 8.30pm", value="2016-11-09T20:30"),
    case("time_range_on_a_weekday_keeps_the_weekday_for_both_ends",
         "The briefing is set for Tuesday, Jan 15, 1:00 PM - 1:15 PM.",
         "2019-01-10", "Tuesday, Jan 15, 1:00 PM - 1:15 PM", value="2019-01-15T13:00/2019-01-15T13:15"),
]


@pytest.mark.parametrize("text, published, wanted, expected", CLOCK_TIMES_ON_THEIR_DAYS)
def test_clock_times_on_their_days_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- quarters, weeks of a year, numeric ranges


def test_numeric_month_days_after_from_make_a_range(run):
    # Pattern: US listings write yearless month/day ranges ("from 10/1 to 11/7").
    record = only(run, "The exhibition ran from 10/1 to 11/7.", "2018-10-24", "10/1 to 11/7")
    assert record["value"] == "2018-10-01/2018-11-07"
    assert dates(run, "The ratio moved from 1/2 to 3/4.", "2018-10-24") == []


QUARTERS_WEEKS_OF_A_YEAR_NUMERIC_RANGES = [
    # Pattern: company guidance ("will close in the first quarter") published after that quarter.
    case("quarter_without_a_year_in_future_tense_is_the_next_one-1",
         "The merger will close in the first quarter, the company said.",
         "2016-11-10", "first quarter", value="2017-Q1"),
    case("quarter_without_a_year_in_future_tense_is_the_next_one-2",
         "The merger closed in the first quarter, the company said.",
         "2016-11-10", "first quarter", value="2016-Q1"),
    # Pattern: "next year's first quarter", "last year's third quarter" (Reuters earnings copy).
    case("possessive_year_names_the_year_of_its_quarter-1",
         "The plant will reopen in next year's first quarter.",
         "2016-11-10", "next year's first quarter", value="2017-Q1"),
    case("possessive_year_names_the_year_of_its_quarter-2",
         "Profit rose from last year's third quarter.",
         "2016-11-10", "last year's third quarter", value="2015-Q3"),
    case("first_or_last_week_of_a_year-1",
         "Sales rose in the last week of 2015.",
         "2016-11-10", "last week of 2015", value="2015-W53"),
    case("first_or_last_week_of_a_year-2",
         "Sales fell in the first week of 2016.",
         "2016-11-10", "first week of 2016", value="2016-W01"),
    case("first_or_last_week_of_a_year-3",
         "Sales fell in the first week of 2015.",
         "2016-11-10", "first week of 2015", value="2015-W01"),
    # Past tense sends a yearless November 7 back a year when published in late October; the end of a range
    # is the first November 7 after its start.
    case("range_end_without_a_year_never_falls_before_its_start-1",
         "The exhibition ran from October 1 to November 7.",
         "2018-10-24", "October 1 to November 7", value="2018-10-01/2018-11-07"),
    # Reuters-21578: "down from 13.80 for the last May to September [shipment]... the November to April shipment".
    case("range_end_without_a_year_never_falls_before_its_start-2",
         "The premium rose from the one for the November to April shipment.",
         "1987-03-20", "November to April", value="1986-11/1987-04", latest="1987-04-30"),
]


@pytest.mark.parametrize("text, published, wanted, expected", QUARTERS_WEEKS_OF_A_YEAR_NUMERIC_RANGES)
def test_quarters_weeks_of_a_year_numeric_ranges_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- tense of the clause a date hangs from


def test_between_now_and_a_day_looks_ahead(run):
    # A past-tense clause would send a yearless Feb. 10 back a year; after "now" it cannot be.
    record = only(run, "The ruling gave him protection between now and Feb. 10, his lawyer said.", "2000-01-07",
                  "now and Feb. 10")
    assert (record["value"], record["to"]["value"]) == ("2000-01-07/2000-02-10", "2000-02-10")


TENSE_OF_THE_CLAUSE_A_DATE_HANGS_FROM = [
    # Pattern: a past directive verb sends its infinitive forward ("subpoenaed him to testify on Feb. 10").
    case("date_for_an_infinitive_ordered_or_asked_for_is_ahead-1",
         "The chairman subpoenaed the boy to testify before the committee on Feb. 10.",
         "2000-01-07", "Feb. 10", value="2000-02-10"),
    case("date_for_an_infinitive_ordered_or_asked_for_is_ahead-2",
         "A judge ordered the company to pay the fine by March 3.",
         "2000-01-07", "March 3", value="2000-03-03"),
    case("date_after_should_or_must_is_ahead-1",
         "Officials decided the boy should go home by Jan. 14.",
         "2000-01-05", "Jan. 14", value="2000-01-14"),
    case("date_after_should_or_must_is_ahead-2",
         "The ministry said bids must arrive by Jan. 14.",
         "2000-01-05", "Jan. 14", value="2000-01-14"),
    # Pattern: a headline's 'X to do' is a plan (reuters21578 headlines, written in capitals there).
    case("date_in_a_headline_plan_is_ahead-1",
         "Writers Guild to meet with networks Thursday", "1987-03-02", "Thursday", value="1987-03-05"),
    case("date_in_a_headline_plan_is_ahead-2",
         "Writers Guild to meet with networks Thursday", "1987-03-06", "Thursday", value="1987-03-12"),
    case("date_in_a_present_perfect_progressive_clause_is_past",
         "Police have been searching for the gunman since shortly after the Oct. 23 shooting.",
         "1999-05-06", "Oct. 23", value="1998-10-23"),
]


@pytest.mark.parametrize("text, published, wanted, expected", TENSE_OF_THE_CLAUSE_A_DATE_HANGS_FROM)
def test_tense_of_the_clause_a_date_hangs_from_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- ends of periods, half units, period stamps


def test_end_of_the_day_idiom_and_mid_week_adjective_are_not_dates(run):
    assert dates(run, "At the end of the day, voters care about jobs.", "2018-11-21") == []
    assert dates(run, "Three DJs will each host the mid-week, late-night slot.", "2005-03-15") == []


def test_day_range_that_would_run_backwards_is_not_a_range(run):
    # Reuters-21578: the month of "February 27-July 7" sits on the line before; "27-July 7" alone is no range.
    found = dates(run, "for the February\n27-July 7 shipment period", "1987-03-02")
    assert [(record["text"], record["value"]) for record in found] == [
        ("February\n27-July 7", "1987-02-27/1987-07-07")]
    assert "range" not in [record["type"] for record in dates(run, "for the 27-July 7 period", "1987-03-02")]


def test_expression_wrapped_over_a_line_break_is_one_date(run):
    # Pattern: Reuters-21578 and other wire copy is hard-wrapped at about 70 characters.
    record = only(run, "The meeting is set for March\n15, officials said.", "1987-03-02", "March\n15")
    assert record["value"] == "1987-03-15"
    assert dates(run, "Exports rose in March.\n\n15 people were hurt.", "1987-04-02")[0]["text"] == "March"


def test_two_digit_years_and_decades_with_an_apostrophe(run):
    # Pattern: feature and sports copy ("passed in '98", "the class of ’98", "the 1970s and '80s").
    assert only(run, "The law was passed in '98.", "2019-07-17", "'98")["value"] == "1998"
    assert only(run, "He has led the club since ’07, officials said.", "2019-07-17", "’07")["value"] == "2007"
    found = dates(run, "In the 1970s and '80s, crime rose.", "2019-07-17")
    assert [(record["text"], record["value"]) for record in found] == [("1970s", "197"), ("'80s", "198")]
    assert dates(run, "She is in her 30s.", "2019-07-17") == []


def test_half_or_quarter_of_the_year_or_of_a_named_year(run):
    # Pattern: earnings copy ("in the second half of the year", "the second half of last year").
    record = only(run, "Sales will rise in the second half of the year.", "2019-07-17", "second half of the year")
    assert record["value"] == "2019-H2"
    record = only(run, "Sales rose in the second half of last year.", "2019-07-17", "second half of last year")
    assert record["value"] == "2018-H2"
    assert dates(run, "United scored twice in the second half.", "2019-07-17") == []


def test_product_numbers_are_not_far_future_years(run):
    # Tom's Hardware (html-dated corpus): "30% better performance than the RTX 2080 Ti for $700".
    assert dates(run, "It is 30% faster than the RTX 2080 Ti for $700.", "2020-11-04") == []
    assert dates(run, "Despite the delay, RTX 3070s sold out.", "2020-11-04") == []
    assert only(run, "Emissions must fall to zero by 2050.", "2020-11-04", "2050")["value"] == "2050"


def test_reporting_period_ending_in_a_month_is_a_range_of_months(run):
    # Pattern: BBC business copy ("in the three months to September", "the year to March 2005").
    record = only(run, "Profits rose 12% in the three months to September, the firm said.", "2004-11-17",
                  "three months to September")
    assert (record["type"], record["value"], record["earliest"], record["latest"]) == (
        "range", "2004-07/2004-09", "2004-07-01", "2004-09-30")
    assert (record["from"]["text"], record["to"]["text"], record["to"]["value"]) == (
        "three months", "September", "2004-09")
    record = only(run, "Sales fell in the year to March 2005.", "2004-11-17", "year to March 2005")
    assert record["value"] == "2004-04/2005-03"
    record = only(run, "Inflation rose to 3.1% in the 12 months to October.", "2004-11-17", "12 months to October")
    assert record["value"] == "2003-11/2004-10"
    # Reuters-21578: "the year to\nDec 31, 1986", hard-wrapped.
    record = only(run, "Net profit rose in the year to\nDec 31, 1986, the company said.", "1987-03-02",
                  "year to\nDec 31, 1986")
    assert record["value"] == "1986-01-01/1986-12-31"


def test_reporting_period_ended_on_a_day_is_a_range(run):
    # Reuters-21578: "net profit for the year ended December 31, 1986", "Sales for the week ending Jan 30 rose",
    # "borrowings in the week to Wednesday February 25 averaged"; BBC: "sales in the week to 25 December".
    text = "Net profit for the year ended December 31, 1986 rose 10 pct."
    record = only(run, text, "1987-03-03", "year ended December 31, 1986")
    assert record["value"] == "1986-01-01/1986-12-31"
    text = "Borrowings in the week to Wednesday February 25 averaged 614 mln dlrs, the Fed said."
    record = only(run, text, "1987-02-27", "week to Wednesday February 25")
    assert (record["value"], record["earliest"]) == ("1987-02-19/1987-02-25", "1987-02-19")
    text = "Sales in the week to 25 December were 4.3% higher than a year earlier."
    assert only(run, text, "2005-01-05", "week to 25 December")["value"] == "2004-12-19/2004-12-25"
    text = "Sales in the four weeks to January 3 rose 5%, the retailer said."
    assert only(run, text, "2005-01-12", "four weeks to January 3")["value"] == "2004-12-07/2005-01-03"
    text = "Sales for the week ending Jan 30 rose 5 pct, the association said."
    assert only(run, text, "1987-11-07", "week ending Jan 30")["value"] == "1987-01-24/1987-01-30"
    assert "9999999 weeks" not in str(dates(run, "Sales in the 9999999 weeks to January 3 rose.", "2005-01-12"))
    text = "Net income for the nine months ended September 30, 1986 rose."
    assert only(run, text, "1987-03-03", "nine months ended September 30, 1986")["value"] == "1986-01-01/1986-09-30"


ENDS_OF_PERIODS_HALF_UNITS_PERIOD_STAMPS = [
    # Pattern: deadlines in political and business copy ("by the end of the year").
    case("end_of_the_week_month_or_year_is_this_one_with_its_modifier-1",
         "The company expects to finish the sale by the end of the year.",
         "2018-11-21", "end of the year", value="2018", mod="END", earliest="2018-09-01", latest="2018-12-31"),
    case("end_of_the_week_month_or_year_is_this_one_with_its_modifier-2",
         "Ministers hope to agree a text by the end of the month.",
         "2018-11-21", "end of the month", value="2018-11", mod="END"),
    case("end_of_the_week_month_or_year_is_this_one_with_its_modifier-3",
         "The deal should close by the end of the week.",
         "2018-11-21", "end of the week", value="2018-W47", mod="END"),
    # Pattern: sentences and terms ("jailed for two and a half years").
    case("whole_and_a_half_units_are_durations-1",
         "He was jailed for two and a half years in 2009.",
         "2018-11-21", "two and a half years", type="duration", value="P2Y6M"),
    case("whole_and_a_half_units_are_durations-2",
         "The talks lasted one and a half hours.",
         "2018-11-21", "one and a half hours", value="PT1H30M"),
    # Pattern: results tables and filings ("2017-Q1", "Q1-2017", "2019-H2", "Dec-2017").
    case("quarter_and_half_stamps_and_month_year_stamps-1",
         "Sales went up during 2017-Q1.",
         "2019-06-11", "2017-Q1", value="2017-Q1"),
    case("quarter_and_half_stamps_and_month_year_stamps-2",
         "Sales went up in Q1-2017.",
         "2019-06-11", "Q1-2017", value="2017-Q1"),
    case("quarter_and_half_stamps_and_month_year_stamps-3",
         "Results for 2019-H2 were weak.",
         "2019-06-11", "2019-H2", value="2019-H2"),
    case("quarter_and_half_stamps_and_month_year_stamps-4",
         "Prices rose in Dec-2017.",
         "2019-06-11", "Dec-2017", value="2017-12"),
    case("last_week_of_a_year_when_the_model_splits_it",
         "How about last week of 2016",
         "2018-11-29", "last week of 2016", value="2016-W52"),
    # Pattern: wire copy gives local time and GMT ("at 3pm local time (1400 GMT) on Thursday").
    case("clock_time_given_again_in_another_zone_stays_one_time_on_its_day-1",
         "The vote will take place at 3pm local time (1400 GMT) on Thursday.",
         "2019-07-17", "3pm local time (1400 GMT) on Thursday", type="time", value="2019-07-18T15:00"),
    case("clock_time_given_again_in_another_zone_stays_one_time_on_its_day-2",
         "The attack happened at 0300 GMT on Monday.",
         "2019-07-17", "0300 GMT on Monday", value="2019-07-15T03:00"),
    case("clock_time_given_again_in_another_zone_stays_one_time_on_its_day-3",
         "The show airs from 2300 GMT - 0100 GMT.",
         "2005-03-15", "2300 GMT - 0100 GMT", value="2005-03-15T23:00/2005-03-16T01:00"),
    case("clock_time_given_again_in_another_zone_stays_one_time_on_its_day-4",
         "Polls close between 2000 and 2100 GMT.",
         "2005-03-15", "2000 and 2100 GMT", value="2005-03-15T20:00/2005-03-15T21:00"),
    case("shortly_after_midnight_is_after_a_time_on_that_same_day",
         "The shooting happened shortly after midnight on Saturday.",
         "2019-07-17", "midnight on Saturday",
         value="2019-07-13T00:00", mod="AFTER", earliest="2019-07-13", latest=None),
    # Pattern: crime and weather copy ("last Friday night", "overnight on Saturday").
    case("part_of_a_relatively_named_day-1",
         "The blast happened last Friday night, police said.",
         "2019-07-17", "last Friday night", type="time", value="2019-07-12TNI"),
    case("part_of_a_relatively_named_day-2",
         "The storm hit overnight on Saturday.",
         "2019-07-17", "overnight on Saturday", value="2019-07-13TNI"),
    case("part_of_a_relatively_named_day-3",
         "Talks resume next Monday afternoon.",
         "2019-07-17", "next Monday afternoon", value="2019-07-22TAF"),
    # Pattern: climate and history copy ("warmer than the 1800s averages"); "the 2000s" stays a decade.
    case("hundreds_before_2000_are_centuries-1",
         "Temperatures rose 1.7C from the 1800s averages.",
         "2020-11-04", "1800s", value="18", earliest="1800-01-01", latest="1899-12-31"),
    case("hundreds_before_2000_are_centuries-2",
         "The 2000s were a decade of growth.",
         "2020-11-04", "2000s", value="200"),
    # Pattern: US copy ("this past weekend", "this past Sunday"); "the past week" stays a duration.
    case("this_past_weekend_or_weekday_is_the_last_one-1",
         "Protesters gathered this past weekend.",
         "2019-07-17", "this past weekend", value="2019-W28-WE"),
    case("this_past_weekend_or_weekday_is_the_last_one-2",
         "The law passed this past Sunday.",
         "2019-07-17", "this past Sunday", value="2019-07-14"),
    case("this_past_weekend_or_weekday_is_the_last_one-3",
         "Sales rose over the past week.",
         "2019-07-17", "past week", value="P1W"),
]


@pytest.mark.parametrize("text, published, wanted, expected", ENDS_OF_PERIODS_HALF_UNITS_PERIOD_STAMPS)
def test_ends_of_periods_half_units_period_stamps_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- days counted from the story's last date


def test_next_day_counts_from_the_last_date_the_story_named(run):
    # Pattern: narrative copy ("was arrested on Tuesday. The next day, he was charged.").
    text = "He was arrested on Tuesday, police said. The next day, he was charged with murder."
    record = only(run, text, "2019-07-19", "next day")
    assert (record["value"], record["earliest"]) == ("2019-07-17", "2019-07-17")
    text = "The storm hit on March 3. Two days later, the river burst its banks."
    assert only(run, text, "2019-07-19", "Two days later")["value"] == "2019-03-05"


def test_following_or_previous_period_counts_from_the_story(run):
    # Pattern: business and narrative copy ("rose 5% in 2004 compared with the previous year", "opened in 1986
    # and closed the following year", "arrested on March 3. The following week...").
    text = "Sales rose 5% in 2004 compared with the previous year."
    assert only(run, text, "2005-03-15", "previous year")["value"] == "2003"
    text = "The plant opened in 1986 and closed the following year."
    assert only(run, text, "2005-03-15", "following year")["value"] == "1987"
    text = "He was arrested on March 3, 2004. The following week he was charged."
    assert only(run, text, "2005-03-15", "following week")["value"] == "2004-W11"
    text = "Sales in 1986 were double those of the year before."
    assert only(run, text, "1987-03-20", "year before")["value"] == "1985"
    # BBC business: "prices in the final quarter of 2004 were 0.1% higher than in the previous quarter".
    text = "Prices in the final quarter of 2004 were 0.1% higher than in the previous quarter."
    assert only(run, text, "2005-03-15", "previous quarter")["value"] == "2004-Q3"
    text = "Phones sold in the third quarter of 2004 rose 26% on the previous year."
    assert only(run, text, "2005-03-15", "previous year")["value"] == "2003"
    text = "In 1999, BMW still owned Rover. During that year, 3,500 people produced 56,000 cars."
    assert only(run, text, "2005-03-15", "that year")["value"] == "1999"
    assert only(run, "During that year, output rose.", "2005-03-15", "that year")["value"] is None


def test_the_week_or_month_alone_is_the_stories_week_or_month(run):
    # BBC: "The series continues throughout the week", "Shares rose 2% over the week"; BBC business: "UK car
    # sales in February rose 5% ... imports fell in the month". TimeML annotates such a week as a date.
    record = only(run, "The series continues throughout the week, with the public voting.", "2005-03-15", "week")
    assert (record["type"], record["value"]) == ("date", "2005-W11")
    assert only(run, "Car sales rose 5% in the month, the industry body said.", "2005-03-15",
                "month")["value"] == "2005-03"
    text = "He was arrested on March 3, 2004. Throughout the week, police questioned him."
    assert only(run, text, "2005-03-15", "week")["value"] == "2004-W10"
    text = "UK car sales in February rose 5%. Imports fell in the month, the industry body said."
    assert only(run, text, "2005-03-15", "month")["value"] == "2005-02"
    # Reuters-21578: "The bank said it expects to conduct open market operations during the week": a week
    # still to come is the publication's, whatever day the story named before.
    text = "Money supply fell on February 18, the bank said. It will conduct open market operations during the week."
    assert only(run, text, "1987-03-03", "week")["value"] == "1987-W10"


def test_a_week_the_words_after_it_pick_out_is_not_the_stories_week(run):
    # BBC: "Its latest releases came the week that the company announced losses", "After the week I'd had I was
    # a bit concerned", "sales in shopping malls in the week to 25 December"; "open every day of the week";
    # Reuters-21578: "the second sweetened deal Redstone has proposed in his month-long bidding war".
    for text in ("Its latest releases came the week that the company announced losses.",
                 "After the week I'd had I was a bit concerned.",
                 "Sales in the week to 25 December were 4.3% higher than a year earlier.",
                 "The pool is open every day of the week.",
                 "The new offer is the second sweetened deal Redstone has proposed in his month-long bidding war."):
        assert not {"week", "month"} & {record["text"] for record in dates(run, text, "2005-03-15")}, text


def test_a_range_the_story_named_counts_from_its_end(run):
    # Reuters-21578: "carloadings totaled 26,108 cars in the week ended February 21, down 2.2 pct from the
    # previous week"; "losses ... in the year ending March 31 against a 6.99 billion loss a year earlier".
    text = "Carloadings totaled 26,108 cars in the week ended February 21, down 2.2 pct from the previous week."
    assert only(run, text, "1987-02-26", "previous week")["value"] == "1987-W07"
    text = "Losses are estimated at 3.1 billion yen in the year ending March 31 against a 6.99 billion loss a year " \
           "earlier."
    assert only(run, text, "1987-03-03", "a year earlier")["value"] == "1985-04-01/1986-03-31"  # a business year's
    text = "The talks ran from Monday to Wednesday, officials said. The next day, the minister resigned."
    assert only(run, text, "2016-11-11", "next day")["value"] == "2016-11-10"


def test_minutes_or_hours_later_count_from_the_last_clock_time(run):
    # Pattern: breaking-news timelines ("The first blast hit at 10:35 a.m. Thirty minutes later, a second bomb
    # exploded"; "Two hours later, police arrived").
    text = "The first blast hit at 10:35 a.m. on Tuesday. Thirty minutes later, a second bomb exploded."
    record = only(run, text, "2005-03-17", "Thirty minutes later")
    assert (record["type"], record["value"]) == ("time", "2005-03-15T11:05")
    text = "The match ended at 11pm on Saturday. Two hours later, police arrived."
    assert only(run, text, "2005-03-17", "Two hours later")["value"] == "2005-03-13T01:00"
    text = "The storm hit on March 3. Two hours later, the river burst its banks."
    assert only(run, text, "2005-03-17", "Two hours later")["value"] is None


def test_clock_time_alone_takes_the_story_day_of_that_week(run):
    # New York Times (html-dated corpus): "The first rolling blackouts occurred on Friday... At 6:36 p.m.,
    # California ISO ordered..."; BBC: "shaped by the 11 September attacks... rolled out in Seattle at 2200 GMT".
    text = "The first rolling blackouts occurred on Friday. At 6:36 p.m., the operator ordered cuts."
    assert only(run, text, "2020-08-16", "6:36 p.m.")["value"] == "2020-08-14T18:36"
    text = "Its design was shaped by the 11 September attacks. Boeing rolled out the plane at 2200 GMT."
    assert only(run, text, "2005-03-15", "2200 GMT")["value"] == "2005-03-15T22:00"
    text = "The Budget will be on 16 March, the Treasury said. It will be at 1230 GMT, just after questions."
    assert only(run, text, "2005-03-15", "1230 GMT")["value"] == "2005-03-16T12:30"


def test_day_before_an_event_is_not_counted_from_the_story(run):
    text = "He was arrested on Tuesday. He spoke the day before the election."
    assert "day before" not in [record["text"] for record in dates(run, text, "2019-07-19")]
    text = "He was last seen on Nov. 3. His name was crossed out on the list in October. That same day, police came."
    assert only(run, text, "1999-02-06", "That same day")["value"] is None


DAYS_COUNTED_FROM_THE_STORYS_LAST_DATE = [
    # Pattern: political and sports copy ("He spent his weekend at Chequers", "his week got worse on Thursday").
    case("a_possessive_week_or_weekend_is_the_stories-1",
         "He spent his weekend at the Chequers estate.",
         "2016-11-09", "his weekend", value="2016-W44-WE"),
    case("a_possessive_week_or_weekend_is_the_stories-2",
         "It has been a difficult week for the prime minister, and his week got worse on Thursday.",
         "2016-11-09", "his week", value="2016-W45"),
    # Reuters-21578: "Profit rose 10 pct from the prior year" with no year named before it.
    case("previous_period_without_an_earlier_date_counts_from_publication",
         "Profit rose 10 pct from the prior year, the company said.",
         "1987-03-20", "prior year", value="1986"),
    case("next_day_without_an_earlier_date_stays_unresolved",
         "The next day, he was charged with murder.",
         "2019-07-19", "next day", value=None),
    # Reuters-21578 writes "fiscal 1987" hundreds of times; a company's fiscal year has no fixed calendar bounds.
    case("fiscal_years_are_named_as_such-1",
         "The company expects earnings to rise in fiscal 1987.",
         "1987-03-02", "fiscal 1987", type="date", value="FY1987", earliest=None, latest=None),
    case("fiscal_years_are_named_as_such-2",
         "Sales rose in fiscal year 1986, the company said.",
         "1987-03-02", "fiscal year 1986", value="FY1986"),
    case("fiscal_years_are_named_as_such-3",
         "It expects a profit in FY 2020.",
         "2019-07-17", "FY 2020", value="FY2020"),
    case("fiscal_years_are_named_as_such-4",
         "Net income fell in the 1986 fiscal year.",
         "1987-03-02", "1986 fiscal year", value="FY1986"),
    # Pattern: British copy ("due in two weeks' time", "in a month's time").
    case("in_two_weeks_time_is_a_date_ahead-1",
         "The report is due in two weeks' time.",
         "2019-07-17", "two weeks' time", type="date", value="2019-07-31"),
    case("in_two_weeks_time_is_a_date_ahead-2",
         "It took two weeks' time to finish.",
         "2019-07-17", "two weeks", type="duration"),
]


@pytest.mark.parametrize("text, published, wanted, expected", DAYS_COUNTED_FROM_THE_STORYS_LAST_DATE)
def test_days_counted_from_the_storys_last_date_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- periods of business and wire copy


def test_spelled_decades(run):
    # Pattern: features copy ("music in the seventies", "in the late nineties"); an age is no decade.
    record = only(run, "Punk was born in the seventies.", "2004-11-17", "seventies")
    assert (record["value"], record["earliest"], record["latest"]) == ("197", "1970-01-01", "1979-12-31")
    record = only(run, "The firm was founded in the late nineties.", "2004-11-17", "late nineties")
    assert (record["value"], record["mod"]) == ("199", "END")
    assert dates(run, "She is in her seventies.", "2004-11-17") == []


def test_spelled_day_of_month_in_wire_copy(run):
    # Reuters-21578 (1987) spells the first days of a month: "effective April one, 1987", "record April one".
    record = only(run, "Shell Canada will sell three tankers, effective April one, 1987, to Socanav Inc.",
                  "1987-03-20", "April one, 1987")
    assert record["value"] == "1987-04-01"
    record = only(run, "The dividend is payable April 15 to holders of record April one.", "1987-03-20",
                  "April one")
    assert record["value"] == "1987-04-01"
    assert "May one" not in [record["text"] for record in dates(run, "In May one person died.", "1987-03-20")]
    assert "March two" not in [record["text"] for record in
                               dates(run, "In March two companies merged.", "1987-03-20")]


def test_year_later_counts_from_a_year_the_story_named(run):
    # Reuters-21578: "at end-1986 from 25.4 billion a year earlier".
    text = "Debt reached 31.4 billion dlrs at end-1986 from 25.4 billion a year earlier."
    assert only(run, text, "1987-03-20", "a year earlier")["value"] == "1985"
    text = "Output rose in March 1986. Two months later it fell."
    assert only(run, text, "1987-03-20", "Two months later")["value"] == "1986-05"
    text = "Output rose in 1986. Two months later it fell."
    assert only(run, text, "1987-03-20", "Two months later")["value"] is None


def test_sentence_end_after_a_month_is_no_spelled_day(run):
    # Reuters-21578: "who also resigned in December. One new director's post has been added".
    text = "They replace two men who also resigned in December. One new director's post has been added."
    assert [record["text"] for record in dates(run, text, "1987-03-20")] == ["December"]


def test_hyphenated_end_at_the_start_of_a_wrapped_line_keeps_its_span(run):
    # Reuters-21578 indents paragraphs: "said.\n    End-February reserves last year were 27.58 billion dlrs."
    text = "the Finance Ministry said.\n    End-February reserves were 27.58 billion dlrs."
    assert only(run, text, "1987-03-20", "End-February")["value"] == "1987-02"


def test_weekday_in_a_title_is_no_date(run):
    # BBC business and politics: "the Sunday Telegraph reported", "He told BBC One's Sunday AM programme".
    assert dates(run, "The Sunday Telegraph reported that Rank will expose the shake-up.", "2005-03-15") == []
    assert dates(run, "He told BBC One's Sunday AM programme that taxes would rise.", "2005-03-15") == []
    assert only(run, "The Sunday before Christmas was quiet.", "2005-03-15", "Sunday")["value"] is not None
    assert only(run, "On the Sunday Morning he left.", "2005-03-15", "Sunday Morning")["type"] == "time"
    # DiEM25, 12 Oct 2020 (html-dated corpus): "some protest movements, like Fridays For Future".
    text = "It differs from the requests of some protest movements, like Fridays For Future and Extinction Rebellion."
    assert dates(run, text, "2020-10-12") == []
    assert only(run, "The market opens on Fridays and Saturdays.", "2020-10-12", "Fridays")["value"] == "XXXX-WXX-5"


def test_today_in_a_programme_name_is_no_date(run):
    # BBC, 10 Apr 2020 (html-dated corpus): "Dr Anthony Fauci ... told NBC News' Today show"; BBC politics copy
    # quotes "Radio 4's Today programme".
    assert dates(run, "Anthony Fauci told NBC News' Today show the final number would be lower.", "2020-04-10") == []
    assert dates(run, "He told BBC Radio 4's Today programme that he was confident.", "2020-04-10") == []
    assert only(run, "Today, the plan is dead.", "2020-04-10", "Today")["value"] == "2020-04-10"
    assert only(run, "The minister said Today that the plan is dead.", "2020-04-10", "Today")["value"] == "2020-04-10"


def test_weekday_in_apposition_to_a_day_is_that_day(run):
    # Politico (html-dated corpus): "to the district staff on Dec. 18, a Wednesday and the day the House voted".
    text = "He broke the news to the staff on Dec. 18, a Wednesday and the day the House voted."
    record = only(run, text, "2019-12-30", "Dec. 18, a Wednesday")
    assert record["value"] == "2019-12-18"
    text = "He broke the news on Dec. 18, a Tuesday, the aide said."
    assert [record["text"] for record in dates(run, text, "2019-12-30")] == ["Dec. 18", "Tuesday"]


def test_intention_told_in_the_past_takes_the_nearest_date(run):
    # BBC business: "it had aimed to save £220m during the 12 months to 31 December" (published in February).
    text = "Under its plan it had aimed to save £220m during the 12 months to 31 December."
    assert only(run, text, "2005-02-10", "12 months to 31 December")["value"] == "2004-01-01/2004-12-31"
    # Tom's Hardware (html-dated corpus): "was originally expected to launch on October 15 but was pushed back".
    text = "The RTX 3070 was originally expected to launch on October 15 but was pushed back."
    assert only(run, text, "2020-11-04", "October 15")["value"] == "2020-10-15"
    # Politico (html-dated corpus): "he was asked to break the news to the district staff on Dec. 18".
    text = "He said he was asked to break the news to the district staff on Dec. 18."
    assert only(run, text, "2019-12-30", "Dec. 18")["value"] == "2019-12-18"


def test_in_a_month_after_a_frequency_is_no_date_ahead(run):
    # Eat What Tonight (html-dated corpus): "making it a point to do it once or twice in a month".
    found = dates(run, "I am making it a point to do it once or twice in a month if I can.", "2020-09-28")
    assert [record["type"] for record in found] == ["duration"]


def test_amount_range_of_weeks_is_not_summed(run):
    # Tom's Hardware (html-dated corpus): "It is currently quoting a 3-4 week delivery time."
    assert "P7W" not in [record["value"] for record in
                         dates(run, "It is currently quoting a 3-4 week delivery time.", "2020-11-04")]
    assert only(run, "The siege lasted forty-five days.", "2020-11-04", "forty-five days")["value"] == "P45D"
    # Reuters-21578: "a 12-1/2 year note".
    assert only(run, "It sold a 12-1/2 year note.", "1987-03-02", "12-1/2 year")["value"] == "P12Y6M"


PERIODS_OF_BUSINESS_AND_WIRE_COPY = [
    # Reuters-21578: "31.4 billion dlrs at end-1986", "as low as 10 dlrs in mid-1986", "at end-February",
    # "by year-end" (over 300 such words in the corpus; none was found before).
    case("hyphenated_middle_or_end_of_a_year_or_month-1",
         "Turkey's debt reached 31.4 billion dlrs at end-1986.",
         "1987-03-20", "end-1986", value="1986", mod="END", latest="1986-12-31"),
    case("hyphenated_middle_or_end_of_a_year_or_month-2",
         "Prices fell as low as 10 dlrs in mid-1986.",
         "1987-03-20", "mid-1986", value="1986", mod="MID"),
    case("hyphenated_middle_or_end_of_a_year_or_month-3",
         "Stocks were 10 pct higher at end-February, it said.",
         "1987-03-20", "end-February", value="1987-02", mod="END"),
    case("hyphenated_middle_or_end_of_a_year_or_month-4",
         "The company will report its results by year-end.",
         "1987-03-20", "year-end", value="1987", earliest="1987-09-01", latest="1987-12-31"),
    case("hyphenated_middle_or_end_of_a_year_or_month-5",
         "Output recovered at mid-year, the ministry said.",
         "1987-11-20", "mid-year", value="1987"),
    # Pattern: Australian and wire earnings copy ("in the September quarter", "in the October/December
    # quarter"); BBC: "down from 16.3% in the July-to-September quarter".
    case("quarter_named_by_its_months-1",
         "Profits rose in the September quarter, the company said.",
         "2004-11-17", "September quarter", value="2004-Q3", earliest="2004-07-01", latest="2004-09-30"),
    case("quarter_named_by_its_months-2",
         "The economy grew 0.8 pct in the October/December quarter.",
         "1987-03-20", "October/December quarter", value="1986-Q4"),
    case("quarter_named_by_its_months-3",
         "Growth slowed from 16.3% in the July-to-September quarter.",
         "2004-11-17", "July-to-September quarter", value="2004-Q3"),
    case("quarter_named_by_its_months-4",
         "Sales rose in the November quarter, the retailer said.",
         "2004-12-17", "November quarter", value="2004-09/2004-11", earliest="2004-09-01", latest="2004-11-30"),
    # BBC business: "sales fell 12% in the final quarter of 2004".
    case("final_quarter_of_a_named_year-1",
         "Sales fell 12% in the final quarter of 2004.",
         "2005-02-10", "final quarter of 2004", value="2004-Q4"),
    case("final_quarter_of_a_named_year-2",
         "Sales fell in the last quarter of 2004.",
         "2005-02-10", "last quarter of 2004", value="2004-Q4"),
    # Reuters-21578 earnings copy: "in the first nine months of 1986", "the first six months of the year".
    case("first_or_last_months_of_a_year_are_a_range_of_months-1",
         "Earnings rose 20 pct in the first nine months of 1986.",
         "1987-03-20", "first nine months of 1986",
         value="1986-01/1986-09", earliest="1986-01-01", latest="1986-09-30"),
    case("first_or_last_months_of_a_year_are_a_range_of_months-2",
         "Sales rose in the first six months of the year.",
         "2004-11-17", "first six months of the year", value="2004-01/2004-06"),
    case("first_or_last_months_of_a_year_are_a_range_of_months-3",
         "Exports fell in the last three months of 2004.",
         "2005-02-10", "last three months of 2004", value="2004-10/2004-12"),
    # Reuters-21578 trade copy: "in the last 10 days of March", "the first 20 days of February", "during the
    # second half of February".
    case("first_or_last_days_or_half_of_a_month_are_a_range_of_days-1",
         "Output fell in the last 10 days of March.",
         "1987-04-02", "last 10 days of March", type="range", value="1987-03-22/1987-03-31"),
    case("first_or_last_days_or_half_of_a_month_are_a_range_of_days-2",
         "The surplus in the first 20 days of February jumped.",
         "1987-03-02", "first 20 days of February", value="1987-02-01/1987-02-20"),
    case("first_or_last_days_or_half_of_a_month_are_a_range_of_days-3",
         "He sold 1,043 cars during the second half of February.",
         "1987-03-20", "second half of February", value="1987-02-15/1987-02-28"),
    case("first_or_last_days_or_half_of_a_month_are_a_range_of_days-4",
         "Sales rose in the first half of 1987.",
         "1987-09-20", "first half of 1987", value="1987-H1"),
    # Pattern: service copy ("the museum is closed on Mondays"), as TimeML's "every Monday".
    case("plural_weekdays_are_sets",
         "The museum is closed on Mondays.",
         "2004-11-17", "Mondays", type="set", value="XXXX-WXX-1"),
    # Pattern: market copy ("down 20% in the year to date"; Reuters-21578: "year-to-date sales", 160 times).
    case("year_to_date_runs_from_the_start_of_the_year_to_publication-1",
         "The stock is down 20% in the year to date.",
         "2018-09-07", "year to date", type="range", value="2018-01-01/2018-09-07"),
    case("year_to_date_runs_from_the_start_of_the_year_to_publication-2",
         "Shares are up 12% year-to-date.",
         "2018-09-07", "year-to-date", latest="2018-09-07"),
    # Pattern: business copy separating it from a fiscal year ("gains in this calendar year").
    case("calendar_year_is_the_year",
         "We had a lot of gains in this calendar year.",
         "2019-06-18", "this calendar year", value="2019"),
]


@pytest.mark.parametrize("text, published, wanted, expected", PERIODS_OF_BUSINESS_AND_WIRE_COPY)
def test_periods_of_business_and_wire_copy_cases(run, text, published, wanted, expected):
    record = only(run, text, published, wanted)
    assert {key: record[key] for key in expected} == expected


# ---------------------------------------------------------------- publication dates at the ends of the calendar


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_publication_at_the_ends_of_the_calendar_leaves_relative_dates_unresolved(published):
    # The command, not the library: such a date once failed the whole article with an OverflowError.
    text = ("Police said on Monday that the suspects fled two weeks ago, before Christmas, and were caught "
            "on March 3, 2004. The next day they were charged.")
    result = CliRunner().invoke(app, route(["-", "--date", published, "-f", "jsonl"]), input=text)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    values = {date["text"]: date["value"] for date in record["dates"]}
    assert values["two weeks ago"] is None and values["Monday"] is None and values["Christmas"] is None
    assert values["March 3, 2004"] == "2004-03-03"
    assert values["next day"] == "2004-03-04"  # counted from the story's own date, which is in range
    assert any(published in warning for warning in record["warnings"])


# Wire and web sentences (Reuters-21578 and BBC styles): stretches with dates, rates, tables and none.
_STRETCH_TEXTS = [
    "The company said on Monday that net profit rose 5 pct in the first quarter of 1987 from a year earlier.",
    "Shipments for May 1987 were 1.5 mln tonnes, against 1.2 mln in April and 7/8 in the week ended February 28.",
    "He will step down next week, two years after he joined, and the board meets every Tuesday.",
    "No date here at all, only words the patterns pass over.",
]


def test_stretches_find_what_one_matcher_of_all_the_patterns_finds(nlp: Language) -> None:
    """Also once the vocabulary entries met are copied to the sorted arrays the stretches look words up in."""
    finder = nlp.get_pipe("extractor_dates")
    whole = Matcher(nlp.vocab, validate=False)
    for label, pattern in finder.matches.patterns:
        whole.add(label, [pattern])
    docs = list(nlp.pipe(_STRETCH_TEXTS))
    for copied in (False, True):
        if copied:
            finder.matches._copy_known()
        for doc in docs:
            assert sorted(finder.matches(doc)) == sorted(set(whole(doc)))


def test_stretches_forget_the_words_met_past_their_cap_and_find_the_same(nlp: Language, monkeypatch) -> None:
    """A long run meets new words without end: the tests kept for them are bounded, the matches unchanged."""
    from extractor.dates import patterns

    finder = nlp.get_pipe("extractor_dates")
    docs = list(nlp.pipe(_STRETCH_TEXTS))
    before = [sorted(finder.matches(doc)) for doc in docs]
    monkeypatch.setattr(patterns, "KNOWN_WORDS_CAP", 10)
    new_words = nlp("Quarzbelt Vindlemoor said on Friday that Plonkavia exports fell 3 pct in Ostrevant.")
    after = [sorted(finder.matches(doc)) for doc in [*docs, new_words]]
    assert after[:-1] == before
    assert len(finder.matches._passed) <= 10 + len(new_words)
