"""The shortcuts the dates component takes for speed (issue 25) tell apart what the full rules would."""

import pytest

from extractor.dates.lexicon import lexicon
from extractor.dates.recognise import _may_close_a_modifier


@pytest.mark.parametrize("word", ["late", "of", "mid-", "mid", "around", "than", "end", "earlier", "to"])
def test_a_word_that_ends_a_modifier_may_close_one(word):
    # 'late October', 'the end of March', 'mid-1987', 'more than two weeks', 'up to three years'
    assert _may_close_a_modifier(word)


@pytest.mark.parametrize("word", ["said", "rose", "in", "on", "the", "1.5", ","])
def test_a_word_that_ends_no_modifier_closes_none(word):
    # 'said Tuesday', 'rose 1.5', 'in March', 'on Friday': nothing before the span to take in
    assert not _may_close_a_modifier(word)


def test_every_modifier_of_the_word_lists_may_be_closed_by_its_last_word():
    lex = lexicon()
    for phrase in (*lex["mod_prefixes"], *lex["clamp_prefixes"]):
        assert _may_close_a_modifier(phrase.split()[-1])
