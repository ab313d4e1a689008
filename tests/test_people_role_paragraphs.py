"""People: a role ends at a paragraph break, as a claim or a speaker does: a byline's role line, a wire's indented
new paragraph and a web page's subheading are no part of the role before or after them (session 20)."""

from __future__ import annotations

import pytest


def roles_of(run, text: str, name: str) -> list[str]:
    people = {record["name"]: record["roles"] for record in run(text)._.people}
    assert name in people, people
    return people[name]


@pytest.mark.parametrize("text, name, role", [
    pytest.param(  # web page c7e39ac4... (BBC, Assange): the byline's role line, then the next paragraph
        "One chapter over, another barely begun\nCaroline Hawley, BBC diplomatic correspondent\nWith the end of "
        "Julian Assange's legal troubles in Sweden, one long chapter in the saga is over. But another one, in the "
        "United States, has barely begun.\nThe Wikileaks founder always argued that his fear of being extradited "
        "from Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London.\n",
        "Caroline Hawley", "BBC diplomatic correspondent",
        id="a-bylines-role-line-ends-the-role"),
    pytest.param(  # reuters21578/articles/00223.txt: a wire's indented new paragraph ends the role
        "    \"The trend has been to head toward the U.S. Market, first\nbecause of its size and next because it has "
        "been successful\nover the last couple of years,\" said Eugene Atkinson, managing\ndirector of Goldman Sachs "
        "International Corp.\n    Wall Street's massive turnover offers good liquidity,\nenabling institutions to "
        "easily move large volumes of money in\nand out of the market.", "Eugene Atkinson",
        "managing director of Goldman Sachs International Corp.", id="a-wire-paragraph-ends-the-role"),
    pytest.param(  # web page 7a664e40... (Vindman hearing): a subheading's last word is no part of the role after it
        "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry "
        "formed an \"irregular\" channel, for which they were known as the \"Three Amigos.\"\nVolker said he "
        "never used the term \"three amigos\" and added, \"I frankly cringe when I hear it.\"\n4. "
        "Questioning Vindman's judgment\nRepublican counsel Steve Castor asked Morrison about concerns within the NSC "
        "about Alexander Vindman's judgment. He asked Morrison about concerns his predecessor, Fiona Hill, might "
        "have had, but Morrison's lawyer said the question was outside the scope of his testimony.\n",
        "Steve Castor", "Republican counsel",
        id="a-subheading-before-the-role-is-no-part-of-it"),
    pytest.param(  # BBC entertainment/275: a list of awards, one item a line; the line before is no part of the role
        " - Best performance in a supporting role - Amanda Harris for Othello at Trafalgar Studios \n - Best actress - "
        "Clare Higgins for Hecuba at the Donmar Warehouse \n - Best musical actor - Nathan Lane for The Producers at "
        "Theatre Royal, Drury Lane \n", "Clare Higgins", "Best actress", id="a-list-items-role-starts-after-its-dash"),
])
def test_a_role_ends_at_a_paragraph_break(run, text, name, role):
    assert roles_of(run, text, name) == [role]
