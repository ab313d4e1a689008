"""The web-page benchmark's scorers on invented pages (no shared data, no pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.html import body_pages, body_table, date_table, dated_pages, read_page, token_f1, whole_page_text

PAGE = ("<html><head><title>Floods</title><meta property='article:published_time' content='2024-10-30'></head>"
        "<body><nav>Home News Sport</nav><article><p>Rescuers searched for survivors in Valencia after the floods "
        "killed more than 200 people.</p></article></body></html>")
BODY = "Rescuers searched for survivors in Valencia after the floods killed more than 200 people."


def test_token_f1_ignores_case_punctuation_and_order():
    assert token_f1("the Floods, killed", "Killed the floods").f1 == 1.0


def test_token_f1_of_half_the_tokens():
    score = token_f1("a b", "a b c d")
    assert (score.precision, score.recall) == (1.0, 0.5) and score.f1 == pytest.approx(2 / 3)


def test_token_f1_of_nothing_against_something_is_zero_and_of_nothing_against_nothing_is_one():
    assert token_f1("", "text").f1 == 0.0 and token_f1("", "").f1 == 1.0


def test_read_page_gives_body_and_date_and_none_for_unreadable_pages():
    text, published = read_page(PAGE.encode("utf-8"), "floods.html")
    assert BODY in text and published == "2024-10-30"
    assert read_page(b"\x89PNG\r\n\x1a\n", "floods.html") == (None, None)


def _corpora(tmp_path: Path) -> tuple[Path, Path]:
    articles, dated = tmp_path / "html-articles", tmp_path / "html-dated"
    for folder in (articles / "html", articles / "expected", dated / "html"):
        folder.mkdir(parents=True)
    (articles / "index.tsv").write_text("id\thtml_lang\nfloods\ten\n", encoding="utf-8")
    (articles / "html" / "floods.html").write_text(PAGE, encoding="utf-8")
    (articles / "expected" / "floods.json").write_text(json.dumps({"articleBody": BODY}), encoding="utf-8")
    (dated / "index.tsv").write_text("file\texpected_date\nfloods.html\t2024-10-30\nother.html\t2024-10-31\n",
                                     encoding="utf-8")
    (dated / "html" / "floods.html").write_text(PAGE, encoding="utf-8")
    (dated / "html" / "other.html").write_text(PAGE, encoding="utf-8")
    return articles, dated


def test_body_table_scores_each_system_and_the_whole_page_baseline_below_the_extractor(tmp_path: Path):
    articles, _ = _corpora(tmp_path)
    systems = {"ours": lambda data, name: read_page(data, name)[0], "whole page text": whole_page_text}
    table = body_table(body_pages(articles), systems)
    (ours, whole) = table.rows
    assert ours[:3] == ["ours", 1, 0] and ours[4] == 1.0
    assert whole[4] == 1.0 and whole[-1] < ours[-1]


def test_date_table_counts_right_and_wrong_dates(tmp_path: Path):
    _, dated = _corpora(tmp_path)
    (row,) = date_table(dated_pages(dated)).rows
    assert row == [2, 1, 1, 0, 0, 0.5]
