"""A demonym listed with a word the model tags a language is a language too, no mention of its country ('interviews
in three languages; English, French and Swiss-German'); real BBC News copy, source named."""

from __future__ import annotations

from typing import Any


def test_a_demonym_listed_with_a_language_is_no_place(run: Any) -> None:
    # bbc/sport/473
    doc = run("Every match, from first round to final, is followed by a series of press interviews in three languages; "
              "English, French and Swiss-German.")
    assert not {"France", "Switzerland"} & {place["name"] for place in doc._.places}
