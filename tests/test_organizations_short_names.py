"""A body's short name that is no acronym of its full name ('Fed' of 'Federal Reserve', 'Federal Reserve Board')
is one record with it where the model tags both; the short name is not matched where the model leaves it
untagged.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 00081
BORROWINGS = ("The eight major New York City banks had\n64 mln dlrs in average borrowings from the Federal Reserve in\n"
              "the week to Wednesday February 25, a Fed spokesman said.\n")
# Reuters-21578 00475
RESERVES = ("The Federal Reserve is expected to\nenter the U.S. Government securities market to add temporary\n"
            "reserves, economists said.\n    They expect it to supply the reserves indirectly by\narranging a fairly "
            "large round, two billion dlrs or more, of\ncustomer repurchase agreements. The Fed may add the reserves\n"
            "directly instead via System repurchases.\n")
# Reuters-21578 00109
BORROWINGS_FELL = ("Wednesday February 25, the Federal Reserve said.\n    The Fed said that overall borrowings in the "
                   "week fell 131\nmln dlrs to 614 mln dlrs, with extended credits up 10 mln dlrs\nat 304 mln dlrs.\n")
# Reuters-21578 00230
BRIEFING = ("\"Our representatives have gone to\nWashington to the (International Monetary) Fund, the (World)\nBank, "
            "the Fed (Federal Reserve Board) and the (U.S.) Treasury\nto brief them in advance on this alternative and "
            "it has\ngenerally been positively received.\"\n")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, full",
    [
        (BORROWINGS, "Federal Reserve"),
        (RESERVES, "Federal Reserve"),
        (BORROWINGS_FELL, "Federal Reserve"),
        (BRIEFING, "Federal Reserve Board"),
    ],
)
def test_a_short_name_joins_its_body(run: Any, text: str, full: str) -> None:
    assert names_of(run(text)).get("Fed") == full


# bbc/politics/072
COMMONS = ("But Mr Clarke told BBC Radio 4's Today programme he believed the changes he had made to the Bill to win "
           "over critics in the Commons should be sufficient to satisfy colleagues in the Lords.\n\nBBC News "
           "political editor Andrew Marr said: \"I think that this is a bill in deep trouble. It's been unravelling in "
           "the House of Commons - it may unravel further.\"")
# bbc/politics/117
LORDS = ("In 1999 Labour removed all but 92 of the Lords' 750 hereditary peers. \"I would really like to see a Speaker "
         "of the House of Lords,\" she said.")


@pytest.mark.parametrize("text, short, full", [(COMMONS, "Commons", "House of Commons"),
                                               (LORDS, "Lords", "House of Lords")])
def test_a_chambers_short_name_joins_it(run: Any, text: str, short: str, full: str) -> None:
    assert names_of(run(text)).get(short) == full
