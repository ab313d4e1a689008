"""The real command, driven as users drive it: files, directories, stdin, every format, bad inputs."""

from __future__ import annotations

import csv
import inspect
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from extractor.cli import app, extract_command, route
from extractor.resources import load_json

from .conftest import ROOT, SAMPLE

runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return runner.invoke(app, route(list(args)), input=input, env=env)


@pytest.fixture(autouse=True)
def _shared_pipeline(extractor):
    """Load the pipeline once (the CLI reuses Extractor.shared)."""


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Police arrested 12 people in Belgrade on Monday.", encoding="utf-8")
    (folder / "b.txt").write_text('"We will not stop," the minister said.', encoding="utf-8")
    return folder


def test_summary_names_the_article_and_its_date():
    result = invoke(str(SAMPLE), "-f", "summary")
    assert result.exit_code == 0, result.output
    assert "serbia-migrants-2023-11-09.txt" in result.stdout
    assert "2023-11-09" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_summary_timeline_shows_each_date_in_its_sentence():
    result = invoke(str(SAMPLE), "-f", "summary")
    assert "2023-10-26          …that began two weeks ago after a shooting that left…" in result.stdout


def test_auto_format_is_json_lines_when_piped(validate, sample_text):
    result = invoke(str(SAMPLE))
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    validate(record, sample_text)
    assert record["published"] == "2023-11-09"
    assert record["source"] == str(SAMPLE)


def test_jsonl_writes_one_line_per_article(articles: Path, validate):
    result = invoke(str(articles / "a.txt"), str(articles / "b.txt"), "-f", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a.txt", "b.txt"]
    for record in records:
        validate(record)


def test_json_is_an_object_for_one_file_and_an_array_for_a_directory(articles: Path):
    one = json.loads(invoke(str(articles / "a.txt"), "-f", "json").stdout)
    several = json.loads(invoke(str(articles), "-f", "json").stdout)
    assert isinstance(one, dict) and one["schema_version"] == 1
    assert isinstance(several, list) and len(several) == 2


def test_directory_and_glob_inputs(articles: Path):
    by_dir = invoke(str(articles), "-f", "jsonl")
    by_glob = invoke(str(articles / "*.txt"), "-f", "jsonl")
    assert by_dir.exit_code == by_glob.exit_code == 0
    assert len(by_dir.stdout.splitlines()) == len(by_glob.stdout.splitlines()) == 2


def test_stdin_with_date_option(validate):
    text = "Police arrested 12 people on Monday."
    result = invoke("-", "--date", "2024-03-01", "-f", "json", input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    validate(record, text)
    assert record["published"] == "2024-03-01"
    assert record["source"] == "-"


def test_piped_stdin_is_read_without_dash():
    result = invoke("-f", "jsonl", input="Police arrested 12 people on Monday.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_csv_has_one_row_per_fact(articles: Path):
    result = invoke(str(SAMPLE), "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, "the sample has facts"
    assert list(rows[0])[:9] == ["article_id", "source", "published", "title", "fact", "text", "start", "end",
                                 "sentence"]
    text = SAMPLE.read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]


def test_bad_file_among_good_ones_fails_alone(articles: Path, tmp_path: Path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = invoke(str(articles / "a.txt"), str(bad), str(articles / "b.txt"), "-f", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.splitlines() == [f"extractor: {bad}: binary file, not text", "extractor: 1 of 3 inputs failed"]


def test_bad_json_line_is_reported_with_its_line_number(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "One."}\n{oops\n{"text": "Two."}\n', encoding="utf-8")
    result = invoke(str(path), "-f", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert f"{path}:2: invalid JSON line" in result.stderr
    assert "Traceback" not in result.stderr


def test_only_limits_json_keys_and_summary_sections():
    record = json.loads(invoke(str(SAMPLE), "--only", "numbers,quotes", "-f", "json").stdout)
    assert {"numbers", "quotes"} <= record.keys()
    assert not {"dates", "places", "organizations", "people"} & record.keys()
    summary = invoke(str(SAMPLE), "--only", "numbers", "-f", "summary").stdout
    assert "NUMBERS" in summary and "QUOTES" not in summary


def test_unknown_only_value_is_a_usage_error():
    result = invoke(str(SAMPLE), "--only", "numbers,weather")
    assert result.exit_code == 2
    assert "weather" in result.stderr


def test_bad_date_option_is_a_usage_error():
    assert invoke(str(SAMPLE), "--date", "last tuesday").exit_code == 2


def test_missing_model_is_one_line_and_exit_2():
    result = invoke(str(SAMPLE), "--model", "no_such_model_pkg")
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "no_such_model_pkg" in line and "pip install" in line


def test_output_file_is_utf8(tmp_path: Path):
    out = tmp_path / "facts.jsonl"
    result = invoke("-", "-o", str(out), "-f", "jsonl", input="Žarko Popović met officials in Niš.")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == "-"


def test_schema_command_prints_a_valid_json_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    Draft202012Validator.check_schema(json.loads(result.stdout))


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch):
    from extractor.context import Environment

    monkeypatch.setattr(Environment, "from_sys", classmethod(lambda cls: cls(stdin=None, stdin_isatty=True)))
    assert invoke("-f", "json").exit_code == 2


def test_pipe_through_the_real_command(sample_text):
    """A real process with a real pipe: what shell pipelines see."""
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "-", "--date", "2024-03-01"],
        input=b"Police arrested 12 people on Monday.",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout.decode("utf-8"))
    assert record["published"] == "2024-03-01"
    assert result.stderr == b""


@pytest.mark.parametrize("environ, coloured", [({}, True), ({"NO_COLOR": "1"}, False)])
def test_terminal_summary_is_coloured_unless_no_color(extractor, environ, coloured):
    from extractor.command.driver import make_writer
    from extractor.command.options import Format
    from extractor.context import Environment

    stream = io.StringIO()
    env = Environment(stdout=stream, stdout_isatty=True, environ=environ)
    writer = make_writer(Format.auto, stream, env, to_terminal=True, only=None)
    writer.write(extractor.extract("Police arrested 12 people in Belgrade.", id="a.txt"))
    writer.close()
    assert ("\x1b[" in stream.getvalue()) is coloured
    assert "NUMBERS" in stream.getvalue()


def test_keep_text_adds_the_text_the_offsets_index(tmp_path: Path, validate):
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Migrants detained</title></head><body><article><p>Serbian police "
                    "detained 200 migrants near the border with Hungary on Monday, the interior ministry said."
                    "</p></article></body></html>", encoding="utf-8")
    record = json.loads(invoke(str(page), "--keep-text", "-f", "json").stdout)
    validate(record, record["text"])
    assert record["text"].startswith("Serbian police detained 200 migrants")
    assert record["numbers"] and "text" not in json.loads(invoke(str(page), "-f", "json").stdout)


def test_input_format_forces_how_a_file_is_read(tmp_path: Path):
    path = tmp_path / "export.dat"
    path.write_text("headline\tbody\nFloods\tRescuers searched for 40 survivors in Valencia.\n", encoding="utf-8")
    result = invoke(str(path), "--input-format", "tsv", "--text-field", "body", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == f"{path}:2" and record["numbers"][0]["text"].startswith("40")


def test_max_chars_cuts_a_long_article_with_a_warning(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("Police arrested 12 people in Belgrade on Monday. " * 20, encoding="utf-8")
    record = json.loads(invoke(str(path), "--max-chars", "120", "--keep-text", "-f", "json").stdout)
    assert len(record["text"]) <= 120
    assert any("--max-chars" in warning for warning in record["warnings"])


def test_image_among_articles_is_one_clear_error_line(articles: Path, tmp_path: Path):
    image = tmp_path / "photo.jpg"
    image.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    result = invoke(str(articles / "a.txt"), str(image), "-f", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines()[0] == f"extractor: {image}: binary file (JPEG image), not text"


def test_html_report_is_written_to_a_file(tmp_path: Path):
    out = tmp_path / "report.html"
    result = invoke(str(SAMPLE), "-f", "html", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Rados Jurovic" in page


def test_open_needs_an_html_file():
    assert invoke(str(SAMPLE), "-f", "json", "--open").exit_code == 2


def test_errors_as_records_keep_one_json_line_per_input(articles: Path, tmp_path: Path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = invoke(str(articles / "a.txt"), str(bad), "-f", "jsonl", "--errors-as-records")
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert Path(first["source"]).name == "a.txt" and "numbers" in first
    assert second["source"] == str(bad) and "binary" in second["error"]
    assert result.stderr.strip() == "extractor: 1 of 2 inputs failed"


def test_errors_as_records_needs_json_lines():
    assert invoke(str(SAMPLE), "-f", "json", "--errors-as-records").exit_code == 2


def test_csv_flattens_a_change_into_three_columns():
    from extractor.writers import CSV_COLUMNS, csv_rows

    number = {"text": "591 mln dlrs", "start": 0, "end": 12, "sentence": 0, "value": 591e6, "low": None, "high": None,
              "qualifier": "exact", "kind": "money", "counted": "borrowings", "unit": None, "currency": "USD",
              "change": {"direction": "down", "from": None, "by": 99e6}}
    [row] = csv_rows({"id": "a", "numbers": [number]})
    assert (row["change"], row["change_from"], row["change_by"]) == ("down", None, 99e6)
    assert CSV_COLUMNS[-3:] == ("change", "change_from", "change_by")


def test_every_option_has_its_help_in_the_table_and_the_table_no_stale_entry():
    options = set(inspect.signature(extract_command).parameters) - {"inputs", "version"}
    assert set(load_json("command_help.json")) == options
