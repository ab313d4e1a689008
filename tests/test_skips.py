"""What a batch leaves out without an error is said, never lost in silence (issue 22): a closing line per kind of
file a directory holds in no format extractor reads, ``--input-format`` reading those files too, and
``--language-filter en`` leaving out the articles the language check warns of, counted, not written, exit 0.
Driven through the real command on temporary directories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app, route

runner = CliRunner()

ENGLISH = "Police arrested 12 people in Belgrade on Monday, a spokesman said."
# Sentences written for these tests in the style of wire copy in each language.
NOT_ENGLISH = {
    "de.txt": "Die Polizei hat am Montag in Berlin zwölf Menschen festgenommen, teilte ein Sprecher der Behörde mit. "
              "Die Ermittlungen dauern an.",
    "fr.txt": "La police a arrêté douze personnes lundi à Paris, a indiqué un porte-parole. L'enquête se poursuit et "
              "les suspects seront entendus par un juge.",
    "ru.txt": "Полиция задержала в понедельник двенадцать человек в Москве, сообщил представитель ведомства.",
}


def invoke(*args: str):
    return runner.invoke(app, route(list(args)))


@pytest.fixture(autouse=True)
def _shared_pipeline(extractor):
    """Load the pipeline once (the command reuses Extractor.shared)."""


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """Two articles, six subtitles, a picture, a file without a suffix and a hidden one."""
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ENGLISH.replace("12", "15"), encoding="utf-8")
    for n in range(6):
        (folder / "sub" / f"film-{n}.srt").write_text(f"{n + 1}\n00:00:01,000 --> 00:00:02,000\n{ENGLISH}\n",
                                                     encoding="utf-8")
    (folder / "photo.PNG").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "NOTES").write_text(ENGLISH, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(bytes(16))
    return folder


def _closing(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("extractor: skipped")]


def test_a_directory_says_each_kind_of_file_it_did_not_read_and_still_exits_0(mixed: Path) -> None:
    result = invoke(str(mixed), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"{mixed}/a.txt", f"{mixed}/sub/b.txt"]
    assert _closing(result.stderr) == [
        "extractor: skipped 6 files (.srt)",
        "extractor: skipped 1 file (.png)",
        "extractor: skipped 1 file (hidden)",
        "extractor: skipped 1 file (no extension)",
    ]


def test_input_format_reads_the_files_a_directory_would_skip_but_hidden_ones(mixed: Path) -> None:
    result = invoke(str(mixed), "-f", "jsonl", "--input-format", "text")
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert f"{mixed}/NOTES" in sources and f"{mixed}/sub/film-5.srt" in sources
    assert "photo.PNG: binary file" in result.stderr and result.exit_code == 1  # forced, and so an error line
    assert _closing(result.stderr) == ["extractor: skipped 1 file (hidden)"]


def test_a_directory_job_says_what_it_did_not_read_too(mixed: Path, tmp_path: Path) -> None:
    for workers in ("1", "2"):
        result = invoke(str(mixed), "-o", f"{tmp_path / ('out' + workers)}/", "-j", workers)
        assert result.exit_code == 0, result.stderr
        assert "extractor: skipped 6 files (.srt)" in _closing(result.stderr)


def test_files_named_one_by_one_are_read_whatever_their_suffix(mixed: Path) -> None:
    result = invoke(str(mixed / "sub" / "film-0.srt"), "-f", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert _closing(result.stderr) == []


@pytest.fixture()
def languages(tmp_path: Path) -> Path:
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    for name, text in NOT_ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_language_filter_leaves_out_articles_not_in_english_counted_not_an_error(languages: Path) -> None:
    result = invoke(str(languages), "-f", "jsonl", "--language-filter", "en")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"{languages}/en.txt"]
    assert _closing(result.stderr) == ["extractor: skipped 3 articles not in English"]
    assert "failed" not in result.stderr


def test_without_the_filter_every_article_is_written_with_its_warning(languages: Path) -> None:
    result = invoke(str(languages), "-f", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4 and sum("not English" in " ".join(r["warnings"]) for r in records) == 3
    assert _closing(result.stderr) == []


def test_language_filter_in_records_of_one_file_and_with_errors_as_records(tmp_path: Path) -> None:
    lines = [{"id": "en", "text": ENGLISH}, {"id": "de", "text": NOT_ENGLISH["de.txt"]}, "not json"]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines),
                    encoding="utf-8")
    result = invoke(str(path), "-f", "jsonl", "--errors-as-records", "--language-filter", "en")
    assert result.exit_code == 1  # the bad line is an error; the German record only a skip
    assert [json.loads(line).get("id") for line in result.stdout.splitlines()] == ["en", f"{path}:3"]
    assert _closing(result.stderr) == ["extractor: skipped 1 article not in English"]


def test_language_filter_in_a_directory_job_and_its_resume_write_the_same_parts(languages: Path,
                                                                                tmp_path: Path) -> None:
    shard, pooled = tmp_path / "shard", tmp_path / "pooled"
    one = invoke(str(languages), "-o", f"{shard}/", "-j", "1", "--language-filter", "en")
    two = invoke(str(languages), "-o", f"{pooled}/", "-j", "2", "--language-filter", "en")
    assert one.exit_code == two.exit_code == 0
    assert _closing(one.stderr) == _closing(two.stderr) == ["extractor: skipped 3 articles not in English"]
    parts = sorted(shard.glob("part-*.jsonl"))
    assert [p.read_text(encoding="utf-8") for p in parts] == \
        [p.read_text(encoding="utf-8") for p in sorted(pooled.glob("part-*.jsonl"))]
    assert sum(len(p.read_text(encoding="utf-8").splitlines()) for p in parts) == 1
    again = invoke(str(languages), "-o", f"{shard}/", "-j", "1", "--language-filter", "en", "--resume")
    assert again.exit_code == 0 and "skipped 4 inputs already complete" in again.stderr


@pytest.mark.parametrize("value", ["fr", "en,de", ""])
def test_language_filter_takes_only_english_for_now(languages: Path, value: str) -> None:
    result = invoke(str(languages), "--language-filter", value)
    assert result.exit_code == 2
    assert "--language-filter" in result.stderr
