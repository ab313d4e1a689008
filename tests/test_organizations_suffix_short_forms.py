"""A name of two words or more that ends the longer name of one body, after capitalised words, is that body's short
form ('the Media Council' after 'The Ugandan Media Council', 'the Intelligence Committee' after 'the House
Intelligence Committee'); a name ending the names of two bodies names neither ('Security Council' beside 'the UN
Security Council' and 'Key Security Council powers').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

SHORT_FORMS = [
    # BBC entertainment/010
    ("The Ugandan Media Council said the performance would not be put on as it promoted and glorified acts such as "
     "lesbianism and homosexuality. Some parliamentarians and church leaders are also siding with the Media Council, "
     "Uganda's New Vision newspaper reports.", "Ugandan Media Council", "Media Council"),
    # Reuters-21578 00416
    ("Sight deposits by commercial banks at the\nSwiss National Bank rose by 3.10 billion Swiss francs to 10.53\n"
     "billion in the last 10 days of February, the National Bank\nsaid.\n    Foreign exchange reserves fell 3.06 "
     "billion francs to 30.64\nbillion.", "Swiss National Bank", "National Bank"),
    # html-articles 7a664e40...(a web page on the impeachment hearings)
    ("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council "
     "official, testified side-by-side before the House Intelligence Committee Tuesday about the events at the "
     "center of the impeachment inquiry. Morrison told the Intelligence Committee, \"I feared at the time of the call "
     "on July 25 how its disclosure would play in Washington's political climate.\"", "House Intelligence Committee",
     "Intelligence Committee"),
    # BBC business/002
    ("On Friday, Federal Reserve chairman Mr Greenspan's speech in London ahead of the meeting of G7 finance "
     "ministers sent the dollar higher. In the meantime, the US Federal Reserve's decision on 2 February to boost "
     "interest rates by a quarter of a point has opened up a differential with European rates.",
     "US Federal Reserve", "Federal Reserve"),
]


def mentions_of(doc: Any, name: str) -> set[str]:
    return {item["text"] for record in doc._.organizations if record["name"] == name for item in record["mentions"]}


@pytest.mark.parametrize("text, name, short", SHORT_FORMS)
def test_a_name_ending_one_bodys_longer_name_is_its_short_form(run: Any, text: str, name: str, short: str) -> None:
    assert short in mentions_of(run(text), name)


def test_a_name_ending_two_bodies_names_is_neithers_short_form(run: Any) -> None:
    # html-articles 833caf3b... (a web page on Israeli settlements)
    doc = run("The United Nations High Commissioner for Human Rights said the US decision did \"not modify existing "
              "international law, nor its interpretation by the International Court of Justice and the UN Security "
              "Council\".\nKey Security Council powers distanced themselves from the US position, to varying "
              "degrees.\nThe decision breaks with Security Council resolutions declaring settlements to be illegal.")
    assert "Security Council" not in mentions_of(doc, "UN Security Council")
