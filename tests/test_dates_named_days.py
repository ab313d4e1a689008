"""A weekday inside the name of a day or of something else: 'Black Friday' is the day after Thanksgiving, not the
Friday nearest the story; 'Black Monday', 'Bloody Sunday' and the band 'Happy Mondays' are no dates at all. Real
sentences from the BBC and Reuters corpora and the HTML pages (source named beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates
from tests.test_dates_news import covering


@pytest.mark.parametrize("text, published, wanted, value", [
    ("Black Friday 2019 is going to be huge for all sorts of different product categories, from 4K TVs and robot "
     "vacuums to Instant Pots and more.", "2019-11-19", "Black Friday 2019", "2019-11-29"),  # html e7d77f18
    ("Of course, as is the case each and every year on Black Friday, people tend to be particularly interested in "
     "deals on Apple devices.", "2019-11-19", "Black Friday", "2019-11-29"),  # html e7d77f18
    ("Amazon is not waiting until Black Friday to offer deep iPad Pro discounts at their web store.", "2019-11-19",
     "Black Friday", "2019-11-29"),  # html pages
    ("Retailers expect Cyber Monday to be the busiest online shopping day of the year.", "2019-11-19",
     "Cyber Monday", "2019-12-02"),  # the Monday after Thanksgiving
    ("Shops were shut on Easter Monday and trading resumed on Tuesday.", "2005-04-01", "Easter Monday",
     "2005-03-28"),
])
def test_a_named_day_with_a_weekday_is_that_day(run, text, published, wanted, value):
    found = [record for record in dates(run, text, published) if wanted.split()[1] in record["text"]]
    assert [(record["text"], record["value"]) for record in found] == [(wanted, value)]


@pytest.mark.parametrize("text, published, word", [
    ("The current series of Celebrity Big Brother ends on Sunday, with Happy Mondays star Bez, actress Brigitte "
     "Nielsen and Blazin' Squad rapper Kenzie competing for a £50,000 charity prize.", "2005-01-01",
     "Mondays"),  # bbc entertainment/221
    ("Mr Wilson, who was also involved with Joy Division's sucessor band New Order, as well as the Happy Mondays, "
     "said he would \"rather not\" appear in the film.", "2005-01-01", "Mondays"),  # bbc entertainment corpus
    ("The bookmakers have made former Happy Mondays dancer Bez favourite to win the show at 7/4.", "2005-01-01",
     "Mondays"),  # bbc entertainment corpus
    ("Wyttenbach said the \"Black Monday\" sell-off was clearly the worst in years.", "1987-11-01",
     "Monday"),  # reuters corpus
    ("Songs like Sunday Bloody Sunday and New Year's Day brought success to the band.", "2005-01-01",
     "Bloody Sunday"),  # bbc entertainment corpus
])
def test_a_weekday_in_a_name_is_no_date(run, text, published, word):
    assert covering(run, text, published, word) == []


@pytest.mark.parametrize("text, published, wanted, value", [
    ("The current series of Celebrity Big Brother ends on Sunday, with Happy Mondays star Bez competing.",
     "2005-01-01", "Sunday", "2005-01-02"),  # bbc entertainment/221
    ("The company said on Friday that Black Friday sales rose.", "2019-11-19", "Friday", "2019-11-15"),
])
def test_a_plain_weekday_beside_a_named_one_is_still_read(run, text, published, wanted, value):
    found = [record for record in dates(run, text, published) if record["text"] == wanted]
    assert [record["value"] for record in found] == [value]
