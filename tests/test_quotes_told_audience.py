"""The words after 'told' are whom a quote was said to, never who said it: where the parser leaves 'told' without
a subject ('John Tower, a longtime Reagan supporter ..., told a press conference, "..."'), the speaker is unknown,
not 'press conference'. A subject the parser finds still speaks ('Kohl told a news conference, "..."').

Sentences come from the Reuters-21578 corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc


def test_the_audience_of_told_is_no_speaker(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 00028
        "    In one of the most direct criticisms, board chairman John\nTower, a longtime Reagan supporter and "
        "former Republican\nsenator from Texas, told a press conference, \"The president\nclearly did not understand "
        "the nature of this operation.\"")
    quotes = [q for q in run(text)._.quotes if "did not understand" in q["text"]]
    assert all("conference" not in (q["speaker"] or "") for q in quotes)


def test_a_subject_of_told_still_speaks(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 19134
        "    Kohl told a news conference, \"The tax reform will be\nrealised as agreed by the coalition after the "
        "(last general)\nelection\" in January.")
    quotes = [q for q in run(text)._.quotes if "tax reform" in q["text"]]
    assert quotes and "Kohl" in (quotes[0]["speaker"] or "")
