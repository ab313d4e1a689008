"""'semi-annual' and 'semiannual' recur every six months (a set, P6M), not every year. Real sentences from
Reuters (source named beside each)."""

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
