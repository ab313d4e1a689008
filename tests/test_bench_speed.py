"""The speed benchmark's pure helpers: corpus loaders on a tmp dir, ratios, interleaving; no timing asserted."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

import extractor.attribute_ruler  # noqa: F401  (registers the indexed ruler's factory)
import extractor.lemmatizer  # noqa: F401  (registers the remembering lemmatizer's factory)
from benchmarks.speed import (Throughput, chunks, component_costs, interleaved, load_bbc, load_reuters, model_name,
                              peak_rss_mb, ratio)


def test_reuters_loader_skips_empty_stories_and_stops_at_the_limit(tmp_path: Path) -> None:
    for name, text in (("00001", "GRAIN UP\n\nPrices rose."), ("00002", "  \n"), ("00003", "HEADLINE ONLY\n"),
                       ("00004", "LAST\n\nBody.")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert load_reuters(tmp_path) == ["GRAIN UP\n\nPrices rose.", "HEADLINE ONLY\n", "LAST\n\nBody."]
    assert load_reuters(tmp_path, limit=2) == ["GRAIN UP\n\nPrices rose.", "HEADLINE ONLY\n"]


def test_bbc_loader_replaces_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "sport").mkdir()
    (tmp_path / "tech").mkdir()
    (tmp_path / "sport" / "001.txt").write_bytes(b"Caf\xe9 wins\n\nA story.")
    (tmp_path / "tech" / "001.txt").write_text("Chips\n\nSmaller.", encoding="utf-8")
    (tmp_path / "README.TXT").write_text("not an article", encoding="utf-8")
    assert load_bbc(tmp_path) == ["Caf\ufffd wins\n\nA story.", "Chips\n\nSmaller."]
    assert load_bbc(tmp_path, limit=1) == ["Caf\ufffd wins\n\nA story."]


def test_throughput_and_ratio() -> None:
    run = Throughput(articles=10, tokens=2000, seconds=4.0)
    assert (run.articles_per_second, run.tokens_per_second) == (2.5, 500.0)
    assert Throughput(0, 0, 0.0).articles_per_second == 0.0
    assert ratio(50.0, 200.0) == 0.25
    assert ratio(1.0, 0.0) is None


def test_interleaving_takes_turns_on_the_same_chunks() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    def bare(chunk: Sequence[str]) -> int:
        calls.append(("bare", tuple(chunk)))
        return sum(len(text.split()) for text in chunk)

    def ours(chunk: Sequence[str]) -> None:
        calls.append(("ours", tuple(chunk)))

    texts = ["a b", "c", "d e f", "g", "h i"]
    assert chunks(texts, 2) == [["a b", "c"], ["d e f", "g"], ["h i"]]
    bare_run, our_run = interleaved(texts, bare, ours, size=2)
    assert [who for who, _ in calls] == ["bare", "ours"] * 3
    assert calls[0][1] == calls[1][1] == ("a b", "c")
    assert (bare_run.articles, bare_run.tokens) == (our_run.articles, our_run.tokens) == (5, 9)


def test_model_name_falls_back_to_the_pipeline_directory() -> None:
    fake = SimpleNamespace(model={"name": "en_not_an_installed_package", "version": "0"},
                           nlp=SimpleNamespace(path=Path("/models/custom")))
    assert model_name(fake) == "/models/custom"


def test_peak_rss_is_reported_in_megabytes() -> None:
    assert 1 < peak_rss_mb() < 100_000


@Language.component("extractor_test_cost")
def _our_test_component(doc: Doc) -> Doc:
    return doc


RULE = [{"patterns": [[{"LOWER": "one"}]], "attrs": {"POS": "NUM"}}]


def _lemmatizer(nlp: Language, factory: str) -> None:
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"Three": "three"})
    nlp.add_pipe(factory, name="lemmatizer", config={"mode": "lookup"}).initialize(lookups=lookups)


def test_component_costs_set_our_components_and_our_ruler_and_lemmatizer_against_the_bare_model() -> None:
    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    bare.add_pipe("attribute_ruler").add_patterns(RULE)
    _lemmatizer(bare, "lemmatizer")
    ours = spacy.blank("en")
    ours.add_pipe("sentencizer")
    ours.add_pipe("extractor_attribute_ruler", name="attribute_ruler").add_patterns(RULE)
    _lemmatizer(ours, "extractor_lemmatizer")
    ours.add_pipe("extractor_test_cost")
    rows = component_costs(ours, bare, ["One sentence. Two.", "Three."])
    assert [name for name, _ in rows] == [
        "bare pipeline, as spacy.load gives it (tokenizer and the model's components)",
        "the model's attribute_ruler in it", "attribute_ruler, indexed, in its place",
        "the model's lemmatizer in it", "lemmatizer, remembering lemmas, in its place", "extractor_test_cost",
        "all our fact components",
        "the extractor's pipeline (the model, its ruler and lemmatizer ours, and our components)"]
    assert all(seconds >= 0 for _, seconds in rows) and rows[0][1] > 0
