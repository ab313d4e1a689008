"""Web pages: the article's main text and metadata, found by trafilatura (built for news pages).

Offsets of an HTML article index the extracted text, not the markup: ``--keep-text`` shows it.
Nothing is ever fetched: trafilatura only reads the page it is given.

A page's title names its site or author beside the headline ("... - TechCrunch", "LinkNaija | Nigeria's popular
news platform: ...", "... | Editorial"): the parts the page itself names so (its site name, the words of its
address, its author) are cut from the title. The headline the text opens with is the title, not the body.
The publication date is the one the page states (``published.py``), else trafilatura's.
"""

from __future__ import annotations

import logging
import re
from typing import Optional, Sequence

from .articles import Article, InputError, normalise_date
from .decoding import clean_controls
from .furniture import furniture, lines
from .published import stated_published

_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*>")
_BLANK_RUNS = re.compile(r"[ \t\r\f\v]*\n\s*")
_MARKUP = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|rss|feed|meta|title|div|p)\b",
                     re.IGNORECASE | re.DOTALL)

# What sets a site's name or a section off from a headline: "... | Reuters", "... - Yahoo News", "Site: ...".
_TITLE_SEPARATOR = re.compile(r"(\s+[|\-–—·•»~/:]\s+|\s*\|\s*|:\s+)")
_TITLE_WORD = re.compile(r"\w+")
HEADLINE_SHARE = 0.8
HEADLINE_MAX_WORDS = 40
SITE_NAME_MIN_CHARS = 3
SITE_NAME_SLACK = 5  # characters a title part may add to a site's name ("SpaceNews.com" of spacenews)

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
    title = site_free_title(document.title or "", [document.sitename or "", document.author or "",
                                                   *_host_words(document.hostname or document.url or url or "")]
                            ) if document is not None else ""
    body_start = 0
    opening = next(((start, end, line) for start, end, line in lines(text) if line), None)
    if opening is not None and title and is_headline_of(opening[2], title):
        title = _part_named(document.title or "", opening[2]) or title
        body_start = opening[1] + 1 if opening[1] < len(text) else opening[0]
    article = Article(text=text, id=id or source, source=source, warnings=warnings, body_start=body_start,
                      furniture=furniture(text, body_start, lines_are_paragraphs=True))
    if document is not None:
        article.title = title or None
        article.url = url or document.url or None
        article.author = document.author or None
        article.published = _published(html, url or document.url) or normalise_date(document.date)
    article.url = article.url or url
    if article.published is None and fallback_date:
        article.published = normalise_date(fallback_date)
        if article.published:
            article.warnings.append(f"no publication date in the page: using the crawl date {article.published}")
    return article


def _published(html: str, url: Optional[str]) -> Optional[str]:
    """The publication date the page states outright, before trafilatura's search over all its dates."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    return stated_published(tree, html, url) if tree is not None else None


def site_free_title(title: str, names: Sequence[str]) -> str:
    """``title`` without the parts before or after a separator that name the site or author ("... | ZDNet",
    "... - Remember 80/90 - Memorabilia anni 80/90"); a title that is only such parts is kept whole."""
    keys = [key for key in (_key(name) for name in names) if len(key) >= SITE_NAME_MIN_CHARS]
    pieces = _TITLE_SEPARATOR.split(title.strip())  # headline parts at even positions, separators between
    # The longest end that names the site goes first ("- WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale");
    # a site name can stand at both ends ("LinkNaija | Nigeria's popular news platform: headline | LinkNaija").
    tail = next((cut for cut in range(1, len(pieces), 2) if _names_site(_key("".join(pieces[cut + 1:])), keys)), None)
    pieces = pieces[:tail] if tail is not None else pieces
    head = next((cut for cut in range(len(pieces) - 2, 0, -2) if _names_site(_key("".join(pieces[:cut])), keys)), None)
    pieces = pieces[head + 1:] if head is not None else pieces
    return "".join(pieces).strip()


def is_headline_of(line: str, title: str) -> bool:
    """Whether a text's first line is the page's headline: the title, or nearly all its words and few more
    ("Cannabis Use Disorder is Rising in U.S. States Where Weed is Legal" under a title in sentence case)."""
    line_words, title_words = set(_TITLE_WORD.findall(line.casefold())), set(_TITLE_WORD.findall(title.casefold()))
    if not line_words or len(line_words) > HEADLINE_MAX_WORDS:
        return False
    shared = len(line_words & title_words)
    return shared >= HEADLINE_SHARE * len(title_words) and shared >= HEADLINE_SHARE * len(line_words)


def _part_named(title: str, headline: str) -> Optional[str]:
    """The headline when it is a whole part of the title ("Opinion | Is Football Violence a Crime?")."""
    pieces = _TITLE_SEPARATOR.split(title.strip())
    wanted = _key(headline)
    for start in range(0, len(pieces), 2):
        for end in range(start + 1, len(pieces) + 1, 2):
            if _key("".join(pieces[start:end])) == wanted:
                return "".join(pieces[start:end]).strip()
    return None


def _names_site(part: str, keys: list[str]) -> bool:
    """A title part names the site: the name, a part of it ("The Paradigm" of theparadigmng.com), or the name with a
    little more ("SpaceNews.com" of spacenews)."""
    return len(part) >= SITE_NAME_MIN_CHARS and any(
        part == key or (len(part) > SITE_NAME_MIN_CHARS and part in key)
        or (key in part and len(part) <= len(key) + SITE_NAME_SLACK)
        for key in keys)


def _host_words(address: str) -> list[str]:
    """The names in a page's host: "cnn" of www.cnn.com, "morebikes" of www.morebikes.co.uk, "profootballtalk" and
    "nbcsports" of profootballtalk.nbcsports.com (not "www", the country or "com", "co" before it)."""
    host = (address.split("/")[2] if "//" in address else address.split("/")[0]).split(":")[0].lower()
    labels = [label for label in host.split(".") if label and label != "www"][:-1]
    if len(labels) > 1 and len(labels[-1]) <= SITE_NAME_MIN_CHARS:
        labels.pop()
    return labels


def _key(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


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
