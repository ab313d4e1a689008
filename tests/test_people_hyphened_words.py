"""People: a one-word name that is a capitalised word joined by a hyphen to a lowercase common word is a phrase the
model took for a name ('Flash-forward', 'Oscar-winner'), no person; a hyphenated given name after its
surname stays ('Tsai Ing-wen', 'Li Ka-shing') (session 24)."""

from __future__ import annotations

import pytest


def names_of(run, text: str, published: str) -> list[str]:
    return [record["name"] for record in run(text, published)._.people]


@pytest.mark.parametrize("text, phrase, published", [
    # html-articles 3d8f3404cf97 (Variety, 2019)
    ("It was the first stride on a strange path that would eventually lead to Tom Harper and Jessie Buckley’s "
     "doorstep almost a decade later. Flash-forward to 2017, when Harper — a young British filmmaker hot off directing "
     "a lush BBC adaptation of “War & Peace” — had just found his next project.", "Flash-forward", "2019-04-12"),
    # bbc/entertainment/358.txt
    ("Oscar-winner Sir Anthony Hopkins, who was born in nearby Port Talbot, made his professional debut there, and "
     "Charlie Chaplin and Lily Langtry have also trodden its boards.", "Oscar-winner", "2005-01-01"),
])
def test_a_word_hyphened_to_a_common_word_is_no_person(run, text, phrase, published):
    assert phrase not in names_of(run, text, published)


@pytest.mark.parametrize("text, person, published", [
    # html-articles bd05c001e6d6 (2019)
    ("Further afield, the crisis has boosted, to Beijing’s chagrin, the prospects of Taiwan’s incumbent president, "
     "Tsai Ing-wen of the Democratic Progressive party, as she faces next year’s election.", "Tsai Ing-wen",
     "2019-11-20"),
    # reuters articles/00356
    ("Hutchison Whampoa Ltd <HWHH.HK>\nexpects satisfactory profits in 1987 and will pay a higher\ndividend for the year, "
     "chairman Li Ka-shing said.", "Li Ka-shing", "1987-03-02"),
])
def test_a_hyphenated_given_name_stays(run, text, person, published):
    assert person in names_of(run, text, published)
