"""Write article facts as a summary, JSON, JSON Lines or CSV, streaming one article at a time."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Iterator, Optional

from rich.console import Console

from .facts import SCHEMA_VERSION, ArticleFacts
from .readers import Article, InputError
from .render import render_summary

CSV_COLUMNS = (
    "article_id", "fact", "text", "start", "end", "sentence", "value", "kind", "qualifier", "low", "high",
    "counted", "unit", "currency", "mod", "earliest", "latest", "name", "country_code", "latitude", "longitude",
    "geonames_id", "feature", "aliases", "roles", "speaker", "cue", "medium",
)


class Writer:
    """Base writer: ``write`` each article's facts, then ``close`` once."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None) -> None:
        self.stream = stream
        self.only = only

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        raise NotImplementedError

    def write_error(self, error: InputError) -> None:
        raise TypeError(f"{type(self).__name__} has no line per input to put errors in")

    def close(self) -> None:
        self.stream.flush()


def dumps(record: dict[str, Any], indent: Optional[int] = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


class JsonLinesWriter(Writer):
    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        self.stream.write(dumps(facts.to_dict(self.only)) + "\n")
        self.stream.flush()

    def write_error(self, error: InputError) -> None:
        """A failed input as its own line, so a pipeline still gets one line per input."""
        record = {"schema_version": SCHEMA_VERSION, "id": error.source, "source": error.source, "error": error.reason}
        self.stream.write(dumps(record) + "\n")
        self.stream.flush()


class JsonWriter(Writer):
    """One object for a single article, an array for several; the first is held back until we know which."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None) -> None:
        super().__init__(stream, only)
        self.held: Optional[str] = None
        self.count = 0

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        text = dumps(facts.to_dict(self.only), indent=2)
        self.count += 1
        if self.count == 1:
            self.held = text
            return
        if self.count == 2:
            self.stream.write("[\n" + _indent(self.held or "") + ",\n")
        else:
            self.stream.write(",\n")
        self.stream.write(_indent(text))

    def close(self) -> None:
        if self.count == 0:
            self.stream.write("[]\n")
        elif self.count == 1:
            self.stream.write((self.held or "") + "\n")
        else:
            self.stream.write("\n]\n")
        super().close()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


class CsvWriter(Writer):
    """One row per fact (one per mention for places, organizations and people)."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None) -> None:
        super().__init__(stream, only)
        self.csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        self.csv.writeheader()

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        record = facts.to_dict(self.only)
        for row in csv_rows(record):
            self.csv.writerow(row)
        self.stream.flush()


def csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Flatten one article record into CSV rows, in the order of the fact types."""
    article_id = record["id"]
    for number in record.get("numbers", []):
        yield {**number, "article_id": article_id, "fact": "number"}
    for date in record.get("dates", []):
        yield {**date, "article_id": article_id, "fact": "date", "kind": date["type"]}
    for key, fact in (("places", "place"), ("organizations", "organization"), ("people", "person")):
        for entity in record.get(key, []):
            extra = {
                "aliases": "; ".join(entity.get("aliases", [])),
                "roles": "; ".join(entity.get("roles", [])),
                "value": entity["name"],
            }
            for mention in entity["mentions"]:
                yield {**entity, **extra, **mention, "article_id": article_id, "fact": fact}
    for quote in record.get("quotes", []):
        yield {**quote, "article_id": article_id, "fact": "quote", "value": quote["speaker"]}


class SummaryWriter(Writer):
    """The human summary (rich); colour and width come from the console the caller configured."""

    def __init__(self, console: Console, only: Optional[tuple[str, ...]] = None) -> None:
        super().__init__(console.file, only)
        self.console = console
        self.count = 0

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        if self.count:
            self.console.print()
        self.count += 1
        render_summary(facts.to_dict(self.only), self.console, self.only, article.text if article else None)


WRITERS: dict[str, Callable[[IO[str], Optional[tuple[str, ...]]], Writer]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "csv": CsvWriter,
}
