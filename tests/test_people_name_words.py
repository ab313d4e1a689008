"""Names whose own words show they are no person's: months' names alone are a table's columns ('over Jul May/Jul'),
a holiday's name is a date ('by Easter'), a name of several words ending in a preposition is a firm's or a thing's cut short ('Orbit Beyond'), and a trophy's
name ends in 'Cup' ('the revamped Davis Cup format'), though a given name opens it.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    """Names and mentions, a line break inside one read as a space ('Jul\\n May')."""
    return {" ".join(text.split()) for record in doc._.people
            for text in (record["name"], *(item["text"] for item in record["mentions"]))}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # Reuters-21578 13503: the months of a table of cocoa differentials
        ("LONDON COCOA SHIPMENTS MIDDAY - APR 7\n    GHANA Cocoa differentials based on London terminal prices,\nstg "
         "per tonne cif U.K./N.E.\n Mar/May  50 over May\n Apr/Jun  55 over Jul\n May/Jul  55 over Jul\n Jun/Aug  60 "
         "over Sep\n Jul/Sep  65 over Sep\n Oct/Dec  80 over Dec\n All nominal sellers", "Jul May"),
        # Reuters-21578 00054: a holiday
        ("Sullivan predicted the Fed will ease by Easter. \"People\naren't talking recession or Fed easing now, but "
         "the Fed will\nhave to ease to ensure global growth.\"", "Easter"),
        # Reuters-21578 00177: a holiday
        ("Senate Majority leader Robert Byrd (D-W.Va.) wants\nrecommendations on farm credit presented by April 11, "
         "when\nCongress is scheduled to break for Easter, Boren said.", "Easter"),
        # html-articles c50845a7...2b8d (a web page): a company
        ("In July, NASA awarded the first three contracts under the program, awarding lander missions to companies "
         "Astrobotic, Intuitive Machines and Orbit Beyond. Orbit Beyond dropped out of that contract but remains "
         "eligible to bid on future opportunities.", "Orbit Beyond"),
        # html-articles 0d461229...50a0 (a web page): a trophy and its competition
        ("In the revamped Davis Cup format debuting this year, teams play only two singles and a doubles in each tie, "
         "with the group winners advancing to the knockout stage along with the two best second-place finishers in "
         "the six groups.\n\"The format makes things very difficult because every mistake puts you in a position "
         "that you don’t want to be,\" Nadal said. \"And losing that first match, we were under pressure.\"\n"
         "Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first appearance on Wednesday. Serbia "
         "takes on Japan and Britain plays the Netherlands.\nThe Davis Cup Finals is being played in World Cup-style "
         "with all 18 teams playing in a single venue in the same week.", "Davis Cup"),
    ],
)
def test_names_of_no_person(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))
