"""Nothing lost to a strange name, an output over an input, a damaged archive or an unreadable directory, through
the real command: every intact record comes out, the damage is an error line, and no traceback."""

from __future__ import annotations

import ctypes
import gzip
import io
import json
import os
import subprocess
import zipfile
import zlib
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from extractor.cli import app, route
from tests.test_inputs import LEAD, PAGE, _warc
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


def _pages(count: int) -> list[tuple[str, str, bytes]]:
    return [(f"https://news.example/sport/{number}", "text/html; charset=utf-8",
             PAGE.replace("Adrian Mutu", f"Adrian Mutu {number}").encode("utf-8")) for number in range(count)]


# A JSON Lines export of 100 wire records, gzipped in one stream.
WIRE_LINES = "".join(json.dumps({"id": f"r{number}", "text": f"Police arrested {number} people in Belgrade."}) + "\n"
                     for number in range(100))


def _damaged(root: Path) -> Path:
    """Archives and record files cut short or damaged part-way, as a crashed copy or download leaves them."""
    damaged = root / "damaged"
    damaged.mkdir()
    (damaged / "crawl.warc.gz").write_bytes(_warc(_pages(10))[:-40])
    (damaged / "crawl.warc").write_bytes(gzip.decompress(_warc(_pages(3)))[:-300])
    (damaged / "records.jsonl.gz").write_bytes(gzip.compress(WIRE_LINES.encode("utf-8"))[:-30])
    (damaged / "rows.csv").write_text(f'id,text\nc1,"{LEAD}\nc2,{STORIES[1]}\nc3,{STORIES[0]}\n', encoding="utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(".hidden-story.txt", LEAD)
        archive.writestr("__MACOSX/._hidden-story.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
        archive.writestr(".DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr("story.txt", WIRE)
    (damaged / "dots.zip").write_bytes(buffer.getvalue())
    return damaged


def _locked(root: Path) -> Path:
    """A tree with a subdirectory the command may not read, and a top directory it may not read."""
    tree = root / "locked-tree"
    for folder, story in (("open", STORIES[1]), ("shut", STORIES[2]), ("zz", WIRE)):
        (tree / folder).mkdir(parents=True)
        (tree / folder / "story.txt").write_text(story, encoding="utf-8")
    (root / "shut-top").mkdir()
    (tree / "shut").chmod(0)
    (root / "shut-top").chmod(0)
    return tree


def _as_a_user() -> None:
    """Root reads any directory: the run that must meet an unreadable one drops the capabilities that let it
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH from the bounding set, so the command it runs never has them)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> Iterator[dict[str, Job]]:
    """The module's runs of the real command, started side by side (each loads spaCy and the model)."""
    root = tmp_path_factory.mktemp("data-loss")
    inputs = _tree(root)
    damaged = _damaged(root)
    locked = _locked(root)
    (root / "same.jsonl").write_text(SURROGATE_RECORDS, encoding="utf-8")
    plans: dict[str, list[str]] = {
        "stdout": [str(inputs), "-f", "jsonl", "-j", "1"],
        "html": [str(inputs), "-f", "html", "-o", str(root / "report.html")],
        "parts": [str(inputs), "-o", f"{root / 'parts'}/", "-j", "1"],
        "cut-short": [str(damaged), "-f", "jsonl", "-j", "1"],
        "unreadable": [str(locked), str(root / "shut-top"), "-f", "jsonl", "-j", "1"],
        "output-is-input": [str(root / "same.jsonl"), "-o", str(root / "same.jsonl")],
        "output-in-input": [str(inputs), "-o", str(inputs / "facts.jsonl")],
        "input-in-output": [str(inputs / "surrogates.jsonl"), "-o", f"{inputs}/"],
    }
    started: dict[str, Job] = {}
    for name, args in plans.items():
        folder = root / name
        folder.mkdir()
        with open(folder / "stdout", "wb") as stdout, open(folder / "stderr", "wb") as stderr:
            process = subprocess.Popen(command(*args), stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL,
                                       preexec_fn=_as_a_user if name == "unreadable" else None)
        started[name] = Job(process, folder)
    yield started
    for job in started.values():
        job.finish()
    for folder in (locked / "shut", root / "shut-top"):
        folder.chmod(0o755)


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


def test_damaged_archives_and_record_files_keep_every_whole_record_and_name_the_damage(runs):
    job = runs["cut-short"].finish()
    damaged = job.folder.parent / "damaged"
    ids = [record["id"] for record in _records(job.stdout)]
    truncated = (damaged / "records.jsonl.gz").read_bytes()
    inflated = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(truncated)
    whole_lines = inflated[: inflated.rfind(b"\n") + 1].decode("utf-8").splitlines()
    assert ids == (
        [f"https://news.example/sport/{number}" for number in range(2)]  # crawl.warc
        + [f"https://news.example/sport/{number}" for number in range(9)]  # crawl.warc.gz
        + [f"{damaged}/dots.zip:.hidden-story.txt", f"{damaged}/dots.zip:story.txt"]
        + [json.loads(line)["id"] for line in whole_lines]
        + ["c2", "c3"])  # rows.csv
    assert len(whole_lines) > 90
    gzip_cut = "corrupt gzip data (Compressed file ended before the end-of-stream marker was reached)"
    lines = job.stderr.splitlines()
    assert [line.split(" (")[0] for line in lines[:2]] == [
        f"extractor: {damaged}/crawl.warc:3: WARC record cut short",
        f"extractor: {damaged}/crawl.warc.gz:10: WARC record cut short"]
    assert lines[2:] == [
        f"extractor: {damaged}/crawl.warc.gz: {gzip_cut}; the whole records before it were read",
        f"extractor: {damaged}/records.jsonl.gz: {gzip_cut}; the whole records before it were read",
        f"extractor: {damaged}/rows.csv:2: invalid CSV row: a quoted field is never closed; read on from the next "
        "line",
        f"extractor: 5 of {len(ids) + 5} inputs failed"]
    assert job.status == 1


def test_unreadable_directories_are_error_lines_and_the_readable_ones_are_read(runs):
    job = runs["unreadable"].finish()
    root = job.folder.parent
    assert [record["id"] for record in _records(job.stdout)] == [
        f"{root}/locked-tree/open/story.txt", f"{root}/locked-tree/zz/story.txt"]
    assert job.stderr.splitlines() == [
        f"extractor: {root}/locked-tree/shut: cannot read directory: Permission denied",
        f"extractor: {root}/shut-top: cannot read directory: Permission denied",
        "extractor: 2 of 4 inputs failed"]
    assert job.status == 1
