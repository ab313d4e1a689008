"""Reuters-21578 SGML (``.sgm``): one article per ``<REUTERS>`` story, its NEWID as id.

A story's ``<BODY>`` is its text, entities decoded (``&lt;SRD>`` is ``<SRD>``), so offsets index the
body as the extractor reads it. A story with no body (a brief) is its ``<TITLE>``; an unprocessed one
(no tags in its ``<TEXT>``) is that text, read as a plain-text file is, headline line included.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Iterator, Optional, Union

from .articles import Article, InputError, article_from_text, normalise_date
from .furniture import furniture

Item = Union[Article, InputError]

_ROOT = re.compile(r"\ufeff?\s*(?:<!DOCTYPE\s+lewis[^>]*>\s*)?<REUTERS\b", re.IGNORECASE)
_STORY = re.compile(r"<REUTERS\b(?P<attributes>[^>]*)>(?P<story>.*?)</REUTERS>", re.DOTALL)
_NEWID = re.compile(r'\bNEWID="(\d+)"')
_DAY = re.compile(r"\s*(\d{1,2}-[A-Z]{3}-\d{4})")
_START_OF_TEXT, _END_OF_TEXT = "\x02", "\x03"  # the wire's STX and ETX (&#2;, &#3;) around a story


def looks_like_reuters(text: str) -> bool:
    """Whether a document starts as a Reuters-21578 file does (the lewis doctype, then a story)."""
    return _ROOT.match(text[:1024]) is not None


def read_reuters(text: str, source: str) -> Iterator[Item]:
    """One article per story, named ``source:N`` for the Nth story of the file."""
    found = False
    for number, match in enumerate(_STORY.finditer(text), 1):
        found = True
        name = f"{source}:{number}"
        try:
            yield _article(match.group("attributes"), match.group("story"), name)
        except InputError as error:
            yield error
    if not found:
        yield InputError(source, "no <REUTERS> story in this SGML file")


def _article(attributes: str, story: str, source: str) -> Article:
    newid = _NEWID.search(attributes)
    id = newid.group(1) if newid else source
    published = _date(_element(story, "DATE"))
    title = html.unescape(_element(story, "TITLE") or "").strip() or None
    body = _element(story, "BODY")
    if body is None:
        unprocessed = _element(story, "TEXT") or ""
        if "<" not in unprocessed and unprocessed.strip():
            return article_from_text(_text(unprocessed), id=id, source=source, published=published)
    text = _text(body) if body is not None else title or ""
    if not text.strip():
        raise InputError(source, "story has no title or body")
    return Article(text=text, id=id, source=source, published=published, title=title, furniture=furniture(text))


def _element(story: str, tag: str) -> Optional[str]:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", story, re.DOTALL)
    return match.group(1) if match else None


def _text(value: str) -> str:
    """The story's words: without the wire's start-of-text mark (and its line) and end-of-text mark."""
    return html.unescape(value).lstrip(_START_OF_TEXT + "\n").rstrip(_END_OF_TEXT)


def _date(raw: Optional[str]) -> Optional[str]:
    """Stories are dated as 26-FEB-1987 15:01:01.79; a few dates are written otherwise."""
    if not raw:
        return None
    day = _DAY.match(raw)
    try:
        return datetime.strptime(day.group(1).title(), "%d-%b-%Y").date().isoformat() if day else normalise_date(raw)
    except ValueError:
        return normalise_date(raw)
