"""Turn inputs (files, directories, globs, standard input, JSON records) into articles.

Every failure is an ``InputError`` yielded in place of the article, so one bad input
never costs the others their output.
"""

from __future__ import annotations

import glob
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Optional, Union

import dateparser

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + RECORD_SUFFIXES
STDIN = "-"

# A header line: "Date: <anything dateparser reads>", "Title: ...", or "date 2023-11-09"
# followed by the article on the same line (as in samples/).
_HEADER = re.compile(
    r"[ \t]*(?P<key>date|published|title|url)"
    r"(?::[ \t]*(?P<line>[^\n]*)(?:\n|$)"
    r"|[ \t]+(?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w-]))",
    re.IGNORECASE,
)


class InputError(Exception):
    """An input that cannot become an article; ``source`` names it for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Article:
    """One article's text as read, with its metadata; facts come from ``text[body_start:]`` only."""

    text: str
    id: str = STDIN
    source: str = STDIN
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FieldNames:
    """Which keys of a JSON record hold the text and the metadata."""

    text: str = "text"
    id: str = "id"
    date: tuple[str, ...] = ("published", "date")
    title: str = "title"
    url: str = "url"


def normalise_date(value: Union[str, date, datetime, None]) -> Optional[str]:
    """An ISO date (YYYY-MM-DD) from a date, an ISO string or any date dateparser reads; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
        return parsed.date().isoformat() if parsed else None


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Metadata lines at the top of a plain-text article, and where the article itself starts."""
    meta: dict[str, str] = {}
    pos = 0
    while True:
        match = _HEADER.match(text, pos)
        if match is None or match.group("key").lower() in meta:
            return meta, pos
        key = match.group("key").lower()
        meta["published" if key == "date" else key] = (match.group("line") or match.group("iso") or "").strip()
        pos = match.end()


def article_from_text(
    text: str,
    *,
    id: str = STDIN,
    source: str = STDIN,
    published: Union[str, date, None] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
) -> Article:
    """An article from raw text; explicit metadata wins over the text's own header."""
    header, body_start = parse_header(text)
    article = Article(text=text, id=id, source=source, title=title or header.get("title") or None,
                      url=url or header.get("url") or None, body_start=body_start)
    raw_date = published if published is not None else header.get("published")
    article.published = normalise_date(raw_date)
    if raw_date and article.published is None:
        article.warnings.append(f"publication date {str(raw_date)!r} not understood; relative dates left unresolved")
    return article


def article_from_record(record: Any, *, source: str, default_id: str, fields: FieldNames = FieldNames()) -> Article:
    """An article from one JSON record (an object with at least the text field)."""
    if not isinstance(record, Mapping):
        raise InputError(source, f"a record must be a JSON object, not {type(record).__name__}")
    text = record.get(fields.text)
    if not isinstance(text, str):
        raise InputError(source, f"record has no {fields.text!r} string field")
    published = next((record[key] for key in fields.date if record.get(key)), None)
    return article_from_text(
        text,
        id=str(record.get(fields.id) or default_id),
        source=source,
        published=published,
        title=_optional_str(record.get(fields.title)),
        url=_optional_str(record.get(fields.url)),
    )


def _optional_str(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def decode(data: bytes, source: str) -> str:
    """UTF-8 text (a BOM is dropped); binary data and other encodings are input errors."""
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})") from None


def expand_inputs(inputs: Iterable[str]) -> Iterator[Union[str, InputError]]:
    """Paths to read, in order: files as given, directories walked for article files, globs expanded."""
    for given in inputs:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DIRECTORY_SUFFIXES)
            if not found:
                yield InputError(given, "directory holds no .txt, .json or .jsonl files")
            yield from (str(p) for p in found)
        elif path.exists() or not glob.has_magic(given):
            yield given
        else:
            matches = sorted(glob.glob(given, recursive=True))
            yield from matches or [InputError(given, "no file matches this pattern")]


def read_inputs(
    inputs: Iterable[str], *, stdin: Optional[IO[bytes]] = None, fields: FieldNames = FieldNames()
) -> Iterator[Union[Article, InputError]]:
    """Every article of every input, or an ``InputError`` where an input (or one record of it) is bad."""
    for path in expand_inputs(inputs):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            if path == STDIN:
                if stdin is None:
                    raise InputError(STDIN, "standard input is not available")
                data = stdin.read()
            else:
                data = Path(path).read_bytes()
            yield from read_data(data, path, fields=fields)
        except InputError as error:
            yield error
        except OSError as error:
            yield InputError(path, error.strerror or str(error))


def read_data(data: bytes, source: str, *, fields: FieldNames = FieldNames()) -> Iterator[Union[Article, InputError]]:
    """Articles from one input's bytes: JSON/JSONL by extension, or by content for standard input."""
    text = decode(data, source)
    suffix = Path(source).suffix.lower() if source != STDIN else _sniff(text)
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_json_lines(text, source, fields)
    elif suffix == ".json":
        yield from _read_json(text, source, fields)
    elif not text.strip():
        yield InputError(source, "empty input")
    else:
        yield article_from_text(text, id=source, source=source)


def _sniff(text: str) -> str:
    """Standard input is JSON (or JSON Lines) when its start parses as such; else plain text."""
    stripped = text.lstrip()
    if stripped[:1] not in ("{", "["):
        return ".txt"
    if _parses(stripped):
        return ".json"
    first_line = stripped.split("\n", 1)[0]
    return ".jsonl" if stripped[0] == "{" and _parses(first_line) else ".txt"


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _read_json(text: str, source: str, fields: FieldNames) -> Iterator[Union[Article, InputError]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        name = f"{source}:{index}" if isinstance(data, list) else source
        try:
            yield article_from_record(record, source=name, default_id=name, fields=fields)
        except InputError as error:
            yield error


def _read_json_lines(text: str, source: str, fields: FieldNames) -> Iterator[Union[Article, InputError]]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        name = f"{source}:{number}"
        try:
            yield article_from_record(json.loads(line), source=name, default_id=name, fields=fields)
        except json.JSONDecodeError as error:
            yield InputError(name, f"invalid JSON line: {error.msg} (column {error.colno})")
        except InputError as error:
            yield error
