"""Feeds and agency files: every RSS or Atom item, and every Reuters-21578 SGML story, is an article.

The feeds are the examples of the RSS 2.0 specification (rssboard.org, sample-rss-2.xml) and of the
Atom specification (RFC 4287, section 1.1). The SGML file is built from three corpus articles and their
index.tsv dates (skipped when the shared corpora are absent).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks.common import shared_dir
from extractor.cli import app, route
from extractor.readers import STDIN, Article, InputError, read_data

REUTERS = shared_dir() / "corpora" / "reuters21578"

RSS = b"""<?xml version="1.0"?>
<rss version="2.0">
   <channel>
      <title>Liftoff News</title>
      <link>http://liftoff.msfc.nasa.gov/</link>
      <description>Liftoff to Space Exploration.</description>
      <language>en-us</language>
      <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
      <lastBuildDate>Tue, 10 Jun 2003 09:41:01 GMT</lastBuildDate>
      <docs>http://blogs.law.harvard.edu/tech/rss</docs>
      <generator>Weblog Editor 2.0</generator>
      <managingEditor>editor@example.com</managingEditor>
      <webMaster>webmaster@example.com</webMaster>
      <item>
         <title>Star City</title>
         <link>http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp</link>
         <description>How do Americans get ready to work with Russians aboard the International Space Station? They take a crash course in culture, language and protocol at Russia's &lt;a href="http://howe.iki.rssi.ru/GCTC/gctc_e.htm"&gt;Star City&lt;/a&gt;.</description>
         <pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>
         <guid>http://liftoff.msfc.nasa.gov/2003/06/03.html#item573</guid>
      </item>
      <item>
         <description>Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a &lt;a href="http://science.nasa.gov/headlines/y2003/30may_solareclipse.htm"&gt;partial eclipse of the Sun&lt;/a&gt; on Saturday, May 31st.</description>
         <pubDate>Fri, 30 May 2003 11:06:42 GMT</pubDate>
         <guid>http://liftoff.msfc.nasa.gov/2003/05/30.html#item572</guid>
      </item>
      <item>
         <title>The Engine That Does More</title>
         <link>http://liftoff.msfc.nasa.gov/news/2003/news-VASIMR.asp</link>
         <description>Before man travels to Mars, NASA hopes to design new engines that will let us fly through the Solar System more quickly.  The proposed VASIMR engine would do that.</description>
         <pubDate>Tue, 27 May 2003 08:37:32 GMT</pubDate>
         <guid>http://liftoff.msfc.nasa.gov/2003/05/27.html#item571</guid>
      </item>
      <item>
         <title>Astronauts' Dirty Laundry</title>
         <link>http://liftoff.msfc.nasa.gov/news/2003/news-laundry.asp</link>
         <description>Compared to earlier spacecraft, the International Space Station has many luxuries, but laundry facilities are not one of them.  Instead, astronauts have other options.</description>
         <pubDate>Tue, 20 May 2003 08:56:02 GMT</pubDate>
         <guid>http://liftoff.msfc.nasa.gov/2003/05/20.html#item570</guid>
      </item>
   </channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">dive into mark</title>
  <subtitle type="html">
    A &lt;em&gt;lot&lt;/em&gt; of effort
    went into making this effortless
  </subtitle>
  <updated>2005-07-31T12:29:29Z</updated>
  <id>tag:example.org,2003:3</id>
  <link rel="alternate" type="text/html" hreflang="en" href="http://example.org/"/>
  <link rel="self" type="application/atom+xml" href="http://example.org/feed.atom"/>
  <rights>Copyright (c) 2003, Mark Pilgrim</rights>
  <generator uri="http://www.example.com/" version="1.0">Example Toolkit</generator>
  <entry>
    <title>Atom draft-07 snapshot</title>
    <link rel="alternate" type="text/html" href="http://example.org/2005/04/02/atom"/>
    <link rel="enclosure" type="audio/mpeg" length="1337" href="http://example.org/audio/ph34r_my_podcast.mp3"/>
    <id>tag:example.org,2003:3.2397</id>
    <updated>2005-07-31T12:29:29Z</updated>
    <published>2003-12-13T08:29:29-04:00</published>
    <author>
      <name>Mark Pilgrim</name>
      <uri>http://example.org/</uri>
      <email>f8dy@example.com</email>
    </author>
    <contributor><name>Sam Ruby</name></contributor>
    <contributor><name>Joe Gregorio</name></contributor>
    <content type="xhtml" xml:lang="en" xml:base="http://diveintomark.org/">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p><i>[Update: The Atom draft is finished.]</i></p>
      </div>
    </content>
  </entry>
  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebd-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>
"""


def _articles(data: bytes, source: str, **options) -> list[Article]:
    items = list(read_data(data, source, **options))
    assert not [item for item in items if isinstance(item, InputError)]
    return items


def test_every_rss_item_is_an_article_with_its_title_link_and_date():
    articles = _articles(RSS, "liftoff.rss")
    assert [a.source for a in articles] == [f"liftoff.rss:{n}" for n in range(1, 5)]
    assert [a.title for a in articles] == ["Star City", None, "The Engine That Does More", "Astronauts' Dirty Laundry"]
    assert [a.published for a in articles] == ["2003-06-03", "2003-05-30", "2003-05-27", "2003-05-20"]
    assert articles[0].url == "http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp"
    # a <guid> is a permalink unless it says otherwise: the item's URL when it has no <link>
    assert articles[1].id == articles[1].url == "http://liftoff.msfc.nasa.gov/2003/05/30.html#item572"


def test_an_items_html_is_stripped_and_a_link_stays_in_its_sentence():
    star_city, eclipse = _articles(RSS, "liftoff.rss")[:2]
    assert star_city.text.endswith("language and protocol at Russia's Star City.")
    assert "experience a partial eclipse of the Sun on Saturday, May 31st." in eclipse.text
    assert "<" not in star_city.text + eclipse.text


def test_every_atom_entry_is_an_article_its_content_or_summary_the_text():
    draft, robots = _articles(ATOM, "feed.atom")
    assert (draft.title, draft.text, draft.published, draft.author) == (
        "Atom draft-07 snapshot", "[Update: The Atom draft is finished.]", "2003-12-13", "Mark Pilgrim")
    assert (draft.id, draft.url) == ("tag:example.org,2003:3.2397", "http://example.org/2005/04/02/atom")
    assert (robots.text, robots.published) == ("Some text.", "2003-12-13")  # <updated> when nothing is <published>


def test_a_feed_date_is_the_day_the_feed_writes_not_moved_to_utc():
    rss = RSS.replace(b"Tue, 03 Jun 2003 09:39:21 GMT", b"Tue, 03 Jun 2003 23:30:00 -0500")
    assert _articles(rss, "liftoff.rss")[0].published == "2003-06-03"


@pytest.mark.parametrize("name, options", [
    (STDIN, {}), ("liftoff.xml", {}), ("liftoff", {}), ("liftoff.txt", {"input_format": "feed"}),
])
def test_a_feed_is_recognised_by_its_content_or_forced(name, options):
    assert len(_articles(RSS, name, **options)) == 4
    assert len(_articles(ATOM, name, **options)) == 2


def test_an_item_with_only_a_title_is_its_title_and_an_empty_item_is_an_error_for_itself():
    items = list(read_data(b'<rss version="2.0"><channel><item><title>Star City</title></item><item><link>'
                           b"http://example.org/</link></item><item><description>Text.</description></item>"
                           b"</channel></rss>", "short.rss"))
    title_only, empty, text = items
    assert (title_only.text, title_only.warnings) == ("Star City", [
        "feed item has no content or summary: its title is the text"])
    assert isinstance(empty, InputError) and empty.source == "short.rss:2"
    assert text.text == "Text."


def test_a_named_feed_that_holds_no_items_is_one_error():
    (error,) = read_data(b"<html><body><p>Not a feed.</p></body></html>", "page.rss")
    assert isinstance(error, InputError) and error.reason.startswith("feed holds no items")


def test_the_command_writes_one_record_per_rss_item(tmp_path: Path, validate):
    feed = tmp_path / "liftoff.rss"
    feed.write_bytes(RSS)
    result = CliRunner().invoke(app, route([str(tmp_path), "-f", "jsonl", "--keep-text"]))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["published"] for r in records] == ["2003-06-03", "2003-05-30", "2003-05-27", "2003-05-20"]
    for record in records:
        validate(record, record["text"])
    eclipse = records[1]
    assert [d["value"] for d in eclipse["dates"]] == ["2003-05-31"]


# Reuters-21578 SGML: a story as the original files write it (reut2-000.sgm), built from a corpus article.
STORY = """<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="{oldid}" NEWID="{newid}">
<DATE>{date}</DATE>
<TOPICS></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;&#5;F
&#22;&#22;&#1;f0{newid}&#31;reute
u f BC-STORY   02-26 0064</UNKNOWN>
<TEXT>&#2;
<TITLE>{title}</TITLE>
<DATELINE>    NEW YORK, Feb 26 - </DATELINE><BODY>{body}&#3;</BODY></TEXT>
</REUTERS>
"""
NEWIDS = ("2", "8", "9")


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@pytest.fixture(scope="module")
def reuters_sgml(tmp_path_factory) -> tuple[Path, list[Path], dict[str, str]]:
    """A .sgm of three corpus stories, the stories' .txt files, and their raw dates from index.tsv."""
    if not REUTERS.is_dir():
        pytest.skip(f"no Reuters-21578 corpus at {REUTERS}")
    with open(REUTERS / "index.tsv", encoding="utf-8", newline="") as handle:
        dates = {row["newid"]: row["date_raw"] for row in csv.DictReader(handle, delimiter="\t") if row["newid"] in NEWIDS}
    files = [REUTERS / "articles" / f"{int(newid):05d}.txt" for newid in NEWIDS]
    stories = []
    for newid, path in zip(NEWIDS, files):
        title, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        stories.append(STORY.format(oldid=int(newid) + 5544, newid=newid, date=dates[newid], title=_escaped(title),
                                    body=_escaped(body)))
    sgml = tmp_path_factory.mktemp("reuters") / "reut2-000.sgm"
    sgml.write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(stories), encoding="utf-8")
    return sgml, files, dates


def _shifted(value, by: int):
    """A record's facts with every offset moved back by ``by``."""
    if isinstance(value, dict):
        return {key: item - by if key in ("start", "end") and isinstance(item, int) else _shifted(item, by)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_shifted(item, by) for item in value]
    return value


FACTS = ("numbers", "dates", "places", "organizations", "people", "quotes")


def test_each_reuters_story_is_an_article_with_its_newid_title_date_and_body(reuters_sgml):
    sgml, files, dates = reuters_sgml
    articles = _articles(sgml.read_bytes(), "reut2-000.sgm")
    assert [a.id for a in articles] == list(NEWIDS)
    assert [a.published for a in articles] == ["1987-02-26"] * 3
    assert articles[0].title == "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"
    assert articles[0].text == files[0].read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert _articles(sgml.read_bytes(), STDIN)[0].id == "2"


def test_a_reuters_sgml_file_gives_the_records_of_its_stories_as_text_files(reuters_sgml, validate):
    sgml, files, dates = reuters_sgml
    result = CliRunner().invoke(app, route([str(sgml), "-f", "jsonl", "--keep-text"]))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == list(NEWIDS)
    for record, path in zip(records, files):
        validate(record, record["text"])
        one = CliRunner().invoke(app, route([str(path), "-f", "json", "--date", record["published"]]))
        expected = json.loads(one.stdout)
        shift = len(expected["title"]) + 2
        assert (record["title"], record["published"]) == (expected["title"], expected["published"])
        assert {key: record[key] for key in FACTS} == _shifted({key: expected[key] for key in FACTS}, shift)


def test_a_whole_reuters_file_with_odd_bytes_and_wire_controls_is_its_1000_stories():
    sgm = shared_dir() / "corpora" / "messy" / "non-utf8-real" / "reuters_reut2-017_0xFC_and_C0-controls.sgm"
    if not sgm.is_file():
        pytest.skip(f"no {sgm}")
    articles = _articles(sgm.read_bytes(), sgm.name)
    assert [a.id for a in articles] == [str(newid) for newid in range(17001, 18001)]
    assert all(a.published and a.text.strip() and "guessed" in a.warnings[0] for a in articles)
    assert not [a.id for a in articles if any(ord(c) < 32 and c not in "\t\n\r " for c in a.text)]
