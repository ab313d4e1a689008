"""A firm's name the model tags from a sentence's second word takes in the sentence's first word where the article
writes that word as a name elsewhere: before the same word again ('Menatep Group') or capitalised inside a sentence
("Prime said", 'a disgruntled former Purolator director'); not where a post follows the name, whose first word opens
the post ('Assistant U.S. Treasury Secretary').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 00463
PRIME = ("Prime Computer Inc said it has\nintroduced the Prime Medusa/pc software, a two dimensional\nversion of its "
         "Prime Medusa computer-aided-design software.\n    Prime said Prime Medusa/pc is for use on an International"
         "\nBusiness Machines Corp <IBM> PC/AT operating within a Prime 50\nSeries minicomputer environment.\n")
# BBC business 003
MENATEP = ("Yukos' owner Menatep Group says it will ask Rosneft to repay a loan that Yugansk had secured on its "
           "assets. Menatep Group's managing director Tim Osborne told the Reuters news agency: \"If they default, "
           "we will fight them where the rule of law exists under the international arbitration clauses of the "
           "credit.\"")
# Reuters-21578 04477
PUROLATOR = ("Purolator Courier corp's stock rose on\nspecualtion that a disgruntled former Purolator director would\n"
             "find a new suitor for the company, traders said.\n")


def names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name",
    [(PRIME, "Prime Computer Inc"), (MENATEP, "Menatep Group"), (PUROLATOR, "Purolator Courier corp")],
)
def test_the_sentences_first_word_opens_the_name(run: Any, text: str, name: str) -> None:
    found = names(run(text))
    assert name in found and name.split(" ", 1)[1] not in found


def test_a_posts_first_word_stays_out(run: Any) -> None:
    # Reuters-21578 05131
    text = ("    Over 97 pct of the loan has been subscribed, but dozens of\nsmaller banks are still baulking. "
            "Assistant U.S. Treasury\nSecretary David Mulford said yesterday that the reluctance of\nthese banks had "
            "nearly jeopardized the deal at one stage.\n    Frank Fountain, Assistant Treasurer at Chrysler Corp, "
            "said\na 100 mln dlr swap it made in December had gone so smoothly\nthat Chrysler has plans for more.\n")
    assert "Assistant U.S. Treasury" not in names(run(text))
