"""Headlines, teasers, repeated captions and sign-offs: lines a reader takes no facts from."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.readers.articles import article_from_text
from extractor.readers.furniture import (REPEAT_MIN_WORDS, REPEAT_SHARE, Openings, blanked, furniture, headline,
                                         is_sign_off, is_teaser)
from extractor.readers.html import article_from_html

# Openings of real articles: BBC (bbc/business/010, bbc/sport/020: headline, blank line, body) and
# Reuters-21578 (00005, 00925: a headline in capitals; wire copy ends a headline on an abbreviation).
HEADLINED = [
    ("Court rejects $280bn tobacco case\n\nA US government claim accusing the country's biggest tobacco "
     "companies of covering up the effects of smoking has been thrown out by an appeal court.\n",
     "Court rejects $280bn tobacco case"),
    ("Edwards tips Idowu for Euro gold\n\nWorld outdoor triple jump record holder and BBC pundit Jonathan "
     "Edwards believes Phillips Idowu can take gold at the European Indoor Championships.\n",
     "Edwards tips Idowu for Euro gold"),
    ("NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE\n\nThe U.S. Agriculture Department\nreported the "
     "farmer-owned reserve national five-day average\n", "NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE"),
    ("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n\nChina called on the United States to remove curbs on "
     "its exports.\n", "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S."),
    ("AGENCY VOTES TO END LOCAL NUCLEAR PLANT VETO\nThe Nuclear Regulatory Commission\n(NRC) proposed to "
     "ease evacuation standards for nuclear plants,\n", "AGENCY VOTES TO END LOCAL NUCLEAR PLANT VETO"),
]


@pytest.mark.parametrize(("text", "title"), HEADLINED)
def test_a_first_line_above_the_body_is_the_headline_and_the_body_starts_after_it(text: str, title: str) -> None:
    found = headline(text)
    assert found is not None and found[0] == title
    assert text[found[1]:].startswith(next(line for line in text.split("\n")[1:] if line))


@pytest.mark.parametrize("text", [
    # A lead that ends like prose is the story, even set apart by a blank line (bbc/business/010's lead).
    "A US government claim accusing the country's biggest tobacco companies of covering up the effects of "
    "smoking has been thrown out.\n\nThe US government had sought $280bn.\n",
    # A text of one line is all story, headline-shaped or not (a headline-only wire item).
    "FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE, FED SAYS\n\n\n",
    # A first line in normal case running straight into the body is the body's first line.
    "Red Lion Inns Limited Partnership\nsaid it filed a registration statement with the Securities and\n",
])
def test_a_text_that_opens_with_its_story_has_no_headline(text: str) -> None:
    assert headline(text) is None


def test_the_headline_becomes_the_title_unless_the_header_or_caller_gives_one() -> None:
    text = HEADLINED[0][0]
    article = article_from_text(text)
    assert article.title == "Court rejects $280bn tobacco case" and text[article.body_start:].startswith("A US government")
    assert article_from_text(text, title="Given").title == "Given"
    assert article_from_text("Title: From the header\n" + text).title == "From the header"


@pytest.mark.parametrize("line", [
    # Teasers of other stories in real pages (html-articles, html-dated).
    "Related: The 15 Weirdest Galaxies in Our Universe",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap",
    "3 Hospitalized After Wrong-Way Crash in North Richland Hills",
    "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl",
])
def test_a_short_title_case_line_is_a_teaser(line: str) -> None:
    assert is_teaser(line)


@pytest.mark.parametrize("line", [
    "Police used a ram to force open the door.",                 # a sentence
    "Webb emerged, naked.",                                      # a short sentence
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",        # an item of a dated list (a tour's dates)
    "Module efficiency",                                          # a subhead in sentence case
    "The younger stars of British film were also represented in the shape of Emma Watson, who plays "
    "Hermione in the Harry Potter films",                          # too long for a headline
])
def test_prose_lists_and_subheads_are_not_teasers(line: str) -> None:
    assert not is_teaser(line)


@pytest.mark.parametrize("line", [
    # A story's list of three or more names, and an interview's answers: the story's own lines, kept.
    "- Ceres Robotics, Palo Alto, California",                    # space.com: the companies NASA chose
    "- Sierra Nevada Corporation, Louisville, Colorado",
    "Path B: Bosnia and Herzegovina, Slovakia, Republic of Ireland, Northern Ireland",  # cbssports.com: Euro 2020
    "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen",  # bbc/sport/237: the draw's seeded clubs
    "A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra",  # experience.com: an interview
    "A: Trip to Disney World",
])
def test_a_list_of_names_and_an_interviews_answer_are_no_teasers(line: str) -> None:
    assert not is_teaser(line)


@pytest.mark.parametrize("line", [
    # Bylines listing the writer, their paper and town stay furniture (html-dated).
    "By Nada Tawfik, BBC News, New York",                         # bbc.com
    "Posted by Alex Durán, AMP Project Marketing, Google",         # blog.amp.dev
    "– Michael Di Iorio, The Brag Magazine Editor, Writer",        # tonedeaf.thebrag.com
])
def test_a_byline_listing_the_writers_paper_and_town_is_still_a_teaser(line: str) -> None:
    assert is_teaser(line)


@pytest.mark.parametrize(("line", "sign_off"), [
    (" Reuter", True),
    ("REUTER", True),
    ("(Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Leslie Adler)", True),
    ("Additional reporting by Joseph Hudak", True),
    ("Reuters reported the arrests on Wednesday.", False),
])
def test_wire_sign_offs(line: str, sign_off: bool) -> None:
    assert is_sign_off(line) is sign_off


PAGE_TEXT = (
    "A video showing the rescue of a kidnapped girl was released by police in Texas on Monday.\n"
    "Man Shot at Dallas Gas Station Dies at Hospital\n"
    "The suspect was sentenced to life in federal prison last Thursday.\n"
    "A video showing the rescue of a kidnapped girl was released by police in Texas on Monday. NBC 5 edited it.\n"
    "Additional reporting by Joseph Hudak"
)


def test_a_web_page_loses_its_teasers_repeated_captions_and_sign_off_but_nothing_else() -> None:
    spans = furniture(PAGE_TEXT, lines_are_paragraphs=True)
    kept = [line for line in blanked(PAGE_TEXT, spans).split("\n") if line.strip()]
    assert kept == [PAGE_TEXT.split("\n")[0], PAGE_TEXT.split("\n")[2]]
    assert len(blanked(PAGE_TEXT, spans)) == len(PAGE_TEXT)


def test_a_wrapped_wire_paragraph_is_never_a_teaser_line_by_line() -> None:
    text = ("AGENCY VOTES\n\nCanadian Finance Minister Michael Wilson\nsaid he will use temporary authority "
            "under the Financial\nAdministration Act.\n")
    assert furniture(text, headline(text)[1]) == []


def test_a_sign_off_ending_a_hard_wrapped_paragraph_is_furniture() -> None:
    # reuters/03193: the body is one block of wrapped lines and "Reuter" is its last line
    text = ("COMAIR FEBRUARY LOAD FACTOR FALLS\n\nComair Inc said February load factor fell to 34.6 pct from 38.0\n"
            "pct a year before.\n Reuter\n")
    spans = furniture(text, headline(text)[1])
    assert [text[s:e].strip() for s, e in spans] == ["Reuter"]


def test_a_body_that_would_be_all_furniture_is_kept_whole() -> None:
    assert furniture("Man Shot at Dallas Gas Station Dies at Hospital\n", lines_are_paragraphs=True) == []


def test_no_facts_come_from_a_headline_or_a_teaser_and_offsets_index_the_text(extractor, validate) -> None:
    text = ("JAPAN STEELMAKERS, CANADA MINE DISCUSS COAL PRICE\n\n"
            "Japanese steelmakers bought 4.75 mln tonnes of coal from a Canadian mine, officials said.\n\n"
            "Man Shot at Dallas Gas Station Dies at Hospital\n\n"
            "The talks resume in Tokyo in late May.\n")
    record = extractor.extract(text, published="1987-04-27").to_dict()
    validate(record, text)
    assert record["title"] == "JAPAN STEELMAKERS, CANADA MINE DISCUSS COAL PRICE"
    body = text.index("Japanese")
    teaser = (text.index("Man Shot"), text.index("The talks"))
    spans = [m for kind in ("places", "organizations", "people") for fact in record[kind] for m in fact["mentions"]]
    spans += record["numbers"] + record["dates"] + record["quotes"]
    assert spans and all(s["start"] >= body and not teaser[0] <= s["start"] < teaser[1] for s in spans)


def test_a_web_page_article_carries_its_furniture_spans() -> None:
    page = "<html><body><article>" + "".join(f"<p>{line}</p>" for line in PAGE_TEXT.split("\n")) + "</article></body></html>"
    article = article_from_html(page, source="page.html")
    assert [article.text[s:e] for s, e in article.furniture][:1] == ["Man Shot at Dallas Gas Station Dies at Hospital"]


def test_a_quote_paired_across_a_teaser_is_dropped_so_every_offset_indexes_the_text(extractor, validate) -> None:
    # The shape of an NBC DFW page: a straight quote mark closed by a curly one, then a teaser line.
    text = ('"Police! Open the door! We\u2019re coming in!\u201d an officer shouts.\n\n'
            "Man Shot at Dallas Gas Station Dies at Hospital\n\n"
            "The suspect said he needed to get dressed.\n\n"
            '"Step out," an officer said.\n')
    article = article_from_text(text)
    record = extractor.extract(text, published="2019-11-18").to_dict()
    validate(record, text)
    spans = [m for kind in ("places", "organizations", "people") for fact in record[kind] for m in fact["mentions"]]
    spans += record["numbers"] + record["dates"] + record["quotes"]
    assert not any(s["start"] < end and start < s["end"] for s in spans for start, end in article.furniture)


_WORDS = [f"w{number}" for number in range(24)]


@settings(max_examples=200, deadline=None, database=None)
@given(st.data())
def test_an_opening_repeats_an_earlier_one_exactly_when_they_share_most_of_the_larger_ones_words(data) -> None:
    """The filed openings find every earlier opening a paragraph repeats, as setting it against each would; the
    earlier openings are near copies of it (most of its words and a few others), where the threshold is crossed."""
    opening = data.draw(st.sets(st.sampled_from(_WORDS), min_size=6, max_size=14))
    near = st.builds(set.union, st.sets(st.sampled_from(sorted(opening))), st.sets(st.sampled_from(_WORDS), max_size=4))
    earlier = data.draw(st.lists(near, max_size=6))
    openings = Openings(Counter(word for seen in [*earlier, opening] for word in seen))
    for seen in earlier:
        openings.add(seen)
    expected = len(opening) >= REPEAT_MIN_WORDS and any(
        len(opening & seen) >= REPEAT_SHARE * max(len(opening), len(seen)) for seen in earlier)
    assert openings.repeated_by(opening) == expected
