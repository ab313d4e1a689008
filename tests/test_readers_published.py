"""A web page's publication date: what the page states outright, read on the site's own clock.

Snippets are cut down from the markup of real pages (named in each case); the dates are theirs.
"""

from __future__ import annotations

from typing import Optional

import pytest
from lxml import html as lxml_html

from extractor.readers.html import article_from_html
from extractor.readers.published import stated_published


def published(markup: str, url: Optional[str] = None) -> Optional[str]:
    page = f"<html><head>{markup}</head><body><p>Story.</p></body></html>" if "<body" not in markup else markup
    return stated_published(lxml_html.fromstring(page), page, url)


# The statement of first publication beats revision stamps a general date search may weigh more.
STATED = [
    # reuters.com (SAG awards, 2020): REVISION_DATE and sailthru.date are the revision of the next day
    ('<meta name="REVISION_DATE" content="2020-01-20T09:49:32Z">'
     '<meta name="sailthru.date" content="2020-01-20T09:49:32Z">'
     '<meta property="og:article:published_time" content="2020-01-19T12:25:36Z">'
     '<meta property="og:article:modified_time" content="2020-01-20T09:49:32Z">', "2020-01-19"),
    # pythonspeed.com: JSON-LD with dateModified before datePublished
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
     '"dateModified": "2020-06-04T16:41:46+00:00", "datePublished": "2019-06-17T00:00:00+00:00"}</script>',
     "2019-06-17"),
    # Yoast's @graph (24ora.com): the WebSite node has no date, the Article node has
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
     '{"@type": "WebSite", "@id": "https://24ora.com/#website", "url": "https://24ora.com/"}, '
     '{"@type": "Article", "datePublished": "2022-05-04T14:37:37+02:00", '
     '"dateModified": "2022-05-04T14:37:41+02:00"}]}</script>', "2022-05-04"),
    # tomshardware.com: the byline's time element with itemprop datePublished
    ('<body><time itemprop="datePublished" class="no-wrap relative-date chunk" '
     'datetime="2020-11-04T21:53:22+00:00">04 November 2020</time><p>Story.</p></body>', "2020-11-04"),
]


@pytest.mark.parametrize("markup,expected", STATED)
def test_the_page_s_statement_of_publication_is_read(markup: str, expected: str) -> None:
    assert published(markup) == expected


def test_an_embedded_video_s_date_is_not_the_page_s() -> None:
    # a video in a recipe page (bettycrocker.com's carries uploadDate 01/10/2017): the date is the video's
    markup = ('<script type="application/ld+json">{"@type": "VideoObject", "uploadDate": "2017-01-10", '
              '"datePublished": "2017-01-10"}</script>')
    assert published(markup) is None


def test_a_placeholder_stamp_is_no_date() -> None:
    # detroitnews.com (2019): "datePublished": "0001-01-01T00:00:00Z" in its JSON-LD
    markup = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>'
    assert published(markup) is None


# A UTC stamp is read on the site's clock when the page shows the same instant on it.
LOCAL_CLOCK = [
    # 24ora.com: UTC in the meta, the byline's time element with the site's offset
    ('<body><meta property="article:published_time" content="2022-05-04T03:37:37+00:00">'
     '<time class="entry-date updated td-module-date" datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm'
     '</time><p>Story.</p></body>', None, "2022-05-03"),
    # pagesix.com: the offset only in an analytics script
    ('<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">'
     '<script>var d = {"date":"2020-02-24T21:25:54-05:00","publish_time":"21:25:54"};</script>', None, "2020-02-24"),
    # twincities.com: the byline's time element on local time without an offset
    ('<body><meta property="article:published_time" content="2023-11-09T05:30:59+00:00">'
     '<time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time><p>Story.</p></body>',
     None, "2023-11-08"),
    # nj.com: the time element carries the UTC instant, its text the local day
    ('<body><meta property="article:published_time" content="2019-11-19T01:19:34.819Z">'
     '<span class="dateline__published"><time datetime="2019-11-19T01:19:34.819Z">Posted Nov 18, 8:19 PM </time>'
     '</span><p>Story.</p></body>', None, "2019-11-18"),
    # venturebeat.com: the address dates the story the day before its UTC stamp
    ('<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">',
     "https://venturebeat.com/2019/11/18/new-york-state-attorney-general-investigating-wework-and-former-ceo/",
     "2019-11-18"),
    # forbes.com: JavaScript's date format
    ('<meta property="article:published_time" content="Tue Nov 19 2019 03:05:46 GMT+0000">',
     "https://www.forbes.com/sites/brucelee/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/",
     "2019-11-18"),
]


@pytest.mark.parametrize("markup,url,expected", LOCAL_CLOCK)
def test_a_utc_stamp_is_read_on_the_site_s_clock(markup: str, url: Optional[str], expected: str) -> None:
    assert published(markup, url) == expected


def test_a_utc_stamp_without_local_evidence_keeps_its_day() -> None:
    # reuters.com: only "Z" stamps; a URL without a date says nothing of the day
    markup = '<meta property="og:article:published_time" content="2020-01-19T12:25:36Z">'
    assert published(markup, "https://www.reuters.com/article/us-awards-sag/parasite-idUSKBN1ZI0EH") == "2020-01-19"


def test_an_address_dated_well_before_the_stamp_is_the_first_publication() -> None:
    # befifty.de (Squarespace): the story went up in 2017, its datePublished is a republication of 2019
    markup = ('<script type="application/ld+json">{"@type": "Article", '
              '"datePublished": "2019-06-17T18:28:00+0200"}</script>')
    assert published(markup, "https://www.befifty.de/home/2017/7/12/unter-uns-montauk") == "2017-07-12"


def test_an_address_dated_a_day_off_does_not_override_an_offset_stamp() -> None:
    # cbsnews.com: "2019-11-20T01:07:00-0500", shown "November 20, 2019 / 1:07 AM"; the slug says 2019-11-19
    markup = ('<script type="application/ld+json">{"@type": "NewsArticle", '
              '"datePublished": "2019-11-20T01:07:00-0500"}</script>')
    url = "https://www.cbsnews.com/news/impeachment-hearings-key-moments-testimony-2019-11-19/"
    assert published(markup, url) == "2019-11-20"


# Without metadata, a dateline labelled as the writing or publication is the date.
LABELLED = [
    # world.kbs.co.kr: the sidebar's other stories carry <p class="date">2023-11-03</p>
    ('<body><h1>Colder Temperatures Forecast for Wed.</h1><p class="date">Written: 2023-11-07 15:03:30'
     '<span class="hidden"> / </span>Updated: 2023-11-07 15:30:46</p><p>Story.</p>'
     '<p class="date">2023-11-03</p></body>', "2023-11-07"),
    # pythonspeed.com's byline
    ('<body><p class="post-date-and-author">by Itamar Turner-Trauring<br>'
     'Last updated 04 Jun 2020, originally created 17 Jun 2019</p><p>Story.</p></body>', "2019-06-17"),
    # acpjournals.org: the electronic publication comes before the issue's
    ('<body><div>ePublished: 3 March 2020</div><div>Issue Published: 7 April 2020</div></body>', "2020-03-03"),
]


@pytest.mark.parametrize("markup,expected", LABELLED)
def test_a_labelled_dateline_is_the_publication(markup: str, expected: str) -> None:
    assert published(markup) == expected


def test_a_publication_told_in_prose_is_no_dateline() -> None:
    # a sentence of a story: the report's date, not the page's
    assert published("<body><p>A report published on March 3, 2020 found rents rising.</p></body>") is None


def test_an_update_line_alone_is_no_publication() -> None:
    # realsimple.com: "Updated May 06, 2019" is all its byline says
    assert published('<body><div class="timestamp published-date">Updated May 06, 2019</div></body>') is None


def test_the_reader_takes_the_stated_date_over_a_revision_stamp() -> None:
    # reuters.com (SAG awards, 2020), through the HTML reader
    page = ('<html><head><title>Parasite scores upset at SAG awards</title>'
            '<meta name="sailthru.date" content="2020-01-20T09:49:32Z">'
            '<meta property="og:article:published_time" content="2020-01-19T12:25:36Z"></head><body><article>'
            '<h1>Parasite scores upset at SAG awards</h1>'
            + "<p>South Korean film Parasite won the top prize at the Screen Actors Guild awards on Sunday, "
              "boosting its chances at the Oscars next month in a contest with war drama 1917.</p>" * 4
            + "</article></body></html>")
    assert article_from_html(page, source="reuters.html").published == "2020-01-19"
