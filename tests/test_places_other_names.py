"""Places: a town found by one of its other names only (a former name, a spelling in another language), in an
article that names nothing else in its country, is no place of the story: 'Twickenham' is a former name of
Huntsville, Alabama, and the Six Nations clash was in London; 'Sarkh' in Afghanistan is a spelling of Sarh, Chad.
The same names beside places of their country ('Basle' with Geneva and Zurich, 'Fashionport is based in
Bombay, India', 'Cologne' with Duisburg) stay places, as do the English names of cities kept by hand
('prostitutes in Calcutta', in test_places.py).

Texts come from the BBC News and Reuters-21578 corpora and the web pages of ``corpora/html-articles`` (source
named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

CASES = [
    # (text, the name, the place's name it resolves to, or None when no place)
    pytest.param(  # BBC sport/286
        "France scrum-half Dimitri Yachvili praised his team after they fought back to beat England 18-17 in the Six "
        "Nations clash at Twickenham.",
        "Twickenham", None, id="former-name-abroad"),
    pytest.param(  # html-articles 5929a162f
        '"US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen '
        '(Taliban) position in Pangram area of Sarkh, Logar," Taliban spokesman Zabihullah Mujahid said in a tweet.',
        "Sarkh", None, id="spelling-of-a-town-abroad"),
    pytest.param(  # Reuters-21578 00394
        "Underwriters are led by Union Bank of Switzerland.  The\nbonds will be listed on stock exchanges in Basle, "
        "Berne,\nGeneva, Lausanne and Zurich.",
        "Basle", "Basel", id="beside-towns-of-its-country"),
    pytest.param(  # Reuters-21578 18998
        "    Fashionport is based in Bombay, India. No other details",
        "Bombay", "Mumbai", id="beside-its-country"),
    pytest.param(  # Reuters-21578 19199
        "    Meanwhile, high water at Cologne has forced vessels to\ntravel at reduced speed, a water authority "
        "spokesman in Cologne\nsaid. But a water authority spokesman in Duisburg, 60 kms north\nof Cologne, said "
        "vessels there were moving normally.",
        "Cologne", "Köln", id="beside-a-town-of-its-country"),
]


@pytest.mark.parametrize(("text", "name", "place"), CASES)
def test_a_town_named_only_by_another_name_needs_its_country_in_the_article(
    run: Callable[..., Doc], text: str, name: str, place: Optional[str]
) -> None:
    found = [p["name"] for p in run(text)._.places if any(m["text"] == name for m in p["mentions"])]
    assert found == ([place] if place else [])
