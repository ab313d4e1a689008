"""A time budget per article: a text that holds the pipeline past it is reported as a failed input and the
other articles of its batch keep their facts (a rule's pattern once backtracked for hours on BBC line-ups)."""

from __future__ import annotations

import signal
import time
from typing import Any, Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor import Extractor
from extractor import core
from extractor.limits import TookTooLong, time_limit
from extractor.readers import article_from_text

# Reuters-21578, article 3 (trade)
STORY = ("Japanese Prime Minister Yasuhiro Nakasone said on Tuesday that Tokyo would cut its trade surplus with the "
         "United States by 10 billion dollars this year.")
MARKER = "Subs Not Used:"


@Language.component("test_never_finishes_on_marker")
def _never_finishes_on_marker(doc: Doc) -> Doc:
    while MARKER in doc.text:  # a rule that never finishes on this text
        time.sleep(0.01)
    return doc


@pytest.fixture
def hanging(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> Iterator[Extractor]:
    monkeypatch.setattr(core, "ARTICLE_SECONDS", 1.0)
    extractor.nlp.add_pipe("test_never_finishes_on_marker", last=True)
    try:
        yield extractor
    finally:
        extractor.nlp.remove_pipe("test_never_finishes_on_marker")


def test_an_article_past_its_budget_fails_alone_and_its_batch_keeps_the_rest(hanging: Extractor):
    texts = [STORY, f"Chelsea drew. {MARKER} Kezman, Cudicini.", STORY]
    outcomes = list(hanging.process([article_from_text(text, id=str(n), source=f"{n}.txt")
                                     for n, text in enumerate(texts)]))
    assert [outcome.error is None for outcome in outcomes] == [True, False, True]
    assert "took longer than 1 s" in outcomes[1].error.reason
    assert outcomes[0].facts.to_dict()["numbers"] and outcomes[2].facts.to_dict()["numbers"]
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_the_budget_stops_a_block_that_never_finishes():
    with pytest.raises(TookTooLong):
        with time_limit(0.2):
            while True:
                time.sleep(0.01)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


class Outer(Exception):
    pass


def _outer(*_: Any) -> None:
    raise Outer()


def test_an_alarm_set_around_the_budget_rings_as_it_was_set():
    previous = signal.signal(signal.SIGALRM, _outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)  # sooner than the budget: left to ring
        with pytest.raises(Outer):
            with time_limit(5):
                time.sleep(1)
        signal.setitimer(signal.ITIMER_REAL, 5)  # later than the budget: set again after it
        with time_limit(1):
            time.sleep(0.1)
        assert 4 < signal.getitimer(signal.ITIMER_REAL)[0] < 5
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
