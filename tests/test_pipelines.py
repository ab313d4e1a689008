"""The command in pipelines, as users of jq, sqlite-utils, csvkit and pandas drive it (issue 23): shapes that follow
the command line, schema-valid error lines, a quiet broken pipe, formats from the output's suffix, CSV that table
tools read with no options, and a --help that answers at once."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from extractor.cli import app, route

from .conftest import ROOT, SAMPLE

runner = CliRunner()
COMMAND = [sys.executable, "-m", "extractor"]


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, route(list(args)), input=input)


def command(*args: str, input: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], input=input, capture_output=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(autouse=True)
def _shared_pipeline(extractor):
    """Load the pipeline once (the in-process runs reuse Extractor.shared)."""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A directory holding one article: its JSON is still an array."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text("Police arrested 12 people in Belgrade on Monday.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("given, expected", [
    (["a.txt"], dict),  # one file: its object
    (["."], 1),  # a directory of one file: an array of one
    (["*.txt"], 1),  # a glob matching one file: an array of one
    (["a.txt", "missing.txt"], 1),  # several arguments, one failing
    (["missing.txt", "gone.txt"], 0),  # several, none read: []
])
def test_json_shape_follows_the_command_line_not_the_count(folder: Path, given: list[str], expected):
    document = json.loads(invoke(*(str(folder / name) for name in given), "-f", "json").stdout)
    if expected is dict:
        assert isinstance(document, dict)
    else:
        assert isinstance(document, list) and len(document) == expected


def test_json_of_standard_input_is_one_object_and_of_a_json_array_an_array(tmp_path: Path):
    assert isinstance(json.loads(invoke("-", "-f", "json", input="Police arrested 12 people.").stdout), dict)
    array = tmp_path / "stories.json"
    array.write_text(json.dumps([{"text": "Police arrested 12 people."}]), encoding="utf-8")
    assert isinstance(json.loads(invoke(str(array), "-f", "json").stdout), list)  # a collection, even of one


def test_json_of_one_missing_file_is_nothing_rather_than_an_empty_array(tmp_path: Path):
    result = invoke(str(tmp_path / "missing.txt"), "-f", "json")
    assert (result.exit_code, result.stdout) == (1, "")


def test_error_records_validate_against_the_published_schema(folder: Path, tmp_path: Path, validate):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = invoke(str(folder / "a.txt"), str(bad), str(tmp_path / "missing.txt"), "-f", "jsonl",
                    "--errors-as-records")
    schema = json.loads(invoke("schema").stdout)
    validator = Draft202012Validator(schema)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in record) for record in records] == [False, True, True]
    for record in records:
        validator.validate(record)
        validate(record)
    with pytest.raises(Exception):  # an error line is exactly its four keys: a typo is not valid
        validator.validate({**records[1], "eror": "x"})


def test_a_reader_that_goes_away_ends_the_command_quietly_with_the_broken_pipe_status():
    """`extractor archive/ | head -1`: 141 (128 + SIGPIPE) as README says, nothing on stderr."""
    # More output than a pipe and the writer's buffer hold, so writing goes on after the reader has gone (with a
    # few records all of them can sit in the pipe before it is closed, and the command rightly ends 0).
    story = "Serbian police detained 2,000 migrants in Subotica on Monday, the interior ministry said. " * 3
    stories = "".join(json.dumps({"id": str(n), "text": story}) + "\n" for n in range(400)).encode()
    process = subprocess.Popen([*COMMAND, "-", "--input-format", "jsonl", "-f", "jsonl", "-j", "1"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdin.write(stories)
    process.stdin.close()
    process.stdout.readline()
    process.stdout.close()  # as head does after its line
    status = process.wait(timeout=120)
    assert (status, process.stderr.read()) == (141, b"")


def test_dash_output_is_standard_output(folder: Path):
    result = command(str(folder / "a.txt"), "-o", "-", "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"].endswith("a.txt")
    assert not (ROOT / "-").exists()


@pytest.mark.parametrize("name, starts", [("facts.csv", "article_id,source,published,title,fact,"),
                                          ("report.html", "<!DOCTYPE html>"), ("facts.json", "{"),
                                          ("facts.jsonl", '{"schema_version"')])
def test_output_suffix_names_the_format_when_f_does_not(folder: Path, tmp_path: Path, name: str, starts: str):
    out = tmp_path / name
    assert invoke(str(folder / "a.txt"), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_an_explicit_format_wins_over_an_unknown_suffix_and_a_conflicting_one_is_a_usage_error(folder, tmp_path):
    assert invoke(str(folder / "a.txt"), "-o", str(tmp_path / "facts.txt"), "-f", "csv").exit_code == 0
    assert (tmp_path / "facts.txt").read_text(encoding="utf-8").startswith("article_id,")
    result = invoke(str(folder / "a.txt"), "-o", str(tmp_path / "facts.csv"), "-f", "json")
    assert result.exit_code == 2 and "facts.csv" in result.stderr
    assert not (tmp_path / "facts.csv").exists()


@pytest.fixture(scope="module")
def facts_csv(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("csv") / "facts.csv"
    result = runner.invoke(app, route([str(SAMPLE), "-o", str(out)]))
    assert result.exit_code == 0, result.stderr
    return out


def test_csv_rows_name_their_article_and_keep_value_numeric(facts_csv: Path):
    with open(facts_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["fact"] for row in rows} == {"number", "date", "place", "organization", "person", "quote"}
    for row in rows:
        assert (row["article_id"], row["source"], row["published"]) == (str(SAMPLE), str(SAMPLE), "2023-11-09")
        assert row["value"] == "" or float(row["value"]) == float(row["value"])
        assert bool(row["value"]) == (row["fact"] == "number")
    dates = [row for row in rows if row["fact"] == "date"]
    assert any(row["date_value"] == "2023-11-08" for row in dates)


def test_sqlite3_imports_the_csv_with_no_options_and_types_value_as_a_number(facts_csv: Path):
    """sqlite3's own CSV import (the shell), else Python's sqlite3 fed by the stdlib reader, as sqlite-utils does."""
    if shutil.which("sqlite3"):
        query = "select count(*), count(distinct typeof(value)) from (select value + 0 as value from facts " \
                "where fact = 'number'); select count(*) from facts where fact = 'number' and value glob '*[a-z]*';"
        result = subprocess.run(["sqlite3", ":memory:", f".import --csv {facts_csv} facts", *query.split("; ")],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and not result.stderr, result.stderr
        numbers, types = result.stdout.splitlines()[0].split("|")
        assert int(numbers) > 5 and types == "1" and result.stdout.splitlines()[1] == "0"
    with open(facts_csv, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        database = sqlite3.connect(":memory:")
        database.execute(f"create table facts ({', '.join(repr(name) for name in header)})")
        database.executemany(f"insert into facts values ({', '.join('?' * len(header))})", reader)
    [(count,)] = database.execute("select count(*) from facts where fact = 'number' and cast(value as real) > 0")
    assert count > 5


def test_csv_is_read_by_pandas_with_no_options_when_pandas_is_installed(facts_csv: Path):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(facts_csv)
    assert frame["value"].dtype.kind == "f" and frame["start"].dtype.kind == "i"


@pytest.mark.parametrize("date", ["2024-03-01junk", "2024-13-01", "03/01/2024", "2024-03-01 junk"])
def test_a_malformed_date_is_a_usage_error(date: str):
    result = invoke(str(SAMPLE), "--date", date)
    assert result.exit_code == 2 and date in result.stderr


def test_an_iso_date_and_time_gives_its_day():
    record = json.loads(invoke("-", "--date", "2024-03-01T10:30:00", "-f", "json", input="He left on Monday.").stdout)
    assert record["published"] == "2024-03-01"


def test_a_mistyped_command_is_named_with_the_one_meant(tmp_path: Path):
    result = subprocess.run([*COMMAND, "shema"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("extractor: no such command 'shema'; did you mean 'schema'?")
    (tmp_path / "shema").write_text("Police arrested 12 people.", encoding="utf-8")  # a file of that name is read
    assert subprocess.run([*COMMAND, "shema", "-f", "jsonl"], capture_output=True, cwd=tmp_path,
                          timeout=120).returncode == 0


def test_version_and_help_answer_at_once_without_spacy():
    """Under 0.5 s of the processor (wall time on a busy machine says more about the machine): spaCy alone took a
    second to import."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    version = command("-V")
    help = command("--help")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / 2
    assert version.stdout.decode().startswith("extractor ") and version.returncode == 0
    text = help.stdout.decode()
    for section in ("Input options:", "Output options:", "Batch options:", "Model options:", "Examples:"):
        assert section in text
    assert "<str>" not in text and "list[" not in text and "schema" in text
    assert seconds < 0.5  # 0.25 s here
    imports = subprocess.run([sys.executable, "-X", "importtime", "-m", "extractor", "--help"], capture_output=True,
                             text=True, cwd=ROOT, timeout=60).stderr
    assert " spacy" not in imports and "extractor.core" not in imports


def test_shell_completion_completes_the_default_commands_options_and_values():
    # the shell named, not detected from the processes above the test run (none is a shell under some runners)
    script = command("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert "complete -o default" in script.stdout.decode()
    values = command(env={"_EXTRACTOR_COMPLETE": "complete_bash", "COMP_WORDS": "extractor -f ", "COMP_CWORD": "2"})
    assert values.stdout.decode().split() == ["auto", "summary", "json", "jsonl", "csv", "html"]
    options = command(env={"_EXTRACTOR_COMPLETE": "complete_bash", "COMP_WORDS": "extractor --li",
                           "COMP_CWORD": "1"})
    assert options.stdout.decode().split() == ["--limit"]


def test_limit_reads_only_the_first_articles(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": f"Police arrested {n + 2} people."}) + "\n"
                            for n in range(5)), encoding="utf-8")
    result = invoke(str(path), "--limit", "2", "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["0", "1"]


def test_fields_keeps_csv_columns_and_json_keys_in_the_order_given():
    table = invoke(str(SAMPLE), "-f", "csv", "--fields", "fact,value,article_id").stdout
    rows = list(csv.reader(io.StringIO(table)))
    assert rows[0] == ["fact", "value", "article_id"] and all(len(row) == 3 for row in rows)
    record = json.loads(invoke(str(SAMPLE), "-f", "json", "--fields", "published,id,quotes").stdout)
    assert list(record) == ["published", "id", "quotes"]


@pytest.mark.parametrize("args", [["-f", "csv", "--fields", "article_id,colour"], ["-f", "summary", "--fields", "id"]])
def test_fields_the_output_does_not_have_are_a_usage_error(args: list[str]):
    result = invoke(str(SAMPLE), *args)
    assert result.exit_code == 2


def test_the_distribution_name_is_not_the_unrelated_pypi_extractor():
    from importlib.metadata import distribution

    assert distribution("newsfacts-extractor").entry_points.select(name="extractor")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "newsfacts-extractor"' in pyproject and 'extractor = "extractor.cli:main"' in pyproject
