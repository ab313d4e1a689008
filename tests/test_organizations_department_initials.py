"""A department's initials are one record with its name also where they spell its 'of' ('DOT' of 'Department of
Transportation') or leave out the country it serves ('DOE' of 'U.S. Department of Energy', 'FBI' of 'US Federal
Bureau of Investigation').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 03992
DOT = ("The Department of Transportation\n(DOT) said it would go ahead at seven airports with "
       "a\ncontroversial plan to reduce airline delays by enabling\ncompeting companies to "
       "coordinate their schedules.\n    Under the plan, the DOT will grant the airlines "
       "immunity\nfrom the antitrust laws so they can redistribute their flight\ntimes over the day")
# Reuters-21578 08015
DOE = ("The U.S. Department of Energy said\nit has awarded bids for about 90,000 barrels per day, "
       "bpd, of\ncrude oil from the Elk Hills Naval Petroleum Reserve in\nCalifornia. The contract "
       "period runs from April one through\nJuly one, the DOE said.\n")
# Reuters-21578 02948
US_DOT = ("The U.S. Department of Transportation\n(DOT) said it dismissed on technical grounds an "
          "application by\nTrans World Airlines Inc for DOT approval for it to take\ncontrol of "
          "USAir Group.\n    The DOT added, however, that TWA was free to refile when it\ncould put "
          "together an application for control that met the\nagency's procedural requirements.\n")
# Reuters-21578 11587
DOT_COMMAS = ("The U.S. Agriculture Department said\nit will begin charging interest tomorrow on the "
              "over 12 mln\ndlrs the Department of Transportation, DOT, owes USDA to pay\nfor its "
              "share of the cost of shipping food aid on U.S. vessels.\n")
# BBC tech 039
FBI = ("The US Federal Bureau of Investigation is warning that a computer virus is being spread via "
       "e-mails that purport to be from the FBI.")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (DOT, "DOT", "Department of Transportation"),
        (DOE, "DOE", "U.S. Department of Energy"),
        (US_DOT, "DOT", "U.S. Department of Transportation"),
        (DOT_COMMAS, "DOT", "Department of Transportation"),
        (FBI, "FBI", "US Federal Bureau of Investigation"),
    ],
)
def test_department_initials_join_the_department(run: Any, text: str, initials: str, full: str) -> None:
    assert names_of(run(text)).get(initials) == full


# Reuters-21578 11343
TWO_BOARDS = ("The Kansas City Board of Trade,\nKCBT, has asked federal futures regulators to modify "
              "a proposal\nto raise the Chicago Board of Trade\'s, CBT, speculative\nposition limits "
              "on wheat futures contracts, saying the plan\nwould put the the Kansas exchange \"at a "
              "serious competitive\ndisadvantage.\"\n    The Commodity Futures Trading Commission, "
              "CFTC, last month\nproposed raising CBT wheat speculative limits to 1,200\ncontracts "
              "all months net from 600 contracts, and to 900\ncontracts for any single month from "
              "600 contracts.\n    At the same time, CFTC proposed leaving KCBT\'s "
              "wheat\nspeculative position limits unchanged.\n    \"Higher limits for CBT wheat than "
              "for KCBT wheat would\nsignificantly impair the KCBT\'s ability to compete with the "
              "CBT\nfor speculative interest,\" Michael Braude, president of the\nKansas exchange, "
              "said in a letter to CFTC.\n")


def test_a_town_opening_a_name_stays_in_its_initials(run: Any) -> None:
    """'Kansas City Board of Trade' does not give 'CBT' by leaving out 'Kansas': only a country's initials go."""
    assert names_of(run(TWO_BOARDS)).get("CBT") == "Chicago Board of Trade"
