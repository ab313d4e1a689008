"""Write article facts as a summary, JSON, JSON Lines or CSV, streaming one article at a time."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator, Optional

from .context import OutputError
from .facts import RECORD_KEYS, ArticleFacts, error_record
from .readers import Article, InputError

if TYPE_CHECKING:
    from rich.console import Console

# Each row names its article, so a table of facts joins back to its articles; `value` holds only numbers' values,
# so sqlite-utils, pandas and duckdb type the column as a number (a date's value is `date_value`, a place's,
# organization's or person's `name`, a quote's `speaker`).
CSV_COLUMNS = (
    "article_id", "source", "published", "title", "fact", "text", "start", "end", "sentence", "value", "kind",
    "qualifier", "low", "high", "counted", "unit", "currency", "date_value", "mod", "earliest", "latest", "name",
    "country_code", "latitude", "longitude", "geonames_id", "feature", "aliases", "roles", "speaker", "cue",
    "medium", "change", "change_from", "change_by",
)

OUTPUT_SUFFIXES = {".csv": "csv", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
                   ".ndjson": "jsonl"}
"""The format an output file's suffix names (``-o facts.csv``)."""


def field_names(format: str) -> tuple[str, ...]:
    """What ``--fields`` may keep: CSV columns, or the keys of a JSON record."""
    return CSV_COLUMNS if format == "csv" else RECORD_KEYS


STANDARD_OUTPUT = "standard output"


class GuardedStream:
    """A text stream whose write failures (a full disk, a device that takes nothing) are ``OutputError`` naming the
    output, so the command reports them in one line. A closed pipe stays a BrokenPipeError: the reader went away,
    nothing failed."""

    def __init__(self, stream: IO[str], target: str) -> None:
        self.stream = stream
        self.target = target

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError.of(self.target, error) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError.of(self.target, error) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class OutputFile:
    """An output file (``-o PATH``) written under a temporary name beside it and renamed over it once complete, so
    a run that fails or is killed half-way never leaves a truncated file that looks whole, nor spoils the one that
    was there. A device or a pipe (/dev/stdout, a FIFO) is written in place; a link, where it leads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.final = Path(os.path.realpath(path))
        in_place = self.final.exists() and not self.final.is_file()
        self.temporary = None if in_place else self.final.with_name(f".{self.final.name}.{os.getpid()}.tmp")
        self.done = False
        try:
            self.handle = open(self.temporary or self.final, "w", encoding="utf-8", newline="")
        except OSError as error:
            raise OutputError.of(str(path), error) from None
        self.stream = GuardedStream(self.handle, str(path))

    def commit(self) -> None:
        """Everything is written: the file takes its name (after reaching the disk, so a crash cannot leave it empty)."""
        try:
            self.handle.flush()
            if self.temporary is not None:
                os.fsync(self.handle.fileno())
            self.handle.close()
            if self.temporary is not None:
                os.replace(self.temporary, self.final)
        except OSError as error:
            self.discard()
            raise OutputError.of(str(self.path), error) from None
        self.done = True

    def discard(self) -> None:
        """The run failed: nothing is left under the output's name, and no temporary file beside it."""
        if self.done:
            return
        self.done = True
        try:
            self.handle.close()
        except OSError:  # the data it could not write is dropped with the file
            pass
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)


class Writer:
    """Base writer: ``write`` each article's facts, then ``close`` once. ``only`` keeps those fact types,
    ``keys`` those keys of a JSON record (or CSV columns), in that order."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None,
                 keys: Optional[tuple[str, ...]] = None) -> None:
        self.stream = stream
        self.only = only
        self.keys = keys

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        raise NotImplementedError

    def write_error(self, error: InputError) -> None:
        raise TypeError(f"{type(self).__name__} has no line per input to put errors in")

    def close(self) -> None:
        self.stream.flush()


    def record(self, facts: ArticleFacts) -> dict[str, Any]:
        record = facts.to_dict(self.only)
        if self.keys is None:
            return record
        return {key: record[key] for key in self.keys if key in record}


def dumps(record: Any, indent: Optional[int] = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


class JsonLinesWriter(Writer):
    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        self.stream.write(dumps(self.record(facts)) + "\n")
        self.stream.flush()

    def write_error(self, error: InputError) -> None:
        """A failed input as its own line, whole whatever ``keys`` keeps, so a pipeline still gets one line per
        input and can tell it by its ``error``."""
        self.stream.write(dumps(error_record(error.source, error.reason)) + "\n")
        self.stream.flush()


class JsonWriter(Writer):
    """One JSON document. Its shape is the command line's, not the data's: one object when the command named one
    article (``one_input``, the source it is read as), else an array however many records come, none or one
    included. The named input's record is held back, in case the input reads as several records after all (a
    JSON array, JSON Lines on standard input): those records are named ``input:N`` and make an array."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None,
                 keys: Optional[tuple[str, ...]] = None, one_input: Optional[str] = None) -> None:
        super().__init__(stream, only, keys)
        self.one_input = one_input
        self.held: Optional[str] = None
        self.count = 0  # records written into the array

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        text = dumps(self.record(facts), indent=2)
        if self.one_input is not None and self.held is None and not self.count and facts.source == self.one_input:
            self.held = text
            return
        if self.held is not None:
            self._append(self.held)
            self.held = None
        self._append(text)

    def _append(self, text: str) -> None:
        self.stream.write(("[\n" if not self.count else ",\n") + _indent(text))
        self.count += 1

    def close(self) -> None:
        if self.held is not None:
            self.stream.write(self.held + "\n")
        elif self.count:
            self.stream.write("\n]\n")
        elif self.one_input is None:
            self.stream.write("[]\n")
        super().close()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


class CsvWriter(Writer):
    """One row per fact (one per mention for places, organizations and people)."""

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None,
                 keys: Optional[tuple[str, ...]] = None) -> None:
        super().__init__(stream, only, keys)
        self.csv = csv.DictWriter(stream, fieldnames=keys or CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        self.csv.writeheader()

    def write(self, facts: ArticleFacts, article: Optional[Article] = None) -> None:
        record = facts.to_dict(self.only)
        for row in csv_rows(record):
            self.csv.writerow(row)
        self.stream.flush()


def csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Flatten one article record into CSV rows, in the order of the fact types, each naming its article."""
    article = {"article_id": record["id"], "source": record.get("source"), "published": record.get("published"),
               "title": record.get("title")}
    for number in record.get("numbers", []):
        change = number.get("change") or {}
        yield {**number, **article, "fact": "number", "change": change.get("direction"),
               "change_from": change.get("from"), "change_by": change.get("by")}
    for date in record.get("dates", []):
        yield {**date, **article, "fact": "date", "kind": date["type"], "value": None, "date_value": date["value"]}
    for key, fact in (("places", "place"), ("organizations", "organization"), ("people", "person")):
        for entity in record.get(key, []):
            extra = {
                "aliases": "; ".join(entity.get("aliases", [])),
                "roles": "; ".join(entity.get("roles", [])),
            }
            for mention in entity["mentions"]:
                yield {**entity, **extra, **mention, **article, "fact": fact}
    for quote in record.get("quotes", []):
        yield {**quote, **article, "fact": "quote"}


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
        from .render import render_summary  # with spaCy behind it: loaded only when a summary is written

        render_summary(facts.to_dict(self.only), self.console, self.only, article.text if article else None)

