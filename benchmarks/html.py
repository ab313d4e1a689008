"""Web pages: article body and publication date, as the readers take them out of saved HTML.

Bodies are scored on ``corpora/html-articles`` (Zyte's article-extraction benchmark: real news pages
with their expected article bodies) by token F1: the bags of case-folded word tokens of our text and
the expected body, averaged over pages (a page we cannot read scores 0). The "body" row is what facts are
read from (the text after the headline, furniture blanked); the "text as read" row is all of it (what
``--keep-text`` shows); "whole page text" is the floor: every text node of the page, which is what reading
HTML as plain text would give. Dates are scored on ``corpora/html-dated`` (trafilatura's evaluation pages):
our ``published`` must equal the expected date. Titles are checked on ``html-articles`` against the page's own
evidence of its site and author (its address, og:site_name, application-name, twitter:site, author meta): a
title that opens or ends on one of them, set off by a separator ("... - Yahoo News", "LinkNaija | ...: ...",
"... | Editorial"), carries a site name.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

from .common import Table, mean

if TYPE_CHECKING:
    from extractor import Extractor

_TOKEN = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s+[|\-–—:·•»~/]\s+|\s*\|\s*|:\s+")
_SITE_META = ("og:site_name", "application-name", "twitter:site", "author", "article:author")
_HOST_WORDS = frozenset({"www", "com", "co", "org", "net", "uk", "br", "it", "ru", "de", "in", "ca", "kr", "info",
                         "news", "blog", "hosted", "html", "http", "https"})


@dataclass
class TokenScore:
    precision: float
    recall: float
    f1: float


def token_f1(predicted: str, expected: str) -> TokenScore:
    """Bag-of-tokens overlap: order-free, so a paragraph extracted out of place is not lost."""
    ours, gold = _tokens(predicted), _tokens(expected)
    shared = sum((ours & gold).values())
    if not shared:
        empty = not ours and not gold
        return TokenScore(float(empty), float(empty), float(empty))
    precision, recall = shared / sum(ours.values()), shared / sum(gold.values())
    return TokenScore(precision, recall, 2 * precision * recall / (precision + recall))


def _tokens(text: str) -> Counter[str]:
    return Counter(token.casefold() for token in _TOKEN.findall(text))


def read_page(data: bytes, name: str) -> tuple[Optional[str], Optional[str]]:
    """(text, published) of a saved page as the extractor reads it; (None, None) when it is an error."""
    from extractor.readers import Article, read_data

    items = list(read_data(data, name))
    article = items[0] if items else None
    if not isinstance(article, Article):
        return None, None
    return article.text, article.published


def read_body(data: bytes, name: str) -> Optional[str]:
    """The body facts are read from: the text after its headline with furniture blanked; None when unreadable."""
    from extractor.readers import Article, read_data
    from extractor.readers.furniture import blanked

    article = next(iter(read_data(data, name)), None)
    if not isinstance(article, Article):
        return None
    return blanked(article.text, article.furniture)[article.body_start:]


def whole_page_text(data: bytes, name: str) -> Optional[str]:
    """Every text node of the page: the baseline a plain-text reader would give."""
    from extractor.readers import InputError
    from extractor.readers.decoding import decode
    from extractor.readers.html import all_text

    try:
        return all_text(decode(data, name)[0])
    except InputError:
        return None


def body_pages(corpus: Path, limit: Optional[int] = None) -> Iterator[tuple[str, bytes, str]]:
    """(id, page bytes, expected body) of each page of ``html-articles``."""
    with open(corpus / "index.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows[:limit]:
        page = corpus / "html" / f"{row['id']}.html"
        expected = json.loads((corpus / "expected" / f"{row['id']}.json").read_text(encoding="utf-8"))
        yield row["id"], page.read_bytes(), expected.get("articleBody") or ""


def title_pages(corpus: Path, limit: Optional[int] = None) -> Iterator[tuple[str, bytes, list[str]]]:
    """(id, page bytes, the names the page gives its site and author) of each page of ``html-articles``."""
    for page_id, data, _ in body_pages(corpus, limit):
        expected = json.loads((corpus / "expected" / f"{page_id}.json").read_text(encoding="utf-8"))
        yield page_id, data, site_names(data, expected.get("url") or "")


def site_names(data: bytes, url: str) -> list[str]:
    """What a page calls its site and author: the words of its address's host and its site and author metadata."""
    from lxml import etree
    from lxml import html as lxml_html

    names = [word for word in re.split(r"[.:/]", url.split("/")[2] if url.count("/") >= 2 else "")
             if len(word) >= 3 and word not in _HOST_WORDS]
    try:
        root = lxml_html.fromstring(data)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return names
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        value = (meta.get("content") or "").strip().lstrip("@")
        if key in _SITE_META and value and not value.startswith("http"):
            names.append(value)
    return names


def carries_site_name(title: str, names: list[str]) -> bool:
    """Whether a title opens or ends, beyond a separator, on a name of its site or author ("... | Reuters")."""
    parts = [_key(part) for part in _SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return False
    whole = _key(title)
    keys = [key for key in (_key(name) for name in names) if len(key) >= 3 and key != whole]  # MSN names its app so
    ends = ["".join(parts[:count]) for count in range(1, len(parts))] + [
        "".join(parts[count:]) for count in range(1, len(parts))]  # every run of parts from either end
    return any(end == key for end in ends for key in keys) or any(
        _names(part, key) for part in (parts[0], parts[-1]) for key in keys)


def _names(part: str, key: str) -> bool:
    """A title's first or last part names the site: the name itself, a part of it ("The Paradigm" of
    theparadigmng.com) or the name with a little more ("SpaceNews.com" of spacenews)."""
    return len(part) >= 3 and (part == key or key.startswith(part) or (len(part) >= 4 and part in key)
                               or (len(key) >= 4 and key in part and len(part) <= len(key) + 5))


def _key(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def dated_pages(corpus: Path, limit: Optional[int] = None) -> Iterator[tuple[str, bytes, str]]:
    """(file name, page bytes, expected ISO date) of each page of ``html-dated``."""
    with open(corpus / "index.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows[:limit]:
        yield row["file"], (corpus / "html" / row["file"]).read_bytes(), row["expected_date"]


def body_table(pages: Iterator[tuple[str, bytes, str]],
               systems: dict[str, Callable[[bytes, str], Optional[str]]]) -> Table:
    table = Table("HTML article bodies (html-articles): token F1 against the expected body",
                  ["system", "pages", "unread", "precision", "recall", "F1"])
    scores: dict[str, list[TokenScore]] = {name: [] for name in systems}
    unread = Counter[str]()
    for page_id, data, expected in pages:
        for name, system in systems.items():
            text = system(data, f"{page_id}.html")
            unread[name] += text is None
            scores[name].append(token_f1(text or "", expected))
    for name, items in scores.items():
        table.add(name, len(items), unread[name], mean(s.precision for s in items), mean(s.recall for s in items),
                  mean(s.f1 for s in items))
    table.notes.append("Targets: mean F1 >= 0.90 (issue 8); body precision >= 0.95, recall >= 0.93 (issue 22).")
    return table


def date_table(pages: Iterator[tuple[str, bytes, str]]) -> Table:
    table = Table("Publication dates of web pages (html-dated): published == expected",
                  ["pages", "correct", "wrong", "none found", "unread", "accuracy"])
    correct = wrong = missing = unread = total = 0
    for name, data, expected in pages:
        total += 1
        text, published = read_page(data, name)
        if text is None:
            unread += 1
        elif published is None:
            missing += 1
        elif published == expected:
            correct += 1
        else:
            wrong += 1
    table.add(total, correct, wrong, missing, unread, correct / total if total else None)
    table.notes.append("Target (issue 8): accuracy >= 0.85.")
    return table


def title_table(pages: Iterator[tuple[str, bytes, list[str]]]) -> Table:
    table = Table("Titles of web pages (html-articles): no site name or author before or after the headline",
                  ["pages", "titled", "with site or author", "clean", "share clean"])
    total = titled = marked = 0
    for page_id, data, names in pages:
        total += 1
        title = read_title(data, f"{page_id}.html")
        if title:
            titled += 1
            marked += carries_site_name(title, names)
    table.add(total, titled, marked, titled - marked, (titled - marked) / titled if titled else None)
    table.notes.append("Target (issue 22): >= 90% of titles clean. Evidence: the page's address and its site and "
                       "author metadata.")
    return table


def read_title(data: bytes, name: str) -> Optional[str]:
    from extractor.readers import Article, read_data

    article = next(iter(read_data(data, name)), None)
    return article.title if isinstance(article, Article) else None


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Both tables; the pipeline is not needed (this measures the readers)."""
    corpora = shared / "corpora"
    systems: dict[str, Callable[[bytes, str], Optional[str]]] = {
        "extractor: body (facts are read from)": read_body,
        "extractor: text as read": lambda data, name: read_page(data, name)[0],
        "whole page text": whole_page_text,
    }
    return [body_table(body_pages(corpora / "html-articles", limit), systems),
            date_table(dated_pages(corpora / "html-dated", limit)),
            title_table(title_pages(corpora / "html-articles", limit))]
