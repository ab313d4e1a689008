"""Articles and their metadata: the plain-text header, JSON-like records and dates.

Every failure is an ``InputError`` yielded in place of the article, so one bad input
never costs the others their output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Mapping, Optional, Union


from .furniture import furniture, headline

STDIN = "-"

# A header line: "Date: <anything dateparser reads>", "Title: ...", or "date 2023-11-09"
# followed by the article on the same line (as in samples/).
_HEADER = re.compile(
    r"[ \t]*(?P<key>date|published|title|url)"
    r"(?::[ \t]*(?P<line>[^\n]*)(?:\n|$)"
    r"|[ \t]+(?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\w-]))",
    re.IGNORECASE,
)


class InputError(Exception):
    """An input that cannot become an article; ``source`` names it for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Article:
    """One article's text as read, with its metadata; facts come from ``text[body_start:]`` only, outside
    the ``furniture`` spans (teaser headlines, repeated captions, sign-offs)."""

    text: str
    id: str = STDIN
    source: str = STDIN
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    body_start: int = 0
    author: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class FieldNames:
    """Which keys of a JSON record hold the text and the metadata."""

    text: str = "text"
    id: str = "id"
    date: tuple[str, ...] = ("published", "date")
    title: str = "title"
    url: str = "url"


# A publication date is a full calendar date: nothing relative ("yesterday") or partial ("-1", "March")
# may be completed from today's date.
_DATEPARSER_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}


def normalise_date(value: Union[str, date, datetime, None]) -> Optional[str]:
    """An ISO date (YYYY-MM-DD) from a date, an ISO string or any date dateparser reads; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        import dateparser  # here: most articles carry ISO dates or none, and its import is a tenth of start-up

        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
        return parsed.date().isoformat() if parsed else None


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Metadata lines at the top of a plain-text article, and where the article itself starts."""
    meta: dict[str, str] = {}
    pos = 0
    while True:
        match = _HEADER.match(text, pos)
        if match is None or match.group("key").lower() in meta:
            return meta, pos
        key = match.group("key").lower()
        meta["published" if key == "date" else key] = (match.group("line") or match.group("iso") or "").strip()
        pos = match.end()


def article_from_text(
    text: str,
    *,
    id: str = STDIN,
    source: str = STDIN,
    published: Union[str, date, None] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
) -> Article:
    """An article from raw text; explicit metadata wins over the text's own header, then its headline line."""
    header, body_start = parse_header(text)
    found = headline(text, body_start)
    if found is not None:
        headline_text, body_start = found
        header.setdefault("title", headline_text)
    article = Article(text=text, id=id, source=source, title=title or header.get("title") or None,
                      url=url or header.get("url") or None, body_start=body_start,
                      furniture=furniture(text, body_start))
    raw_date = published if published is not None else header.get("published")
    article.published = normalise_date(raw_date)
    if raw_date and article.published is None:
        article.warnings.append(f"publication date {str(raw_date)!r} not understood; relative dates left unresolved")
    return article


def article_from_record(record: Any, *, source: str, default_id: str, fields: FieldNames = FieldNames()) -> Article:
    """An article from one JSON record (an object with at least the text field)."""
    if not isinstance(record, Mapping):
        raise InputError(source, f"a record must be a JSON object, not {type(record).__name__}")
    text = record.get(fields.text)
    if not isinstance(text, str):
        raise InputError(source, f"record has no {fields.text!r} string field")
    published = next((record[key] for key in fields.date if record.get(key)), None)
    return article_from_text(
        text,
        id=str(record.get(fields.id) or default_id),
        source=source,
        published=published,
        title=_optional_str(record.get(fields.title)),
        url=_optional_str(record.get(fields.url)),
    )


def _optional_str(value: Any) -> Optional[str]:
    return None if value is None else str(value)
