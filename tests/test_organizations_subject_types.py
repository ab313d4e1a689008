"""A body named for its subject after 'for' takes its type from its head, not from the subject's words: 'the
Institute for the Study of Labour' is no party and 'the Institute for Applied Radio System Technology' no
broadcaster. A body 'of' its members keeps their type ('the Association of Chief Police Officers').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import type_of


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # BBC business/183
        ("The Government is reforming the labour market and cutting the generous unemployment system, but the real "
         "solution is to cut the wages of low skilled workers, says Helmut Schneider, director of the Institute for the "
         "Study of Labour at Bonn University.", "Institute for the Study of Labour", "ngo"),
        # BBC tech/335
        ("Siemens - in collaboration with the Fraunhofer German-Sino Lab for Mobile Communications and the Institute "
         "for Applied Radio System Technology - has souped up mobile communications by using three transmitting and "
         "four receiving antennae, instead of the usual one.", "Institute for Applied Radio System Technology", "ngo"),
        # BBC politics/137
        ("Suffolk Chief Constable Alastair McWhirter, the Association of Chief Police Officers' spokesman on rural "
         "policing, told the BBC the law would be enforced, although the police would not break up hunts.",
         "Association of Chief Police Officers", "police"),
    ],
)
def test_a_body_for_a_subject_is_typed_by_its_head(run: Any, text: str, name: str, kind: str) -> None:
    assert type_of(run(text), name) == kind
