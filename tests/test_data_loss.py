"""Nothing lost to a strange name, an output over an input, a damaged archive or an unreadable directory, through
the real command: every intact record comes out, the damage is an error line, and no traceback."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from extractor.cli import app, route
from tests.test_job_safety import STORIES, WIRE, Job, command

runner = CliRunner()

# Records of a JSON Lines export whose metadata JSON escapes hold lone surrogates (the id, the title, the url).
SURROGATE_RECORDS = "".join(json.dumps(record) + "\n" for record in (
    {"id": "s1", "text": STORIES[1]},
    {"id": "s3\udfff", "text": STORIES[0]},
    {"id": "s4", "title": "Bread \ud800protest", "url": "https://news.example/\udc80", "text": STORIES[2]},
))


def _tree(root: Path) -> Path:
    """The inputs of the module's runs, in one directory."""
    inputs = root / "inputs"
    inputs.mkdir()
    (inputs / os.fsdecode(b"b\xff.txt")).write_text(WIRE, encoding="utf-8")
    (inputs / "surrogates.jsonl").write_text(SURROGATE_RECORDS, encoding="utf-8")
    return inputs


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> Iterator[dict[str, Job]]:
    """The module's runs of the real command, started side by side (each loads spaCy and the model)."""
    root = tmp_path_factory.mktemp("data-loss")
    inputs = _tree(root)
    (root / "same.jsonl").write_text(SURROGATE_RECORDS, encoding="utf-8")
    plans: dict[str, list[str]] = {
        "stdout": [str(inputs), "-f", "jsonl", "-j", "1"],
        "html": [str(inputs), "-f", "html", "-o", str(root / "report.html")],
        "parts": [str(inputs), "-o", f"{root / 'parts'}/", "-j", "1"],
        "output-is-input": [str(root / "same.jsonl"), "-o", str(root / "same.jsonl")],
        "output-in-input": [str(inputs), "-o", str(inputs / "facts.jsonl")],
        "input-in-output": [str(inputs / "surrogates.jsonl"), "-o", f"{inputs}/"],
    }
    started: dict[str, Job] = {}
    for name, args in plans.items():
        folder = root / name
        folder.mkdir()
        with open(folder / "stdout", "wb") as stdout, open(folder / "stderr", "wb") as stderr:
            process = subprocess.Popen(command(*args), stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
        started[name] = Job(process, folder)
    yield started
    for job in started.values():
        job.finish()


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_names_and_metadata_that_are_not_utf8_are_written_safely_and_every_input_comes_out(runs):
    job = runs["stdout"].finish()
    inputs = job.folder.parent / "inputs"
    assert (job.status, job.stderr) == (0, "")
    records = _records(job.stdout)
    assert [record["id"] for record in records] == [
        f"{inputs}/b\\xff.txt", "s1", "s3\ufffd", "s4"]
    assert records[0]["source"] == f"{inputs}/b\\xff.txt"
    assert any(number["text"] == "40 mln dlrs" for number in records[0]["numbers"])
    assert (records[3]["title"], records[3]["url"]) == ("Bread \ufffdprotest", "https://news.example/\ufffd")
    assert records[2]["warnings"] == ["lone surrogates in the record's id replaced with U+FFFD"]
    assert records[3]["warnings"] == ["lone surrogates in the record's title, url replaced with U+FFFD"]


def test_a_report_and_a_resumable_job_over_such_names_hold_every_article(runs, extractor):
    html = runs["html"].finish()
    root = html.folder.parent
    assert (html.status, html.stderr) == (0, "")
    report = (root / "report.html").read_text(encoding="utf-8")
    assert "b\\xff.txt" in report and "Bread \ufffdprotest" in report
    parts = runs["parts"].finish()
    assert (parts.status, parts.stderr) == (0, "")
    manifest = _records((root / "parts" / "manifest.jsonl").read_text(encoding="utf-8"))
    assert [entry["input"] for entry in manifest if entry["status"] == "complete"] == [
        f"{root}/inputs/b\\xff.txt", f"{root}/inputs/surrogates.jsonl"]
    resumed = runner.invoke(app, route([str(root / "inputs"), "-o", f"{root / 'parts'}/", "-j", "1", "--resume"]))
    assert (resumed.exit_code, resumed.stderr) == (
        0, "extractor: resumed: skipped 2 inputs already complete and 0 records already written\n")


def test_an_output_that_is_an_input_or_inside_one_is_refused_and_the_input_kept(runs):
    root = runs["output-is-input"].folder.parent
    inputs = root / "inputs"
    expected = {
        "output-is-input": f"the output {root}/same.jsonl is the input {root}/same.jsonl: writing it would destroy "
                           "what is being read",
        "output-in-input": f"the output {inputs}/facts.jsonl is inside the input directory {inputs}, which is being "
                           "read",
        "input-in-output": f"the input {inputs}/surrogates.jsonl is inside the output directory {inputs}/, whose "
                           "parts would replace it",
    }
    for name, message in expected.items():
        job = runs[name].finish()
        assert (job.status, job.stdout, job.stderr) == (2, "", f"extractor: {message}\n")
    assert (root / "same.jsonl").read_text(encoding="utf-8") == SURROGATE_RECORDS
    assert sorted(path.name for path in inputs.iterdir()) == sorted([os.fsdecode(b"b\xff.txt"), "surrogates.jsonl"])
