"""IPTC NewsML-G2: every ``<newsItem>`` of a file (the root, or the items of a ``<newsMessage>``) is an article.

The item's ``guid`` is its id, ``contentMeta/headline`` its title, ``itemMeta/versionCreated`` (else
``contentMeta/contentCreated``, else ``itemMeta/firstCreated``) its publication day as the item writes it. The text
is its content: NITF (read as a ``.nitf`` file is, dateline first) or XHTML paragraphs inside ``inlineXML``, else
plain text in ``inlineData``; an item with none (a photo) is its description, else its headline, with a warning.
Packages, concepts and planning items carry no story and are not articles. Parsed as safely as NITF (see nitf.py).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional, Union

from .articles import Article, InputError
from .furniture import furniture
from .html import all_text
from .nitf import (PROLOG, Element, article_from_nitf, byline, dated, find, find_any, local, paragraphs, parse_xml,
                   story_text, words)

Item = Union[Article, InputError]

_ROOT = re.compile(PROLOG + r"<(?:[\w.-]+:)?(?:newsItem|newsMessage)\b", re.DOTALL)


def looks_like_newsml(text: str) -> bool:
    """Whether a document's root element is a NewsML-G2 ``newsItem`` or ``newsMessage``."""
    return _ROOT.match(text[:4096]) is not None


def read_newsml(text: str, source: str) -> Iterator[Item]:
    """One article per news item: named ``source`` for an item alone, ``source:N`` for the Nth item of a message."""
    root = parse_xml(text, source)
    if local(root) == "newsItem":
        yield _article(root, source)
        return
    if local(root) != "newsMessage":
        raise InputError(source, f"not a NewsML-G2 item or message (its root element is <{local(root)}>)")
    items = [item for item in _children(find(root, "itemSet")) if local(item) == "newsItem"]
    if not items:
        raise InputError(source, "NewsML-G2 message holds no newsItem")
    for number, item in enumerate(items, 1):
        try:
            yield _article(item, f"{source}:{number}")
        except InputError as error:
            yield error


def _article(item: Element, source: str) -> Article:
    item_meta, content_meta = find(item, "itemMeta"), find(item, "contentMeta")
    warnings: list[str] = []
    raw_date = next((words(node) for node in (find(item_meta, "versionCreated"), find(content_meta, "contentCreated"),
                                               find(item_meta, "firstCreated")) if words(node)), None)
    published = dated(raw_date, warnings)
    title = words(find(content_meta, "headline")) or words(find(item_meta, "title")) or None
    dateline = words(find(content_meta, "dateline"))
    author = byline(find(content_meta, "by")) or words(find(content_meta, "creator", "name")) or None
    id = item.get("guid") or source
    for rendition in _children(find(item, "contentSet")):
        nitf = rendition if local(rendition) == "nitf" else find_any(rendition, "nitf")
        if local(rendition) == "inlineXML" and nitf is not None:
            article = article_from_nitf(nitf, source, id=id, title=title, published=published, dateline=dateline,
                                        warnings=warnings)
            article.author = article.author or author
            return article
        text = _rendition_text(rendition, dateline)
        if text:
            return Article(text=text, id=id, source=source, published=published, title=title, author=author,
                           warnings=warnings, furniture=furniture(text))
    text = words(find(content_meta, "description")) or title or ""
    if not text:
        raise InputError(source, "news item has no text, description or headline")
    warnings.append(f"news item has no text: its {'description' if text != title else 'headline'} is the text")
    return Article(text=text, id=id, source=source, published=published, title=title, author=author,
                   warnings=warnings, furniture=furniture(text))


def _children(element: Optional[Element]) -> list[Element]:
    return list(element) if element is not None else []


def _rendition_text(rendition: Element, dateline: str) -> str:
    """The story of an XHTML ``inlineXML`` or a plain-text or HTML ``inlineData``; "" for anything else."""
    kind = (rendition.get("contenttype") or "").lower()
    if local(rendition) == "inlineXML":
        body = find_any(rendition, "body")
        return story_text(dateline, paragraphs(body if body is not None else rendition))
    if local(rendition) == "inlineData" and (kind.startswith("text/plain") or "html" in kind):
        data = (rendition.text or "").strip()
        return all_text(data) if "html" in kind else data
    return ""
