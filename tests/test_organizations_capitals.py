"""A capital stands for its government ('Washington announced plans'), unless the article has it play as a club:
then it is the club at every mention, typed as no government ('scored for Ottawa' beside 'Ottawa held on to beat
Detroit').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any


def org_types(doc: Any) -> dict[str, Any]:
    return {record["name"]: record["type"] for record in doc._.organizations}


def test_a_capital_playing_as_a_club_is_no_government(run: Any) -> None:
    # html-articles ecb46e3e...bcaf457802 (a web page): an NHL round-up
    doc = run("Senators 4, Red Wings 3: Anthony Duclair had two goals and an assist, and Ottawa held on to beat "
              "Detroit. John Gabriel Pageau and Brady Tkachuk also scored for Ottawa. Anders Nilsson made 35 saves, "
              "including 15 in the third period when the Senators were outshot.")
    assert org_types(doc).get("Ottawa", "missing") is None


def test_a_capital_acting_stands_for_its_government(run: Any) -> None:
    # Reuters-21578 10781
    doc = run("On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese electronic "
              "goods from April 17, because of Tokyo's failure to observe the agreement.")
    assert org_types(doc).get("Washington") == "government"
