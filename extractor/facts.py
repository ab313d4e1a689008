"""The output contract (schema version 1): typed records and their JSON Schema.

Components write these records as plain dicts to ``doc._`` so that docs survive
multiprocessing; the TypedDicts below document their keys for type checkers and
readers, and ``schema.json`` is the same contract for machines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator, Literal, Optional, TypedDict

from .resources import data_path

SCHEMA_VERSION = 1

FACT_TYPES: tuple[str, ...] = ("numbers", "dates", "places", "organizations", "people", "quotes")
RECORD_KEYS: tuple[str, ...] = ("schema_version", "id", "source", "published", "title", "url", "model", "warnings",
                                "text", *FACT_TYPES)
"""The keys of an article record, in output order (``text`` only with ``--keep-text``)."""

Qualifier = Literal["exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range", "vague"]


class Span(TypedDict):
    text: str
    start: int
    end: int


class Mention(Span, total=False):
    sentence: int
    via: str


Change = TypedDict("Change", {"direction": Literal["up", "down"], "from": Optional[float], "by": Optional[float]})


class Number(TypedDict):
    text: str
    start: int
    end: int
    sentence: int
    value: float
    low: Optional[float]
    high: Optional[float]
    qualifier: Qualifier
    kind: Literal["count", "money", "percent", "measure", "age"]
    counted: Optional[str]
    unit: Optional[str]
    currency: Optional[str]
    change: Optional[Change]


class DateValue(TypedDict):
    text: str
    start: int
    end: int
    type: Literal["date", "time", "duration", "set", "range"]
    value: Optional[str]
    mod: Optional[str]
    earliest: Optional[str]
    latest: Optional[str]


Date = TypedDict(
    "Date",
    {
        "text": str,
        "start": int,
        "end": int,
        "sentence": int,
        "type": str,
        "value": Optional[str],
        "mod": Optional[str],
        "earliest": Optional[str],
        "latest": Optional[str],
        "from": Optional[DateValue],
        "to": Optional[DateValue],
    },
)


class Place(TypedDict):
    name: str
    country_code: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geonames_id: Optional[int]
    feature: Optional[str]
    mentions: list[Mention]


class Organization(TypedDict):
    name: str
    aliases: list[str]
    type: Optional[str]
    mentions: list[Mention]


class Person(TypedDict):
    name: str
    roles: list[str]
    mentions: list[Mention]


class Quote(TypedDict):
    text: str
    start: int
    end: int
    sentence: int
    kind: Literal["direct", "indirect"]
    speaker: Optional[str]
    speaker_mention: Optional[Span]
    cue: Optional[str]
    medium: Optional[str]


class ErrorRecord(TypedDict):
    """An input that failed, in the place of its record (``--errors-as-records``, and the parts of ``-o DIR/``)."""

    schema_version: int
    id: str
    source: str
    error: str


def error_record(source: str, reason: str) -> ErrorRecord:
    return {"schema_version": SCHEMA_VERSION, "id": source, "source": source, "error": reason}


@dataclass
class ArticleFacts:
    """Everything extracted from one article, with offsets into the text as read."""

    id: str
    source: str
    published: Optional[str]
    title: Optional[str] = None
    url: Optional[str] = None
    model: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    text: Optional[str] = None  # the text as read, output only when set (``--keep-text``)

    def to_dict(self, only: Optional[tuple[str, ...]] = None) -> dict[str, Any]:
        """The JSON-ready record; ``only`` keeps just those fact types (metadata always stays)."""
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "model": dict(self.model),
            "warnings": list(self.warnings),
        }
        if self.text is not None:
            record["text"] = self.text
        for name in only or FACT_TYPES:
            record[name] = getattr(self, name)
        return record

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in FACT_TYPES}


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The JSON Schema of one output record (what ``extractor schema`` prints): an article's facts
    (``data/schema.json``) or an error record (its ``$defs.error_record``), so every line of a JSON Lines output,
    failures included, validates against one schema."""
    with open(data_path("schema.json"), encoding="utf-8") as handle:
        article = json.load(handle)
    definitions = article.pop("$defs")
    header = {key: article.pop(key) for key in ("$schema", "$id")}
    return {
        **header,
        "title": f"extractor output record, schema version {SCHEMA_VERSION}",
        "description": "One record of output: an article's facts, or an input that failed (an error record, "
                       "written with --errors-as-records and in the parts of -o DIR/).",
        "oneOf": [{"$ref": "#/$defs/article"}, {"$ref": "#/$defs/error_record"}],
        "$defs": {"article": article, **definitions},
    }


def offset_spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a record that carries text/start/end offsets (facts, mentions, endpoints)."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for item in value.values():
            yield from offset_spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from offset_spans(item)
