"""People: a name of several words written as a firm's first partners before a legal form, a ticker or 'and Co', a
given name first or not, is no person without evidence of one (session 17)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, wrong, published", [
    # reuters21578/articles/00406.txt
    ("DAVIS WATER <DWWS> DECLARES STOCK DIVIDEND\n\nDavis Water and Waste\nIndustries Inc said its board declared a "
     "33-1/3 pct stock\ndividend, payable March 23 to holders of record March 12.", "Davis Water", "1987-03-02"),
    # reuters21578/articles/14148.txt
    ("    Chili's named Goldman, Sachs and Co and Alex Brown and Sons\nInc as underwriters.", "Alex Brown",
     "1987-04-02"),
])
def test_a_name_written_as_a_firms_is_no_person_without_evidence(run, text, wrong, published):
    assert wrong not in [record["name"] for record in run(text, published)._.people]

