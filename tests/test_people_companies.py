"""A name the article writes as a company's, right before a legal form or the wire's ticker, is that company at
every mention, not a person ('W.W. Grainger Inc said', then 'W.W. Grainger said'); a person named in full with a
given name stays beside the firm named for them ('Charles Schwab' and 'Charles Schwab Corp').

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.people for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_person",
    [
        # Reuters-21578 12947: the company with its legal form, then without
        ("W.W. Grainger Inc said it is asking shareholders to approve an increase in the number of its authorized "
         "common shares.\n    In addition, W.W. Grainger said it is asking shareholders to approve an increase in "
         "the number of authorized preferred shares.", "W.W. Grainger"),
        # Reuters-21578 16102: the company with its ticker, then alone (the headline runs into the model's tag)
        ("CANON, INTEL AGREE ON MICROCHIP TIE-UP\n\nCanon Inc <CANN.T> and Intel Corp <INTC>\nof the U.S. Agreed "
         "to the joint development, production and\nimport of very large scale integrated circuits, a Canon\n"
         "spokesman said.\n    He told Reuters Intel will make the chips and Canon will\nimport them for use in for "
         "use in photocopiers, printers and\nfacsimiles to be made and sold in Japan.", "Canon"),
        # Reuters-21578 00497: a ticker after a legal form the model takes for a surname
        ("Montedison Spa <MONI.MI> said it has concluded its negotiations with the Spanish pharmaceutical company "
         "Antibioticos SA.", "Montedison Spa"),
        # Reuters-21578 06956: the company the wire marks, then its division
        ("TDK Corp <TDK.T> and <Allen-Bradley Co\nInc>, a Rockwell International Corp <ROK> subsidiary, have\n"
         "agreed to set up a joint venture in the U.S. To make ferrite\nmagnets for the North American market, a TDK "
         "spokesman said.\n    The new company, <Allen-Bradley/TDK Magnetics>, will be set\nup on April 1 at a "
         "plant formerly operated by Allen-Bradley's\nmagnetics division in Shawnee, Oklahoma.", "Allen-Bradley"),
    ],
)
def test_company_names_are_no_people(run: Any, text: str, not_person: str) -> None:
    assert not_person not in people_mentions(run(text))


def test_founder_named_in_full_stays(run: Any) -> None:
    # Reuters-21578 11599
    doc = run("Charles Schwab announced the completion of the 280-mln-dlr purchase from BankAmerica Co of Charles "
              "Schwab and Co Inc and its holding company Charles Schwab Corp.")
    assert "Charles Schwab" in people_mentions(doc)


@pytest.mark.parametrize(
    "text, not_person",
    [
        # html-articles ef4e67b6... (CNN): the hospital named in full, then by its namesake's name alone
        ('(CNN)President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed hospital '
         'on Saturday for a "quick exam and labs" as the first part of his annual physical.\nNow consider what we know '
         "about Trump's visit to Walter Reed on Saturday. It was unscheduled.", "Walter Reed"),
        # Reuters-21578 15421: the firm named in full with its legal form, then by its first words
        ("its car and commercial\nvehicle contract hire fleet of some 3,000 vehicles was sold to\n<Lex Vehicle Leasing "
         "Ltd> for 14.3 mln stg in cash, a sum equal\nto the net book value of the vehicles transferred.\n    Lex "
         "Vehicle is owned equally by Lex Services and <Lombard\nNorth Central Plc>.", "Lex Vehicle"),
    ],
)
def test_a_name_opening_an_institutions_name_elsewhere_is_no_person(run: Any, text: str, not_person: str) -> None:
    assert not_person not in {record["name"] for record in run(text)._.people}

