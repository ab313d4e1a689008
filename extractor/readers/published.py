"""When a web page says it was first published: the page's own statement beats a general date search.

trafilatura's date finder (htmldate) weighs every date a page carries and can take a revision date
('REVISION_DATE', 'sailthru.date' of a Reuters page) or a date from a list of other stories (KBS's sidebar)
over the page's explicit statement of its publication. So the statement is read first, in order of how
plainly it says "published":

1. schema.org ``datePublished`` of the page's article (JSON-LD, also inside ``@graph``), or a meta tag that
   names the publication time (``article:published_time``, ``og:article:published_time``, itemprop
   ``datePublished``);
2. a dateline labelled as the writing or first publication in the page's text ("Written: 2023-11-07 15:03:30",
   "originally created 17 Jun 2019"), the first one in the page; the label opens its line or a part of it, so a
   verb in a sentence ("a report published on March 3") is no dateline.

A timestamp given in UTC is read on the page's own clock when the page shows the same instant with its
offset (24ora.com: ``article:published_time`` 2022-05-04T03:37:37+00:00, shown as
``<time datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm``) or on a local clock (twincities.com:
2023-11-09T05:30:59Z, ``<time datetime="2023-11-08 23:30:59">``; nj.com: ``<time datetime="2019-11-19T01:19:34Z">
Posted Nov 18, 8:19 PM``), or when its address dates it a day off within a clock's reach (venturebeat.com/2019/11/18/
for 2019-11-19T07:03:25Z): the day the site's readers saw.

An address is given once, when the story first goes up: a full date in its path earlier than the stated one
is the first publication, the stated one a republication (befifty.de/home/2017/7/12/unter-uns-montauk,
``datePublished`` 2019-06-17).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any, Iterator, Optional

from .articles import normalise_date

# Meta names and properties that say "first published", lower-cased.
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time",
                   "datepublished", "article.published", "parsely-pub-date", "pubdate", "publishdate")
# schema.org types whose datePublished is the page's own (not an image's or a video's).
_ARTICLE_TYPE = re.compile(r"article|posting|report|blog|newsarticle|webpage|review|recipe|creativework", re.I)
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$")
# "Written: 2023-11-07 15:03:30", "originally created 17 Jun 2019", "Published on: March 3, 2020".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LABELLED = re.compile(
    r"(?:^|[|·•,;])\s*"  # a byline's label opening its line or part, not a verb in prose ("a report published on")
    r"(?:written|e-?published|published|first published|originally published|originally created|posted|created)"
    r"(?:\s+(?:on|at))?\s*:?\s*"
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\b",
    re.IGNORECASE)
_SHOWN_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\b|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})",
                        re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_JS_DATE = "%a %b %d %Y %H:%M:%S GMT%z"  # JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000"
_VISIBLE_TEXT = ("//text()[not(ancestor::head or ancestor::script or ancestor::style or ancestor::noscript"
                 " or ancestor::template)]")
# A timestamp with its offset anywhere in the page, scripts included ("date":"2020-02-24T21:25:54-05:00").
_OFFSET_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?[+-]\d{2}:?\d{2}")
# /2019/11/18/, /story/2019-11-19/, ...-testimony-2019-11-19/
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?![\d])")
EARLIEST = date(1995, 1, 1)  # as htmldate: older stamps on news pages are placeholders ("0001-01-01T00:00:00Z")
MAX_CLOCK_OFFSET = timedelta(hours=14)


def stated_published(tree: Any, html: str = "", url: Optional[str] = None) -> Optional[str]:
    """The ISO date a parsed page (``html`` its markup, ``url`` its address) states as its first publication,
    or None when it states none."""
    instant = _structured(tree)
    if instant is None:
        return _labelled(tree)
    first = _url_date(url or "")
    stated = _on_page_clock(instant, tree, html, first)
    if stated and first and first < date.fromisoformat(stated) - timedelta(days=1):
        return first.isoformat()
    return stated


def _url_date(url: str) -> Optional[date]:
    match = _URL_DATE.search(url.split("?")[0].split("//")[-1])
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _structured(tree: Any) -> Optional[str]:
    for value in _json_ld_published(tree):
        return value
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _PUBLISHED_META and _plausible(meta.get("content")):
            return meta.get("content").strip()
    for node in tree.xpath('//*[@itemprop="datePublished"][@datetime or @content]'):
        value = node.get("datetime") or node.get("content")
        if _plausible(value):
            return value.strip()
    return None


def _plausible(value: Optional[str]) -> bool:
    found = normalise_date(value)
    return found is not None and EARLIEST <= date.fromisoformat(found) <= date.today()


def _json_ld_published(tree: Any) -> Iterator[str]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _items(data):
            value = item.get("datePublished")
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if isinstance(value, str) and any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds) \
                    and _plausible(value):
                yield value.strip()


def _items(data: Any) -> Iterator[dict]:
    """Every schema.org object of a JSON-LD block, top level first: lists and ``@graph`` unfolded."""
    if isinstance(data, list):
        for item in data:
            yield from _items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _items(data["@graph"])


def _on_page_clock(value: str, tree: Any, html: str, url_day: Optional[date]) -> Optional[str]:
    """The date of a UTC timestamp as the page itself shows the same instant (or its address dates it, on a clock
    no more than 14 hours off), else its own date."""
    instant = _parse(value)
    if instant is None or instant.utcoffset() != timedelta(0):
        return normalise_date(value)
    for text in _OFFSET_TIMESTAMP.findall(html):
        local = _parse(text)
        if local is not None and local.utcoffset() and abs(local - instant) < timedelta(minutes=1):
            return local.date().isoformat()
    for node in tree.iter("time"):
        local = _parse(node.get("datetime") or "")
        if local is not None and local.tzinfo is None and _same_instant_on_a_clock(local, instant):
            return local.date().isoformat()
        if local is not None and local.tzinfo is not None and abs(local - instant) < timedelta(minutes=1):
            shown = _shown_day(node.text_content(), instant)
            if shown is not None:
                return shown.isoformat()
    if url_day is not None and url_day != instant.date() and \
            (instant - MAX_CLOCK_OFFSET).date() <= url_day <= (instant + MAX_CLOCK_OFFSET).date():
        return url_day.isoformat()
    return normalise_date(value)


def _shown_day(text: str, instant: datetime) -> Optional[date]:
    """The day a time element's text shows for its instant ("Posted Nov 18, 8:19 PM" for 2019-11-19T01:19Z),
    when it is a day a clock at most 14 hours off would show."""
    match = _SHOWN_DAY.search(text)
    if match is None:
        return None
    month = _MONTHS.get((match.group("month") or match.group("month2"))[:3].lower())
    for year in (instant.year, instant.year - 1, instant.year + 1):
        try:
            day = date(year, month, int(match.group("day") or match.group("day2")))
        except (TypeError, ValueError):
            return None
        if (instant - MAX_CLOCK_OFFSET).date() <= day <= (instant + MAX_CLOCK_OFFSET).date():
            return day
    return None


def _same_instant_on_a_clock(local: datetime, instant: datetime) -> bool:
    """A local time without offset shows a UTC instant: same minute and second, whole or half hours apart."""
    shift = local - instant.replace(tzinfo=None)
    return shift != timedelta(0) and abs(shift) <= MAX_CLOCK_OFFSET and shift % timedelta(minutes=30) == timedelta(0)


def _parse(value: str) -> Optional[datetime]:
    """A timestamp, aware when it gives its offset ("Z" is UTC)."""
    match = _TIMESTAMP.match(value.strip())
    if match is None:
        try:
            return datetime.strptime(value.strip().split(" (")[0], _JS_DATE)
        except ValueError:
            return None
    day, hour, minute, second, zone = match.groups()
    zone = "+00:00" if zone == "Z" else (zone or "")
    try:
        return datetime.fromisoformat(f"{day}T{hour}:{minute}:{second or '00'}{zone}")
    except ValueError:
        return None


def _labelled(tree: Any) -> Optional[str]:
    for text in tree.xpath(_VISIBLE_TEXT):
        match = _LABELLED.search(text)
        if match and _plausible(match.group("date")):
            return normalise_date(match.group("date"))
    return None
