"""A description whose noun WordNet gives only for a group ('the record industry', 'the city's police') never means
the person who spoke last: it is the group, in the article's words.

Texts come from the BBC News corpus and a saved web page (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_GARTNER = (  # BBC tech/040, some sentences between left out
    "Mike McGuire, a research director at analyst Gartner, told the BBC News website that Apple had done a good job "
    "in \"sealing off the market from competition\" so far. \"They have created a very seamless package which I "
    "think is the idea of the product - the design, function and the software are very impressive,\" he said. "
    "Creative was very upbeat about how many of its Creative Zen players it had shipped by the end of last year, he "
    "said.\n\nDigital music players are now the gadget of choice among young Americans, according to recent research "
    "by the Pew Internet and American Life Project. Sales of legally downloaded songs also rose more than tenfold in "
    "2004, according to the record industry, with 200 million tracks bought online in the US and Europe in 12 "
    "months.")
_HONG_KONG = (  # html-articles 624fcd903d56 (express.co.uk, 2019), page furniture between left out
    "Chris Tang, Hong Kong\u2019s new police commissioner, said in an interview that police alone are not able to end "
    "the violence.\nProtesters believe the extradition bill is an example of Hong Kong\u2019s eroding autonomy under "
    "Beijing.\nHong Kong police have laid siege to a university, pinning 800 students inside and threatened to use "
    "live ammunition on them, as the latest round of anti-government protests escalates.\nChina said it is committed "
    "to the \u201cone country, two systems\u201d formula granting Hong Kong autonomy, while the city\u2019s police "
    "deny accusations of brutality and say they show utmost restraint.")


@pytest.mark.parametrize("text, words, group", [
    (_GARTNER, "200 million tracks", "record industry"),
    (_HONG_KONG, "they show utmost restraint", "city\u2019s police"),
])
def test_a_group_description_is_not_the_last_speaker(
    run: Callable[..., Doc], text: str, words: str, group: str
) -> None:
    assert speaker_of(run, text, words) == group
