"""A self-contained HTML report: the article with every fact highlighted and linked to a side panel.

Reporters check facts against the text, so the page shows the text exactly as read (offsets index
it) with nested highlights, and side panels per fact type whose entries scroll to their highlight.
Everything the page needs (CSS, script) is inlined from ``extractor/templates/`` and a Content
Security Policy pins both by hash: the page makes no network request, and an article carrying
markup can never run it (all text is HTML-escaped; the policy is the second lock).
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import webbrowser
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from string import Template
from typing import IO, Any, Iterable, Mapping, Optional, Union

from .facts import FACT_TYPES, ArticleFacts
from .readers import Article
from .wording import country_label, date_label, number_value, preview, timeline_key
from .writers import Writer

# Short names used in CSS classes and element ids, one per fact type (plus quote speakers).
KINDS: dict[str, str] = {
    "numbers": "num",
    "dates": "date",
    "places": "place",
    "organizations": "org",
    "people": "person",
    "quotes": "quote",
}
LABELS: dict[str, str] = {
    "num": "number",
    "date": "date",
    "place": "place",
    "org": "organization",
    "person": "person",
    "quote": "quote",
    "speaker": "speaker",
}
# When two highlights cover the same characters, the earlier kind here is the outer element.
NESTING = ("quote", "speaker", "org", "person", "place", "date", "num")
# Nesting depth beyond which the underline offsets stop growing (deeper is vanishingly rare in news).
MAX_LEVEL = 3
QUOTE_PREVIEW = 160

Fact = Mapping[str, Any]


@lru_cache(maxsize=None)
def template(name: str) -> str:
    """The text of ``extractor/templates/<name>``, read once per process."""
    return (files("extractor") / "templates" / name).read_text(encoding="utf-8")


def fill(name: str, **values: str) -> str:
    """Fill a ``string.Template`` file; every value must already be HTML (escaped where it is text)."""
    return Template(template(name)).substitute(values)


@dataclass
class Highlight:
    """One span of the text to mark: a fact, or one mention of an entity, or a quote's speaker."""

    start: int
    end: int
    kind: str
    fact: str
    title: str


@dataclass
class _Node:
    highlight: Optional[Highlight]
    first: bool = False
    children: list[Union["_Node", str]] = field(default_factory=list)


def markup(text: str, highlights: Iterable[Highlight], offset: int = 0) -> str:
    """``text`` as escaped HTML with a ``<mark>`` per highlight, nested even when spans cross.

    Highlights index the text as read; ``text`` starts at ``offset`` in it. A highlight that
    crosses the end of an enclosing one is split into fragments that share its ``data-fact``;
    only the first carries the ``id`` the panels link to, and the offsets the test checks.
    """
    spans = sorted(
        (h for h in highlights if offset <= h.start < h.end <= offset + len(text)),
        key=lambda h: (h.start, -h.end, NESTING.index(h.kind)),
    )
    order = {id(h): n for n, h in enumerate(spans)}
    bounds = sorted({offset, offset + len(text)} | {h.start for h in spans} | {h.end for h in spans})
    root = _Node(None)
    stack = [root]
    opened: set[int] = set()
    active: list[Highlight] = []
    pending = iter(spans)
    upcoming = next(pending, None)
    for left, right in pairwise(bounds):
        active = [h for h in active if h.end > left]
        while upcoming is not None and upcoming.start <= left:
            active.append(upcoming)
            upcoming = next(pending, None)
        wanted = sorted(active, key=lambda h: order[id(h)])
        keep = 0
        while keep < len(wanted) and keep + 1 < len(stack) and stack[keep + 1].highlight is wanted[keep]:
            keep += 1
        del stack[keep + 1:]
        for highlight in wanted[keep:]:
            node = _Node(highlight, first=id(highlight) not in opened)
            opened.add(id(highlight))
            stack[-1].children.append(node)
            stack.append(node)
        stack[-1].children.append(escape(text[left - offset:right - offset], quote=False))
    return _serialise(root)[0]


def _serialise(node: _Node) -> tuple[str, int]:
    """The node's HTML and its nesting level (how many marks deep its content goes)."""
    parts: list[str] = []
    level = 0
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        else:
            html, child_level = _serialise(child)
            parts.append(html)
            level = max(level, child_level + 1)
    inner = "".join(parts)
    h = node.highlight
    if h is None:
        return inner, level
    classes = f"hl {h.kind}" + (f" lv{min(level, MAX_LEVEL)}" if level else "")
    attributes = f' class="{classes}" data-fact="{h.fact}" title="{_attr(h.title)}"'
    if node.first:
        attributes += f' id="{h.fact}" data-start="{h.start}" data-end="{h.end}"'
    return f"<mark{attributes}>{inner}</mark>", level


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _text(value: Any) -> str:
    return escape(str(value), quote=False)


def _number_title(number: Fact) -> str:
    parts = [f"number: {number_value(number)}", (number.get("qualifier") or "exact").replace("_", " ")]
    if number.get("counted"):
        parts.append(f"counted: {number['counted']}")
    parts.append(number.get("kind") or "count")
    return " · ".join(parts)


def _date_bounds(date: Fact) -> Optional[str]:
    """'2023-10-21 to 2023-10-31' when a date's bounds say more than its value."""
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest and latest and earliest != latest and date.get("value") != f"{earliest}/{latest}":
        return f"{earliest} to {latest}"
    return None


def _coordinates(place: Fact) -> Optional[str]:
    lat, lon = place.get("latitude"), place.get("longitude")
    if lat is None or lon is None:
        return None
    return f"{abs(lat):.3f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.3f}° {'E' if lon >= 0 else 'W'}"


def _place_title(place: Fact, mention: Fact) -> str:
    parts = [f"place: {place['name']}"]
    parts += [value for value in (place.get("country_code"), place.get("feature"), _coordinates(place)) if value]
    if mention.get("via") == "demonym":
        parts.append("via demonym")
    return " · ".join(parts)


def _org_title(org: Fact) -> str:
    parts = [f"organization: {org['name']}"]
    if org.get("type"):
        parts.append(org["type"])
    if org.get("aliases"):
        parts.append("also " + ", ".join(org["aliases"]))
    return " · ".join(parts)


def _person_title(person: Fact) -> str:
    return " · ".join([f"person: {person['name']}", *person.get("roles", [])])


def _quote_title(quote: Fact) -> str:
    parts = [f"{quote.get('kind') or 'direct'} quote", f"speaker: {quote.get('speaker') or 'unknown'}"]
    if quote.get("cue"):
        parts.append(f"cue: {quote['cue']}")
    if quote.get("medium"):
        parts.append(f"to {quote['medium']}")
    return " · ".join(parts)


class ArticleReport:
    """One article's highlights and panels; ``prefix`` keeps element ids unique within a batch page."""

    def __init__(self, facts: ArticleFacts, text: str, body_start: int = 0, prefix: str = "a1",
                 only: Optional[tuple[str, ...]] = None) -> None:
        self.facts = facts
        self.text = text
        self.body_start = body_start
        self.prefix = prefix
        self.types = tuple(name for name in FACT_TYPES if only is None or name in only)
        self.highlights: list[Highlight] = []
        self.problems: list[str] = []
        self.speaker_links: dict[int, str] = {}
        self._collect()

    def records(self, name: str) -> list[Fact]:
        """The facts of one type as plain mappings (what the components wrote)."""
        return list(getattr(self.facts, name))

    def _add(self, span: Fact, kind: str, fact: str, title: str) -> Optional[str]:
        """Register a highlight if its offsets index the text; returns its id, else notes the problem."""
        start, end = span.get("start"), span.get("end")
        if (not isinstance(start, int) or not isinstance(end, int) or start < self.body_start
                or self.text[start:end] != span.get("text")):
            self.problems.append(f"{LABELS[kind]} {span.get('text')!r} at {start}–{end} does not match the text")
            return None
        self.highlights.append(Highlight(start, end, kind, fact, title))
        return fact

    def _collect(self) -> None:
        p = self.prefix
        if "numbers" in self.types:
            for n, number in enumerate(self.records("numbers")):
                self._add(number, "num", f"{p}-num{n}", _number_title(number))
        if "dates" in self.types:
            for n, date in enumerate(self.records("dates")):
                self._add(date, "date", f"{p}-date{n}", f"{date.get('type') or 'date'}: {date_label(date, self.text)}")
        entity_spans: dict[tuple[int, int], str] = {}
        for name, kind, title in (("places", "place", None), ("organizations", "org", _org_title),
                                  ("people", "person", _person_title)):
            if name not in self.types:
                continue
            for n, entity in enumerate(self.records(name)):
                for m, mention in enumerate(entity["mentions"]):
                    label = _place_title(entity, mention) if title is None else title(entity)
                    fact = self._add(mention, kind, f"{p}-{kind}{n}-{m}", label)
                    if fact is not None:
                        entity_spans.setdefault((mention["start"], mention["end"]), fact)
        if "quotes" in self.types:
            for n, quote in enumerate(self.records("quotes")):
                self._add(quote, "quote", f"{p}-quote{n}", _quote_title(quote))
                mention = quote.get("speaker_mention")
                if not mention:
                    continue
                known = entity_spans.get((mention["start"], mention["end"]))
                if known is None:
                    known = self._add(mention, "speaker", f"{p}-quote{n}-s",
                                      f"speaker: {quote.get('speaker') or mention['text']}")
                if known is not None:
                    self.speaker_links[n] = known

    def _go(self, fact: str, label: str, classes: str = "go") -> str:
        """A panel entry that scrolls to its highlight (a plain anchor when scripts are off)."""
        return f'<a class="{classes}" href="#{fact}" data-fact="{fact}">{label}</a>'

    def _mentions(self, kind: str, n: int, mentions: list[Fact]) -> str:
        if len(mentions) < 2:
            return ""
        links = " ".join(self._go(f"{self.prefix}-{kind}{n}-{m}", str(m + 1), "go chip") for m in range(len(mentions)))
        return f'<span class="mentions" aria-label="mentions">{links}</span>'

    def numbers_panel(self) -> str:
        rows = []
        for n, number in enumerate(self.records("numbers")):
            counted = f'<span class="counted">{_text(number["counted"])}</span>' if number.get("counted") else ""
            rows.append(
                f'<li>{self._go(f"{self.prefix}-num{n}", _text(number["text"]))}'
                f'<span class="meta"><b>{_text(number_value(number))}</b> '
                f'{_text((number.get("qualifier") or "exact").replace("_", " "))} · '
                f'{_text(number.get("kind") or "count")}'
                f"{counted}</span></li>"
            )
        return f'<ol class="entries">{"".join(rows)}</ol>'

    def dates_panel(self) -> str:
        dated: list[tuple[str, int, str]] = []
        undated: list[str] = []
        for n, date in enumerate(self.records("dates")):
            entry = self._go(f"{self.prefix}-date{n}", _text(date["text"]))
            meta = " · ".join(value for value in (date.get("type") or "date", _date_bounds(date)) if value)
            undated_key, sort, *_ = timeline_key(date, self.text)
            if not undated_key:
                dated.append((sort, 1, f'<li><time>{_text(date_label(date, self.text))}</time>{entry}'
                                       f'<span class="meta">{_text(meta)}</span></li>'))
            else:
                label = f"{_text(date_label(date, self.text))} · {_text(meta)}"
                undated.append(f'<li>{entry}<span class="meta">{label}</span></li>')
        if self.facts.published:
            published = _text(self.facts.published)
            dated.append((self.facts.published, 0,
                          f'<li class="published"><time>{published}</time><span>published</span></li>'))
        dated.sort(key=lambda item: (item[0], item[1]))
        html = f'<ol class="timeline">{"".join(row for _, _, row in dated)}</ol>' if dated else ""
        if undated:
            html += f'<h4>Durations, repeats, unresolved</h4><ol class="entries">{"".join(undated)}</ol>'
        return html

    def places_panel(self) -> str:
        groups: dict[Optional[str], list[str]] = {}
        names: dict[Optional[str], str] = {}
        for n, place in enumerate(self.records("places")):
            code = place.get("country_code")
            if place.get("feature") == "country" and code:
                names[code] = place["name"]
            where = _coordinates(place)
            meta = " · ".join(_text(v) for v in (place.get("feature"), where) if v)
            geonames = place.get("geonames_id")
            geonames = f' <span class="id">GeoNames {int(geonames)}</span>' if geonames else ""
            first = self._go(f"{self.prefix}-place{n}-0", _text(place["name"]))
            groups.setdefault(code, []).append(
                f'<li>{first}{self._mentions("place", n, place["mentions"])}'
                f'<span class="meta">{meta}{geonames}</span></li>'
            )
        sections = []
        for code, rows in groups.items():
            heading = _text(country_label(code, names.get(code), named=code in names))
            sections.append(f'<h4>{heading}</h4><ol class="entries">{"".join(rows)}</ol>')
        return "".join(sections)

    def organizations_panel(self) -> str:
        rows = []
        for n, org in enumerate(self.records("organizations")):
            meta = [value for value in (org.get("type"),) if value]
            if org.get("aliases"):
                meta.append("also " + ", ".join(org["aliases"]))
            rows.append(
                f'<li>{self._go(f"{self.prefix}-org{n}-0", _text(org["name"]))}'
                f'{self._mentions("org", n, org["mentions"])}'
                f'<span class="meta">{_text(" · ".join(meta))}</span></li>'
            )
        return f'<ol class="entries">{"".join(rows)}</ol>'

    def people_panel(self) -> str:
        rows = []
        for n, person in enumerate(self.records("people")):
            roles = "; ".join(person.get("roles", []))
            rows.append(
                f'<li>{self._go(f"{self.prefix}-person{n}-0", _text(person["name"]))}'
                f'{self._mentions("person", n, person["mentions"])}<span class="meta">{_text(roles)}</span></li>'
            )
        return f'<ol class="entries">{"".join(rows)}</ol>'

    def quotes_panel(self) -> str:
        groups: dict[Optional[str], list[str]] = {}
        for n, quote in enumerate(self.records("quotes")):
            meta: list[str] = [quote.get("kind") or "direct"]
            if quote.get("cue"):
                meta.append(quote["cue"])
            if quote.get("medium"):
                meta.append(f"to {quote['medium']}")
            speaker = ""
            if n in self.speaker_links:
                mention: Fact = quote.get("speaker_mention") or {}
                speaker = " · " + self._go(self.speaker_links[n], _text(mention.get("text", "")), "go who")
            groups.setdefault(quote.get("speaker"), []).append(
                f'<li class="{_attr(quote.get("kind") or "direct")}">'
                f'{self._go(f"{self.prefix}-quote{n}", _text(preview(quote["text"], QUOTE_PREVIEW)), "go said")}'
                f'<span class="meta">{_text(" · ".join(meta))}{speaker}</span></li>'
            )
        sections = []
        for who, rows in groups.items():
            heading = _text(who) if who else "Unattributed"
            sections.append(f'<h4>{heading} <span class="count">{len(rows)}</span></h4>'
                            f'<ol class="entries">{"".join(rows)}</ol>')
        return "".join(sections)

    def panels(self) -> str:
        html = []
        for name in self.types:
            items = getattr(self.facts, name)
            body = getattr(self, f"{name}_panel")() if items else '<p class="none">none found</p>'
            html.append(fill("panel.html", kind=KINDS[name], heading=_text(name.capitalize()),
                             count=str(len(items)), body=body))
        return "".join(html)

    def legend(self) -> str:
        kinds = [KINDS[name] for name in self.types]
        if "quotes" in self.types:
            kinds.append("speaker")
        items = "".join(
            f'<label class="layer"><input type="checkbox" checked data-layer="{kind}">'
            f'<mark class="hl {kind}">{LABELS[kind]}</mark></label>'
            for kind in kinds
        )
        return f'<div class="legend" role="group" aria-label="Highlights">{items}</div>'

    def header(self) -> str:
        facts = self.facts
        heading = _text(facts.title or facts.id)
        meta = [f"<dt>source</dt><dd>{_text(facts.source)}</dd>"]
        if facts.published:
            meta.append(f'<dt>published</dt><dd><time>{_text(facts.published)}</time></dd>')
        if facts.url:
            meta.append(f"<dt>url</dt><dd>{_link(facts.url)}</dd>")
        if facts.model:
            model = " ".join(str(value) for value in facts.model.values())
            meta.append(f"<dt>model</dt><dd>{_text(model)}</dd>")
        warnings = [*facts.warnings, *self.problems]
        notes = "".join(f"<li>{_text(warning)}</li>" for warning in warnings)
        notes = f'<ul class="warnings">{notes}</ul>' if notes else ""
        return f'<h2>{heading}</h2><dl class="meta">{"".join(meta)}</dl>{notes}'

    def render(self) -> str:
        body = self.text[self.body_start:]
        start = self.body_start + len(body) - len(body.lstrip())
        body = markup(self.text[start:], self.highlights, start)
        return fill("article.html", id=self.prefix, header=self.header(), legend=self.legend(),
                    text=body, panels=self.panels())

    def index_row(self) -> str:
        counts = "".join(f"<td>{len(getattr(self.facts, name))}</td>" for name in self.types)
        title = _text(self.facts.title or self.facts.id)
        return (f'<tr><td><a href="#{self.prefix}">{title}</a></td><td>{_text(self.facts.published or "")}</td>'
                f"{counts}</tr>")


def _link(url: str) -> str:
    """A link to the original only for web addresses; anything else (``javascript:``) stays text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_attr(url)}" rel="noopener noreferrer">{_text(url)}</a>'
    return _text(url)


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(reports: list[ArticleReport], only: Optional[tuple[str, ...]] = None) -> str:
    """The whole page: one article, or an index then every article of a batch."""
    style, script = template("report.css"), template("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    types = tuple(name for name in FACT_TYPES if only is None or name in only)
    if len(reports) == 1:
        title = f"Facts: {reports[0].facts.title or reports[0].facts.id}"
        index = ""
    else:
        title = f"Facts: {len(reports)} articles"
        heads = "".join(f"<th>{_text(name)}</th>" for name in types)
        rows = "".join(report.index_row() for report in reports)
        index = fill("index.html", count=str(len(reports)), heads=heads, rows=rows)
    articles = "".join(report.render() for report in reports)
    return fill("report.html", csp=_attr(csp), title=_text(title), style=style, script=script,
                index=index, articles=articles)


def render_report(facts: ArticleFacts, article: Union[Article, str], only: Optional[tuple[str, ...]] = None) -> str:
    """The page for one article (the library form of ``extractor FILE -f html``)."""
    return render_page([_report(facts, article, "a1", only)], only)


def _report(facts: ArticleFacts, article: Union[Article, str], prefix: str,
            only: Optional[tuple[str, ...]]) -> ArticleReport:
    if isinstance(article, Article):
        return ArticleReport(facts, article.text, article.body_start, prefix, only)
    return ArticleReport(facts, article, 0, prefix, only)


class HtmlWriter(Writer):
    """The report page; it needs each article's text, so ``write`` takes the article alongside its facts.

    Articles are rendered as they come and the page is written on ``close``, because a batch
    page opens with an index of every article.
    """

    def __init__(self, stream: IO[str], only: Optional[tuple[str, ...]] = None) -> None:
        super().__init__(stream, only)
        self.reports: list[ArticleReport] = []

    def write(self, facts: ArticleFacts, article: Union[Article, str, None] = None) -> None:
        """Add one article: its ``Article`` (shows the body after any header), its text, or ``facts.text``."""
        source = article if article is not None else getattr(facts, "text", None)
        if source is None:
            raise ValueError("the HTML report needs the article text: write(facts, article)")
        self.reports.append(_report(facts, source, f"a{len(self.reports) + 1}", self.only))

    def close(self) -> None:
        if self.reports:
            self.stream.write(render_page(self.reports, self.only))
        super().close()


def can_open_browser() -> bool:
    """Whether a browser can show a page here: macOS and Windows always, elsewhere only with a display."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_report(path: Path) -> bool:
    """Open a written report in the default browser (``--open``); False when there is no display."""
    if not can_open_browser():
        return False
    return webbrowser.open(path.resolve().as_uri())
