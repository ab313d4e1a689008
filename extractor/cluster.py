"""The Dask engine: ``extract_shard`` mapped over a Dask distributed cluster (``--engine dask``).

Only imported for ``--engine dask``, so the plain command never pays for importing Dask. The
driver (the ``extractor`` process) plans the shards, submits one task per shard and writes the
manifest as results come back; each worker runs ``shards.extract_shard``, the same function a
local ``--workers 1`` job calls input after input, with the pipeline a worker plugin loaded once
per worker process. Workers write their parts straight into the output directory, so it must be a
filesystem every worker sees under the same path (as must the inputs and a ``--model`` path).
"""

from __future__ import annotations

import logging
import signal
import threading
import uuid
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Optional

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from .shards import ShardResult, ShardTask, extract_shard
from .core import Extractor

PLUGIN = "extractor"
# How long to wait for a scheduler (seconds) before saying it cannot be reached.
CONNECT_TIMEOUT = 10
# Shards submitted ahead per worker thread: enough to keep every worker busy, few enough that the
# scheduler does not hold a million tasks.
AHEAD_PER_THREAD = 4


class SchedulerUnreachable(Exception):
    """No Dask scheduler answered at the address given, or its workers could not load the pipeline."""


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline once per worker process, when it joins (workers that join later too)."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.extractor: Optional[Extractor] = None

    def setup(self, worker: Any) -> None:
        self.extractor = Extractor.shared(self.model)


def shard_on_worker(task: ShardTask) -> ShardResult:
    """The task every shard becomes: ``extract_shard`` with this worker's pipeline."""
    plugin = get_worker().plugins[PLUGIN]
    assert isinstance(plugin, ExtractorPlugin) and plugin.extractor is not None
    return extract_shard(plugin.extractor, task)


@contextmanager
def connect(scheduler: str, *, workers: int, model: str) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new LocalCluster of ``workers`` one-thread processes
    (``local``), with the pipeline loaded on every worker; closed (and the LocalCluster stopped) on exit."""
    cluster = None
    try:
        if scheduler == "local":
            with _ctrl_c_left_to_this_process(), _quiet_start():
                # No dashboard, and the scheduler's HTTP routes on a free port: on 8787, taken by another cluster,
                # they printed a four-line warning.
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                                       silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError, RuntimeError) as error:  # RuntimeError: a LocalCluster that failed
        if cluster is not None:
            cluster.close()
        if scheduler == "local":
            raise SchedulerUnreachable(f"cannot start a local Dask cluster: {_first_line(error)}") from None
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {_first_line(error)}") from None
    try:
        answers = client.register_plugin(ExtractorPlugin(model), name=PLUGIN)
        failed = [f"{worker}: {_first_line(answer.get('exception', answer))}"
                  for worker, answer in (answers or {}).items() if answer.get("status") != "OK"]
        if failed:
            raise SchedulerUnreachable(f"Dask workers could not load the model {model!r}: {failed[0]}")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_shards(client: Client, tasks: Iterable[ShardTask]) -> Iterator[ShardResult]:
    """Each shard's result as it finishes (in any order), with a bounded number of shards in flight.

    A task that raised (not an input that failed, which is an error line in its part) comes back
    as a result without a manifest entry and one failure, so the shard is redone on ``--resume``.
    """
    threads = sum(client.nthreads().values()) or 1
    todo = iter(tasks)
    running: dict[Any, ShardTask] = {}
    finished = as_completed()
    run = uuid.uuid4().hex[:8]

    def submit() -> None:
        task = next(todo, None)
        if task is not None:
            future = client.submit(shard_on_worker, task, key=f"extractor-shard-{run}-{task.index}", pure=False)
            running[future.key] = task
            finished.add(future)

    for _ in range(threads * AHEAD_PER_THREAD):
        submit()
    for future in finished:
        task = running.pop(future.key)
        try:
            result = future.result()
        except Exception as error:  # the worker's reason, reported like a failed input
            result = ShardResult(None, [(task.input, f"failed on a Dask worker: {_first_line(error)}")], done=1)
        finally:
            future.release()
        submit()
        yield result


@contextmanager
def _ctrl_c_left_to_this_process() -> Iterator[None]:
    """Worker processes started meanwhile ignore SIGINT (inherited), so Ctrl-C stops the job through this
    process alone, which closes the cluster, instead of every worker printing its own traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _quiet_start() -> Iterator[None]:
    """A worker process that fails to start is logged by Dask with its traceback; the command says why in its one
    line instead (``cannot start a local Dask cluster``)."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _first_line(error: Any) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
