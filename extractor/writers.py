"""Write article facts as a summary, JSON, JSON Lines or CSV, streaming one article at a time."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Optional

from rich.console import Console

from .context import OutputError
from .facts import SCHEMA_VERSION, ArticleFacts
from .readers import Article, InputError
from .render import render_summary

CSV_COLUMNS = (
    "article_id", "fact", "text", "start", "end", "sentence", "value", "kind", "qualifier", "low", "high",
    "counted", "unit", "currency", "mod", "earliest", "latest", "name", "country_code", "latitude", "longitude",
    "geonames_id", "feature", "aliases", "roles", "speaker", "cue", "medium", "change", "change_from", "change_by",
)


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
        change = number.get("change") or {}
        yield {**number, "article_id": article_id, "fact": "number", "change": change.get("direction"),
               "change_from": change.get("from"), "change_by": change.get("by")}
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
