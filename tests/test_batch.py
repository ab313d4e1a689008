"""Batch runs: worker count from the machine's limits, a process pool that keeps input order and errors in place."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from extractor import batch
from extractor.cli import app, route
from extractor.command.driver import run
from extractor.command.options import Format
from extractor.context import Environment
from extractor.readers import InputError, article_from_text, single_article_count

# Short news sentences (Reuters-style wire copy: counts, a place, an attributed quote).
SENTENCES = (
    "Police arrested 12 people in Belgrade on Monday.",
    '"We will not stop," the minister said on Tuesday.',
    "The company said profit rose 15 pct to 40 mln dlrs in 1986.",
    "About 3,000 migrants crossed the border last week, officials said.",
)

runner = CliRunner()


def _items(count: int):
    for n in range(count):
        if n % 5 == 3:
            yield InputError(f"bad-{n}", "unreadable input")
        else:
            yield article_from_text(SENTENCES[n % len(SENTENCES)], id=f"a{n}", source=f"a{n}")


def _records(outcomes):
    return [o.facts.to_dict() if o.error is None else ("error", o.error.source, o.error.reason) for o in outcomes]


def test_cgroup_v2_quota_caps_the_workers(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert batch._cgroup_quota(tmp_path) == 1
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert batch._cgroup_quota(tmp_path) is None


def test_cgroup_v1_quota_caps_the_workers(tmp_path: Path) -> None:
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("400000\n")
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert batch._cgroup_quota(tmp_path) == 4
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("-1\n")
    assert batch._cgroup_quota(tmp_path) is None


def test_usable_cpus_is_at_least_one() -> None:
    assert batch.usable_cpus() >= 1


def test_pool_keeps_input_order_ids_and_errors_in_place(extractor) -> None:
    alone = _records(extractor.process(_items(11)))
    pooled = _records(batch.process(extractor, _items(11), workers=2, batch_size=2))
    assert pooled == alone
    assert [r[1] if isinstance(r, tuple) else r["id"] for r in pooled][:5] == ["a0", "a1", "a2", "bad-3", "a4"]


def test_unordered_pool_gives_every_record_once_with_batches_in_order_inside(extractor) -> None:
    alone = _records(extractor.process(_items(11)))
    unordered = _records(batch.process(extractor, _items(11), workers=2, batch_size=2, ordered=False))
    assert sorted(map(repr, unordered)) == sorted(map(repr, alone))
    ids = [r[1] if isinstance(r, tuple) else r["id"] for r in unordered]
    for first, second in (("a0", "a1"), ("a2", "bad-3")):  # batches of two
        assert ids.index(second) == ids.index(first) + 1


def test_unordered_is_refused_with_a_directory_output(tmp_path: Path) -> None:
    result = runner.invoke(app, route(["-", "--unordered", "-o", f"{tmp_path}/out/"]), input="Police arrested 12 people.")
    assert result.exit_code == 2


def test_one_worker_and_a_small_job_run_in_this_process(extractor, monkeypatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(batch, "_pooled", no_pool)
    assert len(list(batch.process(extractor, _items(7), workers=1, batch_size=2))) == 7
    assert len(list(batch.process(extractor, _items(2), workers=4, batch_size=2))) == 2
    assert list(batch.process(extractor, [], workers=4)) == []


def test_workers_option_gives_the_same_lines_as_one_worker(extractor, tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "text": SENTENCES[n % len(SENTENCES)]}) for n in range(40)]
    lines.insert(20, "{not json")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = runner.invoke(app, route([str(path), "--workers", "1", "--errors-as-records", "-f", "jsonl"]))
    two = runner.invoke(app, route([str(path), "--workers", "2", "--errors-as-records", "-f", "jsonl", "--quiet"]))
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert len(ids) == 41 and ids[:2] == ["r0", "r1"] and ids[-1] == "r39"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_counts_articles_and_errors_on_stderr(extractor) -> None:
    stderr, stdout = _Terminal(), io.StringIO()
    env = Environment(stdout=stdout, stderr=stderr)
    failures = run(extractor, _items(6), env, Format.jsonl, None, None, None, progress=True)
    assert failures == 1
    assert len(stdout.getvalue().splitlines()) == 5
    shown = stderr.getvalue()
    assert "6 articles" in shown and "1 errors" in shown
    assert "extractor: bad-3: unreadable input" in shown


def test_progress_line_shows_the_total_and_an_eta_when_the_job_size_is_known(extractor) -> None:
    stderr = _Terminal()
    env = Environment(stdout=io.StringIO(), stderr=stderr)
    run(extractor, _items(6), env, Format.jsonl, None, None, None, progress=True, total=6)
    assert "6 of 6 articles" in stderr.getvalue() and "ETA" in stderr.getvalue()


def test_job_size_is_known_only_when_every_input_is_one_article(tmp_path) -> None:
    for name in ("a.txt", "b.html", "c.TXT"):
        (tmp_path / name).write_text("Police arrested 12 people.", encoding="utf-8")
    assert single_article_count([str(tmp_path)]) == 3
    assert single_article_count([str(tmp_path), str(tmp_path / "missing-*.txt")]) == 4  # one failed input
    (tmp_path / "more.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    assert single_article_count([str(tmp_path)]) is None
    assert single_article_count([str(tmp_path)], input_format="text") == 4
    assert single_article_count(["-"]) is None


def test_zero_workers_is_a_usage_error() -> None:
    result = runner.invoke(app, route(["-", "--workers", "0"]), input="Police arrested 12 people.")
    assert result.exit_code == 2


def test_speed_benchmark_reads_current_and_command_memory(extractor) -> None:
    from benchmarks.speed import cli_peak_rss_mb, current_rss_mb, model_name

    assert 1 < current_rss_mb() < 100_000
    assert 50 < cli_peak_rss_mb(model_name(extractor), ["Police arrested 12 people on Monday."]) < 100_000
