"""A weekday naming a paper or a show ('the Mail on Sunday', 'Sunday Telegraph journalist', "GMTV's Sunday
programme") and 'Sun' naming a company, a paper or the sun are no dates; a weekday telling a day, and 'Sun' beside
another day, stay. Real sentences from the BBC, Reuters and web-page corpora (source named beside each; a few are
shortened)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, word", [
    ("The Daily and Sunday Telegraph newspapers are axing 90 journalist jobs.", "Sunday"),  # bbc business/014
    ("The book, by Sunday Telegraph journalist Robert Peston and serialised in the newspaper, said the pair had "
     "\"mutual animosity and contempt\" for each other.", "Sunday"),  # bbc politics/218
    ("The Manila newspaper Sunday Times published a letter sent yesterday.", "Sunday"),  # reuters 08091
    ("\"I hope he can be back and I will try to help him make that happen,\" Meersseman told the Mail on Sunday.",
     "Sunday"),  # bbc sport/110
    ("A second poll for the Independent on Sunday found that support for all political parties had fallen.",
     "Sunday"),  # bbc politics/112 (shortened)
    ("It would mean paid leave would be increased to nine months by 2007, Ms Hewitt told GMTV's Sunday programme.",
     "Sunday"),  # bbc politics/001
    ("The system will be based upon the integration of Sun workstation and Compact Disc Interactive technologies, "
     "the company said.", "Sun"),  # reuters 01195
    ("The Sun Grid relies on Solaris, the operating system owned by Sun.", "Sun"),  # bbc tech/022
    ("News International unit, which publishes The Sun and the News of the World, cut jobs.", "Sun"),
    # bbc business/014 (shortened)
    ("Willis is suing Revolution Studios over an injury he said he suffered while making Tears of the Sun.", "Sun"),
    # bbc entertainment/050
    ("The price move follows a wave of increases initiated by Sun Co yesterday.", "Sun"),  # reuters 18795
])
def test_a_weekday_naming_a_paper_show_or_company_is_no_date(run, text, word):
    assert word not in [record["text"] for record in dates(run, text)]


@pytest.mark.parametrize("text, word", [
    ("The G7 meeting taking place in London on Friday and Saturday.", "Saturday"),  # bbc business/008 (shortened)
    ("On Sunday the Times reported a bid.", "Sunday"),
])
def test_a_weekday_telling_a_day_stays(run, text, word):
    assert [record["type"] for record in dates(run, text) if record["text"] == word] == ["date"]
