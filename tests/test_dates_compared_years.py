"""'a year earlier' counts back from the last date the story named, and being a figure compared with, is no new
point to count from: a second 'a year earlier' compares with the same year, not the year before that. Counting
forward ('A year later', 'two years later') goes on from each told point. Real sentences from Reuters (source
named beside each; a few are shortened)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, values", [
    ("Westdeutsche Landesbank Girozentrale said its Luxembourg subsidiary WestLB International SA posted a decline in "
     "1986 net profit to 12.6 mln marks from 48.5 mln a year earlier. WestLB International will pay a 12.5 mln mark "
     "dividend to WestLB, down from 47.7 mln a year earlier.", ["1986", "1985", "1985"]),  # reuters 12488
    ("The automaker earlier reported a parent company net loss of 12.92 billion in the six months ended April 30, "
     "1987, against a 1.65 billion yen profit a year earlier, on sales of 443.90 billion, down 15.9 pct from a year "
     "earlier. The average yen/dollar rate rose to 158 yen in the first half from 207 a year earlier. First half car "
     "exports fell to 68,445 from 82,093 a year earlier.",
     ["1986-11-01/1987-04-30", "1986", "1986", "1986", "1986"]),  # reuters 19067
    ("Colour television exports fell to 343,315 sets in February 1987 from 416,832 a year earlier, bringing "
     "cumulative exports so far to 588,720 against 769,874 a year earlier.", ["1987-02", "1986", "1986"]),
    # reuters 09702 (shortened, the year written in)
])
def test_a_year_earlier_again_compares_with_the_same_year(run, text, values):
    assert [record["value"] for record in dates(run, text)] == values


def test_counting_forward_goes_on_from_each_told_point(run):
    text = ("Poehl was made an economic adviser to SPD Chancellor Willy Brandt in 1971. A year later he was appointed "
            "State Secretary at the Finance Ministry. Schlesinger would be replaced two years later by CDU member Hans "
            "Tietmeyer.")  # reuters 17249 (shortened)
    assert [record["value"] for record in dates(run, text)] == ["1971", "1972", "1974"]
