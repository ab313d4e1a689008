"""Web pages: the article's main text and metadata, found by trafilatura (built for news pages).

Offsets of an HTML article index the extracted text, not the markup: ``--keep-text`` shows it.
Nothing is ever fetched: trafilatura only reads the page it is given.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from .articles import Article, InputError, normalise_date
from .decoding import clean_controls
from .furniture import furniture

_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*>")
_BLANK_RUNS = re.compile(r"[ \t\r\f\v]*\n\s*")
_MARKUP = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|rss|feed|meta|title|div|p)\b",
                     re.IGNORECASE | re.DOTALL)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def looks_like_markup(text: str) -> bool:
    """Whether a text starts like an HTML or XML document (for standard input and unknown files)."""
    return _MARKUP.match(text[:2048]) is not None


def article_from_html(
    html: str, *, source: str, id: Optional[str] = None, url: Optional[str] = None,
    fallback_date: Optional[str] = None, warnings: Optional[list[str]] = None,
) -> Article:
    """The article in a web page: main text, title, author, publication date and canonical URL.

    ``fallback_date`` (e.g. a crawl date) anchors relative dates when the page states none, with a warning.
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False, deduplicate=False)
    except Exception as error:  # trafilatura/lxml on hostile markup: one error line, never a crash
        raise InputError(source, f"HTML could not be parsed: {error.__class__.__name__}") from None
    warnings = list(warnings or [])
    text = clean_controls(document.text or "") if document is not None else ""
    if not text.strip():
        text = clean_controls(all_text(html))
        if not text.strip():
            raise InputError(source, "no text found in the page")
        warnings.append("no main article found in the page (a feed or an index?): using all its text")
    article = Article(text=text, id=id or source, source=source, warnings=warnings,
                      furniture=furniture(text, lines_are_paragraphs=True))
    if document is not None:
        article.title = document.title or None
        article.url = url or document.url or None
        article.author = document.author or None
        article.published = normalise_date(document.date)
    article.url = article.url or url
    if article.published is None and fallback_date:
        article.published = normalise_date(fallback_date)
        if article.published:
            article.warnings.append(f"no publication date in the page: using the crawl date {article.published}")
    return article


def all_text(html: str) -> str:
    """Every text node of a page or feed, one block per line: the fallback when no article is found."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    for node in root.iter("script", "style", "noscript", "template"):
        node.text = ""
    return _BLANK_RUNS.sub("\n", "\n".join(root.itertext())).strip()
