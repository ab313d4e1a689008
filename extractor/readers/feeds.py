"""RSS and Atom feeds: every item an article, its content (or summary) stripped of HTML as the text.

feedparser reads every RSS and Atom version and its dates; it is given the feed's bytes as a stream,
never a string, since it would fetch a string that reads as a URL or open one that names a file.
Offsets index the stripped text, which ``--keep-text`` shows.
"""

from __future__ import annotations

import io
import re
from email.utils import parsedate_to_datetime
from typing import Any, Iterator, Optional, Union

from .articles import Article, InputError, normalise_date
from .furniture import furniture
from .html import all_text

Item = Union[Article, InputError]

_FEED_ROOT = re.compile(r"\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^[>]*(?:\[.*?\])?\s*>\s*)*<(?:\w+:)?(?:rss|feed|RDF)\b",
                        re.DOTALL)
# Tags inside a paragraph: dropped so that their words stay on the paragraph's line ("Russia's Star City.").
_INLINE = ("a", "abbr", "b", "bdi", "cite", "code", "del", "em", "font", "i", "ins", "kbd", "mark", "q", "s",
           "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var")


def looks_like_feed(text: str) -> bool:
    """Whether a document's root element is an RSS (0.9x, 1.0 or 2.0) or Atom feed."""
    return _FEED_ROOT.match(text[:4096]) is not None


def read_feed(text: str, source: str) -> Iterator[Item]:
    """One article per item, named ``source:N``; a document with no items at all is an error."""
    import feedparser

    # The text is decoded already, so its XML declaration no longer says how its bytes are encoded.
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(source, f"feed holds no items{problem}")
        return
    for number, entry in enumerate(parsed.entries, 1):
        name = f"{source}:{number}"
        try:
            yield _article(entry, name)
        except InputError as error:
            yield error


def _article(entry: Any, source: str) -> Article:
    title = _plain(entry.get("title_detail")) or None
    warnings = []
    text = next((_plain(detail) for detail in [*entry.get("content", []), entry.get("summary_detail")]
                 if _plain(detail).strip()), "")
    if not text.strip():
        if not title:
            raise InputError(source, "feed item has no content, summary or title")
        text = title
        warnings.append("feed item has no content or summary: its title is the text")
    raw_date = entry.get("published") or entry.get("updated")
    published = _date(raw_date)
    if raw_date and published is None:
        warnings.append(f"publication date {raw_date!r} not understood; relative dates left unresolved")
    return Article(text=text, id=entry.get("id") or entry.get("link") or source, source=source, published=published,
                   title=title, url=entry.get("link") or None, author=entry.get("author_detail", {}).get("name") or entry.get("author") or None,
                   warnings=warnings, furniture=furniture(text, lines_are_paragraphs=True))


def _plain(detail: Optional[dict]) -> str:
    """A feed text construct as plain text: HTML and XHTML are stripped to one line per paragraph."""
    if not detail or not detail.get("value"):
        return ""
    if "html" not in detail.get("type", ""):
        return detail["value"].strip()
    return _paragraphs(detail["value"])


def _paragraphs(fragment: str) -> str:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    for node in list(root.iter(*_INLINE)):
        node.drop_tag()
    return all_text(lxml_html.tostring(root, encoding="unicode"))


def _date(raw: Optional[str]) -> Optional[str]:
    """The day as the feed writes it (RSS: RFC 822 dates; Atom: ISO 8601), not moved to UTC."""
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return normalise_date(raw)
