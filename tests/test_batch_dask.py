"""The Dask engine (--engine dask): the same records as a local run, the same resume, one-line usage errors.

One LocalCluster of two worker processes serves the whole module; each CLI run connects to it with
``--scheduler ADDRESS`` (the cluster itself is started by ``cluster.connect("local", ...)``, the code
behind ``--scheduler local``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

import extractor as package
from extractor import shards
from extractor.cli import app, route
from extractor.pipeline import resolve_model

# Wire-copy patterns: an arrest count with a place and weekday, an attributed direct quote, company
# results with a percentage and an amount, a crossing count attributed to officials.
SENTENCES = (
    "Riot police detained {n} protesters outside the parliament in Skopje on Friday.",
    '"There is no money left for the harvest," the farm minister told reporters on {n} May.',
    "The carmaker said quarterly profit fell {n} pct to 310 mln euros.",
    "Around {n},000 people fled the fighting over the weekend, aid officials said.",
)

runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed] (pip install '.[dask]')")
    from extractor import cluster

    with cluster.connect("local", workers=2, model=resolve_model(None)) as client:
        yield client.scheduler.address


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """Small text files, a file that is not the JSON its name says, and a JSON Lines file with a bad line."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(4):
        (folder / f"story-{n}.txt").write_text(SENTENCES[n].format(n=n + 3), encoding="utf-8")
    (folder / "broken.json").write_text("{this is not json", encoding="utf-8")
    lines = [json.dumps({"id": f"wire-{n}", "text": SENTENCES[n % 4].format(n=n + 20)}) for n in range(5)]
    lines.insert(3, "{cut off")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _records(folder: Path) -> dict[str, list[dict]]:
    return {path.name: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            for path in sorted(folder.glob("part-*"))}


def _counts(folder: Path) -> list[tuple[int, str, int, int]]:
    entries = [json.loads(line) for line in (folder / shards.MANIFEST).read_text(encoding="utf-8").splitlines()]
    return sorted((e["shard"], e["input"], e["records"], e["errors"]) for e in entries if e["status"] == "complete")


def _dask(archive: Path, out: Path, scheduler: str, *extra: str):
    return runner.invoke(app, route([str(archive), "-o", f"{out}/", "--engine", "dask", "--scheduler", scheduler,
                                     *extra]))


def test_dask_run_writes_the_records_of_a_local_run(extractor, scheduler: str, archive: Path, tmp_path: Path) -> None:
    local, dask = tmp_path / "local", tmp_path / "dask"
    alone = runner.invoke(app, route([str(archive), "-o", f"{local}/", "-j", "2"]))
    assert alone.exit_code == 1 and isinstance(alone.exception, SystemExit), alone.exception
    result = _dask(archive, dask, scheduler)
    assert result.exit_code == 1, result.stderr
    assert _records(dask) == _records(local)
    assert _counts(dask) == _counts(local)
    assert [(records, errors) for _, _, records, errors in _counts(dask)] == [(0, 1), (1, 0), (1, 0), (1, 0), (1, 0),
                                                                              (5, 1)]
    assert "wire.jsonl:4: invalid JSON line" in result.stderr
    assert not list(dask.glob("*.partial"))


def test_resumed_dask_run_loses_and_duplicates_nothing(extractor, scheduler: str, archive: Path,
                                                       tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert _dask(archive, whole, scheduler).exit_code == 1
    assert _dask(archive, resumed, scheduler).exit_code == 1
    # As a kill leaves it: one part never finished, the JSON Lines part half written with a torn last
    # line, and neither shard logged complete.
    (resumed / "part-000001.jsonl").unlink()
    wire = (resumed / "part-000005.jsonl").read_text(encoding="utf-8").splitlines()
    (resumed / "part-000005.jsonl.partial").write_text("\n".join(wire[:2]) + "\n" + wire[2][:30], encoding="utf-8")
    (resumed / "part-000005.jsonl").unlink()
    manifest = (resumed / shards.MANIFEST).read_text(encoding="utf-8").splitlines()
    kept = [line for line in manifest if '"complete"' not in line or json.loads(line)["shard"] not in (1, 5)]
    (resumed / shards.MANIFEST).write_text("\n".join(kept) + "\n", encoding="utf-8")

    again = _dask(archive, resumed, scheduler, "--resume")
    assert again.exit_code == 1, again.stderr
    assert "skipped 4 inputs already complete and 2 records already written" in again.stderr
    assert _records(resumed) == _records(whole)
    assert _counts(resumed) == _counts(whole)


def test_dask_run_counts_what_it_leaves_out_as_a_local_run(extractor, scheduler: str, archive: Path,
                                                           tmp_path: Path) -> None:
    """Skipped files are found where the shards are planned, articles in another language where they run."""
    lines = (archive / "wire.jsonl").read_text(encoding="utf-8")
    german = "Die Polizei hat am Montag in Berlin zwölf Menschen festgenommen, teilte ein Sprecher der Behörde mit."
    (archive / "wire.jsonl").write_text(lines + json.dumps({"id": "de", "text": german}) + "\n", encoding="utf-8")
    (archive / "film.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHello.\n", encoding="utf-8")
    local, dask = tmp_path / "local", tmp_path / "dask"
    alone = runner.invoke(app, route([str(archive), "-o", f"{local}/", "-j", "1", "--language-filter", "en"]))
    result = _dask(archive, dask, scheduler, "--language-filter", "en")
    assert result.exit_code == alone.exit_code == 1, result.stderr
    assert _records(dask) == _records(local)
    closing = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert closing == ["extractor: skipped 1 file (.srt)", "extractor: skipped 1 article not in English"]


def test_dask_engine_needs_a_directory_output(archive: Path) -> None:
    result = runner.invoke(app, route([str(archive), "--engine", "dask"]))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "extractor: --engine dask writes a directory of parts: add -o DIR/ (on a filesystem every worker sees)"]


def test_scheduler_needs_the_dask_engine(archive: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, route([str(archive), "-o", f"{tmp_path}/out/", "--scheduler", "local"]))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["extractor: --scheduler needs --engine dask"]


def test_missing_dask_is_one_line_saying_what_to_install(archive: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "extractor.cluster", None)  # as if distributed were not installed
    monkeypatch.delattr(package, "cluster", raising=False)
    result = runner.invoke(app, route([str(archive), "-o", f"{tmp_path}/out/", "--engine", "dask"]))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["extractor: --engine dask needs Dask: pip install 'newsfacts-extractor[dask]'"]
    assert not (tmp_path / "out").exists()


def test_unreachable_scheduler_is_one_line(archive: Path, tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed] (pip install '.[dask]')")
    from extractor import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 0.5)
    result = runner.invoke(app, route([str(archive), "-o", f"{tmp_path}/out/", "--engine", "dask",
                                       "--scheduler", "tcp://127.0.0.1:9"]))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("extractor: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()


def test_dask_engine_does_not_read_standard_input(tmp_path: Path) -> None:
    result = runner.invoke(app, route(["-", "-o", f"{tmp_path}/out/", "--engine", "dask"]),
                           input="Riot police detained 40 protesters.")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["extractor: --engine dask reads input files every worker sees, not "
                                          "standard input"]
