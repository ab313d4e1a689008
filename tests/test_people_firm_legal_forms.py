"""People: a firm's name is written before its legal form with a bracketed branch or region between them ('Jardine
Fleming (Securities) Ltd', 'Jardine Matheson (Holdings) Ltd'), and a Spanish firm's partners are joined by 'y' before
'S.A.' ('Minas de Almaden y Arrayanes S.A.'), whose opening words the article then uses alone ('the Minas de Almaden
statement'): no person at any mention. The analyst the firm's name qualifies stays.

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize("text, firm, person", [
    # reuters21578/articles/05808.txt
    ("    \"This is not really of benefit to U.S. Firms either,\" said\nJardine Fleming (Securities) Ltd analyst Nick "
     "Edwards. \"The\npooling of resources in semiconductors is a positive move --\nwhy should the government step in "
     "to prevent it?\"", "Jardine Fleming", "Nick Edwards"),
    # reuters21578/articles/09141.txt
    ("    Bache Securities (Japan) Ltd, Hoare Govett (Far East) Ltd\nand J. Henry Schroeder Bank and Trust Co and the "
     "six new\nsyndicate members will each have a 0.07 pct share.", "Hoare Govett", None),
    # reuters21578/articles/13472.txt (the firm's name wrapped before its bracket)
    ("    Cheung Kong and Hutchison on March 31 announced a\none-for-two bonus issue of new \"B\" shares. Their move "
     "followed similar plan by Jardine Matheson\n(Holdings) Ltd <JARD.HK> on March 27.", "Jardine Matheson", None),
    # reuters21578/articles/13287.txt
    ("MINAS DE ALMADEN TO HOLD MADRID MERCURY CONFERENCE\n\nSpain's Minas de Almaden y Arrayanes S.A.\nSaid it will "
     "host a conference of mercury producers here at the\nend of April to study how to stimulate low mercury prices.\n    A "
     "Minas de Almaden statement said the non-communist world's\nmain mercury producers had decided not to sign any "
     "contracts.", "Minas de Almaden", None),
])
def test_a_firm_written_before_its_legal_form_is_no_person(run: Any, text: str, firm: str, person: str | None) -> None:
    found = people_mentions(run(text))
    assert firm not in found, found
    assert person is None or person in found, found
