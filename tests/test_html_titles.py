"""A web page's title without its site name or author, and its headline line read as the title, not the body.

Titles and site names are real ones of ../shared/corpora/html-articles and html-dated pages (site named).
"""

from __future__ import annotations

import pytest

from benchmarks.html import carries_site_name
from extractor.readers.html import article_from_html, is_headline_of, site_free_title

TITLES = [
    # (title, what the page names its site and author, the title without them)
    ("New York State Attorney General reportedly investigating WeWork – TechCrunch", ["TechCrunch", "techcrunch"],
     "New York State Attorney General reportedly investigating WeWork"),
    ("Best tech gadgets of 2019 | ZDNet", ["ZDNet", "Jason Cipriani"], "Best tech gadgets of 2019"),
    ("Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m - The Paradigm", ["theparadigmng"],
     "Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m"),            # a part of the host's name
    ("NASA adds five companies to commercial lunar lander program - SpaceNews.com", ["SpaceNews.com", "spacenews"],
     "NASA adds five companies to commercial lunar lander program"),
    ("Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90",
     ["Remember 80/90 - Memorabilia anni 80/90"], "Black Friday per nostalgici: le occasioni da non perdere"),
    ("LinkNaija | Nigeria's popular news platform: BREAKING NEWS: Chelsea Activate £71.6m Release Clause",
     ["LinkNaija | Nigeria's popular news platform"], "BREAKING NEWS: Chelsea Activate £71.6m Release Clause"),
    ("The Guardian view on Hong Kong: a city on the brink | Editorial", ["the Guardian", "Editorial"],
     "The Guardian view on Hong Kong: a city on the brink"),                         # the author, not the site
    ("15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash - WSVN 7News | Miami News, "
     "Weather, Sports | Fort Lauderdale", ["WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale", "wsvn"],
     "15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash"),   # html-dated
]

KEPT_TITLES = [
    # A title naming its site inside the headline, or a headline part that is not the site: kept whole.
    ("PolitiFact’s guide to understanding tariffs and trade", ["PolitiFact", "politifact"]),
    ("Take C.A.R.E. - comwrap auf der DMEXCO 2018", ["comwrap"]),
    ("Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?", ["News Nation", "newsnation"]),
    ("Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars", ["VG247", "vg247"]),
    ("TechCrunch", ["TechCrunch"]),                                                   # only the site: kept
]


@pytest.mark.parametrize(("title", "names", "clean"), TITLES)
def test_the_site_name_or_author_the_page_gives_is_cut_from_its_title(title: str, names: list[str],
                                                                        clean: str) -> None:
    assert site_free_title(title, names) == clean
    assert carries_site_name(title, names) and not carries_site_name(clean, names)


@pytest.mark.parametrize(("title", "names"), KEPT_TITLES)
def test_a_title_without_a_site_part_is_kept_whole(title: str, names: list[str]) -> None:
    assert site_free_title(title, names) == title and not carries_site_name(title, names)


def test_the_title_measure_ignores_a_site_name_that_is_the_title_itself() -> None:
    # msn.com pages name their application after the story
    title = "The man whose duvet nearly killed him: How this medical mystery was solved"
    assert not carries_site_name(title, [title, "MSN", "msn"])


@pytest.mark.parametrize(("line", "title", "headline"), [
    ("Cannabis Use Disorder is Rising in U.S. States Where Weed is Legal",          # newsweek.com
     "Cannabis use disorder is rising in U.S. states where weed is legal", True),
    ("Julian Assange: Sweden drops rape investigation", "Sweden drops Assange rape investigation", True),  # bbc.com
    ("Twenty teams have punched tickets for next summer's tournament",              # cbssports.com: the standfirst
     "UEFA Euro 2020 qualifying: Tracking every team to clinch a spot as Wales punches ticket", False),
    ("A case of the bubonic plague was reported in China over the weekend.",       # nypost.com: the lead
     "Chinese hunter catches bubonic plague after eating wild rabbit", False),
])
def test_a_first_line_is_the_headline_when_it_says_what_the_title_says(line: str, title: str, headline: bool) -> None:
    assert is_headline_of(line, title) is headline


def _page(title: str, site: str, paragraphs: list[str], h1: str = "") -> str:
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='{site}'></head><body>"
            f"<article>{f'<h1>{h1}</h1>' if h1 else ''}" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>")


def test_a_page_opening_with_its_headline_has_it_as_title_and_its_body_after_it() -> None:
    story = ["Sweden has dropped its investigation into a 2010 rape allegation against Julian Assange, prosecutors "
             "said on Tuesday.", "The deputy director of public prosecutions said the evidence had weakened."]
    page = _page("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange | Al Bawaba",
                 "Al Bawaba", story, h1="Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange")
    article = article_from_html(page, source="assange.html")
    assert article.title == "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange"
    assert article.text[article.body_start:].startswith("Sweden has dropped")


def test_a_section_before_the_headline_goes_with_the_headline_line() -> None:
    # wsj.com: "Opinion | Is Football Violence a Crime?" over an h1 without the section
    story = ["NFL assaults have led to lawsuits before, and a prosecutor would have difficulty proving a charge.",
             "The Browns defensive end swung a helmet at the quarterback's head on Thursday night."]
    page = _page("Opinion | Is Football Violence a Crime?", "WSJ", story, h1="Is Football Violence a Crime?")
    article = article_from_html(page, source="football.html")
    assert article.title == "Is Football Violence a Crime?"
    assert article.text[article.body_start:].startswith("NFL assaults")


def test_a_page_opening_with_its_lead_keeps_all_its_text_as_body() -> None:
    story = ["A New York man pleaded guilty Monday to threatening to kill Rep. Ilhan Omar, prosecutors said.",
             "He faces up to 10 years in prison when he is sentenced in February."]
    article = article_from_html(_page("New York man pleads guilty - NBC News", "NBC News", story), source="omar.html")
    assert article.body_start == 0 and article.title == "New York man pleads guilty"
