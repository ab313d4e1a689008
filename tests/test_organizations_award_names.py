"""A name whose word before 'for' makes it an award or an event is no body, as one whose head does ('Africa Movie
Academy Award for Best Actress', 'the World Summit for the Information Society'); a body's head before 'for' keeps
it ('the independent Institute for Fiscal Studies').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def mention_texts(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize("text, name", [
    # html-articles 34a73285...fd1b0 (a web page on a Nollywood actress)
    ("Veteran Nollywood actress, Kate Henshaw, who in 2008, won the Africa Movie Academy Award for Best Actress in a "
     "Leading Role, has taken to her Instagram page to share new photos.",
     "Africa Movie Academy Award for Best Actress"),
    # BBC tech/033
    ("A spokesman for the World Summit for the Information Society (WSIS), which is meeting this week in Geneva, told "
     "the BBC News website: \"The digital divide is very much real and needs to be addressed.\"",
     "World Summit for the Information Society"),
])
def test_an_awards_or_events_name_is_no_body(run: Any, text: str, name: str) -> None:
    assert name not in mention_texts(run(text))


def test_a_bodys_head_before_for_keeps_it(run: Any) -> None:
    # BBC business/154
    doc = run("In January the independent Institute for Fiscal Studies (IFS) said Mr Brown would need to raise taxes "
              "to get public finances onto the track predicted in last year's Budget.")
    assert "Institute for Fiscal Studies" in mention_texts(doc)
