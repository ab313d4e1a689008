"""IPTC NewsML 1.x documents and Reuters RCV1 items: one article per news item.

The documents follow the shape of the NewsML 1.2 specification's examples (a NewsML envelope, NewsItems with their
Identification, NewsManagement and a NewsComponent of NewsLines and ContentItems, text as NITF, XHTML or plain text,
photos beside it) and of an RCV1 file; the stories in them are made up.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extractor.readers import STDIN, Article, InputError, read_data

NEWSML = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE NewsML SYSTEM "http://www.iptc.org/std/NewsML/1.2/specification/NewsML_1.2.dtd">
<NewsML Version="1.2">
  <Catalog Href="http://www.iptc.org/std/catalog/catalog.IptcMasterCatalog.xml"/>
  <NewsEnvelope>
    <DateAndTime>20031021T103000+0100</DateAndTime>
    <NewsService FormalName="WorldNews"/>
  </NewsEnvelope>
  <NewsItem Duid="item1">
    <Identification>
      <NewsIdentifier>
        <ProviderId>example.com</ProviderId>
        <DateId>20031020</DateId>
        <NewsItemId>FERRY-STRIKE</NewsItemId>
        <RevisionId PreviousRevision="0" Update="N">1</RevisionId>
        <PublicIdentifier>urn:newsml:example.com:20031020:FERRY-STRIKE:1</PublicIdentifier>
      </NewsIdentifier>
    </Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <FirstCreated>20031020T221500+0100</FirstCreated>
      <ThisRevisionCreated>20031021T081500+0100</ThisRevisionCreated>
      <Status FormalName="Usable"/>
    </NewsManagement>
    <NewsComponent Duid="item1.component">
      <NewsLines>
        <HeadLine>Ferry crossings delayed by strike</HeadLine>
        <ByLine>By Anna Weber</ByLine>
        <DateLine>CALAIS, France, Oct 21</DateLine>
        <CopyrightLine>(c) Example News 2003</CopyrightLine>
      </NewsLines>
      <NewsComponent Duid="item1.photo">
        <Role FormalName="Supporting"/>
        <ContentItem Href="ferry.jpg">
          <MediaType FormalName="Photo"/>
          <Format FormalName="JPEG Baseline"/>
        </ContentItem>
      </NewsComponent>
      <NewsComponent Duid="item1.text">
        <Role FormalName="Main"/>
        <ContentItem>
          <MediaType FormalName="Text"/>
          <Format FormalName="XHTML"/>
          <DataContent>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>The ferry operator said crossings would be
                 delayed for two days.</p>
              <p>About 300 lorries were queuing near the port on Tuesday.</p>
            </body></html>
          </DataContent>
        </ContentItem>
      </NewsComponent>
    </NewsComponent>
  </NewsItem>
  <NewsItem Duid="item2">
    <Identification>
      <NewsIdentifier>
        <ProviderId>example.com</ProviderId>
        <DateId>20031021</DateId>
        <NewsItemId>RATES</NewsItemId>
        <RevisionId PreviousRevision="0" Update="N">1</RevisionId>
      </NewsIdentifier>
    </Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <Status FormalName="Usable"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Central bank holds rates</HeadLine></NewsLines>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <Format FormalName="NITF"/>
        <DataContent>
          <nitf><body>
            <body.head><hedline><hl1>Bank holds rates</hl1></hedline><dateline>FRANKFURT</dateline></body.head>
            <body.content><p>The central bank kept its main rate at 2 percent.</p></body.content>
          </body></nitf>
        </DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
  <NewsItem Duid="item3">
    <Identification>
      <NewsIdentifier>
        <ProviderId>example.com</ProviderId><DateId>20031021</DateId><NewsItemId>MARKETS</NewsItemId>
        <RevisionId PreviousRevision="0" Update="N">1</RevisionId>
      </NewsIdentifier>
    </Identification>
    <NewsManagement><NewsItemType FormalName="News"/><ThisRevisionCreated>20031021T120000Z</ThisRevisionCreated>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>European shares edge higher</HeadLine></NewsLines>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <Format FormalName="Text"/>
        <DataContent>European shares edged higher
on Tuesday.

Banks led the gains.</DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
  <NewsItem Duid="item4">
    <Identification>
      <NewsIdentifier>
        <ProviderId>example.com</ProviderId><DateId>20031021</DateId><NewsItemId>PHOTO-1</NewsItemId>
        <RevisionId PreviousRevision="0" Update="N">1</RevisionId>
      </NewsIdentifier>
    </Identification>
    <NewsManagement><NewsItemType FormalName="News"/></NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Lorries queue near Dover</HeadLine></NewsLines>
      <ContentItem>
        <MediaType FormalName="Photo"/>
        <Encoding FormalName="base64"/>
        <DataContent>/9j/4AAQSkZJRgABAQEASABIAAD</DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""

RCV1 = b"""<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="2286" id="root" date="1996-08-20" xml:lang="en">
<title>MEXICO: Recovery excitement brings Mexican markets to life.</title>
<headline>Recovery excitement brings Mexican markets to life.</headline>
<byline>Henry Tricks</byline>
<dateline>MEXICO CITY</dateline>
<text>
<p>Signs that the economy was recovering sent Mexican markets into a buzz of excitement on Tuesday.</p>
<p>Stocks closed at record highs and interest rates fell to 19-month lows.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:countries:1.0"><code code="MEX"/></codes>
<dc element="dc.date.published" value="1996-08-20"/>
</metadata>
</newsitem>
"""


def _items(data: bytes, name: str = "news.xml", input_format: Optional[str] = None) -> list:
    return list(read_data(data, name, input_format=input_format))


def test_every_news_item_of_a_newsml_document_is_an_article_named_by_its_place():
    items = _items(NEWSML)
    assert all(isinstance(item, Article) for item in items)
    assert [item.source for item in items] == ["news.xml:1", "news.xml:2", "news.xml:3", "news.xml:4"]


def test_a_newsml_item_has_its_public_identifier_headline_byline_and_revision_day_as_written():
    ferry = _items(NEWSML)[0]
    assert ferry.id == "urn:newsml:example.com:20031020:FERRY-STRIKE:1"
    assert (ferry.title, ferry.author, ferry.published) == ("Ferry crossings delayed by strike", "Anna Weber",
                                                            "2003-10-21")


def test_newsml_text_is_the_story_paragraphs_opened_by_the_dateline_not_the_photo_or_copyright_line():
    ferry = _items(NEWSML)[0]
    assert ferry.text == ("CALAIS, France, Oct 21 - The ferry operator said crossings would be delayed for two days."
                          "\n\nAbout 300 lorries were queuing near the port on Tuesday.")


def test_nitf_inside_a_newsml_item_is_read_as_nitf_under_the_item_headline():
    rates = _items(NEWSML)[1]
    assert rates.text == "FRANKFURT - The central bank kept its main rate at 2 percent."
    assert (rates.id, rates.title) == ("RATES", "Central bank holds rates")
    assert rates.published == "2003-10-21"  # no revision date: the identifier's DateId


def test_plain_text_content_is_split_into_paragraphs_at_blank_lines():
    markets = _items(NEWSML)[2]
    assert markets.text == "European shares edged higher on Tuesday.\n\nBanks led the gains."
    assert markets.published == "2003-10-21"


def test_an_item_with_only_a_photo_is_its_headline_with_a_warning_never_its_base64_data():
    photo = _items(NEWSML)[3]
    assert (photo.text, photo.warnings) == ("Lorries queue near Dover", ["news item has no text: its headline is the text"])


def test_an_rcv1_item_is_an_article_with_its_itemid_headline_date_and_dateline():
    (item,) = _items(RCV1, "2286newsML.xml")
    assert (item.id, item.source, item.published) == ("2286", "2286newsML.xml", "1996-08-20")
    assert (item.title, item.author) == ("Recovery excitement brings Mexican markets to life.", "Henry Tricks")
    assert item.text == ("MEXICO CITY - Signs that the economy was recovering sent Mexican markets into a buzz of "
                         "excitement on Tuesday.\n\nStocks closed at record highs and interest rates fell to 19-month "
                         "lows.")  # neither the copyright line nor the metadata codes


@pytest.mark.parametrize("name", [STDIN, "story.xml", "story"])
def test_newsml_1_and_rcv1_are_recognised_by_their_root_element(name):
    assert len(_items(NEWSML, name)) == 4
    assert [item.id for item in _items(RCV1, name)] == ["2286"]


def test_newsml_1_can_be_forced_on_any_name():
    assert _items(RCV1, "story.txt", input_format="newsml1")[0].id == "2286"


def test_xml_that_declares_entities_is_refused_unread():
    document = (b'<?xml version="1.0"?><!DOCTYPE NewsML [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>'
                b"<NewsML><NewsItem><NewsComponent><ContentItem><DataContent>&b;</DataContent></ContentItem>"
                b"</NewsComponent></NewsItem></NewsML>")
    (error,) = _items(document)
    assert isinstance(error, InputError) and "declares entities" in error.reason


def test_a_damaged_or_empty_newsml_document_is_an_error_for_that_file():
    (cut,) = _items(NEWSML[:900], "cut.xml")
    assert isinstance(cut, InputError) and cut.reason.startswith("invalid XML: ")
    (empty,) = _items(b"<NewsML><NewsEnvelope/></NewsML>", "empty.xml")
    assert isinstance(empty, InputError) and empty.reason == "NewsML document holds no NewsItem"
