"""Real-world inputs: web pages, archives, compression, odd encodings, long articles, hostile bytes.

The article sentences come from BBC News (corpora/bbc) and the sample article; each test names the
input trouble it covers.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import zipfile
from pathlib import Path

import pytest

from extractor import core
from extractor.readers import Article, InputError, Limits, clean_controls, read_data, read_inputs

# BBC Sport (corpora/bbc, sport/199): a plain news lead with a person, a club and an amount.
LEAD = "Chelsea have sacked Adrian Mutu after he failed a drugs test."
MONEY = "Mutu, a \u00a315.8m signing from Parma last season, may face a two-year suspension."

PAGE = (
    "<!DOCTYPE html><html><head><title>Chelsea sack Mutu | BBC Sport</title>"
    '<meta property="article:published_time" content="2004-10-29T10:00:00Z">'
    '<meta name="author" content="Phil McNulty"><link rel="canonical" href="https://news.example/sport/199">'
    "</head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
    f"<article><h1>Chelsea sack Mutu</h1><p>{LEAD}</p><p>{MONEY}</p></article>"
    "<footer>Copyright and cookie notice</footer></body></html>"
)


def _one(items: list) -> Article:
    (item,) = items
    assert isinstance(item, Article), item
    return item


def test_web_page_gives_main_text_title_date_author_and_url_without_the_page_furniture():
    article = _one(list(read_data(PAGE.encode("utf-8"), "mutu.html")))
    assert LEAD in article.text and MONEY in article.text
    assert "cookie" not in article.text and "Home" not in article.text
    assert (article.title, article.published, article.author) == ("Chelsea sack Mutu", "2004-10-29", "Phil McNulty")
    assert article.url == "https://news.example/sport/199"


def test_web_page_on_standard_input_is_recognised_by_its_markup():
    (article,) = read_inputs(["-"], stdin=io.BytesIO(PAGE.encode("utf-8")))
    assert isinstance(article, Article) and LEAD in article.text and "<p>" not in article.text


def test_page_declaring_its_legacy_charset_is_read_without_a_guess():
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252")
    article = _one(list(read_data(page, "mutu.htm")))
    assert MONEY in article.text and article.warnings == []


def test_utf16_with_bom_and_utf8_with_bom_are_read_exactly():
    for data in LEAD.encode("utf-16"), ("\ufeff" + LEAD).encode("utf-8"):
        assert _one(list(read_data(data, "lead.txt"))).text == LEAD


def test_utf16_without_bom_is_recognised_by_its_zero_bytes():
    article = _one(list(read_data(LEAD.encode("utf-16-le"), "lead.txt")))
    assert article.text == LEAD and "utf-16-le" in article.warnings[0]


def test_mostly_utf8_page_with_stray_latin1_bytes_keeps_its_utf8_text():
    data = ("Zürich: " + LEAD).encode("utf-8") + b" Caf\xe9 said. " + "Ünal, Ødegaard and Ševa said.".encode("utf-8")
    article = _one(list(read_data(data, "mixed.txt")))
    assert article.text.startswith("Zürich: Chelsea") and article.text.endswith("Ünal, Ødegaard and Ševa said.")
    assert "U+FFFD" in article.warnings[0]


def test_control_characters_become_spaces_so_offsets_do_not_move():
    text = f"{LEAD}\x00\x0b\x1b[0m{MONEY}\x85"
    cleaned = clean_controls(text)
    assert len(cleaned) == len(text) and "\x00" not in cleaned and "\x85" not in cleaned
    assert cleaned.index("Mutu, a") == text.index("Mutu, a")


def test_pdf_and_png_are_rejected_by_name():
    for data, kind in ((b"%PDF-1.7\n%\xe2\xe3", "PDF document"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image")):
        (error,) = read_data(data, "scan.txt")
        assert isinstance(error, InputError) and error.reason == f"binary file ({kind}), not text"


@pytest.mark.parametrize("compress, suffix", [(gzip.compress, ".gz"), (bz2.compress, ".bz2"), (lzma.compress, ".xz")])
def test_compressed_json_lines_are_read_record_by_record(compress, suffix):
    lines = json.dumps({"id": "a", "text": LEAD}) + "\n" + json.dumps({"id": "b", "text": MONEY, "date": "2004-10-29"})
    items = list(read_data(compress(lines.encode("utf-8")), f"batch.jsonl{suffix}"))
    assert [item.id for item in items] == ["a", "b"]
    assert items[1].published == "2004-10-29" and items[1].source == f"batch.jsonl{suffix}:2"


def test_compression_is_recognised_by_content_even_without_its_suffix():
    assert _one(list(read_data(gzip.compress(PAGE.encode("utf-8")), "page.html"))).title == "Chelsea sack Mutu"


def test_decompression_bomb_stops_at_the_cap_with_a_clear_error():
    bomb = gzip.compress(b" " * 2_000_000)
    (error,) = read_data(bomb, "bomb.txt.gz", limits=Limits(max_bytes=1_000_000))
    assert isinstance(error, InputError) and "decompression bomb" in error.reason


def test_zip_bomb_stops_at_the_cap_and_earlier_members_survive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", LEAD)
        archive.writestr("bomb.txt", b"a" * 3_000_000)
    first, error = read_data(buffer.getvalue(), "news.zip", limits=Limits(max_bytes=1_000_000))
    assert first.text == LEAD and "decompression bomb" in error.reason


def test_zip_members_are_read_by_their_own_names():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("2004/lead.txt", LEAD)
        archive.writestr("2004/page.html", PAGE)
        archive.writestr("2004/batch.csv", f"id,text\nm1,\"{MONEY}\"\n")
        archive.writestr("2004/photo.png", b"\x89PNG\r\n\x1a\n\x00")
    items = list(read_data(buffer.getvalue(), "news.zip"))
    assert [item.source for item in items] == ["news.zip:2004/lead.txt", "news.zip:2004/page.html",
                                               "news.zip:2004/batch.csv:2", "news.zip:2004/photo.png"]
    assert items[1].title == "Chelsea sack Mutu" and items[2].id == "m1" and isinstance(items[3], InputError)


def test_csv_with_named_fields_and_a_row_without_text(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text(f'uid,body,day\n7,"{LEAD}",2004-10-29\n8,,2004-10-30\n', encoding="utf-8")
    from extractor.readers import FieldNames

    article, error = read_inputs([str(path)], fields=FieldNames(text="body", id="uid", date=("day",)))
    assert (article.id, article.published, article.text) == ("7", "2004-10-29", LEAD)
    assert isinstance(error, InputError) and error.source == f"{path}:3"


def test_csv_without_the_text_column_names_the_columns_it_has(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text(f'uid,body\n7,"{LEAD}"\n', encoding="utf-8")
    (error,) = read_inputs([str(path)])
    assert "no 'text' column" in error.reason and "'body'" in error.reason


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2004-11-02T08:00:00Z"}))
    return buffer.getvalue()


def test_warc_html_responses_become_articles_with_their_url_and_date():
    undated = PAGE.replace('<meta property="article:published_time" content="2004-10-29T10:00:00Z">', "")
    data = _warc([("https://news.example/sport/199", "text/html; charset=utf-8", PAGE.encode("utf-8")),
                  ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
                  ("https://news.example/sport/200", "text/html", undated.encode("utf-8"))])
    first, second = read_data(data, "crawl.warc.gz")
    assert (first.url, first.id, first.published) == ("https://news.example/sport/199",) * 2 + ("2004-10-29",)
    assert second.published == "2004-11-02" and "crawl date" in second.warnings[0]
    assert first.source.startswith("crawl.warc.gz:")


def test_damaged_archives_are_errors_not_crashes():
    for data, name in ((b"PK\x03\x04garbage", "a.zip"), (b"\x1f\x8b\x08\x00garbage", "a.gz"),
                       (b"WARC/1.0\r\ngarbage\r\n\r\n", "a.warc")):
        items = list(read_data(data, name))
        assert items and all(isinstance(item, InputError) for item in items)


def test_directory_walk_finds_pages_archives_and_compressed_files(tmp_path: Path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "lead.txt.gz").write_bytes(gzip.compress(LEAD.encode("utf-8")))
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert [Path(item.source).name for item in read_inputs([str(tmp_path)])] == ["lead.txt.gz", "page.html"]


def test_long_article_is_processed_in_pieces_with_offsets_and_entities_merged(extractor, monkeypatch, validate):
    paragraph = f"{LEAD} {MONEY}\n"  # one line each: paragraphs repeated whole would be blanked as furniture
    text = paragraph * 6
    monkeypatch.setattr(core, "CHUNK_CHARS", len(paragraph) * 2 + 5)
    facts = extractor.extract(text, published="2004-10-29")
    record = facts.to_dict()
    validate(record, text)
    assert any("pieces" in warning for warning in record["warnings"])
    assert len(record["numbers"]) == 6 and [n["sentence"] for n in record["numbers"]] == [1, 3, 5, 7, 9, 11]
    (chelsea,) = [org for org in record["organizations"] if org["name"] == "Chelsea"]
    assert [mention["sentence"] for mention in chelsea["mentions"]] == [0, 2, 4, 6, 8, 10]


def test_chunk_bounds_cut_at_paragraphs_then_sentences_and_cover_the_text():
    text = "One two three. Four five six.\n\nSeven eight nine. Ten eleven twelve."
    bounds = list(core.chunk_bounds(text, 40))
    assert bounds[0] == (0, text.index("Seven"))
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(end - start <= 40 for start, end in bounds)


def test_reading_pages_and_archives_never_touches_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    data = _warc([("https://news.example/sport/199", "text/html", PAGE.encode("utf-8"))])
    assert all(isinstance(item, Article) for item in read_data(data, "crawl.warc.gz"))
    assert isinstance(_one(list(read_data(PAGE.encode("utf-8"), "mutu.html"))), Article)
