"""Record files: JSON (an object or an array), JSON Lines, CSV and TSV, one article per record."""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from typing import Iterator, Optional, Union

from .articles import Article, FieldNames, InputError
from .articles import article_from_record as _article_from_record
from .decoding import without_surrogates

Item = Union[Article, InputError]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def article_from_record(record: object, *, source: str, default_id: str, fields: FieldNames) -> Article:
    """A record's article; a record whose text is blank is an error, as an empty file is.

    JSON may escape a lone surrogate ("\\udfff"), which no UTF-8 output can carry: it becomes U+FFFD, with a
    warning, rather than aborting the job when the record is written.
    """
    article = _article_from_record(record, source=source, default_id=default_id, fields=fields)
    if not article.text.strip():
        raise InputError(source, f"record's {fields.text!r} field is empty")
    replaced = []
    for key in ("id", "title", "url", "text"):
        value = getattr(article, key)
        if value is not None and without_surrogates(value) != value:
            setattr(article, key, without_surrogates(value))
            replaced.append(key)
    if replaced:
        article.warnings.append(f"lone surrogates in the record's {', '.join(replaced)} replaced with U+FFFD")
    return article


def sniff_json(text: str) -> Optional[str]:
    """"json" or "jsonl" when the text parses as such; None otherwise."""
    stripped = text.lstrip()
    if stripped[:1] not in ("{", "["):
        return None
    if _parses(stripped):
        return "json"
    first_line = stripped.split("\n", 1)[0]
    return "jsonl" if stripped[0] == "{" and _parses(first_line) else None


def sniff_csv(text: str, fields: FieldNames) -> Optional[str]:
    """"csv" or "tsv" when the first line is a header of two columns or more naming the text field, and rows follow;
    None otherwise (prose whose first line holds a comma names no column ``text``)."""
    header, _, rows = text.lstrip("\ufeff").partition("\n")
    if not rows.strip():
        return None
    for format, delimiter in (("tsv", "\t"), ("csv", ",")):
        try:
            columns = next(csv.reader([header.rstrip("\r")], delimiter=delimiter))
        except csv.Error:
            continue
        if len(columns) > 1 and fields.text in columns:
            return format
    return None


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def read_json(text: str, source: str, fields: FieldNames) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})")
        return
    except RecursionError:
        yield InputError(source, "invalid JSON: nested too deeply")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        name = f"{source}:{index}" if isinstance(data, list) else source
        try:
            yield article_from_record(record, source=name, default_id=name, fields=fields)
        except InputError as error:
            yield error


def read_json_lines(text: str, source: str, fields: FieldNames) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        name = f"{source}:{number}"
        try:
            yield article_from_record(json.loads(line), source=name, default_id=name, fields=fields)
        except json.JSONDecodeError as error:
            yield InputError(name, f"invalid JSON line: {error.msg} (column {error.colno})")
        except RecursionError:
            yield InputError(name, "invalid JSON line: nested too deeply")
        except InputError as error:
            yield error


def read_csv(text: str, source: str, fields: FieldNames, *, delimiter: str = ",") -> Iterator[Item]:
    """One article per row; ``source:N`` names the row by the line it starts on (the header is line 1).

    A quote that is never closed would swallow every row after it into one field: that row is an error, and
    reading goes on from the line after the one it starts on.
    """
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield InputError(f"{source}:1", f"invalid CSV header: {error}")
        return
    if fields.text not in columns:
        shown = ", ".join(repr(column) for column in columns[:8]) or "none"
        yield InputError(source, f"no {fields.text!r} column (columns: {shown}); name it with --text-field")
        return
    start = reader.line_num
    while start < len(lines):
        rows = csv.DictReader(itertools.islice(lines, start, None), fieldnames=columns, delimiter=delimiter)
        first = start
        while True:
            name = f"{source}:{first + 1}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as error:
                yield InputError(name, f"invalid CSV row: {error}")
                return
            after = start + rows.line_num
            if after == len(lines) and _unclosed_quote(lines[first:], delimiter):
                yield InputError(name, "invalid CSV row: a quoted field is never closed; read on from the next line")
                start = first + 1
                break
            try:
                yield article_from_record(row, source=name, default_id=name, fields=fields)
            except InputError as error:
                yield error
            first = after


def _unclosed_quote(lines: list[str], delimiter: str) -> bool:
    """Whether the row these lines (to the end of the file) start with opens a quote it never closes."""
    try:
        next(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False
