"""Turn inputs (files, directories, globs, standard input, archives, web pages) into articles.

Every failure is an ``InputError`` yielded in place of the article, so one bad input never costs
the others their output. The format comes from the file name (``--input-format`` forces it), or
from the content for standard input and unknown names; compression is recognised by content.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from .articles import (
    STDIN,
    Article,
    FieldNames,
    InputError,
    article_from_record,
    article_from_text,
    normalise_date,
    parse_header,
)
from .containers import read_warc, read_zip, compression_of, decompress
from .decoding import binary_kind, clean_controls, decode, printable_name
from .feeds import looks_like_feed, read_feed
from .html import article_from_html, looks_like_markup
from .newsml import looks_like_newsml, read_newsml
from .newsml1 import looks_like_newsml1, read_newsml1
from .nitf import looks_like_nitf, read_nitf
from .records import read_csv, read_json, read_json_lines, sniff_csv, sniff_json
from .sgml import looks_like_reuters, read_reuters

__all__ = [
    "STDIN", "Article", "FieldNames", "InputError", "Limits", "INPUT_FORMATS", "article_from_record",
    "article_from_text", "binary_kind", "clean_controls", "decode", "expand_inputs", "normalise_date", "parse_header",
    "printable_name", "read_data", "read_inputs", "single_article_count",
]

INPUT_FORMATS = ("text", "json", "jsonl", "csv", "tsv", "html", "feed", "sgml", "nitf", "newsml", "newsml1", "warc",
                 "zip")

SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": None,  # None: read, its format found in its content
    ".sgm": "sgml",
    ".warc": "warc", ".zip": "zip",
}
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
DIRECTORY_SUFFIXES = tuple(SUFFIX_FORMATS) + COMPRESSED_SUFFIXES

Item = Union[Article, InputError]

# Documents of many articles read from their text alone, and how each is told by its content (in this order, before
# web pages, since each is XML or SGML markup too).
DOCUMENT_READERS: dict[str, Callable[[str, str], Iterator[Item]]] = {
    "feed": read_feed, "sgml": read_reuters, "nitf": read_nitf, "newsml": read_newsml, "newsml1": read_newsml1,
}
SNIFFERS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("feed", looks_like_feed), ("sgml", looks_like_reuters), ("nitf", looks_like_nitf), ("newsml", looks_like_newsml),
    ("newsml1", looks_like_newsml1), ("html", looks_like_markup),
)


@dataclass(frozen=True)
class Limits:
    """Safety caps: bytes of one input after decompression (bombs), and characters of one article."""

    max_bytes: int = 512 * 2**20
    max_chars: int = 20_000_000
    max_depth: int = 4


def expand_inputs(inputs: Iterable[str], input_format: Optional[str] = None,
                  skipped: Optional[list[str]] = None) -> Iterator[Union[str, InputError]]:
    """Paths to read, in order: files as given, directories walked for article files (every file but hidden ones
    when ``input_format`` forces a format), globs expanded. The files a walk passes over are added to ``skipped``,
    for the command to say what it did not read."""
    for given in inputs:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if path.is_dir():
            found = _walk(path, every_file=input_format is not None, skipped=skipped)
            if not found:
                yield InputError(printable_name(given), "directory holds no article files (.txt, .json, .jsonl, "
                                                        ".csv, .html, .xml, .rss, .sgm, .warc, .zip or "
                                                        "compressed)")
            yield from found
        elif path.exists() or not glob.has_magic(given):
            yield given
        else:
            matches = sorted(glob.glob(given, recursive=True))
            yield from matches or [InputError(printable_name(given), "no file matches this pattern")]


def single_article_count(inputs: Iterable[str], input_format: Optional[str] = None) -> Optional[int]:
    """How many articles the inputs hold, when each is one article (a text file or a web page); else ``None``.

    Record files and archives hold an unknown number until read, so only then is a total (and an
    ETA) known before the job starts.
    """
    count = 0
    for path in expand_inputs(inputs, input_format):
        if isinstance(path, InputError):  # reported as one failed input: one step of the progress line
            count += 1
            continue
        if path == STDIN or (input_format or SUFFIX_FORMATS.get(Path(path).suffix.lower())) not in ("text", "html"):
            return None
        count += 1
    return count


def _walk(top: Path, *, every_file: bool = False,
          skipped: Optional[list[str]] = None) -> list[Union[str, InputError]]:
    """The article files below ``top``, and an error for each directory in it that cannot be read (a skipped one
    would lose its articles without a word), in path order.

    Links to directories are followed (an archive often links the years it keeps elsewhere), each directory read
    once: a link back to a directory already walked (a loop) is not followed again."""
    found: list[tuple[Path, Union[str, InputError]]] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        folder = str(error.filename or top)
        found.append((Path(folder), InputError(printable_name(folder),
                                               f"cannot read directory: {error.strerror or error}")))

    for folder, subfolders, names in os.walk(top, onerror=unreadable, followlinks=True):
        try:
            status = os.stat(folder)
        except OSError:  # gone since it was listed
            continue
        if (status.st_dev, status.st_ino) in seen:
            subfolders.clear()
            continue
        seen.add((status.st_dev, status.st_ino))
        subfolders.sort()  # the same one of two paths to a directory is read each run (resume needs one order)
        for name in names:
            path = Path(folder, name)
            if not path.is_file():
                continue
            if _walked(path) or every_file and not name.startswith("."):
                found.append((path, str(path)))
            elif skipped is not None:
                skipped.append(str(path))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _walked(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(DIRECTORY_SUFFIXES) and not name.startswith(".")


def read_inputs(
    inputs: Iterable[str],
    *,
    stdin: Optional[IO[bytes]] = None,
    fields: FieldNames = FieldNames(),
    input_format: Optional[str] = None,
    limits: Limits = Limits(),
    skipped: Optional[list[str]] = None,
) -> Iterator[Item]:
    """Every article of every input, or an ``InputError`` where an input (or one record of it) is bad; files a
    directory holds in no format it reads are added to ``skipped``."""
    for path in expand_inputs(inputs, input_format, skipped):
        if isinstance(path, InputError):
            yield path
            continue
        source = printable_name(path)  # opened by its own name, named in the output by one that can be written
        try:
            data = _read_bytes(path, source, stdin, limits)
        except InputError as error:
            yield error
            continue
        except OSError as error:
            yield InputError(source, error.strerror or str(error))
            continue
        yield from read_data(data, source, fields=fields, input_format=input_format, limits=limits)


def _read_bytes(path: str, source: str, stdin: Optional[IO[bytes]], limits: Limits) -> bytes:
    if path == STDIN:
        if stdin is None:
            raise InputError(STDIN, "standard input is not available")
        data = stdin.read(limits.max_bytes + 1)
    else:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputError(source, f"larger than {limits.max_bytes:,} bytes")
    return data


def read_data(
    data: bytes,
    source: str,
    *,
    fields: FieldNames = FieldNames(),
    input_format: Optional[str] = None,
    limits: Limits = Limits(),
) -> Iterator[Item]:
    """Articles from one input's bytes; never raises, every problem is an ``InputError`` item."""
    name = "" if source == STDIN else source
    try:
        for item in _read(data, source, name, input_format, fields, limits, 0):
            yield _capped(item, limits.max_chars) if isinstance(item, Article) else item
    except InputError as error:
        yield error
    except Exception as error:  # a library choking on hostile bytes: report it, keep the other inputs
        yield InputError(source, f"unreadable input ({error.__class__.__name__}: {error})")


def _read(data: bytes, source: str, name: str, forced: Optional[str], fields: FieldNames, limits: Limits,
          depth: int) -> Iterator[Item]:
    """Unwrap compression, open containers, then decode and read the content in its format."""
    if depth > limits.max_depth:
        raise InputError(source, "archives nested too deeply")
    compression = compression_of(data)
    if compression:
        inner, damage = decompress(data, compression, source, limits.max_bytes)
        stripped = name[: -len(Path(name).suffix)] if name.lower().endswith(COMPRESSED_SUFFIXES) else ""
        if damage is None:
            yield from _read(inner, source, stripped, forced, fields, limits, depth + 1)
            return
        whole = _whole_records(inner, stripped, forced)
        if whole:
            yield from _read(whole, source, stripped, forced, fields, limits, depth + 1)
            damage += "; the whole records before it were read"
        raise InputError(source, damage)
    format = forced or SUFFIX_FORMATS.get(Path(name).suffix.lower())
    if format == "zip" or data.startswith(b"PK\x03\x04"):

        def member(content: bytes, member_source: str, member_name: str) -> Iterator[Item]:
            return _read(content, member_source, member_name, None, fields, limits, depth + 1)

        yield from read_zip(data, source, limits.max_bytes, member)
        return
    if format == "warc" or data.startswith(b"WARC/"):
        yield from read_warc(data, source, limits.max_bytes)
        return
    if format in (None, "text") and not data.strip():
        raise InputError(source, "empty input")
    text, warnings = decode(data, source)
    format = format or _sniff(text, fields)
    if format == "html":
        yield article_from_html(text, source=source, warnings=warnings)
        return
    if format in DOCUMENT_READERS:
        items = DOCUMENT_READERS[format](text, source)
    elif format == "json":
        items = read_json(text, source, fields)
    elif format == "jsonl":
        items = read_json_lines(text, source, fields)
    elif format in ("csv", "tsv"):
        items = read_csv(text, source, fields, delimiter="\t" if format == "tsv" else ",")
    else:
        text = clean_controls(text)
        if not text.strip():
            raise InputError(source, "empty input")
        items = iter([article_from_text(text, id=source, source=source)])
    for item in items:
        if isinstance(item, Article):
            item.text = clean_controls(item.text)
            item.warnings[:0] = warnings
        yield item


def _whole_records(data: bytes, name: str, forced: Optional[str]) -> bytes:
    """What a cut-short input holds of whole records: a web archive's records (its last one, cut short, is an error
    of its own), the lines of JSON Lines and CSV before the last line break; nothing of one article or document."""
    format = forced or SUFFIX_FORMATS.get(Path(name).suffix.lower())
    if format == "warc" or data.startswith(b"WARC/"):
        return data
    if format in ("jsonl", "csv", "tsv") or (format is None and data.lstrip()[:1] == b"{"):
        return data[: data.rfind(b"\n") + 1]
    return b""


def _sniff(text: str, fields: FieldNames) -> str:
    """Format of content with no telling name: one of ``SNIFFERS`` (feed, Reuters SGML, NITF, NewsML-G2, NewsML 1 or
    RCV1, web page),
    JSON or JSON Lines, CSV or TSV with a text column, else plain text."""
    return (next((format for format, looks_like in SNIFFERS if looks_like(text)), None) or sniff_json(text)
            or sniff_csv(text, fields) or "text")


def _capped(article: Article, max_chars: int) -> Article:
    """Cut an article over ``max_chars`` at a paragraph or word boundary, with a warning."""
    limit = article.body_start + max_chars
    if len(article.text) <= limit:
        return article
    cut = max(article.text.rfind("\n\n", article.body_start, limit), article.text.rfind(" ", article.body_start, limit))
    article.text = article.text[: cut if cut > article.body_start else limit]
    article.warnings.append(f"article cut to its first {max_chars:,} characters (--max-chars)")
    return article

