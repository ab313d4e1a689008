"""What a yearless or weekday date is counted from: the tense of the clause that tells it, and, without a
publication date, a quarter or half of a year the same sentence names. Real sentences from the BBC, Reuters
and web-page corpora (source named beside each; a few are shortened)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates as dates_of, only


# ---------------------------------------------------------------- no publication date: a part of a year names the year

@pytest.mark.parametrize("text, wanted, value", [
    ("The 1987 first quarter will include proceeds from the Agrico sale, for 250 mln dlrs cash at closing plus "
     "deferred payments, and proceeds of 320 mln dlrs from the sale of a stake in Peabody Holding Co, completed in "
     "January.", "January", "1987-01"),  # reuters 01466
    ("Retailers posted stronger than expected sales in February, but not enough to prompt analysts to change "
     "their expectations of sluggish sales growth for the first half of 1987.", "February", "1987-02"),  # reuters 02269
    ("The December agreement set an overall output ceiling for OPEC of 15.8 mln bpd for first half 1987 and "
     "restored fixed prices as from February 1 around a reference point of 18 dlrs.", "February 1",
     "1987-02-01"),  # reuters 03571
    ("The Porsche radio is set to go on sale at the end of January in the US and in the first quarter of 2005 in "
     "the UK.", "end of January", "2005-01"),  # bbc tech/174
])
def test_without_publication_date_a_month_inside_a_named_quarter_or_half_takes_its_year(run, text, wanted, value):
    assert only(run, text, None, wanted)["value"] == value


@pytest.mark.parametrize("text, wanted, value", [
    ("Henin-Hardenne slid down the world rankings in the second half of 2004 after contracting the illness in "
     "April.", "April", "XXXX-04"),  # bbc sport/465: April lies outside the half
    ("Its BDO's output index remained at 100.8 for January, implying GDP growth at 2.9% in the second quarter of "
     "2005.", "January", "XXXX-01"),  # bbc business/214 (shortened)
    ("The December agreement set an overall output ceiling for OPEC of 15.8 mln bpd for first half 1987.",
     "December", "XXXX-12"),  # reuters 03571 (shortened)
    ("Sales fell 3 pct in March, compared with a 5 pct rise in the first quarter of 1986.", "March", "XXXX-03"),
    # the form of reuters' year-on-year comparisons: a quarter compared with is no frame for the month
])
def test_without_publication_date_a_month_outside_the_part_or_compared_with_it_keeps_its_unknown_year(
        run, text, wanted, value):
    assert only(run, text, None, wanted)["value"] == value


def test_the_named_part_of_a_year_does_not_override_a_publication_date(run):
    text = ("The Porsche radio is set to go on sale at the end of January in the US and in the first quarter of 2005 "
            "in the UK.")  # bbc tech/174
    assert only(run, text, "2005-11-20", "end of January")["value"] == "2006-01"


# ---------------------------------------------------------------- a past verb of agreeing or promising dates itself

@pytest.mark.parametrize("text, wanted, value", [
    ("On Monday, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.6bn.", "Monday",
     "2005-01-03"),  # bbc business/196 (shortened)
    ("On Tuesday, Mr Gates pledged $750m (£400m) of his own money to support the cause.", "Tuesday",
     "2005-01-04"),  # bbc business/487
    ("On Tuesday, a meeting of the WSIS in Geneva agreed to the creation of a Digital Solitary Fund.", "Tuesday",
     "2005-01-04"),  # bbc tech/033
    ("An extra £50m was promised on Tuesday so 2,000 new CSOs can be recruited now rather than next year.",
     "Tuesday", "2005-01-04"),  # bbc politics/234
])
def test_a_past_verb_of_agreeing_or_promising_on_a_weekday_is_the_last_such_day(run, text, wanted, value):
    assert only(run, text, "2005-01-08", wanted)["value"] == value


@pytest.mark.parametrize("text, wanted, value", [
    ("The union planned a strike for Monday.", "Monday", "2005-01-10"),  # a plan's day may still be ahead
    ("The two sides agreed to meet on Monday.", "Monday", "2005-01-10"),  # the infinitive's day, not the agreeing's
])
def test_a_plan_or_an_agreed_infinitive_keeps_the_future(run, text, wanted, value):
    assert only(run, text, "2005-01-08", wanted)["value"] == value


# ---------------------------------------------------------------- a scheduled event in the present tense is ahead

@pytest.mark.parametrize("text, published, wanted, value", [
    ("The Gophers (9-1, 6-1) play Saturday against the Wildcats (2-8, 0-7), with a one-game lead in the West "
     "Division on Wisconsin.", "2019-11-19", "Saturday", "2019-11-23"),  # html-articles 65ce3a45 (AP)
    ("European Union finance ministers meet on Thursday to discuss proposals, including a tax on jet fuel, to "
     "boost development aid for poorer nations.", "2005-01-08", "Thursday", "2005-01-13"),  # bbc business/065
    ("Italy coach John Kirwan has challenged his side to match the performance they produced in pushing Ireland "
     "close when they meet Wales on Saturday.", "2005-02-14", "Saturday", "2005-02-19"),  # bbc sport/305
    ("Shadow education secretary Tim Collins is on Thursday setting out a new scheme of vocational grants.",
     "2005-01-11", "Thursday", "2005-01-13"),  # bbc politics/213 (shortened)
])
def test_a_present_tense_verb_with_its_weekday_tells_a_scheduled_day_ahead(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


@pytest.mark.parametrize("text, published, wanted, value", [
    ('He told Czech newspaper Daily Sport: "I don\'t know why I didn\'t play on Sunday."', "2005-01-12", "Sunday",
     "2005-01-09"),  # bbc sport (past auxiliary)
    ("Figures released on Tuesday show that house prices rose.", "2005-01-13", "Tuesday", "2005-01-11"),
    # the day hangs from a past participle, not from the present verb
])
def test_a_weekday_not_hanging_from_a_present_verb_keeps_its_reading(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


# ---------------------------------------------------------------- a year before a business year is the one before

@pytest.mark.parametrize("text, published, wanted, value", [
    ("C. Itoh and Co Ltd said its group net profit in the year ending March 31, 1988, is expected to be unchanged "
     "from a year earlier.", "1987-04-27", "a year earlier", "1986-04-01/1987-03-31"),  # reuters 19051
    ("The company earlier reported group net profit of 20.07 billion yen in the year ended March 31, 1987, up 8.6 "
     "pct from a year earlier.", "1987-04-27", "a year earlier", "1985-04-01/1986-03-31"),  # reuters 19051
    ("Sales in 1987/88 are estimated at 15,100 billion yen, up 2.3 pct from a year earlier.", "1987-04-27",
     "a year earlier", "1986/1987"),  # reuters 19051
    ("EMI said music sales for the year to March will fall 8-9% from the year before, with profits set to be 15% "
     "lower than analysts had expected.", "2005-01-18", "year before", "2003-04/2004-03"),  # bbc business/207
])
def test_a_year_before_a_business_year_is_the_business_year_before(run, text, published, wanted, value):
    found = only(run, text, published, wanted)
    assert (found["type"], found["value"]) == ("range", value)


def test_a_year_before_a_calendar_year_stays_a_year(run):
    # the form of reuters' 'at end-1986 from 25.4 billion a year earlier'
    text = "Net profit rose to 25.4 billion at end-1986 from 21.3 billion a year earlier."
    assert only(run, text, "1987-04-01", "a year earlier")["value"] == "1985"


# ---------------------------------------------------------------- a paper or show named Today

@pytest.mark.parametrize("text", [
    # html-articles c58aa507
    "Experts on jail suicide told USA TODAY that an inmate can be removed from suicide watch.",
    "He told USA Today the deal was done.",  # the same paper as most pages write it
    "Chris Morris made The Day Today before the dark sketch comedy Jam.",  # bbc entertainment (shortened)
])
def test_today_after_a_name_in_capitals_is_a_paper_or_show(run, text):
    assert not [record for record in dates_of(run, text) if record["text"].lower() == "today"]


@pytest.mark.parametrize("text", [
    "Mr Blair said Today the government would act.",
    "OPEC MINISTERS MEET TODAY IN VIENNA",
])
def test_today_after_a_word_that_names_nothing_stays_a_date(run, text):
    assert [record for record in dates_of(run, text) if record["text"].lower() == "today"]


# ---------------------------------------------------------------- a bound on an amount of time ahead

@pytest.mark.parametrize("text, wanted, value, mod", [
    ("China's net-using population looks set to exceed that of the US in less than three years, says a report.",
     "less than three years", "2008", "BEFORE"),  # bbc tech/074
    ("The plant will open more than two years from now.", "more than two years from now", "2007", "AFTER"),
    ("He joined the firm less than three years ago.", "less than three years ago", "2002", "AFTER"),
])
def test_more_or_less_than_an_amount_of_time_bounds_the_side_it_lies_on(run, text, wanted, value, mod):
    found = only(run, text, "2005-01-01", wanted)
    assert (found["value"], found["mod"]) == (value, mod)


@pytest.mark.parametrize("text, published, wanted, value", [
    ("Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and multi-instrumentalist "
     "John McFee will tour together for the first time in nearly 25 years during the trek.", "2019-11-19",
     "nearly 25 years", "P25Y"),  # html-articles ac1bfdd4
    ("But after back-to-back wins at the start of the tournament for the first time in 11 years, they will travel "
     "to Paris in a fortnight.", "2005-02-14", "11 years", "P11Y"),  # bbc sport (Six Nations)
    ("Shares will trade at their highest level in two years when the market opens.", "2005-02-14", "two years",
     "P2Y"),
])
def test_in_after_a_first_time_or_a_superlative_looks_back_over_a_length(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value
