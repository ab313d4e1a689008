"""'a year' after what a number counts is how often, a set ('100,000 Mini models a year': P1Y, type set), as it is
after the number itself ('more than 5% a year'); the model tags the words 'a year' alone and, read alone, they were a
duration of one year. Real sentences from the BBC (source named beside each)."""

from __future__ import annotations

import pytest

from tests.test_dates import dates


@pytest.mark.parametrize("text, wanted", [
    ("Initially, BMW said it would produce 100,000 Mini models a year at its vast Cowley factory on the outskirts of "
     "Oxford.", "a year"),  # bbc business/049
    ("Nokia make 200 million cell phones a year, so for us to claim we're going to make 200 million laptops is a big "
     "number.", "a year"),  # bbc tech/063
    ("IAEA inspectors make around 3,000 visits a year to more than 900 nuclear facilities worldwide.",
     "a year"),  # bbc tech/105
    ("The airline said that when all these planes have been delivered, it will be able to carry more than 70 million "
     "passengers a year, making it Europe's largest airline.", "a year"),  # bbc business/047
])
def test_a_period_after_what_a_number_counts_is_a_set(run, text, wanted):
    assert [(record["text"], record["type"], record["value"]) for record in dates(run, text)] \
        == [(wanted, "set", "P1Y")]


@pytest.mark.parametrize("text, wanted", [
    ("Late on Monday, Deutsche Boerse said it would lift its 2004 dividend payment to 70 euro cents from 55 euro cents "
     "a year earlier.", "a year earlier"),  # bbc business/171 (shortened)
    ("She said the surplus of 597 mln pesos, compared with a deficit of 390 mln pesos a month earlier and a deficit "
     "of 1.64 billion at the end of 1985, reflected political uncertainty.", "a month earlier"),  # reuters 07029
])
def test_a_period_counted_back_after_a_counted_noun_stays_a_date(run, text, wanted):
    assert [record["type"] for record in dates(run, text) if record["text"] == wanted] == ["date"]
