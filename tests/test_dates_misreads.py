"""Dates that read as another kind of date, or as a date at all, on corpus copy: wire clock times read as years or
durations, day-month-year stamps read as ranges, the second decade of a list missed, 'now' opening a clause, and
the vague words TimeML leaves out. Each class is tested on real sentences from the BBC and Reuters corpora (source
named beside each; a few are shortened)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

from extractor.dates.normalise import absolute, parse
from extractor.dates.recognise import _a_bare_decimal
from extractor.dates.values import Context
from tests.test_dates import dates, only
from tests.test_dates_news import covering


# ---------------------------------------------------------------- a wire clock time is a time, never a year

@pytest.mark.parametrize("text, published, wanted, value", [
    ("The White House said President Reagan would make an announcement at 1530 EST/2030 gmt but the topic was "
     "undisclosed.", "1987-03-04", "1530 EST/2030 gmt", "1987-03-04T15:30"),  # reuters 01250
    ("He said the offer and withdrawal rights will expire at 1630 EST/2130 gmt, March 30, 1987.", "1987-03-02",
     "1630 EST/2130 gmt, March 30, 1987", "1987-03-30T16:30"),  # reuters 00387
    ("The effects of the tremor at 0620 hrs (0920 GMT) registered four to six degrees on the 12-degree Mercalli "
     "scale in Antofagasta.", "1987-03-06", "0620 hrs (0920 GMT)", "1987-03-06T06:20"),  # reuters 01984
    ("The tremor was followed by a milder aftershock at 0758 hrs.", "1987-03-06", "0758 hrs",
     "1987-03-06T07:58"),  # reuters 01984
    ("The ICO executive board reconvened at 1650 hours local time to hear a report from consultants on ICO "
     "operations.", "1987-04-01", "1650 hours", "1987-04-01T16:50"),  # reuters 12011
    ("A full council meeting was set for 1900 hours for a progress report, delegates said.", "1987-03-02",
     "1900 hours", "1987-03-02T19:00"),  # reuters 00562
])
def test_a_four_digit_clock_time_beside_its_zone_or_hrs_is_a_time(run, text, published, wanted, value):
    record = only(run, text, published, wanted)
    assert (record["type"], record["value"]) == ("time", value)


@pytest.mark.parametrize("text, word", [
    ("The White House said President Reagan would make an announcement at 1530 EST/2030 gmt but the topic was "
     "undisclosed.", "1530"),  # reuters 01250
    ("The tremor was followed by a milder aftershock at 0758 hrs.", "0758"),  # reuters 01984
    ("The 116-foot rocket lifted off at 1805 local time (2305 GMT) and placed in orbit a 1,850 pound Geostationary "
     "Operational Environmental Satellite (GOES).", "1805"),  # reuters 00218
    ("The Reserve Bank said at 1230 local time it was offering to buy short-dated government securities.",
     "1230"),  # reuters 03435
    ("The blaze broke out with an explosion around 1330 local time (1130 GMT).", "1330"),  # reuters 18228
])
def test_a_wire_clock_time_is_never_a_year_or_a_duration(run, text, word):
    assert all(record["type"] == "time" for record in covering(run, text, "1987-03-04", word))


def test_a_figure_before_a_unit_of_measure_is_no_year(run):
    # html-articles e7d77f... (a web page)
    text = ("The 5.5-inch touchscreen display with a resolution of 1080 pixels by 1920 pixels at a PPI of 401 pixels "
            "per inch.")
    assert covering(run, text, "2019-11-20", "1920") == []


def test_a_count_of_hours_with_a_thousands_comma_stays_a_duration(run):
    record = only(run, "The engines had run for 1,430 hours before the inspection.", "1987-03-04", "1,430 hours")
    assert (record["type"], record["value"]) == ("duration", "PT1430H")


# ---------------------------------------------------------------- a day-month-year stamp is one day

@pytest.mark.parametrize("text, value", [
    ("16-Mar-1987", "1987-03-16"),
    ("3-Apr-1987", "1987-04-03"),
    ("7-APR-87", "1987-04-07"),
    ("16/Mar/1987", "1987-03-16"),
])
def test_a_day_month_year_stamp_is_one_day(text, value):
    parsed = parse(text, Context(date(1987, 4, 7)))
    assert (parsed.type, parsed.value) == ("date", value)


def test_a_day_month_year_stamp_in_running_text_is_one_day(run):
    record = only(run, "The notes were issued on 16-Mar-1987 and mature in 1992.", "1987-04-07", "16-Mar-1987")
    assert (record["type"], record["value"]) == ("date", "1987-03-16")


def test_a_range_of_a_day_to_a_month_still_reads_as_a_range():
    assert parse("16 - March 20", Context(date(1987, 4, 7))).type == "range"


# ---------------------------------------------------------------- a short decade continuing a list of decades

@pytest.mark.parametrize("text, wanted, value", [
    ('He said: "I am a great admirer of British cinema since the 1930s and 40s, up until now."', "40s",
     "194"),  # NewsFacts bbc entertainment/354's class
    ("This idea of pigeonholing whatever is popular at the time is no different than what was happening in the "
     "1940s and 50s in relation to what Jazz was.", "50s", "195"),  # bbc entertainment/256
    ("Fletcher will be remembered for his odd odes and amusing misprints on TV show That's Life in the 1970s and "
     "80s, as well as a long variety career.", "80s", "198"),  # bbc entertainment/190
    ("He married actress Betty Astell in 1941 and in the 1950s and 60s, they produced pantos and summer shows.",
     "60s", "196"),  # bbc entertainment/190
])
def test_a_short_decade_after_a_full_one_is_the_next_decade(run, text, wanted, value):
    record = only(run, text, "2005-01-01", wanted)
    assert (record["type"], record["value"]) == ("date", value)


@pytest.mark.parametrize("text, word", [
    ("Friends who are in their 30s and 40s say the same.", "40s"),  # an age after a possessive
    ("Prices moved in the mid 30s and 40s all week.", "40s"),  # no full decade before it: prices
])
def test_a_short_decade_without_a_full_decade_before_it_is_no_date(run, text, word):
    assert covering(run, text, "2005-01-01", word) == []


# ---------------------------------------------------------------- 'now' opening a clause without 'that'

@pytest.mark.parametrize("text", [
    "Number 10 said an error was made but now Harry had apologised the matter should be left to the palace.",
    # bbc politics/120
    "David Blunkett has become a paid adviser to Indepen Consulting Limited now he is not home secretary - he helps "
    "them with seminars.",  # bbc politics/320
    '"Now things are a little calmer, there are slightly less people - but, after two and a half years of '
    'broadcasting, there are still a lot of people going."',
    # bbc entertainment/213
    'He said: "Now we\'ve dropped down to the Euro-Africa zone, the time was right for him to step down and let the '
    'young guys come to the fore."',
    # bbc sport/449
])
def test_now_opening_a_subordinate_clause_is_a_conjunction(run, text):
    assert covering(run, text, "2005-01-01", "now" if " now " in text else "Now") == []


@pytest.mark.parametrize("text", [
    "But now he is using his money to help with the start-up a trading company.",  # bbc business
    "Now the board has confirmed that the US bidder is back.",  # bbc business
    "Only a few years ago, most politicians did not have a webpage, while now it is almost a must-have.",  # bbc tech
])
def test_now_in_a_main_clause_or_after_while_stays_present(run, text):
    word = "now" if " now " in text else "Now"
    assert [record["value"] for record in covering(run, text, "2005-01-01", word)] == ["PRESENT_REF"]


# ---------------------------------------------------------------- vague references TimeML annotates, and 'soon'

@pytest.mark.parametrize("text, published, wanted, value", [
    ('"The Brazilians long ago learnt their lessons," Yulo said.', "1987-03-25", "long ago",
     "PAST_REF"),  # reuters 10306
    ('"I feel that we shall probably have to deal with quite a few more crises in the foreseeable future."',
     "1987-03-17", "foreseeable future", "FUTURE_REF"),  # reuters 06742
    ("The company said it does not plan to offer common shares this year or in the foreseeable future.",
     "1987-03-13", "foreseeable future", "FUTURE_REF"),  # reuters 05954
])
def test_long_ago_and_the_foreseeable_future_are_vague_references(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


@pytest.mark.parametrize("text", [
    "Copies of Half-Life 2 had been circulating on file-sharing systems soon after it was officially released.",
    # bbc tech/038
    "The website was forced to close, and others like Phoenix Torrent followed soon after.",  # bbc tech/195
    "He said unemployment could soon double from three pct now.",  # reuters
])
def test_soon_is_no_time_expression(run, text):
    assert covering(run, text, "1987-03-04", "soon") == []


# ---------------------------------------------------------------- a month before the trade it dates

@pytest.mark.parametrize("text, published, wanted, value", [
    ("Egypt bought 200,000 tonnes of optional origin sunflowerseed oil at its import tender yesterday, all for May "
     "arrival, traders said.", "1987-03-31", "May", "1987-05"),  # reuters 09193
    ("The first two cargoes were on a cash basis and the May position was transacted on a 30 pct counter-trade "
     "basis, traders said.", "1987-03-13", "May", "1987-05"),  # reuters 04681
    ("Soymeal futures fell to a new contract low of 139.70 dlrs per ton in the nearby March contract today.",
     "1987-03-02", "March", "1987-03"),  # reuters 00200
    ("NIOC has sold its crude for March shipment to Japanese customers with different formulas.", "1987-03-06",
     "March", "1987-03"),  # reuters 02998
])
def test_a_may_or_march_before_the_trade_it_dates_is_the_month(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


@pytest.mark.parametrize("text, word", [
    ("Prime Minister Theresa May contract talks collapsed.", "May"),  # a surname before the noun
    ("Traders said buyers may contract for more later.", "may"),  # the verb
])
def test_a_surname_or_verb_before_a_trade_noun_is_no_month(run, text, word):
    assert covering(run, text, "1987-03-06", word) == []


# ---------------------------------------------------------------- 'the day's' of a market report

@pytest.mark.parametrize("text", [
    "Profit-taking pulled bond prices down from the day's highs, but a record close in the U.S. helped.",
    # reuters 13208
    "Australian share prices closed at record levels, boosted by continued demand for gold and blue chip industrials, "
    "but fell from the day's highs on late profit-taking, brokers said.",  # reuters 13331
    'He cautioned against "over-dramatizing" the day\'s activity, which he said was more a reflection of '
    "fundamental strength in the markets.",  # reuters 08024
])
def test_the_days_is_the_day_of_the_story(run, text):
    assert [record["value"] for record in covering(run, text, "1987-04-07", "day")] == ["1987-04-07"]


@pytest.mark.parametrize("text", [
    "It was the day the music died.",
    "She remembers the day well.",
])
def test_the_day_the_words_pick_out_is_no_date(run, text):
    assert covering(run, text, "1987-04-07", "day") == []


# ---------------------------------------------------------------- how much earlier or later: a duration

@pytest.mark.parametrize("text, published, wanted, value", [
    ("The deal, which included the right to make replica shirts, would end in 2006, five years earlier than "
     "expected.", None, "five years", "P5Y"),  # bbc business/040
    ("Harvey, who entered the camp a day later than other contestants after learning of his mother's death, was "
     "evicted.", None, "a day", "P1D"),  # bbc entertainment/223
    ("The board meeting looks set to end today, a day earlier than scheduled.", "1987-04-01", "a day",
     "P1D"),  # reuters 12011
    ("In a move that came a day earlier than most expected, the Bank cut its rates.", "1987-04-01", "a day",
     "P1D"),  # reuters 11746
    ("Seamen ended their industrial action a day early.", "1987-03-27", "a day", "P1D"),  # reuters 09604
    ("The party urged her to go to the country a year early in the wake of two more opinion polls.", "1987-04-08",
     "a year", "P1Y"),  # reuters 14419
    ("Thatcher's Conservative Party urged her to call elections due in June 1988 a year early in the wake of two "
     "more opinion polls.", "1987-04-07", "a year", "P1Y"),  # reuters 14030: no rate after a year
    ("The results were published one month later than usual, it said.", "1987-04-08", "one month",
     "P1M"),  # reuters 14340
])
def test_an_amount_earlier_or_later_than_something_is_a_duration(run, text, published, wanted, value):
    record = only(run, text, published, wanted)
    assert (record["type"], record["value"]) == ("duration", value)


def test_an_amount_earlier_counted_from_the_story_stays_a_date(run):
    record = only(run, "He was arrested in 1998 and released two years later.", "2005-01-01", "two years later")
    assert (record["type"], record["value"]) == ("date", "2000")


# ---------------------------------------------------------------- 'end' and 'start' as verbs are no modifiers

@pytest.mark.parametrize("text, published, wanted, value", [
    ("The board meeting looks set to end today, a day earlier than scheduled.", "1987-04-01", "today",
     "1987-04-01"),  # reuters 12011
    ("He said trading in its American Depositary Receipts will start today.", "1987-03-05", "today",
     "1987-03-05"),  # reuters 03058
    ("Legal drafting of provisions will start next week.", "1987-03-13", "next week", "1987-W12"),  # reuters 05139
])
def test_end_or_start_as_a_verb_before_a_date_is_no_modifier(run, text, published, wanted, value):
    record = only(run, text, published, wanted)
    assert (record["value"], record["mod"]) == (value, None)


def test_end_as_a_noun_before_a_month_is_its_end(run):
    record = only(run, "Stocks at end April were 5 mln tonnes.", "1987-04-07", "end April")
    assert (record["value"], record["mod"]) == ("1987-04", "END")


# ---------------------------------------------------------------- a decimal figure alone is no date

@pytest.mark.parametrize("text, word", [
    ("Chrysler's mid-March sales fell 3.6 pct.", "3.6"),  # reuters 09046
    ("Proposed dividend 12.50 crowns vs 10.50 crowns", "12.50"),  # reuters 02109
    ("The pool itself consists of Federal National Mortgage Association (Fannie Mae) securities paying 10.50 pct.",
     "10.50"),  # reuters 03510
    ("Local currency M3 rose 3.6 pct to 280.36 billion dlrs from December when it was up 3.4 pct from November.",
     "280.36"),  # reuters 00940
])
def test_a_decimal_figure_in_copy_is_no_date(run, text, word):
    assert covering(run, text, "1987-03-04", word) == []


@pytest.mark.parametrize("text", ["3.6", "12.50", "31.12", "1234.5"])  # a figure, a clock's shape, a day.month, a year
def test_a_decimal_figure_alone_reads_as_nothing_in_any_context(text):
    """The component leaves a lone decimal figure unread (recognise._a_bare_decimal): no context may read it."""
    for anchor in (None, date(1987, 4, 1)):
        for tense in (None, "past", "future"):
            for signal in (None, "BEFORE", "ON_OR_AFTER"):
                for flags in itertools.product((False, True), repeat=9):
                    context = Context(anchor, tense, *flags[:2], signal, *flags[2:], split_months=(4, 3))
                    assert parse(text, context) is None, context
                    assert parse(text, replace(context, split_months=None)) is None, context


@pytest.mark.parametrize("text, bare", [
    ("It rose 3.6 pct.", True), ("Shares closed at 280.36.", True),
    ("The talks start on 11.08.2023 in Geneva.", False), ("They met at 8.30pm.", False),
    ("It rose 1/2 point.", False), ("It rose 36 pct.", False),
])
def test_a_bare_decimal_is_one_figure_with_one_decimal_point(nlp, text, bare):
    doc = nlp.make_doc(text)
    figures = [doc[token.i:token.i + 1] for token in doc if token.text[:1].isdigit()]
    assert any(_a_bare_decimal(span) for span in figures) == bare


# ---------------------------------------------------------------- what dateparser misreads goes to none

GRAIN_TABLE = ("Shipments were, in thousands of tonnes:\n"
               "    Bread wheat prev 1,655.8, Feb 872.0, March 164.6, total\n2,692.4 (4,161.0).\n"
               "    Soybean oil prev 3.7, Feb 21.1, Mar nil, Apr 2.0, May 9.0,\nJun 13.0, Jul 7.0, total 55.8 (33.7).")
# reuters 00006 (the Argentine grain board's export registrations), shortened


@pytest.mark.parametrize("text", [
    "March 164.6",  # reuters 00006: 'Bread wheat prev 1,655.8, Feb 872.0, March 164.6, total'
    "48.7, March 13.2",  # reuters 00006: 'Wheat prev 39.9, Feb 48.7, March 13.2, Apr 10.0, total'
    "May 20.0",  # reuters 00006: 'Soybean May 20.0, total 20.0 (nil)'
    "April/January 1986/87",  # reuters 00319: 'rose to ... 50.70 billion rupees in April/January 1986/87'
    # two days of one month, which dateparser reads as a day and a year ('1920-03-19')
    "March 19/20",  # reuters 05208: 'postpone public hearings on the fiscal 1987/88 budget to March 19/20 from'
    "May 5/30",  # reuters 10519: 'wheat for May 5/30 shipment at 117.44 dlrs per tonne'
    "June 9/12",  # reuters 10760: 'at an executive committee meeting on June 9/12, ICCO officials said'
])
def test_a_month_beside_a_decimal_figure_another_month_or_a_day_pair_goes_to_no_dateparser(text, monkeypatch):
    def no_dateparser(*args):
        raise AssertionError(f"dateparser asked for {args[0]!r}")

    monkeypatch.setattr(absolute, "_dateparser_value", no_dateparser)
    assert absolute._fallback(text, Context(date(1987, 2, 12))) is None


def test_a_numeric_date_or_day_month_year_still_goes_to_dateparser():
    assert absolute._fallback("3 March 87", Context(date(1987, 3, 4))).value == "1987-03-03"


def test_the_figures_of_a_table_by_month_are_no_dates(run):
    assert [record["text"] for record in dates(run, GRAIN_TABLE, "1987-02-12")
            if any(char.isdigit() for char in record["text"])] == []
