"""A name after an award's category that ends in a work noun and 'for' is the work the award went to, no
organization and no person ('best album for Confessions', 'best rap song for Jesus Walks'); a person's category has
no work noun and keeps the person ('best actor for Jamie Foxx').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in (*doc._.organizations, *doc._.people)]


@pytest.mark.parametrize(
    "text, work",
    [
        # BBC entertainment/153
        ("R&B singer Usher won best male and best album for Confessions, while UK rock band Muse were named best "
         "alternative act and best British artists.", "Confessions"),
        # BBC entertainment/264
        ("Kanye West dominated the rap categories, winning best rap song for Jesus Walks and best rap album for The "
         "College Dropout.", "Jesus Walks"),
    ],
)
def test_the_work_an_award_went_to_is_no_body_or_person(run: Any, text: str, work: str) -> None:
    assert work not in names(run(text))


@pytest.mark.parametrize(
    "text, person",
    [
        # BBC entertainment/073
        ("Ray has been nominated in six Oscar categories including best film and best actor for Jamie Foxx.",
         "Jamie Foxx"),
        # BBC entertainment/350
        ("But Vera Drake scored best director for Mike Leigh while Imelda Staunton took the hotly contested best "
         "actress award.", "Mike Leigh"),
    ],
)
def test_the_person_a_persons_award_went_to_stays(run: Any, text: str, person: str) -> None:
    assert person in names(run(text))
