"""Initials of a thing measured or of a molecule are no body: a quantity after a number and its unit ('one
megabyte RAM', '32GB of RAM') or after a measure's word ('a max FPS of 147.4'), and a code of capitals, a hyphen
and a number, whose shape is no evidence of a body ('GLP-1', 'IL-25'). A stake in a body stays ('29 pct of CMP').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials",
    [
        # Reuters-21578 00367
        ("The Mac SE is built around the 68000 microprocessor and will be shipped with one megabyte RAM, expandable "
         "to four megabytes, and a nine-inch monochrome screen.", "RAM"),
        # html-articles 65bf3048...0484a5c (a web page)
        ("For this review, we're examining the 2.4GHz 16-inch MacBook Pro, with 512GB of flash storage, 32GB of RAM, "
         "and the Radeon Pro 5500M.", "RAM"),
        # html-articles 65bf3048...0484a5c (a web page)
        ("Impressively, that beats the VEGA 20 graphics from the previous design which earned a total score of 2072 "
         "and a max FPS of 147.4. It also won on average FPS over the previous 82.3.", "FPS"),
        # html-articles e593d7fe...534261e (a web page)
        ("Summary Increasing your protein intake has been shown to decrease calorie intake, enhance feelings of "
         "fullness, and increase levels of GLP-1, a hormone that can help suppress appetite.", "GLP-1"),
        # html-articles bdb56ac8...3d3ec06 (a web page)
        ("Once succinate binds to a tuft cell, it triggers the release of IL-25, which alerts the immune system to the "
         "problem. As part of the defensive cascade, the IL-25 also helps to initiate the production of mucus by "
         "nearby goblet cells and triggers muscle contractions to remove the parasites from the gut.", "IL-25"),
    ],
)
def test_measured_initials_are_no_body(run: Any, text: str, initials: str) -> None:
    assert initials not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # Reuters-21578 00448
        ("    Consolidated TVX said it will acquire 29 pct of CMP, a\npublic gold mining company in which TVX already "
         "holds a 15 pct\ninterest, making TVX the largest single shareholder.\n", "CMP"),
        # Reuters-21578 03795
        ("   Chrysler has made a 1.3 billion dlr bid to buy AMC from its\nFrench parent Renault.\n    Renault "
         "currently holds about 46 pct of AMC.\n", "AMC"),
    ],
)
def test_a_stake_in_a_body_stays(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))
