"""Countries of the news archives' time that no longer exist are places, with no country code and the point of the
largest state that followed them, named or by their people ('a senior Soviet official'); a country only renamed is
today's ('Zaire'). Real Reuters-21578 sentences, the story named beside each."""

from __future__ import annotations

from typing import Any, Optional

import pytest

FORMER = [
    ("Agriculture Department is not actively considering offering subsidized wheat to the Soviet Union under the "
     "export enhancement program (EEP), senior USDA officials said.", "Soviet Union", "Soviet Union", None),  # 00180
    ("Western USSR winter wheat areas have had only light and spotty snow and winterkill is possible tonight.",
     "USSR", "Soviet Union", None),  # 01069
    ("A senior Soviet official said a visit to Moscow by U.S. Secretary of State George Shultz was possible.",
     "Soviet", "Soviet Union", None),  # 00286
    ("French trade with Yugoslavia has grown little over the past two years.", "Yugoslavia", "Yugoslavia",
     None),  # 02499
    ("Soviet leader Mikhail Gorbachev has cited East Germany's cautious industrial decentralisation as an alternative "
     "to the Hungarian model based on Western-style market economics.", "East Germany", "East Germany",
     None),  # 05943
    ("He said Egypt, Zambia, Djibouti, Zaire, Uganda, Sierra Leone, Congo, Algeria and Mali would be represented.",
     "Zaire", "Democratic Republic of the Congo", "CD"),  # 00262
]


@pytest.mark.parametrize("text, mention, name, country_code", FORMER)
def test_a_country_of_the_archives_time_is_a_place(run: Any, text: str, mention: str, name: str,
                                                   country_code: Optional[str]) -> None:
    places = [place for place in run(text, "1987-03-02")._.places
              if any(mention in item["text"] for item in place["mentions"])]
    assert [(place["name"], place["feature"], place["country_code"]) for place in places] \
        == [(name, "country", country_code)]
    assert places[0]["latitude"] is not None
