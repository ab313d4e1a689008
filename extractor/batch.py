"""Batch runs over many articles: all cores, in input order, with memory that stays flat.

The unit of work is ``extract_batch``: a list of articles in, their facts (or one error each) out.
The same function runs in this process (``--workers 1``), in each process of a local pool, so
there is one code path. Workers are forked from a parent that already holds the pipeline, so the
model is loaded once and shared copy-on-write; where fork is unavailable each worker loads it once.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Generator, Iterable, Iterator, Optional, Union

from .core import Extractor, Outcome
from .facts import ArticleFacts
from .readers import STDIN, Article, InputError, expand_inputs
from .writers import JsonLinesWriter, Writer, dumps

Item = Union[Article, InputError]
# What a worker sends back per article: its facts, or the reason it failed (InputError does not pickle).
Result = tuple[Optional[ArticleFacts], Optional[str]]

BATCH_SIZE = 32
# Batches handed out ahead per worker, so no worker waits while results are written in order.
AHEAD_PER_WORKER = 2

_WORKER: Optional[Extractor] = None


def usable_cpus() -> int:
    """CPUs this process may run on: its affinity mask, capped by a cgroup CPU quota (containers)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    quota = _cgroup_quota()
    return max(1, min(cpus, quota) if quota else cpus)


def _cgroup_quota(root: Path = Path("/sys/fs/cgroup")) -> Optional[int]:
    """Whole CPUs allowed by a cgroup v2 ``cpu.max`` or v1 ``cpu.cfs_quota_us`` limit, if any."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
        if quota != "max":
            return max(1, int(int(quota) / int(period)))
        return None
    except (OSError, ValueError):
        pass
    try:
        quota_us = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period_us = int((root / "cpu" / "cpu.cfs_period_us").read_text())
        return max(1, quota_us // period_us) if quota_us > 0 and period_us > 0 else None
    except (OSError, ValueError):
        return None


def extract_batch(extractor: Extractor, articles: list[Article]) -> list[Result]:
    """Facts of each article, in order; the per-shard function every engine maps.

    Runs inside the pipeline's memory zone, so strings and lexemes the batch added are freed
    afterwards and a long run does not grow; the facts are plain dicts, independent of the docs.
    """
    with extractor.nlp.memory_zone():
        return [(outcome.facts, outcome.error.reason if outcome.error else None)
                for outcome in extractor.process(articles, batch_size=max(1, len(articles)))]


def _init_worker(model: Optional[str]) -> None:
    """Pool initializer: keep the pipeline inherited from the parent (fork), else load it once.

    Workers ignore Ctrl-C: the parent alone decides to stop, and finishes or drops the batches in flight.
    """
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _WORKER is None:
        _WORKER = Extractor.shared(model)


def _worker_batch(articles: list[Article]) -> list[Result]:
    assert _WORKER is not None
    return extract_batch(_WORKER, articles)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _outcomes(batch: list[Item], results: list[Result]) -> Iterator[Outcome]:
    """Put a batch's results back in line with its reading errors, in input order."""
    done = iter(results)
    for item in batch:
        if isinstance(item, InputError):
            yield Outcome(None, error=item)
            continue
        facts, reason = next(done)
        if reason is not None:
            yield Outcome(item, error=InputError(item.source, reason))
        else:
            yield Outcome(item, facts=facts)


def _articles(batch: list[Item]) -> list[Article]:
    return [item for item in batch if isinstance(item, Article)]


def process(
    extractor: Extractor,
    items: Iterable[Item],
    *,
    workers: int = 1,
    model: Optional[str] = None,
    batch_size: int = BATCH_SIZE,
) -> Generator[Outcome, None, None]:
    """An ``Outcome`` per article or reading error, in input order, using ``workers`` processes.

    Input is read lazily and at most ``workers * AHEAD_PER_WORKER`` batches are in flight, so an
    archive of any size streams. A job that fits in one batch never starts a pool: starting
    workers would cost more than it saves. ``model`` is what a worker loads when it cannot fork.
    """
    batches = _batches(items, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers <= 1 or second is None:
        for batch in (first, second) if second is not None else (first,):
            yield from _outcomes(batch, extract_batch(extractor, _articles(batch)))
        for batch in batches:
            yield from _outcomes(batch, extract_batch(extractor, _articles(batch)))
        return
    yield from _pooled(extractor, _chain(first, second, batches), workers, model)


def _chain(first: list[Item], second: list[Item], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield first
    yield second
    yield from rest


def _pooled(extractor: Extractor, batches: Iterator[list[Item]], workers: int, model: Optional[str]) -> Iterator[Outcome]:
    global _WORKER
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _WORKER = extractor  # inherited by forked workers: no second load
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(model,))
        try:
            pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
            limit = workers * AHEAD_PER_WORKER
            for batch in batches:
                pending.append((batch, pool.submit(_worker_batch, _articles(batch))))
                while len(pending) >= limit:
                    done, future = pending.popleft()
                    yield from _outcomes(done, future.result())
            while pending:
                done, future = pending.popleft()
                yield from _outcomes(done, future.result())
        finally:  # also when the reader stops early (Ctrl-C): drop batches not started, end the workers
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _WORKER = None


class ProgressLine:
    """Articles done, articles/s and errors on a terminal's stderr, redrawn at most every ``every`` seconds.

    Refreshed by the caller rather than by rich's timer thread, so no thread is running when workers
    are forked. Messages (error lines) are printed above the line instead of through it.
    """

    def __init__(self, stream: IO[str], every: float = 0.2) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed:,} articles"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TextColumn("{task.fields[errors]:,} errors"),
            TimeElapsedColumn(),
            console=Console(file=stream, stderr=True),
            auto_refresh=False,
            transient=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("extract", total=None, rate=0.0, errors=0)
        self.every = every
        self.started = self.shown = time.monotonic()
        self.done = self.errors = 0
        self.progress.start()

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.errors += failed
        now = time.monotonic()
        if now - self.shown >= self.every:
            self._show(now)

    def message(self, text: str) -> None:
        self.progress.console.print(text, markup=False, highlight=False, soft_wrap=True)

    def _show(self, now: float) -> None:
        self.shown = now
        rate = self.done / (now - self.started) if now > self.started else 0.0
        self.progress.update(self.task, completed=self.done, rate=rate, errors=self.errors)
        self.progress.refresh()

    def close(self) -> None:
        self._show(time.monotonic())
        self.progress.stop()


MANIFEST = "manifest.jsonl"


class DirectoryInUse(Exception):
    """The output directory already holds a job's manifest and ``--resume`` was not given."""


@dataclass
class Shard:
    """One input (a file, or standard input) and the part file its records go to."""

    index: int
    input: str
    sha256: Optional[str]
    part: str
    records: int = 0
    errors: int = 0
    handle: Optional[IO[str]] = None


def is_directory_output(path: str) -> bool:
    """``-o DIR/`` or ``-o`` an existing directory asks for part files and a manifest."""
    return path.endswith(("/", os.sep)) or Path(path).is_dir()


class PartDirectory(Writer):
    """Output as a directory: one JSON Lines part per input, completed by rename, and a manifest.

    The manifest is an append-only JSON Lines log (one ``started`` and one ``complete`` line per
    shard, each written whole and flushed), so it stays cheap over a million inputs and a kill can
    only lose its last line. Every input gets a line in its part, failures as error records, so a
    resumed job can count what a part already holds. ``--resume`` skips a shard whose part is
    complete and whose input has the same SHA-256, and continues a partial part after its last
    whole line once the ids (sources) of the lines written match the input's first records.
    """

    def __init__(self, folder: Path, only: Optional[tuple[str, ...]] = None, *, resume: bool = False) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.manifest_path = folder / MANIFEST
        if self.manifest_path.exists() and not resume:
            raise DirectoryInUse(f"{folder} holds an earlier job ({MANIFEST}); add --resume to continue it, "
                                 "or choose another directory")
        self.known = _read_manifest(self.manifest_path) if resume else {}
        _cut_torn_line(self.manifest_path)
        self.manifest = open(self.manifest_path, "a", encoding="utf-8")
        super().__init__(self.manifest, only)
        self.open: deque[Shard] = deque()
        self.owner: dict[int, Shard] = {}
        self.skipped_shards = self.skipped_records = self.skipped_errors = self.written = 0

    def items(self, inputs: Iterable[str], read: Callable[[str], Iterable[Item]]) -> Iterator[Item]:
        """Every item still to do, input by input, after what earlier runs of the same job wrote."""
        for index, path in enumerate(expand_inputs(inputs)):
            name = path.source if isinstance(path, InputError) else path
            shard = Shard(index, name, _sha256(name) if not isinstance(path, InputError) else None,
                          f"part-{index:06d}.jsonl")
            earlier = self.known.get(index, {})
            same = bool(shard.sha256) and earlier.get("input") == name and earlier.get("sha256") == shard.sha256
            if same and earlier.get("status") == "complete" and (self.folder / shard.part).exists():
                self.skipped_shards += 1
                self.skipped_errors += int(earlier.get("errors", 0))
                continue
            kept = self._kept_lines(shard) if same else []
            self._log(shard, "started")
            self.open.append(shard)
            if isinstance(path, InputError):
                self.owner[id(path)] = shard
                yield path
                continue
            yield from self._remaining(shard, path, read, kept)

    def _remaining(self, shard: Shard, path: str, read: Callable[[str], Iterable[Item]],
                   kept: list[tuple[str, bool]]) -> Iterator[Item]:
        """The input's items after the ``kept`` lines; if those do not match it, the part starts over."""
        for number, item in enumerate(read(path)):
            if number < len(kept):
                source, failed = kept[number]
                if source == _source(item):
                    self.skipped_records += 1
                    self.skipped_errors += failed
                    shard.errors += failed
                    shard.records += not failed
                    continue
                self._restart(shard)
                self.skipped_records -= number
                self.skipped_errors -= shard.errors
                shard.records = shard.errors = 0
                yield from self._remaining(shard, path, read, [])
                return
            self.owner[id(item)] = shard
            yield item

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        shard = self._shard_of(article)
        self._writer(shard).write(facts)
        shard.records += 1
        self.written += 1

    def write_error(self, error: InputError) -> None:
        shard = self._shard_of(error)
        self._writer(shard).write_error(error)
        shard.errors += 1

    def close(self) -> None:
        """Complete every shard: the input has been read to its end."""
        while self.open:
            self._complete(self.open.popleft())
        self.manifest.close()

    def abandon(self) -> None:
        """Stop without completing the shard in progress: its part stays ``.partial`` for ``--resume``."""
        for shard in self.open:
            if shard.handle is not None:
                shard.handle.close()
        self.open.clear()
        self.manifest.close()

    def _shard_of(self, item: Any) -> Shard:
        shard = self.owner.pop(id(item))
        while self.open and self.open[0] is not shard:  # results come in input order: earlier shards are done
            self._complete(self.open.popleft())
        return shard

    def _writer(self, shard: Shard) -> JsonLinesWriter:
        if shard.handle is None:
            shard.handle = open(self._partial(shard), "a", encoding="utf-8", newline="")
        return JsonLinesWriter(shard.handle, self.only)

    def _complete(self, shard: Shard) -> None:
        if shard.handle is None:
            shard.handle = open(self._partial(shard), "a", encoding="utf-8", newline="")
        shard.handle.flush()
        os.fsync(shard.handle.fileno())
        shard.handle.close()
        os.replace(self._partial(shard), self.folder / shard.part)
        self._log(shard, "complete")

    def _partial(self, shard: Shard) -> Path:
        return self.folder / f"{shard.part}.partial"

    def _kept_lines(self, shard: Shard) -> list[tuple[str, bool]]:
        """Source, and whether it failed, of each whole line an interrupted run left in this shard's partial part
        (a torn last line is cut)."""
        partial = self._partial(shard)
        if not partial.exists():
            return []
        whole = _cut_torn_line(partial)
        try:
            records = [json.loads(line) for line in whole.decode("utf-8").splitlines()]
            return [(record["source"], "error" in record) for record in records]
        except (ValueError, KeyError, TypeError):
            self._restart(shard)
            return []

    def _restart(self, shard: Shard) -> None:
        self._partial(shard).unlink(missing_ok=True)

    def _log(self, shard: Shard, status: str) -> None:
        entry = {"shard": shard.index, "input": shard.input, "sha256": shard.sha256, "part": shard.part,
                 "status": status}
        if status == "complete":
            entry.update(records=shard.records, errors=shard.errors)
        self.manifest.write(dumps(entry) + "\n")
        self.manifest.flush()


def _source(item: Item) -> str:
    return item.source


def _cut_torn_line(path: Path) -> bytes:
    """Drop a last line a kill left without its newline; returns the whole lines kept."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with open(path, "r+b") as handle:
            handle.truncate(len(whole))
    return whole


def _sha256(path: str) -> Optional[str]:
    """Content hash of an input file; ``None`` for standard input, which cannot be read twice."""
    if path == STDIN:
        return None
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _read_manifest(path: Path) -> dict[int, dict[str, Any]]:
    """The last entry per shard of an earlier run's manifest; a torn last line is ignored."""
    entries: dict[int, dict[str, Any]] = {}
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            entries[int(entry["shard"])] = entry
        except (ValueError, KeyError, TypeError):
            continue
    return entries
