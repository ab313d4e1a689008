"""The place components' shortcuts read the same words as the plain rules they stand for: the ruler's openings
(capitalised words that are or open a gazetteer name, each distinct word asked once) and the qualifier gap read
only as far as a qualifier reaches."""

from __future__ import annotations

import pytest
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.language import Language

from extractor.places import fold, gazetteer
from extractor.places.mentions import _words_between
from extractor.places.recognise import _openings

TEXTS = [
    "BELGRADE, March 30 - The police in Kanjiža, Subotica and New York said paris and PARIS differ.",
    "Reuters reported that the Bank of England met officials from São Paulo, Zürich and the U.S. on Monday.",
    "  \n\nLOS ANGELES (AP) — Mr Howard flew from Jupiter, Florida to Saint-Étienne via ŁÓDŹ and st. Louis.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_openings_are_the_capitalised_words_that_open_a_name(nlp: Language, text: str) -> None:
    gaz = gazetteer()
    doc = nlp.make_doc(text)
    plain = [token.i for token in doc if token.text[:1].isupper()
             and (fold(token.text) in gaz or fold(token.text) in gaz.prefixes)]
    assert _openings(doc, gaz, doc.to_array([LOWER, IS_LOWER, ORTH])) == plain


def test_openings_include_names_of_other_letters(nlp: Language) -> None:
    doc = nlp.make_doc("Troops reached Kanjiža and ŁÓDŹ.")
    found = _openings(doc, gazetteer(), doc.to_array([LOWER, IS_LOWER, ORTH]))
    assert [doc[i].text for i in found] == ["Kanjiža", "ŁÓDŹ"]


def test_openings_asked_again_from_the_memo(nlp: Language) -> None:
    gaz, doc = gazetteer(), nlp.make_doc("Paris and Reuters.")
    columns = doc.to_array([LOWER, IS_LOWER, ORTH])
    assert _openings(doc, gaz, columns) == [0]
    assert gaz.openings[doc[0].orth] and not gaz.openings[doc[2].orth]
    assert _openings(doc, gaz, columns) == [0]


def test_words_between_skips_line_breaks_and_stops_at_most(nlp: Language) -> None:
    doc = nlp.make_doc("Albany ,\n in the state of New York")
    assert _words_between(doc, 1, len(doc), 3) == [",", "in", "the"]
    assert _words_between(doc, 1, 4, 3) == [",", "in"]
    assert _words_between(doc, 3, 1, 3) == []
