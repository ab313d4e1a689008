"""Places: a name that lowercase 'county' or 'counties' follows, alone or at the end of the list it stands in ('Los
Angeles and Orange counties', 'Barry, Berrien, ... and Van Buren counties'), is that county, never the town or the
namesake abroad the name alone reads as (Barry in Wales, Calhoun in Georgia, the city of Los Angeles); a county the
gazetteer lacks is no place rather than the wrong one.

Texts come from the Reuters-21578 corpus and the saved web pages (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

CASES = [
    # (text, the name, the county's name and its latitude and longitude to a tenth of a degree)
    pytest.param(  # Reuters-21578 06874
        "Its Pacific Heritage Bank has assets of about 500 mln dlrs and operates ten offices in Los Angeles and "
        "Orange counties.",
        "Los Angeles", ("Los Angeles County", (34.0, -118.3)), id="first-of-two"),
    pytest.param(  # Reuters-21578 09081
        "The property consists of four W and J Sloane furniture store in Los Angeles and Orange counties.",
        "Los Angeles", ("Los Angeles County", (34.0, -118.3)), id="first-of-two-again"),
    pytest.param(  # web page c467d507 (Eastern Equine Encephalitis in Michigan)
        "Cases of Eastern Equine Encephalitis first appeared in West Michigan at the end of August. The virus has "
        "been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.",
        "Calhoun", ("Calhoun County", (42.2, -85.0)), id="inside-the-state-named"),
    pytest.param(  # web page c467d507
        "Cases of Eastern Equine Encephalitis first appeared in West Michigan at the end of August. The virus has "
        "been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.",
        "Barry", ("Barry County", (42.6, -85.3)), id="not-the-town-abroad"),
    pytest.param(  # Reuters-21578 15752
        "President Reagan declared that a major disaster existed in the State of Maine in following severe storms "
        "and flooding. The White House said in a statement that Androscoggin, Franklin, Kennebec, Oxford, Penobscot, "
        "Piscataquis and Somerset counties would be eligible for federal aid.",
        "Somerset", ("Somerset County", (45.1, -69.8)), id="last-of-a-long-list"),
]


@pytest.mark.parametrize(("text", "name", "county"), CASES)
def test_a_name_called_a_county_is_that_county(
    run: Callable[..., Doc], text: str, name: str, county: tuple[str, tuple[float, float]]
) -> None:
    found = [p for p in run(text)._.places if any(m["text"] == name for m in p["mentions"])]
    assert [(p["name"], p["feature"], round(p["latitude"], 1), round(p["longitude"], 1)) for p in found] == [
        (county[0], "county", *county[1])]
