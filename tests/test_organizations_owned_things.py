"""A name set off by a comma before a body's noun and its possessive is a thing that body has, not the body: 'Digital
Intuition®, the company’s powerful patented optimization algorithm' names a product; the body's noun there is the
owner's. A noun for a body or a body's part after the possessive keeps it one ('MMC Capital, the company's private
equity firm', 'T-Mobile USA, the company's American mobile business').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, thing",
    [
        # html-articles dfd43bc0 (a my6sense press release)
        ("Digital Intuition®, the company’s powerful patented optimization algorithm, provides advanced content "
         "personalization by optimizing the performance of both organic content and native ads.",
         "Digital Intuition®"),
    ],
)
def test_a_name_set_off_before_a_bodys_possessive_is_its_thing(run: Any, text: str, thing: str) -> None:
    assert thing not in names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC business/265
        ("The SEC's investigation into so-called related party transactions includes dealings in the Trident Funds, "
         "managed by MMC Capital, the company's private equity firm.", "MMC Capital"),
        # BBC business/038
        ("T-Mobile USA, the company's American mobile business, made a strong contribution to profits.",
         "T-Mobile USA"),
    ],
)
def test_a_body_set_off_before_its_owners_possessive_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))
