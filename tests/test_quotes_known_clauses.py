"""A 'he' or 'she' opening the clause a person reports tells the person's gender ('Lonechild said she felt ...'), but
one in a clause the person only knows or thinks is someone else ('Harper knew in his bones that she was perfect for
the part' is no woman Harper), so a later 'he said' can still mean him (session 24).

Articles come from the saved web pages (file named per case).
"""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # html-articles 3d8f3404cf97 (Variety, 2019)
        "It was the first stride on a strange path that would eventually lead to Tom Harper and Jessie Buckley’s "
        "doorstep almost a decade later.\nBuckley — who landed a key role in “War & Peace” after surging to fame on "
        "the U.K. singing competition “I’d Do Anything” — had agreed to play Rose-Lynn Harlan, and Harper knew in his "
        "bones that she was perfect for the part.\nUniversal’s music division provided some demos, but none of them "
        "clicked.\nAt the last minute, a sample came in called “Glasgow (“No Place Like Home”). “It grabbed me by the "
        "heart the moment I heard it,” he said.",
        "It grabbed me by the heart", "Tom Harper", id="knew-that-she"),
])
def test_a_known_clause_tells_no_gender_of_the_knower(run, text, words, speaker):
    assert speaker_of(run, text, words) == speaker
