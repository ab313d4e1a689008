"""The entities scorer on a tiny invented CoNLL-2003-style file and hand-made predictions (no pipeline)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from benchmarks.entities import (
    baseline_from_docs,
    iob1_entities,
    load,
    predictions_from_facts,
    score,
    token_range,
)

CONLL = """-DOCSTART- -X- -X- O

Ana NNP I-NP I-PER
Horvat NNP I-NP I-PER
visited VBD I-VP O
Novi NNP I-NP I-LOC
Sad NNP I-NP I-LOC
. . O O

Serbian JJ I-NP I-MISC
Rail NNP I-NP I-ORG
Marko NNP I-NP B-ORG
said VBD I-VP O

-DOCSTART- -X- -X- O

BELGRADE NNP I-NP I-LOC
"""


def _documents(tmp_path: Path):
    path = tmp_path / "gold.testa"
    path.write_text(CONLL, encoding="utf-8")
    return load(path)


def test_load_rebuilds_text_offsets_and_gold(tmp_path: Path) -> None:
    first, second = _documents(tmp_path)
    assert first.text == "Ana Horvat visited Novi Sad .\nSerbian Rail Marko said\n"
    assert first.tokens[3] == (19, 23) and first.text[slice(*first.tokens[6])] == "Serbian"
    assert first.sentences == [(0, 6), (6, 10)]
    assert first.gold == {("PER", 0, 2), ("LOC", 3, 5), ("ORG", 7, 8), ("ORG", 8, 9)}
    assert second.text == "BELGRADE\n" and second.gold == {("LOC", 0, 1)}
    assert len(load(tmp_path / "gold.testa", limit=1)) == 1


def test_iob1_entities() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG", "B-MISC"]
    assert iob1_entities(tags) == [("PER", 0, 2), ("PER", 2, 3), ("LOC", 4, 5), ("ORG", 5, 7), ("MISC", 7, 8)]


def test_token_range_maps_characters_to_touched_tokens() -> None:
    tokens = [(0, 3), (4, 10), (11, 18)]
    assert token_range(tokens, (0, 10)) == (0, 2)
    assert token_range(tokens, (4, 7)) == (1, 2)      # part of a token touches it
    assert token_range(tokens, (3, 10)) == (1, 2)     # a leading space touches nothing
    assert token_range(tokens, (10, 11)) is None


def test_predictions_from_facts_and_score(tmp_path: Path) -> None:
    document = _documents(tmp_path)[0]
    facts = {
        "people": [{"mentions": [{"start": 4, "end": 10}]}],  # "Horvat": wrong span
        "places": [{"mentions": [{"start": 19, "end": 27, "via": "name"},  # "Novi Sad"
                                 {"start": 30, "end": 37, "via": "demonym"}]}],  # "Serbian": skipped
        "organizations": [{"mentions": [{"start": 38, "end": 42}]}],  # "Rail"
    }
    predicted = predictions_from_facts(document, facts)
    assert predicted == {("PER", 1, 2), ("LOC", 3, 5), ("ORG", 7, 8)}
    result = score([document], [predicted])
    assert (result["PER"].tp, result["PER"].fp, result["PER"].fn) == (0, 1, 1)
    assert (result["LOC"].tp, result["ORG"].tp, result["ORG"].fn) == (1, 1, 1)
    assert (result["micro"].tp, result["micro"].fp, result["micro"].fn) == (2, 1, 2)


def test_baseline_maps_labels_and_sentence_offsets(tmp_path: Path) -> None:
    document = _documents(tmp_path)[0]
    vocab = spacy.blank("en").vocab
    first = Doc(vocab, words=["Ana", "Horvat", "visited", "Novi", "Sad", "."],
                ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O"])
    second = Doc(vocab, words=["Serbian", "Rail", "Marko", "said"], ents=["B-NORP", "B-ORG", "B-PERSON", "O"])
    entities = baseline_from_docs(document, [first, second], [0, 30])
    assert entities == {("PER", 0, 2), ("LOC", 3, 5), ("ORG", 7, 8), ("PER", 8, 9)}
