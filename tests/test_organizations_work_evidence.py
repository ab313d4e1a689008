"""What marks a name as a work's, not a body's: 'premiere of', 'sequel to', 'remake of' or 'adaptation of' before it
marks a film, a show, a game or a play at every mention ('the UK premiere of Polar Express', then 'Polar Express is
based on a children's book'; 'a contemporary adaptation of Shakespeare's Richard III'); and an ordinal
after a name's possessive is no model number of a maker's, which anything may have ("EastEnders' 20th
anniversary"), so it supports no body.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, work",
    [
        # BBC entertainment/036 (its first sentence, then the next mention)
        ("Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.\n\n"
         '"This is Leicester Square like you\'ve never seen it before," said Hanks, who plays five roles in the '
         "movie. Polar Express is based on a children's book which tells the story of a young boy's journey to meet "
         "Santa Claus.", "Polar Express"),
        # BBC entertainment/036 (its first sentence, then the third mention)
        ("Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.\n\n"
         "Polar Express uses technology similar to that used in Lord of the Rings to bring Gollum to life.",
         "Polar Express"),
    ],
)
def test_a_name_after_premiere_of_is_a_work(run: Any, text: str, work: str) -> None:
    assert work not in names(run(text))


def test_a_name_after_sequel_to_remake_of_or_adaptation_of_is_a_work(run: Any) -> None:
    # BBC entertainment/325
    doc = run("She played Michael Douglas' opposite number in romantic comedy The American President, and as a "
              '"fiery" Queen Elizabeth I in a contemporary adaptation of Shakespeare\'s Richard III.')
    assert "Richard III" not in [record["name"] for record in (*doc._.organizations, *doc._.people)]


def test_an_ordinal_after_a_names_possessive_supports_no_body(run: Any) -> None:
    # BBC entertainment/031
    text = ('More than 14 million people saw "Dirty" Den Watts killed off on Friday, marking EastEnders\' 20th '
            "anniversary, according to unofficial figures.")
    assert "EastEnders" not in names(run(text))
