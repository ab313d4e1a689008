"""Inputs become articles; bad inputs become errors that name them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extractor.readers import (
    Article,
    FieldNames,
    InputError,
    article_from_text,
    normalise_date,
    parse_header,
    read_inputs,
)


def test_same_line_date_header_is_metadata_and_body_follows_it():
    text = " date 2023-11-09 Serbian police have detained thousands of migrants."
    meta, body_start = parse_header(text)
    assert meta == {"published": "2023-11-09"}
    assert text[body_start:] == " Serbian police have detained thousands of migrants."


def test_header_lines_with_colons_give_title_and_published_date():
    text = "Title: Floods hit Valencia\nPublished: 30 October 2024\n\nRescuers searched for survivors."
    article = article_from_text(text)
    assert article.title == "Floods hit Valencia"
    assert article.published == "2024-10-30"
    assert text[article.body_start:].strip() == "Rescuers searched for survivors."


def test_text_starting_with_a_word_like_date_is_not_a_header():
    text = "Dates were set for the trial on Monday."
    assert parse_header(text) == ({}, 0)


def test_explicit_date_wins_over_header():
    article = article_from_text(" date 2023-11-09 Text.", published="2024-03-01")
    assert article.published == "2024-03-01"


def test_unreadable_header_date_is_a_warning_not_a_guess():
    article = article_from_text("Date: sometime soon\nText of the article.")
    assert article.published is None
    assert "sometime soon" in article.warnings[0]


@pytest.mark.parametrize(
    "value, expected",
    [("2023-11-09", "2023-11-09"), ("2023-11-09T10:30:00Z", "2023-11-09"), ("Thu, 09 Nov 2023 10:00:00 GMT", "2023-11-09"),
     ("", None), (None, None), ("yesterday", None), ("-1", None), ("March 2024", None), ("2 days ago", None)],
)
def test_normalise_date_reads_iso_and_common_formats_and_never_completes_from_today(value, expected):
    assert normalise_date(value) == expected


def test_directory_is_walked_for_article_files(tmp_path: Path):
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    items = list(read_inputs([str(tmp_path)]))
    assert [item.text for item in items] == ["First article.", "Second article."]


def test_jsonl_bad_line_is_an_error_and_other_lines_survive(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "One."}\nnot json\n{"text": "Two.", "date": "2024-01-02"}\n', encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article) and items[0].id == "a"
    assert isinstance(items[1], InputError) and items[1].source.endswith("batch.jsonl:2")
    assert isinstance(items[2], Article) and items[2].published == "2024-01-02"
    assert items[2].id.endswith("batch.jsonl:3")


def test_record_field_names_are_configurable(tmp_path: Path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"body": "Text.", "uid": 7, "day": "2020-05-01"}]), encoding="utf-8")
    fields = FieldNames(text="body", id="uid", date=("day",))
    (article,) = read_inputs([str(path)], fields=fields)
    assert (article.text, article.id, article.published) == ("Text.", "7", "2020-05-01")


def test_record_without_text_is_an_error(tmp_path: Path):
    path = tmp_path / "one.json"
    path.write_text('{"title": "No body"}', encoding="utf-8")
    (error,) = read_inputs([str(path)])
    assert isinstance(error, InputError) and "'text'" in error.reason


def test_binary_files_are_errors_and_legacy_encodings_are_read_with_a_warning(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"GIF89a\x00\x01\x02")
    # BBC Sport (corpora/bbc, sport): a money amount in pounds saved as Latin-1.
    (tmp_path / "b.txt").write_bytes("Mutu, a \xa315.8m signing from Parma last season.".encode("latin-1"))
    error, article = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert "binary" in error.reason
    assert article.text == "Mutu, a \xa315.8m signing from Parma last season."
    assert "guessed" in article.warnings[0]


def test_utf8_bom_is_dropped():
    (article,) = read_inputs(["-"], stdin=io.BytesIO("\ufeffText.".encode("utf-8")))
    assert article.text == "Text."


def test_missing_file_and_unmatched_glob_are_errors(tmp_path: Path):
    errors = list(read_inputs([str(tmp_path / "none.txt"), str(tmp_path / "*.nothing")]))
    assert all(isinstance(error, InputError) for error in errors) and len(errors) == 2


def test_stdin_json_lines_are_sniffed():
    data = b'{"text": "One."}\n{"text": "Two."}\n'
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [item.text for item in items] == ["One.", "Two."]
    assert [item.source for item in items] == ["-:1", "-:2"]


def test_stdin_plain_text_is_one_article():
    (article,) = read_inputs(["-"], stdin=io.BytesIO(b"{Braces} open this article.\nSecond line."))
    assert article.text.startswith("{Braces}")


def test_empty_input_is_an_error(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    (error,) = read_inputs([str(path)])
    assert error.reason == "empty input"


# Reuters-21578 (corpora/reuters21578/articles) style wire copy, with a NUL byte where a bad copy left one.
STRAY_NUL = b"The company said profit rose 14 pct\x00 to 40 mln dlrs in 1986.\n"


@pytest.mark.parametrize("data", [
    STRAY_NUL,
    b"\x00" + STRAY_NUL.replace(b"\x00", b"") * 3,
    STRAY_NUL.replace(b"pct", "Caf\xe9 p\xe9t".encode("latin-1")),  # legacy encoding, guessed
], ids=["utf-8", "nul-first", "latin-1"])
def test_stray_nul_in_a_text_file_is_blanked_offsets_unchanged(tmp_path: Path, data: bytes):
    path = tmp_path / "wire.txt"
    path.write_bytes(data)
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert "\x00" not in article.text and len(article.text) == len(data.decode("latin-1"))
    assert article.text.index("to 40 mln") == data.decode("latin-1").index("to 40 mln")


def test_binary_data_with_nul_bytes_stays_an_error(tmp_path: Path):
    import random
    import tarfile

    noise = random.Random(24).randbytes(4000)
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        member = tarfile.TarInfo("wire.txt")
        member.size = len(STRAY_NUL)
        tar.addfile(member, io.BytesIO(STRAY_NUL))
    for name, data in (("noise.txt", noise), ("wire.tar.txt", archive.getvalue())):
        (tmp_path / name).write_bytes(data)
        (error,) = read_inputs([str(tmp_path / name)])
        assert isinstance(error, InputError) and "binary" in error.reason, name
