"""A name of several words ending in a common noun's plural, with no given name, title or initial first and nothing
in the article showing a person, is a product's, a firm's, a place's or a thing's ('Iceberg Passages', 'Creative
Zens', 'Coudenberg Cellars'); the model's lemmatizer tells the plural, which the tagger calls a proper noun there.
A name ending in 'Works' is a company's ('Corning Glass Works'). A surname that is no common noun's plural stays
('Kostas Kenteris').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # html-articles 851498a2...63c29 (a web page): a name for a kind of passage
        ("Inference, close reading, and faith that the author knows what he’s doing are essential for navigating "
         "these moments, which I came to think of as Iceberg Passages, after the novelist Jo Walton explained them "
         "to me.", "Iceberg Passages"),
        # bbc/tech/040: music players
        ("According to Mr McGuire, research suggests that people like the idea of building up huge libraries of "
         "music, which they can do with high-capacity storage devices, like iPods and Creative Zens.",
         "Creative Zens"),
        # bbc/tech/005: a place
        ("Using a 3D graphics engine, the type commonly used in gaming, Bafta-winning artists Langlands & Bell have "
         "created a virtual, story-based, 3D model of Brussels' Coudenberg Cellars.", "Coudenberg Cellars"),
        # Reuters-21578 00442: a company speaking
        ("CORNING <GLW>, HAZLETON <HLC> SET EXCAHNGE RATIO\n\nCorning Glass Works said the\nexchange ratio for its "
         "previously announced acquisition of\nHazleton Laboratories Corp has been established at 0.5165\nCorning "
         "common share for each Hazleton common share.", "Corning Glass Works"),
    ],
)
def test_plural_names_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # bbc/sport/033: a surname ending in 's' that is no plural, after a given name the list lacks
        ("Greek sprinters suspended by IAAF\n\nGreek sprinters Kostas Kenteris and Katerina Thanou have been "
         "suspended after failing to take drugs tests before the Athens Olympics.", "Kostas Kenteris"),
        # bbc/business/310: a surname that is a plural, after a given name
        ("Nike, whose products are endorsed by Tiger Woods among other sports stars, said \"demand continues to "
         "grow\".", "Tiger Woods"),
    ],
)
def test_people_with_plural_looking_surnames_stay(run: Any, text: str, person: str) -> None:
    assert person in people_mentions(run(text))
