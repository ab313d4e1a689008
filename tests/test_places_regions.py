"""First-order divisions the gazetteer used to lack: names joined by hyphens ('Schleswig-Holstein', 'North
Rhine-Westphalia'). Real news sentences."""

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


@pytest.mark.parametrize("sentence, text, country", HYPHENATED)
def test_first_order_division_is_resolved_with_coordinates(run, sentence: str, text: str, country: str) -> None:
    record = place(run(sentence, "1987-03-20"), text)
    assert record is not None, text
    assert record["feature"] == "region" and record["country_code"] == country
    assert record["latitude"] is not None and record["longitude"] is not None
