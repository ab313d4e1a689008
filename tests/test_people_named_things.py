"""A name the article gives a thing ('The unit, newly named Specialty Steels-Europe') is no person's at any of its
mentions, as the naming says what it is, though the model tags the rest of them alone ('sell in Europe'); a person
so named stays ('his son, called Jack').

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any


def people_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.people}


def test_a_units_new_name_is_no_person_at_any_mention(run: Any) -> None:
    # Reuters-21578 00499
    doc = run("Armco Inc said its former European\nSteel Mill Merchandising department has become a unit of the\n"
              "parent's specialty steels division based in Butler.\n    The unit, newly named Specialty Steels-Europe "
              "is based in\nCologne, West Germany. It will market and sell in Europe the\ndivision's U.S.-made "
              "products and specialty products made in\nEurope.")
    assert "Specialty Steels-Europe" not in people_names(doc)
