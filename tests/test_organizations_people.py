"""People the model tags as bodies: a place's name it runs over the person's name after it ('special envoy to
Ukraine Kurt Volker'), and one word that is the surname of a person the article names in full ('Volker said'
beside 'Kurt Volker', 'Trump' beside 'Donald Trump', which joined 'the Trump administration' as its short form).
A place and a given name with no post before them stay a body ('a chest doctor at the Aberdeen Royal
Infirmary').

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


def org_aliases(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in record["aliases"]}


@pytest.mark.parametrize(
    "text, not_org",
    [
        # html-articles 82b6d780...a9eb5835b7615f028edb9a574 (a web page)
        ("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 "
         "meeting to say that Sondland did raise investigations. \u201cThe conversation did not continue and the "
         "meeting concluded,\u201d Volker said. A series of text messages Volker provided to lawmakers showed "
         "conversations between him, Sondland and other leaders.", "Volker"),
        # the same page
        ("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 "
         "meeting to say that Sondland did raise investigations.", "Ukraine Kurt Volker"),
        # html-articles 82b6d780...a9eb5835b7615f028edb9a574 (a web page)
        ("Ambassador Gordon Sondland is likely to be unpredictable when he faces questions about his evolving "
         "accounts of the Trump administration\u2019s dealings with Ukraine and a newly revealed summertime phone "
         "call with President Donald Trump. Sondland, a wealthy hotelier Trump tapped as his ambassador to the "
         "European Union, is more directly entangled than any witness yet. Trump has recently tried to suggest "
         "that he barely knows his ambassador.", "Trump"),
        # Reuters-21578 21397
        ("Xidex Corp said Lester L.\nColbert Jr. will be succeeded as president and chief executive officer by "
         "executive vice president and chief operating officer Bert Zaccaria but will remain chairman.\n    The "
         "company said Colbert has decided to take a less active role in management.", "Colbert"),
    ],
)
def test_a_persons_name_is_no_body(run: Any, text: str, not_org: str) -> None:
    doc = run(text)
    assert not_org not in org_mentions(doc) | org_aliases(doc)


def test_the_government_named_for_the_person_stays(run: Any) -> None:
    # html-articles 82b6d780...a9eb5835b7615f028edb9a574 (a web page)
    doc = run("Ambassador Gordon Sondland is likely to be unpredictable when he faces questions about the Trump "
              "administration\u2019s dealings with Ukraine and a phone call with President Donald Trump. Trump has "
              "recently tried to suggest that he barely knows his ambassador.")
    assert "Trump administration" in org_mentions(doc)


def test_a_place_and_a_given_name_with_no_post_before_stay_a_body(run: Any) -> None:
    # html-articles 7bb1ca90...a582df2aa0a5e3669f8fc567eb6ea61b (a web page): 'Royal' is a given name too
    doc = run("The man sought out advice from one of the study authors, Owen Dempsey, a chest doctor at the Aberdeen "
              "Royal Infirmary. Dempsey talked with the man over the phone.")
    assert "Aberdeen Royal Infirmary" in org_mentions(doc)
