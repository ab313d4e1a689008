"""Capitals in brackets before a legal form are part of a firm's name, the country or region its unit serves
('Sony (U.K.) Ltd', 'Barrick Resources (USA) Inc'), no initials the text defines for the name before them: no
record and no alias of the firm.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

BRACKETED_REGIONS = [
    # Reuters-21578 01038
    ("AMERICAN BARRICK <ABX> UNIT COMPLETES ISSUE\n\n<American Barrick Resources Corp> said\nwholly owned Barrick "
     "Resources (USA) Inc completed the\npreviously announced 50 mln U.S. dlr issue of two pct gold\nindexed notes, "
     "which are guaranteed by American Barrick.\n Reuter", "USA", "Barrick Resources (USA) Inc"),
    # Reuters-21578 14541
    ("<HOOKER CORP LTD> NAMES NEW PRESIDENT FOR UNIT\n\nHooker Corp Ltd of Australia said it has\nnamed A. Anthony "
     "McLellen to the new position of president of\nHooker Holdings (U.S.A.) Inc, the holding company for Hooker\n"
     "Corp's U.S. operations.", "U.S.A.", "Hooker Holdings (U.S.A.) Inc"),
    # Reuters-21578 18234
    ("ASAMERA <ASM> COMPLETES REFINERY SALE\n\nAsamera Inc said wholly owned\nAsamera Oil (U.S.) Inc concluded the "
     "25.25 mln U.S. dlr sale of\nits Denver refinery to Total Petroleum North America Ltd.", "U.S.",
     "Asamera Oil (U.S.) Inc"),
    # Reuters-21578 00523
    ("SONY TO EXPAND U.K. TELEVISION OUTPUT\n\nSony (U.K.) Ltd said it would be doubling\ncapacity at its Bridgend, "
     "Wales, television and components\nplant.", "U.K.", "Sony (U.K.) Ltd"),
    # Reuters-21578 08595
    ("at 1,100 dlrs per square foot, up by about 20 pct from a year\nago,\" said Frederick Tsang of Mansion House "
     "Securities (F.E.)\nLtd.", "F.E.",
     "Mansion House Securities (F.E.) Ltd."),
]


PARTNER_TAILS = [
    # Reuters-21578 11218
    ("    SIMBL has invited Commonwealth Bank of Australia, National\nAustralia Merchant Bank (Singapore) Ltd, Bank of "
     "China, the\nBank of Comunications Co Ltd, DG Bank-GZB (Asia) Ltd, Kleinwort\nBenson (Singapore) Ltd, Malayan "
     "Banking Bhd and N.M. Rothschild\nand Sons (Singapore) Ltd to subscribe at a price of 100 pct.",
     "Sons (Singapore) Ltd"),
]


@pytest.mark.parametrize("text, region, name", BRACKETED_REGIONS)
def test_capitals_in_brackets_before_a_legal_form_are_part_of_the_name_not_its_initials(
        run: Any, text: str, region: str, name: str) -> None:
    records = run(text)._.organizations
    names = {" ".join(name.split()) for record in records for name in [record["name"], *record["aliases"]]}
    assert region not in names and name in names, records


@pytest.mark.parametrize("text, cut", PARTNER_TAILS)
def test_a_partners_tail_does_not_run_on_over_a_region_in_brackets(run: Any, text: str, cut: str) -> None:
    assert cut not in {record["name"] for record in run(text)._.organizations}
