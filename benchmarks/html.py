"""Web pages: article body and publication date, as the readers take them out of saved HTML.

Bodies are scored on ``corpora/html-articles`` (Zyte's article-extraction benchmark: real news pages
with their expected article bodies) by token F1: the bags of case-folded word tokens of our text and
the expected body, averaged over pages (a page we cannot read scores 0). The "whole page text"
row is the floor: every text node of the page, which is what reading HTML as plain text would give.
Dates are scored on ``corpora/html-dated`` (trafilatura's evaluation pages): our ``published``
must equal the expected date.
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
    table.notes.append("Target (issue 8): mean F1 >= 0.90.")
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


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Both tables; the pipeline is not needed (this measures the readers)."""
    corpora = shared / "corpora"
    systems: dict[str, Callable[[bytes, str], Optional[str]]] = {
        "extractor (trafilatura)": lambda data, name: read_page(data, name)[0],
        "whole page text": whole_page_text,
    }
    return [body_table(body_pages(corpora / "html-articles", limit), systems),
            date_table(dated_pages(corpora / "html-dated", limit))]
