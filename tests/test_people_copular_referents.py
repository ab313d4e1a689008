"""'He is ...' opening a sentence gives its role to the person the sentence before names, or of several to the
subject of its main verb; to none when that subject is no one named.

Every text is real, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def roles(doc: Any) -> dict[str, list[str]]:
    return {record["name"]: record["roles"] for record in doc._.people}


@pytest.mark.parametrize(
    "text, name, role, not_name",
    [
        # bbc/sport/043: the subject, not the person named inside its relative clause
        ("Collins, who has worked with javelin thrower Steve Backley in the past, started his career as a Royal "
         "Marine before becoming a PE teacher. He is currently professor of physical education and sport performance "
         "at Edinburgh University, where he helps competitors across many sports.", "Collins",
         "professor of physical education and sport performance at Edinburgh University", "Steve Backley"),
    ],
)
def test_he_is_takes_up_the_subject_of_the_sentence_before(run: Any, text: str, name: str, role: str,
                                                           not_name: str) -> None:
    found = roles(run(text))
    assert role in found[name] and role not in found[not_name]


@pytest.mark.parametrize(
    "text, name, not_role",
    [
        # Reuters-21578 00386: the 'he' of a quote is someone the speaker talks of
        ('"He has the smell of Iran on him," said former Nevada Sen. and Reagan confidant Paul Laxalt. "He is a '
         'victim."', "Paul Laxalt", "victim"),
    ],
)
def test_he_is_gives_no_role_when_the_subject_before_is_no_one_named(run: Any, text: str, name: str,
                                                                     not_role: str) -> None:
    assert not_role not in roles(run(text)).get(name, [])
