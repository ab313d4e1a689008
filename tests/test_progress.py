"""The progress line on a terminal's stderr (issue 23): drawn for more than one article, cleared before anything
else is printed to the terminal and at the end, its ETA from a moving window, its clock moving on a timer."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.progress import ProgressLine

from .conftest import ROOT, SAMPLE
from .test_skips import NOT_ENGLISH

CLEAR = "\r\x1b[2K"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def screen(written: str) -> list[str]:
    """What a terminal shows: each row as its last clear left it."""
    return [row.split(CLEAR)[-1].split("\r")[-1] for row in written.split("\n")]


def test_the_eta_follows_the_recent_rate_not_the_whole_runs_average() -> None:
    clock = FakeClock()
    line = ProgressLine(io.StringIO(), total=1000, window=10.0, every=60.0, clock=clock)
    clock.now += 50  # the model warming up, the workers starting: one article in 50 s
    line.advance()
    for _ in range(20):  # then 10 articles a second
        clock.now += 1
        line.advance(done=10)
    assert line.rate(clock.now) == 10.0
    assert "ETA 0:01:19" in line.text(clock.now)  # 799 left at 10/s; the whole run's 2.9/s said 0:04:35
    line.close()


def test_the_line_is_cleared_before_a_message_and_left_behind_by_nothing() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream, every=60.0)
    line.advance()
    line.message("extractor: bad.json: invalid JSON")
    line.advance()
    line.close()
    assert screen(stream.getvalue()) == ["extractor: bad.json: invalid JSON", ""]


def test_the_clock_moves_between_articles() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream, every=0.05)
    line.advance()
    time.sleep(0.3)
    line.close()
    assert stream.getvalue().count(CLEAR) >= 4


def run_in_terminal(*args: str) -> str:
    """The command with stdout and stderr on one pseudo-terminal, as a user sees it."""
    main, child = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "extractor", *args], stdin=subprocess.DEVNULL, stdout=child,
                               stderr=child, cwd=ROOT, env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"})
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(60)
    os.close(main)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_one_article_on_a_terminal_gets_no_progress_line() -> None:
    written = run_in_terminal(str(SAMPLE.relative_to(ROOT)))
    assert "articles/s" not in written and screen(written)[0].startswith("serbia-migrants-2023-11-09.txt")


def test_progress_is_cleared_before_each_summary_and_never_left_behind(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    rows = screen(run_in_terminal(str(tmp_path / "a.txt"), str(tmp_path / "b.txt")))
    assert not any("articles/s" in row for row in rows)
    assert [row.split()[0] for row in rows if re.match(r"[ab]\.txt  ·", row)] == ["a.txt", "b.txt"]


def test_records_passed_over_count_toward_the_total_and_are_shown() -> None:
    clock = FakeClock()
    line = ProgressLine(io.StringIO(), total=10, every=60.0, clock=clock)
    line.skip(6)  # left out by --language-filter before the first article was extracted
    clock.now += 1
    line.advance(done=4, failed=1)
    assert line.text(clock.now).startswith("10 of 10 articles  10.0 articles/s  1 errors  6 skipped  ")
    assert line.text(clock.now).endswith("ETA 0:00:00")
    line.close()


def drawn(written: str) -> list[str]:
    """Every progress line the command drew, in order."""
    return [text for text in written.split(CLEAR) if "articles/s" in text]


@pytest.mark.parametrize("output", ["facts.jsonl", "parts/"], ids=["stream", "shards"])
def test_articles_the_language_filter_leaves_out_move_the_progress_line(tmp_path: Path, output: str) -> None:
    """A batch that skips most of its records once sat at '1 of 4 articles' and never reached its total."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "en.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in NOT_ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")
    written = run_in_terminal(str(folder), "--language-filter", "en", "-o", str(tmp_path / output), "-j", "1")
    last = drawn(written)[-1]
    assert last.startswith("4 of 4 articles") and "3 skipped" in last and "0 errors" in last
    assert "skipped 3 articles not in English" in written
