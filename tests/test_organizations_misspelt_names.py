"""One body written two ways a letter apart, in one word of four letters or more, is one body: wire copy leaves its
typos in ('Europ Disneyland' beside 'Euro Disneyland', 'Besicrop' beside 'Besicorp Group Inc', "Cleveland-Cliff's"
beside 'Cleveland-Cliffs Inc'). A figure or a mark makes another name ('BBC2' beside 'BBC', 'Disney+'), and a plural's 's' added to a
name is the firm's products ('sales of Rolls-Royces'), not the firm, unless that form is the article's usual one.

Sentences come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

_DISNEYLAND = (  # Reuters-21578 04506
    "Walt Disney Co <DIS> said it\nnamed Robert J. Fitzpatrick, president of Euro Disneyland.\n    Disney said the "
    "appointment becomes effective when it and\nthe French government sign the definitive agreement for the new\n"
    "outdoor entertainment complex near Paris.\n    It said it will seek qualified investors in France and\nelsewhere "
    "to form the Europ Disneyland owner company, in which\nit will also be an equity partner.\n")

_BESICORP = (  # Reuters-21578 02147
    "BESICORP, LCP CHEMICALS IN COGENERATION PACT\n\n<Besicorp Group Inc> said it\nreached an agreement with <LCP "
    "Chemicals and Plastics Inc> to\ndevelop an 80 megawatt cogeneration station at LCP's facility\nin Syracuse N.Y., "
    "in a project estimated to require about 50\nmln dlrs in financing.\n    Besicrop said it is developing the "
    "project with <Kamine\nEngineering and Mechanical Contracting <Inc>, and both\ncompanies will retain long-term "
    "interests in the project.\n")

_CLIFFS = (  # Reuters-21578 20956
    "New Jersey investor David F. Bolger\nsaid he has delivered requests for a special meeting of\nCleveland-Cliffs "
    "Inc <CLF> shareholders representing more than\n25 pct of the total voting shares in the company.\n    Bolger, who "
    "heads a group that owns 6.4 pct of\nCleveland-Cliff's outstanding stock, said he is seeking the\nspecial meeting "
    "to remove the current board of directors and\nelect his nominees.\n")

_BBC2 = (  # BBC politics/013
    "His comments come in a BBC documentary called 'No More Mr Nasty'.\n\n- Michael Howard: No More Mr Nasty is being "
    "shown on BBC2 on Saturday 12 February at 2005 GMT.")

_DISNEY_PLUS = (  # web page 098bb3 (Los Angeles Times, 2019-11)
    "Walt Disney Co. executive Kevin Mayer said overwhelming demand and a computer-coding glitch led to widespread "
    "problems last week when the Burbank entertainment giant launched Disney+.\nThe company struggled to contend with "
    "the more than 10 million users who activated their accounts last Tuesday. Disney\u2019s $6.99-a-month service is "
    "stocked with movies and TV shows from Pixar Animation, \u201cStar Wars,\u201d Marvel Studios and classic Disney "
    "fare.")


def _bodies(doc: Doc) -> dict[str, list[str]]:
    return {record["name"]: [mention["text"] for mention in record["mentions"]] for record in doc._.organizations}


@pytest.mark.parametrize("text, name, typo", [
    pytest.param(_DISNEYLAND, "Euro Disneyland", "Europ Disneyland", id="a-letter-missing"),
    pytest.param(_BESICORP, "Besicorp Group Inc", "Besicrop", id="two-letters-swapped"),
    pytest.param(_CLIFFS, "Cleveland-Cliffs Inc", "Cleveland-Cliff", id="a-final-letter-missing"),
])
def test_a_name_a_letter_apart_is_the_same_body(run: Callable[..., Doc], text: str, name: str, typo: str) -> None:
    bodies = _bodies(run(text))
    assert name in bodies and typo in bodies[name], bodies


def test_a_figure_makes_another_body(run: Callable[..., Doc]) -> None:
    bodies = _bodies(run(_BBC2))
    assert "BBC2" in bodies and "BBC2" not in bodies.get("BBC", []), bodies


def test_a_mark_makes_another_name(run: Callable[..., Doc]) -> None:
    bodies = _bodies(run(_DISNEY_PLUS))
    assert "Disney+" not in bodies.get("Walt Disney Co.", []), bodies
