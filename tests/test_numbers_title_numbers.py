"""Bare digits that count nothing, after a word written with a capital inside a sentence (one the tagger took for a
common word: "Aid" as a verb) or after a proper name's possessive, close a title or a name, no number ("Band Aid 20",
"Ocean's 12", the guide's "product or model names"); after a capitalised function word they still count ("At 16, he
went", "These 11 had until Nov. 1").

Every excerpt is real news: BBC News (bbc/topic/NNN), saved web pages (html/<first 12 characters of the file name>).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, digits", [
    # bbc/entertainment/159: a charity single and its band
    ("But music fans in the US are still able to access the song and download it on Band Aid 20's official website.",
     "20"),
    ("Proceeds from the sales of the Band Aid 20 single will go towards aid relief in Africa, in countries such as "
     "Ethiopia and Sudan.", "20"),
    # bbc/entertainment/060: a film
    ("The film adaptation of Lemony Snicket novels has topped the North America box office chart, displacing Ocean's "
     "12.", "12"),
    ("A Series of Unfortunate Events, starring Jim Carrey, took $30.2m (£15.5m) in its debut weekend. Ocean's 12 fell "
     "to number two while new entry Spanglish entered the chart at number three, taking $9m (£4.6m).", "12"),
])
def test_digits_closing_a_title_are_no_number(extractor: Any, text: str, digits: str) -> None:
    assert all(n["text"] != digits for n in extractor.extract(text).numbers)


@pytest.mark.parametrize("text, digits", [
    # html/851498a2b9f4: an age after "At"
    ("But he was also sickly—after nearly falling into a coma at the age of 9, he was diagnosed with Type 1 diabetes. "
     "At 16, he went to Indiana University, where instead of attending class he ran role-playing games.", "16"),
    # html/c50845a7158a: a count after "These"
    ("This past May, the agency selected 11 companies to conduct studies and build prototypes. These 11 had until "
     "Nov. 1 to submit detailed proposals for the Artemis human lander.", "11"),
])
def test_digits_after_a_capitalised_function_word_still_count(extractor: Any, text: str, digits: str) -> None:
    assert any(n["text"] == digits for n in extractor.extract(text).numbers)
