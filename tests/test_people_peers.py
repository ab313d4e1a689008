"""People: a baroness's title is a courtesy title, as 'Lord' and 'Lady' are, not her given name: 'Baroness Boothroyd'
is the 'Betty Boothroyd' of the sentence before, one person, not two.

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, name, mentions", [
    # bbc/politics/287.txt
    ("Boothroyd calls for Lords speaker\n\nBetty Boothroyd has said the House of Lords needs its own Speaker and that "
     "peers should lead the way on reforming the upper chamber.\n\nBaroness Boothroyd, who was the first woman to be "
     "Commons Speaker, said she believed Tony Blair initiated reforms without a clear outcome in mind.",
     "Betty Boothroyd", 3),
    # bbc/tech/161.txt
    ("There needs to be some serious thinking about what it means for us as humans, says Baroness Susan Greenfield. At "
     "a recent conference for technology, engineering, academic and fashion industry experts, at the Royal Society in "
     "London, neuroscientist Baroness Greenfield cautioned we \"can't just sleepwalk into the future\".",
     "Susan Greenfield", 2),
])
def test_a_baroness_is_the_person_named_in_full(run: Any, text: str, name: str, mentions: int) -> None:
    surname = name.split()[-1]
    records = [record for record in run(text)._.people if surname in record["name"]]
    assert [(record["name"], len(record["mentions"])) for record in records] == [(name, mentions)]
