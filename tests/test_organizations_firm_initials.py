"""Initials are one record with the body they abbreviate also where its name ends in a legal form, which initials
leave out ('TWA' of 'Trans World Airlines Inc'), or holds a word in dotted initials, which gives all its letters
('USDA' of 'U.S. Department of Agriculture').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 01836
TWA = ("Trans World Airlines Inc complicated\nthe bidding for Piedmont Aviation Inc by offering either to buy\n"
       "Piedmont suitor USAir Group or, alternatively, to merge with\nPiedmont and USAir.\n    TWA offered to buy "
       "USAir for 52 dlrs cash per share.\n")
# Reuters-21578 21438
ATT = ("American Telephone and Telegraph Co said\nit plans to build a new computer that incorrates a unified\nversion "
       "of its UNIX System IV operating system.\n    ATT said it would take 18 months to two years to develop\nnew "
       "computers based on the Sun microchip.\n")
# Reuters-21578 00424
DRS = ("Diagnostic Retrieval Systems Inc said it has made an offer to acquire, through a wholly owned unit, all "
       "outstanding shares of Rospatch Corp's common stock for 22 dlrs a share cash, or about 53 mln dlrs.\n    DRS, "
       "a warfare systems producer, said it would make the transaction through a cash tender offer.\n")
# Reuters-21578 00545
AMI = ("WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in American Medical International Inc, said "
       "it has had talks with Pesch and Co, which is seeking control of the company.\n    WEDGE stressed that it has "
       "no current plans to seek control of AMI, but refused to rule out a takeover try in the future.\n")
# Reuters-21578 14716
USDA = ("Results still awaited on a tender by\nJordan for 225,000 tonnes of U.S. hard and soft wheats for\nvarious "
        "April/Nov shipments under the U.S. Department of\nAgriculture's (USDA) export enhancement program...\n")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (TWA, "TWA", "Trans World Airlines Inc"),
        (ATT, "ATT", "American Telephone and Telegraph Co"),
        (DRS, "DRS", "Diagnostic Retrieval Systems Inc"),
        (AMI, "AMI", "American Medical International Inc"),
        (USDA, "USDA", "U.S. Department of Agriculture"),
    ],
)
def test_initials_join_the_body_they_abbreviate(run: Any, text: str, initials: str, full: str) -> None:
    assert names_of(run(text)).get(initials) == full
