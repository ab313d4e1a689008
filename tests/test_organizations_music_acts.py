"""A band is no party, police or international body whatever its words or a known body's name say: a name right after
a band's noun ('rock band Bloc Party'), after a group's noun that a music genre opens ('London indie group Bloc
Party') or given as an example of bands ('supported bands including The Libertines, Interpol') has no type (and
then perhaps no support left).

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import type_of


@pytest.mark.parametrize(
    "text, name",
    [
        # BBC entertainment/229
        ("Other new artists in this year's list include London indie group Bloc Party at second and UK rapper Kano "
         "third.", "Bloc Party"),
        # BBC entertainment/229
        ("Elsewhere on the top 10, second-placed rock band Bloc Party began their rise after supporting Franz "
         "Ferdinand and UK garage MC Kano, in third, is signed to The Streets' record label.", "Bloc Party"),
        # BBC entertainment/229
        ("The Bravery, who have been compared to The Cure and New Order, were the most heavily-tipped act in the "
         "survey of 110 impartial critics and broadcasters. Rock band Keane won Sound of 2004 while US rapper 50 Cent "
         "topped Sound of 2003. Other new artists in this year's list include London indie group Bloc Party at second "
         "and UK rapper Kano third. The Bravery played their first gig in 2003 and have since supported bands "
         "including The Libertines, Interpol and Echo and the Bunnymen.", "Interpol"),
    ],
)
def test_a_band_has_no_type(run: Any, text: str, name: str) -> None:
    """A band named only as an example has no support left once its known body's type is gone: no record at all."""
    types = {record["name"]: record["type"] for record in run(text)._.organizations}
    assert types.get(name) is None


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # BBC entertainment/244
        ("A fan says she saw Edwards in the hippy resort of Goa, India. Interpol are alerted but do not track him "
         "down.", "Interpol", "international"),
    ],
)
def test_a_body_named_like_a_band_keeps_its_type(run: Any, text: str, name: str, kind: str) -> None:
    assert type_of(run(text), name) == kind
