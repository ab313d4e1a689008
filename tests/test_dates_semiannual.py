"""'semi-annual' and 'semiannual' recur every six months (a set, P6M), not every year, and 'three-monthly' every
three months (P3M), not every month. Real sentences from Reuters and the BBC (source named beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates import only


@pytest.mark.parametrize("text, wanted", [
    ("China sold 5,000 tonnes of soybeans for May to September shipment, under the semi-annual trade accords, "
     "trade sources said.", "semi-annual"),  # reuters 00297 (shortened)
    ("Semi-annual div from income of 7.3 cts vs 1.0 cent in prior period Payable March 27", "Semi-annual"),
    # reuters 00470
    ("Franklin Pennsylvania Investors Equity Fund invests in stocks of U.S. companies and pays semi-annual "
     "dividends.", "semi-annual"),  # reuters 00574
    ("SKIPPERS INC <SKIP> SEMI-ANNUAL DIVIDEND Semi-annual div four cts vs four cts Pay April 30 Record April 9",
     "Semi-annual"),  # reuters 05603
])
def test_semi_annual_is_every_six_months(run, text, wanted):
    found = only(run, text, None, wanted)
    assert (found["type"], found["value"]) == ("set", "P6M")


def test_annual_alone_stays_every_year(run):
    text = "Standard Trustco president Brian O'Malley told shareholders at the annual meeting."  # reuters 00040
    assert only(run, text, None, "annual")["value"] == "P1Y"


@pytest.mark.parametrize("text, wanted, value", [
    ("The second, less stringent, type of control orders would be subject to a court appeal within 14 days and "
     "there would be a three-monthly report on their use.", "three-monthly", "P3M"),  # bbc politics/014
    ("The Treasury also cut by 0.60 point six-monthly coupons payable this September on six issues maturing "
     "between September 1988 and September 1991.", "six-monthly", "P6M"),  # reuters 00233
    ("The ministry, which considers two-monthly comparisons to be more reliable, said imports rose.", "two-monthly",
     "P2M"),  # reuters 12466 (shortened)
])
def test_a_count_joined_to_a_set_word_multiplies_its_period(run, text, wanted, value):
    found = only(run, text, None, wanted)
    assert (found["type"], found["value"]) == ("set", value)
