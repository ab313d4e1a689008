"""Numbers: the shortcuts that settle a number from the word after it read what the full readers read.

``spelled._settled_by_next_word`` ends a number word the walk would end after one word ("two people"), and
``recognise._may_go_on`` spares a figure the readers that continue it (a wire fraction, grouped thousands, a mixed
fraction, a scale word) where the token after it and the next word can start none of them.
"""

from __future__ import annotations

import pytest

from extractor.numbers import recognise, spelled

# Number words before every kind of word that ends or continues them, and figures before every continuation.
TEXTS = [
    "Two people died and one of them was a child; three were hurt.",
    "Twenty-one boats, twenty one cars, two hundred and five houses, one and a half miles, five point five.",
    "Two thirds of voters, one quarter, a third, three twenty-fifths, nine 747 jets, seven & eight, eleven.",
    "One million dollars, six dozen eggs, four thousand, ten, zero coupon, one-off.",
    "It rose 7-3/4 pct to 40 000 tonnes, then 2 1/2 miles and 10 ½ inches, 1.5 million and 1,674.5 G.",
    "Sales were 150 mln dlrs vs 12.5 pct, 3 hundred and 21, 1.1^23 and 40\u00a0000 bags in 1987.",
    "The 737-800 had 400 737 Max jets; grade 1-3 200 lbs; 5  million; 12\n\nmillion; 8 - 3/4.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_number_word_settled_by_the_next_word_reads_as_the_walk_reads_it(nlp, run, monkeypatch, text):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    doc = run(text)
    words = [token.i for token in doc if not token.is_space]  # where a number may start
    settled = [spelled.spelled_at(lexicon, doc, i) for i in words]
    monkeypatch.setattr(spelled, "_settled_by_next_word", lambda lex, doc, i: False)
    assert settled == [spelled.spelled_at(lexicon, doc, i) for i in words]


def test_the_number_word_shortcut_is_taken(nlp, run):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    doc = run("Two people died.")
    assert spelled._settled_by_next_word(lexicon, doc, 0) == spelled.Core(0, 1, 2.0)
    assert spelled._settled_by_next_word(lexicon, doc, 0) == spelled.spelled_at(lexicon, doc, 0)


@pytest.mark.parametrize("text", TEXTS)
def test_a_figure_no_reader_can_continue_reads_as_with_every_reader(nlp, run, monkeypatch, text):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    doc = run(text)
    gated = [recognise.core_at(lexicon, doc, i) for i in range(len(doc))]
    monkeypatch.setattr(recognise, "_may_go_on", lambda lex, doc, i: True)
    assert gated == [recognise.core_at(lexicon, doc, i) for i in range(len(doc))]


@pytest.mark.parametrize(
    "text, figure",
    [("7-3/4 pct", "7"), ("40 000 tonnes", "40"), ("40\u00a0000 tonnes", "40"), ("2 1/2 miles", "2"),
     ("10 ½ inches", "10"), ("1.5 million", "1.5"), ("1,674.5 G", "1,674.5"), ("5  million", "5")],
)
def test_every_continuation_wakes_the_readers(nlp, run, text, figure):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    doc = run(text)
    i = next(token.i for token in doc if token.text == figure)
    assert recognise._may_go_on(lexicon, doc, i)
    assert recognise.core_at(lexicon, doc, i).end > i + 1
