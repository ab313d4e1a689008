"""A web page's own words around the story (list headings, promos, prompts, stamps, contacts, credits) carry no facts.

Every line is from a real page of ../shared/corpora/html-articles or html-dated (the site named beside it); the
lines kept are real article sentences of the same corpora.
"""

from __future__ import annotations

import pytest

from extractor.readers.articles import article_from_text
from extractor.readers.furniture import blanked, furniture, is_page_furniture, is_stamp
from extractor.readers.html import article_from_html

LIST_HEADINGS_AND_COUNTS = [
    "DON'T MISS",                      # express.co.uk, above three promos of other stories
    "You may also like...",            # cleveland.com
    "Most read in world news",         # thesun.co.uk
    "Popular on IndieWire",            # indiewire.com
    "Explore further",                 # phys.org
    "More:",                           # aljazeera.com
    "comments",                        # theparadigmng.com, morebikes.co.uk
    "12 comments",
    "Tell us what YOU think...",       # morebikes.co.uk
]

PROMOS = [
    "Read more: Tencent profit falls as Alibaba threat and economic woes weigh",          # cityam.com
    "SEE MORE: Hong Kong protests: 800 students under siege in university",                # express.co.uk
    "Related: The 15 Weirdest Galaxies in Our Universe",                                   # livescience.com
    "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",  # crn.com
    "Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]",           # express.co.uk
    "China furious at Macron for Hong Kong protest jibe [INSIGHT]|",                        # express.co.uk
    "Read: Two disasters are exponentially worse than one",                                 # theatlantic.com
]

PROMPTS = [
    "Subscribe to the Morning Review newsletter",                                           # spokesman.com
    "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",        # nj.com
    "Thanks for signing up!",                                                               # cbssports.com
    "There was an error processing your subscription.",                                     # cbssports.com
    "Click here to subscribe to The Paradigm Newsletter",                                   # theparadigmng.com
    "CLICK HERE TO GET THE FOX NEWS APP",                                                   # foxnews.com
    "GET FOX BUSINESS ON THE GO BY CLICKING HERE",                                          # foxbusiness.com
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",                         # bbc.com
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",  # nytimes.com
    "Like this story? Share it with a friend!",                                              # rt.com
    "If you enjoyed this article, and were stimulated by its contents, we have a proposition for you: Join NRPLUS.",
    "An error has occurred, please try again later.",                                       # barrons.com
]

STAMPS = [
    "Updated at 1:23 p.m.",                            # thehill.com
    "UPDATED: Tue., Nov. 19, 2019",                   # spokesman.com
    "- Published 18 November 2019",                   # snopes.com
    "November 20, 2019 - 11:28 AMT",                  # panarmenian.net
    "5:45 AM PST 11/19/2019 by Patrick Shanley",      # hollywoodreporter.com
    "2019-11-19T08:57:40+01:00",                      # businessinsider.com
    "Updated June 13, 2019",                          # bettycrocker.com (html-dated)
]

CONTACTS_AND_CREDITS = [
    "Write to Al Root at allen.root@dowjones.com",                                          # barrons.com
    "paul.takahashi@chron.com",                                                            # chron.com
    "twitter.com/paultakahashi",                                                           # chron.com
    "Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous",  # AP
    "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",                # mysanantonio.com
    "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved",                        # barrons.com
    "copyright Inexhibit 2019 - ISSN: 2283-5474",                                           # inexhibit.com
    "Fox News’ Jessica Napoli contributed to this report.",                                 # foxnews.com
    "Keith Bradsher contributed reporting from Hong Kong.",                                 # nytimes.com
    "The WeWork logo is displayed outside of a co-working space in New York.Reuters",       # businessinsider.com
    "Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018",        # inexhibit.com
    # barrons.com: a legal notice runs past the length of a prompt
    "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed "
    "by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please "
    "contact Dow Jones Reprints at 1-800-843-0008 or visit www.djreprints.com.",
]

STORY_LINES = [
    # Article sentences of the same pages and of BBC and Reuters stories: kept.
    "Also on display at the show will be the egg-shaped \"i-foot\".",                       # bbc/tech/229
    "More than a third of WeWork’s 12,000 employees will likely receive pink slips.",       # therealdeal.com
    "Home Depot shares fell 5.4% on Tuesday after the company reported earnings.",
    "The company said it would follow the guidance of health officials.",
    "Sign language interpreters stood beside the governor at the briefing.",
    "Reuters reported the arrests on Wednesday.",
    "The Times reported in 2019 that the plan had been shelved.",
    "He said: \"We will read every comment before we decide.\"",
    "At 1:23 p.m. the train stopped between stations and police boarded it.",              # a time in a sentence
    "November 20, 2019 was the day the vote was held, officials said.",
    "The newsletter's editor, Jane Smith, resigned on Monday after 20 years.",
    "Related charges were filed against two other men, prosecutors said.",
]


@pytest.mark.parametrize("line", LIST_HEADINGS_AND_COUNTS)
def test_a_list_heading_or_comment_count_is_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", PROMOS)
def test_a_promo_of_another_story_is_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", PROMPTS)
def test_a_prompt_to_subscribe_follow_share_or_click_is_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", STAMPS)
def test_a_line_that_only_dates_the_page_is_a_stamp(line: str) -> None:
    assert is_stamp(line.lstrip("- ")) and is_page_furniture(line)


@pytest.mark.parametrize("line", CONTACTS_AND_CREDITS)
def test_contact_lines_credits_and_legal_notices_are_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_are_not_page_furniture(line: str) -> None:
    assert not is_page_furniture(line) and not is_stamp(line)


def test_a_web_page_keeps_its_story_and_blanks_its_furniture_offsets_unchanged() -> None:
    story = ["Rescuers searched for survivors in Valencia after the floods killed more than 200 people.",
             "The regional government said the search would go on through the night."]
    lines = [story[0], "DON'T MISS", "Read more: Spain's worst floods in a generation", story[1],
             "Subscribe to the Morning Review newsletter", "Updated at 1:23 p.m."]
    page = "<html><body><article>" + "".join(f"<p>{line}</p>" for line in lines) + "</article></body></html>"
    article = article_from_html(page, source="floods.html")
    kept = [line.strip() for line in blanked(article.text, article.furniture).split("\n") if line.strip()]
    assert kept == story
    assert all(article.text[start:end].strip() in lines for start, end in article.furniture)


def test_wire_copy_keeps_a_paragraph_that_merely_mentions_a_newsletter() -> None:
    # reuters-like wrapped paragraph: a block of several lines is prose, not a prompt
    text = ("PUBLISHER BUYS NEWSLETTER\n\nThe company said it agreed to buy the newsletter\nfor 12 mln dlrs "
            "in cash, subject to approval.\n")
    article = article_from_text(text)
    assert furniture(text, article.body_start) == []


# cleveland.com (html-articles 35b158918c67): the headlines under "You may also like..." are in sentence case, so no
# teaser rule takes them, and the page's model reads a band in them ("perform with Santana").
LINK_LIST_PAGE = [
    ("The Doobie Brothers are nominated for the Rock and Roll Hall of Fame’s Class of 2020, which will be honored at "
     "Cleveland’s Public Auditorium on May 2.", True),
    ("You may also like...", False),
    ("Who will make the Rock Hall in 2020?", False),
    ("Dave Matthews Band takes over Rock Hall Fan Vote", False),
    ("Doobie Brothers perform with Santana at Blossom Music Center in 2019", False),
    ("The band currently sits in third place in the annual Fan Vote.", True),
    ("Tickets for the anniversary tour go on sale at 10 a.m. Friday, Dec. 6.", True),
]


def test_the_links_under_a_list_heading_are_furniture_up_to_the_next_prose_line() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line, _ in LINK_LIST_PAGE)
    page = f"<html><body><article>{paragraphs}</article></body></html>"
    article = article_from_html(page, source="doobie.html")
    kept = [line.strip() for line in blanked(article.text, article.furniture).split("\n") if line.strip()]
    assert kept == [line for line, story in LINK_LIST_PAGE if story]
