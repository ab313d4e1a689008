"""Batch runs over many articles: all cores, in input order, with memory that stays flat.

The unit of extraction is ``extract_batch``: a list of articles in, their facts (or one error each)
out, inside the pipeline's memory zone. ``process`` runs it in this process (``--workers 1``) or in
each process of a local pool. Pool workers are forked from a parent that already holds the
pipeline, so the model is loaded once and shared copy-on-write; where fork is unavailable each
worker loads it once.

A local job with several workers cannot hand out whole shards: one big input would then keep a
single worker busy. It streams batches that may span shards through the pool instead, and writes
the outcomes, back in input order, through the pieces ``shards.extract_shard`` is made of (``PartFile``:
the kept lines, the remaining items, line writes, completion by rename), so both paths resume
each other's parts.


Directory output (``-o DIR/``), shard by shard, is ``shards.py``.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import partial
from pathlib import Path
from typing import Generator, Iterable, Iterator, Optional, Union

from .context import at_hard_stop
from .core import Extractor, Outcome
from .facts import ArticleFacts
from .readers import Article, InputError

Item = Union[Article, InputError]
# What a worker sends back per article: its facts, or the reason it failed (InputError does not pickle).
Result = tuple[Optional[ArticleFacts], Optional[str]]

BATCH_SIZE = 32
# Batches handed out ahead per worker, so no worker waits while results are written in order.
AHEAD_PER_WORKER = 2
PR_SET_PDEATHSIG = 1  # Linux prctl(2): the signal a process gets when the thread that forked it ends
# Where that is not available, how often (seconds) a worker looks whether its parent is still there.
PARENT_CHECK_EVERY = 0.5

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


def _init_worker(model: Optional[str], parent: int) -> None:
    """Pool initializer: keep the pipeline inherited from the parent (fork), else load it once.

    Workers ignore Ctrl-C: the parent alone decides to stop, and ends them. They die with it too, however it ends.
    A ``kill`` ends a worker alone, not by the parent's handler it inherited (which cleans up the parent's output).
    """
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    if _WORKER is None:
        _WORKER = Extractor.shared(model)


def _die_with(parent: int) -> None:
    """End this worker when ``parent`` ends, even by ``kill -9`` or the OOM killer: an orphan would hold its
    couple of hundred MB forever, waiting for batches nobody sends. Linux kills it then (``PR_SET_PDEATHSIG``;
    the pool forks from the thread that iterates ``process``, which outlives the pool); elsewhere a thread
    watches for the parent to change."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), name="extractor-parent", daemon=True).start()
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_EVERY)
    os._exit(1)


def _worker_batch(articles: list[Article]) -> list[Result]:
    assert _WORKER is not None
    return extract_batch(_WORKER, articles)


def batches_of(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def outcomes_of(batch: list[Item], results: list[Result]) -> Iterator[Outcome]:
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


def articles_of(batch: list[Item]) -> list[Article]:
    return [item for item in batch if isinstance(item, Article)]


def process(
    extractor: Extractor,
    items: Iterable[Item],
    *,
    workers: int = 1,
    model: Optional[str] = None,
    batch_size: int = BATCH_SIZE,
    ordered: bool = True,
) -> Generator[Outcome, None, None]:
    """An ``Outcome`` per article or reading error, in input order, using ``workers`` processes.

    Input is read lazily and at most ``workers * AHEAD_PER_WORKER`` batches are in flight, so an
    archive of any size streams. A job that fits in one batch never starts a pool: starting
    workers would cost more than it saves. ``model`` is what a worker loads when it cannot fork.
    ``ordered=False`` gives each batch's outcomes as soon as it is done, so one slow batch (a very
    long article) does not hold back those after it; the outcomes within a batch keep their order.
    """
    batches = batches_of(items, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers <= 1 or second is None:
        for batch in (first, second) if second is not None else (first,):
            yield from outcomes_of(batch, extract_batch(extractor, articles_of(batch)))
        for batch in batches:
            yield from outcomes_of(batch, extract_batch(extractor, articles_of(batch)))
        return
    yield from _pooled(extractor, _chain(first, second, batches), workers, model, ordered)


def _chain(first: list[Item], second: list[Item], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield first
    yield second
    yield from rest


def _pooled(extractor: Extractor, batches: Iterator[list[Item]], workers: int, model: Optional[str],
            ordered: bool = True) -> Iterator[Outcome]:
    global _WORKER
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _WORKER = extractor  # inherited by forked workers: no second load
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(model, os.getpid()))
        finished = False
        try:
            with at_hard_stop(partial(_kill_workers, pool)):
                pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
                limit = workers * AHEAD_PER_WORKER
                for batch in batches:
                    pending.append((batch, pool.submit(_worker_batch, articles_of(batch))))
                    while len(pending) >= limit:
                        yield from _next_done(pending, ordered)
                while pending:
                    yield from _next_done(pending, ordered)
            finished = True
        finally:
            if not finished:  # Ctrl-C, or the reader stopped early: the batches in flight are dropped, not waited for
                _kill_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _WORKER = None


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers at once (a batch of long articles could take a minute to finish); safe inside a
    signal handler, as the pool's own shutdown is not."""
    for worker in list((getattr(pool, "_processes", None) or {}).values()):
        worker.kill()


def _next_done(pending: deque[tuple[list[Item], Future[list[Result]]]], ordered: bool) -> Iterator[Outcome]:
    """The outcomes of the oldest batch in flight (``ordered``), else of the first one done."""
    index = 0
    if not ordered:
        wait([future for _, future in pending], return_when=FIRST_COMPLETED)
        index = next(number for number, (_, future) in enumerate(pending) if future.done())
    done, future = pending[index]
    del pending[index]
    yield from outcomes_of(done, future.result())
