"""'a year earlier' counts back from the last point the story named. A date named only as what a figure is measured
against ('from 10.2% in 2003', 'compared with ... the same period of 1986', 'up 2.6% on 2003', '(base 1985)') is
no such point, and one whose value is unknown ('in January' without a year, 'the week to April 8') leaves the count
unknown rather than counting from an older date. Real sentences from Reuters-21578 and BBC News (source beside
each; the shortened ones say so)."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_dates import dates


def _values(run, text: str, wanted: str, published: Optional[str] = None) -> list[Optional[str]]:
    return [record["value"] for record in dates(run, text, published) if " ".join(record["text"].split()) == wanted]


@pytest.mark.parametrize("text, published, wanted, values", [
    ("Reuters also beat its savings target for 2004, delivering £234m of cuts. Reuters also managed to slow a decline "
     "in underlying revenues to 5.4% from 10.2% in 2003 and cut its debt back to £160m from £610m a year earlier.",
     None, "a year earlier", ["2003"]),  # BBC business/053 (shortened: a sentence between left out)
    ("BMW sold nearly 95,000 cars in Asia last year, up 2.6% on 2003. BMW-brand sales rose 2.3% to 80,600 while "
     "sales of Mini models rose 3.6% to 14,800. There was also a significant increase in sales of Rolls-Royces on the "
     "continent. BMW sold more than 100 of the iconic models compared with just ten the previous year.",
     "2005-01-20", "previous year", ["2003"]),  # BBC business/056
    ("For the first nine months of the year, however, Morgan posted a loss of 140.8 mln dlrs, compared with a profit "
     "of 682.4 mln in the same period of 1986, because it set aside 875 mln dlrs in reserves in the second quarter "
     "against shaky third-world loans. The provision for loan losses in the quarter was 20 mln dlrs, down from 70 mln "
     "a year earlier. Morgan's tax bill was 52.4 mln dlrs in the quarter, down from 85.3 mln a year earlier, mainly "
     "because of benefits associated with the second-quarter loan-loss provision.",
     None, "a year earlier", [None, None]),  # Reuters-21578 20999
])
def test_a_date_compared_with_is_no_point_to_count_from(run, text, published, wanted, values):
    assert _values(run, text, wanted, published) == values


@pytest.mark.parametrize("text, wanted, values", [
    ("Japan's unadjusted consumer price index (base 1985) fell 0.4 pct to 99.7 in January from the previous month, "
     "the government's Management and Coodination Agency said. The fall compares with a decline of 0.2 pct in "
     "December. The January index compared with a year earlier was down 1.1 pct, the first drop larger than 1.0 pct "
     "since it fell 1.3 pct in September 1958. Food costs rose in January from December but prices fell for "
     "clothing, footwear and utilities, causing the overall decline for the month. Housing, medical and educations "
     "costs increased in January compared with a year earlier but the cost of utilities, gasoline and vegetables "
     "fell.", "a year earlier", [None, None]),  # Reuters-21578 00213
    ("Total offtake in the first four months of the current year was 2.71 mln tonnes (including 241,000 tonnes "
     "imported) for domestic use and 4,000 tonnes for export, against 2.81 mln tonnes (including 993,000 imported) for "
     "domestic use and 3,000 tonnes for export in the corresponding period of 1985/86. Factory stocks at end-January "
     "were 3.05 mln tonnes (96,000 imported) against 3.13 mln (96,000 imported) a year earlier.",
     "a year earlier", [None]),  # Reuters-21578 00293
    ("Argentine grain board preliminary figures show 1986/87 crop export registrations of grains and oilseeds in the "
     "week to April 8, were as follows, in tonnes, compared with the previous week and the comparable week a year "
     "earlier.", "a year earlier", [None]),  # Reuters-21578 15917
    ("Year-on-year M-3 rose 17.77 pct from a revised 15.34 pct in November and 20.50 pct in December 1985. Narrowly "
     "defined year-on-year M-1 growth was 15.89 pct against a revised 27.52 pct in November and 12.3 pct a year "
     "earlier.", "a year earlier", [None]),  # Reuters-21578 00198
])
def test_a_point_of_unknown_value_leaves_the_count_unknown(run, text, wanted, values):
    assert _values(run, text, wanted) == values


def test_the_point_the_story_tells_still_counts(run):
    text = ("The implicit price deflator for non-farm business rose 2.2 pct in 1986 after a 3.3 pct rise a year "
            "earlier and was the smallest increase since 1965.")  # Reuters-21578 00432
    assert _values(run, text, "a year earlier") == ["1985"]
