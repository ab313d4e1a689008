"""IPTC NewsML 1.x (the agency standard before NewsML-G2) and Reuters RCV1's ``<newsitem>``: one article per news item.

NewsML 1: a ``<NewsML>`` document (or one ``<NewsItem>``) holds news items. An item's id is its
``Identification/NewsIdentifier/PublicIdentifier`` (else ``NewsItemId``), its day ``NewsManagement/ThisRevisionCreated``
(else ``FirstCreated``, the identifier's ``DateId``, or the envelope's ``DateAndTime``) as the item writes it, its
title, author and dateline the ``HeadLine``, ``ByLine`` and ``DateLine`` of its first ``NewsLines``. The text is the
first ``ContentItem`` holding text in its ``DataContent`` (components nest, so photos and graphics beside the story
are passed over): NITF (read as a ``.nitf`` file is, dateline first), XHTML or other ``<p>`` paragraphs, or plain
text; an item with none (a photo) is its headline, with a warning.
RCV1 (Reuters Corpus Volume 1, a close variant): ``<newsitem itemid date>`` with ``headline`` (else ``title``),
``byline``, ``dateline`` and the paragraphs of ``text``; its copyright line and metadata codes are not text.
Parsed as safely as NITF (see nitf.py): a document declaring entities is refused.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional, Union

from .articles import Article, InputError
from .furniture import furniture
from .nitf import (PROLOG, Element, article_from_nitf, byline, dated, find, find_any, local, paragraphs, parse_xml,
                   story_text, words)

Item = Union[Article, InputError]

_ROOT = re.compile(PROLOG + r"<(?:[\w.-]+:)?(?:NewsML|NewsItem|newsitem)\b", re.DOTALL)
_PLAIN_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def looks_like_newsml1(text: str) -> bool:
    """Whether a document's root element is NewsML 1's ``NewsML`` or ``NewsItem``, or RCV1's ``newsitem``."""
    return _ROOT.match(text[:4096]) is not None


def read_newsml1(text: str, source: str) -> Iterator[Item]:
    """One article per news item: named ``source`` for an item alone, ``source:N`` for the Nth item of a document."""
    root = parse_xml(text, source)
    name = local(root)
    if name == "newsitem":
        yield _rcv1_article(root, source)
        return
    if name == "NewsItem":
        yield _article(root, source, None)
        return
    if name != "NewsML":
        raise InputError(source, f"not a NewsML 1 document or item (its root element is <{name}>)")
    items = [item for item in root if local(item) == "NewsItem"]
    if not items:
        raise InputError(source, "NewsML document holds no NewsItem")
    sent = words(find(root, "NewsEnvelope", "DateAndTime")) or None
    for number, item in enumerate(items, 1):
        try:
            yield _article(item, f"{source}:{number}", sent)
        except InputError as error:
            yield error


def _article(item: Element, source: str, sent: Optional[str]) -> Article:
    identifier, management = find(item, "Identification", "NewsIdentifier"), find(item, "NewsManagement")
    warnings: list[str] = []
    raw_date = next((value for value in (words(find(management, "ThisRevisionCreated")),
                                         words(find(management, "FirstCreated")), words(find(identifier, "DateId")),
                                         sent) if value), None)
    published = dated(raw_date, warnings)
    lines = find_any(item, "NewsLines")
    title = words(find(lines, "HeadLine")) or None
    dateline = words(find(lines, "DateLine"))
    author = byline(find(lines, "ByLine"))
    id = words(find(identifier, "PublicIdentifier")) or words(find(identifier, "NewsItemId")) or source
    for content in (node for node in item.iter() if local(node) == "ContentItem"):
        data = find(content, "DataContent")
        nitf = None if data is None else (data if local(data) == "nitf" else find_any(data, "nitf"))
        if nitf is not None:
            article = article_from_nitf(nitf, source, id=id, title=title, published=published, dateline=dateline,
                                        warnings=warnings)
            article.author = article.author or author
            return article
        found = _paragraphs_of(data) if _is_text(content) else []
        if found:
            text = story_text(dateline, found)
            return Article(text=text, id=id, source=source, published=published, title=title, author=author,
                           warnings=warnings, furniture=furniture(text))
    if not title:
        raise InputError(source, "news item has no text or headline")
    warnings.append("news item has no text: its headline is the text")
    return Article(text=title, id=id, source=source, published=published, title=title, author=author,
                   warnings=warnings, furniture=furniture(title))


def _is_text(content: Element) -> bool:
    """A content item of text, held as characters: not a photo, graphic or sound, nor base64 data."""
    media, encoding = find(content, "MediaType"), find(content, "Encoding")
    return ((media is None or (media.get("FormalName") or "text").lower() == "text")
            and (encoding is None or (encoding.get("FormalName") or "").lower() in ("", "none", "xml")))


def _paragraphs_of(data: Optional[Element]) -> list[str]:
    """The paragraphs of a ``DataContent``: its ``<p>`` elements (XHTML or bare), else its plain text split at blank
    lines; nothing for base64 data or a content item that only points elsewhere."""
    if data is None:
        return []
    if len(data):
        return paragraphs(data)
    return [" ".join(block.split()) for block in _PLAIN_PARAGRAPHS.split(data.text or "") if block.strip()]


def _rcv1_article(item: Element, source: str) -> Article:
    warnings: list[str] = []
    title = words(find(item, "headline")) or words(find(item, "title")) or None
    text = story_text(words(find(item, "dateline")), paragraphs(find(item, "text")))
    if not text:
        if not title:
            raise InputError(source, "news item has no text or headline")
        text = title
        warnings.append("news item has no text: its headline is the text")
    return Article(text=text, id=item.get("itemid") or source, source=source,
                   published=dated(item.get("date"), warnings), title=title, author=byline(find(item, "byline")),
                   warnings=warnings, furniture=furniture(text))
