"""A name that starts a longer one is no short form of it where the article writes the longer name's next word as
the short one's own ("Google's Stadia" beside 'the Google Stadia Founder's Edition'): the longer name is the body's
product or unit, and the body keeps its own record under its own name. A longer name ending in a legal form is the
firm's full name all the same ('Becor Western Inc' beside "Becor's Western Gear Corp subsidiary").

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


def test_a_product_of_the_bodys_own_is_no_long_form_of_it(run: Any) -> None:
    # html-articles 680c2848...fe15c (a web page on Google's Stadia)
    doc = run("The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great\nStadia, "
              "Google's streaming gaming platform, launches today. Come November 19, those who anted up $129 for the "
              "Google Stadia Founder's Edition or functionally identical Premiere Edition will receive a Stadia "
              "controller. Primarily, Google tells us you should expect to buy, not rent cloud games for the same "
              "retail prices you'd find on other platforms like PlayStation Network, Xbox Live, and Steam.")
    assert "Google" in names(doc)
    assert not any("Founder" in name for name in names(doc))


def test_a_firms_full_name_keeps_its_short_form_beside_its_units(run: Any) -> None:
    # Reuters-21578 18751
    doc = run("Becor Western Inc said its\nreconvened shareholders meeting has been adjourned to 1000 CDT\nJune 30.\n"
              "    The meeting was originally convened on June four when\nshareholders approved the sale of Becor's "
              "Western Gear Corp\nsubsidiary before adjourning. The remaining matter to be\npresented is the proposed "
              "acquisition of Becor by BCW\nAcquisition Inc, now one of four offers for the company.")
    becor = next(record for record in doc._.organizations if record["name"] == "Becor Western Inc")
    assert "Becor" in {item["text"] for item in becor["mentions"]}
