"""Dates on whole-article news copy: error classes seen on NewsFacts, each tested on real sentences from the
BBC and Reuters corpora (source named beside each; a few are shortened)."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_dates import dates, only


def covering(run, text: str, published: Optional[str], word: str) -> list[dict[str, Any]]:
    """The dates whose span takes in the first ``word`` of ``text``."""
    start = text.index(word)
    end = start + len(word)
    return [record for record in dates(run, text, published) if record["start"] < end and start < record["end"]]


# ---------------------------------------------------------------- a unit word that is a name

@pytest.mark.parametrize("text, word", [
    ('ANZ managing director Brian Weeks said: "Recent developments are encouraging."', "Weeks"),  # reuters 12732
    ("Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.", "Day"),  # bbc sport/173
    ("The son of actress Doris Day, he helped write Kokomo for the Beach Boys.", "Day"),  # bbc entertainment/124
    ("He has also starred in a number of films, including Heathers, Robin Hood: Prince of Thieves and more recently "
     "Churchill: The Hollywood Years.", "Years"),  # bbc entertainment/019
    ("Sophie Scholl - The Final Days portrays the final days of the member of the White Rose movement.",
     "Days"),  # bbc entertainment/090
    ("He told the 8th Antwerp Oils and Fats Contact Days that in the future prices would rise.",
     "Days"),  # reuters 18781
])
def test_capitalised_unit_word_inside_a_sentence_is_a_name_not_a_duration(run, text, word):
    assert covering(run, text, "2005-01-01", word) == []


@pytest.mark.parametrize("text, wanted, value", [
    ("Months before the report was issued, U.S. And EC business leaders met their Japanese colleagues to discuss "
     "the trade problem.", "Months", "PXM"),  # reuters (Maekawa report)
    ('Reports said: "Weeks of talks followed."', "Weeks", "PXW"),  # a capital after a quotation mark opens a clause
])
def test_unit_word_opening_a_sentence_stays_a_time_expression(run, text, wanted, value):
    assert only(run, text, None, wanted)["value"] == value


@pytest.mark.parametrize("text, word, is_date", [
    # bbc sport/299: the centre named in full before, then by his surname
    ("And the midfield pairing of Mathew Tait and Jamie Noon is also under threat. The Bath fly-half-cum-centre is "
     "likely to start against France, with either Tait or Noon dropping out.", "Noon dropping", False),
    # bbc sport/299 then reuters 07396: the clock word in lowercase stays a time beside the person
    ("And the midfield pairing of Mathew Tait and Jamie Noon is also under threat. The letter was effective at noon "
     "today.", "noon", True),
])
def test_a_capitalised_clock_word_ending_a_persons_name_is_the_person(run, text, word, is_date):
    assert bool(covering(run, text, "2005-01-01", word)) is is_date


# ---------------------------------------------------------------- 'the next year' of the story

@pytest.mark.parametrize("text, published, wanted, value", [
    # bbc entertainment (Oscars history): the year after the last one the story named
    ("Marlon Brando turned down his best actor Oscar for The Godfather in 1973 in protest. The following year Robert "
     "Opal interrupted proceedings when he streaked.", "2005-01-01", "following year", "1974"),
    # reuters 1190 / bbc: 'next' said of what is to come is the publication's
    ("One leading options analyst predicted continuing volume growth of around 20 pct a month for at least the next "
     "year.", "1987-03-03", "next year", "1988"),
    ('"We predict that the next week will continue the same trend," she added.', "2005-01-01", "next week",
     "2005-W01"),
    ("Over the next month or two the odds are that the index will drop back to around 1,900.", "1987-03-25",
     "next month", "1987-04"),
    # bbc entertainment, with 'next' for 'following': a past clause tells of the story's next year
    ("Frank Capra was the butt of one major gaffe in 1934. He vowed he would never go to the awards again but went "
     "the next year to collect his award.", "2005-01-01", "next year", "1935"),
])
def test_the_next_year_of_a_past_story_counts_from_the_year_it_named(run, text, published, wanted, value):
    assert only(run, text, published, wanted)["value"] == value


def test_bare_next_year_stays_the_publications(run):
    text = "The plant was shut in 1985. Next year the company will reopen it."  # reuters-style, 1987
    assert only(run, text, "1987-03-03", "Next year")["value"] == "1988"


# ---------------------------------------------------------------- sets with a count

@pytest.mark.parametrize("text, wanted, value, mod", [
    ("Every officer had an annual target of 8,000 applications - equivalent to 40 a day or one every 11 minutes.",
     "every 11 minutes", "PT11M", None),  # bbc politics/071
    ("The firms voluntarily undergo peer review every three years, under an accounting industry self-regulatory "
     "plan.", "every three years", "P3Y", None),  # reuters 10141
    ('"I have got so much energy since my operation that I train three times a day, six days a week."',
     "three times a day", "P1D", None),  # bbc sport/366
    ("The government estimates it will issue security alerts about six to 10 times a year.", "10 times a year",
     "P1Y", None),  # bbc tech/034
    ("Customers were getting hit every four to five days.", "every four to five days", "P4D",
     "APPROX"),  # bbc tech/299
])
def test_a_counted_interval_is_a_set(run, text, wanted, value, mod):
    record = only(run, text, "2005-01-01", wanted)
    assert (record["type"], record["value"], record["mod"]) == ("set", value, mod)


def test_a_multiple_of_a_year_earlier_is_no_set(run):
    record = only(run, "Sales were four times a year earlier.", "1987-03-03", "a year earlier")
    assert record["type"] == "date"


# ---------------------------------------------------------------- parts of the day

@pytest.mark.parametrize("text, published, wanted, value", [
    ("Rank shares firmed in morning trading to be quoted at 712p at 1320 GMT after 697p at last night's close.",
     "1987-03-18", "morning", "1987-03-18TMO"),  # reuters 6434
    ("The Bank of England said it provided the market with a further 570 mln stg assistance during the morning "
     "after revising its estimate of the liquidity shortage.", "1987-03-31", "morning",
     "1987-03-31TMO"),  # reuters 11228
    ("Three months large contract was trading at 420 pence per troy ounce, compared with 415/418 pence indicated on "
     "yesterday's afternoon kerb close.", "1987-04-07", "yesterday's afternoon", "1987-04-06TAF"),  # reuters 13727
    # reuters 14250: 'last night's close' is a price compared with, not the day the story tells of
    ("The metal closed at 420.00/420.50 dlrs an ounce, up on the afternoon fix of 418.50, but still below last "
     "night's close of 421.50/422. It eased during the morning as dealers traded on the gold/silver ratio.",
     "1987-04-07", "morning", "1987-04-07TMO"),
    ("Trading in 30 options had to stop, 17 of which were restored later in the day.", "1987-10-20",
     "later in the day", "1987-10-20"),  # reuters 20782
])
def test_a_part_of_the_day_is_one_of_the_story_day(run, text, published, wanted, value):
    record = only(run, text, published, wanted)
    assert record["value"] == value


def test_a_part_of_the_day_takes_the_day_the_story_named(run):
    text = "The markets fell on Monday. In the afternoon, prices recovered as dealers covered short positions."
    assert only(run, text, "1987-04-07", "afternoon")["value"] == "1987-04-06TAF"


def test_a_part_of_the_day_without_publication_date_stays_unresolved(run):
    record = only(run, "Silver moved steadily higher during the morning.", None, "morning")  # reuters 13641
    assert (record["type"], record["value"]) == ("time", None)


@pytest.mark.parametrize("text, word", [
    ("He warned that if drinking establishments were allowed to open until three or four in the morning the police "
     "would suffer.", "morning"),  # bbc politics/202: a clock time
    ("CBT members overwhelmingly approved the evening session in a vote conducted a month ago.",
     "evening"),  # reuters 3815: a session as an institution
    ("The CBOT evening session will run from 6:00 to 9:00 P.M. Chicago time.", "evening"),  # reuters 15403
    ("He reads the Evening Standard and the South China Morning Post.", "Evening"),  # bbc: newspapers
])
def test_a_part_of_the_day_that_is_no_time_of_the_story(run, text, word):
    assert covering(run, text, "1987-04-09", word) == []


# ---------------------------------------------------------------- not dates: 'fall' as a decline, 'now that'

@pytest.mark.parametrize("text, word", [
    ("The carmaker blamed the fall in profits on high launch costs for new models.", "fall"),  # bbc business/117
    ('"I don\'t think one can say that conditions have worsened just because of the fall in October," said a METI '
     "official.", "fall"),  # bbc business/046
    ("Profits were affected by the fall of the value of the dollar.", "fall"),  # bbc business
    ("While it predicts this fall from the current 2.1% level, it said it was making progress on ending deflation.",
     "fall"),  # bbc business/322
    ("The January fall came after a strong 6.4 pct rise from November's rate of 1.774 mln units.",
     "fall"),  # reuters 3723
])
def test_fall_meaning_a_decline_is_no_season(run, text, word):
    assert covering(run, text, "1987-03-11", word) == []


@pytest.mark.parametrize("text, wanted, value", [
    ("The bill would permit winter wheat producers prevented from planting their 1987 crop last fall to receive 92 "
     "pct of the deficiency payments.", "last fall", "1986-FA"),  # reuters 6209
    ("The plant should be operational by the fall of 1990.", "fall of 1990", "1990-FA"),  # reuters
])
def test_fall_with_a_season_cue_is_autumn(run, text, wanted, value):
    assert only(run, text, "1987-03-17", wanted)["value"] == value


@pytest.mark.parametrize("text", [
    "Now that Transco has refused to transport cheap spot gas for them, these distributors are likely to be more "
    "conciliatory.",  # reuters 18917
    "Now that broadband networks are bedding down, it is becoming essential for millions.",  # bbc tech/394
    '"This is a big issue, now that we have an appeal pending," said Newry boss Roy McCreadie.',  # bbc sport/131
])
def test_now_that_opening_a_clause_is_a_conjunction(run, text):
    assert covering(run, text, "2005-01-01", "ow that") == []


def test_now_before_a_relative_clause_stays_present(run):
    text = "Gordon Brown told him: 'There's nothing you could say to me now that I could ever believe.'"  # bbc politics/034
    assert only(run, text, "2005-01-01", "now")["value"] == "PRESENT_REF"


# ---------------------------------------------------------------- ages are numbers

@pytest.mark.parametrize("text, word", [
    ("The tests include tests for hepatitis and HIV for over 16-year-olds.", "16"),  # bbc politics/122
    ("A £3 per hour minimum wage was introduced last October for 16 to 17-year-olds.", "17"),  # bbc politics/380
    ("An estimated 5.2 million adults have worse literacy than that expected of 11 year olds.", "11"),  # bbc politics/080
    ("He battled tuberculosis, then ran his own clothing business before marrying in his late thirties.",
     "thirties"),  # bbc business/287
    ("He did not take it up professionally until his mid-thirties, when he was inspired.",
     "thirties"),  # bbc entertainment/016
    ("83-year-old Yuji Shimizu plays golf with his younger friends, who are in their seventies and eighties.",
     "eighties"),  # bbc business/287 (shortened, 'and eighties' added)
])
def test_an_age_is_no_date(run, text, word):
    assert covering(run, text, "2005-01-01", word) == []


def test_a_decade_after_the_is_still_a_decade(run):
    text = "Roxy Music had a string of hits in the seventies."  # constructed
    assert only(run, text, "2005-01-01", "seventies")["value"] == "197"


# ---------------------------------------------------------------- a reporting period without a publication date

@pytest.mark.parametrize("text, wanted", [
    ("Japan's economy teetered on the brink of a technical recession in the three months to September, figures "
     "show.", "three months to September"),  # bbc business/006
    ("According to INSEE, growth for the three months to December was 0.7%.", "three months to December"),  # bbc business/023 (shortened)
])
def test_a_reporting_period_without_publication_date_is_kept_unresolved(run, text, wanted):
    found = only(run, text, None, wanted)
    assert (found["type"], found["value"]) == ("range", None)


# ---------------------------------------------------------------- split years

@pytest.mark.parametrize("text, wanted, value", [
    ("Total Bahia sales are estimated at 6.13 mln bags against the 1986/87 crop.", "1986/87",
     "1986/1987"),  # reuters 00001
    ("Oil revenues will fall to four billion stg in the fiscal year 1987/88, from 4.75 billion in 1986/87.",
     "1987/88", "1987/1988"),  # reuters 06201
    ("Arsenal move into the Emirates Stadium for the start of the 2006/07 season.", "2006/07",
     "2006/2007"),  # bbc business/271
    ("Production of soybeans in 1987/88 (Oct-Sept) will rise.", "1987/88", "1987-10/1988-09"),  # reuters
    ("Output is forecast to dip slightly in 1987/88 (April-March) as the mills close.", "1987/88",
     "1987-04/1988-03"),  # reuters
    ("Zimbabwe's maize crop in 1986/87 (April/ March) is likely to fall.", "1986/87",
     "1986-04/1987-03"),  # reuters
    ("Exports rose in the 1986/87 season (October/September) to 3.66 mln tonnes.", "1986/87",
     "1986-10/1987-09"),  # reuters
])
def test_a_split_year_is_a_range_of_its_two_years_or_of_its_bracketed_months(run, text, wanted, value):
    found = only(run, text, "1987-04-27", wanted)
    assert (found["type"], found["value"]) == ("range", value)


@pytest.mark.parametrize("text", ["The store is open 24/7.", "The ratio was 1986/85 on the old scale."])
def test_a_slash_between_numbers_that_are_not_consecutive_years_is_no_split_year(run, text):
    assert [record for record in dates(run, text, "1987-04-27") if "/" in record["text"]] == []


# ---------------------------------------------------------------- set adjectives before a name

@pytest.mark.parametrize("text, wanted, value", [
    ("Earlier this month, the quarterly Tankan survey of Japanese manufacturers found that business confidence "
     "had weakened.", "quarterly", "P3M"),  # bbc business/283
    ("He spoke in a webcast launching Sun's quarterly Network Computing event in California.", "quarterly",
     "P3M"),  # bbc tech/022
    ("The annual Glastonbury festival sold out in hours.", "annual", "P1Y"),  # constructed
])
def test_a_set_adjective_before_a_named_event_is_a_set(run, text, wanted, value):
    found = only(run, text, "2005-01-01", wanted)
    assert (found["type"], found["value"]) == ("set", value)


@pytest.mark.parametrize("text, word", [
    ("He told the Daily Mail newspaper he had no regrets.", "Daily"),  # constructed
    ("It was on the front of Friday's edition of the Communist Party daily Granma.", "daily"),  # AQUAINT APW20000128
    ("Daily Telegraph editor Martin Newland said so.", "Daily"),  # bbc politics/187 (shortened)
])
def test_a_set_word_inside_a_name_or_naming_a_paper_is_no_set(run, text, word):
    assert covering(run, text, "2005-01-01", word) == []


# ---------------------------------------------------------------- 'now that' after a noun, a coordinated past

@pytest.mark.parametrize("text", [
    '"The real issue is what happens over the next one or two quarters now that they are in bankruptcy."',  # bbc business/145
    "The group is at a crossroads now that its founder has left.",  # constructed
])
def test_now_that_after_a_noun_is_a_conjunction(run, text):
    assert covering(run, text, "2005-01-01", "ow that") == []


def test_now_that_after_a_verb_of_saying_stays_present(run):
    text = 'Detainee A said: "I hope now that the government will act upon this decision."'  # bbc politics/040
    assert only(run, text, "2005-01-01", "now")["value"] == "PRESENT_REF"


@pytest.mark.parametrize("text, value", [
    ("He was first elected in 1992 and re-elected the next year.", "1993"),  # constructed (brief's example)
    ("Mr Smith was elected in 1992 and was re-elected the next year with a larger majority.", "1993"),
])
def test_the_next_year_of_a_verb_coordinated_with_a_past_one_counts_from_its_year(run, text, value):
    assert only(run, text, "2005-01-01", "next year")["value"] == value


# ---------------------------------------------------------------- a yearless day or month without a publication date

@pytest.mark.parametrize("text, wanted, value", [
    ('"Kim had considered returning to action in Paris on 7 February," a statement on her website said.',
     "7 February", "XXXX-02-07"),  # bbc sport/443
    ("If all goes well, Kim will make her return on February 15.", "February 15", "XXXX-02-15"),  # bbc sport/443
    ("According to Labor Department figures, US firms added only 146,000 jobs in January.", "January",
     "XXXX-01"),  # bbc business/007
    ("Speculation has mounted since Rank announced a study into a possible demerger in September.", "September",
     "XXXX-09"),  # bbc business/021
])
def test_a_yearless_day_or_month_without_publication_date_keeps_its_year_unknown(run, text, wanted, value):
    record = only(run, text, None, wanted)
    assert (record["value"], record["earliest"], record["latest"]) == (value, None, None)


@pytest.mark.parametrize("text, wanted", [
    ("But Morrison is determined the album will be released on Monday.", "Monday"),  # bbc entertainment/161
    ("The talks ran from July 25 to August 3.", "July 25 to August 3"),  # a range stays unresolved
])
def test_a_weekday_or_a_yearless_range_without_publication_date_stays_null(run, text, wanted):
    assert only(run, text, None, wanted)["value"] is None


def test_a_yearless_month_with_a_publication_date_still_takes_a_year(run):
    assert only(run, "US firms added only 146,000 jobs in January.", "2005-02-04", "January")["value"] == "2005-01"
