"""Pull the checkable facts out of English news articles.

>>> from extractor import extract
>>> facts = extract("Police detained 40 people on Monday.", published="2024-03-06")
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Extractor", "extract", "ArticleFacts", "SCHEMA_VERSION", "json_schema"]
__version__ = "0.1.0"

# Imported on first use, so the command can take charge of Ctrl-C before spaCy loads (a second or so).
_HOMES = {"Extractor": "core", "extract": "core", "ArticleFacts": "facts", "SCHEMA_VERSION": "facts",
          "json_schema": "facts"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
