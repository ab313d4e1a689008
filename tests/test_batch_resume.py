"""Directory output (-o DIR/): part files, a manifest, and a killed job resumed to exactly the uninterrupted records."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import shards
from extractor.cli import app, route
from extractor.command.driver import run
from extractor.command.options import Format
from extractor.context import Environment
from extractor.readers import read_inputs

# Wire-copy sentences: a count with a place and a weekday, an attributed direct quote, company results.
SENTENCES = (
    "Police arrested {n} people in Belgrade on Monday.",
    '"We will not stop," the minister said on {n} March.',
    "The company said profit rose {n} pct to 40 mln dlrs in 1986.",
)

runner = CliRunner()


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(5):
        (folder / f"story-{n}.txt").write_text(SENTENCES[n % 3].format(n=n + 2), encoding="utf-8")
    lines = [json.dumps({"id": f"wire-{n}", "text": SENTENCES[n % 3].format(n=n + 10)}) for n in range(4)]
    lines.insert(2, "{broken")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _parts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("part-*"))}


def _complete(folder: Path) -> list[dict]:
    entries = [json.loads(line) for line in (folder / shards.MANIFEST).read_text(encoding="utf-8").splitlines()]
    return sorted((e for e in entries if e["status"] == "complete"), key=lambda e: e["shard"])


def test_directory_output_writes_a_part_per_input_and_a_manifest(extractor, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, route([str(archive), "-o", f"{out}/", "--workers", "1"]))
    assert result.exit_code == 1  # the broken JSON line
    parts = _parts(out)
    assert sorted(parts) == [f"part-{n:06d}.jsonl" for n in range(6)]
    wire = [json.loads(line) for line in parts["part-000005.jsonl"].splitlines()]
    assert [r["id"] for r in wire] == ["wire-0", "wire-1", f"{archive}/wire.jsonl:3", "wire-2", "wire-3"]
    assert "error" in wire[2]
    assert [(e["records"], e["errors"]) for e in _complete(out)][-1] == (4, 1)
    assert not list(out.glob("*.partial"))


def test_directory_in_use_needs_resume_and_resume_needs_a_directory(extractor, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, route([str(archive / "story-0.txt"), "-o", f"{out}/"])).exit_code == 0
    again = runner.invoke(app, route([str(archive / "story-0.txt"), "-o", f"{out}/"]))
    assert again.exit_code == 2 and "--resume" in again.stderr
    assert runner.invoke(app, route([str(archive), "--resume"])).exit_code == 2
    assert runner.invoke(app, route([str(archive), "-o", f"{out}/", "-f", "csv"])).exit_code == 2


def test_interrupted_and_resumed_job_has_exactly_the_uninterrupted_records(extractor, archive: Path,
                                                                          tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert runner.invoke(app, route([str(archive), "-o", f"{whole}/", "-j", "1"])).exit_code == 1

    class StoppedAfterEightLines(shards.PartDirectory):
        """Ctrl-C half-way through the last input: after its first three lines (one an error record)."""

        lines = 0

        def _count(self) -> None:
            if self.lines == 8:
                raise KeyboardInterrupt
            self.lines += 1

        def write(self, facts, article=None) -> None:
            self._count()
            super().write(facts, article)

        def write_error(self, error) -> None:
            self._count()
            super().write_error(error)

    parts = StoppedAfterEightLines(resumed)
    with pytest.raises(KeyboardInterrupt):
        run(extractor, parts.items([str(archive)], lambda path: read_inputs([path])), Environment(), Format.jsonl,
            None, None, None, workers=1, parts=parts)
    partial = resumed / "part-000005.jsonl.partial"
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 3
    with open(partial, "a", encoding="utf-8") as handle:
        handle.write('{"schema_version": 1, "id": "wire-2", "sour')  # a line torn by a kill

    again = runner.invoke(app, route([str(archive), "-o", f"{resumed}/", "-j", "1", "--resume"]))
    assert again.exit_code == 1
    assert "skipped 5 inputs already complete and 3 records already written" in again.stderr
    assert _parts(resumed) == _parts(whole)
    assert [(e["input"], e["records"], e["errors"]) for e in _complete(resumed)] == \
        [(e["input"], e["records"], e["errors"]) for e in _complete(whole)]


def test_killed_process_resumed_loses_and_duplicates_nothing(extractor, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"{n:03d}.txt").write_text(SENTENCES[n % 3].format(n=n), encoding="utf-8")
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    assert runner.invoke(app, route([str(folder), "-o", f"{whole}/", "-j", "1"])).exit_code == 0
    command = [sys.executable, "-m", "extractor", str(folder), "-o", f"{killed}/", "-j", "1"]
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while job.poll() is None and time.monotonic() < deadline:
        if len(list(killed.glob("part-*.jsonl"))) >= 3:
            os.kill(job.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    job.wait()
    finished = runner.invoke(app, route([str(folder), "-o", f"{killed}/", "-j", "1", "--resume"]))
    assert finished.exit_code == 0, finished.stderr
    assert _parts(killed) == _parts(whole)


def test_ctrl_c_says_how_to_resume_and_exits_130(extractor, archive: Path, tmp_path: Path, monkeypatch) -> None:
    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("extractor.command.driver.run", stopped)
    result = runner.invoke(app, route([str(archive), "-o", f"{tmp_path / 'out'}/", "-j", "2"]))
    assert result.exit_code == 130
    assert "--resume" in result.stderr


def test_ctrl_c_in_a_shard_of_a_one_worker_job_keeps_its_part_for_resume(extractor, archive: Path,
                                                                        tmp_path: Path, monkeypatch) -> None:
    whole, out = tmp_path / "whole", tmp_path / "out"
    assert runner.invoke(app, route([str(archive), "-o", f"{whole}/", "-j", "2"])).exit_code == 1
    extract_shards = shards.extract_shards

    def stopped_in_the_last_input(extractor, tasks, **kwargs):
        """Ctrl-C after the first line of the JSON Lines input (the sixth shard)."""
        told = kwargs["on_outcome"]

        def ctrl_c(outcome) -> None:
            told(outcome)
            if "wire.jsonl" in outcome.article.source:
                raise KeyboardInterrupt

        return extract_shards(extractor, tasks, **{**kwargs, "on_outcome": ctrl_c})

    monkeypatch.setattr(shards, "extract_shards", stopped_in_the_last_input)
    result = runner.invoke(app, route([str(archive), "-o", f"{out}/", "-j", "1"]))
    assert result.exit_code == 130
    assert "--resume" in result.stderr
    assert len((out / "part-000005.jsonl.partial").read_text(encoding="utf-8").splitlines()) == 1
    monkeypatch.setattr(shards, "extract_shards", extract_shards)
    again = runner.invoke(app, route([str(archive), "-o", f"{out}/", "-j", "1", "--resume"]))
    assert again.exit_code == 1
    assert "skipped 5 inputs already complete and 1 records already written" in again.stderr
    assert _parts(out) == _parts(whole)


def test_partial_part_that_does_not_match_its_input_starts_over(extractor, archive: Path, tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert runner.invoke(app, route([str(archive), "-o", f"{whole}/", "-j", "1"])).exit_code == 1
    resumed.mkdir()
    lines = (whole / shards.MANIFEST).read_text(encoding="utf-8").splitlines()
    started = [line for line in lines if '"started"' in line]
    (resumed / shards.MANIFEST).write_text("\n".join(started) + "\n", encoding="utf-8")
    first_line = (whole / "part-000005.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (resumed / "part-000005.jsonl.partial").write_text(first_line + "\n" + first_line + "\n", encoding="utf-8")
    again = runner.invoke(app, route([str(archive), "-o", f"{resumed}/", "-j", "1", "--resume"]))
    assert again.exit_code == 1
    assert _parts(resumed) == _parts(whole)
