"""Package data files (rules, word lists, gazetteer indexes), each loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    return Path(str(files("extractor") / "data" / name))


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Parse ``extractor/data/<name>`` once per process; callers must not mutate the result."""
    with open(data_path(name), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[Any, ...]:
    """Parse ``extractor/data/<name>`` (one JSON value per line) once per process."""
    with open(data_path(name), encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())
