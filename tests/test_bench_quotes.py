"""The quotes scorer on tiny invented gold files and hand-made predictions (no pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from benchmarks.quotes import (
    Document,
    GoldQuote,
    PredictedQuote,
    baseline_predictions,
    load_ggt,
    load_polnear,
    parse_brat_attributions,
    predictions_from_facts,
    quoted_regions,
    same_person,
    score,
)

TEXT = "\u201cThe bridge will open in May,\u201d said Ana Horvat. Critics say the cost is too high."
DIRECT = (0, 30)      # “The bridge will open in May,”
INDIRECT = (60, 80)   # the cost is too high


def test_load_ggt_reads_quotes_and_limit(tmp_path: Path) -> None:
    records = [
        {"id": "a1", "outlet": "X", "text": TEXT, "quotes": [
            {"text": TEXT[0:30], "start": 0, "end": 30, "speaker": "Ana Horvat", "speaker_mention": "Ana Horvat",
             "verb": "said", "direct": True},
            {"text": TEXT[60:80], "start": 60, "end": 80, "speaker": "Critics", "speaker_mention": "Critics",
             "verb": "say", "direct": False}]},
        {"id": "a2", "outlet": "X", "text": "Nothing said.", "quotes": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    documents = load_ggt(path)
    assert [d.id for d in documents] == ["a1", "a2"]
    assert documents[0].quotes == [GoldQuote(0, 30, "Ana Horvat", True), GoldQuote(60, 80, "Critics", False)]
    assert len(load_ggt(path, limit=1)) == 1


ANN = """T1\tSource 31 41\tAna Horvat
T2\tCue 26 30\tsaid
T3\tContent 0 24;44 60\tThe bridge ... is ready
T4\tAttribution 26 30\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 70 80\tfar away
E2\tAttribution-no-source:T5 Content:T5
"""


def test_parse_brat_attributions_joins_discontinuous_pieces() -> None:
    assert parse_brat_attributions(ANN) == [([(0, 24), (44, 60)], [(31, 41)]), ([(70, 80)], [])]


def test_load_polnear_marks_direct_quotes_and_picks_one_annotator(tmp_path: Path) -> None:
    text = "\u201cWe will win,\u201d said Ana Horvat. Her rival said the race was close."
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "doc1_aaaa.ann").write_text(
        "T1\tSource 20 30\tAna Horvat\nT2\tContent 1 12\tWe will win\n"
        "E1\tAttribution:T9 Content:T2 Source:T1\n"
        "T3\tSource 32 41\tHer rival\nT4\tContent 47 65\tthe race was close\n"
        "E2\tAttribution:T9 Content:T4 Source:T3\n", encoding="utf-8")
    (tmp_path / "attributions" / "doc1_bbbb.ann").write_text("", encoding="utf-8")
    [document] = load_polnear(tmp_path)
    direct, indirect = document.quotes
    assert (direct.start, direct.end, direct.direct, direct.source, direct.speaker) == (1, 12, True, ((20, 30),),
                                                                                        "Ana Horvat")
    assert not indirect.direct


def test_quoted_regions_pairs_marks_within_paragraphs() -> None:
    text = 'He said "one two" and \u201cthree\u201d.\nAn "unclosed one\nnext "x"'
    assert [text[a:b] for a, b in quoted_regions(text)] == ['"one two"', "\u201cthree\u201d", '"x"']


@pytest.mark.parametrize("ours, theirs, same", [
    ("Ana Horvat", "ana horvát", True),
    ("Dr. Ana Horvat", "Ana Horvat", True),
    ("Horvat", "Ana Horvat", True),
    ("Horvat\u2019s", "Ana Horvat", True),
    ("Marko Horvat", "Ana Horvat", True),  # a surname match counts, as the brief says
    ("Ana Kovac", "Ana Horvat", False),
    (None, "Ana Horvat", False),
    ("Mr.", "Ana Horvat", False),
])
def test_same_person(ours: str, theirs: str, same: bool) -> None:
    assert same_person(ours, theirs) is same


def test_score_thresholds_and_speakers() -> None:
    document = Document("d", TEXT, [GoldQuote(*DIRECT, "Ana Horvat", True), GoldQuote(*INDIRECT, "Critics", False)])
    predicted = [
        PredictedQuote(0, 15, "Horvat"),  # covers half the direct quote: found at 30%, not at 80%
        PredictedQuote(60, 80, "Horvat"),  # exactly the indirect quote, wrong speaker
        PredictedQuote(36, 46),  # no gold quote there
    ]
    loose = score([document], [predicted], 0.3)
    assert (loose.prf.tp, loose.prf.fp, loose.prf.fn) == (2, 1, 0)
    assert (loose.speakers_right, loose.speakers_judged) == (1, 2)
    assert loose.found == {True: 1, False: 1} and loose.total == {True: 1, False: 1}
    strict = score([document], [predicted], 0.8)
    assert (strict.prf.tp, strict.prf.fp, strict.prf.fn) == (1, 2, 1)
    direct_only = score([document], [predicted], 0.3, direct_only=True)
    assert (direct_only.prf.tp, direct_only.prf.fn) == (1, 0) and direct_only.total == {True: 1, False: 0}


def test_speaker_mention_overlapping_source_counts() -> None:
    document = Document("d", TEXT, [GoldQuote(0, 30, "she", True, ((36, 39),))])
    right = score([document], [[PredictedQuote(0, 30, "Ana Horvat", (36, 39))]], 0.3)
    wrong = score([document], [[PredictedQuote(0, 30, "Ana Horvat", (40, 45))]], 0.3)
    assert (right.speakers_right, wrong.speakers_right) == (1, 0)


def test_predictions_from_facts() -> None:
    facts = {"quotes": [
        {"start": 0, "end": 30, "speaker": "Ana Horvat", "speaker_mention": {"text": "Horvat", "start": 40, "end": 46}},
        {"start": 60, "end": 80, "speaker": None, "speaker_mention": {"text": "Critics", "start": 48, "end": 55}},
        {"start": 90, "end": 99, "speaker": None, "speaker_mention": None},
    ]}
    assert predictions_from_facts(facts) == [
        PredictedQuote(0, 30, "Ana Horvat", (40, 46)), PredictedQuote(60, 80, "Critics", (48, 55)),
        PredictedQuote(90, 99)]
    assert predictions_from_facts(None) == []


def test_baseline_takes_long_quotes_and_nearest_person() -> None:
    words = ["\u201c", "The", "bridge", "will", "open", ",", "\u201d", "said", "Ana", "Horvat", ".",
             "Marko", "Kovac", "agreed", ".", '"', "Too", "short", '"', "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[False, True, True, True, False, False, True, True, True, False, True,
                      True, True, False, True, False, True, False, False, False],
              sent_starts=[True] + [False] * 10 + [True] + [False] * 3 + [True] + [False] * 4,
              ents=["O"] * 8 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7)
    [quote] = baseline_predictions(doc)
    assert doc.text[quote.start:quote.end] == "\u201cThe bridge will open,\u201d"
    assert quote.speaker == "Ana Horvat" and doc.text[slice(*quote.mention)] == "Ana Horvat"
