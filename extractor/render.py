"""The terminal summary of one article's facts, for a reader checking them against the article.

Everything is built from ``rich.text.Text`` objects, never from markup strings, because article
text may contain ``[bold]`` or ``:emoji:`` codes that must print literally. Styles only add
emphasis: every piece of information is also in the characters, so the summary reads the same
with no colour (NO_COLOR, pipes).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath
from typing import Iterable, Optional

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .facts import FACT_TYPES
from .wording import country_label, date_label, number_value, shorten, timeline_key

SECTION_ORDER: tuple[tuple[str, str], ...] = (
    ("quotes", "QUOTES"),
    ("numbers", "NUMBERS"),
    ("dates", "TIMELINE"),
    ("places", "PLACES"),
    ("organizations", "ORGANIZATIONS"),
    ("people", "PEOPLE"),
)

NOUNS: dict[str, tuple[str, str]] = {
    "numbers": ("number", "numbers"),
    "dates": ("date", "dates"),
    "places": ("place", "places"),
    "organizations": ("organization", "organizations"),
    "people": ("person", "people"),
    "quotes": ("quote", "quotes"),
}

QUALIFIER_SYMBOLS: dict[str, str] = {
    "exact": " ",
    "approximately": "≈",
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "at_most": "≤",
    "range": " ",
    "vague": "~",
}

INDENT = 2
QUOTE_LINES = 3
SEPARATOR = " · "
UNATTRIBUTED = "unattributed"


def render_summary(record: dict, console: Console, only: Optional[tuple[str, ...]] = None,
                   text: Optional[str] = None) -> None:
    """Print the summary of one article record (a dict valid against extractor/data/schema.json) to console.

    ``text`` (else the record's own ``text``, if kept) is the article as read: with it, the timeline shows
    the words around each date, so a reader sees what happened then without opening the article."""
    shown = [name for name in FACT_TYPES if name in record and (only is None or name in only)]
    console.print(_Trimmed(_header(record, shown, console.width)))
    for name, title in SECTION_ORDER:
        if name in shown and record[name]:
            console.print()
            console.print(Rule(Text(title, style="bold"), align="left", characters="─"))
            console.print(_Trimmed(_section(name, record, console.width, text or record.get("text"))))


class _Trimmed:
    """Drops the blanks rich pads table cells with, so piped or saved summaries carry no trailing spaces."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in console.render_lines(self.renderable, options, pad=False):
            yield from _rstrip(line)
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    segments = list(line)
    while segments and not segments[-1].control and not segments[-1].text.strip():
        segments.pop()
    if segments and not segments[-1].control:
        text, style, _ = segments[-1]
        segments[-1] = Segment(text.rstrip(), style)
    return segments


def _section(name: str, record: dict, width: int, text: Optional[str]) -> RenderableType:
    if name == "quotes":
        return _quotes(record, width)
    if name == "dates":
        return _indented(_timeline(record["dates"], text, width - INDENT))
    tables = {
        "numbers": _numbers,
        "places": _places,
        "organizations": _organizations,
        "people": _people,
    }
    return _indented(tables[name](record[name]))


def _indented(renderable: RenderableType, left: int = INDENT) -> Padding:
    """Expanded: measured to fit, a grid whose second column is empty folds its first at its longest word."""
    return Padding(renderable, (0, 0, 0, left), expand=True)


def _grid(*ratios: Optional[int]) -> Table:
    """A borderless table whose columns wrap within the console width instead of overflowing."""
    table = Table.grid(padding=(0, 2))
    for ratio in ratios:
        table.add_column(ratio=ratio, overflow="fold")
    return table


def _clean(text: str) -> str:
    """Article text may span lines; the summary shows it on one logical line."""
    return " ".join(text.split())


def _quoted(text: str) -> Text:
    return Text(f'"{_clean(text)}"')


# Header


def _header(record: dict, shown: list[str], width: int) -> Group:
    lines: list[RenderableType] = list(_identity_lines(record, width))
    if record.get("title"):
        lines.append(Text(_clean(record["title"]), style="bold"))
    if record.get("url"):
        lines.append(Text(record["url"], style="dim"))
    lines.append(Text(_counts_line(record, shown)))
    for warning in record.get("warnings") or []:
        lines.append(Text.assemble(("warning: ", "bold yellow"), _clean(warning)))
    return Group(*lines)


def _identity_lines(record: dict, width: int) -> list[Text]:
    """Source, date and model on one line when they fit; otherwise the model moves to its own line
    rather than being wrapped mid-way."""
    published = record.get("published")
    model = record.get("model") or {}
    first = Text("  ·  ").join([
        Text(_source_name(record), style="bold"),
        Text(f"published {published}" if published else "no publication date"),
    ])
    if not model.get("name"):
        return [first]
    model_text = Text(f"{model['name']} {model.get('version', '')}".strip())
    if first.cell_len + 5 + model_text.cell_len <= width:
        return [Text("  ·  ").join([first, model_text])]
    return [first, Text.assemble("model ", model_text)]


def _source_name(record: dict) -> str:
    """The file name, not the whole path: the summary header must fit one line."""
    source = record.get("source") or "-"
    name = "stdin" + source[1:] if source.startswith("-") else PurePath(source).name
    record_id = record.get("id")
    if record_id and record_id != "-" and record_id not in source and not record_id.startswith("-"):
        name = f"{name} ({record_id})"
    return name


def _counts_line(record: dict, shown: list[str]) -> str:
    parts = []
    for name in shown:
        count = len(record[name] or [])
        singular, plural = NOUNS[name]
        parts.append(f"{count} {singular if count == 1 else plural}")
    return SEPARATOR.join(parts)


# Quotes


def _quotes(record: dict, width: int) -> Group:
    roles = _roles_by_name(record.get("people") or [])
    types = {org["name"]: org.get("type") for org in record.get("organizations") or []}
    budget = _quote_budget(width)
    parts: list[RenderableType] = []
    for speaker, quotes in _group_by_speaker(record["quotes"]).items():
        parts.append(_speaker_line(speaker, quotes, roles, types))
        parts.extend(_quote_line(quote, budget) for quote in quotes)
    return Group(*parts)


def _group_by_speaker(quotes: list[dict]) -> dict[str, list[dict]]:
    """Speakers in order of their first quote; each speaker's quotes in text order."""
    groups: dict[str, list[dict]] = {}
    for quote in sorted(quotes, key=lambda q: q["start"]):
        groups.setdefault(quote.get("speaker") or UNATTRIBUTED, []).append(quote)
    return groups


def _roles_by_name(people: list[dict]) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for person in people:
        if person.get("roles"):
            roles[person["name"]] = person["roles"]
            roles.setdefault(person["name"].casefold(), person["roles"])
    return roles


def _speaker_line(
    speaker: str, quotes: list[dict], roles: dict[str, list[str]], types: dict[str, Optional[str]]
) -> Padding:
    details = list(roles.get(speaker) or roles.get(speaker.casefold()) or [])
    if types.get(speaker):
        details.append(str(types[speaker]))
    details.extend(_unique(_how_said(quote) for quote in quotes))
    table = _grid(None, 1)
    table.add_row(
        Text(_clean(speaker), style="bold" if speaker != UNATTRIBUTED else "italic"),
        Text(SEPARATOR).join(Text(_clean(detail)) for detail in details if detail),
    )
    return _indented(table)


def _how_said(quote: dict) -> str:
    cue = _clean(quote.get("cue") or "")
    medium = _clean(quote.get("medium") or "")
    if medium:
        return f"{cue or 'told'} {medium}"
    return cue


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _quote_line(quote: dict, budget: int) -> RenderableType:
    if quote.get("kind") == "direct":
        text = shorten(_strip_quote_marks(quote["text"]), budget)
        table = Table.grid()
        table.add_column(width=1)
        table.add_column(overflow="fold")
        table.add_row(Text('"'), Text(f'{text}"'))
        return _indented(table, INDENT + 2)
    text = shorten(_clean(quote["text"]), budget)
    return _indented(Text.assemble(("reported: ", "italic"), text), INDENT + 2)


def _strip_quote_marks(text: str) -> str:
    """Direct quotes are stored with their quotation marks and closing comma; show them uniformly."""
    text = _clean(text).strip("\"'“”‘’«»„ ")
    return text[:-1] if text.endswith(",") else text


def _quote_budget(width: int) -> int:
    """Characters that fit in a few wrapped lines, leaving slack for word-wrap waste."""
    line = max(width - INDENT - 3, 20)
    return QUOTE_LINES * line - line // 3


# Numbers


def _numbers(numbers: list[dict]) -> Table:
    table = _grid(None, None, 2, 3)
    table.columns[1].justify = "right"
    table.columns[1].no_wrap = True
    for number in sorted(numbers, key=lambda n: n["start"]):
        symbol = QUALIFIER_SYMBOLS.get(number.get("qualifier") or "exact", " ")
        table.add_row(
            Text(symbol, style="bold"),
            Text(number_value(number)),
            Text(_clean(number.get("counted") or "")),
            _quoted(number["text"]),
        )
    table.columns[0].width = 1
    return table


# Timeline


def _timeline(dates: list[dict], text: Optional[str] = None, width: int = 78) -> Table:
    """One line a date: its value, then the date in its sentence (bold among the words around it); without
    the text, the words that say it and the TimeML type."""
    ordered = sorted(dates, key=lambda date: timeline_key(date, text))
    values = [date_label(date, text) for date in ordered]
    room = max(width - max(map(len, values)) - 2, 20)
    table = _grid(None, 1) if text else _grid(None, 3, 1)
    for value, date in zip(values, ordered):
        if text:
            table.add_row(Text(value), in_context(text, date["start"], date["end"], room))
        else:
            table.add_row(Text(value), _quoted(date["text"]), Text(date.get("type") or "", style="dim"))
    return table


CONTEXT_REACH = 1000  # characters before a date searched for its sentence's start
_SPACE = re.compile(r"\s")
_SENTENCE_END = re.compile(r"(?P<word>\w*)(?P<stop>[.!?])[\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n")
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr gen gov sen rep lt col sgt no jan feb mar apr jun jul aug sep sept "
                           "oct nov dec".split())


def _sentence_ends(text: str, start: int, end: int) -> Iterable[re.Match]:
    """Sentence breaks in ``text[start:end]``: not after 'Mr.', 'Oct.' or an initial ('J. Smith', 'U.S.')."""
    for match in _SENTENCE_END.finditer(text, start, end):
        word = match["word"] or ""
        if word.casefold() not in _ABBREVIATIONS and len(word) != 1:
            yield match


def in_context(text: str, start: int, end: int, width: int) -> Text:
    """``text[start:end]`` in bold among the words of its sentence around it, in at most ``width`` characters
    ('…operation that began **two weeks ago** after a shooting…'): a third of the room before, the rest after."""
    window = _word_start(text, max(0, start - CONTEXT_REACH), start)  # enough for a line; long texts stay cheap
    before = [match.end() for match in _sentence_ends(text, window, start)]
    after = next(iter(_sentence_ends(text, end, len(text))), None)
    said = _clean(text[start:end])
    if len(said) >= width - 2:  # the date alone fills the room
        return Text(" ".join(_words_within(said.split(), width - 1)) + "…", style="bold")
    left = _clean(text[before[-1] if before else window:start]).split()
    stop = len(text) if after is None else after.end("stop") if after["stop"] else after.start()
    right = _clean(text[end:stop]).split()
    spare = width - len(said) - 4  # two spaces, two ellipses
    shown_left = _words_within(left[::-1], spare // 3)[::-1]
    shown_right = _words_within(right, spare - len(" ".join(shown_left)))
    glued_left = start > 0 and not text[start - 1].isspace()  # '(Wednesday': no space inside the bracket
    glued_right = end < len(text) and not text[end].isspace()  # 'Wednesday,'
    line = Text("…" if len(shown_left) < len(left) or not before and window > 0 else "")
    if shown_left:
        line.append(" ".join(shown_left) + ("" if glued_left else " "))
    line.append(said, style="bold")
    if shown_right:
        line.append(("" if glued_right else " ") + " ".join(shown_right))
    if len(shown_right) < len(right):
        line.append("…")
    return line


def _word_start(text: str, position: int, limit: int) -> int:
    """``position`` if a word starts there, else where the next word starts (at most ``limit``)."""
    if position == 0 or text[position - 1].isspace():
        return position
    space = _SPACE.search(text, position, limit)
    return limit if space is None else space.end()


def _words_within(words: list[str], width: int) -> list[str]:
    """The leading words that fit in ``width`` characters, spaces included."""
    taken: list[str] = []
    used = 0
    for word in words:
        used += len(word) + (1 if taken else 0)
        if used > width:
            break
        taken.append(word)
    return taken


# Places


def _places(places: list[dict]) -> Table:
    table = _grid(None, 1)
    for code, group in _group_by_country(places):
        table.add_row(Text(_country_label(code, group), style="bold"), Text(_mention_summary(group)))
    return table


def _group_by_country(places: list[dict]) -> list[tuple[Optional[str], list[dict]]]:
    """Countries most mentioned first; the country itself leads its group, then places in text order."""
    groups: dict[Optional[str], list[dict]] = {}
    for place in sorted(places, key=_first_start):
        groups.setdefault(place.get("country_code"), []).append(place)
    for group in groups.values():
        group.sort(key=lambda place: place.get("feature") != "country")

    def order(item: tuple[Optional[str], list[dict]]) -> tuple[bool, int, int]:
        code, group = item
        mentions = sum(len(place["mentions"]) for place in group)
        return (code is None, -mentions, min(_first_start(place) for place in group))

    return sorted(groups.items(), key=order)


def _first_start(place: dict) -> int:
    return min((mention["start"] for mention in place["mentions"]), default=0)


def _country_label(code: Optional[str], group: list[dict]) -> str:
    named = next((place["name"] for place in group if place.get("feature") == "country"), None)
    return country_label(code, named, named=named is not None)  # else only places in it ('Frankfurt')


def _mention_summary(group: list[dict]) -> str:
    counts: Counter[str] = Counter()
    for place in group:
        for mention in sorted(place["mentions"], key=lambda m: m["start"]):
            counts[_clean(mention["text"])] += 1
    return ", ".join(text if count == 1 else f"{text} ×{count}" for text, count in counts.items())


# Organizations and people


def _organizations(organizations: list[dict]) -> Table:
    table = _grid(1, None)
    table.columns[1].no_wrap = True
    for organization in organizations:
        name = Text(_clean(organization["name"]), style="bold")
        aliases = _distinct_aliases(organization)
        if aliases:
            name.append("  also " + ", ".join(f'"{alias}"' for alias in aliases))
        table.add_row(name, Text(organization.get("type") or "", style="dim"))
    return table


def _distinct_aliases(organization: dict) -> list[str]:
    """Drop aliases that differ from the name only by case or a leading 'the': they say nothing new."""

    def key(name: str) -> str:
        folded = _clean(name).casefold()
        return folded[4:] if folded.startswith("the ") else folded

    seen = {key(organization["name"])}
    distinct = []
    for alias in organization.get("aliases") or []:
        if key(alias) not in seen:
            seen.add(key(alias))
            distinct.append(_clean(alias))
    return distinct


def _people(people: list[dict]) -> Table:
    table = _grid(2, 5)
    for person in people:
        roles = "; ".join(_clean(role) for role in person.get("roles") or [])
        table.add_row(Text(_clean(person["name"]), style="bold"), Text(roles))
    return table

