"""Plants, stockpiles, prisons and bases are places, no bodies (GUIDE: buildings are no organizations): a name
ending in 'Power Plant', 'Power Station', 'Petroleum Reserve', 'Correctional Center' or 'Air Station', or headed by
'Base'; the initials of such a name, spelled out before them, are none either ('the Strategic Petroleum Reserve
(SPR)'). A body's name ending in one word of them stays ('Federal Reserve'), and so does a body on the base.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 16673
BROOKS = ("Versar said work under the contract with the Air Force\nOccupational Health Laboratory, Aerospace Medical "
          "Division, at\nBrooks Air Force Base in Texas, will be done in and around air\nforce installations "
          "worldwide.\n")
# Reuters-21578 01856
SPR = ("Distillate fuel stocks held in\nprimary storage fell by 3.4 mln barrels in the week ended Feb\n27 to 128.4 "
       "mln barrels, the Energy Information Administration\n(EIA) said.\n    In its weekly petroleum status report, "
       "the Department of\nEnergy agency said gasoline stocks were off 100,000 barrels in\nthe week to 251.5 mln "
       "barrels and refinery crude oil stocks\nwere up 3.2 mln barrels to 333.0 mln.\n    The EIA said residual "
       "fuel stocks fell 2.2 mln barrels to\n37.9 mln barrels and crude oil stocks in the Strategic\nPetroleum "
       "Reserve (SPR) were up 700,000 barrels to 516.5 mln.\n    The total of all crude, refined product and SPR "
       "stocks were\nunchanged at 1,575.1 mln barrels, it said.\n")


def org_names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, facility",
    [
        # Reuters-21578 08015
        ("The U.S. Department of Energy said\nit has awarded bids for about 90,000 barrels per day, bpd, of\ncrude oil "
         "from the Elk Hills Naval Petroleum Reserve in\nCalifornia.\n", "Elk Hills Naval Petroleum Reserve"),
        # Reuters-21578 07644
        ("Ohio Edison Co said it has\ncompleted the sale and leaseback of 30 pct of its 30 pct\ninterest in Unit One "
         "of the Perry Nuclear Power Plant,\nreceiving 509 mln dlrs for the interest.\n", "Perry Nuclear Power Plant"),
        # Reuters-21578 14406
        ("Philadelphia Electric Co said the\nOperations Engineer at its Peach Bottom Atomic Power Station\nhas been "
         "replaced with another nuclear experienced, qualified\nengineer.\n", "Peach Bottom Atomic Power Station"),
        (BROOKS, "Brooks Air Force Base"),
        (SPR, "Strategic Petroleum Reserve"),
        # Reuters-21578 09436
        ("    Another move Herrington said he will press anew, even\nthough it had been rejected earlier by the White "
         "House, is to\nraise the fill-rate for the Strategic Petroleum Reserve to\n100,000 barrels a day from its "
         "planned 1988 rate of 35,000.\n", "Strategic Petroleum Reserve"),
        (SPR, "SPR"),
        # html-articles c58aa507...f39f7f7 (a web page)
        ("Federal prosecutors alleged that Tova Noel and Michael Thomas, assigned to Epstein's special housing unit "
         "at Metropolitan Correctional Center, \"browsed the Internet,\" lingered in an office common area and "
         "appeared to sleep for two hours when they should have been conducting inmate checks.",
         "Metropolitan Correctional Center"),
    ],
)
def test_a_facility_is_no_body(run: Any, text: str, facility: str) -> None:
    assert facility not in org_names(run(text))


def test_a_body_on_the_base_stays(run: Any) -> None:
    assert "Air Force Occupational Health Laboratory" in org_names(run(BROOKS))


def test_the_federal_reserve_stays(run: Any) -> None:
    # Reuters-21578 20263
    doc = run("The Federal Reserve is expected to enter\nthe government securities market to add reserves via "
              "customer\nrepurchase agreements, economists said.\n")
    assert "Federal Reserve" in org_names(doc)
