"""IPTC NITF (the News Industry Text Format, 3.x): a ``<nitf>`` document is one article, as AP and the New York
Times Annotated Corpus keep their stories.

The text is the paragraphs of ``body.content``, one paragraph a blank line apart, whitespace of the XML's own line
wrapping collapsed; the dateline opens the first paragraph as wire copy prints it ("BERLIN, July 12 - ..."); the
byline, abstract, captions and editorial notes are not text. Offsets index that text, which ``--keep-text`` shows.

XML is parsed by the standard library (expat) and no DTD is ever loaded or entity fetched. A document whose DOCTYPE
declares entities is refused before it is parsed, since expanding nested entities is how a few hundred bytes become
gigabytes ("billion laughs"); the named characters an external NITF DTD defines (``&eacute;``, ``&mdash;``) are
read as HTML names them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import date
from html.entities import name2codepoint
from typing import Iterable, Iterator, Optional, Union
from xml.parsers import expat

from .articles import Article, InputError, normalise_date
from .furniture import furniture

Item = Union[Article, InputError]
Element = ElementTree.Element

# What may come before a root element: an XML declaration, processing instructions, comments and a DOCTYPE.
PROLOG = r"\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^[>]*(?:\[.*?\])?\s*>\s*)*"
_ROOT = re.compile(PROLOG + r"<(?:[\w.-]+:)?nitf\b", re.DOTALL)
_BASIC_DATE = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})")  # 20241129T170043Z (the norm form) or 2024-11-29
_DASH_END = re.compile(r"[-\u2013\u2014:)]$")
_HTML_ENTITIES = {name: chr(codepoint) for name, codepoint in name2codepoint.items()}
_NOT_TEXT = ("media", "note", "table")  # captions, editors' notes, tables of figures


class _RootReached(Exception):
    """The scan of a prolog for entity declarations is over: the root element starts."""


def looks_like_nitf(text: str) -> bool:
    """Whether a document's root element is ``<nitf>`` (with or without the NITF namespace)."""
    return _ROOT.match(text[:4096]) is not None


def parse_xml(text: str, source: str) -> Element:
    """The document's root element; an ``InputError`` for XML that is not well formed or declares entities."""
    scan = expat.ParserCreate()

    def declared(name: str, *_: object) -> None:
        raise InputError(source, f"XML that declares entities ({name!r}) is refused: expanding them can take "
                                 f"gigabytes (billion laughs)")

    def root(*_: object) -> None:
        raise _RootReached

    scan.EntityDeclHandler = declared
    scan.StartElementHandler = root
    try:
        scan.Parse(text, True)
    except (_RootReached, expat.ExpatError):  # an error is reported by the parse itself
        pass
    parser = ElementTree.XMLParser()
    parser.entity.update(_HTML_ENTITIES)
    try:
        parser.feed(text)
        return parser.close()
    except ElementTree.ParseError as error:
        raise InputError(source, f"invalid XML: {error}") from None


def local(element: Element) -> str:
    """An element's name without its namespace."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def find(element: Optional[Element], *path: str) -> Optional[Element]:
    """The first element down ``path`` of local names, in any namespace."""
    for name in path:
        if element is None:
            return None
        element = next((child for child in element if local(child) == name), None)
    return element


def words(element: Optional[Element], leave_out: Iterable[str] = ()) -> str:
    """An element's text, its XML line wrapping collapsed to single spaces, without the elements named."""
    if element is None:
        return ""
    skipped = set(leave_out)

    def parts(node: Element) -> Iterator[str]:
        yield node.text or ""
        for child in node:
            if local(child) not in skipped:
                yield from parts(child)
            yield child.tail or ""

    return " ".join("".join(parts(element)).split())


def paragraphs(content: Optional[Element]) -> list[str]:
    """The body's paragraphs (``<p>``, and list items holding none), captions, notes and tables left out.

    The NYT Annotated Corpus gives the lead paragraph again before the full text: only the full text is read.
    """
    if content is None:
        return []
    blocks = [child for child in content if local(child) == "block" and child.get("class") == "full_text"]
    found: list[str] = []

    def walk(node: Element) -> None:
        for child in node:
            name = local(child)
            if name == "p" or (name == "li" and find_any(child, "p") is None):
                found.append(words(child))
            elif name not in _NOT_TEXT:
                walk(child)

    for block in blocks or [content]:
        walk(block)
    return [paragraph for paragraph in found if paragraph]


def find_any(element: Element, name: str) -> Optional[Element]:
    """The first element of that local name below ``element``, at any depth."""
    return next((node for node in element.iter() if node is not element and local(node) == name), None)


def story_text(dateline: str, body: list[str]) -> str:
    """The paragraphs a blank line apart, the dateline opening the first as wire copy prints it, unless it does."""
    if dateline and body and not body[0].lower().startswith(dateline.lower()):
        body = [dateline + (" " if _DASH_END.search(dateline) else " - ") + body[0], *body[1:]]
    elif dateline and not body:
        body = [dateline]
    return "\n\n".join(body)


def byline(element: Optional[Element]) -> Optional[str]:
    """The author a byline names ("By Meredith Jameson, <byttl>Staff Reporter</byttl>": Meredith Jameson)."""
    name = re.sub(r"^by\s+", "", words(element, ("byttl",)), flags=re.IGNORECASE).strip(" ,;")
    return name or None


def iso_day(raw: Optional[str]) -> Optional[str]:
    """The day of a date as the document writes it (ISO 8601 basic, as NITF's ``norm``, or extended), not moved
    to UTC; other forms through the common date reader."""
    if not raw or not raw.strip():
        return None
    basic = _BASIC_DATE.match(raw)
    if basic:
        try:
            return date(*(int(part) for part in basic.groups())).isoformat()
        except ValueError:
            return None
    return normalise_date(raw)


def dated(raw: Optional[str], warnings: list[str]) -> Optional[str]:
    """The ISO day of ``raw``, with a warning when there is a date the reader does not understand."""
    published = iso_day(raw)
    if raw and published is None:
        warnings.append(f"publication date {raw!r} not understood; relative dates left unresolved")
    return published


def article_from_nitf(nitf: Element, source: str, *, id: Optional[str] = None, title: Optional[str] = None,
                      published: Optional[str] = None, dateline: str = "", warnings: Optional[list[str]] = None
                      ) -> Article:
    """The article of one ``<nitf>`` element; what an envelope (a NewsML-G2 item) says of it comes first."""
    warnings = warnings if warnings is not None else []
    head, body = find(nitf, "head"), find(nitf, "body")
    docdata, pubdata = find(head, "docdata"), find(head, "pubdata")
    body_head = find(body, "body.head")
    doc_id = find(docdata, "doc-id")
    hedline = words(find(body_head, "hedline", "hl1"))
    title = title or words(find(head, "title")) or hedline or None
    if published is None:
        issued = [find(docdata, "date.issue"), find(docdata, "date.release")]
        raw = next((node.get("norm") for node in issued if node is not None and node.get("norm")), None)
        published = dated(raw or (pubdata.get("date.publication") if pubdata is not None else None), warnings)
    dateline = words(find(body_head, "dateline")) or dateline
    text = story_text(dateline, paragraphs(find(body, "body.content")))
    if not text:
        if not title:
            raise InputError(source, "NITF story has no body text or headline")
        text = title
        warnings.append("NITF story has no body text: its headline is the text")
    return Article(text=text, id=id or (doc_id.get("id-string") if doc_id is not None else None) or source,
                   source=source, published=published, title=title, url=(pubdata.get("ex-ref") or None)
                   if pubdata is not None else None, author=byline(find(body_head, "byline")), warnings=warnings,
                   furniture=furniture(text))


def read_nitf(text: str, source: str) -> Iterator[Item]:
    """The document's one article; an error when it is not well-formed NITF."""
    root = parse_xml(text, source)
    if local(root) != "nitf":
        raise InputError(source, f"not an NITF document (its root element is <{local(root)}>)")
    yield article_from_nitf(root, source)
