"""A person's name in apposition to a title speaks, however deep in the title's 'of' phrases the parser hangs it: 'the
president of the West German Federation of Banks, Hanns Christian Schroeder-Hohenwarth, said' is Schroeder-Hohenwarth,
not the title's words (the name hangs on 'Banks').

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from .conftest import speaker_of


def test_a_name_after_a_title_of_two_bodies_speaks(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 05432
        "The failure of the West German government\nto abolish a tax on bourse turnover when other taxes came under\n"
        "discussion during recent coalition negotiations was a \"bitter\ndisappointment,\" the president of the West "
        "German Federation of\nBanks, Hanns Christian Schroeder-Hohenwarth, said.")
    assert speaker_of(run, text, "coalition negotiations") == "Hanns Christian Schroeder-Hohenwarth"
