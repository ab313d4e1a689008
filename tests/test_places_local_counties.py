"""Places: a county named like counties in other states is the one inside the state the article names, as a town is
('The lawsuit, filed in Washington County' in a story about Wal-Mart's stores in Maryland is Washington County,
Maryland, not the more populous one in Oregon).

Texts come from the BBC News and Reuters-21578 corpora (source named per case; two sentences of one story are
joined where the county and its state stand apart).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

COUNTIES = [
    # (text, the county, its latitude and longitude to a degree)
    pytest.param(  # BBC entertainment/113
        "The lawsuit, filed in Washington County, alleges Wal-Mart deceived customers by not putting warning labels "
        "on the cover. The lawsuit seeks to force Wal-Mart to censor the music or remove it from its stores in "
        "Maryland.",
        "Washington County", (39.6, -77.8), id="maryland"),
    pytest.param(  # Reuters-21578 10992
        "Rochester Telephone Corp said\nit completed its acquisition of the Enterprise Telephone Co,\nbased in New "
        "Holland, Pa., in exchange for stock valued at 26.3\nmln dlrs.\n    Enterprises serves about 16,000 access "
        "lines in Lancaster\nCounty. Enterprise becomes the third operating telephone\nsubsidiary of Rochester "
        "Telephone in Pennsylvania and its sixth\nlargest overall, the company said.",
        "Lancaster County", (40.0, -76.3), id="pennsylvania"),
    pytest.param(  # Reuters-21578 07366
        "The Texas Commerce-Chemical merger is the only acquisition\nby a major out-of-state bank since Texas "
        "lawmakers approved\ninterstate banking effective January 1.\n    In January, Texas Commerce acquired a failed "
        "bank in\nMontgomery County, adjacent to the Houston metropolitan area,\nand earlier this month opened a new "
        "bank in San Antonio.",
        "Montgomery County", (30.3, -95.5), id="texas"),
]


@pytest.mark.parametrize(("text", "county", "point"), COUNTIES)
def test_a_county_is_the_one_inside_the_state_the_article_names(
    run: Callable[..., Doc], text: str, county: str, point: tuple[float, float]
) -> None:
    place = next(p for p in run(text)._.places if p["name"] == county)
    assert (round(place["latitude"], 1), round(place["longitude"], 1)) == pytest.approx(point, abs=0.5)
