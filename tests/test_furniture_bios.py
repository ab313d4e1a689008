"""The writer's bio, notices on the page and long prompts carry no facts (NewsFacts GUIDE, "Decisions": bylines,
author bios, photo credits, "Related"/"Read more" links and newsletter prompts).

Every furniture line is from a real page of ../shared/corpora/html-articles or html-dated, or a BBC article of
../shared/corpora/bbc (the source named beside it); the lines kept are real story sentences of the same corpora.
"""

from __future__ import annotations

import pytest

from extractor.readers.articles import article_from_text
from extractor.readers.furniture import blanked, furniture, is_bio, is_page_furniture

BIOS_WITH_A_CONTACT = [
    # space.com
    "Mike Wall's book about the search for alien life, \"Out There\" (Grand Central Publishing, 2018; illustrated by "
    "Karl Tate), is out now. Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook.",
    # thespacereview.com
    "Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a senior staff writer "
    "with SpaceNews. He also operates the Spacetoday.net web site. Views and opinions expressed in this article are "
    "those of the author alone.",
    # Dear Abby (uexpress)
    "Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips, and was founded by her mother, Pauline "
    "Phillips. Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA 90069.",
]

CLOSING_BIOS = [
    "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",                  # ign.com
    "Simon Perry is the editor of the Digital Lifestyles website, which covers the impact of technology on media",
    "Owain Bennallack is the editor of Develop magazine.",                                            # bbc/tech/396
]

NOTICES = [
    "Originally published on Live Science.",                                                          # livescience.com
    "This article was originally published by Futurism. Read the original article.",                 # sciencealert
    "This article was reprinted on Wired.com.",                                                       # quantamagazine
    "This article has been adapted from its original source.",                                        # the new arab
    "The views and opinions expressed in the article do not necessarily reflect those of Sputnik.",   # sputniknews
    "With Post wires",                                                                                # nypost.com
    "Main image credit: Getty",                                                                       # verdict.co.uk
    "Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.",  # space.com
    "(Graphic: Global assets in 2019 - here)",                                                        # reuters.com
    # moneycontrol.com
    "Disclaimer: The views and investment tips expressed by investment experts on Moneycontrol.com are their own and "
    "not that of the website or its management. Moneycontrol.com advises users to check with certified experts "
    "before taking any investment decisions.",
]

LONG_PROMPTS_AND_PROMOS = [
    # nationalreview.com
    "If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content "
    "(including the magazine), no paywalls or content meters, an advertising-minimal experience, and unique access to "
    "our writers and editors (conference calls, social-media groups, etc.). And importantly, NRPLUS members help keep "
    "NR going. Consider it?",
    # bgr.com
    "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals from around the web. Quantities may be "
    "limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be "
    "available to all customers. BGR may receive a commission on orders placed through this article.",
    # businessinsider.com
    "Start your day with the Opening Bell powered by The Water Coolest. The Water Coolest is the preferred bathroom "
    "stall reading material of finance professionals. Sign up for the free daily newsletter.",
    "Be sure to check out the AppleInsider 16-inch MacBook Pro Price Guide for the latest deals and product "
    "availability on Apple's new hardware.",                                                          # appleinsider.com
    "Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”",  # AP
    "Also: See Black Friday coverage at CNET",                                                        # cnet.com
    "Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as Bolivia "
    "purges socialist elements",                                                                      # rt.com
    "Space is supported by its audience. When you purchase through links on our site, we may earn an affiliate "
    "commission.",                                                                                    # space.com
]

EMBED_CREDITS = [
    "— Josh Apte (@joshapte) November 3, 2019",                       # vox.com, under an embedded tweet
    "— Digital Foundry (@digitalfoundry) November 18, 2019",          # theverge.com
    "— Drew Mikkelsen (@drewmikkelsenk5) January 6, 2020",            # timesofisrael.com (html-dated)
]

STORY_LINES = [
    # Story sentences naming writers, editors and addresses, or opening like a notice: kept.
    "Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University’s Feinstein "
    "International Center, told Polygraph.info the Russian Defense Ministry’s allegations are false.",  # voanews
    "Mike Ford's book was out of print, and used copies started at $200 on Amazon.",
    "Peter Robinson is the editor of the Daily Mail and has led the paper since 2008.",
    "The study, originally published in Nature in 2018, found that the ice had thinned.",
    "Also on Monday, the company said it would cut 1,000 jobs.",
    "Follow the money, he said, and you will find who benefits.",
]


@pytest.mark.parametrize("line", BIOS_WITH_A_CONTACT)
def test_a_writers_bio_with_a_way_to_reach_them_is_page_furniture_anywhere(line: str) -> None:
    assert is_bio(line) and is_page_furniture(line)


@pytest.mark.parametrize("line", CLOSING_BIOS)
def test_a_writers_bio_with_no_contact_is_furniture_only_where_it_closes_the_page(line: str) -> None:
    assert is_bio(line, closing=True) and not is_page_furniture(line)


@pytest.mark.parametrize("line", NOTICES)
def test_disclaimers_reprint_notes_image_credits_and_editors_notes_are_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", LONG_PROMPTS_AND_PROMOS)
def test_a_prompt_or_promo_is_page_furniture_though_it_runs_past_a_short_line(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", EMBED_CREDITS)
def test_an_embedded_posts_credit_line_is_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_about_writers_and_sites_are_kept(line: str) -> None:
    assert not is_page_furniture(line) and not is_bio(line)


def test_the_bio_closing_a_bbc_column_is_blanked_and_the_column_kept() -> None:
    # bbc/tech/396: a guest column signed off by its writer's post
    story = ("The Game Developers Conference included a special two-day summit dedicated to creating mobile games. "
             "EA plans to release up to 20 mobile games over the next 12 months.")
    text = f"New consoles promise big problems\n\n{story}\n\nOwain Bennallack is the editor of Develop magazine.\n"
    article = article_from_text(text)
    kept = blanked(text, furniture(text, article.body_start))[article.body_start:]
    assert kept.strip() == story and len(kept) == len(text) - article.body_start


def test_a_bio_before_the_pages_last_furniture_is_still_the_closing_bio() -> None:
    lines = ["Amazon is also offering instant discounts on the 16-inch MacBook Pro.",
             "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",
             "______________________________", "Sign up for our newsletter"]
    text = "\n".join(lines)
    spans = furniture(text, lines_are_paragraphs=True)
    assert [text[start:end] for start, end in spans] == lines[1:2] + lines[3:]


def test_a_sentence_about_an_editor_inside_the_story_is_kept() -> None:
    lines = ["Peter Robinson is the editor of the Daily Mail and has led the paper since 2008.",
             "The paper's sales fell by 4% last year, its publisher said."]
    text = "\n".join(lines)
    assert furniture(text, lines_are_paragraphs=True) == []


# thehill.com: a politician's card glued to the name in the sentence (the name again in full, other headlines, MORE)
NAME_CARDS = [
    ("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar",
     "Ilhan OmarHillicon Valley: Progressives oppose funding bill over surveillance authority | Senators call for 5G "
     "security coordinator Omar asks court to apply 'system of compassion' in sentencing man convicted of "
     "threatening her MORE",
     " (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday."),
    ("South Dakota Gov. Kristi Noem",
     "Kristi Lynn NoemSouth Dakota governor doubles down on 'meth, we're on it' anti-drug campaign MORE",
     " (R) is defending the state’s new anti-meth campaign."),
]


@pytest.mark.parametrize(("before", "card", "after"), NAME_CARDS)
def test_a_card_glued_to_a_name_is_blanked_and_its_sentence_reads_on(before: str, card: str, after: str) -> None:
    text = before + card + after
    spans = furniture(text, lines_are_paragraphs=True)
    assert [text[start:end] for start, end in spans] == [card]
    assert " ".join(blanked(text, spans).split()) == before + after


def test_a_name_said_twice_without_a_card_is_kept() -> None:
    text = "Ilhan Omar said MORE (in capitals) than Omar had planned."  # no name glued to a name
    assert furniture(text, lines_are_paragraphs=True) == []


# html-dated: a photo's credit after its caption, a caption's label, and lines that only credit a photo
CAPTIONS_WITH_CREDITS = [
    ("Taiwanese President Tsai Ing-wen speaks during a televised policy debate in Taipei on December 29. Photo: AP",
     ["Photo: AP"]),                                                                         # scmp.com
    ("Header Image: People have lived in Ecuador’s Amazon forests for thousands of years. Credit: Tomas Munita/CIFOR "
     "(CC BY-NC-ND 2.0)", ["Header Image: ", "Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)"]),  # theplanetarypress.com
]


@pytest.mark.parametrize(("caption", "credits"), CAPTIONS_WITH_CREDITS)
def test_a_photos_credit_and_label_are_blanked_and_its_caption_kept(caption: str, credits: list[str]) -> None:
    text = "Officials said the vote would go ahead in January.\n" + caption
    spans = furniture(text, lines_are_paragraphs=True)
    assert [text[start:end] for start, end in spans] == credits
    kept = " ".join(blanked(text, spans).split())
    assert all(credit.strip() not in kept for credit in credits) and len(kept.split()) > 10


@pytest.mark.parametrize("line", [
    "Photo Source: Markus Spiske from Pexels.",                                              # diem25.org
    "featured image: Tetbir Salim via Unsplash",                                            # redtri.com
])
def test_a_line_that_only_credits_a_photo_is_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


def test_a_sentence_naming_a_photo_is_kept() -> None:
    text = "The Photo: A History of the Camera opened at the museum on Monday.\nIt runs until May."
    assert furniture(text, lines_are_paragraphs=True) == []
