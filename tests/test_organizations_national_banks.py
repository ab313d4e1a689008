"""A 'National Bank' is a country's central bank, government, only where its other words name that country or its
people ('Swiss National Bank', 'National Bank of Hungary') or where it has none ('head of Poland's National Bank');
with a town's, a state's, a family's or any other word it is a commercial bank, a company ('First National Bank of
Chicago', 'Security Pacific National Bank').

Every sentence is real text, its source named beside it (line breaks of the wire joined)."""

from __future__ import annotations

from typing import Any

import pytest

TYPED = [
    # Reuters-21578 00203
    ("\"The numbers were a little disappointing, but I think we can take Mr Volcker at his word when he said that "
     "nothing had changed,\" said Bob Bannon of Security Pacific National Bank.",
     "Security Pacific National Bank", "company"),
    # Reuters-21578 00401
    ("The company said it received financing for the transaction from First National Bank of Minneapolis and "
     "Salomon Inc <SB>.", "First National Bank of Minneapolis", "company"),
    # Reuters-21578 00172
    ("The deposits of the failed First National Bank of Crosby, Crosby, Tex., with total assets of 8.2 mln dlrs, "
     "were assumed by Central Bancshares of the South Inc, Birmingham, Ala., after First National was closed by "
     "federal bank regulators, the FDIC said.", "First National Bank of Crosby", "company"),
    # a country's or its people's name, or none, keeps the central bank
    # Reuters-21578 00924
    ("Swiss capital exports rose to 4.64 billion francs in January after 2.54 billion in December and a year "
     "earlier 3.64 billion, the Swiss National Bank said.",
     "Swiss National Bank", "government"),
    # Reuters-21578 03593
    ("The interest rate will always be 0.5 points above that charged to commercial banks by the National Bank of "
     "Hungary for loans exceeding one year.", "National Bank of Hungary", "government"),
    # Reuters-21578 03483
    ("The Belgian National Bank bought foreign currencies against francs on the open market in the week ended "
     "March 9, a Bank spokesman said.",
     "Belgian National Bank", "government"),
    # Reuters-21578 00257
    ("Wladyslaw Baka, head of Poland's National Bank, told the official news agency PAP yesterday the talks were "
     "a step towards possible fresh credits or easier terms.", "National Bank", "government"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TYPED)
def test_a_national_bank_is_government_only_under_its_countrys_name(run: Any, text: str, name: str,
                                                                    kind: str) -> None:
    found = {record["name"]: record["type"] for record in run(text)._.organizations}
    assert found.get(name, "missing") == kind, found
