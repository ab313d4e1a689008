"""First-order divisions the gazetteer used to lack: names joined by hyphens ('Schleswig-Holstein', 'North
Rhine-Westphalia') and regions GeoNames lists few towns of ('Northwest Territories', 'Zabul'). The latter are named
only where the words around them say so, since such names are also people's ('Soriano'). Real news sentences."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from spacy.tokens import Doc


def place(doc: Doc, text: str) -> Optional[dict[str, Any]]:
    """The record with a mention written ``text``."""
    return next((record for record in doc._.places
                 if any(mention["text"] == text for mention in record["mentions"])), None)


HYPHENATED = [
    # reuters21578/articles/07553.txt
    ("The West German federal state of Schleswig-Holstein is issuing a 400 mln mark domestic bond, carrying a "
     "coupon of six pct and priced at 100.40, lead manager Landesbank Schleswig-Holstein - Girozentrale said.",
     "Schleswig-Holstein", "DE"),
    # reuters21578/articles/08831.txt
    ("The issue is guaranteed by parent company Landesbank Rheinland-Pfalz Girozentrale, which is jointly owned by "
     "the West German state of Rheinland-Pfalz and local savings banks.", "Rheinland-Pfalz", "DE"),
    # reuters21578/articles/03218.txt
    ("Engineering industry employers in North Rhine-Westphalia state said they made an unprecedented offer on pay "
     "and working hours.", "North Rhine-Westphalia", "DE"),
    # reuters21578/articles/12488.txt
    ("This development was aided by cooperation between the bank and the savings banks in the West German state of "
     "North Rhine-Westphalia, where parent bank WestLB is based.", "North Rhine-Westphalia", "DE"),
]

FEW_TOWNS_PLACED = [
    # reuters21578/articles/11306.txt
    ("Note: 1986 includes writedown of 12.5 mln dlrs for the costs of mineral properties and deferred exploration "
     "and development Bullmoose Lake in the Northwest Territories.", "Northwest Territories", "CA"),
    # reuters21578/articles/12987.txt
    ("Its other mining interests include gold exploration prospects on 13,000 acres in Inyo County, Calif., and "
     "500,000 acres in Canada's Northwest Territories, the Gooseberry gold and silver mine in Nevada, chromite "
     "properties in northern California and Newfoundland, and a platinum prospect in the Rankin Inlet, Northwest "
     "Territories.", "Northwest Territories", "CA"),
    # html-articles: a1fca19b884e (Agence France-Presse via a web page)
    ("American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were "
     "handed over to US forces in the country’s southern Zabul province, an insurgent source told Agence "
     "France-Presse.", "Zabul province", "AF"),
    # html-articles: 7916ecca969f
    ("The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, which it said crashed in "
     "Logar province south of the capital Kabul.", "Logar", "AF"),
]


@pytest.mark.parametrize("sentence, text, country", HYPHENATED + FEW_TOWNS_PLACED)
def test_first_order_division_is_resolved_with_coordinates(run, sentence: str, text: str, country: str) -> None:
    record = place(run(sentence, "1987-03-20"), text)
    assert record is not None, text
    assert record["feature"] == "region" and record["country_code"] == country
    assert record["latitude"] is not None and record["longitude"] is not None


# 'Soriano' is also a department of Uruguay.
NAMED_WITHOUT_PLACE_CUE = [
    # reuters21578/articles/00316.txt
    ("Before the seizure, Soriano led a 3.3 billion peso bid for the shares, paying UCPB a 500 mln peso deposit.",
     "Soriano"),
    # reuters21578/articles/14921.txt
    ("SMC sources said Soriano personally was not among prospective buyers.", "Soriano"),
    # reuters21578/articles/12443.txt
    ("Eduardo de Los Angeles, a government nominee in the SMC board, filed a formal complaint before the Securities "
     "and Exchange Commission last week, accusing Soriano and eight other directors of violating \"fiduciary "
     "duty.\"", "Soriano"),
]


@pytest.mark.parametrize("sentence, text", NAMED_WITHOUT_PLACE_CUE)
def test_region_with_few_towns_is_no_place_without_a_place_cue(run, sentence: str, text: str) -> None:
    assert place(run(sentence, "1987-03-20"), text) is None
