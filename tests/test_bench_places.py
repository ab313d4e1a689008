"""The places scorer on a tiny invented GeoWebNews-style file and hand-made predictions (no pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from benchmarks.places import (
    UNRESOLVED_KM,
    Article,
    Toponym,
    baseline_predictions,
    haversine_km,
    load,
    predictions_from_facts,
    score,
)

TEXT = "Farmers from Novi Sad met Serbian officials in the city hall near Lake Ludas."


def _toponym(name: str, kind: str, lat: str = "", lon: str = "", geonames_id: str = "") -> str:
    start = TEXT.index(name)
    return (f"<toponym><extractedName>{name}</extractedName><normalisedName/><type>{kind}</type>"
            f"<modifierType/><nonLocational>No</nonLocational><start>{start}</start><end>{start + len(name)}</end>"
            f"<geonamesID>{geonames_id}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>")


XML = ("<?xml version=\"1.0\" ?><articles><article file=\"7\"><title>t</title><link>l</link>"
       f"<text>{TEXT}</text><toponyms>"
       + _toponym("Novi Sad", "Literal", "45.25", "19.84", "3194360")
       + _toponym("Serbian", "Demonym")
       + _toponym("city hall", "Literal_Expression")
       + _toponym("Lake Ludas", "Coercion")
       + _toponym("Lake Ludas", "Non_Toponym")
       + _toponym("Farmers", "Non_Lit_Expression")
       + "</toponyms></article><article file=\"8\"><title>t</title><link>l</link><text>Empty.</text>"
       "<toponyms/></article></articles>")


def test_load_keeps_scored_types_and_neutral_spans(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(XML, encoding="utf-8")
    first, second = load(path)
    assert first.id == "7" and first.text == TEXT
    assert first.toponyms == [Toponym(13, 21, 45.25, 19.84, 3194360)]
    assert first.neutral == [(26, 33), (TEXT.index("Lake"), len(TEXT) - 1)]
    assert second.toponyms == [] and second.neutral == []
    assert len(load(path, limit=1)) == 1


def test_load_can_make_names_inside_organizations_names_neutral(tmp_path: Path) -> None:
    text = "Shares in the Swiss National Bank and in Novi Sad rose."
    names = [("Swiss National Bank", "Embedded_Non_Lit"), ("Novi Sad", "Literal")]
    toponyms = "".join(f"<toponym><type>{kind}</type><start>{text.index(name)}</start>"
                       f"<end>{text.index(name) + len(name)}</end><latitude/><longitude/><geonamesID/></toponym>"
                       for name, kind in names)
    path = tmp_path / "gold.xml"
    path.write_text(f"<articles><article file=\"1\"><text>{text}</text><toponyms>{toponyms}</toponyms></article>"
                    "</articles>", encoding="utf-8")
    assert [t.start for t in load(path)[0].toponyms] == [text.index("Swiss"), text.index("Novi")]
    by_guide = load(path, embedded_neutral=True)[0]
    assert [t.start for t in by_guide.toponyms] == [text.index("Novi")]
    assert by_guide.neutral == [(text.index("Swiss"), text.index(" and"))]


def test_haversine_km() -> None:
    assert haversine_km((51.5074, -0.1278), (48.8566, 2.3522)) == pytest.approx(343.5, abs=1)
    assert haversine_km((0.0, 0.0), (0.0, 180.0)) == pytest.approx(UNRESOLVED_KM)


def test_score_ignores_neutral_and_measures_errors() -> None:
    article = Article("a", TEXT, [Toponym(13, 21, 45.25, 19.84), Toponym(66, 76, 46.0, 19.7), Toponym(0, 7)],
                      neutral=[(26, 33)])
    predicted = [
        Toponym(13, 17, 45.26, 19.85),  # "Novi": overlaps Novi Sad, resolved nearby
        Toponym(26, 33, 44.0, 21.0),    # "Serbian": a neutral demonym, neither credit nor penalty
        Toponym(51, 55),                # "city": not a place
        Toponym(71, 76),                # "Ludas": overlaps, unresolved
    ]
    result = score([article], [predicted])
    assert (result.prf.tp, result.prf.fp, result.prf.fn) == (2, 1, 1)
    near, unresolved = result.errors_km
    assert near < 2 and unresolved == UNRESOLVED_KM
    assert result.near_or_same() == 0.5


def test_same_geonames_id_counts_as_the_same_place_however_far() -> None:
    article = Article("a", TEXT, [Toponym(26, 33, 44.0, 21.0, 6290252)], neutral=[])
    result = score([article], [[Toponym(26, 33, 46.5, 23.5, 6290252)]])
    assert result.errors_km[0] > 161 and result.same_id == [True] and result.near_or_same() == 1.0


def test_matched_toponym_without_gold_coordinates_has_no_error() -> None:
    article = Article("a", TEXT, [Toponym(0, 7)], neutral=[])
    result = score([article], [[Toponym(0, 7, 1.0, 1.0)]])
    assert result.prf.tp == 1 and result.errors_km == []


def test_predictions_from_facts_take_every_mention_with_its_place_coordinates() -> None:
    facts = {"places": [
        {"name": "Serbia", "latitude": 44.0, "longitude": 21.0, "mentions": [
            {"text": "Serbian", "start": 26, "end": 33, "via": "demonym"},
            {"text": "Serbia", "start": 90, "end": 96, "via": "name"}]},
        {"name": "Nowhere", "latitude": None, "longitude": None, "mentions": [{"text": "X", "start": 1, "end": 2}]},
    ]}
    assert predictions_from_facts(facts) == [Toponym(26, 33, 44.0, 21.0), Toponym(90, 96, 44.0, 21.0),
                                             Toponym(1, 2)]
    assert predictions_from_facts(None) == []


def test_baseline_takes_gpe_loc_fac_entities() -> None:
    words = ["Ana", "left", "Novi", "Sad", "for", "the", "Danube", "at", "Google", "."]
    ents = ["B-PERSON", "O", "B-GPE", "I-GPE", "O", "O", "B-LOC", "O", "B-ORG", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert [doc.text[p.start:p.end] for p in baseline_predictions(doc)] == ["Novi Sad", "Danube"]
    assert all(p.latitude is None for p in baseline_predictions(doc))
