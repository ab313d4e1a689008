"""Numbers: a figure glued to a colon and a clock's word is a time, no count ("till 5:pm"); "Nm" after a figure is
torque's newton metre, not a nanometre.

Sentences come from the BBC News corpus and the html corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc


def test_a_figure_glued_to_a_colon_and_a_clock_word_is_no_number(run: Callable[..., Doc]) -> None:
    # BBC tech/401
    text = ("When I was made redundant I told my partner I had a new job for three months whilst every day I played "
            "EverQuest from 7:30am till 5:pm.")
    assert [n["text"] for n in run(text)._.numbers] == []


def test_nm_after_a_figure_is_a_newton_metre(run: Callable[..., Doc]) -> None:
    # html corpus 3cb5e2 (Nissan Sylphy)
    text = ("An all-new 2.0-liter, naturally-aspirated four-cylinder engine replaces the previous 1.8-liter from "
            "before. It puts out 151 PS along with 197 Nm of torque; which Nissan claims is a 20% and 16% improvement "
            "respectively compared to the older engine.")
    found = [n for n in run(text)._.numbers if n["text"].startswith("197")]
    assert [(n["kind"], n["unit"], n["counted"]) for n in found] == [("measure", "newton metre", "torque")]
