"""A body's name the model ends at its head word, before 'for' and the capitalised subjects it is for, runs on over
them ('the Japan Committee' for 'Economic Development', 'the Commodity Board' for 'Margarine, Fats and Oils'), with
commas and an 'and' between; not where a longer name runs on after them ('for Amoco Corp shares') or the last is an
adjective whose noun the wire writes in lowercase ('for Advanced Russian\nstudies').

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

_COMMITTEE = (  # Reuters-21578 15455
    "    Takashi Ishihara, chairman of the Japan Committee for\nEconomic Development, said the accord will not prevent "
    "the yen\nfrom rising further.\n")

_BOARD = (  # Reuters-21578 00313
    "Dutch production of margarine, fats and oils fell to 2.03 mln tonnes on a\nfat/oil basis in 1986 from 2.12 mln "
    "tonnes in 1985, the\nCommodity Board for Margarine, Fats and Oils said.\n")

_TRUST = (  # Reuters-21578 00559
    "Americus Trust for American Home\nProducts Shares said it extended its deadline for accepting\ntenders until "
    "November 26, 1987.\n")

_AMOCO = (  # Reuters-21578 11552
    "Americus Trust for Amoco Corp shares\nsaid its registration has been delcared effective, and shares\nof Amoco "
    "Corp <AN> may now be exchanged for Americus units on a\none-for-one basis.\n")

_KENNAN = (  # Reuters-21578 10230
    "    A similar comment came from Peter Reddaway of the\nSmithsonian Institution's Kennan Institute for Advanced "
    "Russian\nstudies.\n")


@pytest.mark.parametrize("text, name", [
    pytest.param(_COMMITTEE, "Japan Committee for Economic Development", id="a-committee"),
    pytest.param(_BOARD, "Commodity Board for Margarine, Fats and Oils", id="a-board-for-three-subjects"),
    pytest.param(_TRUST, "Americus Trust for American Home Products Shares", id="a-trust"),
])
def test_a_name_runs_on_over_the_subjects_after_for(run: Callable[..., Doc], text: str, name: str) -> None:
    names = {record["name"] for record in run(text)._.organizations}
    assert name in names, sorted(names)


@pytest.mark.parametrize("text, head", [
    pytest.param(_AMOCO, "Americus Trust", id="a-firm-after-for"),
    pytest.param(_KENNAN, "Kennan Institute", id="an-adjective-before-a-lowercase-noun"),
])
def test_a_name_stays_before_for_where_the_subjects_run_on(run: Callable[..., Doc], text: str, head: str) -> None:
    names = {record["name"] for record in run(text)._.organizations}
    assert not any(name.startswith(head + " for") for name in names), sorted(names)
