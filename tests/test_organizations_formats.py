"""Initials before a technique, format, part, substance or test they qualify are no evidence of a body there
('a more detailed CT scan', 'two TD passes', 'the HPV vaccine', 'a USB-A port': ``format_nouns`` in
``data/organizations.json``), while initials before a role or a post stay a body's ('a NASA astronaut', 'the DUP
leader').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, initials",
    [
        # html-articles bd673bd7...b79a7dc54 (a web page)
        ("But when Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK, took a look, he "
         "disagreed and performed a more detailed CT scan. The scan revealed severe inflammation in the man's "
         "lungs.", "CT"),
        # html-articles 65ce3a45...e518f02c0 (a web page)
        ("Shaq Vann rushed for 101 yards and a touchdown on 14 carries for Eastern Michigan and Arthur Jackson caught "
         "two TD passes. Glass was 20-of-24 passing for 235 yards.", "TD"),
        # html-articles 87438a0d...855701b7f (a web page)
        ("DEAR ABBY: My older sister has just been diagnosed with cervical cancer. The HPV vaccine might have "
         "protected her from it, had it been available to our generation.", "HPV"),
        # html-articles cc4aa22b...2bc1b90d0 (a web page)
        ("If you don\u2019t need the Apple Watch charging piece, Mophie also sells a similar 2-in-1 wireless charging "
         "mat with a USB-A port for charging a third device over the wire for $60 less.", "USB-A"),
        # html-articles 0e014df6...ed32ffa2d (a web page)
        ("We use Arrowhead bottled water because their bottles are made from BPA-free PET plastic.", "PET"),
        # bbc/tech/049
        ("So-called ASCII codes are used to represent European languages but for other languages a hybrid of a "
         "system called Unicode is used.", "ASCII"),
    ],
)
def test_initials_qualifying_a_format_are_no_body(run: Any, text: str, initials: str) -> None:
    assert initials not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # html-articles 785affa2...7320ff382 (a web page)
        ("Lucy in the Sky, his debut, is a slightly more grounded story about a NASA astronaut dealing with life on "
         "Earth.", "NASA"),
        # bbc/entertainment/012
        ("He said that the DUP leader and preacher was a \"very dynamic, extraordinary figure\".", "DUP"),
    ],
)
def test_initials_before_a_role_stay_a_body(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))
