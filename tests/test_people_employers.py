"""People: a name after 'with' or 'at' hanging from a role's noun, or listed after such a name, is where the role is
held, a firm's partners and no people ('analyst with Merrill Lynch, Pierce, Fenner and Smith'); a name listed there
with a role of its own is a person (session 24). So is a name after 'of' hanging from a person's name ('Mike Powell of
Dresdner Kleinwort Wasserstein', session 28). Sentences from Reuters-21578 and BBC News (file named per case)."""

from __future__ import annotations

import pytest


def names_of(run, text: str) -> list[str]:
    return [record["name"] for record in run(text, "1987-03-02")._.people]


@pytest.mark.parametrize("text, firm", [
    # articles/00016
    ("\"I'd put it off as long as they conceivably could,\" said Lawrence Cohn, analyst with Merrill Lynch, Pierce, "
     "Fenner and Smith.", "Merrill Lynch"),
    ("\"I'd put it off as long as they conceivably could,\" said Lawrence Cohn, analyst with Merrill Lynch, Pierce, "
     "Fenner and Smith.", "Smith"),
    # articles/04611
    ("    \"To the extent that it's a precedent, it's a precedent to\nbe encouraged,\" Buchheit, a partner with Cleary, "
     "Gottlieb,\nSteen and Hamilton, told a debt-equity swaps conference\nsponsored by Euromoney magazine.", "Gottlieb"),
    # articles/19544
    ("    But \"mud sticks,\" said Gavin Launder, an analyst with\nScrimgeour Vickers in London.", "Scrimgeour Vickers"),
    # bbc/business/004.txt: a firm after a person's name and 'of'
    ("Yet aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says BA's estimated annual surcharge revenues "
     "- £160m - will still be way short of its additional fuel costs.", "Dresdner Kleinwort Wasserstein"),
    # articles/17839
    ("    \"It's a risky strategy for Entertainment Marketing,\" said\nanalyst Eliot Laurence of Wessels Arnold and "
     "Henderson, a\nMinneapolis brokerage.", "Wessels Arnold"),
    # articles/06638: a partner's initials between 'and' and the legal form
    ("<Bevis Industries Inc> said it\nretained Tucker Anthony and R.L. Day Inc to seek purchasers of\nthe company or "
     "its units.", "Tucker Anthony"),
])
def test_where_a_role_is_held_is_no_person(run, text, firm):
    assert firm not in names_of(run, text)


@pytest.mark.parametrize("text, person", [
    # articles/00016
    ("\"I'd put it off as long as they conceivably could,\" said Lawrence Cohn, analyst with Merrill Lynch, Pierce, "
     "Fenner and Smith.", "Lawrence Cohn"),
    # articles/11739
    ("    Frazier was joined by Susan Hackmann, senior grain analyst\nwith AgriAnalysis, and Mark Meyer, a grain analyst "
     "with\nShearson Lehman Brothers, Inc., on a Chicago Board of Trade\npanel to discuss the reports.", "Mark Meyer"),
    # articles/09708: people after 'of' that hangs from a body, not from a person
    ("    Humphrey said the studies, commissioned by Ansell from\nNelson Gantz of the University of Massachusetts and "
     "Fred Judson\nof the University of Colorado, showed nonoxynol-nine destroyed\nthe AIDS virus present in 100 pct "
     "of rupture tests.", "Fred Judson"),
])
def test_a_person_listed_with_a_role_of_their_own_stays(run, text, person):
    assert person in names_of(run, text)


def test_a_name_after_a_roles_verb_stays(run):
    # bbc/entertainment/045.txt
    text = ("The highest-ranking woman on Le Figaro's list was Audrey Tautou in 10th place, earning 885,000 Euros "
            "(£611,000). She starred in Jean-Pierre Jeunet's A Very Long Engagement (Un Long Dimanche de Fiancailles) "
            "and is also lined up to co-star with Tom Hanks in Ron Howard's The Da Vinci Code.")
    assert "Tom Hanks" in names_of(run, text)
