"""'in the third quarter' of a game is a period of play, no quarter of the year: a quarter named with its ordinal and
no year, where the words around tell of play (halftime, a foul, yards, a touchdown, a dunk), is no date. A
company's quarter stays one. Real sentences from saved web pages (html-articles, file named by the start of its
hash) and Reuters-21578."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, published", [
    ("Glass was 20-of-24 passing for 235 yards. The Eagles led 14-7 at halftime before scoring 24 points in the third "
     "quarter for a 38-10 bulge.", "2019-11-19"),  # html 65ce3a4577
    ("Schröder got a technical foul in the third quarter for confronting Davis at the free throw line after Davis "
     "dunked and was fouled.", "2019-11-20"),  # html eecd257509
    ("Schröder got a technical foul in the third quarter for confronting Davis at the free throw line after Davis "
     "dunked and was fouled. Lakers: Kyle Kuzma left the court in the second quarter with an eye abrasion after "
     "teenager Darius Bazley hit him in the right side of his face with an elbow on a drive.",
     "2019-11-20"),  # html eecd257509
])
def test_a_quarter_of_a_game_is_no_date(run, text, published):
    assert [record["text"] for record in dates(run, text, published) if "quarter" in record["text"]] == []


@pytest.mark.parametrize("text, published, value", [
    ("Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter.", "2019-11-19",
     "2019-Q3"),  # html f8ff621a0b
    ("He said Tandem's second quarter is traditionally slower than the first.", "1987-04-08",
     "1987-Q2"),  # Reuters-21578 02357
])
def test_a_company_quarter_stays_a_date(run, text, published, value):
    assert [record["value"] for record in dates(run, text, published) if "quarter" in record["text"]] == [value]
