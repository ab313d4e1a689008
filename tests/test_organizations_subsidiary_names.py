"""A subsidiary's name is whole where the model cuts it: at a country or a business in brackets before its legal form
('Mitsubishi Bank (Europe) SA'), or at 'of' before the country it serves and its legal form ('Canadian Pacific Oil
and Gas\nof Canada Ltd').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 04915
MITSUBISHI = ("De Nationale Investeringsbank NV of\nthe Netherlands has signed a 3.1 billion yen bullet loan\n"
              "agreement, arranger Mitsubishi Bank (Europe) SA said.\n    The lenders are Mitsubishi Bank Ltd and one "
              "other Japanese\nfinancial institution which the spokesman declined to name.\n")
# Reuters-21578 06658
MORGAN = ("Morgan Guaranty Trust Co of New York\nplans an issue of 12,000 warrants for gold bullion at 425 dlrs\nan "
          "ounce, lead manager Morgan Guaranty (Switzerland) AG said.\n")
# Reuters-21578 01335
CANADIAN_PACIFIC = ("<PanCanadian Petroleum Ltd>\nsaid it agreed to sell its working interest in its North Sea\n"
                    "properties and its British unit, Canadian Pacific Oil and Gas\nof Canada Ltd, to Whitehall "
                    "Petroleum Ltd, a private British\ncompany.\n")
# Reuters-21578 00807
BARNETT = ("Barnett Banks of Florida Inc\ncalled for redemption of all outstanding shares of its Series E\n4.25 dlrs "
           "cumulative convertible preferred stock.\n")

@pytest.mark.parametrize(
    "text, name, cut",
    [
        (MITSUBISHI, "Mitsubishi Bank (Europe) SA", "Mitsubishi Bank"),
        (MORGAN, "Morgan Guaranty (Switzerland) AG", "Morgan Guaranty"),
        (CANADIAN_PACIFIC, "Canadian Pacific Oil and Gas of Canada Ltd", "Canada Ltd"),
        (BARNETT, "Barnett Banks of Florida Inc", "Florida Inc"),
    ],
)
def test_a_subsidiarys_name_is_whole_over_its_bracket_or_its_of(run: Any, text: str, name: str, cut: str) -> None:
    found = {mention["text"].replace("\n", " ") for record in run(text)._.organizations
             for mention in record["mentions"]}
    assert name in found and cut not in found

