"""Bytes to text: byte-order marks, UTF-8, declared and guessed legacy encodings, binary rejection.

A guessed encoding is reported as a warning on the article, since a wrong guess garbles names and
numbers; control characters become spaces so offsets into the text we report never shift.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional

from .articles import InputError

# Signatures of formats that are never article text (compressed and archive formats are opened
# before this check, in containers.py).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 and C1 control characters other than tab, line feed and carriage return, plus the
# non-characters U+FFFE/U+FFFF: each becomes one space, so lengths and offsets are unchanged.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

# Lone surrogates: JSON may escape them ("\\udfff") and os.fsdecode holds a file name's non-UTF-8 bytes as
# U+DC80..U+DCFF, but no UTF-8 output can carry them.
_SURROGATES = re.compile("[\ud800-\udfff]")

# What would break or restyle an error line: C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# Control bytes other than tab, line feed, form feed, carriage return and escape: rare in text, common in binary data.
_BINARY_CONTROLS = bytes(byte for byte in range(0x20) if byte not in b"\t\n\x0c\r\x1b")

# <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">, and the XML declaration.
_DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""", re.I)


def binary_kind(data: bytes) -> Optional[str]:
    """What binary format ``data`` starts with, or None when it may be text."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def clean_controls(text: str) -> str:
    """Control characters become spaces and lone surrogates U+FFFD: same length, so every offset stays valid."""
    return without_surrogates(_CONTROLS.sub(" ", text))


def without_surrogates(text: str) -> str:
    """Text every output can be written in: a lone surrogate (from a JSON escape) becomes U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def printable_name(name: str) -> str:
    """A file name as text: a byte that is not UTF-8 (which ``os.fsdecode`` holds as a surrogate escape) is shown
    as ``\\xff``, so the name can be written to JSON and error lines instead of aborting the job."""
    return _SURROGATES.sub(_escaped_byte, name)


def printable_line(text: str) -> str:
    """A message as one line: ``printable_name``, and control characters escaped as Python writes them (``\\n``,
    ``\\x1b``), so a file name holding a newline or a terminal escape neither splits an error line nor forges one."""
    return _LINE_CONTROLS.sub(_escaped_control, printable_name(text))


def _escaped_control(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]


def _escaped_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def decode(data: bytes, source: str, *, declared: Optional[str] = None) -> tuple[str, list[str]]:
    """Text and warnings from bytes: BOM, else UTF-8, else a declared charset, else a guessed one (warned).

    ``declared`` is a charset named outside the bytes (an HTTP header); HTML and XML declarations
    inside the first few kilobytes count too.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(source, f"binary file ({kind}), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), []
            except UnicodeDecodeError as error:
                raise InputError(source, f"not valid {encoding.upper()} despite its byte-order mark "
                                         f"(offset {error.start + len(bom)})") from None
    nul = b"\x00" in data and not _stray_nuls(data)  # the whole file's NULs: text may come before binary data
    if not nul:
        try:
            return data.decode("utf-8"), []
        except UnicodeDecodeError:
            pass
        mostly_utf8 = _mostly_utf8(data)
        if mostly_utf8 is not None:
            return mostly_utf8, ["invalid UTF-8 bytes replaced with U+FFFD"]
        charset = declared or _declared_charset(data)
        if charset:
            try:
                return data.decode(charset), []
            except (LookupError, UnicodeDecodeError):
                pass
    return _guess(data, source, nul)


def _stray_nuls(data: bytes) -> bool:
    """A few NUL bytes in what is otherwise text (a stray byte from a bad copy or a crashed editor).

    They are read as text and blanked like other control characters. Binary data has NULs too, but
    its other bytes are no text: they are not UTF-8 nor nearly ASCII, or are full of control bytes.
    """
    if data.count(b"\x00") > max(1, len(data) // 100):
        return False
    rest = data.replace(b"\x00", b"")
    if len(rest) - len(rest.translate(None, _BINARY_CONTROLS)) > len(rest) // 100:
        return False
    try:
        rest.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return _mostly_utf8(rest) is not None or _mostly_ascii(rest)


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 text with a few stray bytes (pages pasted together from two encodings), or None.

    More valid multi-byte characters than invalid bytes means the text is UTF-8 with damage, not a
    legacy encoding: decoding with replacement keeps every valid character.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - invalid
    return text if multibyte > invalid else None


def _declared_charset(data: bytes) -> Optional[str]:
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _wide_unicode(data: bytes) -> Optional[str]:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the NUL bytes of Latin text fall."""
    sample = data[:8192]
    for encoding, width, zeros in (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
                                   ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,))):
        units = len(sample) // width
        if units < 2 or len(data) % width:
            continue
        share = sum(all(sample[i * width + z] == 0 for z in zeros) for i in range(units)) / units
        if share >= 0.7:
            return encoding
    return None


def _guess(data: bytes, source: str, nul: bool) -> tuple[str, list[str]]:
    """UTF-16/32 told by NUL bytes, Windows-1252 for nearly-ASCII text, else charset-normalizer's best guess."""
    from charset_normalizer import from_bytes

    if nul:
        encoding = _wide_unicode(data)
        try:
            text = data.decode(encoding) if encoding else None
        except UnicodeDecodeError:
            text = None
        if text is None:
            raise InputError(source, "binary file, not text")
        return text, [f"encoding not declared: read as {encoding} (guessed)"]
    if _mostly_ascii(data):
        try:
            return data.decode("cp1252"), ["encoding not declared: read as cp1252 (guessed)"]
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "binary file or unknown encoding, not text")
    return str(best), [f"encoding not declared: read as {best.encoding.replace('_', '-')} (guessed)"]


def _mostly_ascii(data: bytes) -> bool:
    """English text with a few accented letters or a pound sign: too little for a statistical guess.

    Windows-1252 is then the likeliest reading (the web's default for undeclared Western pages);
    a guess from one or two bytes would as readily say Japanese.
    """
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    return high <= max(2, len(data) // 50)
