"""'in some quarters', 'in many quarters', 'from several quarters' name circles of people, not spells of three
months; a count of quarters that measures time stays a duration. Real sentences from BBC News and Reuters-21578
(source beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


def _quarters(run, text: str) -> list[str]:
    return [record["value"] for record in dates(run, text) if "quarters" in record["text"]]


@pytest.mark.parametrize("text", [
    "Analysts attributed the falls to excessive expectations in some quarters, fuelled by the dramatic "
    "outperformance of Google on Tuesday.",  # BBC business/011
    "It was a massive-money deal that not only raised eyebrows but stirred active indignation in many quarters, with "
    "fans concerned that it is set to enable EA to monopolise the sports gaming landscape to an unhealthy "
    "degree.",  # BBC tech/056
    "It said it was hopeful that it could save some 110 jobs by selling the business, saying it had had expressions "
    "of interest from several quarters and were looking for a quick sale.",  # BBC tech/114
    "The British Chambers of Commerce (BCC) said it was \"concerned by the clamour in some quarters\" for early "
    "interest rate increases.",  # BBC business/119
    "There may be mild relief in some quarters that the U.S. Purchasing Managers Composite Index, a closely-watched "
    "economic indicator, rose only to 53.9 pct in March from 51.9 pct.",  # Reuters-21578 13261
])
def test_quarters_of_opinion_are_no_time(run, text):
    assert _quarters(run, text) == []


def test_quarters_that_measure_time_stay_durations(run):
    text = ("If the oil price does not rise any further, then we think the shock can be absorbed within the next few "
            "quarters,\" Vincent Koen, a senior economist with the OECD, told the BBC's World Business Report.")
    assert _quarters(run, text) == ["PXM"]  # BBC business/030
