"""The files a directory job (``-o DIR/``) keeps beside its parts: the lock that makes it one job's, lines appended
whole, a torn last line cut after a kill, each input's content hash, and the manifest an earlier run left."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any, Optional

from .context import OutputError
from .readers import STDIN
from .writers import GuardedStream

LOCK = "job.lock"


class DirectoryInUse(Exception):
    """The output directory is another running job's, or holds a job's manifest and ``--resume`` was not given."""


def own(folder: Path) -> IO[str]:
    """An exclusive lock on the directory's ``job.lock``, held while the job runs, with this process's id in it.

    Two jobs writing one directory lose and duplicate records, so a second one is refused, naming the holder.
    The system drops the lock when the holder ends, killed or not: a lock is never stale.
    """
    handle = open(folder / LOCK, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise DirectoryInUse(f"{folder} is in use by another extractor job (pid {holder}); wait for it to end, "
                             "or choose another directory") from None
    except OSError:
        handle.close()
        raise
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def open_guarded(path: Path) -> IO[str]:
    """A part or the manifest, opened to append whole lines; failing to open or write it is an ``OutputError``."""
    try:
        return GuardedStream(open(path, "a", encoding="utf-8", newline=""), str(path))  # type: ignore[return-value]
    except OSError as error:
        raise OutputError.of(str(path), error) from None


def close_quietly(handle: Optional[IO[str]]) -> None:
    """Close a file whose last lines may not have reached the disk: a torn line is cut on ``--resume``."""
    if handle is None:
        return
    try:
        handle.close()
    except OSError:
        pass


def cut_torn_line(path: Path) -> bytes:
    """Drop a last line a kill left without its newline; returns the whole lines kept."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with open(path, "r+b") as handle:
            handle.truncate(len(whole))
    return whole


def content_hash(path: str) -> Optional[str]:
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


def read_manifest(path: Path) -> dict[int, dict[str, Any]]:
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
