"""News agency XML: an IPTC NITF document and every NewsML-G2 news item are articles, through the library and the
real command.

The files follow the published specifications' samples, shortened and in our own words: the NITF one the sample
document of IPTC's NITF 3.x documentation (head/title, docdata doc-id and date.issue, pubdata, body.head hedline,
byline and dateline, body.content paragraphs and a photo), and the New York Times Annotated Corpus's use of NITF 3.3
(a lead paragraph block before the full text); the NewsML-G2 ones the NewsML-G2 Guidelines' quick-start listings
("LISTING 2 NewsML-G2 Text Document": an item carrying NITF in inlineXML; "LISTING 24 News Message conveying a
complete News Package": a newsMessage whose itemSet holds a packageItem and its newsItems).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Optional

import pytest

from extractor.readers import STDIN, Article, InputError, read_data
from tests.test_job_safety import command, no_traceback

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
<nitf version="-//IPTC//DTD NITF 3.3//EN" change.date="October 18, 2006" change.time="19:30">
  <head>
    <title>Cod grounds closed to fishing fleet</title>
    <docdata management-status="usable">
      <doc-id regsrc="XYZ" id-string="XYZ-1999-0712-0042"/>
      <urgency ed-urg="4"/>
      <date.issue norm="19990712T170000-0500"/>
      <doc.copyright holder="Example News" year="1999"/>
    </docdata>
    <pubdata type="web" position.section="World" ex-ref="https://news.example.com/1999/07/12/cod.html"/>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Cod grounds closed</hl1>
        <hl2>Thousands of fishermen idle</hl2>
      </hedline>
      <byline>By <person>Jane Moreau</person>, <byttl>Staff Writer</byttl></byline>
      <dateline><location><city>ST. JOHN'S</city>, Newfoundland</location>, <story.date norm="19990712">July 12</story.date></dateline>
      <abstract><p>Canada shuts its northern cod grounds.</p></abstract>
    </body.head>
    <body.content>
      <p>Canada closed its northern cod grounds on Monday, the fisheries
         minister said, and about 1,200 fishermen will be out of work until March.</p>
      <media media-type="image">
        <media-reference source="trawler.jpg" mime-type="image/jpeg"/>
        <media-caption><p>A trawler in the harbour of St. John's on Sunday.</p></media-caption>
      </media>
      <p>&quot;We have no choice,&quot; the minister, Pierre Lavall&eacute;e, told reporters.</p>
    </body.content>
    <body.end><tagline>Reporting by Jane Moreau</tagline></body.end>
  </body>
</nitf>
"""

DATELINE = "ST. JOHN'S, Newfoundland, July 12 - "
NITF_TEXT = (DATELINE + "Canada closed its northern cod grounds on Monday, the fisheries minister said, and about "
             "1,200 fishermen will be out of work until March.\n\n\"We have no choice,\" the minister, Pierre "
             "Lavall\u00e9e, told reporters.")

# The New York Times Annotated Corpus: the lead paragraph again in a block of its own before the full text.
NYT = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Council Votes to Widen Harbor Road</title>
    <meta content="12" name="publication_day_of_month"/>
    <docdata><doc-id id-string="1234567"/><doc.copyright holder="The New York Times" year="1987"/></docdata>
    <pubdata date.publication="19870612T000000" ex-ref="http://query.nytimes.com/gst/fullpage.html?res=1234567"
             item-length="60" name="The New York Times" unit-of-measure="word"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Council Votes to Widen Harbor Road</hl1></hedline>
      <byline class="print_byline">By ANNA LIND</byline>
    </body.head>
    <body.content>
      <block class="lead_paragraph"><p>LEAD: The City Council voted 7 to 2 yesterday to widen Harbor Road.</p></block>
      <block class="full_text">
        <p>The City Council voted 7 to 2 yesterday to widen Harbor Road.</p>
        <p>The work will cost $4 million and start in the fall.</p>
      </block>
    </body.content>
  </body>
</nitf>
"""

G2 = "http://iptc.org/std/nar/2006-10-01/"
NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"

# LISTING 2's item: its metadata kept, its body (placeholder Latin) in our words, its dateline in the first paragraph.
NEWS_ITEM = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="{G2}" guid="urn:newsml:acmenews.com:20161121:US-FINANCE-FED" version="10" standard="NewsML-G2"
    standardversion="2.24" xml:lang="en-US">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_30.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider uri="http://www.acmenews.com/about/"/>
    <versionCreated>2017-11-21T16:25:32-05:00</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2016-11-21T15:21:06-05:00</contentCreated>
    <located qcode="geoloc:NYC"><name>New York, NY</name></located>
    <creator uri="http://www.acmenews.com/staff/mjameson"><name>Meredith Jameson</name></creator>
    <slugline>US-Finance-Fed</slugline>
    <headline> Fed to halt QE to avert "bubble"</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="{NITF_NAMESPACE}">
        <body>
          <body.head>
            <hedline><hl1>Fed to halt QE to avert "bubble"</hl1></hedline>
            <byline>By Meredith Jameson, <byttl>Staff Reporter</byttl></byline>
          </body.head>
          <body.content>
            <p>(New York, NY - November 21) The Federal Reserve will stop buying bonds in
               January, two officials said on Monday.</p>
            <p>The central bank has bought $85 billion of bonds a month since 2012.</p>
          </body.content>
        </body>
      </nitf>
    </inlineXML>
  </contentSet>
</newsItem>
""".encode("utf-8")

# LISTING 24's message: a package and its items; here a story in XHTML with its dateline in contentMeta, a story in
# NITF, and a photo with only a description.
NEWS_MESSAGE = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="{G2}">
  <header>
    <sent>2017-10-19T11:17:00.150Z</sent>
    <sender>example.com</sender>
    <transmitId>tag:example.com,2017:newsml_PKG</transmitId>
  </header>
  <itemSet>
    <packageItem guid="tag:example.com,2017:PKG">
      <itemMeta><itemClass qcode="ninat:composite"/><versionCreated>2017-10-19T11:00:00Z</versionCreated></itemMeta>
    </packageItem>
    <newsItem guid="tag:example.com,2017:N1" version="1">
      <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2017-10-19T09:30:00+01:00</versionCreated></itemMeta>
      <contentMeta>
        <headline>Storm closes Dover port</headline>
        <dateline>DOVER, England, Oct 19</dateline>
        <by>By Sam Patel</by>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml">
            <head><title>Storm closes Dover port</title></head>
            <body><h1>Storm closes Dover port</h1>
              <p>Ferries stopped sailing on Thursday as winds reached 70 mph.</p>
              <p>About 3,000 lorries were queuing on the M20 by noon.</p>
            </body>
          </html>
        </inlineXML>
      </contentSet>
    </newsItem>
    <newsItem guid="tag:example.com,2017:N2" version="3">
      <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
      <contentMeta>
        <contentCreated>2017-10-18T22:05:00Z</contentCreated>
        <headline>Ferry firm warns of delays</headline>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/nitf+xml">
          <nitf xmlns="{NITF_NAMESPACE}"><body><body.head>
            <dateline>CALAIS, France, Oct 18 -</dateline></body.head>
            <body.content><p>The ferry operator said crossings would be delayed for two days.</p></body.content>
          </body></nitf>
        </inlineXML>
      </contentSet>
    </newsItem>
    <newsItem guid="tag:example.com,2017:N3" version="1">
      <itemMeta><itemClass qcode="ninat:picture"/><versionCreated>2017-10-19T10:00:00Z</versionCreated></itemMeta>
      <contentMeta>
        <headline>Lorries queue on the M20</headline>
        <description>Lorries queue on the M20 near Dover on October 19, 2017.</description>
      </contentMeta>
      <contentSet><remoteContent href="http://example.com/photo.jpg" contenttype="image/jpeg"/></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
""".encode("utf-8")


def _articles(data: bytes, source: str, **options) -> list[Article]:
    items = list(read_data(data, source, **options))
    assert not [item for item in items if isinstance(item, InputError)], items
    return items


def test_an_nitf_document_is_one_article_with_its_doc_id_title_issue_date_and_url():
    (article,) = _articles(NITF, "cod.xml")
    assert (article.id, article.source, article.title) == ("XYZ-1999-0712-0042", "cod.xml",
                                                           "Cod grounds closed to fishing fleet")
    assert (article.published, article.url) == ("1999-07-12", "https://news.example.com/1999/07/12/cod.html")
    assert article.author == "Jane Moreau"


def test_nitf_text_is_the_body_paragraphs_opened_by_the_dateline_without_byline_abstract_caption_or_tagline():
    (article,) = _articles(NITF, "cod.xml")
    assert article.text == NITF_TEXT  # line wrapping collapsed, &quot; and the DTD's &eacute; read
    for left_out in ("Staff Writer", "shuts its northern", "A trawler", "Reporting by", "Thousands of fishermen"):
        assert left_out not in article.text


def test_the_nyt_corpus_lead_paragraph_is_not_read_twice_and_pubdata_dates_it():
    (article,) = _articles(NYT, "1234567.xml")
    assert article.text == ("The City Council voted 7 to 2 yesterday to widen Harbor Road.\n\n"
                            "The work will cost $4 million and start in the fall.")
    assert (article.id, article.published) == ("1234567", "1987-06-12")
    assert article.url == "http://query.nytimes.com/gst/fullpage.html?res=1234567"


def test_a_newsml_item_is_an_article_with_its_guid_headline_and_version_day_as_written():
    (article,) = _articles(NEWS_ITEM, "fed.xml")
    assert (article.id, article.source) == ("urn:newsml:acmenews.com:20161121:US-FINANCE-FED", "fed.xml")
    assert (article.title, article.published) == ('Fed to halt QE to avert "bubble"', "2017-11-21")
    assert article.text.startswith("(New York, NY - November 21) The Federal Reserve will stop buying bonds in January")
    assert article.text.endswith("$85 billion of bonds a month since 2012.")
    assert "Staff Reporter" not in article.text and article.author == "Meredith Jameson"


def test_every_newsml_item_of_a_message_is_an_article_and_the_package_none():
    storm, ferry, photo = _articles(NEWS_MESSAGE, "message.xml")
    assert [a.source for a in (storm, ferry, photo)] == ["message.xml:1", "message.xml:2", "message.xml:3"]
    assert [a.id for a in (storm, ferry, photo)] == [f"tag:example.com,2017:N{n}" for n in (1, 2, 3)]
    assert (storm.published, storm.author) == ("2017-10-19", "Sam Patel")
    assert storm.text == ("DOVER, England, Oct 19 - Ferries stopped sailing on Thursday as winds reached 70 mph.\n\n"
                          "About 3,000 lorries were queuing on the M20 by noon.")
    assert ferry.published == "2017-10-18"  # contentCreated, when the item has no versionCreated
    assert ferry.text == "CALAIS, France, Oct 18 - The ferry operator said crossings would be delayed for two days."
    assert (photo.text, photo.warnings) == ("Lorries queue on the M20 near Dover on October 19, 2017.",
                                            ["news item has no text: its description is the text"])


@pytest.mark.parametrize("name, options", [
    (STDIN, {}), ("story.xml", {}), ("story", {}),
])
def test_agency_xml_is_recognised_by_its_root_element(name, options):
    assert [a.id for a in _articles(NITF, name, **options)] == ["XYZ-1999-0712-0042"]
    assert len(_articles(NEWS_MESSAGE, name, **options)) == 3


def test_agency_xml_can_be_forced_on_any_name():
    assert _articles(NITF, "story.txt", input_format="nitf")[0].id == "XYZ-1999-0712-0042"
    assert _articles(NEWS_ITEM, "story.txt", input_format="newsml")[0].title == 'Fed to halt QE to avert "bubble"'


def test_an_xml_file_that_is_neither_is_read_as_before():
    (article,) = _articles(b"<?xml version='1.0'?><catalog><book><title>Cod</title>"
                           b"<summary>Canada closed its cod grounds in 1992.</summary></book></catalog>", "books.xml")
    assert article.source == "books.xml" and "Canada closed its cod grounds in 1992." in article.text


@pytest.mark.parametrize("document", [
    # billion laughs: ten entities each ten times the one before
    b'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "ha">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + n]), (b"&%s;" % bytes([97 + n])) * 10) for n in range(9))
    + b']><nitf><body><body.content><p>&j;</p></body.content></body></nitf>',
    # an external entity naming a local file
    b'<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/passwd">]><nitf><body><body.content><p>&secret;</p>'
    b"</body.content></body></nitf>",
])
def test_xml_that_declares_entities_is_refused_unread(document):
    (error,) = read_data(document, "laughs.xml")
    assert isinstance(error, InputError) and "declares entities" in error.reason


def test_a_damaged_agency_file_is_an_error_for_that_file():
    (error,) = read_data(NEWS_ITEM[:700], "cut.xml")
    assert isinstance(error, InputError) and error.reason.startswith("invalid XML: ")
    (empty,) = read_data(f'<newsMessage xmlns="{G2}"><itemSet/></newsMessage>'.encode(), "empty.xml")
    assert empty.reason == "NewsML-G2 message holds no newsItem"


def _run(*args: str, stdin: Optional[bytes] = None) -> subprocess.CompletedProcess:
    """The real command, as a shell runs it."""
    result = subprocess.run(command(*args), input=stdin, capture_output=True, timeout=300)
    result.stdout, result.stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    no_traceback(result.stderr)
    return result


def _records(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_command_writes_one_record_per_item_and_an_error_line_for_a_damaged_file(tmp_path: Path, validate):
    (tmp_path / "a-cod.xml").write_bytes(NITF)
    (tmp_path / "b-cut.xml").write_bytes(NEWS_MESSAGE[:-200])
    (tmp_path / "c-message.xml").write_bytes(NEWS_MESSAGE)
    result = _run(str(tmp_path), "-f", "jsonl", "--keep-text", "-j", "1")
    assert result.returncode == 1
    assert f"extractor: {tmp_path / 'b-cut.xml'}: invalid XML: " in result.stderr
    records = _records(result)
    assert [r["id"] for r in records] == ["XYZ-1999-0712-0042"] + [f"tag:example.com,2017:N{n}" for n in (1, 2, 3)]
    assert [r["published"] for r in records] == ["1999-07-12", "2017-10-19", "2017-10-18", "2017-10-19"]
    assert records[0]["url"] == "https://news.example.com/1999/07/12/cod.html"
    for record in records:
        validate(record, record["text"])
    cod = records[0]
    assert cod["text"] == NITF_TEXT
    assert "Pierre Lavall\u00e9e" in [person["name"] for person in cod["people"]]
    assert any(place["name"].startswith("Canada") for place in cod["places"])


def test_csv_on_standard_input_gives_one_record_per_row_as_the_file_does(tmp_path: Path):
    rows = ('id,published,text\n'
            'r1,2017-10-19,"Ferries stopped sailing on Thursday as winds reached 70 mph."\n'
            'r2,1999-07-12,"About 1,200 fishermen will be out of work until March."\n')
    (tmp_path / "rows.csv").write_text(rows, encoding="utf-8")
    from_file = _run(str(tmp_path / "rows.csv"), "-f", "jsonl", "-j", "1")
    from_stdin = _run("-", "-f", "jsonl", "-j", "1", stdin=rows.encode("utf-8"))
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    file_records, stdin_records = _records(from_file), _records(from_stdin)
    assert [r["id"] for r in stdin_records] == ["r1", "r2"] and [r["source"] for r in stdin_records] == ["-:2", "-:3"]
    for record in file_records + stdin_records:
        del record["source"]
    assert stdin_records == file_records


@pytest.mark.parametrize("text", [
    "Police, firefighters and medics arrived at 9pm.\nTwo people were hurt.\n",
    "text\nA single column is a line of prose.\n",
])
def test_prose_on_standard_input_with_commas_stays_one_text(text):
    (article,) = _articles(text.encode("utf-8"), STDIN)
    assert article.source == STDIN
