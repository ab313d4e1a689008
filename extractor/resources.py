"""Package data files (rules, word lists, gazetteer indexes), each loaded once."""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
# A data file this large is read from a msgpack copy in the user's cache, written at its first use: the 5.4 MB
# place index parses in about 0.06-0.1 s so against 0.15-0.3 s as JSON in a fresh process, a tenth of start-up.
MSGPACK_ABOVE = 1 << 20
# Copies kept of each file, the latest written: checkouts or installs of other versions on one machine keep theirs.
COPIES_KEPT = 3


def data_path(name: str) -> Path:
    return Path(str(files("extractor") / "data" / name))


def cache_dir() -> Path:
    """``EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else ``~/.cache/extractor``."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "extractor"


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Parse ``extractor/data/<name>`` once per process; callers must not mutate the result."""
    path = data_path(name)
    if path.stat().st_size >= MSGPACK_ABOVE:
        return _load_through_cache(path)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _load_through_cache(path: Path) -> Any:
    """The JSON file's content from its msgpack copy, named by a digest of the file's bytes (8 ms) so that an
    edited file is parsed afresh and installs of the same data share one copy. A cache that cannot be read or
    written only costs the JSON parse: the copy is written beside its final name and moved into place, so no
    reader sees half of one."""
    import srsly  # here, not at the top: --help, --version and schema read small files and stay quick without it

    digest = hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()
    cached = cache_dir() / f"{path.name}.{digest}.msgpack"
    try:
        return srsly.msgpack_loads(cached.read_bytes())
    except Exception:  # missing, unreadable or damaged (msgpack raises several kinds): rebuilt below
        pass
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        partial.write_bytes(srsly.msgpack_dumps(data))
        os.replace(partial, cached)
        copies = sorted(cached.parent.glob(f"{path.name}.*.msgpack"), key=lambda copy: -copy.stat().st_mtime)
        for stale in copies[COPIES_KEPT:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
    return data


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[Any, ...]:
    """Parse ``extractor/data/<name>`` (one JSON value per line) once per process."""
    with open(data_path(name), encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())
