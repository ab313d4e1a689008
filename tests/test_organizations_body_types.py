"""A body's type follows what it is, not a word inside its name: a sports body is no government, whatever its head
('International Cricket Council'); a parliament's group is part of it ('Parliamentary Group on Betting and Gaming');
a board over banks is the state's ('Federal Home Loan Bank Board'); and a 'National Bank' named with its country is
a commercial bank unless it is that country's central bank ('National Bank of Kuwait'; 'Swiss National Bank' stays).

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# BBC politics/240
CONDON = ("Lord Condon, head of the International Cricket Council's anti-corruption unit, who originally made the call "
          'for longer prison sentences, said the two-year penalty was "derisory".')
# BBC politics/240
BETTING = "The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting last year."
# Reuters-21578 02953
FHLBB = ("The Federal Home Loan Bank Board\n(FHLBB) announced the acquisiton of South Bay Savings & Loan\nAssociation "
         "in Gardena, Calif., By Standard Pacific Savings of\nCosta Mesa, Calif.\n")
# BBC business/284
KUWAIT = ("Hopes are high for the future of finance, so foreign banks have been buying into the sector. National Bank of "
          "Kuwait has bought a majority stake in Credit Bank of Iraq, the Jordanian investment bank Export & Finance "
          "Bank has bought 49% of National Bank of Iraq.")
# BBC sport/039
WADA = ("World Anti-Doping Agency (WADA) chief Dick Pound says Marion Jones should be stripped of all her medals if "
        "found guilty of taking banned substances.")


def types(doc: Any) -> dict[str, Any]:
    return {record["name"]: record["type"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (CONDON, "International Cricket Council", None),
        (WADA, "World Anti-Doping Agency", None),
        (BETTING, "Parliamentary Group on Betting and Gaming", "government"),
        (FHLBB, "Federal Home Loan Bank Board", "government"),
        (KUWAIT, "National Bank of Kuwait", "company"),
        (KUWAIT, "National Bank of Iraq", "company"),
        # Reuters-21578 00416
        ("Sight deposits by commercial banks at the\nSwiss National Bank rose by 3.10 billion Swiss francs to 10.53\n"
         "billion in the last 10 days of February.\n", "Swiss National Bank", "government"),
        # Reuters-21578 05267
        ("The National Bank of Hungary said its\nname had been used in fraudulent foreign exchange contracts\nwith "
         "Volkswagen AG <VOWG.F> but denied any misconduct on its\npart.\n", "National Bank of Hungary", "government"),
    ],
)
def test_a_body_is_typed_by_what_it_is(run: Any, text: str, name: str, kind: Any) -> None:
    assert types(run(text)).get(name, "missing") == kind
