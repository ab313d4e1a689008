"""The command on real messy files (corpora/messy) and saved news pages (corpora/html-articles).

Every file given must come out as one JSON record or one error line, never a crash: binary files,
empty files, undeclared legacy encodings, pages mixing two encodings, compressed pages, a 1.6 MB page.
Skipped when the shared corpora are absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks.common import shared_dir
from extractor.cli import app, route

CORPORA = shared_dir() / "corpora"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"no shared corpora at {CORPORA}")


@pytest.fixture(autouse=True)
def _shared_pipeline(extractor):
    """Load the pipeline once (the CLI reuses Extractor.shared)."""


def _messy_sample() -> list[Path]:
    """The small folders whole, every ninth mis-encoded page, one file of every third chardet encoding; not the
    Reuters .sgm of 1,000 stories (tests/test_readers_feeds.py reads it)."""
    messy = CORPORA / "messy"
    files = [p for folder in ("binary", "empty-and-tiny", "non-utf8-real", "huge")
             for p in sorted((messy / folder).iterdir()) if p.is_file() and p.suffix != ".sgm"]
    files.extend(sorted((messy / "non-utf8-real" / "trafilatura-html").iterdir())[::9])
    encodings = sorted(p for p in (messy / "chardet-encodings").iterdir() if p.is_dir())
    for folder in encodings[::3]:
        files.extend(sorted(p for p in folder.iterdir() if p.is_file())[:1])
    return files


def _run(files: list[Path], *options: str) -> tuple[list[dict], list[str], int]:
    result = CliRunner().invoke(app, route([*map(str, files), "-f", "jsonl", "--keep-text", *options]))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [line for line in result.stderr.splitlines() if not line.endswith(" inputs failed")]
    return records, errors, result.exit_code


def _source_of(line: str) -> str:
    return line.removeprefix("extractor: ").rsplit(": ", 1)[0]


def _file_of(source: str) -> str:
    """The file a record comes from: a feed's items are named FILE:N."""
    return re.sub(r":\d+$", "", source)


def test_every_messy_file_is_a_record_or_an_error_line(validate):
    files = _messy_sample()
    records, errors, exit_code = _run(files, "--max-chars", "4000")  # the 1.6 MB page is long
    assert sorted({_file_of(r["source"]) for r in records} | {_file_of(_source_of(line)) for line in errors}) == sorted(
        map(str, files))
    for record in records:
        validate(record, record["text"])
        assert record["text"].strip()
    reasons = {Path(_source_of(line)).name: line.rsplit(": ", 1)[1] for line in errors}
    assert reasons["warwick_crest.png"] == "binary file (JPEG image), not text"
    assert reasons["empty.txt"] == "empty input"
    assert exit_code == 1
    bbc = next(r for r in records if r["source"].endswith("bbc_sport_199_latin1-pound.txt"))
    assert "\u00a315.8m" in bbc["text"] and "guessed" in bbc["warnings"][0]
    huge = next(r for r in records if r["source"].endswith("polarization.html"))
    assert len(huge["text"]) <= 4000 and any("--max-chars" in warning for warning in huge["warnings"])


def test_saved_news_pages_become_records_with_their_titles(validate):
    pages = sorted((CORPORA / "html-articles" / "html").glob("*.html"))[:4]
    records, errors, exit_code = _run(pages)
    assert (errors, exit_code, len(records)) == ([], 0, len(pages))
    for record in records:
        validate(record, record["text"])
        assert record["title"] and record["published"]
