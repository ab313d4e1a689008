"""The HTML report without a browser: escaping, nesting, every fact highlighted, page size."""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path
from typing import Any, Optional

import pytest

from extractor import ArticleFacts, Extractor
from extractor.readers import article_from_text
from extractor.report import (
    Highlight,
    HtmlWriter,
    markup,
    number_value,
    open_report,
    render_report,
)

from .conftest import ROOT, SAMPLE

SAMPLE_ID = SAMPLE.relative_to(ROOT).as_posix()


class Marks(HTMLParser):
    """Collects each highlight's fragments (text joined in order), first-fragment offsets and kinds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[Optional[str]] = []
        self.text: dict[str, str] = {}
        self.first: dict[str, dict[str, str]] = {}
        self.fragments: dict[str, int] = {}
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.meta: dict[str, str] = {}
        self._raw: Optional[list[str]] = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        if tag in ("script", "style"):
            self._raw = self.scripts if tag == "script" else self.styles
        if tag == "meta" and attributes.get("http-equiv"):
            self.meta[attributes["http-equiv"]] = attributes.get("content", "")
        if tag == "mark":
            fact = attributes.get("data-fact")
            self.open.append(fact)
            if fact:
                self.fragments[fact] = self.fragments.get(fact, 0) + 1
                self.text.setdefault(fact, "")
                if "id" in attributes:
                    assert fact not in self.first, f"two first fragments for {fact}"
                    self.first[fact] = attributes

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        if tag in ("script", "style"):
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.append(data)
        for fact in self.open:
            if fact:
                self.text[fact] += data


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    return parser


def spans_of(record: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of every fact and every entity mention in a JSON record."""
    spans = [("num", f["start"], f["end"], f["text"]) for f in record["numbers"]]
    spans += [("date", f["start"], f["end"], f["text"]) for f in record["dates"]]
    spans += [("quote", f["start"], f["end"], f["text"]) for f in record["quotes"]]
    for key, kind in (("places", "place"), ("organizations", "org"), ("people", "person")):
        spans += [(kind, m["start"], m["end"], m["text"]) for entity in record[key] for m in entity["mentions"]]
    return spans


def highlighted(marks: Marks) -> set[tuple[str, int, int, str]]:
    return {
        (attributes["class"].split()[1], int(attributes["data-start"]), int(attributes["data-end"]), marks.text[fact])
        for fact, attributes in marks.first.items()
    }


@pytest.fixture(scope="module")
def sample_page(extractor: Extractor) -> tuple[str, dict[str, Any]]:
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), id=SAMPLE_ID, source=SAMPLE_ID)
    facts = next(extractor.extract_many([article]))
    return render_report(facts, article), facts.to_dict()


# Markup: the text from the sample article's second paragraph, with its facts' real overlaps.
TEXT = "In a statement on Wednesday, the Serbian Interior Ministry said that around 4,500 migrants were detained."


def at(text: str, kind: str, fact: str, within: str = TEXT) -> Highlight:
    start = within.index(text)
    return Highlight(start, start + len(text), kind, fact, f"{kind}: {text}")


def test_a_place_inside_an_organization_nests_and_lifts_the_outer_underline() -> None:
    html = markup(TEXT, [at("Serbian", "place", "p"), at("Serbian Interior Ministry", "org", "o")])
    assert '<mark class="hl org lv1" data-fact="o"' in html
    assert re.search(r'<mark class="hl org lv1"[^>]*>(<mark class="hl place"[^>]*>Serbian</mark>) Interior Ministry</mark>', html)


def test_a_number_inside_a_quote_nests_inside_it() -> None:
    quote = "around 4,500 migrants were detained"
    html = markup(TEXT, [at("around 4,500 migrants", "num", "n"), at(quote, "quote", "q")])
    marks = parse(html)
    assert marks.text == {"q": quote, "n": "around 4,500 migrants"}
    assert html.index('data-fact="q"') < html.index('data-fact="n"')
    assert marks.fragments == {"q": 1, "n": 1}


def test_crossing_highlights_are_split_into_fragments_that_keep_one_id() -> None:
    html = markup(TEXT, [at("the Serbian Interior", "speaker", "s"), at("Serbian Interior Ministry said", "quote", "q")])
    marks = parse(html)
    assert marks.text == {"s": "the Serbian Interior", "q": "Serbian Interior Ministry said"}
    assert sum(marks.fragments.values()) == 3
    assert set(marks.first) == {"s", "q"}
    assert html.count(' id="') == 2


def test_identical_spans_nest_in_a_fixed_order() -> None:
    html = markup(TEXT, [at("Wednesday", "date", "d"), at("Wednesday", "org", "o")])
    assert html.index('data-fact="o"') < html.index('data-fact="d"')
    assert parse(html).text == {"o": "Wednesday", "d": "Wednesday"}


def test_markup_in_the_text_is_escaped_and_offsets_still_index_the_text() -> None:
    text = 'Police said <script>alert(1)</script> & 300 <img src=x onerror="alert(2)"> people left.'
    html = markup(text, [at("300", "num", "n", within=text)])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html
    assert parse(html).tags == ["mark"]
    assert parse(html).text == {"n": "300"}


def test_markup_starts_at_an_offset_into_the_text_as_read() -> None:
    text = "date 2023-11-09 Eight smugglers were arrested."
    body = text.index("Eight")
    marks = parse(markup(text[body:], [at("Eight smugglers", "num", "n", within=text)], body))
    assert marks.first["n"]["data-start"] == str(body)
    assert marks.text == {"n": "Eight smugglers"}


def test_numbers_read_as_a_reporter_writes_them() -> None:
    assert number_value({"value": 4500.0, "qualifier": "exact", "kind": "count"}) == "4,500"
    assert number_value({"value": 1000, "low": 1000, "high": 9999, "qualifier": "vague", "kind": "count"}) == "1,000s"
    assert number_value({"value": 2.5, "qualifier": "exact", "kind": "money", "currency": "EUR"}) == "2.5 EUR"
    assert number_value({"value": 12, "qualifier": "more_than", "kind": "percent"}) == "12%"


def test_every_fact_of_the_sample_is_highlighted_with_its_offsets(sample_page: tuple[str, dict[str, Any]]) -> None:
    html, record = sample_page
    expected = spans_of(record)
    assert len(expected) > 40
    assert set(expected) <= highlighted(parse(html))


def test_sample_page_is_small_and_self_contained(sample_page: tuple[str, dict[str, Any]]) -> None:
    html, _ = sample_page
    assert len(html.encode("utf-8")) < 300_000
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(|https?://", html)
    marks = parse(html)
    assert marks.tags.count("script") == 1 and marks.tags.count("style") == 1


def test_the_content_security_policy_pins_the_inline_script_and_style(sample_page: tuple[str, dict[str, Any]]) -> None:
    html, _ = sample_page
    marks = parse(html)
    policy = marks.meta["Content-Security-Policy"]
    assert "default-src 'none'" in policy

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(''.join(marks.scripts))}'" in policy
    assert f"style-src 'sha256-{digest(''.join(marks.styles))}'" in policy


def test_panels_group_quotes_by_speaker_and_put_dates_on_a_timeline(sample_page: tuple[str, dict[str, Any]]) -> None:
    html, record = sample_page
    speakers = {quote["speaker"] for quote in record["quotes"] if quote["speaker"]}
    quotes_panel = html[html.index('class="panel panel-quote"'):]
    assert all(f"<h4>{speaker} " in quotes_panel for speaker in speakers)
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', html, re.S)
    assert timeline is not None
    times = re.findall(r"<time>([^<]+)</time>", timeline.group(1))
    days = [time.split()[0] for time in times]
    assert days == sorted(days) and "2023-11-09" in times


def test_places_are_grouped_by_country_with_coordinates(sample_page: tuple[str, dict[str, Any]]) -> None:
    html, record = sample_page
    places = html[html.index('class="panel panel-place"'):html.index('class="panel panel-org"')]
    serbia = next(place for place in record["places"] if place["country_code"] == "RS" and place["feature"] == "country")
    assert "<h4>Serbia (RS)</h4>" in places
    assert f"{serbia['latitude']:.3f}° N, {serbia['longitude']:.3f}° E" in places


def facts_for(text: str, **spans: Any) -> ArticleFacts:
    return ArticleFacts(id="<b>id</b>", source="-", published="2023-11-09", **spans)


def number(text: str, within: str, **extra: Any) -> dict[str, Any]:
    start = within.index(text)
    return {"text": text, "start": start, "end": start + len(text), "sentence": 0, "value": 8.0, "low": None,
            "high": None, "qualifier": "exact", "kind": "count", "counted": None, "unit": None, "currency": None, **extra}


def test_metadata_is_escaped_and_only_web_urls_become_links() -> None:
    text = "Eight smugglers were arrested."
    facts = facts_for(text, numbers=[number("Eight smugglers", text)])
    facts.title = "<script>alert(1)</script>"
    facts.url = "javascript:alert(2)"
    html = render_report(facts, text)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript' not in html and "javascript:alert(2)" in html
    facts.url = 'https://example.org/a?b=1&c="2"'
    assert 'href="https://example.org/a?b=1&amp;c=&quot;2&quot;"' in render_report(facts, text)


def test_a_fact_whose_offsets_miss_the_text_is_reported_not_highlighted() -> None:
    text = "Eight smugglers were arrested."
    facts = facts_for(text, numbers=[{**number("Eight smugglers", text), "start": 3, "end": 18}])
    html = render_report(facts, text)
    assert parse(html).first == {}
    assert "does not match the text" in html


def test_only_keeps_the_chosen_fact_types() -> None:
    text = "Eight smugglers were arrested on Monday."
    date = {"text": "Monday", "start": 33, "end": 39, "sentence": 0, "type": "date", "value": "2023-11-06", "mod": None,
            "earliest": "2023-11-06", "latest": "2023-11-06", "from": None, "to": None}
    facts = facts_for(text, numbers=[number("Eight smugglers", text)], dates=[date])
    stream = StringIO()
    writer = HtmlWriter(stream, only=("dates",))
    writer.write(facts, text)
    writer.close()
    marks = parse(stream.getvalue())
    assert list(marks.first) == ["a1-date0"]
    assert "panel-num" not in stream.getvalue()


def test_a_batch_page_opens_with_an_index_linking_each_article() -> None:
    stream = StringIO()
    writer = HtmlWriter(stream)
    for n, text in enumerate(["Eight smugglers were arrested.", "Eight more were arrested later."]):
        facts = facts_for(text, numbers=[number("Eight", text)])
        facts.id = f"article-{n}"
        writer.write(facts, text)
    writer.close()
    html = stream.getvalue()
    assert '<a href="#a1">article-0</a>' in html and '<a href="#a2">article-1</a>' in html
    assert set(parse(html).first) == {"a1-num0", "a2-num0"}


def test_the_writer_reads_the_body_after_a_header_with_offsets_into_the_text_as_read(extractor: Extractor) -> None:
    article = article_from_text("date 2023-11-09 Eight smugglers were arrested.", id="x")
    facts = next(extractor.extract_many([article]))
    stream = StringIO()
    writer = HtmlWriter(stream)
    writer.write(facts, article)
    writer.close()
    marks = parse(stream.getvalue())
    text = re.search(r'<div class="text" lang="en">(.*?)</div>', stream.getvalue(), re.S)
    assert text is not None and re.sub("<[^>]+>", "", text.group(1)) == "Eight smugglers were arrested."
    assert highlighted(marks) >= set(spans_of(facts.to_dict()))


def test_the_writer_falls_back_on_the_text_kept_in_the_facts() -> None:
    text = "Eight smugglers were arrested."
    facts = facts_for(text, numbers=[number("Eight smugglers", text)])
    if not hasattr(facts, "text"):
        pytest.skip("ArticleFacts has no text field")
    facts.text = text
    stream = StringIO()
    writer = HtmlWriter(stream)
    writer.write(facts)
    writer.close()
    assert list(parse(stream.getvalue()).first) == ["a1-num0"]


def test_the_writer_needs_the_article_text() -> None:
    with pytest.raises(ValueError, match="article text"):
        HtmlWriter(StringIO()).write(facts_for(""))


def test_open_report_does_nothing_without_a_display(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert open_report(tmp_path / "report.html") is False


def test_the_report_words_dates_and_numbers_as_the_summary_does(sample_page: tuple[str, dict[str, Any]]) -> None:
    # Issue 23: the report showed 'P2W' where the summary says '2 weeks'; both now word facts in extractor.wording.
    html, record = sample_page
    dates = html[html.index('class="panel panel-date"'):html.index('class="panel panel-place"')]
    assert "P2W" not in dates and "2 weeks" in dates
    assert "<time>2023-10-27 → 11-08</time>" in dates
    assert all(f"<b>{escape(number_value(n), quote=False)}</b>" in html for n in record["numbers"])


def test_a_country_the_article_never_names_heads_its_places_as_implied() -> None:
    text = "Police in Frankfurt arrested eight men."
    start = text.index("Frankfurt")
    frankfurt = {"name": "Frankfurt am Main", "country_code": "DE", "latitude": 50.1, "longitude": 8.7,
                 "geonames_id": 2925533, "feature": "city",
                 "mentions": [{"text": "Frankfurt", "start": start, "end": start + 9, "sentence": 0, "via": "name"}]}
    html = render_report(facts_for(text, places=[frankfurt]), text)
    assert "<h4>Germany (DE, implied)</h4>" in html


def test_a_long_quote_preview_marks_its_cut_as_an_editor_does() -> None:
    text = '"' + " ".join(["We found four radios that their guards use."] * 6) + '" he said.'
    said = text[:text.rindex('"') + 1]
    quote = {"text": said, "start": 0, "end": len(said), "sentence": 0, "kind": "direct", "speaker": None,
             "speaker_mention": None, "cue": "said", "medium": None}
    html = render_report(facts_for(text, quotes=[quote]), text)
    shown = re.search(r'class="go said"[^>]*>([^<]*)</a>', html)
    assert shown is not None and shown.group(1).endswith(" […]") and "…" not in shown.group(1)[:-4]


def test_a_wire_clock_time_read_as_a_year_is_listed_as_a_time_not_opening_the_timeline() -> None:
    text = "Bids are due by 1630 EST/2130 gmt on Friday."
    start = text.index("1630")
    clock = {"text": "1630", "start": start, "end": start + 4, "sentence": 0, "type": "date", "value": "1630",
             "mod": None, "earliest": "1630-01-01", "latest": "1630-12-31", "from": None, "to": None}
    html = render_report(facts_for(text, dates=[clock]), text)
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', html, re.S)
    assert timeline is not None and "1630" not in timeline.group(1)
    assert "16:30 EST" in html
