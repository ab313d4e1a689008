"""Places: a name listed with regions of one country is that country's region where it names one ('Alaska, Florida,
Nevada, ..., Washington and Wyoming' are states, Washington among them; 'filed in Delaware, New York and New
Jersey'), though alone it is the city the world knows ('officials in Washington').

Texts come from the Reuters-21578 corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

LISTS = [
    # (text, the name, the feature it resolves to)
    pytest.param(  # Reuters-21578 14749
        "    Apart from Texas, states which have no individual income\ntax are Alaska, Florida, Nevada, New Hampshire, "
        "South Dakota,\nWashington and Wyoming",
        "Washington", "region", id="washington-among-states"),
    pytest.param(  # Reuters-21578 06721
        "subject of five stockholder lawsuits and one class action suit,\nfiled last November and December in "
        "Delaware, New York and New\nJersey.",
        "New York", "region", id="new-york-between-states"),
    pytest.param(  # Reuters-21578 12193
        "Carolina, South Carolina and Tennessee, as well as Delaware,\nNew Jersey, New York, Pennsylvania and New "
        "England.",
        "New York", "region", id="new-york-in-a-list-ending-in-a-wider-region"),
    pytest.param(  # Reuters-21578 11224
        "    U.S. Officials in Washington and Malaysian officials in\nKuala Lumpur expressed a policy of looking at "
        "each commodity",
        "Washington", "city", id="alone-the-city"),
]


@pytest.mark.parametrize(("text", "name", "feature"), LISTS)
def test_a_name_listed_with_regions_of_one_country_is_its_region(
    run: Callable[..., Doc], text: str, name: str, feature: str
) -> None:
    place = next(p for p in run(text)._.places if any(m["text"] == name for m in p["mentions"]))
    assert place["feature"] == feature
