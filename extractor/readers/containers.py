"""Compressed files, zip archives and WARC web archives, opened with a cap on decompressed size.

The cap is what stops a decompression bomb: nothing is ever inflated past it, whatever sizes an
archive declares.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
from typing import Callable, Iterator, Optional, Union

from .articles import Article, InputError
from .decoding import decode
from .html import article_from_html

Item = Union[Article, InputError]

_COMPRESSION_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)
# Decompressed output is read this much at a time, and kept as it is read up to KEPT_BYTES.
CHUNK_BYTES = 1 << 20
KEPT_BYTES = 64 << 20
_OPENERS: dict[str, Callable[[io.BytesIO], io.BufferedIOBase]] = {
    "gzip": lambda buffer: gzip.GzipFile(fileobj=buffer),
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}


def compression_of(data: bytes) -> Optional[str]:
    """The compression ``data`` starts with (gzip, bzip2, xz), or None."""
    for magic, name in _COMPRESSION_MAGIC:
        if data.startswith(magic):
            return name
    return None


def decompress(data: bytes, compression: str, source: str, max_bytes: int) -> tuple[bytes, Optional[str]]:
    """The inflated bytes, refusing to go past ``max_bytes``, and what damage stopped them short, if any.

    The size is checked as the data streams by, so refusing a bomb costs no more memory than a chunk:
    output up to ``KEPT_BYTES`` is kept as it is read; anything larger is measured first, its chunks
    dropped, and inflated a second time only once it is known to fit under the cap. Data that is cut
    short or damaged keeps what inflated before the damage (a truncated ``.warc.gz`` its whole records).
    """
    kept: list[bytes] = []
    size = 0
    damage = None
    try:
        for chunk in _inflated(data, compression):
            size += len(chunk)
            if size > max_bytes:
                raise InputError(source, f"{compression} data inflates past {max_bytes:,} bytes "
                                         "(decompression bomb?)")
            if size <= KEPT_BYTES:
                kept.append(chunk)
            else:
                kept.clear()
    except _DAMAGE as error:
        damage = f"corrupt {compression} data ({error})"
    if size > KEPT_BYTES:
        kept = []
        try:
            kept.extend(_inflated(data, compression))
        except _DAMAGE:
            pass
    return b"".join(kept), damage


_DAMAGE = (OSError, EOFError, lzma.LZMAError, ValueError)


def _inflated(data: bytes, compression: str) -> Iterator[bytes]:
    """The inflated data chunk by chunk; ``read1`` hands over everything inflated before an error, which a plain
    ``read`` of a chunk drops with the error."""
    with _OPENERS[compression](io.BytesIO(data)) as stream:
        yield from iter(lambda: stream.read1(CHUNK_BYTES), b"")


def read_zip(data: bytes, source: str, max_bytes: int,
             read_member: Callable[[bytes, str, str], Iterator[Item]]) -> Iterator[Item]:
    """Every file in a zip archive, named ``archive.zip:member``, each read by its own name."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(source, f"corrupt zip archive ({error})") from None
    budget = max_bytes
    with archive:
        for info in archive.infolist():
            if info.is_dir() or _os_metadata(info.filename):
                continue
            name = f"{source}:{info.filename}"
            if info.file_size > budget:
                yield InputError(name, f"zip archive inflates past {max_bytes:,} bytes (decompression bomb?)")
                return
            try:
                with archive.open(info) as member:  # never inflated past its declared size, chunk by chunk
                    content = b"".join(iter(lambda: member.read(CHUNK_BYTES), b""))
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError) as error:
                yield InputError(name, f"unreadable zip member ({error})")
                continue
            budget -= len(content)
            try:
                yield from read_member(content, name, info.filename)
            except InputError as error:
                yield error


def _os_metadata(name: str) -> bool:
    """What macOS adds to an archive it makes (``__MACOSX/._story.txt``, ``.DS_Store``): no member of the archive's
    own. Any other name starting with a dot is read like the rest."""
    return name.startswith("__MACOSX/") or name.rsplit("/", 1)[-1] == ".DS_Store"


def read_warc(data: bytes, source: str, max_bytes: int) -> Iterator[Item]:
    """Each HTML response of a web archive as an article, with its URL; the crawl date backs up the page's date."""
    from warcio.archiveiterator import ArchiveIterator

    found = 0
    budget = max_bytes
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            content_type = _content_type(record)
            if record.rec_type not in ("response", "resource") or "html" not in content_type.lower():
                continue
            name = f"{source}:{number}"
            body = record.content_stream().read(budget + 1)
            if len(body) > budget:
                yield InputError(name, f"WARC content inflates past {max_bytes:,} bytes (decompression bomb?)")
                return
            budget -= len(body)
            found += 1
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:  # the archive ends inside this record: its page is cut short, not whole
                yield InputError(name, f"WARC record cut short ({missing:,} of its {record.length:,} bytes missing)")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                text, warnings = decode(body, name, declared=_charset(content_type))
                yield article_from_html(text, source=name, id=url or name, url=url, warnings=warnings,
                                        fallback_date=record.rec_headers.get_header("WARC-Date"))
            except InputError as error:
                yield error
    except InputError:
        raise
    except Exception as error:  # warcio on a damaged archive: keep what was read, name the damage
        yield InputError(source, f"corrupt WARC archive ({error.__class__.__name__}: {error})")
        return
    if not found:
        yield InputError(source, "no HTML responses in this WARC archive")


def _content_type(record: object) -> str:
    headers = getattr(record, "http_headers", None)
    value = headers.get_header("Content-Type") if headers is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    return value or ""


def _charset(content_type: str) -> Optional[str]:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
