"""A firm's short name that is no acronym or start of its full name ("Moody's" of "Moody's Investors Service Inc",
'VW' of 'Volkswagen AG') is one record with the full name where the model tags both (`short_names` in
`data/organizations.json`).

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 00008
MOODYS = ("Moody's Investors Service Inc said it\nlowered the debt and preferred stock ratings of USX Corp and\nits "
          "units. About seven billion dlrs of securities is affected.\n    Moody's said Marathon Oil Co's recent "
          "establishment of up\nto one billion dlrs in production payment facilities on its\nprolific Yates Field has "
          "significant negative implications for\nUSX's unsecured creditors.\n")
# Reuters-21578 02362
VOLKSWAGEN_AG = ("Volkswagen AG <VOWG.F> expects\ncurrency factors to cause a further drop in its U.S. Sales in\n1987 "
                 "following a 5.2 pct sales decline in the United States in\n1986, board member Karl-Heinz Briam "
                 "said.\n    Briam, who described the current situation of the U.S.\nMarket as critical, also said VW "
                 "was uncertain whether it would\nbe able in 1987 to fully match its record 1986 European sales.\n")
# BBC business 377
VOLKSWAGEN = ("Volkswagen is considering building a car factory in India, but said it had yet to make a final "
              "decision.\n\nThe German giant said it was studying the possibility of opening an assembly plant in the "
              "country, but that it remained only a \"potential\" idea. Its comments came after the industry minister "
              "of India's Andhra Pradesh state said a team of VW officials were due to visit to discuss the plans.")


@pytest.mark.parametrize(
    "text, short, full",
    [
        (MOODYS, "Moody's", "Moody's Investors Service Inc"),
        (VOLKSWAGEN_AG, "VW", "Volkswagen AG"),
        (VOLKSWAGEN, "VW", "Volkswagen"),
    ],
)
def test_a_firms_short_name_joins_its_full_name(run: Any, text: str, short: str, full: str) -> None:
    owners = {alias: record["name"] for record in run(text)._.organizations
              for alias in [record["name"], *record["aliases"]]}
    assert owners.get(short) == full
