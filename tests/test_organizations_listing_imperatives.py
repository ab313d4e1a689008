"""A word in capitals opening a listing's paragraph before a lowercase determiner is an imperative verb ('SPEND a
day in the country', 'ATTEND a two-day symposium'), no body's initials.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# html-articles e1cd54e5...7581c4a (practicalhorsemanmag.com, '4 Things to Do in October')
LISTING = ("www.panational.org.\nSPEND a day in the country rooting for your favorite riders during The Dutta Corp. "
           "Fair Hill International Three-Day Event, Oct. 18–21, in Elkton, MD.\nATTEND a two-day symposium with "
           "Olympic dressage rider Steffen Peters and internationally respected dressage trainer Scott Hassler, Oct. "
           "28–29, at Riveredge in Chesapeake City, MD.")


@pytest.mark.parametrize("verb", ["SPEND", "ATTEND"])
def test_a_listings_imperative_in_capitals_is_no_body(run: Any, verb: str) -> None:
    assert verb not in [record["name"] for record in run(LISTING)._.organizations]
