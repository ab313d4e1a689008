"""A number that is part of a name is no year: a graphics card's after its upper-case maker's name, centuries before
publication ('GTX 1660 Ti', 'the GTX 1060'), a company's before its suffix ('Spectrum 2000 Inc'), a house's before
its street ('of 1909 Jolinda Drive'). A year after a preposition of time stays one whatever follows ('In 1987 Wall
Street ...'), and so does a year centuries back without such a name ('founded in 1066'). Real sentences from saved web pages (html-articles, file
named by the start of its hash) and Reuters-21578."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, published", [
    ("This is an outstanding price for a GTX 1660 Ti equipped laptop. The GTX 1660 Ti is superior to the GTX 1060 and "
     "very similar to the RTX 2060 in raw performance.", "2019-11-18"),  # html 287e4d9f4a
    ("A short time later, officers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive.",
     "2019-11-20"),  # html 961bd85ca8
    ("Spectrum 2000 Inc said the U.S. Army/Air Force Exchange Serivce will begin test marketing its Telvonic stero "
     "sound syntehsizer.", None),  # Reuters-21578 11586
])
def test_a_number_in_a_name_is_no_year(run, text: str, published: Optional[str]):
    assert dates(run, text, published) == []


@pytest.mark.parametrize("text, published, value", [
    ("In 1987 Wall Street had its worst day since 1929.", None, "1987"),
    ("The town was founded in 1066.", "2019-11-18", "1066"),
])
def test_a_year_after_a_preposition_stays(run, text: str, published: Optional[str], value: str):
    assert dates(run, text, published)[0]["value"] == value
